"""One spreadsheet row of catalogue v1 into a checked :class:`OfferingRecord`.

Format-independent: the CSV reader (and later XLSX) hands over ``{column: text}`` and the row
number a spreadsheet shows; every problem names that row and the column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from broker_app.catalogue.columns import LIST_SEPARATOR, REQUIRED
from broker_app.domain import vocab
from broker_app.domain.dates import DateError, parse_date
from broker_app.domain.models import HOURS_PER_EC, OfferingRecord
from broker_app.domain.money import AmountError, parse_amount, to_cents
from broker_app.domain.problems import Problem

MAX_PRICE_CENTS = 100_000_000  # one million euro per participant is a typing error
MAX_WHOLE = 100_000
TEXT_LIMITS = {
    "provider": 200,
    "code": 100,
    "title": 300,
    "description": 20_000,
    "city": 100,
    "url": 2_000,
    "sector": 100,
    "qualification_code": 40,
}
_WHOLE = re.compile(r"^\d+$")
_NO_VALUE = ("-", "—", "–", "n.v.t.", "nvt", "?")  # how spreadsheets say "not known"
# "1,250": Dutch for 1.25, English for 1250; a broker must not find out from the invoice.
_AMBIGUOUS = re.compile(r"^\d{1,3},\d{3}$")
_WHOLE_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


class RowReader:
    """Collects the problems of one row while its cells are read."""

    def __init__(self, cells: Mapping[str, str | None], row: int) -> None:
        self.cells = cells
        self.row = row
        self.problems: list[Problem] = []

    def _error(self, column: str, key: str, **params: object) -> None:
        self.problems.append(Problem("error", key, self.row, column, params))

    def _warn(self, column: str, key: str, **params: object) -> None:
        self.problems.append(Problem("warning", key, self.row, column, params))

    def raw(self, column: str) -> str | None:
        value = self.cells.get(column)
        if value is None:
            return None
        value = value.strip()
        return value or None

    def text(self, column: str) -> str | None:
        value = self.raw(column)
        if value is None:
            if column in REQUIRED:
                self._error(column, "value.required")
            return None
        limit = TEXT_LIMITS.get(column)
        if limit and len(value) > limit:
            self._error(column, "value.too_long", length=len(value), limit=limit)
            return None
        return value

    def term(self, column: str, vocabulary: vocab.Vocabulary) -> str | None:
        value = self.raw(column)
        if value is None:
            if column in REQUIRED:
                self._error(column, "value.required")
            return None
        return self._parse_term(column, vocabulary, value)

    def _parse_term(self, column: str, vocabulary: vocab.Vocabulary, value: str) -> str | None:
        try:
            code, exact = vocabulary.parse(value)
        except vocab.UnknownValue:
            self._error(column, "value.unknown", value=value, choices=", ".join(vocabulary.codes))
            return None
        if not exact:
            self._warn(column, "value.read_as", value=value, code=code)
        return code

    def items(self, column: str) -> list[str]:
        value = self.raw(column)
        if value is None:
            return []
        return [part.strip() for part in value.split(LIST_SEPARATOR) if part.strip()]

    def terms(self, column: str, vocabulary: vocab.Vocabulary) -> list[str]:
        codes: list[str] = []
        for item in self.items(column):
            parts = [item]
            if item not in vocabulary and "," in item:
                parts = [p.strip() for p in item.split(",") if p.strip()]
            for part in parts:
                code = self._parse_term(column, vocabulary, part)
                if code and code not in codes:
                    codes.append(code)
        return codes

    def whole(self, column: str) -> int | None:
        value = self.raw(column)
        if value is None:
            return None
        compact = value.replace(" ", "")
        if _WHOLE_THOUSANDS.match(compact):
            compact = compact.replace(".", "")
        if compact.startswith("-") and _WHOLE.match(compact[1:]):
            self._error(column, "value.negative", value=value)
            return None
        if not _WHOLE.match(compact):
            self._error(column, "value.whole", value=value)
            return None
        number = int(compact)
        if number > MAX_WHOLE:
            self._error(column, "value.too_large", value=value)
            return None
        return number

    def decimal(self, column: str) -> Decimal | None:
        value = self.raw(column)
        if value is None:
            return None
        if value.lstrip().startswith("-"):
            self._error(column, "value.negative", value=value)
            return None
        try:
            number = Decimal(value.replace(",", "."))
        except InvalidOperation:
            self._error(column, "value.number", value=value)
            return None
        if not number.is_finite() or number > MAX_WHOLE:
            self._error(column, "value.number", value=value)
            return None
        return number

    def price(self, column: str) -> int | None:
        value = self.raw(column)
        if value is None or value in _NO_VALUE:
            return None
        if _AMBIGUOUS.match(value.replace("€", "").strip()):
            bare = value.replace("€", "").strip()
            thousands, decimal = bare.replace(",", ""), bare.replace(",", ".")
            self._error(
                column, "value.ambiguous_amount", value=value, thousands=thousands, decimal=decimal
            )
            return None
        if value.lstrip().lstrip("€").strip().startswith("-"):
            self._error(column, "value.negative", value=value)
            return None
        try:
            cents = to_cents(parse_amount(value))
        except AmountError:
            self._error(column, "value.amount", value=value)
            return None
        if cents > MAX_PRICE_CENTS:
            self._error(column, "value.too_large", value=value)
            return None
        return cents

    def yes_no(self, column: str) -> bool | None:
        code = self.term(column, vocab.YES_NO)
        return None if code is None else code == "ja"

    def url(self, column: str) -> str | None:
        value = self.text(column)
        if value is None:
            return None
        if re.match(r"^https?://\S+$", value, re.I):
            return value
        if re.match(r"^www\.\S+$", value, re.I):
            fixed = "https://" + value
            self._warn(column, "value.read_as", value=value, code=fixed)
            return fixed
        self._error(column, "value.url", value=value)
        return None

    def start_dates(self, column: str) -> tuple[list, bool]:
        dates = []
        continuous = False
        for item in self.items(column):
            if vocab.fold_key(item) == vocab.CONTINUOUS_INTAKE:
                continuous = True
                if item != vocab.CONTINUOUS_INTAKE:
                    self._warn(column, "value.read_as", value=item, code=vocab.CONTINUOUS_INTAKE)
                continue
            try:
                day, exact = parse_date(item)
            except DateError:
                self._error(column, "value.date", value=item)
                continue
            if not exact:
                self._warn(column, "value.read_as", value=item, code=day.isoformat())
            if day not in dates:
                dates.append(day)
        return sorted(dates), continuous


def _lower(value: str | None) -> str | None:
    return value.lower() if value else value


def parse_row(
    cells: Mapping[str, str | None], row: int
) -> tuple[OfferingRecord | None, list[Problem]]:
    """Read one row; the record is None when any cell has an error."""
    r = RowReader(cells, row)
    provider, code, title = r.text("provider"), r.text("code"), r.text("title")
    offering_type = r.term("type", vocab.OFFERING_TYPES)
    level = r.term("level", vocab.LEVELS)
    hours = r.whole("hours")
    ec = r.decimal("ec")
    if hours is None and ec is not None:
        hours = int((ec * HOURS_PER_EC).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    start_dates, continuous = r.start_dates("start_dates")
    min_p, max_p = r.whole("min_participants"), r.whole("max_participants")
    if min_p is not None and max_p is not None and min_p > max_p:
        r._error("max_participants", "value.min_max", min=min_p, max=max_p)
    record = OfferingRecord(
        provider=provider or "",
        code=code or "",
        title=title or "",
        type=offering_type or "",
        level=level or "",
        sector=_lower(r.text("sector")),
        description=r.text("description"),
        outcomes=r.items("outcomes"),
        keywords=r.items("keywords"),
        qualification_code=r.text("qualification_code"),
        hours=hours,
        ec=ec,
        duration_weeks=r.whole("duration_weeks"),
        delivery=r.terms("delivery", vocab.DELIVERY),
        schedule=r.terms("schedule", vocab.SCHEDULE),
        city=r.text("city"),
        price_cents=r.price("price"),
        vat=r.term("vat", vocab.VAT_RATES),
        start_dates=start_dates,
        continuous_intake=continuous,
        credential=r.term("credential", vocab.CREDENTIALS),
        min_participants=min_p,
        max_participants=max_p,
        language=r.term("language", vocab.LANGUAGES),
        funded=r.yes_no("funded"),
        provider_kind=r.term("provider_kind", vocab.PROVIDER_KINDS),
        crkbo=r.yes_no("crkbo"),
        url=r.url("url"),
    )
    if any(p.is_error for p in r.problems):
        return None, r.problems
    return record, r.problems
