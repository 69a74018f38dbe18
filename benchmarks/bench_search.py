"""Search speed: realistic Dutch queries over a 100,000-offering catalogue.

Run:  python benchmarks/bench_search.py [--n 100000] [--queries 300] [--rebuild] [--profile]

Goal: p95 of ``broker_app.catalogue.search.search(store, text, top=10)`` under 20 ms. For
comparison the same MATCH expression is run bare against the FTS5 table (bm25 order, LIMIT 10,
no joins). The database is built once into benchmarks/out/ and reused. Results go to
benchmarks/out/search.json.
"""

from __future__ import annotations

import argparse
import cProfile
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from common import OUT, newest_source, profile_report, summary, table, write_json
from generate_catalogue import GENERIC_WORDS, VERBS, Zipf, build_vocabulary, cached

from broker_app.catalogue.importer import import_catalogue
from broker_app.catalogue.search import search
from broker_app.domain.models import SearchHit
from broker_app.domain.text import query_terms
from broker_app.store.catalogue import fts_expression
from broker_app.store.database import Store

T = TypeVar("T")
GOAL_P95_MS = 20.0
FIXED_QUERIES = (
    "zorgplan",
    "heftruck",
    "hygiene",
    "leidinggeven",
    "storingsanalyse",
    "zorgplannen bijhouden",
    "hygiëne horeca",
    "medicatiebeheer",
    "voorraadbeheer magazijn",
    "vca",
    "python",
    "excel",
    "e-learning",
    "leidinggeven zorg",
)
WARM_UP = ("wondzorg", "heftruckcertificaat", "onderhoudsplan", "communicatie", "bhv")
BARE_SQL = (
    "SELECT rowid, bm25(offering_search, 10.0, 4.0, 3.0, 1.0) AS r FROM offering_search "
    "WHERE offering_search MATCH ? ORDER BY r LIMIT ?"
)


def database(n: int, seed: int, rebuild: bool) -> Path:
    """The benchmark database in benchmarks/out/, imported from the generated CSV.

    Reused unless absent, asked for, or older than the CSV, the schema or the text analysis.
    """
    path = OUT / f"search-{n}-seed{seed}.sqlite"
    csv_path = cached(n, OUT, seed)
    if path.exists() and not rebuild:
        built = path.stat().st_mtime
        if built > csv_path.stat().st_mtime and built > newest_source():
            return path
        print(f"{path.name} is older than the catalogue or the code it depends on: rebuilding")
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    store = Store(path)
    try:
        report = import_catalogue(store, csv_path)
        if not report.written:
            raise SystemExit(f"import of {csv_path} refused")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    print(f"built {path} in {time.perf_counter() - started:.1f} s")
    return path


def make_queries(count: int, seed: int) -> list[str]:
    """The fixed queries, then one to three words drawn from the catalogue's own vocabulary.

    Half of the words come with the catalogue's skewed frequency (common words), half uniformly
    (rare words); words of one query come from one sector, as a broker's would.
    """
    rng = random.Random(f"queries-{seed}")
    vocabulary = build_vocabulary(seed)
    sectors = sorted(vocabulary.words)
    skewed = {s: Zipf(vocabulary.words[s], rng) for s in sectors}
    queries = list(FIXED_QUERIES)
    while len(queries) < count:
        sector = rng.choice(sectors)
        size = rng.choices((1, 2, 3), (50, 35, 15))[0]
        words: list[str] = []
        for _ in range(size):
            roll = rng.random()
            if roll < 0.45:
                words.append(skewed[sector].one())
            elif roll < 0.85:
                words.append(rng.choice(vocabulary.words[sector]))
            elif roll < 0.95:
                words.append(rng.choice(GENERIC_WORDS))
            else:
                words.append(rng.choice(VERBS))
        queries.append(" ".join(dict.fromkeys(words)))
    return queries[:count]


def bare_search(
    conn: sqlite3.Connection, expressions: tuple[str, str | None], top: int
) -> list[tuple[int, float]]:
    """All terms first, any term when that finds nothing, as the search service does."""
    every, any_term = expressions
    rows = conn.execute(BARE_SQL, (every, top)).fetchall()
    if not rows and any_term:
        rows = conn.execute(BARE_SQL, (any_term, top)).fetchall()
    return rows


def timed(run: Callable[[], T]) -> tuple[float, T]:
    """(milliseconds, result) of one call."""
    started = time.perf_counter()
    result = run()
    return (time.perf_counter() - started) * 1000, result


