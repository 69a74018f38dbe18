"""The database's health for ``doctor`` and the start of the window: integrity, schema, counts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from broker_app.store import catalogue as repo
from broker_app.store.database import Store

COUNTED_TABLES = (
    "providers",
    "offerings",
    "start_dates",
    "clients",
    "contacts",
    "intakes",
    "demand_lines",
    "proposals",
    "import_batches",
)


@dataclass
class HealthReport:
    integrity: list[str]
    schema_version: int = 0
    indexed: int = 0
    live: int = 0
    index_rebuilt: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def sound(self) -> bool:
        return self.integrity == ["ok"]


def check(store: Store, repair_index: bool = True) -> HealthReport:
    """Integrity first; only a sound file is counted, and a lagging search index is rebuilt."""
    report = HealthReport(integrity=store.integrity())
    if not report.sound:
        return report
    db = store.db
    report.schema_version = store.schema_version()
    report.indexed, report.live = repo.search_index_count(db)
    if repair_index and report.indexed != report.live:
        repo.rebuild_search_index(db)
        report.index_rebuilt = True
    report.counts = repo.table_counts(db, COUNTED_TABLES)
    return report


def rebuild_index(store: Store, progress: Callable[[int, int], bool] | None = None) -> int:
    """Build the full-text index again from the live catalogue; returns how many offerings were
    indexed. ``progress(done, total)`` returning True stops it and keeps the old index
    (IndexRebuildStopped)."""
    repo.rebuild_search_index(store.db, progress)
    store.checkpoint()
    return repo.search_index_count(store.db)[0]
