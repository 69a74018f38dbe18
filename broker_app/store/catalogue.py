"""Catalogue tables: providers, offerings, start dates, price lines, import batches, search."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

import sqlite_utils

from broker_app.domain.models import OfferingRecord
from broker_app.domain.text import index_text
from broker_app.domain.vocab import LEVELS
from broker_app.store import audit, import_history
from broker_app.store.records import flag, from_json_list, new_id, now_utc, to_json_list
from broker_app.store.settings import get_setting, set_setting

# Columns an import owns; anything else on the row (notes, tags, verification) is the broker's.
# The offering columns an import owns, each with the file columns that set it. A file without
# a column leaves what the catalogue knows of it alone; everything else on the row (notes, tags,
# verification) is the broker's and no import touches it.
_IMPORTED: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "type": ("type",),
    "level": ("level",),
    "sector": ("sector",),
    "description": ("description",),
    "outcomes": ("outcomes",),
    "keywords": ("keywords",),
    "qualification_code": ("qualification_code",),
    "hours": ("hours", "ec"),  # hours = ec x 28 when only ec is given
    "ec": ("ec",),
    "duration_weeks": ("duration_weeks",),
    "delivery": ("delivery",),
    "schedule": ("schedule",),
    "city": ("city",),
    "price_cents": ("price",),
    "vat": ("vat",),
    "continuous_intake": ("start_dates",),
    "credential": ("credential",),
    "min_participants": ("min_participants",),
    "max_participants": ("max_participants",),
    "language": ("language",),
    "url": ("url",),
}

# Levels sort by their NLQF number (mbo-1 .. master), not alphabetically by code.
_LEVEL_RANK = "CASE o.level {} END".format(
    " ".join(f"WHEN '{t.code}' THEN {t.rank}" for t in LEVELS.terms if t.rank is not None)
)

_NEXT_START = (
    "(SELECT min(s.start_date) FROM start_dates s WHERE s.offering_id = o.id "
    "AND s.deleted_at IS NULL AND s.start_date >= :today)"
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
    "next_start": _NEXT_START,
    "code": "o.code COLLATE NOCASE",
}


@dataclass
class OfferingFilter:
    """What the catalogue page and the search command narrow the list by."""

    terms: list[str] = field(default_factory=list)  # analysed query terms (stems)
    any_term: bool = False  # OR instead of AND between the terms
    types: Sequence[str] = ()
    levels: Sequence[str] = ()
    sectors: Sequence[str] = ()
    today: str = field(default_factory=lambda: date.today().isoformat())
    deliveries: Sequence[str] = ()  # any of these delivery codes
    credentials: Sequence[str] = ()
    providers: Sequence[str] = ()  # provider ids
    city: str | None = None  # the place, case-insensitive
    price_min: int | None = None  # cents, per participant; offerings without a price drop out
    price_max: int | None = None
    start_from: str | None = None  # ISO dates: a start date in the window, or continuous intake
    start_to: str | None = None
    ids: Sequence[str] = ()  # exactly these offerings (to show one asked for by id)

    @property
    def faceted(self) -> bool:
        """True when anything but the search words narrows the list."""
        return bool(
            self.types or self.levels or self.sectors or self.deliveries or self.credentials
            or self.providers or self.city or self.ids or self.price_min is not None
            or self.price_max is not None or self.start_from or self.start_to
        )  # fmt: skip


# The checkable facets: OfferingFilter field -> the value each offering has for it.
FACETS = ("types", "levels", "sectors", "deliveries", "credentials", "providers")


def fts_expression(
    terms: Sequence[str], any_term: bool = False, columns: Sequence[str] = ()
) -> str:
    """An FTS5 MATCH expression of prefix queries; terms are quoted so no syntax leaks in.

    ``columns`` restricts the match to those columns (``{title outcomes} : (...)``).
    """
    cleaned = [t.replace('"', "") for t in terms]
    # A prefix of one or two letters ("e" of e-learning) would match half the catalogue.
    quoted = [f'"{t}"*' if len(t) >= MIN_PREFIX else f'"{t}"' for t in cleaned if t]
    if not quoted:
        return ""
    expression = (" OR " if any_term else " ").join(quoted)
    if columns:
        return f"{{{' '.join(columns)}}} : ({expression})"
    return expression


SEARCH_WEIGHTS = "10.0, 4.0, 3.0, 1.0"  # bm25 weights: title, outcomes, keywords, description
MIN_PREFIX = 3


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


def existing_offerings(
    db: sqlite_utils.Database, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], tuple[str, int]]:
    """(id, num) by (provider name key, code key) for the keys that exist already."""
    wanted = set(keys)
    found: dict[tuple[str, str], tuple[str, int]] = {}
    for offering_id, num, name_key, code_key in db.execute(
        "SELECT o.id, o.num, p.name_key, o.code_key FROM offerings o JOIN providers p "
        "ON p.id = o.provider_id"
    ):
        if (name_key, code_key) in wanted:
            found[(name_key, code_key)] = (offering_id, num)
    return found


def merged_offerings(
    db: sqlite_utils.Database, keys: Collection[tuple[str, str]]
) -> dict[tuple[str, str], dict]:
    """For the keys whose offering the broker merged into another one that is still live: the
    survivor (``id``, ``code``, ``title``, ``provider``), by (provider name key, code key).

    A merge chain (A into B, later B into C) leads to the last one; a key whose survivor is gone
    (deleted since) is left out, so that the import brings it back as usual.
    """
    wanted = set(keys)
    merged = {
        (name_key, code_key): (oid, into)
        for oid, into, name_key, code_key in db.execute(
            "SELECT o.id, o.merged_into, p.name_key, o.code_key FROM offerings o "
            "JOIN providers p ON p.id = o.provider_id WHERE o.merged_into IS NOT NULL"
        )
        if (name_key, code_key) in wanted
    }
    found: dict[tuple[str, str], dict] = {}
    for key, (_, into) in merged.items():
        seen: set[str] = set()
        while into is not None and into not in seen:
            seen.add(into)
            row = db.execute(
                "SELECT o.id, o.code, o.title, o.merged_into, o.deleted_at, p.name "
                "FROM offerings o JOIN providers p ON p.id = o.provider_id WHERE o.id = ?",
                [into],
            ).fetchone()
            if row is None:
                break
            if row[4] is None:
                found[key] = {"id": row[0], "code": row[1], "title": row[2], "provider": row[5]}
                break
            into = row[3]
    return found


def _offering_values(rec: OfferingRecord, batch_id: str | None) -> dict:
    return {
        "title": rec.title,
        "type": rec.type,
        "level": rec.level,
        "sector": rec.sector,
        "description": rec.description,
        "outcomes": to_json_list(rec.outcomes),
        "keywords": to_json_list(rec.keywords),
        "qualification_code": rec.qualification_code,
        "hours": rec.hours,
        "ec": float(rec.ec) if rec.ec is not None else None,
        "duration_weeks": rec.duration_weeks,
        "delivery": to_json_list(rec.delivery),
        "schedule": to_json_list(rec.schedule),
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


def _index_rows(rows: Iterable[tuple[int, str, str, str, str | None]]) -> list[tuple]:
    """Search-index rows: (num, title, outcomes, keywords, description) analysed for FTS."""
    return [
        (num, index_text(title), index_text(outcomes), index_text(keywords),
         index_text(description))
        for num, title, outcomes, keywords, description in rows
    ]  # fmt: skip


INDEX_VERSION = "catalogue.index_version"  # changes with every write to the search index


def index_version(db: sqlite_utils.Database) -> object:
    return get_setting(db, INDEX_VERSION)


def _reindex(db: sqlite_utils.Database, nums: Sequence[int], fresh: list[tuple]) -> None:
    """Keep the search index in step: drop the old entries of ``nums``, add ``fresh`` ones.

    Every function here that changes an indexed column of `offerings` (title, outcomes,
    keywords, description, deleted_at) calls this in the same transaction.
    """
    set_setting(db, INDEX_VERSION, new_id())  # readers that cache the vocabulary look here
    if nums:
        db.conn.executemany("DELETE FROM offering_search WHERE rowid = ?", [(n,) for n in nums])
    if fresh:
        db.conn.executemany(
            "INSERT INTO offering_search (rowid, title, outcomes, keywords, description) "
            "VALUES (?, ?, ?, ?, ?)",
            fresh,
        )


_TEXT_COLUMNS = ("title", "outcomes", "keywords", "description")


def _indexed_values(
    db: sqlite_utils.Database, inserts: list[dict], updates: list[dict], owned: Collection[str]
) -> list[tuple]:
    """(num, title, outcomes, keywords, description) of the written rows, as they now stand:
    an update from a file without a text column keeps the catalogue's text."""
    rows = [(v["num"], *(v[c] for c in _TEXT_COLUMNS)) for v in inserts]
    if updates and not all(c in owned for c in _TEXT_COLUMNS):
        nums = [u["num"] for u in updates]
        for start in range(0, len(nums), 500):
            chunk = nums[start : start + 500]
            rows += db.execute(
                f"SELECT num, {', '.join(_TEXT_COLUMNS)} FROM offerings "
                f"WHERE num IN ({', '.join('?' for _ in chunk)})",
                chunk,
            ).fetchall()
    else:
        rows += [(v["num"], *(v[c] for c in _TEXT_COLUMNS)) for v in updates]
    return rows


