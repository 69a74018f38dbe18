"""Stale offerings: no start date left, or a price not checked for a year; proposals refuse
them unless the broker confirms."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from broker_app.catalogue import staleness
from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.staleness import NO_START, PRICE, OfferingStale, StaleReason, judge
from broker_app.proposals import service
from broker_app.store import clients as clients_repo
from broker_app.store import proposals as proposals_repo
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv

TODAY = date.today()
PAST = (TODAY - timedelta(days=40)).isoformat()
FUTURE = (TODAY + timedelta(days=40)).isoformat()


@pytest.fixture
def catalogue(store: Store, tmp_path: Path) -> tuple[Store, dict[str, str]]:
    rows = [
        offering(code="FRESH", start_dates=f"{PAST}|{FUTURE}"),
        offering(code="PASSED", start_dates=PAST),
        offering(code="DOOR", start_dates="doorlopend"),
        offering(code="NONE", start_dates=""),
        offering(code="INCO", start_dates="", delivery="incompany"),
        offering(code="OLDPRICE", start_dates=FUTURE),
        offering(code="CHECKED", start_dates=FUTURE),
        offering(code="NOPRICE", start_dates=FUTURE, price=""),
    ]
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))
    ids = dict(store.db.execute("SELECT code, id FROM offerings").fetchall())
    old = (TODAY - timedelta(days=400)).isoformat() + "T09:00:00.000Z"
    with store.transaction() as db:
        for code in ("OLDPRICE", "CHECKED", "NOPRICE"):
            db.conn.execute(
                "UPDATE price_lines SET created_at = ? WHERE offering_id = ?", (old, ids[code])
            )
    staleness.mark_price_verified(store, ids["CHECKED"])
    return store, ids


def _kinds(store: Store, ids: dict[str, str]) -> dict[str, list[str]]:
    found = staleness.stale_reasons(store, list(ids.values()))
    by_id = {v: k for k, v in ids.items()}
    return {by_id[i]: [r.kind for r in reasons] for i, reasons in found.items()}


def test_which_offerings_are_stale(catalogue) -> None:
    store, ids = catalogue
    assert _kinds(store, ids) == {
        "PASSED": [NO_START],
        "NONE": [NO_START],
        "OLDPRICE": [PRICE],
    }
    # the one-query list agrees with the per-offering judgement
    by_id = {v: k for k, v in ids.items()}
    assert {by_id[i] for i in staleness.stale_ids(store)} == {"PASSED", "NONE", "OLDPRICE"}


def test_reasons_say_what_is_wrong(catalogue) -> None:
    store, ids = catalogue
    passed = staleness.reasons_for(store, ids["PASSED"])
    assert passed == [StaleReason(NO_START, last_start=date.fromisoformat(PAST))]
    assert passed[0].text() == "verouderd: geen startdatum meer"
    assert staleness.reasons_for(store, ids["NONE"])[0].text() == (
        "verouderd: geen startdatum bekend"
    )
    price = staleness.reasons_for(store, ids["OLDPRICE"])[0]
    assert price.price_since == TODAY - timedelta(days=400)
    assert price.text("en").startswith("outdated: price not checked since ")


def test_imported_price_counts_as_stated_when_written() -> None:
    """price_verified_at NULL (imports never set it): the price line's date decides."""
    common = dict(continuous_intake=True, incompany=False, start_count=0, last_start=None,
                  price_cents=1000, today=date(2027, 6, 1))  # fmt: skip
    assert judge(**common, price_verified=None, price_written=date(2026, 6, 1)) == []
    assert judge(**common, price_verified=None, price_written=date(2026, 5, 31)) == [
        StaleReason(PRICE, price_since=date(2026, 5, 31))
    ]
    assert judge(**common, price_verified=date(2027, 1, 1), price_written=date(2020, 1, 1)) == []
    assert judge(**common, price_verified=None, price_written=None) == [StaleReason(PRICE)]


def _concept(store: Store) -> str:
    with store.transaction() as db:
        client_id = clients_repo.insert_client(db, {"name": "Bouwbedrijf Van Dijk"})
    return service.start(store, client_id, today=TODAY).proposal_id


def test_a_proposal_refuses_a_stale_offering(catalogue) -> None:
    store, ids = catalogue
    proposal_id = _concept(store)
    for code in ("PASSED", "OLDPRICE"):
        with pytest.raises(OfferingStale) as refused:
            service.add_offering(store, proposal_id, ids[code])
        assert refused.value.offering_id == ids[code]
    version = proposals_repo.current_version(store.db, proposal_id)
    assert proposals_repo.lines(store.db, version["id"]) == []


def test_a_confirmed_stale_offering_is_added(catalogue) -> None:
    store, ids = catalogue
    proposal_id = _concept(store)
    service.add_offering(store, proposal_id, ids["FRESH"])
    service.add_offering(store, proposal_id, ids["PASSED"], confirm_stale=True)
    version = proposals_repo.current_version(store.db, proposal_id)
    assert [line["offering_id"] for line in proposals_repo.lines(store.db, version["id"])] == [
        ids["FRESH"],
        ids["PASSED"],
    ]
