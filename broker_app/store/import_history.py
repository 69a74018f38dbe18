"""Import history: what each import batch changed, so that a batch can be undone.

For every offering a batch wrote there is one ``import_changes`` row:

- ``inserted``: undo soft-deletes it;
- ``updated`` with a JSON snapshot of what the batch changed, as it stood before: ``columns``
  (the imported columns whose value changed, ``code`` when its spelling changed, always
  ``import_batch_id`` and ``deleted_at``), ``start_dates`` only when the start dates changed,
  ``price_lines`` only when the tuition price line changed, and ``price_at`` (the old line's
  ``created_at``) when an unchanged price was stated again;
- ``kept``: the file had the offering exactly as the catalogue has it. Nothing is rewritten; the
  batch only takes the offering over (``import_batch_id``) and, when the file has a price
  column, states the unchanged price again (the price line's ``created_at``, which staleness
  reads). ``previous`` is a compact JSON list ``[previous import_batch_id, previous price line
  created_at or null]``.

A re-import of the same file therefore stores one short ``kept`` row per offering and no start
dates or price lines. The broker's notes and tags are never in a snapshot.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlite_utils

from broker_app.store.records import now_utc

CHUNK = 500
START_COLUMNS = (
    "id", "offering_id", "start_date", "end_date", "location_id", "status", "created_at",
    "updated_at", "deleted_at",
)  # fmt: skip
PRICE_COLUMNS = (
    "id", "offering_id", "kind", "description", "amount_cents", "vat", "created_at",
    "updated_at", "deleted_at",
)  # fmt: skip
INSERTED, UPDATED, KEPT = "inserted", "updated", "kept"


def _marks(chunk: Sequence[object]) -> str:
    return ", ".join("?" for _ in chunk)


def record_changes(
    db: sqlite_utils.Database,
    batch_id: str,
    inserted: Sequence[str],
    updated: Sequence[tuple[str, dict]],
    kept: Sequence[tuple[str, str | None, str | None]],
) -> None:
    """Write what the batch changes, in its transaction: the ids it inserts, (id, snapshot)
    of the offerings it changes, and (id, previous batch, previous price time) of those it
    only takes over (see the module text)."""
    db.conn.executemany(
        "INSERT INTO import_changes (batch_id, offering_id, action) VALUES (?, ?, 'inserted')",
        [(batch_id, oid) for oid in inserted],
    )
    db.conn.executemany(
        "INSERT INTO import_changes (batch_id, offering_id, action, previous) "
        "VALUES (?, ?, 'updated', ?)",
        [(batch_id, oid, json.dumps(snap, separators=(",", ":"))) for oid, snap in updated],
    )
    db.conn.executemany(
        "INSERT INTO import_changes (batch_id, offering_id, action, previous) "
        "VALUES (?, ?, 'kept', ?)",
        [
            (batch_id, oid, json.dumps([previous, price_at], separators=(",", ":")))
            for oid, previous, price_at in kept
        ],
    )


def list_batches(db: sqlite_utils.Database) -> list[dict]:
    """Every import batch, newest first, with ``recorded``: how many offerings its history
    holds (0 for batches written before the history was kept), and of those ``changed``
    (action ``updated``) and ``kept`` (in the file exactly as in the catalogue). Batches from
    before this count was shown stored ``rows_updated`` as changed plus kept; the history says
    which is which."""
    return list(
        db.query(
            "SELECT b.*, count(c.offering_id) AS recorded, "
            "coalesce(sum(c.action = 'updated'), 0) AS changed, "
            "coalesce(sum(c.action = 'kept'), 0) AS kept "
            "FROM import_batches b LEFT JOIN import_changes c ON c.batch_id = b.id "
            "WHERE b.deleted_at IS NULL GROUP BY b.id "
            "ORDER BY b.started_at DESC, b.id DESC"
        )
    )


def short_id(batch_id: str) -> str:
    """The last eight hex digits: ids are UUID v7, whose first digits are the time."""
    return batch_id.replace("-", "")[-8:].lower()


MIN_PREFIX = 4  # characters of a batch number that may stand for it


def find_batches(db: sqlite_utils.Database, wanted: str) -> list[dict]:
    """The batch with exactly this id; else those whose short number (the one a listing shows)
    or whole id starts with ``wanted`` (at least :data:`MIN_PREFIX` characters), or whose id
    ends with it; case-insensitive, hyphens ignored."""
    key = wanted.strip().lower()
    if not key:
        return []
    batches = list_batches(db)
    exact = [b for b in batches if b["id"].lower() == key]
    if exact:
        return exact
    compact = key.replace("-", "")
    if len(compact) < MIN_PREFIX:
        return []

    def fits(batch: dict) -> bool:
        whole = batch["id"].replace("-", "").lower()
        return (
            short_id(batch["id"]).startswith(compact)
            or whole.startswith(compact)
            or whole.endswith(compact)
        )

    return [b for b in batches if fits(b)]


def later_batches(db: sqlite_utils.Database, batch_id: str) -> list[dict]:
    """The batches that wrote one of this batch's offerings afterwards and stand (not undone):
    for each, its id, file name and how many of the offerings it holds."""
    return list(
        db.query(
            "SELECT b.id, b.file_name, b.started_at, count(*) AS offerings "
            "FROM import_changes c JOIN offerings o ON o.id = c.offering_id "
            "JOIN import_batches b ON b.id = o.import_batch_id "
            "WHERE c.batch_id = ? AND o.import_batch_id IS NOT ? "
            "GROUP BY b.id ORDER BY b.started_at",
            [batch_id, batch_id],
        )
    )


def undo_batch(db: sqlite_utils.Database, batch_id: str) -> tuple[int, int]:
    """Put back what the batch changed; returns (offerings removed, offerings restored).

    The caller holds the transaction and has checked ``later_batches`` is empty. Offerings the
    batch inserted are soft-deleted and leave the search index; offerings it updated get their
    snapshot back (and their place in the index as they now stand); offerings it only took over
    go back to their previous batch. Notes and tags stay. An offering the broker merged into
    another one since stays deleted (the merge is not undone by an import's undo).
    """
    from broker_app.store.catalogue import _index_rows, _reindex  # catalogue imports this module

    now = now_utc()
    changes = db.execute(
        "SELECT c.offering_id, c.action, c.previous, o.num, o.merged_into FROM import_changes c "
        "JOIN offerings o ON o.id = c.offering_id WHERE c.batch_id = ?",
        [batch_id],
    ).fetchall()
    removed = [(oid, num) for oid, action, _, num, _ in changes if action == INSERTED]
    restored = [
        (oid, json.loads(prev), num, merged)
        for oid, action, prev, num, merged in changes
        if action == UPDATED and prev
    ]
    kept = [(oid, json.loads(prev)) for oid, action, prev, _, _ in changes if action == KEPT]
    db.conn.executemany(
        "UPDATE offerings SET deleted_at = ?, updated_at = ? WHERE id = ?",
        [(now, now, oid) for oid, _ in removed],
    )
    restamps: list[tuple[str, str]] = []
    for oid, snap, _, merged in restored:
        values = dict(snap["columns"])
        if merged:
            values.pop("deleted_at", None)
        values.update(updated_at=now, id=oid)
        assignments = ", ".join(f"{c} = :{c}" for c in values if c != "id")
        db.conn.execute(f"UPDATE offerings SET {assignments} WHERE id = :id", values)
        for key, table, cols, extra in (
            ("start_dates", "start_dates", START_COLUMNS, ""),
            ("price_lines", "price_lines", PRICE_COLUMNS, " AND kind = 'lesgeld'"),
        ):
            if key not in snap:
                continue
            db.conn.execute(f"DELETE FROM {table} WHERE offering_id = ?{extra}", [oid])
            db.conn.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({_marks(cols)})",
                snap[key],
            )
        if snap.get("price_at"):
            restamps.append((snap["price_at"], oid))
    db.conn.executemany(
        "UPDATE offerings SET import_batch_id = ? WHERE id = ?",
        [(previous, oid) for oid, (previous, _) in kept],
    )
    restamps += [(price_at, oid) for oid, (_, price_at) in kept if price_at]
    db.conn.executemany(
        "UPDATE price_lines SET created_at = ?1, updated_at = ?1 "
        "WHERE offering_id = ?2 AND kind = 'lesgeld'",
        restamps,
    )
    restored_nums = [num for _, _, num, _ in restored]
    fresh: list[tuple] = []
    for start in range(0, len(restored_nums), CHUNK):
        chunk = restored_nums[start : start + CHUNK]
        fresh += db.execute(
            "SELECT num, title, outcomes, keywords, description FROM offerings "
            f"WHERE deleted_at IS NULL AND num IN ({_marks(chunk)})",
            chunk,
        ).fetchall()
    nums = [num for _, num in removed] + restored_nums
    if nums:
        _reindex(db, nums, _index_rows(fresh))
    db.conn.execute(
        "UPDATE import_batches SET status = 'undone', updated_at = ? WHERE id = ?", [now, batch_id]
    )
    return len(removed), len(restored) + len(kept)