@dataclass
class _Before:
    """An offering as the catalogue has it before an import writes it."""

    row: dict  # the owned columns, code, import_batch_id, deleted_at
    start_dates: list[tuple] = field(default_factory=list)  # raw rows (START_COLUMNS)
    price_lines: list[tuple] = field(default_factory=list)  # raw tuition lines (PRICE_COLUMNS)


def _before(
    db: sqlite_utils.Database, ids: Sequence[str], columns: Sequence[str], dates: bool, price: bool
) -> dict[str, _Before]:
    """What the import compares against, read in chunks of 500 ids."""
    found: dict[str, _Before] = {}
    start_cols = ", ".join(import_history.START_COLUMNS)
    price_cols = ", ".join(import_history.PRICE_COLUMNS)
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        for row in db.execute(
            f"SELECT id, {', '.join(columns)} FROM offerings WHERE id IN ({marks})", chunk
        ):
            found[row[0]] = _Before(dict(zip(columns, row[1:], strict=True)))
        if dates:
            for row in db.execute(
                f"SELECT {start_cols} FROM start_dates WHERE offering_id IN ({marks})", chunk
            ):
                found[row[1]].start_dates.append(row)
        if price:
            for row in db.execute(
                f"SELECT {price_cols} FROM price_lines WHERE offering_id IN ({marks}) "
                "AND kind = 'lesgeld'",
                chunk,
            ):
                found[row[1]].price_lines.append(row)
    return found