def agreement(
    conn: sqlite3.Connection, offering_ids: Sequence[str], exact: Sequence[tuple[int, float]]
) -> float:
    """Share of the exact bm25 top (bare query) that search() returned too."""
    if not exact:
        return 1.0
    marks = ", ".join("?" for _ in offering_ids)
    nums = {
        row[0]
        for row in conn.execute(
            f"SELECT num FROM offerings WHERE id IN ({marks})", list(offering_ids)
        )
    }
    return len(nums & {rowid for rowid, _ in exact}) / len(exact)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="offerings in the database")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--profile", action="store_true", help="cProfile the search() pass")
    args = parser.parse_args(argv)

    path = database(args.n, args.seed, args.rebuild)
    queries = make_queries(args.queries, args.seed)
    store = Store(path)
    bare = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    # The same page cache as the program's own connections, so only the query differs.
    cache_size = store.db.execute("PRAGMA cache_size").fetchone()[0]
    bare.execute(f"PRAGMA cache_size = {int(cache_size)}")
    index_sql = bare.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'offering_search'"
    ).fetchone()[0]
    try:
        expressions: dict[str, tuple[str, str | None]] = {}
        matches: dict[str, int] = {}
        for q in {*queries, *WARM_UP}:
            terms = query_terms(q)
            expressions[q] = (
                fts_expression(terms),
                fts_expression(terms, any_term=True) if len(terms) > 1 else None,
            )
            matches[q] = bare.execute(
                "SELECT count(*) FROM offering_search WHERE offering_search MATCH ?",
                (expressions[q][0],),
            ).fetchone()[0]
        for q in WARM_UP:
            search(store, q, top=args.top)
            bare_search(bare, expressions[q], args.top)

        profiler = cProfile.Profile() if args.profile else None
        service: list[tuple[float, list[SearchHit]]] = []
        if profiler:
            profiler.enable()
        for q in queries:
            service.append(timed(lambda q=q: search(store, q, top=args.top).hits))
        if profiler:
            profiler.disable()
            print(profile_report(profiler, OUT / "search.prof"))
        direct = [timed(lambda q=q: bare_search(bare, expressions[q], args.top)) for q in queries]
        agree = [
            agreement(bare, [h.offering_id for h in hits], exact)
            for (_, hits), (_, exact) in zip(service, direct, strict=True)
        ]
    finally:
        bare.close()
        store.close()

    results = {
        "search()": summary([ms for ms, _ in service]),
        "bare FTS5 MATCH": summary([ms for ms, _ in direct]),
    }
    print(
        f"{len(queries)} queries over {args.n:,} offerings ({path.name}, "
        f"{path.stat().st_size / 1e6:.0f} MB), top {args.top}"
    )
    print(f"index: {' '.join(index_sql.split())}\n")
    print(
        table(
            ["ms", "p50", "p95", "p99", "max", "mean"],
            [[name, *(f"{v:.2f}" for v in s.values())] for name, s in results.items()],
        )
    )
    per_query: list[dict[str, Any]] = [
        {
            "query": q,
            "terms": query_terms(q),
            "and_matches": matches[q],
            "hits": len(hits),
            "search_ms": round(ms, 2),
            "bare_ms": round(bare_ms, 2),
            "top_agreement": round(share, 2),
        }
        for q, (ms, hits), (bare_ms, _), share in zip(queries, service, direct, agree, strict=True)
    ]
    slowest = sorted(per_query, key=lambda r: -r["search_ms"])[:8]
    print("\nslowest queries (search ms / bare ms / rows matching all terms / hits):")
    for r in slowest:
        print(
            f"  {r['search_ms']:8.2f} {r['bare_ms']:8.2f} {r['and_matches']:7,} "
            f"{r['hits']:3}  {r['query']}"
        )
    no_hits = sum(1 for r in per_query if not r["hits"])
    p95 = results["search()"]["p95"]
    verdict = "OK" if p95 < GOAL_P95_MS else "SLOWER THAN GOAL"
    mean_agreement = sum(agree) / len(agree)
    print(
        f"\nqueries without hits: {no_hits}; search() top {args.top} holds "
        f"{mean_agreement:.0%} of the exact bm25 top {args.top} (mean over queries)"
    )
    print(f"goal p95 < {GOAL_P95_MS:.0f} ms: {verdict}")
    out = write_json(
        "search-profiled.json" if args.profile else "search.json",
        {
            "n": args.n,
            "seed": args.seed,
            "top": args.top,
            "goal_p95_ms": GOAL_P95_MS,
            "index": index_sql,
            "profiled": args.profile,
            "results": results,
            "top_agreement_mean": round(mean_agreement, 3),
            "queries": per_query,
        },
    )
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
