"""The proposal pipeline for the "Overzicht": how many per status and what they are worth.

The value of a proposal is the total incl. VAT of its current version: stored when the version
was sent, worked out from the lines with the domain's pricing rules while it is a concept.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby

from broker_app.domain.pricing import totals
from broker_app.domain.proposal import STATUSES
from broker_app.proposals.service import price_lines
from broker_app.store import overview as queries
from broker_app.store.database import Store

EXPIRING_DAYS = 14


@dataclass(frozen=True)
class StatusSummary:
    status: str  # one of domain.proposal.STATUSES (sent and past its date: verlopen)
    count: int
    incl_cents: int  # total incl. VAT of the current versions
    complete: bool = True  # False when a concept still has a line without a price


def by_status(store: Store, today: date) -> list[StatusSummary]:
    """Every status in the order of the life cycle, also those without proposals."""
    db = store.db
    counted = {row["status"]: row for row in queries.status_totals(db, today)}
    concept_cents: dict[str, int] = defaultdict(int)
    incomplete: set[str] = set()
    for _, rows in groupby(queries.concept_lines(db), key=lambda r: r["proposal_id"]):
        result = totals(price_lines(list(rows)))
        concept_cents["concept"] += result.incl_cents
        if not result.complete:
            incomplete.add("concept")
    summaries = []
    for status in STATUSES:
        row = counted.get(status)
        count = row["count"] if row else 0
        cents = (row["frozen_incl_cents"] if row else 0) + concept_cents.get(status, 0)
        summaries.append(StatusSummary(status, count, cents, status not in incomplete))
    return summaries


@dataclass(frozen=True)
class Expiring:
    proposal_id: str
    number: str
    title: str | None
    client_id: str
    client_name: str
    valid_until: date
    days_left: int
    incl_cents: int | None


def expiring(store: Store, today: date, days: int = EXPIRING_DAYS) -> list[Expiring]:
    """Sent proposals whose validity ends within ``days`` from today, soonest first."""
    rows = queries.expiring_proposals(store.db, today, today + timedelta(days=days))
    result = []
    for row in rows:
        valid = date.fromisoformat(row["valid_until"])
        result.append(
            Expiring(row["id"], row["number"], row["title"], row["client_id"],
                     row["client_name"], valid, (valid - today).days, row["total_incl_cents"])
        )  # fmt: skip
    return result


@dataclass(frozen=True)
class Overview:
    """Everything the "Overzicht" shows, read in one go (off the GUI thread)."""

    today: date
    open_intake_count: int
    open_intakes: list[dict]  # the newest, see store.overview.open_intakes
    statuses: list[StatusSummary]
    expiring: list[Expiring]
    sectors: list[dict]  # see store.overview.demand_by_sector


def read(store: Store, today: date) -> Overview:
    db = store.db
    return Overview(
        today=today,
        open_intake_count=queries.open_intake_count(db),
        open_intakes=queries.open_intakes(db),
        statuses=by_status(store, today),
        expiring=expiring(store, today),
        sectors=queries.demand_by_sector(db),
    )
