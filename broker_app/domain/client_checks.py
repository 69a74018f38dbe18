"""Checks on what a broker types about an employer: KvK number, e-mail, postcode, phone.

Each check takes the text as typed and returns a :class:`Checked`: the value to store
(normalised, ``None`` for an empty field) or the problem that says why it cannot be stored.
People type ``12.34.56.78`` and ``8017jl``; those are read as ``12345678`` and ``8017 JL``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from broker_app.domain.messages import t
from broker_app.domain.privacy import find_bsn

KVK_DIGITS = 8

# Separators people type inside a KvK number: spaces (also the non-breaking kind), dots, dashes.
_KVK_SEPARATORS = re.compile(r"[\s.\-]+")
# One @, no spaces, a domain with at least one dot and a top-level part of two or more letters.
_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$"
)
_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s*([A-Za-z]{2})$")
_POSTCODE_UNUSED_LETTERS = {"SA", "SD", "SS"}  # PostNL never issues these
_PHONE_CHARS = re.compile(r"^\+?[0-9\s\-().]+$")
_PHONE_MIN_DIGITS, _PHONE_MAX_DIGITS = 9, 15


@dataclass(frozen=True)
class Checked:
    """The outcome of a check: ``value`` to store, or ``problem`` (a message key) and its
    ``params``. An empty field is fine (``value`` None) unless the field is required."""

    value: str | None = None
    problem: str | None = None
    params: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.problem is None

    def message(self, lang: str = "nl") -> str:
        return t(self.problem, lang, **self.params) if self.problem else ""


def _clean(text: str | None) -> str:
    return (text or "").strip()


def check_name(text: str | None) -> Checked:
    name = " ".join(_clean(text).split())
    return Checked(name) if name else Checked(problem="client.name_required")


def normalise_kvk(text: str | None) -> str:
    """``12.34.56.78`` -> ``12345678``; anything else is left for :func:`check_kvk` to judge."""
    return _KVK_SEPARATORS.sub("", _clean(text))


def check_kvk(text: str | None) -> Checked:
    digits = normalise_kvk(text)
    if not digits:
        return Checked()
    if not digits.isascii() or not digits.isdigit():
        return Checked(problem="client.kvk_not_digits")
    if len(digits) != KVK_DIGITS:
        return Checked(problem="client.kvk_length", params={"count": len(digits)})
    return Checked(digits)


def check_email(text: str | None) -> Checked:
    address = _clean(text)
    if not address:
        return Checked()
    local, _, domain = address.rpartition("@")
    if (
        not _EMAIL.match(address)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
        or len(address) > 254
    ):
        return Checked(problem="client.email_invalid")
    return Checked(f"{local}@{domain.lower()}")


def check_postcode(text: str | None) -> Checked:
    raw = _clean(text)
    if not raw:
        return Checked()
    found = _POSTCODE.match(raw)
    if not found or found.group(2).upper() in _POSTCODE_UNUSED_LETTERS:
        return Checked(problem="client.postcode_invalid")
    return Checked(f"{found.group(1)} {found.group(2).upper()}")


def check_phone(text: str | None) -> Checked:
    """Lightly: the usual characters and a plausible number of digits; kept as typed."""
    raw = " ".join(_clean(text).split())
    if not raw:
        return Checked()
    digits = sum(ch.isdigit() for ch in raw)
    if not _PHONE_CHARS.match(raw) or not _PHONE_MIN_DIGITS <= digits <= _PHONE_MAX_DIGITS:
        return Checked(problem="client.phone_invalid")
    return Checked(raw)


def check_text(text: str | None) -> Checked:
    """A free text: trimmed, empty becomes None; refused when it holds a BSN (AVG)."""
    value = _clean(text)
    bsn = find_bsn(value)
    if bsn:
        return Checked(problem="privacy.bsn", params={"value": bsn})
    return Checked(value or None)


def check_contact_name(text: str | None) -> Checked:
    checked = check_name(text)
    return checked if checked.ok else Checked(problem="client.contact_name_required")


CLIENT_CHECKS: dict[str, Callable[[str | None], Checked]] = {
    "name": check_name,
    "kvk": check_kvk,
    "sector": check_text,
    "address": check_text,
    "postcode": check_postcode,
    "city": check_text,
    "email": check_email,
    "phone": check_phone,
    "notes": check_text,
}

CONTACT_CHECKS: dict[str, Callable[[str | None], Checked]] = {
    "name": check_contact_name,
    "role": check_text,
    "email": check_email,
    "phone": check_phone,
}


def check_fields(
    values: Mapping[str, str | None], checks: Mapping[str, Callable[[str | None], Checked]]
) -> tuple[dict[str, str | None], dict[str, Checked]]:
    """Split typed values into (clean values to store, problems per field); unknown fields
    are ignored."""
    clean: dict[str, str | None] = {}
    problems: dict[str, Checked] = {}
    for name, text in values.items():
        check = checks.get(name)
        if check is None:
            continue
        checked = check(text)
        if checked.ok:
            clean[name] = checked.value
        else:
            problems[name] = checked
    return clean, problems
