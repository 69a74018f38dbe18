"""The matching page in a small and a roomy window: a broker can always read which course a row
is; the side pane follows the tab; the words follow the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from broker_app.store.database import Store
from broker_app.ui.context import MATCHING
from broker_app.ui.views.matching_page import MatchingPage
from broker_app.ui.views.partials.match_model import Column
from broker_app.ui.widgets.two_line import (
    FirstLineExtraRole,
    TwoLineDelegate,
    layout_title,
    title_font,
)
from tests.ui.conftest import SMALL_CATALOGUE, fill
from tests.ui.test_matching_page import (
    MEDICATION_OFFERINGS,
    Intake,
    make_intake,
    open_matching,
    wait_idle,
)

SMALL = (1024, 700)
ROOMY = (1400, 860)
TITLE_MIN = 220


@pytest.fixture
def care(store: Store, tmp_path: Path) -> Intake:
    """Medication courses and a demand for them (the care sector)."""
    fill(store, tmp_path, SMALL_CATALOGUE + MEDICATION_OFFERINGS)
    return make_intake(store, sector="zorg")


def sized(qtbot, open_window, intake: Intake, size: tuple[int, int], **kwargs):
    window = open_window(intake.store, **kwargs)
    window.resize(*size)
    page: MatchingPage = window.show_page(MATCHING, {"demand_line_id": intake.line_id})
    wait_idle(qtbot, page)
    QApplication.processEvents()
    return window, page


def shown_columns(table) -> list[Column]:
    return [c for c in Column if not table.isColumnHidden(c)]


def test_a_small_window_keeps_the_title_readable_and_everything_on_screen(
    qtbot, open_window, care: Intake
) -> None:
    _window, page = sized(qtbot, open_window, care, SMALL)
    table = page.table
    assert table.columnWidth(Column.TITLE) >= TITLE_MIN
    # start and level give way (the detail pane shows them); place, price and score stay
    assert shown_columns(table) == [
        Column.CHECK, Column.RANK, Column.TITLE, Column.PLACE, Column.PRICE, Column.SCORE,
    ]  # fmt: skip
    used = sum(table.columnWidth(c) for c in shown_columns(table))
    assert used <= table.viewport().width(), "no column is pushed off to the right"
    # the detail pane gave way, and the broker can fold it away altogether
    assert page.side.width() <= 240
    assert page.splitter.isCollapsible(1) and not page.splitter.isCollapsible(0)


def test_a_roomy_window_shows_start_and_level_too(qtbot, open_window, care: Intake) -> None:
    _window, page = sized(qtbot, open_window, care, ROOMY)
    table = page.table
    assert {Column.LEVEL, Column.START} <= set(shown_columns(table))
    assert table.columnWidth(Column.TITLE) >= TITLE_MIN
    used = sum(table.columnWidth(c) for c in shown_columns(table))
    assert used <= table.viewport().width()


def test_titles_wrap_whole_with_the_provider_after_them(qtbot, open_window, care: Intake) -> None:
    _window, page = sized(qtbot, open_window, care, SMALL)
    table = page.table
    width = TwoLineDelegate.text_width(table.columnWidth(Column.TITLE))
    for r in page.model.rows():
        inline = page.model.index(page.model.row_of(r.offering_id), Column.TITLE).data(
            FirstLineExtraRole
        )
        assert inline == r.provider, "the provider column is hidden: the provider follows"
        placed = layout_title(r.title, r.provider, table.font(), width)
        assert " ".join(placed.lines) == r.title, "the whole title, on at most two lines"
        assert len(placed.lines) <= 2
        assert placed.extra.strip(" ·") == r.provider
    # a long title takes two lines rather than being cut
    long = "Medicatie veilig aanreiken en aftekenen"
    bold = QFontMetrics(title_font(table.font()))
    assert width < bold.horizontalAdvance(long) < 1.5 * width, "a title for two lines"
    placed = layout_title(long, "Landstede MBO", table.font(), width)
    assert len(placed.lines) == 2 and " ".join(placed.lines) == long
    assert placed.extra_line == 1 and placed.extra.strip(" ·") == "Landstede MBO"


def test_the_title_tooltip_has_title_provider_and_reasons(qtbot, open_window, care: Intake) -> None:
    _window, page = open_matching(qtbot, open_window, care)
    first = page.model.rows()[0]
    tip = page.model.index(0, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[:2] == [first.title, first.provider]
    assert f"• {first.reasons[0]}" in tip


def test_the_programme_tab_shows_its_first_module_beside_it(
    qtbot, open_window, care: Intake
) -> None:
    _window, page = open_matching(qtbot, open_window, care)
    modules = page._programme.modules
    assert modules
    # the broker looks at a course that is not the programme's first module ...
    other = next(r for r in page.model.rows() if r.offering_id != modules[0].offering_id)
    page.table.selectRow(page.model.row_of(other.offering_id))
    assert other.title in page.detail.toPlainText()

    page.tabs.setCurrentIndex(2)

    text = page.detail.toPlainText()
    assert f"Module 1 van {len(modules)} in het samengestelde programma" in text
    assert modules[0].title in text and other.title not in text
    # the programme has its own button; the list's buttons are out of the way
    assert page.add_programme_button.isVisible()
    assert not page.compare_button.isVisible() and not page.add_button.isVisible()
    page.tabs.setCurrentIndex(0)
    assert other.title in page.detail.toPlainText() and page.compare_button.isVisible()


def test_comparing_five_says_how_many_are_ticked(qtbot, open_window, care: Intake) -> None:
    _window, page = open_matching(qtbot, open_window, care)
    rows = page.model.rows()
    assert len(rows) >= 5
    for r in rows[:5]:
        page.model.set_checked(r.offering_id, True)
    page.compare()
    assert page.compare_dialog is None
    assert page.action_note.text() == "U hebt er 5 aangevinkt; kies er twee tot vier."


def test_the_sector_is_named_in_the_windows_language(qtbot, open_window, care: Intake) -> None:
    window, page = sized(qtbot, open_window, care, ROOMY, lang="en")
    assert "sector care" in page.summary.text()
    assert "sector zorg" not in page.summary.text()
    window.close()
    _window, page = sized(qtbot, open_window, care, ROOMY)
    assert "sector zorg" in page.summary.text()