def _same_dates(rows: list[tuple], rec: OfferingRecord) -> bool:
    """The start-date rows are exactly what the import would write (plain, live dates)."""
    if any(r[3] is not None or r[4] is not None or r[5] is not None or r[8] is not None
           for r in rows):  # fmt: skip
        return False
    return sorted(r[2] for r in rows) == sorted(d.isoformat() for d in rec.start_dates)


def _same_price(rows: list[tuple], rec: OfferingRecord) -> bool:
    """The tuition line is exactly what the import would write."""
    if any(r[3] is not None or r[8] is not None for r in rows):
        return False
    wanted = [] if rec.price_cents is None else [(rec.price_cents, rec.vat)]
    return [(r[4], r[5]) for r in rows] == wanted


def upsert_offerings(
    db: sqlite_utils.Database,
    records: Sequence[OfferingRecord],
    batch_id: str | None = None,
    columns: Collection[str] | None = None,
) -> tuple[int, int, int]:
    """Insert new offerings and update known ones in place; returns (inserted, updated,
    unchanged).

    The caller holds the transaction. ``columns`` are the file's columns (None: all of them):
    an update sets only what the file has a column for. Notes, tags and verification dates stay
    as the broker left them; start dates and the tuition price line are replaced when the file
    has those columns and gives other ones.

    A known offering the file has exactly as the catalogue has it is not rewritten (nor
    re-indexed): the batch only takes it over (``import_batch_id``) and, with a price column,
    states its unchanged price again (the price line's ``created_at``). ``updated`` counts the
    known offerings the file changes, ``unchanged`` those it has exactly as they are.
    """
    present = set(columns) if columns is not None else {c for cs in _IMPORTED.values() for c in cs}
    owned = [c for c, sources in _IMPORTED.items() if present & set(sources)]
    dates, price = "start_dates" in present, "price" in present
    now = now_utc()
    provider_ids = _ensure_providers(db, records, now)
    known = existing_offerings(db, [r.key for r in records])
    next_num = db.execute("SELECT coalesce(max(num), 0) + 1 FROM offerings").fetchone()[0]
    inserts: list[dict] = []
    fresh: list[tuple[str, OfferingRecord]] = []
    updates: list[tuple[dict, OfferingRecord]] = []
    for rec in records:
        values = _offering_values(rec, batch_id)
        values["updated_at"] = now
        values["code"] = rec.code
        if rec.key in known:
            values["id"], values["num"] = known[rec.key]
            updates.append((values, rec))
        else:
            values.update(
                id=new_id(),
                num=next_num,
                provider_id=provider_ids[rec.key[0]],
                code_key=rec.key[1],
                created_at=now,
            )
            next_num += 1
            known[rec.key] = (values["id"], values["num"])
            inserts.append(values)
            fresh.append((values["id"], rec))

    compared = list(dict.fromkeys([*owned, "code", "import_batch_id", "deleted_at", "merged_into"]))
    before = _before(db, [v["id"] for v, _ in updates], compared, dates, price)
    changed: list[dict] = []  # rewritten rows
    snapshots: list[tuple[str, dict]] = []
    kept: list[tuple[str, str | None, str | None]] = []
    reindexed: list[dict] = []
    new_dates = list(fresh)  # (id, record) whose start dates are written
    new_prices = list(fresh)  # (id, record) whose tuition price line is written
    restamped: list[str] = []
    for values, rec in updates:
        old = before[values["id"]]
        differ = {
            c: old.row[c] for c in (*owned, "code") if values[c] != old.row[c]
        }  # fmt: skip
        revived = old.row["deleted_at"] is not None
        dates_differ = dates and not _same_dates(old.start_dates, rec)
        price_differs = price and not _same_price(old.price_lines, rec)
        price_at = (
            old.price_lines[0][6] if price and not price_differs and old.price_lines else None
        )
        if price_at is not None:
            restamped.append(values["id"])
        if not (differ or revived or dates_differ or price_differs):
            kept.append((values["id"], old.row["import_batch_id"], price_at))
            continue
        snap: dict = {
            "columns": {
                **differ,
                "import_batch_id": old.row["import_batch_id"],
                "deleted_at": old.row["deleted_at"],
            }
        }
        if old.row["merged_into"] is not None:  # revived although merged: its survivor is gone
            snap["columns"]["merged_into"] = old.row["merged_into"]
        if dates_differ:
            snap["start_dates"] = [list(r) for r in old.start_dates]
            new_dates.append((values["id"], rec))
        if price_differs:
            snap["price_lines"] = [list(r) for r in old.price_lines]
            new_prices.append((values["id"], rec))
        if price_at is not None:
            snap["price_at"] = price_at
        snapshots.append((values["id"], snap))
        changed.append(values)
        if revived or any(c in differ for c in _TEXT_COLUMNS):
            reindexed.append(values)

    if batch_id is not None:  # what the batch changes, so that it can be undone
        import_history.record_changes(db, batch_id, [v["id"] for v in inserts], snapshots, kept)
    if inserts:
        cols = list(inserts[0])
        db.conn.executemany(
            f"INSERT INTO offerings ({', '.join(cols)}) "
            f"VALUES ({', '.join(':' + c for c in cols)})",
            inserts,
        )
    if changed:
        fields = (*owned, "code", "import_batch_id", "updated_at")
        assignments = ", ".join(f"{c} = :{c}" for c in fields)
        db.conn.executemany(
            f"UPDATE offerings SET {assignments}, deleted_at = NULL, merged_into = NULL "
            "WHERE id = :id",
            changed,
        )
    db.conn.executemany(
        "UPDATE offerings SET import_batch_id = ? WHERE id = ?",
        [(batch_id, oid) for oid, _, _ in kept],
    )
    db.conn.executemany(
        "DELETE FROM start_dates WHERE offering_id = ?",
        [(oid,) for oid, _ in new_dates[len(fresh) :]],
    )
    db.conn.executemany(
        "DELETE FROM price_lines WHERE offering_id = ? AND kind = 'lesgeld'",
        [(oid,) for oid, _ in new_prices[len(fresh) :]],
    )
    db.conn.executemany(
        "UPDATE price_lines SET created_at = ?, updated_at = ? "
        "WHERE offering_id = ? AND kind = 'lesgeld'",
        [(now, now, oid) for oid in restamped],
    )
    if reindexed:
        _reindex(db, [v["num"] for v in reindexed], [])
    if inserts or reindexed:
        _reindex(db, [], _index_rows(_indexed_values(db, inserts, reindexed, owned)))
    db.conn.executemany(
        "INSERT INTO start_dates (id, offering_id, start_date, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (new_id(), oid, d.isoformat(), now, now)
            for oid, rec in new_dates
            for d in rec.start_dates
        ],
    )
    db.conn.executemany(
        "INSERT INTO price_lines (id, offering_id, kind, amount_cents, vat, created_at, updated_at)"
        " VALUES (?, ?, 'lesgeld', ?, ?, ?, ?)",
        [
            (new_id(), oid, rec.price_cents, rec.vat, now, now)
            for oid, rec in new_prices
            if rec.price_cents is not None
        ],
    )
    return len(inserts), len(changed), len(kept)


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
            to_json_list(messages),
            now,
            now,
        ),
    )


