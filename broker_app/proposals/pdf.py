"""The proposal as a PDF: letterhead, cover letter, programme, details, costs, conditions.

The renderer reads only the frozen snapshot that ``service.send`` returns, so a later catalogue
edit never changes a proposal the employer holds. Texts come from ``reports/<lang>.json``; every
user value is escaped before it enters a ``Paragraph``.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from broker_app.domain import vocab
from broker_app.domain.formatting import long_date, money, short_date
from broker_app.domain.messages import t
from broker_app.domain.pricing import PriceLine, VatDecision
from broker_app.paths import data_dir
from broker_app.proposals import texts as proposal_texts

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
ACCENT = colors.HexColor("#1F3A5F")  # dark blue
LIGHT = colors.HexColor("#E8EEF5")
GREY = colors.HexColor("#5A6470")
RULE = colors.HexColor("#C5CFDA")
MARGIN = 20 * mm
TOP_FIRST = 36 * mm  # below the letterhead
TOP_LATER = 20 * mm  # below the running header
BOTTOM = 20 * mm
TABLE_TITLE_MAX = 240  # characters of a title in a table cell; the full title is in the details
# Characters of a name, address or place inside a one-row table (the address block, the
# signatures): a table row cannot be split over pages, so an absurdly long value (a pasted
# text, one word of thousands of letters) made reportlab give up with a LayoutError.
NAME_MAX = 200
CELL_MAX = 600  # characters of any other value in a table cell
CLOSING_IN_BLOCK_MAX = 400  # characters of markup; a longer closing stands above the block


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, italic) as one family; returns the family name."""
    folder = data_dir("resources") / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    return FONT


def texts(lang: str, custom: object = None, privacy: str | None = None) -> dict:
    """The PDF texts of ``lang`` (Dutch when there is no file for it), with the broker's own
    texts (the setting ``proposal.texts``, see ``proposals.texts``) over them; ``privacy``: the
    privacy note a sent version was frozen with."""
    return proposal_texts.merged(lang, custom, privacy)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, spaceAfter=5)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5, spaceAfter=0),
        "note": ParagraphStyle(
            "note",
            base,
            fontName=FONT_ITALIC,
            fontSize=7.5,
            leading=9.5,
            textColor=GREY,
            spaceAfter=0,
        ),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold", base, fontName=FONT_BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        "num": ParagraphStyle(
            "num", base, fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT
        ),
        "head": ParagraphStyle(
            "head",
            base,
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "head_num": ParagraphStyle(
            "head_num",
            base,
            fontName=FONT_BOLD,
            fontSize=8,
            leading=10,
            textColor=colors.white,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "title": ParagraphStyle(
            "title",
            base,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=10,
        ),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=3,
            keepWithNext=1,
        ),
    }


def _e(value: object) -> str:
    """A user value, safe for a Paragraph (``&``, ``<`` and ``>`` appear literally)."""
    return escape("" if value is None else str(value))


def _clip(value: object, limit: int = TABLE_TITLE_MAX) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _as_list(value: object) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            loaded = json.loads(value)
        except ValueError:
            return [value]
        return loaded if isinstance(loaded, list) else [loaded]
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _date(value: str | None, lang: str, short: bool = False) -> str:
    if not value:
        return ""
    try:
        parsed = date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return short_date(parsed, lang) if short else long_date(parsed, lang)


def _rate(line: dict) -> Decimal:
    try:
        return Decimal(str(line.get("vat") or 0))
    except ArithmeticError:
        return Decimal(0)


def _price_line(line: dict) -> PriceLine:
    vat = VatDecision(_rate(line), line.get("vat_reason") or "standard")
    return PriceLine(
        line.get("title") or "",
        int(line.get("participants") or 0),
        line.get("price_cents"),
        vat,
        line.get("group_price_cents"),
        int(line.get("discount_cents") or 0),
    )


def _vat_reason(line: dict, lang: str) -> str:
    reason = line.get("vat_reason") or "standard"
    rate = _rate(line)
    rate_text = f"{rate.normalize():f}"
    try:
        return t(f"vat.{reason}", lang, rate=rate_text)
    except KeyError:
        return f"{rate_text} %"


