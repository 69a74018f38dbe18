"""The pure privacy rules: what counts as a BSN, which words warn, what an erased snapshot
keeps."""

from datetime import date

import pytest

from broker_app.domain.client_checks import CLIENT_CHECKS
from broker_app.domain.demand import parse_demand
from broker_app.domain.privacy import (
    erase_snapshot,
    find_bsn,
    health_words,
    months_before,
    passes_elfproef,
)
from broker_app.domain.problems import InputRefused

BSN = "111222333"  # passes the elfproef (9+8+7+12+10+8+9+6-3 = 66)


def test_the_elfproef() -> None:
    assert passes_elfproef(BSN)
    assert passes_elfproef("123456782")
    assert not passes_elfproef("123456789")
    assert not passes_elfproef("000000000")
    assert not passes_elfproef("12345678")


@pytest.mark.parametrize(
    "text",
    [
        "BSN 111222333",
        "bsn: 1112.22.333",
        "burgerservicenummer 111 222 333, graag bewaren",
        "123-456-782",
        "Jan (123456782)",
    ],
)
def test_a_bsn_is_found_however_it_is_typed(text: str) -> None:
    assert find_bsn(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "06 1234 5678",  # a mobile number: ten digits
        "0612345678",
        "038-4217733",
        "KvK 71846203",  # eight digits
        "NL91ABNA0417164300",  # an IBAN
        "123456789",  # nine digits that fail the elfproef
        "12 deelnemers, budget 1500 euro, start 2027-03-01",
        "",
    ],
)
def test_other_numbers_are_not_a_bsn(text: str) -> None:
    assert find_bsn(text) is None


def test_health_words_warn_but_ordinary_words_do_not() -> None:
    assert health_words("Piet is ziek, burn-out sinds mei") == ["ziek", "burn-out"]
    assert health_words("Zwanger; Diabetes") == ["zwanger", "diabetes"]
    assert health_words("Ziekenhuis Isala, planner") == []
    assert health_words("verzorgende IG, teamleider") == []


def test_client_free_text_refuses_a_bsn_with_a_dutch_message() -> None:
    checked = CLIENT_CHECKS["notes"]("Contact via Jan, bsn 111 222 333")
    assert not checked.ok
    assert checked.message("nl").startswith("“111 222 333” lijkt een BSN")
    assert "citizen service number" in checked.message("en")
    assert CLIENT_CHECKS["notes"]("Belt graag op maandag").ok


def test_a_demand_file_with_a_bsn_is_refused() -> None:
    with pytest.raises(InputRefused) as info:
        parse_demand({"client": "Bakkerij", "text": "Heftruck voor Jan, BSN 123456782"})
    assert "lijkt een BSN" in info.value.render("nl")
    assert (
        parse_demand({"client": "Bakkerij", "text": "Heftruck voor 12 mensen"}).participants is None
    )


def test_months_before() -> None:
    assert months_before(date(2026, 11, 29), 24) == date(2024, 11, 29)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_an_erased_snapshot_keeps_the_figures_and_loses_the_people() -> None:
    snapshot = {
        "number": "2026-0001", "version": 1, "title": "Scholing voor Jansen",
        "sent_on": "2026-10-20", "valid_until": "2026-12-01",
        "client": {"name": "Jansen BV", "email": "info@jansen.nl", "contact": "Piet Jansen"},
        "demand": {"client": "Jansen BV", "text": "Piet en Kees moeten leren heftrucken",
                   "sector": "logistiek", "participants": 2, "target_level": "mbo-2"},
        "lines": [{"title": "Heftruck", "participants": 2, "price_cents": 45000,
                   "notes": "Piet heeft rugklachten"}],
        "totals": {"excl_cents": 90000, "vat_cents": 0, "incl_cents": 90000},
    }  # fmt: skip
    erased = erase_snapshot(snapshot, "Geanonimiseerde klant 3")
    assert erased["client"] == {"name": "Geanonimiseerde klant 3"}
    assert erased["title"] is None
    assert erased["demand"] == {"client": "Geanonimiseerde klant 3", "text": "",
                                "sector": "logistiek", "participants": 2,
                                "target_level": "mbo-2"}  # fmt: skip
    assert erased["lines"][0]["notes"] is None and erased["lines"][0]["price_cents"] == 45000
    assert erased["totals"] == snapshot["totals"]
    assert (erased["number"], erased["sent_on"]) == ("2026-0001", "2026-10-20")
    assert "Piet" not in str(erased) and "Jansen" not in str(erased)
