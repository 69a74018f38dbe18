"""Matching a demand against the catalogue: retrieve, filter the musts, score, explain.

1. The demand's words (competences, else the text) become *wanted* things; each word is analysed
   like the index, expanded with synonyms, split into parts when it is a compound the catalogue
   does not know whole, and dropped when it occurs in most of the catalogue.
2. Full-text candidates (an OR of every alternative) are read with the musts as SQL conditions
   around the match; a second read without musts finds the near misses.
3. Each candidate is scored (``domain.matching``) and explained in the broker's words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from broker_app.domain import vocab
from broker_app.domain.composition import Module, Programme, compose
from broker_app.domain.demand import Demand, parse_demand
from broker_app.domain.matching import (
    DEFAULT_WEIGHTS,
    Assessment,
    OfferingFacts,
    Wanted,
    check_musts,
    coverage,
    features,
    reasons,
    soft_violations,
    weighted_score,
)
from broker_app.domain.text import analyse, words
from broker_app.matching.places import gazetteer
from broker_app.matching.synonyms import SETTING as SYNONYM_SETTING
from broker_app.matching.synonyms import Synonyms, synonyms, with_own_groups
from broker_app.store import matching as repo
from broker_app.store.catalogue import index_version
from broker_app.store.database import Store
from broker_app.store.settings import get_setting, set_setting

CANDIDATES = 100  # candidates that meet the musts, scored per demand
NEAR_POOL = 30  # the best that break a must, looked at for near misses
COMMON_SHARE = 0.25  # a stem in more than this share of the catalogue says too little ...
COMMON_MIN_CATALOGUE = 200  # ... once the catalogue is big enough to tell
RETRIEVAL_SHARE = 0.05  # words in more of the catalogue are scored, not looked for
MIN_PART = 3  # shortest part of a split compound
MIN_WORD = 2  # shorter stems are not looked for ("it" of IT-beheer still is)


@dataclass
class Match:
    rank: int
    assessment: Assessment
    reasons: list[str]

    @property
    def facts(self) -> OfferingFacts:
        return self.assessment.facts

    def to_json(self) -> dict[str, object]:
        a = self.assessment
        return {
            "rank": self.rank,
            "provider": a.facts.provider,
            "code": a.facts.code,
            "title": a.facts.title,
            "score": a.score,
            "reasons": self.reasons,
            "unknown": a.unknown,
            "violations": a.violations,
            "offering_id": a.facts.offering_id,
        }


@dataclass
class NearMiss:
    assessment: Assessment
    must: str  # the one hard constraint it breaks
    reasons: list[str]

    def to_json(self) -> dict[str, object]:
        a = self.assessment
        return {
            "provider": a.facts.provider,
            "code": a.facts.code,
            "title": a.facts.title,
            "score": a.score,
            "must": self.must,
            "reasons": self.reasons,
        }


@dataclass
class MatchResult:
    demand: Demand
    results: list[Match]
    near_misses: list[NearMiss] = field(default_factory=list)
    wanted: list[Wanted] = field(default_factory=list)
    pool: list[Assessment] = field(default_factory=list)  # every candidate that meets the musts

    def to_json(self) -> dict[str, object]:
        return {
            "results": [m.to_json() for m in self.results],
            "near_misses": [n.to_json() for n in self.near_misses],
        }


WEIGHTS_SETTING = "matching.weights"


def configured_weights(store: Store) -> dict[str, float]:
    """The weights in settings over the defaults; unknown names and bad values are ignored."""
    stored = get_setting(store.db, WEIGHTS_SETTING, {})
    weights = dict(DEFAULT_WEIGHTS)
    if isinstance(stored, dict):
        for name, value in stored.items():
            if name in weights and isinstance(value, int | float) and 0 <= value <= 1000:
                weights[name] = float(value)
    return weights


def save_weights(store: Store, weights: Mapping[str, float]) -> None:
    """Keep the broker's weights (only known features, each 0..1000)."""
    clean = {k: float(v) for k, v in weights.items() if k in DEFAULT_WEIGHTS and 0 <= v <= 1000}
    with store.transaction() as db:
        set_setting(db, WEIGHTS_SETTING, clean)


def split_compound(stem: str, known: Mapping[str, int]) -> list[str] | None:
    """Two parts the catalogue knows (``medicijngebruik`` -> medicijn + gebruik), allowing the
    Dutch linking ``s`` (``storingsanalys`` -> storing + analys)."""
    for cut in range(len(stem) - MIN_PART, MIN_PART - 1, -1):
        head, tail = stem[:cut], stem[cut:]
        heads = [head] + ([head[:-1]] if head.endswith("s") and len(head) > MIN_PART else [])
        for h in heads:
            if h in known and tail in known:
                return [h, tail]
    return None


def _joined_neighbours(phrase: str, known: Mapping[str, int]) -> dict[int, set[str]]:
    """Two neighbouring words the catalogue writes as one (``gas meten`` -> ``gasmeten``), as an
    extra alternative for both words, by their position among the phrase's stems."""
    plain = [w for w in words(phrase) if analyse(w)]
    found: dict[int, set[str]] = {}
    for i in range(len(plain) - 1):
        compound = analyse(plain[i] + plain[i + 1])
        if len(compound) == 1 and compound[0] in known:
            found.setdefault(i, set()).add(compound[0])
            found.setdefault(i + 1, set()).add(compound[0])
    return found


