"""What a broker found wrong in a review: funding above the cost, the language of a concept,
the dates of sending and deciding, messages as sentences, what to check before sending."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.pricing import PricingError
from broker_app.domain.problems import InputRefused
from broker_app.domain.proposal import ProposalError
from broker_app.proposals import service
from broker_app.store import clients as clients_repo
from broker_app.store import proposals as repo
from broker_app.store.database import Store
from broker_app.store.settings import set_setting
from tests.csvfiles import offering, write_csv

TODAY = date(2026, 11, 29)


@pytest.fixture
def ready(store: Store, tmp_path: Path) -> tuple[Store, str, dict[str, str]]:
    rows = [
        # € 2.550,00 for 10 people: exempt (a funded institution)
        offering(code="HEF", title="Heftruckcertificaat", price="255", funded="ja", crkbo="nee"),
        offering(provider="Trainingsbureau Noord", code="PRIV", title="Excel gevorderd",
                 price="100", funded="nee", crkbo="nee", provider_kind="particulier", vat="21"),
    ]  # fmt: skip
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))
    ids = dict(store.db.execute("SELECT code, id FROM offerings").fetchall())
    with store.transaction() as db:
        client_id = clients_repo.insert_client(db, {"name": "Veluwe Distributie B.V."})
    return store, client_id, ids


def _funding(store: Store, proposal_id: str) -> list[int]:
    version = repo.current_version(store.db, proposal_id)
    return [r["price_cents"] for r in repo.lines(store.db, version["id"]) if r["kind"] == "funding"]


def test_contributions_above_the_cost_are_refused_and_nothing_is_written(ready) -> None:
    store, client_id, ids = ready
    ref = service.start(store, client_id, today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["HEF"], participants=10)
    service.add_funding(store, ref.proposal_id, "SLIM-scholingssubsidie", 200000)
    with pytest.raises(ProposalError) as info:
        service.add_funding(store, ref.proposal_id, "O&O-fonds", 10348900)
    assert service.message_of(info.value) == (
        "De bijdragen (€ 105.489,00) zijn hoger dan de kosten incl. btw (€ 2.550,00)."
    )
    assert service.message_of(info.value, "en") == (
        "The contributions (€ 105,489.00) are higher than the cost incl. VAT (€ 2,550.00)."
    )
    assert _funding(store, ref.proposal_id) == [200000]
    service.add_funding(store, ref.proposal_id, "O&O-fonds", 55000)  # exactly the cost: fine
    assert _funding(store, ref.proposal_id) == [200000, 55000]


def test_changing_a_contribution_above_the_cost_is_refused(ready) -> None:
    store, client_id, ids = ready
    ref = service.start(store, client_id, today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["HEF"], participants=10)
    line_id = service.add_funding(store, ref.proposal_id, "O&O-fonds", 100000)
    with pytest.raises(ProposalError) as info:
        service.update_line(store, ref.proposal_id, line_id, amount_cents=255001)
    assert info.value.key == "funding.exceeds_cost"
    assert _funding(store, ref.proposal_id) == [100000]
    service.update_line(store, ref.proposal_id, line_id, amount_cents=255000)  # its own old
    assert _funding(store, ref.proposal_id) == [255000]  # amount does not count twice


def test_a_scheme_estimate_takes_at_most_what_is_left(ready) -> None:
    store, client_id, ids = ready
    with store.transaction() as db:
        set_setting(db, service.FUNDING_SETTING, [{"name": "Fonds", "percent": 80}])
    ref = service.start(store, client_id, today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["HEF"], participants=10)  # € 2.550,00
    service.add_funding(store, ref.proposal_id, "Gemeente", 200000)
    service.add_scheme_estimate(store, ref.proposal_id, "Fonds")  # 80 % = 2.040, left 550
    assert _funding(store, ref.proposal_id) == [200000, 55000]
    with pytest.raises(ProposalError) as info:
        service.add_scheme_estimate(store, ref.proposal_id, "Fonds")
    assert info.value.key == "funding.nothing_left"
    assert _funding(store, ref.proposal_id) == [200000, 55000]


def test_the_stap_refusal_reads_as_a_sentence(ready) -> None:
    store, client_id, ids = ready
    ref = service.start(store, client_id, today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["HEF"])
    with pytest.raises(PricingError) as info:
        service.add_funding(store, ref.proposal_id, "STAP-budget", 1000)
    assert service.message_of(info.value) == (
        "Het STAP-budget bestaat sinds 1 januari 2024 niet meer."
    )
    assert service.message_of(info.value, "en") == "The STAP budget ended on 1 January 2024."


def test_the_language_of_a_concept_changes_and_is_frozen_when_sent(ready) -> None:
    store, client_id, ids = ready
    ref = service.start(store, client_id, today=TODAY)
    service.add_offering(store, ref.proposal_id, ids["PRIV"])
    service.set_language(store, ref.proposal_id, "en")
    assert service.concept_snapshot(store, ref.proposal_id, TODAY)["language"] == "en"
    with pytest.raises(InputRefused):
        service.set_language(store, ref.proposal_id, "de")
    snapshot = service.send_proposal(store, ref.proposal_id, today=TODAY)
    assert snapshot["language"] == "en"
    with pytest.raises(ProposalError):
        service.set_language(store, ref.proposal_id, "nl")
    assert repo.get_proposal(store.db, ref.proposal_id)["language"] == "en"


def test_a_send_date_given_is_the_date_stored_and_the_decision_has_its_date(ready) -> None:
    store, client_id, ids = ready
    ref = service.start(store, client_id, today=date(2026, 11, 2))
    service.add_offering(store, ref.proposal_id, ids["PRIV"])
    snapshot = service.send_proposal(store, ref.proposal_id, today=date(2026, 11, 2))
    version = repo.current_version(store.db, ref.proposal_id)
    assert service.local_day(version["sent_at"]) == date(2026, 11, 2)
    assert snapshot["sent_on"] == "2026-11-02"
    proposal = repo.get_proposal(store.db, ref.proposal_id)
    assert service.decided_on(proposal) is None  # sent, not decided
    service.decide(store, ref.proposal_id, "geaccepteerd", today=date(2026, 12, 2))
    proposal = repo.get_proposal(store.db, ref.proposal_id)
    assert service.decided_on(proposal) == date(2026, 12, 2)


def test_before_sending_the_missing_things_are_named(ready) -> None:
    store, client_id, ids = ready
    ref = service.start(store, client_id, today=TODAY)
    assert service.send_warnings(store, ref.proposal_id) == [
        service.SEND_NO_OFFERINGS, service.SEND_NO_ORGANISATION,
    ]  # fmt: skip
    line_id = service.add_offering(store, ref.proposal_id, ids["HEF"], participants=2)
    with store.transaction() as db:
        set_setting(db, service.BROKER_SETTING, {"name": "Leerwerkloket Salland"})
    assert service.send_warnings(store, ref.proposal_id) == []
    service.add_funding(store, ref.proposal_id, "O&O-fonds", 51000)
    service.update_line(store, ref.proposal_id, line_id, participants=1)  # cost now € 255
    assert service.send_warnings(store, ref.proposal_id) == [service.SEND_FUNDING_EXCEEDS]
    with store.transaction() as db:
        db.conn.execute("UPDATE proposal_lines SET price_cents = NULL WHERE id = ?", [line_id])
    assert service.send_warnings(store, ref.proposal_id) == [service.SEND_PRICES_UNKNOWN]
