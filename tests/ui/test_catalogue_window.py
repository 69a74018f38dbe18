"""The catalogue window as a broker uses it: search, sort, scroll, read one offering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from broker_app.domain.formatting import money
from broker_app.store.database import Store
from broker_app.ui.main_window import MainWindow
from broker_app.ui.views.partials.offering_table_model import (
    PAGE_SIZE,
    Column,
    OfferingIdRole,
)
from tests.csvfiles import offering
from tests.ui.conftest import HYGIENE, JANSEN, MEDICATION, SMALL_CATALOGUE, fill


def titles(table: QTableView) -> list[str]:
    model = table.model()
    return [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]


def click_header(qtbot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def click_row(qtbot, table: QTableView, title: str) -> None:
    row = titles(table).index(title)
    rect = table.visualRect(table.model().index(row, Column.TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_window_lists_the_catalogue_and_counts_it(open_window, small_store: Store) -> None:
    window = open_window(small_store)
    assert window.windowTitle() == "Opleidingsmakelaar"
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Overzicht", "Klanten", "Intake", "Aanbod", "Matching", "Voorstellen", "Instellingen"
    ]  # fmt: skip
    table = window.catalogue_page.table
    assert sorted(titles(table)) == sorted(row["title"] for row in SMALL_CATALOGUE)
    assert titles(table)[0] == "Heftruckcertificaat"  # browsing: by title
    assert window.count_label.text() == "4 opleidingen"
    header = table.model().headerData
    assert [header(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Titel",
        "Aanbieder",
        "Type",
        "Niveau",
        "Plaats",
        "Prijs",
        "Eerste start",
    ]


def test_typing_narrows_the_table_after_a_pause(qtbot, open_window, small_store: Store) -> None:
    window = open_window(small_store)
    page = window.catalogue_page
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))

    qtbot.keyClicks(page.search_edit, "hygiene")

    qtbot.waitUntil(lambda: titles(page.table) == [HYGIENE])
    assert len(resets) == 1, "seven keystrokes, one query: the search waits for a pause"
    assert window.count_label.text() == "1 van 4 opleidingen"

    page.search_edit.clear()
    qtbot.waitUntil(lambda: len(titles(page.table)) == 4)
    assert window.count_label.text() == "4 opleidingen"


def test_a_search_without_results_says_so(qtbot, open_window, small_store: Store) -> None:
    page = open_window(small_store).catalogue_page
    qtbot.keyClicks(page.search_edit, "vliegtuigbouw")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert "Geen opleidingen gevonden voor “vliegtuigbouw”" in page.detail.toPlainText()


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, open_window, small_store: Store) -> None:
    window = open_window(small_store)
    page = window.catalogue_page
    window.show_page("catalogue")
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_edit.hasFocus)


def test_clicking_the_price_header_sorts_by_price(qtbot, open_window, small_store: Store) -> None:
    table = open_window(small_store).catalogue_page.table
    click_header(qtbot, table, Column.PRICE)
    assert titles(table) == [JANSEN, HYGIENE, "Heftruckcertificaat", MEDICATION]
    assert table.model().index(0, Column.PRICE).data() == "€ 75,00"
    click_header(qtbot, table, Column.PRICE)
    assert titles(table) == [MEDICATION, "Heftruckcertificaat", HYGIENE, JANSEN]
    click_header(qtbot, table, Column.PRICE)  # third click: back to the default order
    assert titles(table)[0] == "Heftruckcertificaat"


def test_prices_are_right_aligned(open_window, small_store: Store) -> None:
    model = open_window(small_store).catalogue_page.model
    alignment = model.index(0, Column.PRICE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert not model.index(0, Column.TITLE).data(Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )


def many_offerings(count: int) -> list[dict[str, str]]:
    """Titles in the same order as prices, so the dearest offering comes last by title."""
    return [
        offering(code=f"C{i:03}", title=f"Cursus {i:03}", price=str(100 + i)) for i in range(count)
    ]


def test_a_large_catalogue_loads_page_by_page(
    qtbot, open_window, store: Store, tmp_path: Path
) -> None:
    fill(store, tmp_path, many_offerings(460))
    window = open_window(store)
    page = window.catalogue_page
    model = page.model
    assert model.rowCount() == PAGE_SIZE
    assert window.count_label.text() == "460 opleidingen"

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 460)
    assert not model.canFetchMore(page.table.rootIndex())
    assert titles(page.table)[-1] == "Cursus 459"


def test_sorting_orders_the_whole_catalogue_not_only_the_loaded_rows(
    qtbot, open_window, store: Store, tmp_path: Path
) -> None:
    fill(store, tmp_path, many_offerings(460))
    table = open_window(store).catalogue_page.table
    assert "Cursus 459" not in titles(table)  # on the last page when ordered by title
    click_header(qtbot, table, Column.PRICE)
    click_header(qtbot, table, Column.PRICE)  # dearest first
    assert titles(table)[:2] == ["Cursus 459", "Cursus 458"]
    assert table.model().rowCount() == PAGE_SIZE


def test_choosing_a_row_shows_the_offering(qtbot, open_window, small_store: Store) -> None:
    page = open_window(small_store).catalogue_page
    assert "Kies een opleiding" in page.detail.toPlainText()

    click_row(qtbot, page.table, MEDICATION)

    text = page.detail.toPlainText()
    assert MEDICATION in text
    assert "Deltion College" in text
    assert "€ 1.250,50" in text
    assert money(125050, "nl") in text
    assert "mbo-certificaat" in text and "mbo niveau 3" in text
    assert "1 februari 2030" in text and "1 september 2030" in text
    assert "Medicatie veilig aanreiken en registreren." in text
    html = page.detail.toHtml()
    assert html.count("<li") == 2  # the outcomes as a bulleted list
    assert "toediening registreren" in text


def test_user_text_is_shown_literally(qtbot, open_window, small_store: Store) -> None:
    page = open_window(small_store).catalogue_page
    click_row(qtbot, page.table, JANSEN)
    text = page.detail.toPlainText()
    assert JANSEN in text
    assert "Jansen & Zn Opleidingen" in text
    assert "Tekst met <script>alert(1)</script> erin." in text
    assert "<i>schuin</i> & recht" in text
    assert "doorlopende instroom" in text


def test_the_choice_survives_a_new_order(qtbot, open_window, small_store: Store) -> None:
    page = open_window(small_store).catalogue_page
    click_row(qtbot, page.table, HYGIENE)
    chosen = page.table.currentIndex().data(OfferingIdRole)
    click_header(qtbot, page.table, Column.PRICE)
    assert page.table.currentIndex().data(OfferingIdRole) == chosen
    assert HYGIENE in page.detail.toPlainText()


def test_english_labels_when_asked(qtbot, open_window, small_store: Store) -> None:
    window = open_window(small_store, lang="en")
    page = window.catalogue_page
    assert window.navigation.item(3).text() == "Catalogue"
    assert page.model.headerData(Column.PRICE, Qt.Orientation.Horizontal) == "Price"
    assert page.search_edit.placeholderText().startswith("Search the catalogue")
    assert window.count_label.text() == "4 offerings"
    click_row(qtbot, page.table, MEDICATION)
    text = page.detail.toPlainText()
    assert "€ 1,250.50 per participant" in text
    assert "mbo level 3" in text and "1 February 2030" in text


def test_the_window_remembers_its_size(open_window, small_store: Store, ui_settings) -> None:
    first = open_window(small_store, settings=ui_settings)
    first.resize(700, 500)  # the offscreen screen is small; restoreGeometry keeps it on it
    first.close()
    second: MainWindow = open_window(small_store, settings=ui_settings)
    assert (second.width(), second.height()) == (700, 500)
