"""The Aanbod page in a small and a roomy window: place, price and start stay on screen, the
filters fold away when there is no room, titles show whole in a tooltip, sectors have labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from broker_app.store.database import Store
from broker_app.ui.views.partials.offering_table_model import Column
from tests.ui.conftest import MEDICATION
from tests.ui.test_catalogue_window import titles

SMALL = (1024, 700)
ROOMY = (1400, 860)


def catalogue(open_window, store: Store, size: tuple[int, int], **kwargs):
    window = open_window(store, **kwargs)
    window.resize(*size)
    window.show_page("catalogue")
    QApplication.processEvents()
    return window, window.catalogue_page


def on_screen(table, column: Column) -> bool:
    header = table.horizontalHeader()
    if table.isColumnHidden(column):
        return False
    left = header.sectionViewportPosition(column)
    return left >= 0 and left + header.sectionSize(column) <= table.viewport().width()


def test_a_small_window_folds_the_filters_and_keeps_place_price_and_start_on_screen(
    open_window, small_store: Store
) -> None:
    window, page = catalogue(open_window, small_store, SMALL)
    assert not page.facets.isVisible() and not page.filters_button.isChecked()
    table = page.table
    for column in (Column.TITLE, Column.PROVIDER, Column.CITY, Column.PRICE, Column.NEXT_START):
        assert on_screen(table, column), column.name
    assert table.columnWidth(Column.TITLE) >= 200
    assert page.splitter.isCollapsible(2), "the detail pane can be folded away"

    window.resize(*ROOMY)
    QApplication.processEvents()
    assert page.facets.isVisible() and page.filters_button.isChecked()
    for column in (Column.TITLE, Column.LEVEL, Column.CITY, Column.PRICE, Column.NEXT_START):
        assert on_screen(table, column), column.name

    # the broker may still open the filters in a small window
    window.resize(*SMALL)
    QApplication.processEvents()
    assert not page.facets.isVisible()
    page.filters_button.click()
    assert page.facets.isVisible()


def test_filters_the_broker_closed_stay_closed(
    open_window, small_store: Store, ui_settings
) -> None:
    window, page = catalogue(open_window, small_store, ROOMY, settings=ui_settings)
    page.filters_button.click()
    assert not page.facets.isVisible()
    window.resize(*SMALL)
    QApplication.processEvents()
    window.resize(*ROOMY)
    QApplication.processEvents()
    assert not page.facets.isVisible()
    page.filters_button.click()
    window.resize(*SMALL)  # folded by the window, not by the broker: kept as open
    QApplication.processEvents()
    assert not page.facets.isVisible()
    page.save_state(ui_settings)
    assert str(ui_settings.value("catalogue/filters_visible")).lower() == "true"


def test_a_title_shows_whole_with_its_provider_in_a_tooltip(
    open_window, small_store: Store
) -> None:
    _window, page = catalogue(open_window, small_store, SMALL)
    row = titles(page.table).index(MEDICATION)
    tip = page.model.index(row, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{MEDICATION}\nDeltion College"


def test_sectors_are_named_in_the_windows_language(qtbot, open_window, small_store: Store) -> None:
    _window, page = catalogue(open_window, small_store, ROOMY, lang="en")
    sectors = page.facets.lists["sectors"]
    qtbot.waitUntil(lambda: sectors.rowCount() > 0)
    labels = [sectors.index(r).data() for r in range(sectors.rowCount())]
    assert labels == ["care", "engineering", "hospitality", "logistics"]  # by label
    assert sectors.codes() == ["zorg", "techniek", "horeca", "logistiek"]  # filters use codes


def test_dutch_sector_labels(qtbot, open_window, small_store: Store) -> None:
    _window, page = catalogue(open_window, small_store, ROOMY)
    sectors = page.facets.lists["sectors"]
    qtbot.waitUntil(lambda: sectors.rowCount() > 0)
    labels = [sectors.index(r).data() for r in range(sectors.rowCount())]
    assert labels == ["horeca", "logistiek", "techniek", "zorg"]
