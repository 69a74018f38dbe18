"""The proposal PDF with whatever a broker or a catalogue may put in its texts: emoji,
right-to-left script, control characters, very long words, text that looks like markup
(reportlab's Paragraph reads markup, a classic crash). It always becomes a valid PDF in which
the texts can be read back."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from broker_app.proposals.pdf import render_pdf
from tests.proposals.test_pdf import _line, _offering, _snapshot

MARKUPISH = [
    "<b>", "</b>", "<para>", "</para>", "<br/>", "<font color='x'>", "&amp;", "&", "&#0;",
    "&nbsp;", "&#x1F393;", "<![CDATA[", "]]>", "<!--", "<img src='x'/>", "<a href='x'>",
    "%s", "{0}", "{name}", "{", "}", "\\", '"', "'", "<", ">", "<<>>", "&lt;",
]  # fmt: skip
ODD = [
    "🎓", "👩🏽‍🏫", "مرحبا", "שלום", "\u202e", "\u200f", "\u200b", "\ufeff", "\x00", "\x07",
    "\x0b", "\r", "\n", "\t", "\u2028", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Ĳssel", "ß", "İ", "\ufffd", "\U0010ffff",
]  # fmt: skip
piece = st.one_of(
    st.sampled_from(MARKUPISH),
    st.sampled_from(ODD),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.integers(1, 3000).map(lambda n: "W" * n),  # one very long word
)
hostile = st.lists(piece, max_size=6).map(" ".join)


def _marked(marker: str, text: str) -> str:
    """A readable word first (tables clip long titles at the end), then the hostile text."""
    return f"{marker} {text}"


@st.composite
def proposals(draw: st.DrawFn) -> tuple[dict, dict, dict, dict[str, str]]:
    h = lambda: draw(hostile)  # noqa: E731
    markers = {"client": "Klantmerk", "title": "Titelmerk", "line": "Regelmerk",
               "description": "Omschrijvingmerk", "broker": "Makelaarmerk",
               "closing": "Slotmerk", "condition": "Voorwaardemerk"}  # fmt: skip
    offering = _offering(
        "C1",
        _marked(markers["line"], h()),
        provider=h(),
        description=_marked(markers["description"], h()),
        outcomes=[h() for _ in range(draw(st.integers(0, 3)))],
        city=h(),
        start_dates=[draw(st.sampled_from(["2027-02-01", "2027-02-30", "", "x"])), h()],
        delivery=draw(st.sampled_from([["online"], '["online"]', h(), []])),
        level=draw(st.sampled_from(["mbo-3", h()])),
        type=h(),
        credential=h(),
    )
    line = _line(_marked(markers["line"], h()), provider=h(), offering=offering,
                 vat_reason=draw(st.sampled_from(["standard", "exempt_crkbo", h()])))  # fmt: skip
    snapshot = _snapshot([line], client=_marked(markers["client"], h()))
    line["vat"] = draw(st.sampled_from(["0", "21", "9", h()]))
    snapshot["title"] = _marked(markers["title"], h())
    snapshot["client"].update(contact=h(), address=h(), postcode=h(), city=h())
    snapshot["demand"] = {
        "text": h(), "competences": [h(), h()], "city": h(), "max_distance_km": 12,
        "participants": h(), "current_level": h(), "target_level": "mbo-3",
        "delivery": [h()], "schedule": [h()], "must": [h()], "start_after": h(),
    }  # fmt: skip
    snapshot["lines"].append({"kind": "funding", "funding_scheme": h(), "price_cents": 10_000})
    snapshot["number"] = h()
    broker = {"name": _marked(markers["broker"], h()), "contact": h(), "address": h(),
              "phone": h(), "email": h(), "website": h(), "kvk": h(), "colour": h()}  # fmt: skip
    lang = draw(st.sampled_from(["nl", "en"]))
    custom = {
        lang: {
            "letter": [h(), h()],
            "conditions": [_marked(markers["condition"], h())],
            "closing": _marked(markers["closing"], h()),
            "privacy": h(),
        }
    }
    snapshot["language"] = lang
    return snapshot, broker, custom, markers


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=proposals())
def test_any_text_becomes_a_readable_pdf(tmp_path: Path, case) -> None:
    snapshot, broker, custom, markers = case
    out = render_pdf(snapshot, tmp_path / "p.pdf", lang=snapshot["language"], broker=broker,
                     custom_texts=custom)  # fmt: skip
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]
    reader = PdfReader(out)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    for marker in markers.values():
        assert marker in text, marker
    document = pdfium.PdfDocument(str(out))  # a second, stricter reader opens it too
    assert len(document) == len(reader.pages)
    document.close()


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=hostile, title=hostile)
@example(name="<b>", title="&#0;")
def test_a_bare_proposal_with_hostile_names(tmp_path: Path, name: str, title: str) -> None:
    snapshot = _snapshot([], client=name)
    snapshot["title"] = title
    out = render_pdf(snapshot, tmp_path / "bare.pdf")
    assert len(PdfReader(out).pages) >= 1


LONG = "W" * 3000  # one word of 3000 letters


def _long_value_cases() -> dict[str, tuple[dict, dict, dict]]:
    """Each: a value that once made reportlab give up (LayoutError: a one-row table taller than
    a page), found by the property above."""
    cases: dict[str, tuple[dict, dict, dict]] = {}
    plain = _snapshot([_line("Cursus")])
    cases["broker contact"] = (plain, {"name": "Bureau", "contact": LONG}, {})
    cases["broker name"] = (plain, {"name": LONG}, {})
    cases["closing text"] = (plain, {}, {"nl": {"closing": LONG}})
    cases["closing lines"] = (plain, {}, {"nl": {"closing": "WWWWWWWWWW\n" * 80}})
    client = _snapshot([_line("Cursus")], client=LONG)
    client["client"].update(address=LONG, city=LONG)
    cases["client name and address"] = (client, {}, {})
    line = _line("Cursus")
    line["offering"] = _offering("C1", "Cursus", start_dates=[LONG], city=LONG)
    cases["start date and place"] = (_snapshot([line]), {}, {})
    return cases


@pytest.mark.parametrize("name", list(_long_value_cases()))
def test_very_long_values_never_stop_the_pdf(tmp_path: Path, name: str) -> None:
    snapshot, broker, custom = _long_value_cases()[name]
    out = render_pdf(snapshot, tmp_path / "long.pdf", broker=broker, custom_texts=custom)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "WWWWWWWWWW" in text
