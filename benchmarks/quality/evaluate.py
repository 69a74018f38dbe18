"""Quality of the matcher's first five suggestions against the labelled set in demands.json.

For every case the matcher ranks the demo catalogue for the case's demand; the script reports
nDCG@5 (graded, gains 2^grade - 1, log2 discount, ideal DCG from the case's own labels), P@5
(share of the top 5 with grade >= 1) and hard-constraint violations (every ``must`` of the demand
checked against the catalogue row of every result in the top 5). See README.md.

    python benchmarks/quality/evaluate.py               # the matching engine
    python benchmarks/quality/evaluate.py --baseline    # plain full-text search, for comparison
    python benchmarks/quality/evaluate.py --check-labels
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
for folder in (ROOT, HERE.parent):  # broker_app, and benchmarks/common.py
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

DEMANDS = HERE / "demands.json"
CATALOGUE = ROOT / "db" / "demo" / "catalogue.csv"
PLACES = ROOT / "resources" / "places" / "nl_places.csv"
# benchmarks/out/ is git-ignored; the baseline writes beside the engine so both can be compared.
OUT_NAMES = {"engine": "quality.json", "baseline": "quality-baseline.json"}
K = 5
# Slack on max_distance_km before a distance must counts as broken: the engine and this script
# may round coordinates differently; the labels keep a wider margin than this.
DISTANCE_SLACK_KM = 1.0

Key = tuple[str, str]
Matcher = Callable[[Any, dict[str, Any], int], list[Key]]

# Vocabularies of Demand JSON v1 (FORMATS.md sections 1 and 2).
LEVEL_RANK: dict[str, int | None] = {
    "mbo-1": 1,
    "mbo-2": 2,
    "mbo-3": 3,
    "mbo-4": 4,
    "hbo-ad": 5,
    "hbo-bachelor": 6,
    "wo-bachelor": 6,
    "hbo-master": 7,
    "wo-master": 7,
    "geen": None,
}
DELIVERY = {"klassikaal", "online", "blended", "incompany", "werkplek"}
SCHEDULE = {"dag", "avond", "weekend", "flexibel"}
CREDENTIAL = {
    "diploma",
    "mbo-certificaat",
    "certificaat",
    "deelcertificaat",
    "bewijs-van-deelname",
    "geen",
}
MUSTS = ("level", "credential", "delivery", "schedule", "distance", "budget", "start", "sector")
DEMAND_FIELDS = {
    "client",
    "title",
    "text",
    "competences",
    "sector",
    "participants",
    "current_level",
    "target_level",
    "credential",
    "delivery",
    "schedule",
    "city",
    "max_distance_km",
    "budget_per_participant",
    "start_after",
    "start_before",
    "must",
}


# ----------------------------------------------------------------------------- catalogue


def split_list(cell: str) -> list[str]:
    """A CSV v1 list cell (``a|b``) as a list; an empty cell is an empty list."""
    return [part.strip() for part in cell.split("|") if part.strip()]


def parse_price(cell: str) -> float | None:
    """A CSV v1 price (``1250``, ``1.250,50``, ``€ 1.250,50``); None when empty."""
    text = cell.replace("€", "").replace(" ", "").strip()
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    return float(text)


@dataclass(frozen=True)
class Offering:
    """The catalogue facts the hard constraints look at."""

    provider: str
    code: str
    title: str
    level: str
    sector: str
    delivery: tuple[str, ...]
    schedule: tuple[str, ...]
    city: str
    price: float | None
    start_dates: tuple[str, ...]
    credential: str

    @property
    def doorlopend(self) -> bool:
        return any(d.lower() == "doorlopend" for d in self.start_dates)

    def future_starts(self, today: str) -> list[str]:
        return [d for d in self.start_dates if d.lower() != "doorlopend" and d >= today]


def load_catalogue(path: Path = CATALOGUE) -> dict[Key, Offering]:
    """The demo catalogue, keyed by (provider, code)."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    catalogue: dict[Key, Offering] = {}
    for r in rows:
        offering = Offering(
            provider=r["provider"].strip(),
            code=r["code"].strip(),
            title=r["title"].strip(),
            level=r["level"].strip(),
            sector=r.get("sector", "").strip(),
            delivery=tuple(split_list(r.get("delivery", ""))),
            schedule=tuple(split_list(r.get("schedule", ""))),
            city=r.get("city", "").strip(),
            price=parse_price(r.get("price", "")),
            start_dates=tuple(split_list(r.get("start_dates", ""))),
            credential=r.get("credential", "").strip(),
        )
        catalogue[(offering.provider, offering.code)] = offering
    return catalogue


