"""Demand JSON v1 (FORMATS.md section 2): one employer's training demand as a checked object.

Every wrong field is named, so a broker (or a script) can fix the file in one go:
``veld target_level: "mbo-9" is geen bekende waarde``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from broker_app.domain import vocab
from broker_app.domain.dates import DateError, parse_date
from broker_app.domain.money import to_cents
from broker_app.domain.privacy import find_bsn
from broker_app.domain.problems import InputRefused, Problem

TEXT_FIELDS = ("client", "title", "text", "sector", "city")
REQUIRED = ("client", "text")
FIELDS = (
    "client", "title", "text", "competences", "sector", "participants", "current_level",
    "target_level", "credential", "delivery", "schedule", "city", "max_distance_km",
    "budget_per_participant", "start_after", "start_before", "must",
)  # fmt: skip
MAX_TEXT = 5_000
MAX_WHOLE = 1_000_000  # participants, kilometres
MAX_AMOUNT = Decimal(10_000_000)  # euro per participant
MAX_COMPETENCES = 50


@dataclass
class Demand:
    """What an employer asks for; every constraint but ``client`` and ``text`` may be absent."""

    client: str
    text: str
    title: str | None = None
    competences: list[str] = field(default_factory=list)
    sector: str | None = None
    participants: int | None = None
    current_level: str | None = None
    target_level: str | None = None
    credential: str | None = None
    delivery: list[str] = field(default_factory=list)
    schedule: list[str] = field(default_factory=list)
    city: str | None = None
    max_distance_km: int | None = None
    budget_per_participant_cents: int | None = None
    start_after: date | None = None
    start_before: date | None = None
    must: list[str] = field(default_factory=list)

    @classmethod
    def from_line(cls, line: Mapping[str, Any], client: str) -> Demand:
        """A stored demand line (lists decoded, dates as ISO text) as a Demand to match."""

        def day(value: object) -> date | None:
            return date.fromisoformat(str(value)) if value else None

        return cls(
            client=client,
            text=str(line.get("text") or ""),
            title=line.get("title") or None,
            competences=list(line.get("competences") or []),
            sector=line.get("sector") or None,
            participants=line.get("participants"),
            current_level=line.get("current_level") or None,
            target_level=line.get("target_level") or None,
            credential=line.get("credential") or None,
            delivery=list(line.get("delivery") or []),
            schedule=list(line.get("schedule") or []),
            city=line.get("city") or None,
            max_distance_km=line.get("max_distance_km"),
            budget_per_participant_cents=line.get("budget_per_participant_cents"),
            start_after=day(line.get("start_after")),
            start_before=day(line.get("start_before")),
            must=list(line.get("must") or []),
        )

    def is_must(self, name: str) -> bool:
        return name in self.must

    @property
    def wanted_level(self) -> str | None:
        """The level the training should be at: the target, else the current level."""
        return self.target_level or self.current_level

    def to_json(self) -> dict[str, object]:
        """Back to Demand JSON v1 (only the fields that are set)."""
        data: dict[str, object] = {"client": self.client, "text": self.text}
        for name in FIELDS:
            if name in data:
                continue
            if name == "budget_per_participant":
                value: object = self.budget_per_participant_cents
                if value is not None:
                    value = float(Decimal(value) / 100)
            else:
                value = getattr(self, name)
            if isinstance(value, date):
                value = value.isoformat()
            if value not in (None, [], ""):
                data[name] = value
        return data


class _Reader:
    def __init__(self, data: Mapping[str, object]) -> None:
        self.data = data
        self.problems: list[Problem] = []

    def error(self, field_name: str, key: str, **params: object) -> None:
        self.problems.append(Problem("error", key, column=field_name, params=params))

    def text(self, name: str) -> str | None:
        value = self.data.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if name in REQUIRED:
                self.error(name, "value.required")
            return None
        if not isinstance(value, str):
            self.error(name, "demand.not_text", value=_show(value))
            return None
        if len(value) > MAX_TEXT:
            self.error(name, "value.too_long", length=len(value), limit=MAX_TEXT)
            return None
        return value.strip()

    def whole(self, name: str) -> int | None:
        value = self.data.get(name)
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value != int(value)
        ):
            self.error(name, "value.whole", value=_show(value))
            return None
        if value < 0:
            self.error(name, "value.negative", value=_show(value))
            return None
        if value > MAX_WHOLE:
            self.error(name, "value.too_large", value=_show(value))
            return None
        return int(value)

    def amount(self, name: str) -> int | None:
        value = self.data.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            self.error(name, "value.amount", value=_show(value))
            return None
        try:
            number = Decimal(str(value).replace(",", "."))
        except InvalidOperation:
            self.error(name, "value.amount", value=_show(value))
            return None
        if not number.is_finite():
            self.error(name, "value.amount", value=_show(value))
            return None
        if number < 0:
            self.error(name, "value.negative", value=_show(value))
            return None
        if number > MAX_AMOUNT:
            self.error(name, "value.too_large", value=_show(value))
            return None
        return to_cents(number)

    def term(self, name: str, vocabulary: vocab.Vocabulary) -> str | None:
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            self.error(name, "demand.not_text", value=_show(value))
            return None
        if value not in vocabulary:
            choices = ", ".join(vocabulary.codes)
            self.error(name, "value.unknown", value=_show(value), choices=choices)
            return None
        return value

    def strings(self, name: str) -> list[str] | None:
        value = self.data.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.error(name, "demand.not_list", value=_show(value))
            return None
        return [v.strip() for v in value if v.strip()]

    def terms(self, name: str, vocabulary: vocab.Vocabulary) -> list[str]:
        values = self.strings(name)
        if values is None:
            return []
        bad = [v for v in values if v not in vocabulary]
        for v in bad:
            self.error(name, "value.unknown", value=_show(v), choices=", ".join(vocabulary.codes))
        return list(dict.fromkeys(v for v in values if v in vocabulary))

    def day(self, name: str) -> date | None:
        value = self.data.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            self.error(name, "value.date", value=_show(value))
            return None
        try:
            parsed, exact = parse_date(value)
        except DateError:
            self.error(name, "value.date", value=_show(value))
            return None
        if not exact:
            self.error(name, "value.date", value=_show(value))
            return None
        return parsed


def _show(value: object) -> str:
    """The value as the message shows it: control characters and line breaks escaped."""
    text = value if isinstance(value, str) and value.isprintable() else repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_demand(data: object) -> Demand:
    """A checked Demand, or InputRefused naming every bad field."""
    if not isinstance(data, Mapping):
        raise InputRefused([Problem("error", "demand.not_object")])
    r = _Reader(data)
    for name in data:
        if name not in FIELDS:
            r.error(str(name), "demand.unknown_field", fields=", ".join(FIELDS))
    client, text = r.text("client"), r.text("text")
    competences = r.strings("competences") or []
    if len(competences) > MAX_COMPETENCES:
        r.error("competences", "demand.too_many", count=len(competences), limit=MAX_COMPETENCES)
    demand = Demand(
        client=client or "",
        text=text or "",
        title=r.text("title"),
        competences=competences,
        sector=(r.text("sector") or "").lower() or None,
        participants=r.whole("participants"),
        current_level=r.term("current_level", vocab.LEVELS),
        target_level=r.term("target_level", vocab.LEVELS),
        credential=r.term("credential", vocab.CREDENTIALS),
        delivery=r.terms("delivery", vocab.DELIVERY),
        schedule=r.terms("schedule", vocab.SCHEDULE),
        city=r.text("city"),
        max_distance_km=r.whole("max_distance_km"),
        budget_per_participant_cents=r.amount("budget_per_participant"),
        start_after=r.day("start_after"),
        start_before=r.day("start_before"),
        must=r.terms("must", vocab.MUST_CONSTRAINTS),
    )
    if demand.start_after and demand.start_before and demand.start_after > demand.start_before:
        r.error("start_before", "demand.period", after=demand.start_after.isoformat(),
                before=demand.start_before.isoformat())  # fmt: skip
    if "distance" in demand.must and (demand.city is None or demand.max_distance_km is None):
        r.error("must", "demand.must_needs", constraint="distance", needs="city, max_distance_km")
    # AVG: a demand never carries a citizen service number (participants come as a count).
    for name, value in (("title", demand.title), ("text", demand.text),
                        ("competences", " | ".join(demand.competences))):  # fmt: skip
        bsn = find_bsn(value)
        if bsn:
            r.error(name, "privacy.bsn", value=bsn)
    if r.problems:
        raise InputRefused(r.problems)
    return demand
