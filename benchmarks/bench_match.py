"""Match speed: generated employer demands against a 100,000 (or 500,000) offering catalogue.

Run:  python benchmarks/bench_match.py [--n 100000] [--demands 200] [--rebuild] [--profile]

Goal: p95 of ``broker_app.matching.engine.match(store, demand, top=10, today=...)`` under 50 ms
at 100,000 offerings and under 200 ms at 500,000. For comparison the engine's own OR expression
is run bare against the FTS5 table (bm25 order, LIMIT 200, no joins, no musts). The database is
the one bench_search.py builds (``out/search-<n>-seed<seed>.sqlite``: same import, same data) and
is reused. Results go to benchmarks/out/match-<n>.json.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from bench_search import database, timed
from common import OUT, git_state, profile_report, summary, table, write_json
from generate_catalogue import (
    ADVERBS,
    AUDIENCES,
    CITIES,
    GENERIC_WORDS,
    VERBS,
    Zipf,
    build_vocabulary,
)

from broker_app.domain import vocab
from broker_app.domain.demand import Demand, parse_demand
from broker_app.matching import engine
from broker_app.matching.synonyms import Synonyms, synonyms
from broker_app.store import matching as repo
from broker_app.store.catalogue import fts_expression
from broker_app.store.database import Store
from broker_app.store.settings import get_setting

GOAL_P95_MS = {100_000: 50.0, 500_000: 200.0}
TODAY = date(2026, 11, 29)
WARM_UP = 5
BARE_SQL = (
    "SELECT rowid, bm25(offering_search, 10.0, 4.0, 3.0, 1.0) FROM offering_search "
    "WHERE offering_search MATCH ? ORDER BY 2 LIMIT 200"
)
# The example of FORMATS.md section 2: always the first demand.
EXAMPLE = {
    "client": "Thuiszorg De Vecht",
    "title": "Helpenden breder inzetbaar",
    "text": "Onze helpenden (niveau 2) moeten medicatie kunnen aanreiken en zorgplannen bijhouden.",
    "competences": ["medicatie aanreiken", "zorgplan bijhouden"],
    "sector": "zorg",
    "participants": 12,
    "current_level": "mbo-2",
    "target_level": "mbo-3",
    "credential": "mbo-certificaat",
    "delivery": ["online", "blended"],
    "schedule": ["avond"],
    "city": "Zwolle",
    "max_distance_km": 40,
    "budget_per_participant": 1500,
    "start_after": "2027-01-01",
    "start_before": "2027-06-30",
    "must": ["delivery", "budget"],
}
SENTENCES = (
    "Onze {aud} moeten {c1} en {c2}.",
    "Wij zoeken een {kind} {w1} voor {n} {aud} in de regio {place}.",
    "Het team wil zich verder ontwikkelen in {w1} en {g}.",
    "Voor {n} {aud} zoeken wij scholing rond {w1}, liefst praktijkgericht.",
    "De {aud} hebben weinig ervaring met {w1}; {c1} gaat nog niet goed.",
    "Na de {kind} kunnen onze mensen {c1}.",
    "We willen dat de {aud} {g} leren en beter worden in {w2}.",
)
KINDS = ("cursus", "training", "opleiding", "module", "workshop")
LEVEL_STEPS = (
    ("mbo-1", "mbo-2"),
    ("mbo-2", "mbo-3"),
    ("mbo-3", "mbo-4"),
    ("mbo-4", "hbo-ad"),
    ("hbo-ad", "hbo-bachelor"),
    ("hbo-bachelor", "hbo-master"),
)
# engine functions timed per demand (module, attribute, label); none runs per candidate.
PHASES = (
    (engine, "catalogue_counts", "vocabulary (read once per index version)"),
    (engine, "configured_weights", "weights from settings"),
    (engine, "wanted_things", "wanted things"),
    (engine, "hard_filters", "hard filters"),
    (repo, "candidates", "candidates SQL (musts and near misses in one)"),
    (engine, "_assess", "assess (facts + score)"),
    (engine, "reasons", "reasons"),
)


class DemandMaker:
    """Demands in the catalogue's own words: competences from one sector's vocabulary (common and
    rare words), verbs and general words; constraints drawn independently, musts only among the
    constraints given."""

    def __init__(self, seed: int, stream: str) -> None:
        self.rng = random.Random(f"{stream}-{seed}")
        self.vocabulary = build_vocabulary(seed)
        self.sectors = sorted(self.vocabulary.words)
        self.skewed = {s: Zipf(self.vocabulary.words[s], self.rng) for s in self.sectors}
        self.adverbs = [a for a in ADVERBS if " " not in a]

    def word(self, sector: str) -> str:
        """A sector word: half with the catalogue's skew (common), half uniformly (rare)."""
        if self.rng.random() < 0.5:
            return self.skewed[sector].one()
        return self.rng.choice(self.vocabulary.words[sector])

    def competence(self, sector: str) -> str:
        """Two or three words: ``zorgplan bijhouden``, ``wondzorg veilig uitvoeren``."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.55:
            return f"{self.word(sector)} {rng.choice(VERBS)}"
        if roll < 0.70:
            return f"{self.word(sector)} {rng.choice(self.adverbs)} {rng.choice(VERBS)}"
        if roll < 0.80:
            return f"{rng.choice(GENERIC_WORDS)} {rng.choice(VERBS)}"
        if roll < 0.90:
            return f"{self.word(sector)} {self.word(sector)}"
        return f"{rng.choice(GENERIC_WORDS)} en {rng.choice(GENERIC_WORDS)}"

    def demand(self, number: int) -> dict[str, Any]:
        """One Demand JSON v1 object."""
        rng = self.rng
        sector = rng.choice(self.sectors)
        competences = list(dict.fromkeys(self.competence(sector) for _ in range(rng.randint(1, 3))))
        place = rng.choice(CITIES)
        fill = {
            "aud": rng.choice(AUDIENCES[sector]),
            "c1": competences[0],
            "c2": competences[-1] if len(competences) > 1 else self.competence(sector),
            "w1": self.word(sector),
            "w2": self.word(sector),
            "g": rng.choice(GENERIC_WORDS),
            "kind": rng.choice(KINDS),
            "n": rng.randint(3, 40),
            "place": place,
        }
        text = " ".join(s.format(**fill) for s in rng.sample(SENTENCES, rng.randint(1, 2)))
        data: dict[str, Any] = {
            "client": f"Werkgever {number}",
            "text": text,
            "competences": competences,
            "participants": fill["n"],
        }
        if rng.random() < 0.5:
            data["sector"] = sector
        if rng.random() < 0.8:
            data["city"] = place
            data["max_distance_km"] = rng.randint(20, 80)
        if rng.random() < 0.6:
            current, target = rng.choice(LEVEL_STEPS)
            if rng.random() < 0.6:
                data["current_level"] = current
            data["target_level"] = target
        if rng.random() < 0.25:
            data["credential"] = rng.choice([c for c in vocab.CREDENTIALS.codes if c != "geen"])
        if rng.random() < 0.6:
            data["delivery"] = rng.sample(vocab.DELIVERY.codes, rng.randint(1, 2))
        if rng.random() < 0.35:
            data["schedule"] = [rng.choice(vocab.SCHEDULE.codes)]
        if rng.random() < 0.6:
            data["budget_per_participant"] = rng.randrange(500, 5001, 50)
        if rng.random() < 0.55:
            after = date(2027, 1, 4) + timedelta(days=rng.randrange(0, 240))
            before = min(after + timedelta(days=rng.randrange(45, 181)), date(2027, 12, 31))
            data["start_after"], data["start_before"] = after.isoformat(), before.isoformat()
        given = {
            "level": "target_level" in data,
            "credential": "credential" in data,
            "delivery": "delivery" in data,
            "schedule": "schedule" in data,
            "distance": "city" in data,
            "budget": "budget_per_participant" in data,
            "start": "start_after" in data,
            "sector": "sector" in data,
        }
        available = [name for name in vocab.MUST_CONSTRAINTS.codes if given[name]]
        count = min(rng.choices((0, 1, 2, 3), (25, 35, 25, 15))[0], len(available))
        if count:
            data["must"] = rng.sample(available, count)
        return data


def make_demands(count: int, seed: int) -> list[dict[str, Any]]:
    """The FORMATS.md example, then generated demands; deterministic for (count, seed)."""
    maker = DemandMaker(seed, "demands")
    return [EXAMPLE, *(maker.demand(i) for i in range(1, count))][:count]


@contextmanager
def timed_phases() -> Iterator[dict[str, float]]:
    """Milliseconds spent per engine phase inside the block; wrapped, then restored."""
    spent: dict[str, float] = {}
    originals: list[tuple[Any, str, Callable[..., Any]]] = []
    for module, name, label in PHASES:
        original = getattr(module, name, None)
        if original is None:  # not in this version of the engine
            continue

        @functools.wraps(original)
        def wrapper(
            *args: Any, _f: Callable[..., Any] = original, _label: str = label, **kwargs: Any
        ) -> Any:
            started = time.perf_counter()
            try:
                return _f(*args, **kwargs)
            finally:
                ms = (time.perf_counter() - started) * 1000
                spent[_label] = spent.get(_label, 0.0) + ms

        originals.append((module, name, original))
        setattr(module, name, wrapper)
    try:
        yield spent
    finally:
        for module, name, original in originals:
            setattr(module, name, original)


def engine_synonyms(store: Store) -> Synonyms:
    """The synonyms match() uses: the bundled list, plus the broker's own groups if any."""
    own_groups = getattr(engine, "with_own_groups", None)
    if own_groups is None:
        return synonyms()
    return own_groups(synonyms(), get_setting(store.db, engine.SYNONYM_SETTING, []))


