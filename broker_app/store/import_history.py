"""Import history: what each import batch changed, so that a batch can be undone.

For every offering a batch wrote there is one ``import_changes`` row: ``inserted``, or
``updated`` with a JSON snapshot of the offering before the batch (the imported columns the file
had, ``code``, ``import_batch_id``, ``deleted_at``, and when the file had those columns its start
dates and tuition price line). The broker's notes and tags are never in a snapshot.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence

import sqlite_utils

from broker_app.store.records import now_utc

CHUNK = 500
_START_COLUMNS = (
    "id", "offering_id", "start_date", "end_date", "location_id", "status", "created_at",
    "updated_at", "deleted_at",
)  # fmt: skip
_PRICE_COLUMNS = (
    "id", "offering_id", "kind", "description", "amount_cents", "vat", "created_at",
    "updated_at", "deleted_at",
)  # fmt: skip


def _chunks(items: Sequence[str]) -> list[Sequence[str]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


def _marks(chunk: Sequence[str]) -> str:
    return ", ".join("?" for _ in chunk)


def record_changes(
    db: sqlite_utils.Database,
    batch_id: str,
    inserted: Sequence[str],
    updated: Sequence[dict],
    owned: Collection[str],
    *,
    dates: bool,
    price: bool,
) -> None:
    """Write what the batch is about to change. Call BEFORE the updates, in their transaction.

    ``updated`` are the new values by column (with ``id``); a snapshot keeps only the columns
    whose value the batch changes (a re-import of the same file stores almost nothing), plus
    ``import_batch_id`` and ``deleted_at``.
    """
    db.conn.executemany(
        "INSERT INTO import_changes (batch_id, offering_id, action) VALUES (?, ?, 'inserted')",
        [(batch_id, oid) for oid in inserted],
    )
    if not updated:
        return
    columns = list(dict.fromkeys([*owned, "code", "import_batch_id", "deleted_at"]))
    kept = ("import_batch_id", "deleted_at")
    new_values = {v["id"]: v for v in updated}
    rows = []
    for chunk in _chunks(list(new_values)):
        snaps: dict[str, dict] = {}
        cursor = db.execute(
            f"SELECT id, {', '.join(columns)} FROM offerings WHERE id IN ({_marks(chunk)})",
            list(chunk),
        )
        for row in cursor.fetchall():
            fresh = new_values[row[0]]
            snaps[row[0]] = {
                "columns": {
                    c: v
                    for c, v in zip(columns, row[1:], strict=True)
                    if c in kept or fresh.get(c, v) != v
                }
            }
        for flag_on, key, table, cols, extra in (
            (dates, "start_dates", "start_dates", _START_COLUMNS, ""),
            (price, "price_lines", "price_lines", _PRICE_COLUMNS, " AND kind = 'lesgeld'"),
        ):
            if not flag_on:
                continue
            for snap in snaps.values():
                snap[key] = []
            cursor = db.execute(
                f"SELECT {', '.join(cols)} FROM {table} WHERE offering_id IN ({_marks(chunk)})"
                + extra,
                list(chunk),
            )
            for row in cursor.fetchall():
                snaps[row[1]][key].append(list(row))
        rows += [(batch_id, oid, json.dumps(snap)) for oid, snap in snaps.items()]
    db.conn.executemany(
        "INSERT INTO import_changes (batch_id, offering_id, action, previous) "
        "VALUES (?, ?, 'updated', ?)",
        rows,
    )


def list_batches(db: sqlite_utils.Database) -> list[dict]:
    """Every import batch, newest first, with ``recorded``: how many offerings its history
    holds (0 for batches written before the history was kept)."""
    return list(
        db.query(
            "SELECT b.*, (SELECT count(*) FROM import_changes c WHERE c.batch_id = b.id) "
            "AS recorded FROM import_batches b WHERE b.deleted_at IS NULL "
            "ORDER BY b.started_at DESC, b.id DESC"
        )
    )


def short_id(batch_id: str) -> str:
    """The last eight hex digits: ids are UUID v7, whose first digits are the time."""
    return batch_id.replace("-", "")[-8:].lower()


def find_batches(db: sqlite_utils.Database, wanted: str) -> list[dict]:
    """The batch with exactly this id, else those whose id ends with ``wanted`` (the short
    number a listing shows), case-insensitive."""
    key = wanted.strip().lower()
    if not key:
        return []
    batches = list_batches(db)
    exact = [b for b in batches if b["id"].lower() == key]
    if exact:
        return exact
    compact = key.replace("-", "")
    return [b for b in batches if b["id"].replace("-", "").lower().endswith(compact)]


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
    snapshot back (and their place in the index as they now stand). Notes and tags stay.
    """
    from broker_app.store.catalogue import _index_rows, _reindex  # catalogue imports this module

    now = now_utc()
    changes = db.execute(
        "SELECT c.offering_id, c.action, c.previous, o.num FROM import_changes c "
        "JOIN offerings o ON o.id = c.offering_id WHERE c.batch_id = ?",
        [batch_id],
    ).fetchall()
    removed = [(oid, num) for oid, action, _, num in changes if action == "inserted"]
    restored = [(oid, json.loads(prev), num) for oid, action, prev, num in changes if prev]
    db.conn.executemany(
        "UPDATE offerings SET deleted_at = ?, updated_at = ? WHERE id = ?",
        [(now, now, oid) for oid, _ in removed],
    )
    for oid, snap, _ in restored:
        values = dict(snap["columns"])
        values.update(updated_at=now, id=oid)
        assignments = ", ".join(f"{c} = :{c}" for c in values if c != "id")
        db.conn.execute(f"UPDATE offerings SET {assignments} WHERE id = :id", values)
        for key, table, cols, extra in (
            ("start_dates", "start_dates", _START_COLUMNS, ""),
            ("price_lines", "price_lines", _PRICE_COLUMNS, " AND kind = 'lesgeld'"),
        ):
            if key not in snap:
                continue
            db.conn.execute(f"DELETE FROM {table} WHERE offering_id = ?{extra}", [oid])
            db.conn.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({_marks(cols)})",
                snap[key],
            )
    nums = [num for _, num in removed] + [num for _, _, num in restored]
    fresh: list[tuple] = []
    restored_nums = [num for _, _, num in restored]
    for chunk in [restored_nums[i : i + CHUNK] for i in range(0, len(restored_nums), CHUNK)]:
        fresh += db.execute(
            "SELECT num, title, outcomes, keywords, description FROM offerings "
            f"WHERE deleted_at IS NULL AND num IN ({', '.join('?' for _ in chunk)})",
            chunk,
        ).fetchall()
    _reindex(db, nums, _index_rows(fresh))
    db.conn.execute(
        "UPDATE import_batches SET status = 'undone', updated_at = ? WHERE id = ?", [now, batch_id]
    )
    return len(removed), len(restored)