def import_batches(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query("SELECT * FROM import_batches ORDER BY started_at DESC"))


_ALIVE = "o.deleted_at IS NULL"


@dataclass
class _Query:
    """A filter as SQL: the full-text matches (a sub-select giving ``num`` and ``rank``) and the
    facets as a WHERE clause over ``offerings o``."""

    matches: str | None
    where: str
    params: dict[str, object]

    @property
    def join(self) -> str:
        return f"JOIN ({self.matches}) m ON m.num = o.num" if self.matches else ""

    @property
    def faceted(self) -> bool:
        return self.where != _ALIVE

    @property
    def narrowed(self) -> str:
        """The WHERE clause with the matches as a set, for counting: a join would let SQLite
        walk the offerings by a facet's index and ask the full-text index once per row (5 s
        for "zorgplan" among 40,000 courses, 20 ms this way)."""
        if not self.matches:
            return self.where
        return f"o.num IN (SELECT num FROM ({self.matches})) AND {self.where}"


def _query(f: OfferingFilter, ranked: bool = True) -> _Query:
    """The MATCH stays in a sub-select; facets are filtered around it, never inside it."""
    params: dict[str, object] = {}
    matches = None
    expression = fts_expression(f.terms, f.any_term)
    if expression:
        params["match"] = expression
        rank = f", bm25(offering_search, {SEARCH_WEIGHTS}) AS rank" if ranked else ""
        matches = (
            f"SELECT rowid AS num{rank} FROM offering_search WHERE offering_search MATCH :match"
        )
    clauses = [_ALIVE]
    for column, values in (("type", f.types), ("level", f.levels)):
        if values:
            names = [f"{column}{i}" for i in range(len(values))]
            clauses.append(f"o.{column} IN ({', '.join(':' + n for n in names)})")
            params.update(zip(names, values, strict=True))
    if f.sectors:
        names = [f"sector{i}" for i in range(len(f.sectors))]
        clauses.append(f"lower(o.sector) IN ({', '.join(':' + n for n in names)})")
        params.update(zip(names, [s.lower() for s in f.sectors], strict=True))
    for column, values in (
        ("credential", f.credentials),
        ("provider_id", f.providers),
        ("id", f.ids),
    ):
        if values:
            names = [f"{column}{i}" for i in range(len(values))]
            clauses.append(f"o.{column} IN ({', '.join(':' + n for n in names)})")
            params.update(zip(names, values, strict=True))
    if f.deliveries:
        # delivery is a JSON list of codes; a quoted code cannot be part of another one
        names = [f"delivery{i}" for i in range(len(f.deliveries))]
        either = " OR ".join(f"instr(o.delivery, :{n}) > 0" for n in names)
        clauses.append(f"({either})")
        params.update(zip(names, [json.dumps(d) for d in f.deliveries], strict=True))
    if f.city and f.city.strip():
        clauses.append("o.city = :city COLLATE NOCASE")
        params["city"] = f.city.strip()
    if f.price_min is not None:
        clauses.append("o.price_cents >= :price_min")
        params["price_min"] = f.price_min
    if f.price_max is not None:
        clauses.append("o.price_cents <= :price_max")
        params["price_max"] = f.price_max
    if f.start_from or f.start_to:
        params["start_from"] = f.start_from or "0000-01-01"
        params["start_to"] = f.start_to or "9999-12-31"
        clauses.append(
            "(o.continuous_intake = 1 OR o.id IN (SELECT s.offering_id FROM start_dates s "
            "WHERE s.deleted_at IS NULL AND s.start_date BETWEEN :start_from AND :start_to))"
        )
    return _Query(matches, " AND ".join(clauses), params)