def wanted_things(
    demand: Demand, syn: Synonyms, known: Mapping[str, int], total: int
) -> list[Wanted]:
    """The competences (else the content words of the text) as analysed alternatives."""
    common = (
        {s for s, n in known.items() if n / total > COMMON_SHARE}
        if total >= COMMON_MIN_CATALOGUE
        else set()
    )
    phrases = demand.competences or [w for w in words(demand.text) if analyse(w)]
    result: list[Wanted] = []
    seen: set[str] = set()
    for phrase in phrases:
        alternatives: list[frozenset[str]] = []
        stems = analyse(phrase)
        joined = _joined_neighbours(phrase, known)
        for i, stem in enumerate(stems):
            if len(stem) < MIN_WORD:  # the "e" of e-commerce says nothing on its own
                continue
            options = set(syn.expand(stem))
            if stem not in known:
                parts = split_compound(stem, known)
                if parts:
                    options.update(parts)
            options.update(joined.get(i, ()))
            options -= common
            if options:
                alternatives.append(frozenset(options))
        key = "|".join(sorted(s for a in alternatives for s in a))
        if alternatives and key not in seen:
            seen.add(key)
            result.append(Wanted(phrase.strip(), alternatives))
    return result


def _retrieval_terms(
    wanted: list[Wanted], demand: Demand, syn: Synonyms, known: Mapping[str, int], total: int
) -> list[list[str]]:
    """Per wanted thing the alternative stems to look for; with competences, the text's words
    as one more group (words to look for, not things to cover).

    Words in more than RETRIEVAL_SHARE of the catalogue (``bijhouden``, ``veilig``) find
    everything and tell little: they still count in the score, but are not looked for unless a
    wanted thing has nothing rarer.
    """
    limit = RETRIEVAL_SHARE * total if total >= COMMON_MIN_CATALOGUE else float("inf")

    def rare(stems: set[str]) -> list[str]:
        return sorted(s for s in stems if 0 < known.get(s, 0) <= limit)

    groups = []
    for w in wanted:
        stems = {s for alt in w.stems for s in alt}
        groups.append(rare(stems) or sorted(stems))
    if demand.competences:
        extra = rare({s for stem in analyse(demand.text) for s in syn.expand(stem) if s in known})
        if extra:
            groups.append(extra)
    return groups


_CACHE: dict[tuple[str, str, object], Any] = {}


def _per_index_version(store: Store, name: str, load: Callable[[Any], Any]) -> Any:
    """What ``load(db)`` answers, kept until the catalogue's search index changes."""
    version = index_version(store.db)
    key = (str(store.path), name, version)
    if key not in _CACHE:
        for old in [k for k in _CACHE if k[:2] == key[:2]]:
            del _CACHE[old]
        _CACHE[key] = load(store.db)
    return _CACHE[key]


def catalogue_counts(store: Store, demand: Demand, syn: Synonyms) -> tuple[dict[str, int], int]:
    """How many offerings hold each stem, and how many there are: the whole vocabulary, read
    once per version of the search index and kept (a 100,000-row index takes ~100 ms to read)."""
    return _per_index_version(store, "vocabulary", repo.vocabulary)


def _level_codes(demand: Demand) -> list[str] | None:
    rank = vocab.nlqf(demand.wanted_level)
    if rank is None:
        return None
    return [t.code for t in vocab.LEVELS.terms if t.rank == rank]


def hard_filters(store: Store, demand: Demand, today: date) -> repo.HardFilters:
    """The musts as SQL values; a must that cannot be checked (unknown place) filters nothing."""
    f = repo.HardFilters(today=today.isoformat())
    m = demand.is_must
    if m("level"):
        f.levels = _level_codes(demand)
    if m("credential") and demand.credential:
        f.credential = demand.credential
    if m("delivery") and demand.delivery:
        f.delivery = demand.delivery
    if m("schedule") and demand.schedule:
        f.schedule = demand.schedule
    if m("budget"):
        f.budget_cents = demand.budget_per_participant_cents
    if m("start") and (demand.start_after or demand.start_before):
        f.start_after = demand.start_after.isoformat() if demand.start_after else None
        f.start_before = demand.start_before.isoformat() if demand.start_before else None
    if m("sector") and demand.sector:
        f.sector = demand.sector
    if m("distance") and demand.city and demand.max_distance_km is not None:
        places = gazetteer()
        if places.find(demand.city) is not None:
            # Places within reach, and places the gazetteer does not know: their distance is
            # unknown, which a must flags but does not exclude.
            f.cities = [
                city.lower() for city in _per_index_version(store, "cities", repo.catalogue_cities)
                if (km := places.distance_km(demand.city, city)) is None
                or km <= demand.max_distance_km
            ]  # fmt: skip
    return f


