"""Dates as users write them: ISO in files, Dutch notations tolerated with a warning."""

from __future__ import annotations

import re
from datetime import date

MONTHS_NL = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YMD_LOOSE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$")


class DateError(ValueError):
    """Text that is not a calendar date."""


def parse_date(text: str) -> tuple[date, bool]:
    """Return (date, exact); exact is True only for ISO ``YYYY-MM-DD``."""
    raw = text.strip().lower()
    exact = False
    try:
        if m := _ISO.match(raw):
            exact = True
            y, mo, d = (int(g) for g in m.groups())
        elif m := _DMY.match(raw):
            d, mo, y = (int(g) for g in m.groups())
        elif m := _YMD_LOOSE.match(raw):
            y, mo, d = (int(g) for g in m.groups())
        elif (m := _WORDS.match(raw)) and m.group(2) in MONTHS_NL:
            d, mo, y = int(m.group(1)), MONTHS_NL[m.group(2)], int(m.group(3))
        else:
            raise DateError(text)
        return date(y, mo, d), exact
    except ValueError as exc:
        raise DateError(text) from exc
