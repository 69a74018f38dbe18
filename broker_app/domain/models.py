"""The records the services pass around; plain dataclasses with no storage concerns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

HOURS_PER_EC = 28


@dataclass
class OfferingRecord:
    """One offering as CSV v1 describes it, with every value already checked and typed."""

    provider: str
    code: str
    title: str
    type: str
    level: str
    sector: str | None = None
    description: str | None = None
    outcomes: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    qualification_code: str | None = None
    hours: int | None = None
    ec: Decimal | None = None
    duration_weeks: int | None = None
    delivery: list[str] = field(default_factory=list)
    schedule: list[str] = field(default_factory=list)
    city: str | None = None
    price_cents: int | None = None
    vat: str | None = None
    start_dates: list[date] = field(default_factory=list)
    continuous_intake: bool = False
    credential: str | None = None
    min_participants: int | None = None
    max_participants: int | None = None
    language: str | None = None
    funded: bool | None = None
    provider_kind: str | None = None
    crkbo: bool | None = None
    url: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """The identity of an offering across imports: (provider, code), case-insensitive."""
        return (self.provider.casefold(), self.code.casefold())


@dataclass(frozen=True)
class SearchHit:
    offering_id: str
    provider: str
    code: str
    title: str
    score: float
    type: str
    level: str
    city: str | None
    price_cents: int | None
    next_start: str | None


@dataclass
class ImportReport:
    """What an import did or would do; ``written`` is False when nothing reached the store."""

    file_name: str
    rows_total: int = 0
    inserted: int = 0
    # Written: the known offerings the file changed. A dry run does not compare, so there it is
    # every known offering the file has (changed or not) and ``unchanged`` stays 0.
    updated: int = 0
    unchanged: int = 0  # known offerings the file has exactly as the catalogue has them
    skipped: int = 0
    written: bool = False
    dry_run: bool = False
    batch_id: str | None = None
    problems: list = field(default_factory=list)
    merged: int = 0  # rows of offerings the broker merged into another one: skipped, warned
    backup: Path | None = None  # the automatic backup made before the import wrote

    @property
    def errors(self) -> list:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list:
        return [p for p in self.problems if not p.is_error]
