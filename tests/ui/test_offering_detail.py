"""The offering's detail pane speaks the window's language, also for the sector."""

from __future__ import annotations

from datetime import date

import pytest

from broker_app.ui.views.partials.offering_detail import offering_html

TODAY = date(2026, 11, 29)


def sector_cell(html: str) -> str:
    """The value beside the "Sector" label in the facts table."""
    after = html.split(">Sector</td>", 1)[1]
    return after.split("</td>", 1)[0].rsplit(">", 1)[1]


@pytest.mark.parametrize(
    ("stored", "lang", "shown"),
    [
        ("zorg", "nl", "zorg"),
        ("zorg", "en", "care"),
        ("retail", "nl", "detailhandel"),
        ("detailhandel", "en", "retail"),  # the Dutch label in the file: still known
        ("groen", "en", "green sector"),
        ("luchtvaart", "en", "luchtvaart"),  # a sector the vocabulary does not know: as it is
    ],
)
def test_the_sector_shows_its_label_in_the_windows_language(qapp, stored, lang, shown) -> None:
    html = offering_html({"title": "Cursus", "sector": stored}, lang, today=TODAY)
    assert sector_cell(html) == shown
