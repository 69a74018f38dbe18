"""Queries for matching: the catalogue's own vocabulary, and candidates for a demand.

Hard constraints (musts) are SQL conditions around the full-text result, never inside the MATCH;
an offering whose value is unknown (NULL, empty list) passes them, to be flagged, not hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import sqlite_utils

from broker_app.store.catalogue import fts_expression
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
    hits: int  # how much of the demand it holds: 2 per wanted thing in title/outcomes/keywords,
    # 1 more when it occurs anywhere
    start_dates: list[str] = field(default_factory=list)


def vocabulary(db: sqlite_utils.Database) -> tuple[dict[str, int], int]:
    """Every indexed stem with the number of offerings that hold it, and the number of
    offerings: one pass over the index (callers cache it per ``catalogue.index_version``)."""
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


STRONG_COLUMNS = ("title", "outcomes", "keywords")
SLICE = 400  # offerings judged against the musts per query, best scores first
ENOUGH_HITS = 300  # strong matches enough to leave the descriptions out of the search
HITS_LIMIT = 5_000  # the best-scoring matches looked at; below them the musts are not searched


@dataclass
class Pools:
    """Candidates that meet the musts, and the best that do not (for near misses)."""

    passing: list[Candidate]
    failing: list[Candidate]


def candidates(
    db: sqlite_utils.Database,
    wanted_terms: Sequence[Sequence[str]],
    filters: HardFilters | None,
    limit: int,
    near: int = 0,
) -> Pools:
    """Offerings by how much of the demand they hold, musts as SQL around the match.

    Each wanted thing (its alternative stems) scores 2 where it occurs in title, outcomes or
    keywords; an offering that holds any of the words anywhere (description included) scores 1
    more; offerings are ordered by the sum. No
    bm25: ranking every match of a broad demand costs more than the whole budget of a match,
    and the engine scores the pool itself. ``near`` adds the best offerings that fail a must.
    """
    parts: list[str] = []
    params: dict[str, object] = {"limit": limit, "near": near}
    for i, terms in enumerate(wanted_terms):
        if terms:
            params[f"s{i}"] = fts_expression(terms, any_term=True, columns=STRONG_COLUMNS)
            parts.append(
                f"SELECT rowid, 2 AS w FROM offering_search WHERE offering_search MATCH :s{i}"
            )
    if not parts:
        return Pools([], [])
    # The descriptions, once for all terms (1 point), only when title, outcomes and keywords
    # give too few candidates: a catalogue that only describes its offerings is still found,
    # and a broad demand on a big catalogue does not pay for a query that matches half of it.
    params["descriptions"] = fts_expression(
        sorted({t for ts in wanted_terms for t in ts}), any_term=True, columns=("description",)
    )
    described = "SELECT rowid, 1 FROM offering_search WHERE offering_search MATCH :descriptions"
    musts = " AND ".join(_conditions(filters or HardFilters(), params))

    def points(queries: list[str]) -> list[tuple[int, int]]:
        return db.execute(
            f"SELECT rowid, sum(w) AS score FROM ({' UNION ALL '.join(queries)}) "
            f"GROUP BY rowid ORDER BY score DESC, rowid LIMIT {HITS_LIMIT}",
            params,
        ).fetchall()

    hits = points(parts)
    if len(hits) < ENOUGH_HITS:
        hits = points([*parts, described])
    # The musts, in SQL, on the best-scoring offerings first, a slice at a time: the first
    # slice nearly always fills the pools, so a broad demand costs no join per match.
    flag = f"CASE WHEN {musts} THEN 1 ELSE 0 END"
    keys: list[tuple[int, int, int]] = []
    wanted = {1: limit, 0: near}
    for start in range(0, len(hits), SLICE):
        if wanted[1] <= 0:
            # The passing pool is full: offerings further down score lower, so those that fail
            # a must could not outrank a result and are no near miss worth showing.
            break
        chunk = hits[start : start + SLICE]
        score = dict(chunk)
        marks = ", ".join(f":n{i}" for i in range(len(chunk)))
        chunk_params = {**params, **{f"n{i}": num for i, (num, _) in enumerate(chunk)}}
        judged = dict(
            db.execute(
                f"SELECT o.num, {flag} FROM offerings o WHERE o.num IN ({marks}) "
                "AND o.deleted_at IS NULL",
                chunk_params,
            ).fetchall()
        )
        for num, _ in chunk:
            passes = judged.get(num)
            if passes is not None and wanted[passes] > 0:
                wanted[passes] -= 1
                keys.append((num, score[num], passes))
    rows = _offerings(db, [k[0] for k in keys])
    pools = Pools([], [])
    for num, score, passes in keys:
        (pools.passing if passes else pools.failing).append(
            Candidate(rows[num][0], score, rows[num][1])
        )
    return pools


# What scoring and the shortlist show; the descriptions stay in the database (their analysed
# words come from the search index).
_CANDIDATE_COLUMNS = ", ".join(
    f"o.{c}"
    for c in (
        "num", "id", "code", "title", "type", "level", "sector", "credential", "delivery",
        "schedule", "city", "price_cents", "vat", "continuous_intake", "hours", "ec",
        "outcomes", "keywords",
    )
)  # fmt: skip


def _offerings(db: sqlite_utils.Database, nums: Sequence[int]) -> dict[int, tuple[dict, list[str]]]:
    """Full rows (with provider facts) and start dates of the offerings ``nums``."""
    if not nums:
        return {}
    marks = ", ".join("?" for _ in nums)
    rows = {
        row["num"]: row
        for row in db.query(
            f"SELECT {_CANDIDATE_COLUMNS}, p.name AS provider, p.kind AS provider_kind, p.crkbo, "
            "p.funded FROM offerings o JOIN providers p ON p.id = o.provider_id "
            f"WHERE o.num IN ({marks})",
            list(nums),
        )
    }
    dates: dict[str, list[str]] = {}
    for offering_id, start in db.execute(
        "SELECT offering_id, start_date FROM start_dates WHERE deleted_at IS NULL AND offering_id "
        f"IN (SELECT id FROM offerings WHERE num IN ({marks})) ORDER BY start_date",
        list(nums),
    ):
        dates.setdefault(offering_id, []).append(start)
    # The analysed words are in the search index already: read them, do not analyse again.
    stems = {
        num: {"title": set(t.split()), "outcomes": set(o.split()), "keywords": set(k.split()),
              "description": set(d.split())}
        for num, t, o, k, d in db.execute(
            "SELECT rowid, title, outcomes, keywords, description FROM offering_search "
            f"WHERE rowid IN ({marks})",
            list(nums),
        )
    }  # fmt: skip
    result = {}
    for num, row in rows.items():
        row["stems"] = stems.get(num)
        for key in ("delivery", "schedule", "outcomes", "keywords"):
            row[key] = from_json_list(row[key])
        row["continuous_intake"] = bool(row["continuous_intake"])
        result[num] = (row, dates.get(row["id"], []))
    return result


def catalogue_cities(db: sqlite_utils.Database) -> list[str]:
    """The places the live catalogue teaches in, as written."""
    return [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT city FROM offerings WHERE city IS NOT NULL AND deleted_at IS NULL"
        )
    ]
