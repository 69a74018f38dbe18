"""Catalogue tables: providers, offerings, start dates, price lines, import batches, search."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import sqlite_utils

from broker_app.domain.models import OfferingRecord
from broker_app.domain.vocab import LEVELS
from broker_app.store.records import flag, from_json_list, new_id, now_utc, to_json

# Columns an import owns; anything else on the row (notes, tags, verification) is the broker's.
_IMPORTED = (
    "title",
    "type",
    "level",
    "sector",
    "description",
    "outcomes",
    "keywords",
    "qualification_code",
    "hours",
    "ec",
    "duration_weeks",
    "delivery",
    "schedule",
    "city",
    "price_cents",
    "vat",
    "continuous_intake",
    "credential",
    "min_participants",
    "max_participants",
    "language",
    "url",
    "import_batch_id",
)

# Levels sort by their NLQF number (mbo-1 .. master), not alphabetically by code.
_LEVEL_RANK = "CASE o.level {} END".format(
    " ".join(f"WHEN '{t.code}' THEN {t.rank}" for t in LEVELS.terms if t.rank is not None)
)

SORTABLE = {
    "title": "o.title COLLATE NOCASE",
    "provider": "p.name COLLATE NOCASE",
    "type": "o.type",
    "level": _LEVEL_RANK,
    "sector": "o.sector",
    "city": "o.city COLLATE NOCASE",
    "price": "o.price_cents",
    "hours": "o.hours",
    "next_start": "next_start",
    "code": "o.code COLLATE NOCASE",
}

_NEXT_START = (
    "(SELECT min(s.start_date) FROM start_dates s WHERE s.offering_id = o.id "
    "AND s.deleted_at IS NULL AND s.start_date >= :today)"
)


@dataclass
class OfferingFilter:
    """What the catalogue page and the search command narrow the list by."""

    terms: list[str] = field(default_factory=list)  # analysed query terms (stems)
    any_term: bool = False  # OR instead of AND between the terms
    types: Sequence[str] = ()
    levels: Sequence[str] = ()
    sectors: Sequence[str] = ()
    today: str = field(default_factory=lambda: date.today().isoformat())


def fts_expression(terms: Sequence[str], any_term: bool = False) -> str:
    """An FTS5 MATCH expression of prefix queries; terms are quoted so no syntax leaks in."""
    quoted = [f'"{t.replace(chr(34), "")}"*' for t in terms if t.replace('"', "")]
    return (" OR " if any_term else " ").join(quoted)


def _provider_row(rec: OfferingRecord, now: str) -> dict:
    return {
        "id": new_id(),
        "name": rec.provider.strip(),
        "name_key": rec.provider.strip().casefold(),
        "kind": rec.provider_kind,
        "crkbo": flag(rec.crkbo),
        "funded": flag(rec.funded),
        "created_at": now,
        "updated_at": now,
    }


def _ensure_providers(
    db: sqlite_utils.Database, records: Sequence[OfferingRecord], now: str
) -> dict[str, str]:
    """Provider ids by name key; new providers are created, known facts updated."""
    ids = {r["name_key"]: r["id"] for r in db.query("SELECT id, name_key FROM providers")}
    facts: dict[str, OfferingRecord] = {}
    for rec in records:
        facts[rec.provider.strip().casefold()] = rec
    for key, rec in facts.items():
        if key not in ids:
            row = _provider_row(rec, now)
            db.conn.execute(
                "INSERT INTO providers (id, name, name_key, kind, crkbo, funded, created_at, "
                "updated_at) VALUES (:id, :name, :name_key, :kind, :crkbo, :funded, :created_at, "
                ":updated_at)",
                row,
            )
            ids[key] = row["id"]
        else:
            db.conn.execute(
                "UPDATE providers SET kind = coalesce(:kind, kind), "
                "crkbo = coalesce(:crkbo, crkbo),"
                " funded = coalesce(:funded, funded), updated_at = :now, deleted_at = NULL "
                "WHERE id = :id",
                {
                    "kind": rec.provider_kind,
                    "crkbo": flag(rec.crkbo),
                    "funded": flag(rec.funded),
                    "now": now,
                    "id": ids[key],
                },
            )
    return ids


def existing_offering_ids(
    db: sqlite_utils.Database, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], str]:
    """Offering ids by (provider name key, code key) for the keys that exist already."""
    wanted = set(keys)
    found: dict[tuple[str, str], str] = {}
    for row in db.query(
        "SELECT o.id, p.name_key, o.code_key FROM offerings o JOIN providers p "
        "ON p.id = o.provider_id"
    ):
        key = (row["name_key"], row["code_key"])
        if key in wanted:
            found[key] = row["id"]
    return found


def _offering_values(rec: OfferingRecord, batch_id: str | None) -> dict:
    return {
        "title": rec.title,
        "type": rec.type,
        "level": rec.level,
        "sector": rec.sector,
        "description": rec.description,
        "outcomes": to_json(rec.outcomes),
        "keywords": to_json(rec.keywords),
        "qualification_code": rec.qualification_code,
        "hours": rec.hours,
        "ec": float(rec.ec) if rec.ec is not None else None,
        "duration_weeks": rec.duration_weeks,
        "delivery": to_json(rec.delivery),
        "schedule": to_json(rec.schedule),
        "city": rec.city,
        "price_cents": rec.price_cents,
        "vat": rec.vat,
        "continuous_intake": int(rec.continuous_intake),
        "credential": rec.credential,
        "min_participants": rec.min_participants,
        "max_participants": rec.max_participants,
        "language": rec.language,
        "url": rec.url,
        "import_batch_id": batch_id,
    }


def upsert_offerings(
    db: sqlite_utils.Database, records: Sequence[OfferingRecord], batch_id: str | None = None
) -> tuple[int, int]:
    """Insert new offerings and update known ones in place; returns (inserted, updated).

    The caller holds the transaction. Notes, tags and verification dates stay as the broker left
    them; start dates and the tuition price line are replaced by what the file says.
    """
    now = now_utc()
    provider_ids = _ensure_providers(db, records, now)
    known = existing_offering_ids(db, [r.key for r in records])
    inserts: list[dict] = []
    updates: list[dict] = []
    ids: list[tuple[str, OfferingRecord]] = []
    for rec in records:
        values = _offering_values(rec, batch_id)
        values["updated_at"] = now
        existing = known.get(rec.key)
        if existing:
            values["id"] = existing
            values["code"] = rec.code
            updates.append(values)
        else:
            values.update(
                id=new_id(),
                provider_id=provider_ids[rec.key[0]],
                code=rec.code,
                code_key=rec.key[1],
                created_at=now,
            )
            known[rec.key] = values["id"]
            inserts.append(values)
        ids.append((values["id"], rec))
    if inserts:
        cols = list(inserts[0])
        db.conn.executemany(
            f"INSERT INTO offerings ({', '.join(cols)}) "
            f"VALUES ({', '.join(':' + c for c in cols)})",
            inserts,
        )
    if updates:
        assignments = ", ".join(f"{c} = :{c}" for c in (*_IMPORTED, "code", "updated_at"))
        db.conn.executemany(
            f"UPDATE offerings SET {assignments}, deleted_at = NULL WHERE id = :id", updates
        )
        db.conn.executemany(
            "DELETE FROM start_dates WHERE offering_id = ?", [(u["id"],) for u in updates]
        )
        db.conn.executemany(
            "DELETE FROM price_lines WHERE offering_id = ? AND kind = 'lesgeld'",
            [(u["id"],) for u in updates],
        )
    db.conn.executemany(
        "INSERT INTO start_dates (id, offering_id, start_date, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(new_id(), oid, d.isoformat(), now, now) for oid, rec in ids for d in rec.start_dates],
    )
    db.conn.executemany(
        "INSERT INTO price_lines (id, offering_id, kind, amount_cents, vat, created_at, updated_at)"
        " VALUES (?, ?, 'lesgeld', ?, ?, ?, ?)",
        [
            (new_id(), oid, rec.price_cents, rec.vat, now, now)
            for oid, rec in ids
            if rec.price_cents is not None
        ],
    )
    return len(inserts), len(updates)


def record_import_batch(
    db: sqlite_utils.Database,
    *,
    batch_id: str,
    file_name: str,
    fmt: str,
    started_at: str,
    status: str,
    total: int,
    inserted: int,
    updated: int,
    skipped: int,
    messages: list[str],
) -> None:
    now = now_utc()
    db.conn.execute(
        "INSERT INTO import_batches (id, file_name, format, started_at, finished_at, status, "
        "rows_total, rows_inserted, rows_updated, rows_skipped, messages, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            batch_id,
            file_name,
            fmt,
            started_at,
            now,
            status,
            total,
            inserted,
            updated,
            skipped,
            to_json(messages),
            now,
            now,
        ),
    )


def import_batches(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT * FROM import_batches ORDER BY started_at DESC"))


def _where(f: OfferingFilter) -> tuple[str, str, dict]:
    """(join, where, params) for a filter; the MATCH is a sub-select, facets stay outside it."""
    params: dict[str, object] = {"today": f.today}
    clauses = ["o.deleted_at IS NULL"]
    join = ""
    expression = fts_expression(f.terms, f.any_term)
    if expression:
        join = (
            "JOIN (SELECT rowid AS num, bm25(offering_search, 10.0, 4.0, 3.0, 1.0) AS rank "
            "FROM offering_search WHERE offering_search MATCH :match) m ON m.num = o.num"
        )
        params["match"] = expression
    for column, values in (("type", f.types), ("level", f.levels)):
        if values:
            names = [f"{column}{i}" for i in range(len(values))]
            clauses.append(f"o.{column} IN ({', '.join(':' + n for n in names)})")
            params.update(zip(names, values, strict=True))
    if f.sectors:
        names = [f"sector{i}" for i in range(len(f.sectors))]
        clauses.append(f"lower(o.sector) IN ({', '.join(':' + n for n in names)})")
        params.update(zip(names, [s.lower() for s in f.sectors], strict=True))
    return join, " AND ".join(clauses), params


_LIST_COLUMNS = (
    "o.id, o.code, o.title, o.type, o.level, o.sector, o.city, o.price_cents, o.vat, o.hours, "
    "o.ec, o.delivery, o.credential, o.continuous_intake, p.name AS provider"
)


def count_offerings(db: sqlite_utils.Database, f: OfferingFilter) -> int:
    join, where, params = _where(f)
    sql = f"SELECT count(*) FROM offerings o {join} WHERE {where}"
    return db.execute(sql, params).fetchone()[0]


def list_offerings(
    db: sqlite_utils.Database,
    f: OfferingFilter,
    *,
    order_by: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[dict]:
    """One page of the catalogue, ordered by relevance when searching, else by title."""
    join, where, params = _where(f)
    if order_by in SORTABLE:
        # Unknown values (no price, no start date) go last in either direction.
        expression = SORTABLE[order_by]
        direction = "DESC" if descending else "ASC"
        order = f"({expression}) IS NULL, {expression} {direction}, o.num"
    elif join:
        order = "m.rank, o.num"
    else:
        order = "o.title COLLATE NOCASE, o.num"
    rank = ", m.rank AS rank" if join else ", NULL AS rank"
    sql = (
        f"SELECT {_LIST_COLUMNS}{rank}, {_NEXT_START} AS next_start FROM offerings o "
        f"JOIN providers p ON p.id = o.provider_id {join} WHERE {where} "
        f"ORDER BY {order} LIMIT :limit OFFSET :offset"
    )
    params.update(limit=limit, offset=offset)
    return [_decode(row) for row in db.query(sql, params)]


def _decode(row: dict) -> dict:
    for key in ("delivery", "schedule", "outcomes", "keywords", "tags"):
        if key in row:
            row[key] = from_json_list(row[key])
    if "continuous_intake" in row:
        row["continuous_intake"] = bool(row["continuous_intake"])
    return row


def get_offering(db: sqlite_utils.Database, offering_id: str) -> dict | None:
    rows = list(
        db.query(
            "SELECT o.*, p.name AS provider, p.kind AS provider_kind, p.crkbo, p.funded "
            "FROM offerings o JOIN providers p ON p.id = o.provider_id WHERE o.id = ?",
            [offering_id],
        )
    )
    if not rows:
        return None
    row = _decode(rows[0])
    row["start_dates"] = [
        r["start_date"]
        for r in db.query(
            "SELECT start_date FROM start_dates WHERE offering_id = ? AND deleted_at IS NULL "
            "ORDER BY start_date",
            [offering_id],
        )
    ]
    return row


def export_rows(db: sqlite_utils.Database) -> Iterator[dict]:
    """Every live offering with its provider facts and start dates, in a stable order."""
    dates: dict[str, list[str]] = {}
    for r in db.query(
        "SELECT offering_id, start_date FROM start_dates WHERE deleted_at IS NULL "
        "ORDER BY start_date"
    ):
        dates.setdefault(r["offering_id"], []).append(r["start_date"])
    sql = (
        "SELECT o.*, p.name AS provider, p.kind AS provider_kind, p.crkbo, p.funded "
        "FROM offerings o JOIN providers p ON p.id = o.provider_id WHERE o.deleted_at IS NULL "
        "ORDER BY p.name_key, o.code_key"
    )
    for row in db.query(sql):
        row = _decode(row)
        row["start_dates"] = dates.get(row["id"], [])
        row["ec"] = Decimal(str(row["ec"])) if row["ec"] is not None else None
        yield row


def set_offering_notes(
    db: sqlite_utils.Database, offering_id: str, notes: str | None, tags: list[str] | None = None
) -> None:
    now = now_utc()
    db.conn.execute(
        "UPDATE offerings SET notes = ?, tags = coalesce(?, tags), updated_at = ? WHERE id = ?",
        (notes, json.dumps(tags) if tags is not None else None, now, offering_id),
    )


def soft_delete_offering(db: sqlite_utils.Database, offering_id: str) -> None:
    now = now_utc()
    db.conn.execute(
        "UPDATE offerings SET deleted_at = ?, updated_at = ? WHERE id = ?", (now, now, offering_id)
    )


def search_index_count(db: sqlite_utils.Database) -> tuple[int, int]:
    """(rows in the search index, live offerings): equal when the index is in step."""
    indexed = db.execute("SELECT count(*) FROM offering_search").fetchone()[0]
    live = db.execute("SELECT count(*) FROM offerings WHERE deleted_at IS NULL").fetchone()[0]
    return indexed, live


def rebuild_search_index(db: sqlite_utils.Database) -> None:
    with db.atomic():
        db.conn.execute("DELETE FROM offering_search")
        db.conn.execute(
            "INSERT INTO offering_search (rowid, title, outcomes, keywords, description) "
            "SELECT num, broker_search_text(title), broker_search_text(outcomes), "
            "broker_search_text(keywords), broker_search_text(description) FROM offerings "
            "WHERE deleted_at IS NULL"
        )


def table_counts(db: sqlite_utils.Database, tables: Sequence[str]) -> dict[str, int]:
    counts = {}
    for table in tables:
        sql = f"SELECT count(*) FROM [{table}]"
        if "deleted_at" in db[table].columns_dict:
            sql += " WHERE deleted_at IS NULL"
        counts[table] = db.execute(sql).fetchone()[0]
    return counts


def finish_import_batch(
    db: sqlite_utils.Database, batch_id: str, *, inserted: int, updated: int
) -> None:
    db.conn.execute(
        "UPDATE import_batches SET rows_inserted = ?, rows_updated = ?, finished_at = ?, "
        "updated_at = ? WHERE id = ?",
        (inserted, updated, now_utc(), now_utc(), batch_id),
    )
