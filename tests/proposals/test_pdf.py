"""The proposal PDF, read back as text: what the employer sees on paper."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from broker_app.proposals.pdf import render_pdf

HOSTILE_CLIENT = "Jansen & Zn <b>"


def _offering(code: str, title: str, **extra) -> dict:
    base = {
        "code": code,
        "title": title,
        "provider": "ROC Midden",
        "type": "cursus",
        "level": "mbo-3",
        "description": "Een praktische cursus voor leidinggevenden.",
        "outcomes": ["Feedback geven", "Een team motiveren"],
        "hours": 40,
        "delivery": ["klassikaal", "online"],
        "city": "Utrecht",
        "start_dates": ["2027-02-01", "2027-09-06"],
        "continuous_intake": False,
        "credential": "certificaat",
    }
    base.update(extra)
    return base


def _line(title: str, price_cents: int = 125050, **extra) -> dict:
    line = {
        "kind": "offering",
        "title": title,
        "provider": "ROC Midden",
        "participants": 1,
        "price_cents": price_cents,
        "group_price_cents": None,
        "discount_cents": 0,
        "vat": "0",
        "vat_reason": "exempt_crkbo",
        "offering": _offering("C1", title),
    }
    line.update(extra)
    return line


def _snapshot(lines: list[dict], client: str = HOSTILE_CLIENT, language: str = "nl") -> dict:
    excl = sum(line["price_cents"] * line["participants"] for line in lines)
    vat = sum(
        round(line["price_cents"] * line["participants"] * int(line["vat"]) / 100) for line in lines
    )
    return {
        "snapshot_version": 1,
        "number": "2027-0042",
        "version": 2,
        "title": "Leiderschap",
        "language": language,
        "sent_on": "2027-01-12",
        "valid_until": "2027-02-11",
        "client": {"name": client, "city": "Amersfoort"},
        "lines": lines,
        "totals": {
            "excl_cents": excl,
            "vat_cents": vat,
            "incl_cents": excl + vat,
            "complete": True,
        },
    }


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def sample() -> dict:
    return _snapshot(
        [
            _line("Leidinggeven in de praktijk"),
            _line(
                "Excel voor gevorderden",
                price_cents=50000,
                participants=3,
                vat="21",
                vat_reason="standard",
                provider="Cursus & Co",
            ),
        ]
    )


def test_client_name_appears_literally_and_offerings_are_listed(tmp_path, sample):
    out = render_pdf(sample, tmp_path / "p.pdf", broker={"name": "Makelaardij De Brug"})
    text = _flat(" ".join(_pages(out)))
    assert HOSTILE_CLIENT in text
    assert "Leidinggeven in de praktijk" in text
    assert "Excel voor gevorderden" in text
    assert "Cursus & Co" in text
    assert "Makelaardij De Brug" in text


def test_amounts_vat_reasons_and_validity_in_dutch(tmp_path, sample):
    text = _flat(" ".join(_pages(render_pdf(sample, tmp_path / "p.pdf"))))
    assert "€ 1.250,50" in text
    assert "€ 1.500,00" in text  # 3 x € 500
    assert "€ 315,00" in text  # 21 % of € 1.500
    assert "€ 3.065,50" in text  # total incl.
    assert "vrijgesteld van btw: CRKBO-geregistreerde aanbieder" in text
    assert "21 % btw: niet bekostigd en niet CRKBO-geregistreerd" in text
    assert "geldig tot 11 februari 2027" in text
    assert "2027-0042, versie 2" in text
    assert "mbo" in text.lower() and "40 uur" in text


def test_page_footer_dutch_and_english(tmp_path, sample):
    nl = _pages(render_pdf(sample, tmp_path / "nl.pdf"))
    assert f"pagina 1 van {len(nl)}" in nl[0]
    assert f"pagina {len(nl)} van {len(nl)}" in nl[-1]
    en = _pages(render_pdf(sample, tmp_path / "en.pdf", lang="en"))
    assert f"page 1 of {len(en)}" in en[0]
    assert "valid until 11 February 2027" in _flat(" ".join(en))
    assert "exempt from VAT: CRKBO-registered provider" in _flat(" ".join(en))


def test_metadata(tmp_path, sample):
    meta = PdfReader(render_pdf(sample, tmp_path / "p.pdf", broker={"name": "De Brug"})).metadata
    assert meta.title == f"2027-0042 {HOSTILE_CLIENT}"
    assert meta.author == "De Brug"
    assert "De Brug" in meta.subject


def test_sixty_lines_span_pages_with_the_header_repeated(tmp_path):
    lines = [_line(f"Opleiding nummer {i:02d}") for i in range(60)]
    pages = _pages(render_pdf(_snapshot(lines), tmp_path / "long.pdf"))
    assert len(pages) > 3
    # The programme table starts on page 1 or 2 and continues with its header on the next page.
    with_table = [i for i, p in enumerate(pages) if "Opleiding nummer 30" in p]
    assert with_table
    table_pages = [i for i, p in enumerate(pages) if "Prijs p.p." in p]
    assert len(table_pages) >= 2
    assert {1} <= set(table_pages)  # the header is on page 2 too
    assert "Opleiding nummer 00" in pages[0]  # the table starts right after the letter
    text = _flat(" ".join(pages))
    for i in range(60):
        assert f"Opleiding nummer {i:02d}" in text


def test_hostile_text_renders(tmp_path):
    long_description = ("Łódź ĳsbeer café naïve 🎓 " * 900)[:20_000]
    line = _line("Cursus 🎓 Łódź & ĳzer <script>", provider="Ĳssel <i>Opleidingen</i>")
    line["offering"] = _offering(
        "X",
        line["title"],
        description=long_description,
        outcomes=["<b>niet vet</b>", "🚀" * 50],
        start_dates=["not-a-date"],
        delivery='["online"]',
        level="onbekend-niveau",
    )
    long_title = "Z" * 3000
    pages = _pages(render_pdf(_snapshot([line, _line(long_title)]), tmp_path / "h.pdf"))
    text = _flat(" ".join(pages))
    assert len(pages) >= 3
    assert "Łódź" in text
    assert "<b>niet vet</b>" in text
    assert "Ĳssel <i>Opleidingen</i>" in text or "IJssel <i>Opleidingen</i>" in text


def test_empty_proposal_renders(tmp_path):
    snapshot = _snapshot([])
    snapshot["title"] = None
    pages = _pages(render_pdf(snapshot, tmp_path / "e.pdf"))
    assert HOSTILE_CLIENT in _flat(pages[0])


def test_the_planning_shows_only_dates_after_sending(tmp_path: Path) -> None:
    line = _line("Cursus X")
    line["offering"] = _offering("P1", "Cursus X", start_dates=["2026-03-01", "2027-02-01"])
    snapshot = _snapshot([line])
    snapshot["sent_on"] = "2027-01-12"
    out = render_pdf(snapshot, tmp_path / "p.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    planning = text[text.index("\nPlanning\n") :]
    assert "1 feb 2027" in planning and "1 mrt 2026" not in planning


def test_the_brokers_logo_and_colour_on_the_letterhead(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (200, 30, 30)).save(logo)
    broker = {"name": "RegioOpleiders Zwolle", "logo": str(logo), "colour": "#AA2200"}
    out = render_pdf(_snapshot([_line("Cursus A")]), tmp_path / "l.pdf", broker=broker)
    first = PdfReader(out).pages[0]
    assert len(first.images) == 1
    assert b".666667 .133333 0 rg" in first.get_contents().get_data()  # #AA2200
    # A logo that is not there, or a colour that is not one, leaves the default letterhead.
    broken = {"name": "X", "logo": str(tmp_path / "weg.png"), "colour": "rood"}
    out = render_pdf(_snapshot([_line("Cursus A")]), tmp_path / "b.pdf", broker=broken)
    assert len(PdfReader(out).pages[0].images) == 0


def test_the_demand_level_is_said_once_when_it_stays_the_same(tmp_path: Path) -> None:
    snapshot = _snapshot([_line("Medicatie aanreiken")])
    snapshot["demand"] = {"participants": 12, "current_level": "mbo-2", "target_level": "mbo-2"}
    text = _flat(" ".join(_pages(render_pdf(snapshot, tmp_path / "same.pdf"))))
    assert "Niveau mbo niveau 2" in text and "van mbo niveau 2 naar" not in text
    snapshot["demand"]["target_level"] = "mbo-3"
    text = _flat(" ".join(_pages(render_pdf(snapshot, tmp_path / "up.pdf"))))
    assert "van mbo niveau 2 naar mbo niveau 3" in text
