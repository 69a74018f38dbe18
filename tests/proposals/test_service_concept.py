"""Adding offerings from the matching page goes to the intake's open concept, or a new one."""

from __future__ import annotations

from datetime import date

from broker_app.proposals import service
from broker_app.store import clients
from broker_app.store.database import Store


def test_the_same_concept_is_reused_until_it_is_sent(store: Store) -> None:
    with store.transaction() as db:
        client_id = clients.insert_client(db, {"name": "Bakkerij Bol"})
        intake_id = clients.insert_intake(db, client_id, title="Hygiëne", intake_date=None)
    first = service.open_concept_for(store, client_id, intake_id, today=date(2026, 12, 1))
    again = service.open_concept_for(store, client_id, intake_id, today=date(2026, 12, 1))
    assert again == first
    service.send(store, first.proposal_id, {"name": "Bakkerij Bol"}, today=date(2026, 12, 1))
    after = service.open_concept_for(store, client_id, intake_id, today=date(2026, 12, 2))
    assert after.number != first.number


def test_a_new_proposal_is_valid_for_the_days_set_in_settings(store: Store) -> None:
    from broker_app.proposals import texts
    from broker_app.store import proposals as repo

    with store.transaction() as db:
        client_id = clients.insert_client(db, {"name": "Bakkerij Bol"})
    texts.save_valid_days(store, 45)
    ref = service.start(store, client_id, today=date(2027, 1, 4))
    assert repo.get_proposal(store.db, ref.proposal_id)["valid_until"] == "2027-02-18"
