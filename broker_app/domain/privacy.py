"""Privacy rules (AVG) that need no database: the BSN refusal, the health-word warning, the
anonymous placeholders and what an erased proposal snapshot keeps.

BSN: a Dutch citizen service number is nine digits that pass the "elfproef"
(9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11). Brokers type them with dots or spaces
(``1234.56.782``, ``123 456 782``), so any run of nine digits with single spaces, dots or
dashes between them counts, as long as no other digit touches the run (a phone number
``06 1234 5678`` or an IBAN holds more digits and is not mistaken for one). About one in eleven
random nine-digit numbers passes the test, so a nine-digit number that is not a BSN is
sometimes refused too; a broker never needs a bare nine-digit number in these fields.

Health data: a short list of unmistakable Dutch and English words (diagnoses, sick leave,
pregnancy, disability). Words can be innocent ("ziekenhuis" as an employer), so they only give
a warning and only in the fields about a person (participants, intake notes); the demand text
is about what must be learnt, where "zorg" or "dementie" are the subject, not a diagnosis.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

# Nine digits, each pair separated by at most one space, dot or dash; no digit just before or
# after (also not across a separator: "0 612 345 678" is a phone number).
_NINE_DIGITS = re.compile(r"(?<!\d)(?<!\d[ .\-])\d(?:[ .\-]?\d){8}(?![ .\-]?\d)")

HEALTH_WORDS = (
    "ziek", "ziekte", "ziektes", "ziekmelding", "ziekgemeld", "ziekteverlof", "arbo-arts",
    "bedrijfsarts", "diagnose", "burn-out", "burnout", "depressie", "depressief", "zwanger",
    "zwangerschap", "handicap", "gehandicapt", "medicijngebruik", "medicatiegebruik",
    "chronisch", "diabetes", "epilepsie", "kanker", "hernia", "adhd", "autisme", "dyslexie",
    "re-integratie", "reintegratie", "wia", "wao", "ziektewet", "psychisch", "psychiater",
    "psycholoog", "verslaving", "verslaafd", "sick", "illness", "pregnant", "disabled",
    "disability", "diagnosis",
)  # fmt: skip
_HEALTH = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(w) for w in HEALTH_WORDS) + r")(?![\w-])",
    re.IGNORECASE,
)

ANONYMOUS_CLIENT = "Geanonimiseerde klant {number}"
ANONYMOUS_PARTICIPANT = "Deelnemer {number}"


def passes_elfproef(digits: str) -> bool:
    """Nine digits whose weighted sum (9..2, and −1 for the last) is a multiple of 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def find_bsn(text: str | None) -> str | None:
    """The first thing in ``text`` that looks like a BSN (as typed), or None."""
    if not text:
        return None
    for found in _NINE_DIGITS.finditer(text):
        digits = re.sub(r"\D", "", found.group(0))
        if passes_elfproef(digits):
            return found.group(0)
    return None


def health_words(text: str | None) -> list[str]:
    """The health words in ``text`` (lower case, each once, in order of appearance)."""
    if not text:
        return []
    return list(dict.fromkeys(m.group(1).lower() for m in _HEALTH.finditer(text)))


def anonymous_client_name(number: int) -> str:
    return ANONYMOUS_CLIENT.format(number=number)


def anonymous_participant_name(number: int) -> str:
    return ANONYMOUS_PARTICIPANT.format(number=number)


# What a sent proposal keeps of its demand after the employer is erased: figures and terms, no
# words a person wrote (the text, the title, the competences may name people).
_DEMAND_KEEP = (
    "sector", "participants", "current_level", "target_level", "credential", "delivery",
    "schedule", "city", "max_distance_km", "budget_per_participant", "start_after",
    "start_before", "must",
)  # fmt: skip


def erase_snapshot(snapshot: dict, client_name: str) -> dict:
    """A sent proposal's frozen snapshot without personal data: the employer is only
    ``client_name`` (the anonymous placeholder), the proposal has no title, the demand keeps
    its figures and terms, the lines keep prices, counts and the offerings (catalogue data) but
    lose the broker's notes. Number, dates and totals stay as they were."""
    erased = dict(snapshot)
    erased["client"] = {"name": client_name}
    erased["title"] = None
    demand = snapshot.get("demand")
    if isinstance(demand, dict):
        kept = {k: demand[k] for k in _DEMAND_KEEP if k in demand}
        erased["demand"] = {"client": client_name, "text": "", **kept}
    lines = []
    for line in snapshot.get("lines") or []:
        if isinstance(line, dict):
            line = dict(line)
            line["notes"] = None
        lines.append(line)
    erased["lines"] = lines
    return erased


RETENTION_DEFAULT_MONTHS = 24
RETENTION_MAX_MONTHS = 240


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))