_LIST_COLUMNS = (
    "o.num, o.id, o.code, o.title, o.type, o.level, o.sector, o.city, o.price_cents, o.vat, "
    "o.hours, o.ec, o.delivery, o.credential, o.continuous_intake, p.name AS provider"
)


def count_offerings(db: sqlite_utils.Database, f: OfferingFilter) -> int:
    q = _query(f, ranked=False)
    if q.matches and not q.faceted:
        return db.execute(f"SELECT count(*) FROM ({q.matches})", q.params).fetchone()[0]
    sql = f"SELECT count(*) FROM offerings o WHERE {q.narrowed}"
    return db.execute(sql, q.params).fetchone()[0]


def _page_sql(q: _Query, order_by: str | None, descending: bool) -> str:
    """The keys (num, rank) of one page, in order."""
    if order_by in SORTABLE:
        # Unknown values (no price, no start date) go last in either direction.
        expression = SORTABLE[order_by]
        direction = "DESC" if descending else "ASC"
        order = f"({expression}) IS NULL, {expression} {direction}, o.num"
    elif q.matches and not q.faceted:
        # Relevance without facets: the index holds live offerings only, so the page is chosen
        # inside it, without a join per match.
        return f"SELECT num, rank FROM ({q.matches}) ORDER BY rank, num LIMIT :limit OFFSET :offset"
    elif q.matches:
        order = "m.rank, o.num"
    else:
        order = "o.title COLLATE NOCASE, o.num"
    rank = "m.rank" if q.matches else "NULL"
    providers = "JOIN providers p ON p.id = o.provider_id " if order_by == "provider" else ""
    return (
        f"SELECT o.num, {rank} FROM offerings o {providers}{q.join} WHERE {q.where} "
        f"ORDER BY {order} LIMIT :limit OFFSET :offset"
    )


