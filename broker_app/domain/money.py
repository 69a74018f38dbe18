"""Money in integer cents, arithmetic in Decimal, never float.

Amounts arrive in Dutch (``€ 1.250,50``), English (``1250.50``) or bare (``1250``) form; all are
read here so that every importer and form agrees on what a price means.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")

_CURRENCY = re.compile(r"^\s*(?:€|eur|euro)?\s*(?P<body>.*?)\s*(?:€|eur|euro|,-|,--|-)?\s*$", re.I)
_THOUSANDS_DOT = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^\d{1,3}(?:,\d{3}){2,}$")


class AmountError(ValueError):
    """Text that is not an amount of money."""


def parse_amount(text: str) -> Decimal:
    """Read a euro amount in Dutch or plain notation; refuse negatives and words."""
    match = _CURRENCY.match(text.replace("\u00a0", " "))
    body = (match.group("body") if match else text).replace(" ", "").replace("'", "")
    if not body or not re.fullmatch(r"[\d.,]+", body) or not re.search(r"\d", body):
        raise AmountError(text)
    if "." in body and "," in body:
        decimal_sep = "," if body.rfind(",") > body.rfind(".") else "."
        thousands_sep = "." if decimal_sep == "," else ","
        whole, _, frac = body.rpartition(decimal_sep)
        if not re.fullmatch(r"\d{1,3}(?:" + re.escape(thousands_sep) + r"\d{3})*", whole):
            raise AmountError(text)
        normal = whole.replace(thousands_sep, "") + "." + frac
    elif "," in body:
        normal = body.replace(",", "") if _THOUSANDS_COMMA.match(body) else body.replace(",", ".")
    elif "." in body:
        normal = body.replace(".", "") if _THOUSANDS_DOT.match(body) else body
    else:
        normal = body
    if normal.count(".") > 1 or normal.endswith(".") or normal.startswith("."):
        raise AmountError(text)
    try:
        value = Decimal(normal)
    except InvalidOperation as exc:
        raise AmountError(text) from exc
    if value.as_tuple().exponent < -2 and value != value.quantize(CENT):
        raise AmountError(text)
    return value


def to_cents(amount: Decimal) -> int:
    """Round half up to whole cents, as an invoice does."""
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def parse_cents(text: str) -> int:
    return to_cents(parse_amount(text))