def _facts(row: dict, starts: list[str], demand: Demand) -> OfferingFacts:
    distance = None
    if demand.city and row["city"]:
        distance = gazetteer().distance_km(demand.city, row["city"])
    return OfferingFacts(
        offering_id=row["id"], provider=row["provider"], code=row["code"], title=row["title"],
        level=row["level"], sector=row["sector"], credential=row["credential"],
        delivery=row["delivery"], schedule=row["schedule"], city=row["city"],
        price_cents=row["price_cents"], start_dates=[date.fromisoformat(d) for d in starts],
        continuous_intake=row["continuous_intake"],
        stems=row.get("stems") or {
            "title": set(analyse(row["title"])),
            "outcomes": {s for o in row["outcomes"] for s in analyse(o)},
            "keywords": {s for k in row["keywords"] for s in analyse(k)},
            "description": set(analyse(row.get("description") or "")),
        },
        distance_km=distance,
        hours=row["hours"],
    )  # fmt: skip


def _assess(
    cands: list[repo.Candidate],
    demand: Demand,
    wanted: list[Wanted],
    weights: Mapping[str, float],
    today: date,
    best_hits: int,
) -> list[Assessment]:
    out = []
    for cand in cands:
        rel = cand.hits / max(best_hits, 1)
        facts = _facts(cand.row, cand.start_dates, demand)
        values, covered = features(facts, demand, wanted, rel, today)
        a = Assessment(facts, values, weighted_score(values, weights), covered)
        a.broken_musts, a.unknown = check_musts(facts, demand, today)
        a.violations = soft_violations(values, demand)
        out.append(a)
    return out


def match(
    store: Store,
    demand: Demand,
    *,
    top: int = 10,
    weights: Mapping[str, float] | None = None,
    today: date | None = None,
    lang: str = "nl",
    near_misses: int = 5,
) -> MatchResult:
    """The ranked, explained shortlist for one demand."""
    today = today or date.today()
    weights = weights or configured_weights(store)
    db = store.db
    syn = with_own_groups(synonyms(), get_setting(db, SYNONYM_SETTING, []))
    known, total = catalogue_counts(store, demand, syn)
    wanted = wanted_things(demand, syn, known, total)
    filters = hard_filters(store, demand, today)
    near = NEAR_POOL if demand.must and near_misses else 0
    pools = repo.candidates(
        db, _retrieval_terms(wanted, demand, syn, known, total), filters,
                            CANDIDATES, near)  # fmt: skip
    best_hits = max((c.hits for c in pools.passing + pools.failing), default=1)
    assessed = _assess(pools.passing, demand, wanted, weights, today, best_hits)
    # The SQL filters let unknown values through; a must judged in Python may still break.
    # An offering that covers none of the wanted things and barely shares a word with the
    # demand is no answer, however close or cheap it is (it only filled the list).
    kept = [a for a in assessed if not a.broken_musts and _answers(a)]
    kept.sort(key=lambda a: (-a.score, a.facts.title, a.facts.code))
    results = [Match(i, a, reasons(a, demand, today, lang))
               for i, a in enumerate(kept[:top], start=1)]  # fmt: skip
    misses: list[NearMiss] = []
    if near:
        others = [a for a in _assess(pools.failing, demand, wanted, weights, today, best_hits)
                  if len(a.broken_musts) == 1]  # fmt: skip
        others.sort(key=lambda a: (-a.score, a.facts.title))
        best = results[-1].assessment.score if len(results) >= top else 0.0
        misses = [NearMiss(a, a.broken_musts[0], reasons(a, demand, today, lang))
                  for a in others if a.score > best][:near_misses]  # fmt: skip
    return MatchResult(demand, results, misses, wanted, kept)


MIN_TEXT_WITHOUT_COVERAGE = 0.1  # text score an offering needs when it covers nothing wanted


def _answers(a: Assessment) -> bool:
    return bool(a.covered) or a.features.get("text", 0.0) >= MIN_TEXT_WITHOUT_COVERAGE


COMPOSE_POOL = 60  # the best bookable candidates a programme is composed from


def compose_programme(
    result: MatchResult, today: date | None = None, max_hours: int | None = None
) -> Programme:
    """Modules from the shortlist's pool that together cover the wanted competences."""
    today = today or date.today()
    labels = [w.label for w in result.wanted]
    modules = [
        Module(
            offering_id=a.facts.offering_id, title=a.facts.title, provider=a.facts.provider,
            price_cents=a.facts.price_cents, hours=a.facts.hours,
            covers={w.label: coverage(w, a.facts.strong_terms) for w in result.wanted},
        )
        for a in result.pool[:COMPOSE_POOL]
        if a.facts.continuous_intake or a.facts.next_start(today)
    ]  # fmt: skip
    return compose(modules, labels, budget_cents=result.demand.budget_per_participant_cents,
                   max_hours=max_hours)  # fmt: skip


def match_demand(
    store: Store,
    demand: dict,
    top: int,
    today: date | None = None,
    weights: Mapping[str, float] | None = None,
) -> list[tuple[str, str]]:
    """(provider, code) in rank order: the interface of the quality harness."""
    result = match(store, parse_demand(demand), top=top, today=today, weights=weights)
    return [(m.facts.provider, m.facts.code) for m in result.results]