def list_offerings(
    db: sqlite_utils.Database,
    f: OfferingFilter,
    *,
    order_by: str | None = None,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[dict]:
    """One page of the catalogue, ordered by relevance when searching, else by title.

    Two steps: the page is chosen on keys alone, then only its rows are read in full (the next
    start date is a sub-query, too dear to compute for every match of a common word).
    """
    q = _query(f)
    params = {**q.params, "limit": limit, "offset": offset, "today": f.today}
    page = db.execute(_page_sql(q, order_by, descending), params).fetchall()
    if not page:
        return []
    ranks = dict(page)
    marks = ", ".join("?" for _ in page)
    rows = {
        row["num"]: row
        for row in db.query(
            f"SELECT {_LIST_COLUMNS}, {_NEXT_START.replace(':today', '?')} AS next_start "
            f"FROM offerings o JOIN providers p ON p.id = o.provider_id WHERE o.num IN ({marks})",
            [f.today, *ranks],
        )
    }
    result = []
    for num, rank in page:
        row = _decode(rows[num])
        row["rank"] = rank
        result.append(row)
    return result


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
        (notes, to_json_list(tags) if tags is not None else None, now, offering_id),
    )


def soft_delete_offering(db: sqlite_utils.Database, offering_id: str) -> None:
    """Mark an offering deleted; it leaves the search index at once."""
    now = now_utc()
    row = db.execute("SELECT num FROM offerings WHERE id = ?", [offering_id]).fetchone()
    cursor = db.conn.execute(
        "UPDATE offerings SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
        (now, now, offering_id),
    )
    if row:
        _reindex(db, [row[0]], [])
    if cursor.rowcount:
        audit.record(db, audit.DELETE, "offerings", offering_id)


