"""Stale offerings: ones a broker should not put in a proposal without a second look.

An offering is **stale** ("verouderd") for one or both of these reasons:

- ``NO_START``: it has no start date from today on and no continuous intake ("doorlopend"),
  while it did have start dates (they have all passed: "geen startdatum meer"), or it has none
  at all and is not taught incompany ("geen startdatum bekend"). An offering taught
  incompany without dates is planned with the employer on request: not stale for that.
- ``PRICE``: it has a price, and that price was last stated more than ``PRICE_MAX_AGE_DAYS``
  (365) days ago. "Stated" is the later of ``price_verified_at`` (the broker checked it with
  the provider) and the moment the tuition price line was last written — by an import whose
  file had a ``price`` column (the provider said so again) or by the broker's edit form.
  Imports do not fill ``price_verified_at`` (it stays NULL; it is the broker's column), so a
  NULL there is not stale by itself: a price imported or edited within the year is fresh. A
  price with neither a verification nor a price line (old data) counts as never checked.

``proposals.service.add_offering`` refuses a stale offering unless called with
``confirm_stale=True``; the matching page asks the broker first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from broker_app.domain.staleness import (  # noqa: F401 (the names callers use)
    NO_START,
    PRICE,
    PRICE_MAX_AGE_DAYS,
    OfferingStale,
    StaleReason,
    judge,
    parse_day,
)
from broker_app.store import staleness as repo
from broker_app.store.database import Store


def stale_reasons(
    store: Store, ids: list[str], today: date | None = None
) -> dict[str, list[StaleReason]]:
    """The reasons each of ``ids`` is stale; offerings that are not stale are left out."""
    return repo.stale_reasons(store.db, ids, today or date.today())


def reasons_for(store: Store, offering_id: str, today: date | None = None) -> list[StaleReason]:
    return stale_reasons(store, [offering_id], today).get(offering_id, [])


def stale_ids(store: Store, today: date | None = None) -> list[str]:
    """Every live stale offering (one query; for counts and lists)."""
    today = today or date.today()
    before = today - timedelta(days=PRICE_MAX_AGE_DAYS)
    return repo.stale_offering_ids(store.db, today.isoformat(), before.isoformat())


@dataclass(frozen=True)
class PriceCheck:
    """When an offering's price was last confirmed: by the broker, or by the provider's file."""

    verified: date | None  # the broker marked it "prijs gecontroleerd"
    stated: date | None  # the later of ``verified`` and the last written price line


def price_check(store: Store, offering_id: str) -> PriceCheck | None:
    """None when the offering has no price (nothing to check) or does not exist."""
    facts = repo.staleness_facts(store.db, [offering_id])
    if not facts or facts[0][3] is None:
        return None
    verified, written = parse_day(facts[0][4]), parse_day(facts[0][7])
    stated = max((d for d in (verified, written) if d is not None), default=None)
    return PriceCheck(verified=verified, stated=stated)


def mark_price_verified(store: Store, offering_id: str) -> None:
    """The broker checked the price with the provider today: fresh for another year."""
    with store.transaction() as db:
        repo.mark_price_verified(db, offering_id)
