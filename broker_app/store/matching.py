"""Queries for matching: the catalogue's own vocabulary, and candidates for a demand.

Hard constraints (musts) are SQL conditions around the full-text result, never inside the MATCH;
an offering whose value is unknown (NULL, empty list) passes them, to be flagged, not hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlite_utils

from broker_app.store.catalogue import SEARCH_WEIGHTS
from broker_app.store.records import from_json_list


@dataclass
class HardFilters:
    """Musts as SQL-ready values; None means the must was not asked for."""

    levels: Sequence[str] | None = None  # level codes of the wanted NLQF rank
    credential: str | None = None
    delivery: Sequence[str] | None = None
    schedule: Sequence[str] | None = None
    budget_cents: int | None = None
    start_after: str | None = None
    start_before: str | None = None
    sector: str | None = None
    cities: Sequence[str] | None = None  # lower-case places within reach; online always passes
    today: str = ""


@dataclass
class Candidate:
    row: dict
    rank: float  # bm25, lower is better
    start_dates: list[str] = field(default_factory=list)


def term_document_counts(db: sqlite_utils.Database) -> tuple[dict[str, int], int]:
    """Every indexed stem with the number of offerings that hold it, and the number of offerings.

    Read through an fts5vocab table: the catalogue's own words, for splitting compounds and
    pruning very common terms.
    """
    db.conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.offering_terms "
        "USING fts5vocab(main, offering_search, 'row')"
    )
    counts = dict(db.execute("SELECT term, doc FROM temp.offering_terms").fetchall())
    total = db.execute("SELECT count(*) FROM offering_search").fetchone()[0]
    return counts, total


def _list_overlap(column: str, name: str, values: Sequence[str], params: dict) -> str:
    """A JSON-list column shares a value with ``values``, or is empty (unknown)."""
    marks = []
    for i, value in enumerate(values):
        params[f"{name}{i}"] = value
        marks.append(f":{name}{i}")
    return (
        f"(o.{column} = '[]' OR EXISTS (SELECT 1 FROM json_each(o.{column}) "
        f"WHERE value IN ({', '.join(marks)})))"
    )


def _conditions(f: HardFilters, params: dict) -> list[str]:
    clauses = ["o.deleted_at IS NULL"]
    if f.levels is not None:
        marks = []
        for i, level in enumerate(f.levels):
            params[f"level{i}"] = level
            marks.append(f":level{i}")
        clauses.append(f"o.level IN ({', '.join(marks)})")
    if f.credential is not None:
        params["credential"] = f.credential
        clauses.append("(o.credential IS NULL OR o.credential = :credential)")
    if f.delivery is not None:
        clauses.append(_list_overlap("delivery", "delivery", f.delivery, params))
    if f.schedule is not None:
        clauses.append(_list_overlap("schedule", "schedule", f.schedule, params))
    if f.budget_cents is not None:
        params["budget"] = f.budget_cents
        clauses.append("(o.price_cents IS NULL OR o.price_cents <= :budget)")
    if f.start_after is not None or f.start_before is not None:
        params["after"] = max(f.start_after or "", f.today)
        params["before"] = f.start_before or "9999-12-31"
        clauses.append(
            "(o.continuous_intake = 1 OR NOT EXISTS (SELECT 1 FROM start_dates s WHERE "
            "s.offering_id = o.id AND s.deleted_at IS NULL) OR EXISTS (SELECT 1 FROM start_dates "
            "s WHERE s.offering_id = o.id AND s.deleted_at IS NULL AND s.start_date BETWEEN "
            ":after AND :before))"
        )
    if f.sector is not None:
        params["sector"] = f.sector.lower()
        clauses.append("(o.sector IS NULL OR lower(o.sector) = :sector)")
    if f.cities is not None:
        marks = []
        for i, city in enumerate(f.cities):
            params[f"city{i}"] = city
            marks.append(f":city{i}")
        near = f"lower(o.city) IN ({', '.join(marks)})" if marks else "0"
        clauses.append(f"(o.city IS NULL OR {near} OR o.delivery = '[\"online\"]')")
    return clauses


def candidates(
    db: sqlite_utils.Database, expression: str, filters: HardFilters | None, limit: int
) -> list[Candidate]:
    """The best ``limit`` full-text matches that pass the hard filters, with their start dates."""
    if not expression:
        return []
    params: dict[str, object] = {"match": expression, "limit": limit}
    where = " AND ".join(_conditions(filters or HardFilters(), params))
    sql = (
        "SELECT o.*, p.name AS provider, p.kind AS provider_kind, p.crkbo, p.funded, m.rank "
        f"FROM (SELECT rowid AS num, bm25(offering_search, {SEARCH_WEIGHTS}) AS rank "
        "FROM offering_search WHERE offering_search MATCH :match) m "
        "JOIN offerings o ON o.num = m.num JOIN providers p ON p.id = o.provider_id "
        f"WHERE {where} ORDER BY m.rank, o.num LIMIT :limit"
    )
    rows = list(db.query(sql, params))
    if not rows:
        return []
    dates: dict[str, list[str]] = {}
    marks = ", ".join("?" for _ in rows)
    for offering_id, start in db.execute(
        "SELECT offering_id, start_date FROM start_dates WHERE deleted_at IS NULL AND "
        f"offering_id IN ({marks}) ORDER BY start_date",
        [r["id"] for r in rows],
    ):
        dates.setdefault(offering_id, []).append(start)
    result = []
    for row in rows:
        for key in ("delivery", "schedule", "outcomes", "keywords", "tags"):
            row[key] = from_json_list(row[key])
        row["continuous_intake"] = bool(row["continuous_intake"])
        result.append(Candidate(row, row.pop("rank"), dates.get(row["id"], [])))
    return result


def catalogue_cities(db: sqlite_utils.Database) -> list[str]:
    """The places the live catalogue teaches in, as written."""
    return [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT city FROM offerings WHERE city IS NOT NULL AND deleted_at IS NULL"
        )
    ]
