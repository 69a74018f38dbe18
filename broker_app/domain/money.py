"""Money in integer cents, arithmetic in Decimal, never float.

Amounts arrive in Dutch (``€ 1.250,50``), English (``1250.50``) or bare (``1250``) form; all are
read here so that every importer and form agrees on what a price means.

Two readers: ``parse_amount`` for files (the catalogue import; language-blind, the importer
refuses ``1,250`` itself) and ``parse_cents(text, lang)`` for what a broker types in the window,
read in the window's language.
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


class AmbiguousAmountError(AmountError):
    """Typed text that means a different amount in the other language (``1,500``).

    ``thousands`` and ``decimal`` are the two readings in cents, for a message such as
    "bedoelt u € 1.500,00 of € 1,50?".
    """

    def __init__(self, text: str, thousands: int, decimal: int) -> None:
        super().__init__(text)
        self.text = text
        self.thousands = thousands
        self.decimal = decimal


# (thousands separator, decimal separator) of the window's languages.
SEPARATORS = {"nl": (".", ","), "en": (",", ".")}
_TYPED_CURRENCY = re.compile(
    r"^\s*(?:€|£|eur|euro|gbp)?\s*(?P<body>.*?)\s*(?:€|£|eur|euro|gbp|,-|,--|\.-|-)?\s*$", re.I
)


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
    """Round half up to whole cents, as an invoice does. Any size: an absurd amount is the
    caller's to refuse (``quantize`` would raise on more digits than Decimal's precision)."""
    return int((amount * 100).to_integral_value(rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def parse_cents(text: str, lang: str = "nl") -> int:
    """Read an amount a broker typed, in the window's language ``lang``, as whole cents.

    Dutch (``nl``): ``1.500`` = 1500, ``1.500,50``, ``1,50`` = 1.50, ``€ 1.500``, ``950,-``.
    English (``en``): ``1,500`` = 1500, ``1,500.50``, ``1.50`` = 1.50, ``€1,500``, ``£1,500``.
    Spaces, a currency sign (€, £, EUR) and the window's own thousands separator are allowed.

    The rule for typed text (the CSV importer keeps its own, stricter rule in
    ``catalogue.rows``):

    - a text that can only mean one amount is read, whichever language it is written in:
      ``1.500,50`` in an English window and ``1,500.50`` in a Dutch one are both 1500.50;
      one separator followed by one or two digits is the decimal mark (``1,5``, ``1.50``);
      a separator that occurs twice or more groups thousands (``1.500.000``, ``1,500,000``).
    - one separator followed by exactly three digits is a thousands separator when it is the
      language's own (Dutch ``1.500``, English ``1,500`` = 1500). When it is the language's
      decimal mark (Dutch ``1,500``, English ``1.500``) the text is refused with
      ``AmbiguousAmountError``: money has two decimals, so the broker probably wrote thousands
      the other language's way, and a guess would be off by a factor of a thousand.
    - more than two decimals, words, negative amounts and malformed groups (``1.50.0``) raise
      ``AmountError``.

    Whatever ``formatting.money(cents, lang)`` writes reads back to the same cents.
    """
    thousands_sep = SEPARATORS.get(lang, SEPARATORS["nl"])[0]
    cleaned = text.replace("\u00a0", " ").replace("\u202f", " ")
    match = _TYPED_CURRENCY.match(cleaned)
    body = (match.group("body") if match else cleaned).replace(" ", "").replace("'", "")
    if not re.fullmatch(r"\d[\d.,]*", body) or not body[-1].isdigit():
        raise AmountError(text)
    marks = {c for c in body if c in ".,"}
    whole, frac = body, ""
    if len(marks) == 2:
        decimal = body[max(body.rfind("."), body.rfind(","))]
        group = "," if decimal == "." else "."
        whole, _, frac = body.rpartition(decimal)
        if not re.fullmatch(r"[1-9]\d{0,2}(?:" + re.escape(group) + r"\d{3})+", whole):
            raise AmountError(text)
        whole = whole.replace(group, "")
    elif marks:
        mark = marks.pop()
        if body.count(mark) > 1:
            if not re.fullmatch(r"[1-9]\d{0,2}(?:" + re.escape(mark) + r"\d{3})+", body):
                raise AmountError(text)
            whole = body.replace(mark, "")
        else:
            head, _, tail = body.partition(mark)
            if len(tail) == 3 and re.fullmatch(r"[1-9]\d{0,2}", head):
                if mark == thousands_sep:
                    whole = head + tail
                elif tail.endswith("0"):
                    raise AmbiguousAmountError(
                        text, int(head + tail) * 100, to_cents(Decimal(head + "." + tail))
                    )
                else:
                    raise AmountError(text)
            else:
                whole, frac = head, tail
    if len(frac) > 2:
        raise AmountError(text)
    return int(whole) * 100 + int(frac.ljust(2, "0") or 0)