class _NumberedCanvas(rl_canvas.Canvas):
    """Holds the pages back until the end, so each footer can say "page x of y"."""

    page_text = "pagina {x} van {y}"
    footer_left = ""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self) -> None:
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _ = A4
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
        self.setFont(FONT, 7.5)
        self.setFillColor(GREY)
        self.drawString(MARGIN, 10 * mm, self.footer_left)
        self.drawRightString(
            width - MARGIN, 10 * mm, self.page_text.format(x=self._pageNumber, y=total)
        )
        self.restoreState()


def _colour(value: object) -> colors.Color:
    """The broker's colour from settings (``#1F3A5F``), the default blue when not set or wrong."""
    if isinstance(value, str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", value.strip()):
        return colors.HexColor(value.strip())
    return ACCENT


def _logo(value: object) -> ImageReader | None:
    """The broker's logo (a PNG or JPEG file), or None when not set or unreadable."""
    if not value:
        return None
    try:
        return ImageReader(str(value))
    except Exception:  # a missing or broken image must not stop the proposal
        return None


def _letterhead(broker: dict, name: str, reference: str):
    width, height = A4
    contact = " · ".join(
        str(broker[k])
        for k in ("address", "postcode_city", "phone", "email", "website", "kvk")
        if broker.get(k)
    )

    accent = _colour(broker.get("colour"))
    logo = _logo(broker.get("logo"))

    def first(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColor(accent)
        canvas.rect(0, height - 8 * mm, width, 8 * mm, stroke=0, fill=1)
        if logo is not None:
            # Top right, at most 40 x 16 mm, keeping its proportions.
            canvas.drawImage(logo, width - MARGIN - 40 * mm, height - 28 * mm, 40 * mm, 16 * mm,
                             preserveAspectRatio=True, anchor="ne", mask="auto")  # fmt: skip
        canvas.setFont(FONT_BOLD, 17)
        canvas.drawString(MARGIN, height - 22 * mm, name)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        if contact:
            canvas.drawString(MARGIN, height - 27.5 * mm, contact)
        canvas.setStrokeColor(accent)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, height - 31 * mm, width - MARGIN, height - 31 * mm)
        canvas.restoreState()

    def later(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, height - 13 * mm, name)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        canvas.drawRightString(width - MARGIN, height - 13 * mm, reference)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - 15.5 * mm, width - MARGIN, height - 15.5 * mm)
        canvas.restoreState()

    return first, later


def _header(tx: dict, s: dict, text: tuple[str, ...], numbers: tuple[str, ...] = ()) -> list:
    """A table's header row: text columns left, number columns right."""
    return [Paragraph(tx[k], s["head"]) for k in text] + [
        Paragraph(tx[k], s["head_num"]) for k in numbers
    ]


def _table_style(header_rows: int = 1) -> list:
    return [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]