# ----------------------------------------------------------------------------- places


def place_key(name: str) -> str:
    """Fold case, diacritics, ``'s-`` and hyphens for looking a place up."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().strip()
    text = re.sub(r"^'?s[- ]", "", text)
    return re.sub(r"[\s\-]+", " ", text)


class Places:
    """Straight-line distances between Dutch places from the bundled gazetteer, if present."""

    def __init__(self, path: Path = PLACES) -> None:
        self._coords: dict[str, tuple[float, float, int]] = {}
        if not path.exists():
            return
        by_alias: dict[str, tuple[float, float, int]] = {}
        with path.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                point = (float(r["latitude"]), float(r["longitude"]), int(r["population"] or 0))
                self._keep(self._coords, place_key(r["name"]), point)
                for alias in split_list(r.get("alternatives", "")):
                    self._keep(by_alias, place_key(alias), point)
        for key, point in by_alias.items():
            self._coords.setdefault(key, point)

    @staticmethod
    def _keep(
        table: dict[str, tuple[float, float, int]], key: str, point: tuple[float, float, int]
    ) -> None:
        """The largest place wins when several answer to the same name."""
        if key not in table or point[2] > table[key][2]:
            table[key] = point

    def distance_km(self, a: str, b: str) -> float | None:
        """Great-circle distance in km, or None when either place is unknown."""
        pa, pb = self._coords.get(place_key(a)), self._coords.get(place_key(b))
        if pa is None or pb is None:
            return None
        lat1, lon1, lat2, lon2 = map(math.radians, (pa[0], pa[1], pb[0], pb[1]))
        h = (
            math.sin((lat2 - lat1) / 2) ** 2
            + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        )
        return 2 * 6371.0 * math.asin(math.sqrt(h))


# ----------------------------------------------------------------------------- hard constraints


@dataclass
class Check:
    """The outcome of one must for one offering: broken, or not checkable."""

    violated: bool = False
    unchecked: bool = False
    why: str = ""


def check_must(name: str, demand: dict[str, Any], o: Offering, today: str, places: Places) -> Check:
    """Check one hard constraint; an unknown (empty) catalogue value is never a violation."""
    if name == "level":
        wanted = demand.get("target_level") or demand.get("current_level")
        if not wanted:
            return Check(unchecked=True, why="no level in the demand")
        ok = LEVEL_RANK.get(o.level) is not None and LEVEL_RANK.get(o.level) == LEVEL_RANK[wanted]
        return Check(violated=not ok, why=f"level {o.level} is not {wanted}")
    if name == "credential":
        wanted = demand.get("credential")
        if not wanted or not o.credential:
            return Check(unchecked=not wanted)
        return Check(violated=o.credential != wanted, why=f"credential {o.credential}")
    if name in ("delivery", "schedule"):
        wanted = set(demand.get(name) or [])
        have = set(o.delivery if name == "delivery" else o.schedule)
        if not wanted or not have:
            return Check(unchecked=not wanted)
        return Check(violated=not wanted & have, why=f"{name} {'|'.join(sorted(have))}")
    if name == "budget":
        budget = demand.get("budget_per_participant")
        if budget is None or o.price is None:
            return Check(unchecked=budget is None)
        return Check(violated=o.price > budget, why=f"price {o.price:g} > {budget:g}")
    if name == "start":
        if not o.start_dates or o.doorlopend:
            return Check()
        low = max(demand.get("start_after") or today, today)
        high = demand.get("start_before") or "9999-12-31"
        ok = any(low <= d <= high for d in o.future_starts(today))
        return Check(violated=not ok, why=f"no start in [{low}, {high}]")
    if name == "sector":
        wanted = (demand.get("sector") or "").strip().lower()
        if not wanted or not o.sector:
            return Check(unchecked=not wanted)
        return Check(violated=o.sector.lower() != wanted, why=f"sector {o.sector}")
    if name == "distance":
        if "online" in o.delivery or not o.city:
            return Check()
        city, limit = demand.get("city"), demand.get("max_distance_km")
        km = places.distance_km(city, o.city) if city and limit is not None else None
        if km is None:
            return Check(unchecked=True, why=f"no distance {city} - {o.city}")
        return Check(violated=km > limit + DISTANCE_SLACK_KM, why=f"{o.city} {km:.0f} km")
    raise ValueError(f"unknown must: {name}")


# ----------------------------------------------------------------------------- metrics


def dcg(grades: Sequence[int]) -> float:
    """Discounted cumulative gain with gains 2^grade - 1 and a log2(rank + 1) discount."""
    return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(grades))


def ndcg_at_k(ranked: Sequence[Key], labels: dict[Key, int], k: int = K) -> float:
    """nDCG@k; the ideal ranking is the case's own labels, best grades first."""
    ideal = dcg(sorted(labels.values(), reverse=True)[:k])
    return dcg([labels.get(key, 0) for key in ranked[:k]]) / ideal if ideal else 0.0


