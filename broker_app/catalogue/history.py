"""Import history: every import batch listed, and a batch undone.

Undo puts the catalogue back as it was before the batch, for the offerings that batch wrote:
offerings it inserted are soft-deleted (and leave the search index), offerings it updated get
their previous imported values, start dates and tuition price line back. The broker's notes and
tags are never touched; providers the batch created stay. Only the latest standing batch that
wrote an offering can be undone for it: while a later import changed the same offerings, undoing
the older one is refused (undo the later one first). One transaction; the batch becomes
``undone``.
"""

from __future__ import annotations

from dataclasses import dataclass

from broker_app.domain.problems import InputRefused, Problem
from broker_app.store import audit
from broker_app.store import import_history as history_store
from broker_app.store.database import Store

DONE, UNDONE = "done", "undone"


@dataclass(frozen=True)
class Batch:
    id: str
    file_name: str
    format: str
    started_at: str  # ISO 8601 UTC
    status: str  # done, undone
    total: int
    inserted: int
    updated: int  # known offerings it changed
    skipped: int
    recorded: int  # offerings in its history (0: imported before the history was kept)
    unchanged: int = 0  # known offerings it had exactly as they were

    @property
    def short_id(self) -> str:
        return history_store.short_id(self.id)

    @property
    def undoable(self) -> bool:
        """Standing, and its changes are known (whether a later batch blocks it is not
        checked here)."""
        return self.status == DONE and (
            self.recorded > 0 or self.inserted + self.updated + self.unchanged == 0
        )


@dataclass(frozen=True)
class UndoResult:
    batch: Batch
    removed: int  # offerings the batch had added, now deleted
    restored: int  # offerings the batch had updated, now as before


def _batch(row: dict) -> Batch:
    return Batch(
        id=row["id"],
        file_name=row["file_name"],
        format=row["format"],
        started_at=row["started_at"],
        status=row["status"],
        total=row["rows_total"],
        inserted=row["rows_inserted"],
        # with a history, it says what changed and what was kept; older batches only the sum
        updated=row["changed"] if row["recorded"] else row["rows_updated"],
        skipped=row["rows_skipped"],
        recorded=row["recorded"],
        unchanged=row["kept"],
    )


def list_batches(store: Store) -> list[Batch]:
    """Every import batch, newest first."""
    return [_batch(r) for r in history_store.list_batches(store.db)]


def find_batch(store: Store, batch_id: str) -> Batch:
    """The batch with this id or short number; refuses none or several."""
    found = history_store.find_batches(store.db, batch_id)
    if not found:
        if len(batch_id.strip().replace("-", "")) < history_store.MIN_PREFIX:
            raise InputRefused([Problem("error", "history.too_short", params={"id": batch_id})])
        raise InputRefused([Problem("error", "history.unknown", params={"id": batch_id})])
    if len(found) > 1:
        choices = "; ".join(f"{history_store.short_id(b['id'])} ({b['file_name']})" for b in found)
        params = {"id": batch_id, "count": len(found), "choices": choices}
        raise InputRefused([Problem("error", "history.ambiguous_list", params=params)])
    return _batch(found[0])


def undo(store: Store, batch_id: str) -> UndoResult:
    """Undo the batch (see the module text); InputRefused says why not."""
    batch = find_batch(store, batch_id)
    params = {"file": batch.file_name}
    if batch.status == UNDONE:
        raise InputRefused([Problem("error", "history.already_undone", params=params)])
    if batch.status != DONE:
        raise InputRefused([Problem("error", "history.not_done", params=params)])
    if not batch.undoable:
        raise InputRefused([Problem("error", "history.not_recorded", params=params)])
    with store.transaction() as db:
        later = history_store.later_batches(db, batch.id)
        if later:
            first = later[-1]
            raise InputRefused(
                [
                    Problem(
                        "error",
                        "history.later_batch",
                        params={
                            "file": batch.file_name,
                            "later": first["file_name"],
                            "count": sum(b["offerings"] for b in later),
                        },
                    )
                ]
            )
        removed, restored = history_store.undo_batch(db, batch.id)
        audit.record(db, audit.UNDO_IMPORT, "import_batches", batch.id,
                     {"removed": removed, "restored": restored})  # fmt: skip
    return UndoResult(batch=batch, removed=removed, restored=restored)
