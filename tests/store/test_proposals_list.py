"""The list of proposals and the changes the proposals page makes to a concept's lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.pricing import PricingError
from broker_app.domain.proposal import ProposalError
from broker_app.proposals import service
from broker_app.store import clients as clients_repo
from broker_app.store import proposals as repo
from broker_app.store.database import Store
from broker_app.store.settings import set_setting
from tests.csvfiles import offering, write_csv

TODAY = date(2026, 11, 29)


@pytest.fixture
def ready(store: Store, tmp_path: Path):
    rows = [
        offering(code="ROC", title="Medicatie aanreiken", price="450", funded="ja", crkbo="nee"),
        offering(provider="Trainingsbureau Noord", code="PRIV", title="Excel gevorderd",
                 price="100", funded="nee", crkbo="nee", provider_kind="particulier", vat="21"),
        offering(provider="Kookstudio", code="NOVAT", title="Koken", price="200", funded="nee",
                 crkbo="nee", provider_kind="particulier", vat=""),
    ]  # fmt: skip
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))
    ids = dict(store.db.execute("SELECT code, id FROM offerings").fetchall())
    with store.transaction() as db:
        bol = clients_repo.insert_client(db, {"name": "Bakkerij Bol", "city": "Zwolle"})
        kok = clients_repo.insert_client(db, {"name": "Zorggroep Kok", "city": "Kampen"})
    return store, {"bol": bol, "kok": kok}, ids


def test_the_list_names_the_client_status_and_totals(ready) -> None:
    store, clients, ids = ready
    concept = service.start(store, clients["bol"], title="Hygiëne", today=TODAY)
    service.add_offering(store, concept.proposal_id, ids["PRIV"], participants=2)
    sent = service.start(store, clients["kok"], title="Medicatie", today=TODAY)
    service.add_offering(store, sent.proposal_id, ids["ROC"], participants=3)
    service.send_proposal(store, sent.proposal_id, today=TODAY)

    listed = {row["number"]: row for row in service.list_proposals(store, today=TODAY)}
    assert listed[concept.number]["client_name"] == "Bakkerij Bol"
    assert listed[concept.number]["effective_status"] == "concept"
    # a concept's totals come from its lines: 2 x 100,00 + 21 % VAT
    assert listed[concept.number]["incl_cents"] == 24200
    assert listed[sent.number]["effective_status"] == "verzonden"
    assert listed[sent.number]["incl_cents"] == 135000  # exempt: funded institution
    assert listed[sent.number]["version"] == 1


def test_a_sent_proposal_past_its_date_is_listed_as_expired(ready) -> None:
    store, clients, _ = ready
    ref = service.start(store, clients["bol"], today=TODAY, valid_days=10)
    service.send_proposal(store, ref.proposal_id, today=TODAY)
    later = service.list_proposals(store, today=date(2026, 12, 20))
    assert [r["effective_status"] for r in later] == ["verlopen"]
    assert repo.get_proposal(store.db, ref.proposal_id)["status"] == "verzonden"


def test_editing_a_line_is_checked_as_a_whole(ready) -> None:
    store, clients, ids = ready
    ref = service.start(store, clients["bol"], today=TODAY)
    line_id = service.add_offering(store, ref.proposal_id, ids["PRIV"], participants=2)
    service.update_line(store, ref.proposal_id, line_id, participants=5, discount_cents=5000)
    stored = repo.get_line(store.db, line_id)
    assert (stored["participants"], stored["discount_cents"]) == (5, 5000)
    with pytest.raises(PricingError) as refused:
        service.update_line(store, ref.proposal_id, line_id, discount_cents=60000)
    assert refused.value.key == "pricing.discount_too_large"
    with pytest.raises(PricingError):
        service.update_line(store, ref.proposal_id, line_id, participants=-1)
    stored = repo.get_line(store.db, line_id)
    assert (stored["participants"], stored["discount_cents"]) == (5, 5000)
    service.update_line(store, ref.proposal_id, line_id, group_price_cents=30000)
    assert service.version_view(store, ref.proposal_id).totals.excl_cents == 25000


def test_lines_are_removed_and_moved_within_their_kind(ready) -> None:
    store, clients, ids = ready
    ref = service.start(store, clients["bol"], today=TODAY)
    a = service.add_offering(store, ref.proposal_id, ids["ROC"])
    b = service.add_offering(store, ref.proposal_id, ids["PRIV"])
    c = service.add_offering(store, ref.proposal_id, ids["NOVAT"])
    fund = service.add_funding(store, ref.proposal_id, "O&O-fonds", 10000)
    service.move_line(store, ref.proposal_id, c, -2)
    titles = [r["title"] for r in service.version_view(store, ref.proposal_id).lines]
    assert titles == ["Koken", "Medicatie aanreiken", "Excel gevorderd", "O&O-fonds"]
    service.move_line(store, ref.proposal_id, b, 5)  # stays the last offering, above funding
    service.remove_line(store, ref.proposal_id, a)
    rows = service.version_view(store, ref.proposal_id).lines
    assert [r["id"] for r in rows] == [c, b, fund]
    assert [r["position"] for r in rows] == [0, 1, 2]
    assert store.db.execute(
        "SELECT deleted_at IS NOT NULL FROM proposal_lines WHERE id = ?", [a]
    ).fetchone() == (1,)


def test_a_sent_version_cannot_be_edited(ready) -> None:
    store, clients, ids = ready
    ref = service.start(store, clients["bol"], today=TODAY)
    line_id = service.add_offering(store, ref.proposal_id, ids["PRIV"])
    service.send_proposal(store, ref.proposal_id, today=TODAY)
    with pytest.raises(ProposalError):
        service.update_line(store, ref.proposal_id, line_id, participants=4)
    view = service.version_view(store, ref.proposal_id)
    assert not view.editable and view.snapshot is not None


def test_offerings_without_a_rate_get_the_default_vat_from_settings(ready) -> None:
    store, clients, ids = ready
    ref = service.start(store, clients["bol"], today=TODAY)
    standard = service.add_offering(store, ref.proposal_id, ids["NOVAT"])
    with store.transaction() as db:
        set_setting(db, service.DEFAULT_VAT_SETTING, "9")
    nine = service.add_offering(store, ref.proposal_id, ids["NOVAT"])
    given = service.add_offering(store, ref.proposal_id, ids["PRIV"])  # its own 21 % stays
    with store.transaction() as db:
        set_setting(db, service.DEFAULT_VAT_SETTING, "vrijgesteld")
    exempt = service.add_offering(store, ref.proposal_id, ids["NOVAT"])
    got = {i: repo.get_line(store.db, i) for i in (standard, nine, given, exempt)}
    assert (got[standard]["vat"], got[standard]["vat_reason"]) == ("21", "standard")
    assert (got[nine]["vat"], got[nine]["vat_reason"]) == ("9", "rate_given")
    assert got[given]["vat"] == "21"
    assert (got[exempt]["vat"], got[exempt]["vat_reason"]) == ("0", "exempt_given")


def test_the_concept_snapshot_writes_nothing(ready) -> None:
    store, clients, ids = ready
    ref = service.start(store, clients["bol"], title="Hygiëne", today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["PRIV"], participants=2)
    snapshot = service.concept_snapshot(store, ref.proposal_id, today=TODAY)
    assert snapshot["client"]["name"] == "Bakkerij Bol"
    assert snapshot["totals"]["incl_cents"] == 24200
    version = repo.current_version(store.db, ref.proposal_id)
    assert version["snapshot"] is None and version["status"] == "concept"