def precision_at_k(ranked: Sequence[Key], labels: dict[Key, int], k: int = K) -> float:
    """Share of the k positions filled by an offering with grade >= 1 (missing ones count 0)."""
    return sum(1 for key in ranked[:k] if labels.get(key, 0) >= 1) / k


@dataclass
class CaseResult:
    id: str
    ndcg: float
    precision: float
    ideal_precision: float
    violations: list[str] = field(default_factory=list)
    unchecked_distance: int = 0
    unknown_results: int = 0
    ranked: list[Key] = field(default_factory=list)


def evaluate_case(
    case: dict[str, Any],
    ranked: Sequence[Key],
    catalogue: dict[Key, Offering],
    today: str,
    places: Places,
) -> CaseResult:
    """Metrics and hard-constraint violations of one case's top K."""
    labels = {(r["provider"], r["code"]): int(r["grade"]) for r in case["relevant"]}
    top = list(dict.fromkeys(ranked))[:K]
    demand = case["demand"]
    result = CaseResult(
        id=case["id"],
        ndcg=ndcg_at_k(top, labels),
        precision=precision_at_k(top, labels),
        ideal_precision=min(len(labels), K) / K,
        ranked=top,
    )
    for key in top:
        offering = catalogue.get(key)
        if offering is None:
            result.unknown_results += 1
            continue
        for name in demand.get("must", []):
            check = check_must(name, demand, offering, today, places)
            if check.violated:
                result.violations.append(f"{key[0]} {key[1]}: {name} ({check.why})")
            elif check.unchecked and name == "distance":
                result.unchecked_distance += 1
    return result


# ----------------------------------------------------------------------------- matchers


def load_matcher(today: str, weights: dict[str, float] | None = None) -> Matcher:
    """The matching engine's ``match_demand``; exits with status 2 when it cannot be imported."""
    try:
        from broker_app.matching.engine import match_demand
    except Exception as exc:  # a missing module, or one that fails while importing
        print(
            f"Cannot import broker_app.matching.engine.match_demand "
            f"({type(exc).__name__}: {exc}).\n"
            "Is the matching engine there (yet)? Run with --baseline to measure plain "
            "full-text search instead.",
            file=sys.stderr,
        )
        raise SystemExit(2) from exc

    day = date.fromisoformat(today)

    def run(store: Any, demand: dict[str, Any], top: int) -> list[Key]:
        return [(p, c) for p, c in match_demand(store, demand, top, day, weights)]

    return run


def baseline_matcher() -> Matcher:
    """Plain full-text search on the demand's text and competences, for comparison."""
    from broker_app.catalogue.search import search

    def run(store: Any, demand: dict[str, Any], top: int) -> list[Key]:
        text = " ".join([demand.get("text", ""), *demand.get("competences", [])])
        return [(hit.provider, hit.code) for hit in search(store, text, top=top).hits]

    return run


