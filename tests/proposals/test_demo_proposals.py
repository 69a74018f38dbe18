"""The demo shows a broker's week: proposals in every state on the demo intakes, added once."""

from __future__ import annotations

from datetime import date

from broker_app.catalogue.demo import load_demo
from broker_app.proposals.demo import load_demo_proposals
from broker_app.store.database import Store

TODAY = date(2026, 11, 29)


def test_demo_proposals_cover_every_state_and_are_added_once(store: Store) -> None:
    load_demo(store)
    assert load_demo_proposals(store, TODAY) == 5
    assert load_demo_proposals(store, TODAY) == 0
    rows = list(store.db.query("SELECT status, valid_until FROM proposals ORDER BY number"))
    assert sorted(r["status"] for r in rows) == [
        "afgewezen", "concept", "geaccepteerd", "verzonden", "verzonden"
    ]  # fmt: skip
    expiring = [r for r in rows if r["status"] == "verzonden" and r["valid_until"] <= "2026-12-13"]
    assert len(expiring) == 1
    lines = store.db.execute(
        "SELECT count(*) FROM proposal_lines WHERE kind = 'offering'"
    ).fetchone()[0]
    assert lines == 8


def test_a_removed_demo_client_is_skipped(store: Store) -> None:
    load_demo(store)
    store.db.execute(
        "UPDATE clients SET deleted_at = '2026-11-01' WHERE name = 'Hotelgroep Vechtdal'"
    )
    assert load_demo_proposals(store, TODAY) == 4


def test_a_demo_proposal_was_sent_on_the_date_its_pdf_tells(store: Store) -> None:
    from broker_app.proposals import service
    from broker_app.store import proposals as repo

    load_demo(store)
    load_demo_proposals(store, TODAY)
    sent = list(store.db.query("SELECT * FROM proposal_versions WHERE snapshot IS NOT NULL"))
    assert len(sent) == 4
    for version in sent:
        snapshot = repo.snapshot_of(store.db, version["id"])
        assert service.local_day(version["sent_at"]).isoformat() == snapshot["sent_on"]
        assert snapshot["sent_on"] < TODAY.isoformat()
    decided = list(store.db.query("SELECT * FROM proposals WHERE status IN "
                                  "('geaccepteerd', 'afgewezen')"))  # fmt: skip
    for proposal in decided:  # a week after it was sent, in the past
        assert service.decided_on(proposal) < TODAY