def _letter(snapshot: dict, tx: dict, s: dict, lang: str) -> list:
    client = snapshot.get("client") or {}
    addressee = [f"<b>{_e(_clip(client.get('name'), NAME_MAX))}</b>"]
    for key in ("contact", "address"):
        if client.get(key):
            addressee.append(_e(_clip(client[key], NAME_MAX)))
    place = " ".join(str(client[k]) for k in ("postcode", "city") if client.get(k))
    if place:
        addressee.append(_e(_clip(place, NAME_MAX)))
    reference = tx["reference_value"].format(
        number=_e(_clip(snapshot.get("number"), NAME_MAX)),
        version=_e(_clip(snapshot.get("version"), NAME_MAX)),
    )
    meta = [
        [
            Paragraph(tx["date"], s["small"]),
            Paragraph(_date(snapshot.get("sent_on"), lang), s["small"]),
        ],
        [Paragraph(tx["reference"], s["small"]), Paragraph(reference, s["small"])],
    ]
    if snapshot.get("title"):
        meta.append(
            [
                Paragraph(tx["about"], s["small"]),
                Paragraph(_e(_clip(snapshot["title"])), s["small"]),
            ]
        )
    meta_table = Table(meta, colWidths=[22 * mm, 58 * mm])
    meta_table.setStyle(
        TableStyle(
            [
                ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    head = Table(
        [[Paragraph(f"{tx['to']}<br/>" + "<br/>".join(addressee), s["body"]), meta_table]],
        colWidths=[90 * mm, 80 * mm],
    )
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    salutation = (
        tx["salutation_named"].format(name=_e(_clip(client["contact"], NAME_MAX)))
        if client.get("contact")
        else tx["salutation"]
    )
    flow: list = [head, Spacer(1, 8 * mm), Paragraph(tx["document"], s["title"])]
    flow.append(Paragraph(salutation, s["body"]))
    flow += [Paragraph(_e(text), s["body"]) for text in tx["letter"]]
    return flow


def _demand(snapshot: dict, tx: dict, s: dict, lang: str) -> list:
    """What the employer asked for, in a few lines: text, competences and the constraints."""
    demand = snapshot.get("demand")
    if not demand:
        return []
    rows: list[tuple[str, str]] = []

    def add(label: str, value: object) -> None:
        if value not in (None, "", []):
            rows.append((tx[label], str(value)))

    add("demand_competences", ", ".join(_as_list(demand.get("competences"))))
    add("demand_participants", demand.get("participants"))
    if demand.get("target_level") or demand.get("current_level"):
        current = vocab.LEVELS.label(demand.get("current_level") or "", lang) or "?"
        target = vocab.LEVELS.label(demand.get("target_level") or "", lang) or "?"
        if current == target:  # "mbo niveau 2", not "van mbo niveau 2 naar mbo niveau 2"
            add("demand_level", target)
        else:
            add("demand_level", tx["demand_level_value"].format(current=current, target=target))
    add(
        "demand_delivery",
        ", ".join(vocab.DELIVERY.label(d, lang) for d in _as_list(demand.get("delivery"))),
    )
    add(
        "demand_schedule",
        ", ".join(vocab.SCHEDULE.label(d, lang) for d in _as_list(demand.get("schedule"))),
    )
    if demand.get("city"):
        km = demand.get("max_distance_km")
        add("demand_place", tx["demand_place_value"].format(city=demand["city"], km=km)
            if km is not None else demand["city"])  # fmt: skip
    if demand.get("budget_per_participant") is not None:
        add("demand_budget", money(round(float(demand["budget_per_participant"]) * 100), lang))
    if demand.get("start_after") or demand.get("start_before"):
        after, before = demand.get("start_after"), demand.get("start_before")
        period = tx["demand_period_value"].format(
            after=_date(after, lang) if after else "…",
            before=_date(before, lang) if before else "…",
        )
        add("demand_period", period)
    add(
        "demand_musts",
        ", ".join(vocab.MUST_CONSTRAINTS.label(m, lang) for m in _as_list(demand.get("must"))),
    )
    flow: list = [CondPageBreak(40 * mm), Paragraph(tx["demand"], s["h1"])]
    if demand.get("text"):
        flow.append(Paragraph(_e(demand["text"]), s["body"]))
    if rows:
        table = Table([[Paragraph(_e(k), s["small"]), Paragraph(_e(_clip(v, CELL_MAX)), s["small"])]
                       for k, v in rows], colWidths=[45 * mm, 125 * mm])  # fmt: skip
        table.setStyle(TableStyle([
            ("TEXTCOLOR", (0, 0), (0, -1), GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))  # fmt: skip
        flow.append(table)
    return flow


def _planning(lines: list[dict], tx: dict, s: dict, lang: str, sent_on: str = "") -> list:
    """When and where each offering starts: the next start dates (from the day it was sent)."""
    rows: list = [_header(tx, s, ("col_title", "col_provider", "col_place", "col_starts"))]
    for line in lines:
        offering = line.get("offering") or {}
        upcoming = [d for d in _as_list(offering.get("start_dates")) if str(d) >= sent_on]
        starts = [_date(d, lang, short=True) for d in upcoming[:3]]
        if offering.get("continuous_intake"):
            starts.append(tx["continuous_intake"])
        rows.append([
            Paragraph(_e(_clip(line.get("title"))), s["cell"]),
            Paragraph(_e(_clip(line.get("provider"), 120)), s["cell"]),
            Paragraph(_e(_clip(offering.get("city") or "—", 120)), s["cell"]),
            Paragraph(_e(_clip(", ".join(starts), CELL_MAX) or tx["no_start"]), s["cell"]),
        ])  # fmt: skip
    table = Table(rows, colWidths=[60 * mm, 40 * mm, 25 * mm, 45 * mm], repeatRows=1)
    table.setStyle(TableStyle(_table_style()))
    return [CondPageBreak(45 * mm), Paragraph(tx["planning"], s["h1"]), table]


def _programme(lines: list[dict], tx: dict, s: dict, lang: str) -> list:
    rows: list = [
        _header(
            tx, s, ("col_title", "col_provider"), ("col_participants", "col_price", "col_amount")
        )
    ]
    for line in lines:
        priced = _price_line(line)
        if line.get("group_price_cents") is not None:
            price = tx["group_price"]
        elif line.get("price_cents") is None:
            price = tx["price_unknown"]
        else:
            price = money(line["price_cents"], lang)
        amount = money(priced.net_cents, lang) if priced.net_cents is not None else "—"
        title = _e(_clip(line.get("title")))
        if line.get("discount_cents"):
            discount = tx["discount"].format(amount=money(line["discount_cents"], lang))
            title += f"<br/><font size=7.5 color='#5A6470'>{_e(discount)}</font>"
        rows.append(
            [
                Paragraph(title, s["cell"]),
                Paragraph(_e(_clip(line.get("provider"), 120)), s["cell"]),
                Paragraph(_e(line.get("participants") or 0), s["num"]),
                Paragraph(_e(price), s["num"]),
                Paragraph(_e(amount), s["num"]),
            ]
        )
    table = Table(rows, colWidths=[60 * mm, 40 * mm, 14 * mm, 25 * mm, 31 * mm], repeatRows=1)
    table.setStyle(TableStyle(_table_style()))
    return [CondPageBreak(45 * mm), Paragraph(tx["programme"], s["h1"]), table]


def _detail(line: dict, tx: dict, s: dict, lang: str) -> list:
    offering = line.get("offering") or {}
    title = offering.get("title") or line.get("title")
    facts: list[tuple[str, str]] = []
    provider = offering.get("provider") or line.get("provider")
    if provider:
        facts.append((tx["provider"], str(provider)))
    if offering.get("type"):
        facts.append((tx["type"], vocab.OFFERING_TYPES.label(offering["type"], lang)))
    if offering.get("level"):
        facts.append((tx["level"], vocab.LEVELS.label(offering["level"], lang)))
    if offering.get("hours"):
        facts.append((tx["hours"], tx["hours_value"].format(hours=offering["hours"])))
    delivery = [vocab.DELIVERY.label(str(d), lang) for d in _as_list(offering.get("delivery"))]
    if delivery:
        facts.append((tx["delivery"], ", ".join(delivery)))
    if offering.get("city"):
        place = str(offering["city"])
        if offering.get("distance_km") is not None and offering.get("distance_from"):
            place += " " + tx["distance"].format(
                km=round(float(offering["distance_km"])), city=offering["distance_from"]
            )
        facts.append((tx["place"], place))
    starts = [_date(d, lang, short=True) for d in _as_list(offering.get("start_dates"))]
    if offering.get("continuous_intake"):
        starts.append(tx["continuous_intake"])
    if starts:
        facts.append((tx["start_dates"], ", ".join(starts)))
    if offering.get("credential"):
        facts.append((tx["credential"], vocab.CREDENTIALS.label(offering["credential"], lang)))
    head: list = [Paragraph(_e(title), s["h2"])]
    if facts:
        table = Table(
            [
                [Paragraph(label, s["small"]), Paragraph(_e(_clip(value, 600)), s["small"])]
                for label, value in facts
            ],
            colWidths=[30 * mm, 140 * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ]
            )
        )
        head += [table, Spacer(1, 2 * mm)]
    flow: list = [KeepTogether(head)]
    description = offering.get("description")
    if description:
        for part in str(description).split("\n\n"):
            if part.strip():
                flow.append(Paragraph(_e(part.strip()).replace("\n", "<br/>"), s["body"]))
    outcomes = [o for o in _as_list(offering.get("outcomes")) if str(o).strip()]
    if outcomes:
        flow.append(
            KeepTogether(
                [
                    Paragraph(f"<b>{tx['outcomes']}</b>", s["small"]),
                    ListFlowable(
                        [ListItem(Paragraph(_e(o), s["small"]), leftIndent=10) for o in outcomes],
                        bulletType="bullet",
                        start="•",
                        leftIndent=10,
                        bulletFontName=FONT,
                        bulletFontSize=8,
                        bulletColor=ACCENT,
                        spaceAfter=4,
                    ),
                ]
            )
        )
    return flow


def _costs(snapshot: dict, lines: list[dict], tx: dict, s: dict, lang: str) -> list:
    rows: list = [
        _header(tx, s, ("col_title",), ("col_vat_rate", "col_excl", "col_vat", "col_incl"))
    ]
    for line in lines:
        priced = _price_line(line)
        cell = [
            Paragraph(_e(_clip(line.get("title"))), s["cell"]),
            Paragraph(_e(_vat_reason(line, lang)), s["note"]),
        ]
        rows.append(
            [
                cell,
                Paragraph(f"{_rate(line).normalize():f} %", s["num"]),
                Paragraph(_e(money(priced.net_cents, lang)), s["num"]),
                Paragraph(_e(money(priced.vat_cents, lang)), s["num"]),
                Paragraph(_e(money(priced.total_cents, lang)), s["num"]),
            ]
        )
    totals = snapshot.get("totals") or {}
    first_total = len(rows)
    for label, key in (
        ("total_excl", "excl_cents"),
        ("total_vat", "vat_cents"),
        ("total_incl", "incl_cents"),
    ):
        style = s["cell_bold"] if key == "incl_cents" else s["cell"]
        value = ParagraphStyle("tot", style, alignment=TA_RIGHT)
        rows.append(
            [
                "",
                Paragraph(tx[label], style),
                "",
                "",
                Paragraph(_e(money(totals.get(key), lang)), value),
            ]
        )
    table = Table(rows, colWidths=[78 * mm, 16 * mm, 25 * mm, 25 * mm, 26 * mm], repeatRows=1)
    style = _table_style()
    for row in range(first_total, len(rows)):
        style.append(("SPAN", (1, row), (3, row)))
    style += [
        ("LINEABOVE", (1, first_total), (-1, first_total), 0.8, ACCENT),
        ("BACKGROUND", (1, len(rows) - 1), (-1, len(rows) - 1), LIGHT),
        ("LINEBELOW", (0, first_total), (0, -1), 0, colors.white),
    ]
    table.setStyle(TableStyle(style))
    flow: list = [CondPageBreak(40 * mm), Paragraph(tx["costs"], s["h1"]), table]
    if totals.get("complete") is False:
        flow += [Spacer(1, 2 * mm), Paragraph(tx["incomplete"], s["note"])]
    flow += _funding(snapshot, tx, s, lang)
    return flow


def _funding(snapshot: dict, tx: dict, s: dict, lang: str) -> list:
    """Estimated contributions (a sector fund, SLIM) and what is left for the employer; always
    labelled as an estimate."""
    funding = [line for line in snapshot.get("lines") or [] if line.get("kind") == "funding"]
    if not funding:
        return []
    rows = [
        [Paragraph(_e(tx["funding_line"].format(scheme=_clip(line.get("funding_scheme") or
                                                line.get("title") or "", NAME_MAX))), s["cell"]),
         Paragraph(_e("− " + money(line.get("price_cents") or 0, lang)), s["num"])]
        for line in funding
    ]  # fmt: skip
    share = (snapshot.get("totals") or {}).get("employer_cents")
    if share is not None:
        rows.append([Paragraph(tx["employer_share"], s["cell_bold"]),
                     Paragraph(_e(money(share, lang)), s["num"])])  # fmt: skip
    table = Table(rows, colWidths=[144 * mm, 26 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, -1), (-1, -1), LIGHT)]))  # fmt: skip
    return [Spacer(1, 4 * mm), Paragraph(tx["funding"], s["h2"]), table,
            Spacer(1, 1 * mm), Paragraph(tx["funding_note"], s["note"])]  # fmt: skip


def _closing(snapshot: dict, tx: dict, s: dict, lang: str, broker_name: str, broker: dict) -> list:
    flow: list = [CondPageBreak(50 * mm), Paragraph(tx["conditions_heading"], s["h1"])]
    flow.append(
        ListFlowable(
            [ListItem(Paragraph(_e(c), s["small"]), leftIndent=10) for c in tx["conditions"]],
            bulletType="bullet",
            start="•",
            leftIndent=10,
            bulletFontName=FONT,
            bulletFontSize=8,
            bulletColor=ACCENT,
        )
    )
    if snapshot.get("valid_until"):
        validity = tx["validity"].format(date=_e(_date(snapshot["valid_until"], lang)))
        flow += [Spacer(1, 3 * mm), Paragraph(f"<b>{validity}</b>", s["body"])]
    client = snapshot.get("client") or {}
    signer = _clip(broker.get("contact") or broker_name, NAME_MAX)
    closing = tx["closing"]
    if len(closing) > CLOSING_IN_BLOCK_MAX or closing.count("<br/>") > 8:
        # A long closing of the broker's own goes above the signatures: the signature block is
        # one table row, which cannot be split over two pages.
        flow += [Spacer(1, 4 * mm), Paragraph(closing, s["body"])]
        closing = ""
    ours = Paragraph(
        f"{closing}<br/><br/><br/><br/>{_e(signer)}<br/>"
        f"<font color='#5A6470'>{_e(_clip(broker_name, NAME_MAX))}</font>",
        s["body"],
    )
    theirs = Paragraph(
        f"<b>{tx['agreement']}</b> — {_e(_clip(client.get('name'), NAME_MAX))}<br/><br/>"
        f"{tx['sig_name']}: ______________________<br/><br/>"
        f"{tx['sig_date']}: ______________________<br/><br/>"
        f"{tx['sig_signature']}: _________________",
        s["body"],
    )
    block = Table([[ours, theirs]], colWidths=[85 * mm, 85 * mm])
    block.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    flow += [Spacer(1, 8 * mm), KeepTogether(block)]
    return flow


def render_pdf(
    snapshot: dict,
    out: Path,
    lang: str = "nl",
    broker: dict | None = None,
    custom_texts: dict | None = None,
) -> Path:
    """Write the proposal ``snapshot`` as a PDF to ``out``; returns ``out``. ``custom_texts``
    are the broker's own texts (``proposals.texts.pdf_options(store)`` gives both)."""
    register_fonts()
    out = Path(out)
    frozen = snapshot.get("privacy_note")
    tx = texts(lang, custom_texts, frozen if isinstance(frozen, str) else None)
    s = _styles()
    broker = broker or {}
    for heading in ("title", "h1", "h2"):  # headings in the broker's colour
        s[heading].textColor = _colour(broker.get("colour"))
    broker_name = str(broker.get("name") or tx["default_broker"])
    client_name = str((snapshot.get("client") or {}).get("name") or "")
    number = str(snapshot.get("number") or "")
    reference = tx["reference_value"].format(number=number, version=snapshot.get("version") or 1)
    lines = [
        line
        for line in snapshot.get("lines") or []
        if (line.get("kind") or "offering") == "offering"
    ]

    story = _letter(snapshot, tx, s, lang)
    story += _demand(snapshot, tx, s, lang)
    if lines:
        story += _programme(lines, tx, s, lang)
        story += [CondPageBreak(60 * mm), Paragraph(tx["details"], s["h1"])]
        for line in lines:
            story += _detail(line, tx, s, lang)
        story += _planning(lines, tx, s, lang, str(snapshot.get("sent_on") or ""))
        story += _costs(snapshot, lines, tx, s, lang)
    story += _closing(snapshot, tx, s, lang, broker_name, broker)

    first, later = _letterhead(broker, broker_name, reference)
    width, height = A4
    frame_width = width - 2 * MARGIN

    def frame(top: float, name: str) -> Frame:
        return Frame(
            MARGIN,
            BOTTOM,
            frame_width,
            height - top - BOTTOM,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    doc = BaseDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_FIRST,
        bottomMargin=BOTTOM,
        title=f"{number} {client_name}".strip(),
        author=broker_name,
        subject=tx["subject"].format(broker=broker_name, client=client_name),
        creator=broker_name,
        lang="nl-NL" if lang == "nl" else "en-GB",
        pageTemplates=[
            PageTemplate("first", [frame(TOP_FIRST, "first")], onPage=first),
            PageTemplate("later", [frame(TOP_LATER, "later")], onPage=later),
        ],
    )
    story.insert(0, NextPageTemplate("later"))

    class Numbered(_NumberedCanvas):
        page_text = tx["page"]
        footer_left = f"{broker_name} · {reference}"

    out.parent.mkdir(parents=True, exist_ok=True)
    doc.build(story, canvasmaker=Numbered)
    return out