def search_index_count(db: sqlite_utils.Database) -> tuple[int, int]:
    """(rows in the search index, live offerings): equal when the index is in step."""
    indexed = db.execute("SELECT count(*) FROM offering_search").fetchone()[0]
    live = db.execute("SELECT count(*) FROM offerings WHERE deleted_at IS NULL").fetchone()[0]
    return indexed, live


class IndexRebuildStopped(Exception):
    """``progress`` asked to stop; the transaction was rolled back, the old index stands."""


REBUILD_CHUNK = 2000


def rebuild_search_index(
    db: sqlite_utils.Database, progress: Callable[[int, int], bool] | None = None
) -> None:
    """The whole index again from the live offerings (after a repair, or a change of analysis).

    One transaction; ``progress(done, total)`` after every chunk may return True to stop, which
    rolls everything back (raises IndexRebuildStopped).
    """
    with db.atomic():
        total = db.execute("SELECT count(*) FROM offerings WHERE deleted_at IS NULL").fetchone()[0]
        db.conn.execute("DELETE FROM offering_search")
        rows = db.execute(
            "SELECT num, title, outcomes, keywords, description FROM offerings "
            "WHERE deleted_at IS NULL ORDER BY num"
        )
        done = 0
        _reindex(db, [], [])
        while chunk := rows.fetchmany(REBUILD_CHUNK):
            db.conn.executemany(
                "INSERT INTO offering_search (rowid, title, outcomes, keywords, description) "
                "VALUES (?, ?, ?, ?, ?)",
                _index_rows(chunk),
            )
            done += len(chunk)
            if progress is not None and progress(done, total):
                raise IndexRebuildStopped


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


# -- facets ------------------------------------------------------------------------------------


_FACET_SQL = {
    "types": ("o.type", "", "types"),
    "levels": ("o.level", "", "levels"),
    "sectors": ("lower(o.sector)", "", "sectors"),
    "credentials": ("o.credential", "", "credentials"),
    "providers": ("o.provider_id", "", "providers"),
    # A plain scan reads the JSON lists fastest; through one of the live indexes the rows would
    # be fetched in index order (2.5x slower over 100,000 offerings).
    "deliveries": ("d.value", " NOT INDEXED, json_each(o.delivery) d", "deliveries"),
}


