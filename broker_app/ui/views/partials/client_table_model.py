"""The employers as a table (name, place, sector, open intakes, open proposals), and the proxy
that narrows and sorts it as the broker types.

A broker keeps tens to a few hundred employers, so the model holds them all and a
``QSortFilterProxyModel`` filters in memory: every key press answers at once.
"""

from __future__ import annotations

import re
import unicodedata
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette

from broker_app.domain.formatting import number
from broker_app.domain.vocab import SECTORS

ClientIdRole = Qt.ItemDataRole.UserRole + 1  # the employer's UUID
SortRole = Qt.ItemDataRole.UserRole + 2  # a Python value to sort by
SearchTextRole = Qt.ItemDataRole.UserRole + 3  # folded text the search looks in

Index = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    NAME = 0
    CITY = 1
    SECTOR = 2
    OPEN_INTAKES = 3
    OPEN_PROPOSALS = 4


HEADERS: dict[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("ClientTableModel", "Naam"),
    Column.CITY: QT_TRANSLATE_NOOP("ClientTableModel", "Plaats"),
    Column.SECTOR: QT_TRANSLATE_NOOP("ClientTableModel", "Sector"),
    Column.OPEN_INTAKES: QT_TRANSLATE_NOOP("ClientTableModel", "Intakes"),
    Column.OPEN_PROPOSALS: QT_TRANSLATE_NOOP("ClientTableModel", "Lopend"),
}
TIPS: dict[Column, str] = {
    Column.OPEN_INTAKES: QT_TRANSLATE_NOOP("ClientTableModel", "Open intakes"),
    Column.OPEN_PROPOSALS: QT_TRANSLATE_NOOP(
        "ClientTableModel", "Voorstellen in concept of verzonden"
    ),
}
_NUMERIC = (Column.OPEN_INTAKES, Column.OPEN_PROPOSALS)


def fold(text: str) -> str:
    """Lower case without diacritics: ``Hygiëne`` and ``hygiene`` are the same to a search."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def sector_label(code: str | None, lang: str) -> str:
    if not code:
        return ""
    return SECTORS.label(code, lang)


class ClientTableModel(QAbstractTableModel):
    """Rows of ``store.clients.list_clients``; :meth:`set_rows` replaces them all."""

    def __init__(self, lang: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r, _search=self._search_text(r)) for r in rows]
        self.endResetModel()

    def upsert(self, record: dict[str, Any]) -> None:
        """Put one employer's fresh row in place (or add it) without resetting the model, so
        the view keeps its selection and nothing the view holds becomes invalid."""
        fresh = dict(record, _search=self._search_text(record))
        row = self.row_of(record["id"])
        if row < 0:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(fresh)
            self.endInsertRows()
            return
        self._rows[row] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _search_text(self, row: dict[str, Any]) -> str:
        parts = [row.get("name"), row.get("city"), row.get("kvk"), row.get("sector")]
        parts.append(sector_label(row.get("sector"), self._lang))
        return fold(" ".join(p for p in parts if p))

    def client_id(self, row: int) -> str | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: str | None) -> int:
        for row, record in enumerate(self._rows):
            if record["id"] == client_id:
                return row
        return -1

    def record(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.NAME:
                return row["name"]
            if column == Column.CITY:
                return row.get("city") or ""
            if column == Column.SECTOR:
                return sector_label(row.get("sector"), self._lang)
            count = row["open_intakes"] if column == Column.OPEN_INTAKES else row["open_proposals"]
            if role == Qt.ItemDataRole.ToolTipRole:
                return None
            return number(count, self._lang) if count else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _NUMERIC else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column in _NUMERIC:
            count = row["open_intakes"] if column == Column.OPEN_INTAKES else row["open_proposals"]
            if not count:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == SortRole:
            if column == Column.OPEN_INTAKES:
                return row["open_intakes"]
            if column == Column.OPEN_PROPOSALS:
                return row["open_proposals"]
            value = self.data(index, Qt.ItemDataRole.DisplayRole)
            return fold(value or "")
        if role == ClientIdRole:
            return row["id"]
        if role == SearchTextRole:
            return row["_search"]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ClientTableModel", HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in TIPS:
            return QCoreApplication.translate("ClientTableModel", TIPS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in _NUMERIC else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class ClientFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose name, place, sector or KvK number contain every typed word
    (case and accents ignored; a KvK number may be typed with spaces or dots); sorts on
    Python values (numbers as numbers, names without accents)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        folded = fold(text)
        as_number = re.sub(r"[\s.\-]+", "", folded)
        words = [as_number] if len(as_number) >= 3 and as_number.isdigit() else folded.split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SearchTextRole) or ""
        return all(word in haystack for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if a == b:  # ties by name, so the order is stable and readable
            model = self.sourceModel()
            a = model.data(model.index(left.row(), Column.NAME), SortRole)
            b = model.data(model.index(right.row(), Column.NAME), SortRole)
        return (a or 0) < (b or 0) if isinstance(a, int) else (a or "") < (b or "")
