"""The "Overzicht" as the broker sees it: the figures, the lists, the charts, and where a
double-click or Enter takes them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from broker_app.store import clients as clients_repo
from broker_app.store.database import Store
from broker_app.store.settings import set_setting
from broker_app.ui.context import INTAKE, INTAKES_DATA, OVERVIEW, PROPOSALS
from broker_app.ui.views.overview_page import OverviewPage
from broker_app.ui.widgets.charts import Bar, BarChart
from tests.overview_data import Month, fill_month


@pytest.fixture
def month(store: Store, tmp_path: Path) -> Month:
    return fill_month(store, tmp_path)


def shown(window, qtbot) -> OverviewPage:
    """The overview shown, once it has read the store."""
    window.show_page(OVERVIEW)
    page = window.overview_page
    qtbot.waitUntil(lambda: not page.busy())
    return page


@pytest.fixture
def page(open_window, store: Store, month: Month, qtbot) -> OverviewPage:
    window = open_window(store)
    window.resize(1400, 860)
    return shown(window, qtbot)


def cells(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_cards_show_counts_and_values(page: OverviewPage) -> None:
    assert page.intakes_card.figure_label.text() == "3"
    assert [row[0] for row in cells(page.intakes_view)] == [
        "Bouwbedrijf Hesselink", "Zorggroep Noord", "Jansen & Zn <b>"
    ]  # fmt: skip
    assert cells(page.intakes_view)[0][2:] == ["25 nov 2026", "3"]

    assert page.status_card.figure_label.text() == "5"
    assert [(b.label, b.text) for b in page.status_chart.bars()] == [
        ("Concept (1)", "€ 3.025,00"),
        ("Verzonden (2)", "€ 1.350,00"),
        ("Geaccepteerd (1)", "€ 1.512,50"),
        ("Afgewezen (0)", "€ 0,00"),
        ("Verlopen (1)", "€ 450,00"),
    ]
    assert [(b.label, b.text) for b in page.status_share.bars()][:3] == [
        ("Concept", "1"), ("Verzonden", "2"), ("Geaccepteerd", "1")
    ]  # fmt: skip
    assert (
        page.status_chart.bars()[2].tooltip
        == "Geaccepteerd: 1 voorstel, samen € 1.512,50 incl. btw"
    )

    assert page.expiring_card.figure_label.text() == "1"
    [row] = cells(page.expiring_view)
    assert row[1:] == ["Bouwbedrijf Hesselink", row[2], "5 dagen", "€ 450,00"]
    assert row[0].endswith("-0003")  # the third proposal of the year

    assert page.sector_card.figure_label.text() == "6"
    assert [(b.label, b.text) for b in page.sector_chart.bars()] == [
        ("Zorg", "3 vragen"), ("Bouw", "2 vragen"), ("Logistiek", "1 vraag")
    ]  # fmt: skip
    assert page.sector_chart.bars()[0].tooltip == "Zorg: 3 vragen, 14 deelnemers"
    assert not any(card.is_empty() for card in (page.intakes_card, page.status_card,
                                                page.expiring_card, page.sector_card))  # fmt: skip


def test_the_date_line_says_which_day_it_is(page: OverviewPage, monkeypatch, qtbot) -> None:
    monkeypatch.setattr(page, "today", lambda: date(2026, 11, 29))
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert page.date_label.text() == "Zondag 29 november 2026"


def _row_center(view, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 1)).center()


def test_double_click_on_an_intake_opens_it(page: OverviewPage, month: Month, qtbot) -> None:
    window = page.window()
    view = page.intakes_view
    position = _row_center(view, 1)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    with qtbot.waitSignal(page.context.navigate_requested) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert blocker.args == [INTAKE, {"intake_id": month.intake_zorg}]
    assert window.current_page().key == INTAKE


def test_enter_on_an_expiring_proposal_opens_it(page: OverviewPage, month: Month, qtbot) -> None:
    window = page.window()
    view = page.expiring_view
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    with qtbot.waitSignal(page.context.navigate_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [PROPOSALS, {"proposal_id": month.expiring}]
    assert window.current_page().key == PROPOSALS


def test_clicking_a_status_bar_goes_to_the_proposals(page: OverviewPage, qtbot) -> None:
    chart = page.status_chart
    centre = chart.bar_geometry(1).center().toPoint()
    with qtbot.waitSignal(chart.bar_activated) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["verzonden"]
    assert page.window().current_page().key == PROPOSALS


def test_the_charts_paint_their_bars_to_scale(page: OverviewPage) -> None:
    chart = page.sector_chart
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() == chart.width()
    lengths = [chart.bar_geometry(i).width() for i in range(3)]
    assert lengths[0] > lengths[1] > lengths[2] > 0
    assert lengths[1] == pytest.approx(lengths[0] * 2 / 3, rel=0.01)
    # The longest bar is painted in the sector colour, the track after a short one is not.
    first, third = chart.bar_geometry(0), chart.bar_geometry(2)
    fill = image.pixelColor(int(first.right() - 4), int(first.center().y()))
    track = image.pixelColor(int(first.right() - 4), int(third.center().y()))
    assert fill.name() == "#5b8fb9"
    assert track.name() != fill.name()
    for widget in (page.status_chart, page.status_share):
        assert not widget.grab().toImage().isNull()
    assert page.sector_chart.accessibleName() == "Vraag per sector"
    assert "Zorg: 3 vragen" in page.sector_chart.accessibleDescription()


def test_a_bar_chart_scales_with_its_width(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("a", "Een", 10, "10"), Bar("b", "Twee", 5, "5")])
    chart.resize(300, 80)
    narrow = chart.bar_geometry(0).width()
    chart.resize(600, 80)
    wide = chart.bar_geometry(0).width()
    assert wide > narrow + 250
    assert chart.bar_geometry(1).width() == pytest.approx(wide / 2)
    image: QImage = chart.grab().toImage()
    assert image.width() == 600
    assert chart.bar_at(chart.bar_geometry(1).center()) == 1


def test_an_empty_store_shows_calm_dutch_messages(open_window, store: Store, qtbot) -> None:
    page = shown(open_window(store), qtbot)
    assert page.intakes_card.is_empty()
    assert page.intakes_card.empty_label.text() == "Geen open intakes"
    assert page.status_card.empty_label.text() == "Nog geen voorstellen"
    assert page.expiring_card.empty_label.text() == "Geen voorstellen die binnen 14 dagen verlopen"
    assert page.sector_card.empty_label.text() == "Geen vraag in open intakes"
    assert page.intakes_card.figure_label.text() == "0"


def test_the_page_follows_changes_made_elsewhere(page: OverviewPage, month: Month, qtbot) -> None:
    store = page.context.store
    with store.transaction() as db:
        intake_id = clients_repo.insert_intake(db, month.jansen, title="Nieuw",
                                               intake_date="2026-11-29")  # fmt: skip
        clients_repo.insert_demand_line(db, intake_id, 0, {"text": "x", "sector": "horeca"})
    with qtbot.waitSignal(page.loaded):
        page.context.changed(INTAKES_DATA)
    assert page.intakes_card.figure_label.text() == "4"
    assert cells(page.intakes_view)[0][:2] == ["Jansen & Zn <b>", "Nieuw"]
    assert [b.label for b in page.sector_chart.bars()][-1] == "Horeca"


def test_in_english(open_window, store: Store, month: Month, qtbot) -> None:
    page = shown(open_window(store, lang="en"), qtbot)
    assert page.title() == "Overview"
    assert page.intakes_card.title_label.text() == "Open intakes"
    assert [b.label for b in page.status_chart.bars()][:2] == ["Draft (1)", "Sent (2)"]
    assert page.sector_chart.bars()[0].text == "3 requests"
    assert [b.label for b in page.sector_chart.bars()] == ["Care", "Construction", "Logistics"]
    assert page.sector_chart.bars()[0].tooltip == "Care: 3 requests, 14 participants"


def test_a_sector_stored_as_a_label_or_unknown_shows_as_one_bar(
    open_window, store: Store, qtbot
) -> None:
    with store.transaction() as db:
        shop = clients_repo.insert_client(db, {"name": "Winkel Zwolle", "sector": "retail"})
        intake_id = clients_repo.insert_intake(db, shop, title="Kassa", intake_date="2026-11-20")
        for position, sector in enumerate(("retail", "Detailhandel", None, "zorg en welzijn")):
            line = {"text": "x", "sector": sector}
            clients_repo.insert_demand_line(db, intake_id, position, line)
    page = shown(open_window(store), qtbot)
    assert [(b.label, b.text) for b in page.sector_chart.bars()] == [
        ("Detailhandel", "3 vragen"), ("Zorg en welzijn", "1 vraag")
    ]  # fmt: skip


def test_a_refresh_asked_while_reading_follows_with_the_new_figures(
    page: OverviewPage, month: Month, qtbot
) -> None:
    store = page.context.store
    page.refresh()
    assert page.busy()
    with store.transaction() as db:
        clients_repo.insert_intake(db, month.jansen, title="Tweede", intake_date="2026-11-29")
    page.refresh()  # while the first read may still run
    qtbot.waitUntil(lambda: not page.busy())
    assert page.intakes_card.figure_label.text() == "4"


def test_a_failed_read_says_so_and_keeps_the_last_figures(
    page: OverviewPage, monkeypatch, qtbot
) -> None:
    from broker_app.proposals import overview as pipeline
    from broker_app.store.database import StoreError

    def broken(store, today):
        raise StoreError("database is locked")

    monkeypatch.setattr(pipeline, "read", broken)
    with qtbot.waitSignal(page.loaded):
        page.refresh()
    assert not page.error_label.isHidden()
    assert page.error_label.text() == (
        "Het overzicht kon niet worden gelezen. Probeer het opnieuw (F5)."
    )
    assert page.intakes_card.figure_label.text() == "3"


def test_the_status_chart_answers_the_keyboard(page: OverviewPage, qtbot) -> None:
    chart = page.status_chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(chart.bar_activated) as blocker:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert blocker.args == ["geaccepteerd"]


def test_a_calm_hint_while_the_organisation_has_no_name(open_window, store: Store, qtbot) -> None:
    window = open_window(store)
    page = shown(window, qtbot)
    assert page.setup_hint.isVisible()
    assert page.setup_hint.text() == (
        "Vul de naam van uw organisatie in bij Instellingen › Organisatie; die staat op elk "
        "voorstel."
    )
    qtbot.mouseClick(page.setup_hint, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.settings_page
    assert window.settings_page.current_section() is window.settings_page.organisation

    set_setting(store.db, "broker.organisation", {"name": "Leerwerkloket Oost"})
    page = shown(window, qtbot)
    assert not page.setup_hint.isVisible()