def demo_store(folder: Path) -> Any:
    """A fresh database with the bundled demo catalogue, in ``folder``."""
    from broker_app.catalogue.demo import load_demo
    from broker_app.store.database import Store

    store = Store(folder / "quality.sqlite")
    load_demo(store)
    return store


# ----------------------------------------------------------------------------- label checks


def check_labels(data: dict[str, Any], catalogue: dict[Key, Offering], places: Places) -> list[str]:
    """Problems in the labelled set itself: vocabulary, references, and labels that break a must."""
    problems: list[str] = []
    today = data["today"]
    ids: set[str] = set()
    iso = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for case in data["cases"]:
        cid, demand = case["id"], case["demand"]
        if cid in ids:
            problems.append(f"{cid}: duplicate id")
        ids.add(cid)
        problems += [f"{cid}: unknown field {f}" for f in set(demand) - DEMAND_FIELDS]
        if not demand.get("client") or not demand.get("text"):
            problems.append(f"{cid}: client and text are required")
        for f in ("current_level", "target_level"):
            if f in demand and demand[f] not in LEVEL_RANK:
                problems.append(f"{cid}: {f} {demand[f]!r}")
        if "credential" in demand and demand["credential"] not in CREDENTIAL:
            problems.append(f"{cid}: credential {demand['credential']!r}")
        for f, vocab in (("delivery", DELIVERY), ("schedule", SCHEDULE)):
            problems += [f"{cid}: {f} {v!r}" for v in demand.get(f, []) if v not in vocab]
        problems += [f"{cid}: must {m!r}" for m in demand.get("must", []) if m not in MUSTS]
        for f in ("participants", "max_distance_km", "budget_per_participant"):
            if f in demand and not (isinstance(demand[f], int | float) and demand[f] >= 0):
                problems.append(f"{cid}: {f} must be a non-negative number")
        for f in ("start_after", "start_before"):
            if f in demand and not iso.match(demand[f]):
                problems.append(f"{cid}: {f} is not an ISO date")
        relevant = case["relevant"]
        if len({(r["provider"], r["code"]) for r in relevant}) != len(relevant):
            problems.append(f"{cid}: an offering is labelled twice")
        if not 1 <= len(relevant) <= 8 or not any(r["grade"] == 2 for r in relevant):
            problems.append(f"{cid}: needs 1-8 relevant offerings and at least one grade 2")
        for r in relevant:
            key = (r["provider"], r["code"])
            offering = catalogue.get(key)
            if offering is None:
                problems.append(f"{cid}: {key} is not in the catalogue")
                continue
            if r["grade"] not in (1, 2):
                problems.append(f"{cid}: {key} grade {r['grade']}")
            dates = offering.start_dates
            if dates and not offering.doorlopend and not offering.future_starts(today):
                problems.append(f"{cid}: {key} only has past start dates")
            for name in demand.get("must", []):
                check = check_must(name, demand, offering, today, places)
                if check.violated:
                    problems.append(f"{cid}: {key} breaks must {name} ({check.why})")
    return problems