def expressions(store: Store, demands: Sequence[Demand]) -> list[str]:
    """One OR expression per demand of every stem the engine looks for, built with its helpers:
    what a plain bm25-ranked full-text query of the same demand would ask."""
    syn = engine_synonyms(store)
    result = []
    for demand in demands:
        known, total = engine.catalogue_counts(store, demand, syn)
        wanted = engine.wanted_things(demand, syn, known, total)
        groups = engine._retrieval_terms(wanted, demand, syn, known, total)
        terms = sorted({t for group in groups for t in group})
        result.append(fts_expression(terms, any_term=True))
    return result


def bare_match(conn: sqlite3.Connection, expression: str) -> list[tuple[int, float]]:
    """The 200 best bm25 rows of the expression; nothing for an empty one, as the engine does."""
    return conn.execute(BARE_SQL, (expression,)).fetchall() if expression else []


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="offerings in the database")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--demands", type=int, default=200)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--profile", action="store_true", help="cProfile the match() pass")
    args = parser.parse_args(argv)

    code = git_state()  # the engine measured is the one imported now, not at the end
    path = database(args.n, args.seed, args.rebuild)
    raw = make_demands(args.demands, args.seed)
    demands = [parse_demand(d) for d in raw]
    warm = [parse_demand(DemandMaker(args.seed, "warm-up").demand(i)) for i in range(WARM_UP)]
    store = Store(path)
    bare = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    # The same page cache as the program's own connection, so only the query differs.
    cache_size = store.db.execute("PRAGMA cache_size").fetchone()[0]
    bare.execute(f"PRAGMA cache_size = {int(cache_size)}")
    try:
        exprs = expressions(store, demands)
        warm_exprs = expressions(store, warm)
        matching = [
            bare.execute(
                "SELECT count(*) FROM offering_search WHERE offering_search MATCH ?", (e,)
            ).fetchone()[0]
            if e
            else 0
            for e in exprs
        ]
        for demand, expression in zip(warm, warm_exprs, strict=True):
            engine.match(store, demand, top=args.top, today=TODAY)
            bare_match(bare, expression)

        profiler = cProfile.Profile() if args.profile else None
        service: list[tuple[float, engine.MatchResult]] = []
        with timed_phases() as phases:
            if profiler:
                profiler.enable()
            for demand in demands:
                service.append(
                    timed(lambda d=demand: engine.match(store, d, top=args.top, today=TODAY))
                )
            if profiler:
                profiler.disable()
        if profiler:
            print(profile_report(profiler, OUT / f"match-{args.n}.prof"))
        direct = [timed(lambda e=e: bare_match(bare, e)) for e in exprs]
    finally:
        bare.close()
        store.close()

    results = {
        "match()": summary([ms for ms, _ in service]),
        "bare FTS5 MATCH (OR, LIMIT 200)": summary([ms for ms, _ in direct]),
    }
    m, b = results.values()
    ratio = {p: round(m[p] / b[p], 1) if b[p] else None for p in ("p50", "p95")}
    total_ms = sum(ms for ms, _ in service)
    phase_rows = [
        [label, f"{spent / len(demands):.2f}", f"{spent / total_ms:.0%}"]
        for label, spent in sorted(phases.items(), key=lambda kv: -kv[1])
    ]
    other = total_ms - sum(phases.values())
    phase_rows.append(["other (near-miss loop, sorting, ...)", f"{other / len(demands):.2f}", ""])

    print(
        f"{len(demands)} demands over {args.n:,} offerings ({path.name}, "
        f"{path.stat().st_size / 1e6:.0f} MB), top {args.top}, today {TODAY}\n"
    )
    print(
        table(
            ["ms", "p50", "p95", "p99", "max", "mean"],
            [[name, *(f"{v:.2f}" for v in s.values())] for name, s in results.items()],
        )
    )
    print(f"\nmatch / bare: {ratio['p50']}x at p50, {ratio['p95']}x at p95\n")
    print(table(["phase (mean per demand)", "ms", "share"], phase_rows))

    per_demand: list[dict[str, Any]] = [
        {
            "demand": data,
            "expression_terms": len(expr.split(" OR ")) if expr else 0,
            "or_matches": rows,
            "results": len(result.results),
            "near_misses": len(result.near_misses),
            "match_ms": round(ms, 2),
            "bare_ms": round(bare_ms, 2),
        }
        for data, expr, rows, (ms, result), (bare_ms, _) in zip(
            raw, exprs, matching, service, direct, strict=True
        )
    ]
    print("\nslowest demands (match ms, bare ms, OR terms, rows matching, musts, competences):")
    for r in sorted(per_demand, key=lambda r: -r["match_ms"])[:8]:
        d = r["demand"]
        print(
            f"  {r['match_ms']:8.2f} {r['bare_ms']:7.2f} {r['expression_terms']:3} "
            f"{r['or_matches']:7,}  {','.join(d.get('must', [])) or '-':24} "
            f"{'; '.join(d['competences'])}"
        )
    empty = sum(1 for r in per_demand if not r["results"])
    with_musts = sum(1 for d in demands if d.must)
    p95 = results["match()"]["p95"]
    goal = GOAL_P95_MS.get(args.n)
    verdict = "no goal for this n" if goal is None else ("OK" if p95 < goal else "SLOWER THAN GOAL")
    print(
        f"\ndemands without results: {empty}; with musts (a second candidate query for near "
        f"misses): {with_musts}"
    )
    print(f"goal p95 < {goal or '-'} ms: {verdict}")
    out = write_json(
        f"match-{args.n}-profiled.json" if args.profile else f"match-{args.n}.json",
        {
            "n": args.n,
            "seed": args.seed,
            "top": args.top,
            "today": TODAY.isoformat(),
            "database": path.name,
            "code_at_start": code,
            "goal_p95_ms": goal,
            "profiled": args.profile,
            "results": results,
            "ratio_match_to_bare": ratio,
            "phases_ms_per_demand": {k: round(v / len(demands), 2) for k, v in phases.items()},
            "demands": per_demand,
        },
    )
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
