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
