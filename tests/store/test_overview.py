"""The figures of the "Overzicht", read from a store filled through the real services."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from broker_app.proposals import overview as pipeline
from broker_app.proposals import service
from broker_app.store import overview as queries
from broker_app.store.database import Store
from tests.overview_data import TODAY, Month, fill_month


@pytest.fixture
def month(store: Store, tmp_path: Path) -> Month:
    return fill_month(store, tmp_path)


def test_open_intakes_newest_first_with_client_and_number_of_lines(store, month) -> None:
    rows = queries.open_intakes(store.db)
    assert [(r["client_name"], r["intake_date"], r["lines"]) for r in rows] == [
        ("Bouwbedrijf Hesselink", "2026-11-25", 3),
        ("Zorggroep Noord", "2026-11-20", 3),
        ("Jansen & Zn <b>", "2026-10-01", 0),
    ]
    assert rows[0]["id"] == month.intake_bouw
    assert queries.open_intake_count(store.db) == 3  # finished and deleted intakes left out
    assert [r["id"] for r in queries.open_intakes(store.db, limit=1)] == [month.intake_bouw]


def test_proposals_per_status_with_their_value_incl_vat(store, month) -> None:
    summary = {s.status: (s.count, s.incl_cents) for s in pipeline.by_status(store, TODAY)}
    assert summary == {
        "concept": (1, 302500),  # worked out from its lines: 2 x 1.250 + 21 %
        "verzonden": (2, 90000 + 45000),
        "geaccepteerd": (1, 151250),
        "afgewezen": (0, 0),
        "verlopen": (1, 45000),  # sent, but past its date
    }
    assert [s.status for s in pipeline.by_status(store, TODAY)] == [
        "concept", "verzonden", "geaccepteerd", "afgewezen", "verlopen"
    ]  # fmt: skip


def test_a_revised_proposal_counts_as_concept_at_the_value_of_its_new_version(store, month) -> None:
    service.revise(store, month.sent)  # version 2: a concept with the same two participants
    service.add_offering(store, month.sent, month.priv, participants=1)
    summary = {s.status: (s.count, s.incl_cents) for s in pipeline.by_status(store, TODAY)}
    assert summary["concept"] == (2, 302500 + 90000 + 151250)
    assert summary["verzonden"] == (1, 45000)


def test_a_concept_line_without_price_marks_the_value_incomplete(store, month) -> None:
    with store.transaction() as db:
        db.execute("UPDATE offerings SET price_cents = NULL WHERE id = ?", [month.roc])
    service.add_offering(store, month.concept, month.roc)
    [concept] = [s for s in pipeline.by_status(store, TODAY) if s.status == "concept"]
    assert (concept.incl_cents, concept.complete) == (302500, False)


def test_deleted_proposals_are_not_counted(store, month) -> None:
    with store.transaction() as db:
        db.execute("UPDATE proposals SET deleted_at = '2026-11-29T08:00:00Z' WHERE id = ?",
                   [month.accepted])  # fmt: skip
    summary = {s.status: s.count for s in pipeline.by_status(store, TODAY)}
    assert summary["geaccepteerd"] == 0


def test_only_sent_proposals_expiring_within_two_weeks(store, month) -> None:
    [item] = pipeline.expiring(store, TODAY)
    assert (item.proposal_id, item.client_name, item.days_left, item.incl_cents) == (
        month.expiring,
        "Bouwbedrijf Hesselink",
        5,
        45000,
    )
    assert item.valid_until == TODAY + timedelta(days=5)
    # The sent proposal valid for 29 more days comes in when the window is wide enough.
    assert [e.proposal_id for e in pipeline.expiring(store, TODAY, days=29)] == [
        month.expiring, month.sent
    ]  # fmt: skip
    # An accepted proposal never "expires soon", whatever its date.
    assert month.accepted not in [e.proposal_id for e in pipeline.expiring(store, TODAY, 60)]


def test_demand_per_sector_of_open_intakes_most_asked_first(store, month) -> None:
    rows = queries.demand_by_sector(store.db)
    # A line without a sector counts for its employer's sector; case and spaces do not matter;
    # the finished and the deleted intake (5 horeca lines each) are left out.
    assert [(r["sector"], r["lines"], r["participants"]) for r in rows] == [
        ("zorg", 3, 14),
        ("bouw", 2, 6),
        ("logistiek", 1, 3),
    ]


def test_an_empty_store_has_nothing_to_show(store) -> None:
    assert queries.open_intakes(store.db) == []
    assert queries.demand_by_sector(store.db) == []
    assert pipeline.expiring(store, TODAY) == []
    assert all(s.count == 0 and s.incl_cents == 0 for s in pipeline.by_status(store, TODAY))