# ----------------------------------------------------------------------------- report


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A plain text table, first column left-aligned, the others right-aligned."""
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        head = [row[0].ljust(widths[0])]
        lines.append(
            "  ".join(head + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)])
        )
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def run_cases(
    matcher: Matcher,
    store: Any,
    data: dict[str, Any],
    catalogue: dict[Key, Offering],
    today: str,
    places: Places,
) -> list[CaseResult]:
    return [
        evaluate_case(case, matcher(store, case["demand"], K), catalogue, today, places)
        for case in data["cases"]
    ]


def ablation(
    store: Any,
    data: dict[str, Any],
    catalogue: dict[Key, Offering],
    today: str,
    places: Places,
    full: list[CaseResult],
) -> str:
    """nDCG@5, P@5 and violations with the weight of each feature set to zero in turn."""
    from broker_app.domain.matching import DEFAULT_WEIGHTS

    def figures(results: list[CaseResult]) -> tuple[str, str, int]:
        return (
            f"{mean([r.ndcg for r in results]):.3f}",
            f"{mean([r.precision for r in results]):.3f}",
            sum(len(r.violations) for r in results),
        )

    rows = [("all features", *figures(full))]
    for feature in DEFAULT_WEIGHTS:
        weights = {**DEFAULT_WEIGHTS, feature: 0.0}
        results = run_cases(load_matcher(today, weights), store, data, catalogue, today, places)
        rows.append((f"without {feature}", *figures(results)))
    return table(("scoring", f"nDCG@{K}", f"P@{K}", "violations"), rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baseline", action="store_true", help="rank by plain full-text search")
    parser.add_argument(
        "--json",
        action="store_true",
        help="write benchmarks/out/quality.json (quality-baseline.json with --baseline)",
    )
    parser.add_argument("--verbose", action="store_true", help="show each top 5 and violations")
    parser.add_argument("--check-labels", action="store_true", help="only validate demands.json")
    parser.add_argument("--demands", type=Path, default=DEMANDS, help="the labelled set")
    parser.add_argument(
        "--ablation", action="store_true", help="the figures with each scoring feature left out"
    )
    args = parser.parse_args(argv)

    data = json.loads(args.demands.read_text(encoding="utf-8"))
    today = data.get("today") or date.today().isoformat()
    catalogue = load_catalogue()
    places = Places()

    if args.check_labels:
        problems = check_labels(data, catalogue, places)
        print("\n".join(problems) or f"{len(data['cases'])} cases, labels consistent")
        return 1 if problems else 0

    matcher = baseline_matcher() if args.baseline else load_matcher(today)
    name = "baseline: full-text search" if args.baseline else "matching engine"
    with tempfile.TemporaryDirectory() as tmp:
        store = demo_store(Path(tmp))
        try:
            results = run_cases(matcher, store, data, catalogue, today, places)
            if args.ablation:
                print(ablation(store, data, catalogue, today, places, results))
                return 0
        finally:
            close = getattr(store, "close", None)
            if callable(close):
                close()

    rows = [(r.id, f"{r.ndcg:.3f}", f"{r.precision:.2f}", len(r.violations)) for r in results]
    print(f"Quality of the top {K}: {name}, {len(results)} cases, today = {today}\n")
    print(table(("case", f"nDCG@{K}", f"P@{K}", "violations"), rows))
    ndcg = mean([r.ndcg for r in results])
    precision = mean([r.precision for r in results])
    violations = sum(len(r.violations) for r in results)
    unchecked = sum(r.unchecked_distance for r in results)
    unknown = sum(r.unknown_results for r in results)
    print(f"\nmean nDCG@{K}   {ndcg:.3f}")
    best = mean([r.ideal_precision for r in results])
    print(f"mean P@{K}      {precision:.3f}  (best possible with these labels {best:.3f})")
    print(f"violations     {violations} (hard constraints broken in the top {K} of all cases)")
    print(f"distance musts not checked: {unchecked} (place not in the gazetteer)")
    if unknown:
        print(f"results not in the catalogue: {unknown}")
    if args.verbose:
        for r, case in zip(results, data["cases"], strict=True):
            labels = {(x["provider"], x["code"]): x["grade"] for x in case["relevant"]}
            print(f"\n{r.id}")
            for rank, key in enumerate(r.ranked, 1):
                title = catalogue[key].title if key in catalogue else "?"
                print(f"  {rank}. [{labels.get(key, 0)}] {key[0]} {key[1]}  {title}")
            for v in r.violations:
                print(f"  ! {v}")

    if args.json:
        from common import write_json  # benchmarks/common.py: adds machine and git state

        payload: dict[str, object] = {
            "matcher": name,
            "today": today,
            "k": K,
            "mean_ndcg": round(ndcg, 4),
            "mean_precision": round(precision, 4),
            "violations": violations,
            "distance_musts_unchecked": unchecked,
            "cases": [
                {
                    "id": r.id,
                    "ndcg": round(r.ndcg, 4),
                    "precision": r.precision,
                    "violations": r.violations,
                    "ranked": [list(key) for key in r.ranked],
                }
                for r in results
            ],
        }
        path = write_json(OUT_NAMES["baseline" if args.baseline else "engine"], payload)
        print(f"\nwrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
