"""Dutch (and English) money and dates for people, through Babel, never by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from broker_app.domain.money import from_cents

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def locale_for(lang: str) -> str:
    return _LOCALES.get(lang, "nl_NL")


def money(cents: int | None, lang: str = "nl", whole: bool = False) -> str:
    """``€ 1.250,50``; with ``whole`` the cents are left off when they are zero (``€ 2.450``)."""
    if cents is None:
        return "—"
    amount: Decimal = from_cents(cents)
    if whole and cents % 100 == 0:
        return format_currency(
            amount, "EUR", format="¤ #,##0", locale=locale_for(lang), currency_digits=False
        )
    return format_currency(
        amount, "EUR", format="¤ #,##0.00", locale=locale_for(lang), currency_digits=False
    )


def long_date(value: date, lang: str = "nl") -> str:
    """``1 februari 2027`` / ``1 February 2027``."""
    return format_date(value, "d MMMM y", locale=locale_for(lang))


def short_date(value: date, lang: str = "nl") -> str:
    """``1 feb 2027``: for table columns, where the long form is too wide."""
    return format_date(value, "d MMM y", locale=locale_for(lang))


def number(value: int | float | Decimal, lang: str = "nl") -> str:
    return format_decimal(value, locale=locale_for(lang))