def facet_counts(
    db: sqlite_utils.Database, f: OfferingFilter, facets: Sequence[str] = FACETS
) -> dict[str, dict[str, int]]:
    """For each checkable facet, how many offerings each of its values would show.

    As in a web shop, a facet's own choice does not narrow its own counts (ticking "cursus" still
    shows how many modules there are), but every other choice does. One grouped query per facet,
    in SQL (about 150 ms each over 100,000 offerings without words to search: the page runs them
    in a worker thread).
    """
    counts: dict[str, dict[str, int]] = {}
    for name in facets:
        expression, join, field_name = _FACET_SQL[name]
        q = _query(replace(f, **{field_name: ()}), ranked=False)
        rows = db.execute(
            f"SELECT {expression}, count(*) FROM offerings o{join} WHERE {q.narrowed} "
            f"AND {expression} IS NOT NULL AND {expression} != '' GROUP BY 1",
            q.params,
        ).fetchall()
        counts[name] = dict(rows)
    return counts


def live_providers(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(id, name) of the providers with live offerings, by name."""
    return db.execute(
        "SELECT p.id, p.name FROM providers p WHERE p.deleted_at IS NULL AND EXISTS "
        "(SELECT 1 FROM offerings o WHERE o.provider_id = p.id AND o.deleted_at IS NULL) "
        "ORDER BY p.name COLLATE NOCASE"
    ).fetchall()


def live_cities(db: sqlite_utils.Database) -> list[str]:
    """The places the live catalogue teaches in, alphabetically."""
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT city FROM offerings WHERE deleted_at IS NULL AND city IS NOT NULL "
            "AND city != '' ORDER BY city COLLATE NOCASE"
        )
    ]


def live_sectors(db: sqlite_utils.Database) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT lower(sector) FROM offerings WHERE deleted_at IS NULL "
            "AND sector IS NOT NULL AND sector != '' ORDER BY 1"
        )
    ]


# -- the broker's own edits ----------------------------------------------------------------------

# The columns the edit form changes (provider and code are the offering's identity: not edited).
_EDITED = tuple(c for c in _IMPORTED if c not in ("import_batch_id",))


def save_offering(
    db: sqlite_utils.Database,
    offering_id: str,
    rec: OfferingRecord,
    *,
    notes: str | None,
    tags: Sequence[str],
) -> None:
    """Write the broker's edit of one offering: its columns, start dates, tuition price line,
    notes and tags, and its entry in the search index. The caller holds the transaction."""
    row = db.execute(
        "SELECT num FROM offerings WHERE id = ? AND deleted_at IS NULL", [offering_id]
    ).fetchone()
    if row is None:
        raise KeyError(offering_id)
    num = row[0]
    now = now_utc()
    values = _offering_values(rec, None)
    values = {c: values[c] for c in _EDITED}
    values.update(notes=notes, tags=to_json_list(list(tags)))
    changed = audit.changed_fields(db, "offerings", offering_id, values)
    before_dates = [r[0] for r in db.execute(
        "SELECT start_date FROM start_dates WHERE offering_id = ? ORDER BY start_date",
        [offering_id]).fetchall()]  # fmt: skip
    if before_dates != sorted(d.isoformat() for d in rec.start_dates):
        changed.append("start_dates")
    values.update(updated_at=now, id=offering_id)
    assignments = ", ".join(f"{c} = :{c}" for c in values if c != "id")
    db.conn.execute(f"UPDATE offerings SET {assignments} WHERE id = :id", values)
    db.conn.execute("DELETE FROM start_dates WHERE offering_id = ?", [offering_id])
    db.conn.executemany(
        "INSERT INTO start_dates (id, offering_id, start_date, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [(new_id(), offering_id, d.isoformat(), now, now) for d in rec.start_dates],
    )
    db.conn.execute(
        "DELETE FROM price_lines WHERE offering_id = ? AND kind = 'lesgeld'", [offering_id]
    )
    if rec.price_cents is not None:
        db.conn.execute(
            "INSERT INTO price_lines (id, offering_id, kind, amount_cents, vat, created_at, "
            "updated_at) VALUES (?, ?, 'lesgeld', ?, ?, ?, ?)",
            (new_id(), offering_id, rec.price_cents, rec.vat, now, now),
        )
    fresh = (num, values["title"], values["outcomes"], values["keywords"], values["description"])
    _reindex(db, [num], _index_rows([fresh]))
    audit.record_update(db, "offerings", offering_id, changed)
