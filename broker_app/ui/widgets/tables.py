"""The house look of a list table: calm rows, no grid, whole rows chosen, headers that read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

TABLE_STYLE = """
QTableView::item { padding: 0 4px; }
QHeaderView::section { padding: 5px 6px; border: none; border-right: 1px solid palette(midlight);
    border-bottom: 1px solid palette(mid); background: palette(button); }
"""


def style_table(
    table: QTableView,
    *,
    row_padding: int = 12,
    min_section: int = 50,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
) -> None:
    """Alternating rows, no grid, one line per row, rows (not cells) chosen, not editable in
    place, smooth sideways scrolling, fixed row height; the page sets widths and sorting.

    Tab leaves the table (arrows move inside): walking cell by cell with Tab would change the
    chosen record at every key. A table that is edited in place still goes to the next cell
    with Tab while a cell is being edited (the delegate's editor asks for that itself)."""
    table.setAlternatingRowColors(True)
    table.setStyleSheet(TABLE_STYLE)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(min_section)
