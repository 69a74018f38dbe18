"""Scoring an offering against a demand: features in 0..1, a weighted sum, reasons in words.

The score is ``100 * sum(w_f * x_f) / sum(w_f)`` over the features that apply to this demand (a
demand without a budget is not scored on budget). Every feature and its weight is listed in
:data:`DEFAULT_WEIGHTS`; the broker can change the weights in settings.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from broker_app.domain import vocab
from broker_app.domain.demand import Demand
from broker_app.domain.formatting import long_date, money
from broker_app.domain.messages import t

# Feature -> weight. Text relevance dominates: a course about the wrong subject is never good,
# however near or cheap. Bookability is heavy too: nobody can enrol without a start date.
DEFAULT_WEIGHTS: dict[str, float] = {
    "text": 40.0,  # title and coverage of the wanted competences by the outcomes
    "level": 12.0,  # offering level against the current and target level
    "bookable": 12.0,  # a future start date, or continuous intake
    "distance": 8.0,  # within the travel distance of the employer's place (online: always)
    "start": 6.0,  # a start inside the wanted period
    "sector": 5.0,
    "credential": 5.0,
    "delivery": 4.0,
    "schedule": 3.0,
    "budget": 5.0,
}
FEATURES = tuple(DEFAULT_WEIGHTS)
DISTANCE_FADE_KM = 50.0  # beyond the maximum, the distance feature fades out over this many km


@dataclass
class OfferingFacts:
    """What scoring needs to know of one offering, already read from the store."""

    offering_id: str
    provider: str
    code: str
    title: str
    level: str
    sector: str | None
    credential: str | None
    delivery: list[str]
    schedule: list[str]
    city: str | None
    price_cents: int | None
    start_dates: list[date]
    continuous_intake: bool
    stems: dict[str, set[str]]  # field (title, outcomes, keywords, description) -> stems
    distance_km: float | None = None  # None when the place is unknown or not asked
    hours: int | None = None

    @cached_property
    def title_terms(self) -> Terms:
        return Terms(self.stems["title"])

    @cached_property
    def strong_terms(self) -> Terms:
        """What the offering is about: title, outcomes, keywords."""
        return Terms(self.stems["title"] | self.stems["outcomes"] | self.stems["keywords"])

    @cached_property
    def all_terms(self) -> Terms:
        return Terms(set(self.strong_terms.sorted) | self.stems["description"])

    @property
    def online_only(self) -> bool:
        return self.delivery == ["online"]

    def next_start(self, today: date) -> date | None:
        return next((d for d in self.start_dates if d >= today), None)


@dataclass
class Wanted:
    """One thing the employer wants learned: its words, each with the stems that may stand for it
    (the stem itself, synonyms, the parts of a compound)."""

    label: str
    stems: list[frozenset[str]]


@dataclass
class Assessment:
    facts: OfferingFacts
    features: dict[str, float]  # only the features that apply
    score: float = 0.0
    covered: list[str] = field(default_factory=list)  # labels of the wanted things covered
    violations: list[str] = field(default_factory=list)  # soft: preferences not met
    broken_musts: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # musts whose value is unknown


MIN_PREFIX_MATCH = 4  # a wanted stem of 4+ letters also matches compounds it starts


class Terms:
    """An offering's stems, sorted, so that "is this stem here, or a compound starting with it"
    (``hygiene`` in ``hygienecode``) is one binary search."""

    __slots__ = ("sorted",)

    def __init__(self, stems: Iterable[str]) -> None:
        self.sorted = tuple(sorted(set(stems)))

    def has(self, stem: str) -> bool:
        i = bisect_left(self.sorted, stem)
        if i == len(self.sorted):
            return False
        found = self.sorted[i]
        return found == stem or (len(stem) >= MIN_PREFIX_MATCH and found.startswith(stem))


def coverage(wanted: Wanted, terms: Terms) -> float:
    """Share of the wanted words found in ``terms``."""
    if not wanted.stems:
        return 0.0
    found = sum(1 for alternatives in wanted.stems if any(terms.has(a) for a in alternatives))
    return found / len(wanted.stems)


COVERED_AT = 0.5  # a wanted competence counts as covered when half its words are there


def text_feature(
    facts: OfferingFacts, wanted: Sequence[Wanted], relevance: float
) -> tuple[float, list[str]]:
    """Coverage of the wanted things by title, outcomes and keywords, plus the title's share and
    the full-text relevance (0..1 against the best candidate)."""
    strong = facts.strong_terms
    every = facts.all_terms
    if not wanted:
        return relevance, []
    parts = [max(coverage(w, strong), 0.5 * coverage(w, every)) for w in wanted]
    covered = [w.label for w, part in zip(wanted, parts, strict=True) if part >= COVERED_AT]
    title = sum(coverage(w, facts.title_terms) for w in wanted) / len(wanted)
    value = 0.6 * (sum(parts) / len(parts)) + 0.25 * title + 0.15 * relevance
    return min(1.0, value), covered


def level_feature(offering_level: str, demand: Demand) -> float | None:
    wanted = vocab.nlqf(demand.wanted_level)
    if wanted is None:
        return None
    have = vocab.nlqf(offering_level)
    if have is None:
        return 0.5  # no level: a short course may still fit
    if have == wanted:
        return 1.0
    current = vocab.nlqf(demand.current_level)
    if current is not None and min(current, wanted) <= have <= max(current, wanted):
        return 0.6
    return max(0.0, 1.0 - 0.45 * abs(have - wanted))


def _overlap(have: Sequence[str], want: Sequence[str]) -> float | None:
    if not want:
        return None
    if not have:
        return 0.5
    return 1.0 if set(have) & set(want) else 0.0


def distance_feature(facts: OfferingFacts, demand: Demand) -> float | None:
    if not demand.city:
        return None
    if facts.online_only:
        return 1.0
    if facts.distance_km is None:
        return 0.5
    limit = demand.max_distance_km if demand.max_distance_km is not None else 30
    if facts.distance_km <= limit:
        return 1.0 - 0.3 * (facts.distance_km / max(limit, 1))
    return max(0.0, 0.7 * (1 - (facts.distance_km - limit) / DISTANCE_FADE_KM))


def _starts_in(facts: OfferingFacts, demand: Demand, today: date) -> bool:
    low = max(demand.start_after or today, today)
    high = demand.start_before or date.max
    return facts.continuous_intake or any(low <= d <= high for d in facts.start_dates)


def features(
    facts: OfferingFacts, demand: Demand, wanted: Sequence[Wanted], relevance: float, today: date
) -> tuple[dict[str, float], list[str]]:
    """Every feature that applies to this demand, each in 0..1; and the wanted things covered."""
    text, covered = text_feature(facts, wanted, relevance)
    values: dict[str, float | None] = {
        "text": text,
        "level": level_feature(facts.level, demand),
        "bookable": 1.0 if facts.continuous_intake or facts.next_start(today) else 0.0,
        "distance": distance_feature(facts, demand),
        "sector": None if not demand.sector else (
            0.5 if not facts.sector else float(facts.sector.lower() == demand.sector.lower())),
        "credential": None if not demand.credential else (
            0.5 if not facts.credential else float(facts.credential == demand.credential)),
        "delivery": _overlap(facts.delivery, demand.delivery),
        "schedule": _overlap(facts.schedule, demand.schedule),
        "budget": None,
        "start": None,
    }  # fmt: skip
    if demand.budget_per_participant_cents is not None:
        budget = demand.budget_per_participant_cents
        price = facts.price_cents
        if price is None:
            values["budget"] = 0.5
        else:
            over = max(0, price - budget) / max(budget, 1)
            values["budget"] = max(0.0, 1.0 - over)
    if demand.start_after or demand.start_before:
        values["start"] = 1.0 if _starts_in(facts, demand, today) else (
            0.5 if not facts.start_dates else 0.0)  # fmt: skip
    return {k: v for k, v in values.items() if v is not None}, covered


def weighted_score(values: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """0..100: the weighted mean of the features present."""
    total = sum(weights.get(k, 0.0) for k in values)
    if total <= 0:
        return 0.0
    return round(100 * sum(weights.get(k, 0.0) * v for k, v in values.items()) / total, 1)


def check_musts(facts: OfferingFacts, demand: Demand, today: date) -> tuple[list[str], list[str]]:
    """(broken musts, musts whose value is unknown) for one offering."""
    broken: list[str] = []
    unknown: list[str] = []

    def judge(name: str, known: bool, ok: bool) -> None:
        if not demand.is_must(name):
            return
        if not known:
            unknown.append(name)
        elif not ok:
            broken.append(name)

    wanted_rank = vocab.nlqf(demand.wanted_level)
    have_rank = vocab.nlqf(facts.level)
    # An offering "without level" (geen) is known not to be at the level asked for.
    judge("level", wanted_rank is not None, have_rank == wanted_rank)
    judge("credential", facts.credential is not None,
          demand.credential is None or facts.credential == demand.credential)  # fmt: skip
    judge("delivery", bool(facts.delivery),
          not demand.delivery or bool(set(facts.delivery) & set(demand.delivery)))  # fmt: skip
    judge("schedule", bool(facts.schedule),
          not demand.schedule or bool(set(facts.schedule) & set(demand.schedule)))  # fmt: skip
    budget = demand.budget_per_participant_cents
    judge("budget", facts.price_cents is not None,
          budget is None or (facts.price_cents or 0) <= budget)  # fmt: skip
    judge("start", facts.continuous_intake or bool(facts.start_dates),
          _starts_in(facts, demand, today))  # fmt: skip
    judge("sector", facts.sector is not None,
          not demand.sector or (facts.sector or "").lower() == demand.sector.lower())  # fmt: skip
    limit = demand.max_distance_km
    judge("distance", facts.online_only or facts.distance_km is not None,
          facts.online_only or limit is None or (facts.distance_km or 0) <= limit)  # fmt: skip
    return broken, unknown


def soft_violations(values: Mapping[str, float], demand: Demand) -> list[str]:
    """The preferences (not musts) this offering does not meet."""
    return [
        name for name in ("level", "credential", "delivery", "schedule", "distance", "budget",
                          "start", "sector")
        if name in values and values[name] < 0.5 and not demand.is_must(name)
    ]  # fmt: skip


def reasons(a: Assessment, demand: Demand, today: date, lang: str = "nl") -> list[str]:
    """Why this offering, in the broker's words: ``sluit aan op: medicatie, zorgplan``."""
    f = a.facts
    out: list[str] = []
    if a.covered:
        out.append(t("reason.covers", lang, what=", ".join(a.covered[:4])))
    wanted_rank = vocab.nlqf(demand.wanted_level)
    have_rank = vocab.nlqf(f.level)
    if wanted_rank is not None and have_rank is not None:
        key = "reason.level_as_asked" if have_rank == wanted_rank else "reason.level_other"
        wanted = level_words(demand.wanted_level or "", lang)
        out.append(t(key, lang, level=level_words(f.level, lang), wanted=wanted))
    if demand.city:
        if f.online_only:
            out.append(t("reason.online", lang))
        elif f.distance_km is not None and f.distance_km < 1:
            out.append(t("reason.in_city", lang, city=f.city))
        elif f.distance_km is not None:
            out.append(t("reason.distance", lang, km=round(f.distance_km), city=demand.city))
    start = f.next_start(today)
    if start:
        out.append(t("reason.start", lang, date=long_date(start, lang)))
    elif f.continuous_intake:
        out.append(t("reason.continuous", lang))
    else:
        out.append(t("reason.no_start", lang))
    budget = demand.budget_per_participant_cents
    if budget is not None and f.price_cents is not None and f.price_cents > budget:
        out.append(t("reason.over_budget", lang, price=money(f.price_cents, lang, whole=True)))
    return out


def level_words(level: str, lang: str = "nl") -> str:
    """``niveau 3`` for mbo levels (how brokers say it), the short label otherwise."""
    if level.startswith("mbo-"):
        return t("level.mbo", lang, n=level[4:])
    return vocab.LEVELS.short_label(level, lang)
