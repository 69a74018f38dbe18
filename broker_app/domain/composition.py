"""A composed programme (maatwerkprogramma): modules that together cover the wanted competences.

Greedy by coverage gained per euro, within the budget per participant and the hours; then every
module that adds nothing once the others are in is dropped again. Not optimal in theory (set
cover is hard), but explainable to an employer: each module is there for a competence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

COVERED = 0.5  # a competence counts as covered from half its words on
UNKNOWN_PRICE_CENTS = 100_000  # an unknown price is treated as dear, not free


@dataclass(frozen=True)
class Module:
    offering_id: str
    title: str
    provider: str
    price_cents: int | None
    hours: int | None
    covers: Mapping[str, float]  # competence label -> 0..1


@dataclass
class Programme:
    modules: list[Module]
    coverage: dict[str, float]  # competence label -> best coverage by the modules
    gaps: list[str] = field(default_factory=list)
    price_cents: int = 0
    price_known: bool = True
    hours: int = 0

    @property
    def covered(self) -> list[str]:
        return [label for label, value in self.coverage.items() if value >= COVERED]


def _coverage(modules: Sequence[Module], labels: Sequence[str]) -> dict[str, float]:
    return {label: max((m.covers.get(label, 0.0) for m in modules), default=0.0)
            for label in labels}  # fmt: skip


def _gain(module: Module, current: Mapping[str, float]) -> float:
    return sum(max(0.0, module.covers.get(label, 0.0) - have) for label, have in current.items())


def _price(module: Module) -> int:
    return module.price_cents if module.price_cents is not None else UNKNOWN_PRICE_CENTS


def compose(
    candidates: Sequence[Module],
    labels: Sequence[str],
    *,
    budget_cents: int | None = None,
    max_hours: int | None = None,
    max_modules: int = 8,
) -> Programme:
    """The programme: greedy by coverage per euro, then redundant modules dropped."""
    chosen: list[Module] = []
    current = dict.fromkeys(labels, 0.0)
    spent = hours = 0
    pool = list(candidates)
    while pool and len(chosen) < max_modules:
        affordable = [
            m for m in pool
            if (budget_cents is None or spent + _price(m) <= budget_cents)
            and (max_hours is None or hours + (m.hours or 0) <= max_hours)
        ]  # fmt: skip
        scored = [(_gain(m, current) / (1 + _price(m) / 100), m) for m in affordable]
        scored = [(value, m) for value, m in scored if value > 0]
        if not scored:
            break
        _, best = max(scored, key=lambda item: (item[0], -_price(item[1]), item[1].title))
        chosen.append(best)
        pool.remove(best)
        spent += _price(best)
        hours += best.hours or 0
        current = _coverage(chosen, labels)
    # Drop what the others already cover, the dearest first.
    for module in sorted(chosen, key=_price, reverse=True):
        rest = [m for m in chosen if m is not module]
        if rest and _coverage(rest, labels) == current:
            chosen = rest
    coverage = _coverage(chosen, labels)
    return Programme(
        modules=chosen,
        coverage=coverage,
        gaps=[label for label, value in coverage.items() if value < COVERED],
        price_cents=sum(m.price_cents or 0 for m in chosen),
        price_known=all(m.price_cents is not None for m in chosen),
        hours=sum(m.hours or 0 for m in chosen),
    )
