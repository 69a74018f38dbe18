"""The detail pane's rich text for one offering.

Every value that came from a file or a person is escaped here, once, so a title such as
``Jansen & Zn <b>`` shows literally. Money and dates come from the domain's formatting.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from broker_app.domain.formatting import long_date, money, number
from broker_app.domain.vocab import (
    CREDENTIALS,
    DELIVERY,
    LANGUAGES,
    LEVELS,
    OFFERING_TYPES,
    SCHEDULE,
    SECTORS,
    VAT_RATES,
    UnknownValue,
    Vocabulary,
)

MAX_START_DATES = 6

STYLE_SHEET = """
body { color: #1f2933; }
h2 { font-size: 15pt; font-weight: 600; margin: 0 0 2px 0; }
p.provider { color: #52606d; font-size: 10.5pt; margin: 0 0 10px 0; }
p.price { margin: 0 0 10px 0; }
span.amount { font-size: 12pt; font-weight: 600; color: #0b5394; }
span.vat { color: #616e7c; }
td.label { color: #616e7c; padding: 2px 14px 2px 0; }
td.value { padding: 2px 0; }
h3 { font-size: 11pt; font-weight: 600; margin: 14px 0 4px 0; }
p.placeholder { color: #7b8794; font-size: 11pt; }
p.hint { color: #9aa5b1; }
"""


def _labels(vocabulary: Vocabulary, codes: Sequence[str] | str | None, lang: str) -> str:
    if not codes:
        return ""
    if isinstance(codes, str):
        codes = [codes]
    return ", ".join(vocabulary.label(c, lang) if c in vocabulary else c for c in codes)


def _sector(sector: str | None, lang: str) -> str:
    """A known sector by its label in the window's language (also when the file had the Dutch
    or English label instead of the code); another as it is."""
    if not sector:
        return ""
    try:
        return SECTORS.label(SECTORS.parse(sector)[0], lang)
    except UnknownValue:
        return sector


def _study_load(offering: dict[str, Any], lang: str) -> str:
    parts = []
    if offering.get("hours") is not None:
        parts.append(
            QCoreApplication.translate("OfferingDetail", "{hours} uur").format(
                hours=number(offering["hours"], lang)
            )
        )
    if offering.get("ec") is not None:
        parts.append(
            QCoreApplication.translate("OfferingDetail", "{ec} EC").format(
                ec=number(offering["ec"], lang)
            )
        )
    return " · ".join(parts)


def _group(low: int | None, high: int | None) -> str:
    if low and high:
        return QCoreApplication.translate("OfferingDetail", "{low}–{high} deelnemers").format(
            low=low, high=high
        )
    if low:
        return QCoreApplication.translate("OfferingDetail", "vanaf {low} deelnemers").format(
            low=low
        )
    if high:
        return QCoreApplication.translate("OfferingDetail", "tot {high} deelnemers").format(
            high=high
        )
    return ""


def _starts(offering: dict[str, Any], lang: str, today: date) -> str:
    upcoming = sorted(d for d in offering.get("start_dates") or [] if d >= today.isoformat())
    parts = []
    if offering.get("continuous_intake"):
        parts.append(QCoreApplication.translate("OfferingDetail", "doorlopende instroom"))
    shown = [long_date(date.fromisoformat(d), lang) for d in upcoming[:MAX_START_DATES]]
    parts += shown
    if len(upcoming) > MAX_START_DATES:
        parts.append(
            QCoreApplication.translate("OfferingDetail", "en nog {count} later").format(
                count=len(upcoming) - MAX_START_DATES
            )
        )
    return ", ".join(parts) or QCoreApplication.translate(
        "OfferingDetail", "geen nieuwe startdata bekend"
    )


def _price_html(offering: dict[str, Any], lang: str) -> str:
    """``€ 1.250,50 per deelnemer (vrijgesteld van btw)``, the amount stressed."""
    if offering.get("price_cents") is None:
        return ""
    per_participant = QCoreApplication.translate("OfferingDetail", "per deelnemer")
    html = (
        f'<span class="amount">{escape(money(offering["price_cents"], lang))}</span> '
        f"{escape(per_participant)}"
    )
    vat = _labels(VAT_RATES, offering.get("vat"), lang)
    return f'{html} <span class="vat">({escape(vat)})</span>' if vat else html


def offering_html(offering: dict[str, Any], lang: str = "nl", today: date | None = None) -> str:
    """Title, provider, price, the facts as a two-column table, description and outcomes."""
    today = today or date.today()
    url = offering.get("url") or ""
    link = escape(url)
    if url.startswith(("https://", "http://")):
        link = f'<a href="{link}">{link}</a>'
    facts = [
        (
            QCoreApplication.translate("OfferingDetail", "Type"),
            escape(_labels(OFFERING_TYPES, offering.get("type"), lang)),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Niveau"),
            escape(_labels(LEVELS, offering.get("level"), lang)),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Sector"),
            escape(_sector(offering.get("sector"), lang)),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Plaats"),
            escape(offering.get("city") or ""),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Vorm"),
            escape(_labels(DELIVERY, offering.get("delivery"), lang)),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Rooster"),
            escape(_labels(SCHEDULE, offering.get("schedule"), lang)),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Startdata"),
            escape(_starts(offering, lang, today)),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Studiebelasting"),
            escape(_study_load(offering, lang)),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Duur"),
            escape(
                QCoreApplication.translate("OfferingDetail", "{weeks} weken").format(
                    weeks=offering["duration_weeks"]
                )
            )
            if offering.get("duration_weeks")
            else "",
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Afsluiting"),
            escape(_labels(CREDENTIALS, offering.get("credential"), lang)),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Kwalificatiecode"),
            escape(offering.get("qualification_code") or ""),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Groepsgrootte"),
            escape(_group(offering.get("min_participants"), offering.get("max_participants"))),
        ),
        (
            QCoreApplication.translate("OfferingDetail", "Taal"),
            escape(_labels(LANGUAGES, offering.get("language"), lang)),
        ),
        (QCoreApplication.translate("OfferingDetail", "Code"), escape(offering.get("code") or "")),
        (QCoreApplication.translate("OfferingDetail", "Website"), link),
    ]
    rows = "".join(
        f'<tr><td class="label">{escape(label)}</td><td class="value">{value}</td></tr>'
        for label, value in facts
        if value
    )
    parts = [
        f"<h2>{escape(offering.get('title') or '')}</h2>",
        f'<p class="provider">{escape(offering.get("provider") or "")}</p>',
    ]
    price = _price_html(offering, lang)
    if price:
        parts.append(f'<p class="price">{price}</p>')
    parts.append(f'<table cellspacing="0">{rows}</table>')
    description = (offering.get("description") or "").strip()
    if description:
        paragraphs = "".join(
            f"<p>{escape(p.strip())}</p>" for p in description.splitlines() if p.strip()
        )
        heading = QCoreApplication.translate("OfferingDetail", "Beschrijving")
        parts.append(f"<h3>{escape(heading)}</h3>{paragraphs}")
    outcomes = [o for o in offering.get("outcomes") or [] if o.strip()]
    if outcomes:
        items = "".join(f"<li>{escape(o)}</li>" for o in outcomes)
        heading = QCoreApplication.translate("OfferingDetail", "Leerresultaten")
        parts.append(f"<h3>{escape(heading)}</h3><ul>{items}</ul>")
    return "".join(parts)


def message_html(message: str, hint: str = "") -> str:
    """A calm line for an empty pane (nothing chosen, nothing found)."""
    html = f'<p class="placeholder">{escape(message)}</p>'
    if hint:
        html += f'<p class="hint">{escape(hint)}</p>'
    return html
