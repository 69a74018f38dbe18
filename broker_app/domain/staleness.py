"""Whether an offering is stale: the rules, pure (see ``catalogue.staleness`` for the why)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PRICE_MAX_AGE_DAYS = 365

NO_START = "no_start"  # reasons
PRICE = "price"

_TEXTS = {
    ("no_start", "past"): {"nl": "verouderd: geen startdatum meer",
                           "en": "outdated: no start date any more"},
    ("no_start", "none"): {"nl": "verouderd: geen startdatum bekend",
                           "en": "outdated: no start date known"},
    ("price", "since"): {"nl": "verouderd: prijs niet gecontroleerd sinds {date}",
                         "en": "outdated: price not checked since {date}"},
    ("price", "never"): {"nl": "verouderd: prijs nooit gecontroleerd",
                         "en": "outdated: price never checked"},
}  # fmt: skip


@dataclass(frozen=True)
class StaleReason:
    kind: str  # NO_START or PRICE
    last_start: date | None = None  # NO_START: the last start date that passed (None: none)
    price_since: date | None = None  # PRICE: when the price was last stated (None: never)

    def text(self, lang: str = "nl") -> str:
        """A short sentence for the command line and messages (the window has its own)."""
        if self.kind == NO_START:
            entry = _TEXTS[(NO_START, "past" if self.last_start else "none")]
            return entry.get(lang, entry["nl"])
        if self.price_since is None:
            entry = _TEXTS[(PRICE, "never")]
            return entry.get(lang, entry["nl"])
        entry = _TEXTS[(PRICE, "since")]
        return entry.get(lang, entry["nl"]).format(date=self.price_since.isoformat())


class OfferingStale(Exception):
    """``add_offering`` without ``confirm_stale``: the offering is stale for ``reasons``."""

    def __init__(self, offering_id: str, reasons: list[StaleReason]) -> None:
        super().__init__("; ".join(r.text() for r in reasons))
        self.offering_id = offering_id
        self.reasons = reasons


def parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def judge(
    *,
    continuous_intake: bool,
    incompany: bool,
    start_count: int,
    last_start: date | None,
    price_cents: int | None,
    price_verified: date | None,
    price_written: date | None,
    today: date,
) -> list[StaleReason]:
    """The reasons one offering is stale (empty: it is not). Pure; see the module text."""
    reasons = []
    upcoming = last_start is not None and last_start >= today
    if not continuous_intake and not upcoming and (start_count or not incompany):
        reasons.append(StaleReason(NO_START, last_start=last_start))
    if price_cents is not None:
        stated = max((d for d in (price_verified, price_written) if d is not None), default=None)
        if stated is None or (today - stated).days > PRICE_MAX_AGE_DAYS:
            reasons.append(StaleReason(PRICE, price_since=stated))
    return reasons
