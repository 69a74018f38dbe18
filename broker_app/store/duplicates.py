"""Likely duplicate offerings: the rows to compare, the broker's dismissals, and the merge."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import sqlite_utils

from broker_app.store import audit
from broker_app.store.catalogue import soft_delete_offering
from broker_app.store.records import from_json_list, now_utc, to_json_list
from broker_app.store.settings import get_setting, set_setting

NOT_DUPLICATES = "catalogue.not_duplicates"  # JSON list of [id, id] pairs, each sorted

# What the comparison needs of every live offering, ordered so one provider's come together.
_CANDIDATES = (
    "SELECT o.id, o.provider_id, o.title, o.city, o.level, o.delivery, o.schedule, "
    "o.qualification_code, o.continuous_intake FROM offerings o WHERE o.deleted_at IS NULL "
    "ORDER BY o.provider_id"
)


def candidate_rows(db: sqlite_utils.Database) -> Iterator[tuple]:
    """(id, provider_id, title, city, level, delivery, schedule, qualification_code,
    continuous_intake) of every
    live offering, grouped by provider (lists still as JSON text: decoded only when needed)."""
    cursor = db.execute(_CANDIDATES)
    while chunk := cursor.fetchmany(5000):
        yield from chunk


def pair_details(db: sqlite_utils.Database, ids: Sequence[str], today: str) -> dict[str, dict]:
    """What the dialog shows of each offering, by id (live or not)."""
    found: dict[str, dict] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        for row in db.query(
            "SELECT o.id, o.code, o.title, o.city, o.level, o.type, o.price_cents, o.schedule, "
            "o.delivery, o.qualification_code, o.continuous_intake, o.notes, o.tags, "
            "o.deleted_at, p.name AS provider, (SELECT min(s.start_date) FROM start_dates s "
            "WHERE s.offering_id = o.id AND s.deleted_at IS NULL AND s.start_date >= ?) "
            "AS next_start FROM offerings o JOIN providers p ON p.id = o.provider_id "
            f"WHERE o.id IN ({marks})",
            [today, *chunk],
        ):
            for key in ("schedule", "delivery", "tags"):
                row[key] = from_json_list(row[key])
            found[row["id"]] = row
    return found


def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def dismissed_pairs(db: sqlite_utils.Database) -> set[tuple[str, str]]:
    """The pairs the broker said are not duplicates ("Geen dubbel")."""
    stored = get_setting(db, NOT_DUPLICATES, []) or []
    pairs = set()
    for item in stored if isinstance(stored, list) else []:
        if isinstance(item, list) and len(item) == 2 and all(isinstance(i, str) for i in item):
            pairs.add(pair_key(item[0], item[1]))
    return pairs


def dismiss_pair(db: sqlite_utils.Database, a: str, b: str) -> None:
    pairs = dismissed_pairs(db)
    pairs.add(pair_key(a, b))
    set_setting(db, NOT_DUPLICATES, [list(p) for p in sorted(pairs)])


def _merged_notes(kept: str | None, removed: str | None) -> str | None:
    parts = [n.strip() for n in (kept, removed) if n and n.strip()]
    if len(parts) == 2 and parts[1] in parts[0]:
        parts = parts[:1]  # merged before, or the same words: not twice
    return "\n\n".join(parts) or None


def merge_offerings(db: sqlite_utils.Database, keep_id: str, remove_id: str) -> int:
    """Fold ``remove_id`` into ``keep_id``; the caller holds the transaction.

    - the broker's notes are put together (kept first, then the removed one's), tags united;
    - lines of concept proposals that name the removed offering now name the kept one (title
      and price per participant as the kept offering has them; participants, discounts and the
      VAT decision stay). A concept that already has the kept offering loses the removed one's
      line instead (no line twice). Sent versions are frozen snapshots: never touched;
    - the removed offering is soft-deleted and leaves the search index, and remembers the kept
      one (``merged_into``): an import that has its provider and code again skips that row;
    - dismissals that name the removed offering are dropped (it is gone).

    Returns how many concept lines were repointed or folded. Raises KeyError when either
    offering is not live, ValueError when they are the same.
    """
    if keep_id == remove_id:
        raise ValueError("an offering cannot be merged with itself")
    rows = {
        r["id"]: r
        for r in db.query(
            "SELECT id, title, price_cents, notes, tags FROM offerings "
            "WHERE id IN (?, ?) AND deleted_at IS NULL",
            [keep_id, remove_id],
        )
    }
    for wanted in (keep_id, remove_id):
        if wanted not in rows:
            raise KeyError(wanted)
    kept, removed = rows[keep_id], rows[remove_id]
    tags = list(dict.fromkeys(from_json_list(kept["tags"]) + from_json_list(removed["tags"])))
    now = now_utc()
    db.conn.execute(
        "UPDATE offerings SET notes = ?, tags = ?, updated_at = ? WHERE id = ?",
        (_merged_notes(kept["notes"], removed["notes"]), to_json_list(tags), now, keep_id),
    )
    concept_lines = db.execute(
        "SELECT l.id, l.version_id, EXISTS (SELECT 1 FROM proposal_lines k WHERE "
        "k.version_id = l.version_id AND k.offering_id = ? AND k.deleted_at IS NULL) "
        "FROM proposal_lines l JOIN proposal_versions v ON v.id = l.version_id "
        "WHERE l.offering_id = ? AND l.deleted_at IS NULL AND v.status = 'concept' "
        "AND v.deleted_at IS NULL",
        [keep_id, remove_id],
    ).fetchall()
    for line_id, _version_id, has_kept in concept_lines:
        if has_kept:
            db.conn.execute(
                "UPDATE proposal_lines SET deleted_at = ?, updated_at = ? WHERE id = ?",
                (now, now, line_id),
            )
        else:
            db.conn.execute(
                "UPDATE proposal_lines SET offering_id = ?, title = ?, price_cents = ?, "
                "updated_at = ? WHERE id = ?",
                (keep_id, kept["title"], kept["price_cents"], now, line_id),
            )
    with audit.paused(db):  # the merge's own entry below tells it
        soft_delete_offering(db, remove_id)
    # remembered, so that an import of the removed (provider, code) does not bring it back;
    # what was merged into the removed one before now leads to the kept one
    db.conn.execute(
        "UPDATE offerings SET merged_into = ? WHERE id = ? OR merged_into = ?",
        (keep_id, remove_id, remove_id),
    )
    pairs = dismissed_pairs(db)
    if any(remove_id in p for p in pairs):
        set_setting(db, NOT_DUPLICATES, [list(p) for p in sorted(pairs) if remove_id not in p])
    audit.record(db, "merge", "offerings", keep_id,
                 {"removed": remove_id, "concept_lines": len(concept_lines)})  # fmt: skip
    return len(concept_lines)
