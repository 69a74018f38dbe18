"""A proposal's life as the broker and the employer see it: numbers, freezing, versions."""

from datetime import date
from pathlib import Path

import pytest

from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.proposal import ProposalError
from broker_app.proposals import service
from broker_app.store import clients as clients_repo
from broker_app.store import proposals as repo
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv

TODAY = date(2027, 1, 10)
CLIENT = {"name": "Jansen & Zn <b>", "city": "Zwolle"}


@pytest.fixture
def ready(store: Store, tmp_path: Path) -> tuple[Store, str, dict[str, str]]:
    rows = [
        offering(code="ROC", price="450", funded="ja", crkbo="nee"),
        offering(provider="Trainingsbureau Noord", code="PRIV", title="Excel gevorderd",
                 price="333.33", funded="nee", crkbo="nee", provider_kind="particulier",
                 vat="21"),
    ]  # fmt: skip
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))
    ids = dict(store.db.execute("SELECT code, id FROM offerings").fetchall())
    with store.transaction() as db:
        client_id = clients_repo.insert_client(db, CLIENT)
    return store, client_id, ids


def test_numbers_run_per_year(ready) -> None:
    store, client_id, _ = ready
    first = service.start(store, client_id, today=date(2027, 1, 2))
    second = service.start(store, client_id, today=date(2027, 3, 1))
    next_year = service.start(store, client_id, today=date(2028, 1, 5))
    assert [first.number, second.number, next_year.number] == ["2027-0001", "2027-0002",
                                                               "2028-0001"]  # fmt: skip


def test_lines_carry_vat_and_its_reason(ready) -> None:
    store, client_id, ids = ready
    ref = service.start(store, client_id, today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["ROC"], participants=12)
    service.add_offering(store, ref.proposal_id, ids["PRIV"], participants=3)
    version = repo.current_version(store.db, ref.proposal_id)
    rows = repo.lines(store.db, version["id"])
    assert [(r["vat"], r["vat_reason"]) for r in rows] == [("0", "exempt_funded"),
                                                           ("21", "rate_given")]  # fmt: skip
    result = service.totals(service.price_lines(rows))
    assert result.excl_cents == 12 * 45000 + 99999
    assert result.vat_cents == 21000  # 21 % of 999,99 = 209,9979 -> 210,00


def test_sending_freezes_what_the_employer_sees(ready) -> None:
    store, client_id, ids = ready
    ref = service.start(store, client_id, today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["ROC"], participants=2)
    sent = service.send(store, ref.proposal_id, CLIENT, today=TODAY)
    assert sent["client"]["name"] == "Jansen & Zn <b>"
    # The catalogue changes afterwards: price and title.
    with store.transaction() as db:
        db.conn.execute("UPDATE offerings SET price_cents = 99900, title = 'Nieuw' WHERE id = ?",
                        [ids["ROC"]])  # fmt: skip
    version = repo.current_version(store.db, ref.proposal_id)
    frozen = repo.snapshot_of(store.db, version["id"])
    assert frozen == sent
    assert frozen["lines"][0]["offering"]["title"] == "Werken met het zorgplan"
    assert frozen["totals"]["excl_cents"] == 90000
    with pytest.raises(ProposalError) as info:
        service.add_offering(store, ref.proposal_id, ids["PRIV"])
    assert info.value.key == "proposal.sent_is_frozen"


def test_editing_a_sent_proposal_makes_a_new_version_and_keeps_the_old(ready) -> None:
    store, client_id, ids = ready
    ref = service.start(store, client_id, today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["ROC"], participants=2)
    service.send(store, ref.proposal_id, CLIENT, today=TODAY)
    assert service.revise(store, ref.proposal_id) == 2
    service.add_offering(store, ref.proposal_id, ids["PRIV"], participants=1)
    service.send(store, ref.proposal_id, CLIENT, today=TODAY)
    kept = repo.versions(store.db, ref.proposal_id)
    assert [(v["version"], v["status"]) for v in kept] == [(1, "verzonden"), (2, "verzonden")]
    first, second = (repo.snapshot_of(store.db, v["id"]) for v in kept)
    assert len(first["lines"]) == 1 and len(second["lines"]) == 2


def test_accept_decline_and_expiry(ready) -> None:
    store, client_id, ids = ready
    ref = service.start(store, client_id, today=TODAY, valid_days=30)
    with pytest.raises(ProposalError):  # a concept cannot be accepted
        service.decide(store, ref.proposal_id, "geaccepteerd", today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["ROC"])
    service.send(store, ref.proposal_id, CLIENT, today=TODAY)
    with pytest.raises(ProposalError) as info:  # past its validity date
        service.decide(store, ref.proposal_id, "geaccepteerd", today=date(2027, 3, 1))
    assert info.value.key == "proposal.expired"
    service.decide(store, ref.proposal_id, "geaccepteerd", today=date(2027, 1, 20))
    assert repo.get_proposal(store.db, ref.proposal_id)["status"] == "geaccepteerd"
    with pytest.raises(ProposalError):  # accepted is final
        service.revise(store, ref.proposal_id)


def test_funding_is_an_estimate_in_the_snapshot_and_the_pdf(ready, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from broker_app.proposals.pdf import render_pdf

    store, client_id, ids = ready
    ref = service.start(store, client_id, today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["PRIV"], participants=3)  # € 1.209,99 incl.
    service.add_funding(store, ref.proposal_id, "SLIM scholingssubsidie", 50000)
    with pytest.raises(Exception) as info:
        service.add_funding(store, ref.proposal_id, "STAP-budget", 1000)
    assert getattr(info.value, "key", "") == "pricing.stap_ended"
    snapshot = service.send(store, ref.proposal_id, CLIENT, today=TODAY)
    assert snapshot["totals"]["incl_cents"] == 120999
    assert snapshot["totals"]["employer_cents"] == 70999
    text = "\n".join(p.extract_text() for p in PdfReader(render_pdf(snapshot,
                     tmp_path / "f.pdf")).pages)  # fmt: skip
    assert "SLIM scholingssubsidie (geschat, onder voorbehoud van toekenning)" in text
    assert "€ 709,99" in text and "schatting" in text


def test_schemes_from_settings_or_the_bundled_list_estimate_a_contribution(ready) -> None:
    from broker_app.store.settings import set_setting

    store, client_id, ids = ready
    bundled = [s.name for s in service.funding_schemes(store)]
    assert "SLIM-scholingssubsidie" in bundled and not any("STAP" in n for n in bundled)
    with store.transaction() as db:
        set_setting(db, service.FUNDING_SETTING, [
            {"name": "Fonds Zorg", "percent": 50, "max_cents": 30000},
            {"name": "STAP-budget", "percent": 100},  # left out: it ended in 2024
            {"percent": 10},  # left out: no name
        ])  # fmt: skip
    assert [s.name for s in service.funding_schemes(store)] == ["Fonds Zorg"]
    ref = service.start(store, client_id, today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["ROC"], participants=2)  # € 900,00
    service.add_scheme_estimate(store, ref.proposal_id, "Fonds Zorg")  # 50 % = 450, cap 300
    snapshot = service.send(store, ref.proposal_id, CLIENT, today=TODAY)
    assert snapshot["totals"]["funding_cents"] == 30000
    assert snapshot["totals"]["employer_cents"] == 60000
