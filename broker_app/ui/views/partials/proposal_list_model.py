"""The list of proposals: a table model over the service's rows, a proxy that filters by status
and search text, and a delegate that draws the status as a coloured label."""

from __future__ import annotations

from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from broker_app.domain.formatting import money, short_date

Index = QModelIndex | QPersistentModelIndex
ProposalIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3

STATUS_ORDER = ("concept", "verzonden", "geaccepteerd", "afgewezen", "verlopen")

# (background, text) per status: calm colours that still tell the statuses apart at a glance
STATUS_COLOURS = {
    "concept": ("#E4E7EB", "#3E4C59"),
    "verzonden": ("#DCEBFA", "#0B4F8A"),
    "geaccepteerd": ("#DDF3E4", "#1B6B34"),
    "afgewezen": ("#FBE3E1", "#9B1C1C"),
    "verlopen": ("#FCEFD9", "#7A4A00"),
}


def status_labels() -> dict[str, str]:
    """The statuses as the broker reads them (also used by the page's filter and header)."""
    return {
        "concept": QCoreApplication.translate("ProposalStatus", "Concept"),
        "verzonden": QCoreApplication.translate("ProposalStatus", "Verzonden"),
        "geaccepteerd": QCoreApplication.translate("ProposalStatus", "Geaccepteerd"),
        "afgewezen": QCoreApplication.translate("ProposalStatus", "Afgewezen"),
        "verlopen": QCoreApplication.translate("ProposalStatus", "Verlopen"),
    }


class Column(IntEnum):
    NUMBER = 0
    CLIENT = 1
    TITLE = 2
    STATUS = 3
    VERSION = 4
    TOTAL = 5
    VALID_UNTIL = 6
    UPDATED = 7


def _local_day(stamp: str | None) -> date | None:
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone().date() if moment.tzinfo else moment.date()


class ProposalListModel(QAbstractTableModel):
    """Rows from ``service.list_proposals``; small (one per proposal), loaded at once."""

    def __init__(self, lang: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[dict[str, Any]] = []
        self._labels = status_labels()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        for row in self._rows:
            row["_updated_day"] = _local_day(row.get("updated_at"))
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def row_of(self, proposal_id: str | None) -> int:
        for number, row in enumerate(self._rows):
            if row["id"] == proposal_id:
                return number
        return -1

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATUS_ORDER, 0)
        for row in self._rows:
            found[row["effective_status"]] = found.get(row["effective_status"], 0) + 1
        return found

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NUMBER: self.tr("Nummer"),
                Column.CLIENT: self.tr("Werkgever"),
                Column.TITLE: self.tr("Titel"),
                Column.STATUS: self.tr("Status"),
                Column.VERSION: self.tr("Versie"),
                Column.TOTAL: self.tr("Totaal incl. btw"),
                Column.VALID_UNTIL: self.tr("Geldig tot"),
                Column.UPDATED: self.tr("Bijgewerkt"),
            }[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (Column.TOTAL, Column.VERSION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_key(row, column)
        if role == ProposalIdRole:
            return row["id"]
        if role == StatusRole:
            return row["effective_status"]
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.TITLE, Column.CLIENT):
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.TOTAL, Column.VERSION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: dict[str, Any], column: Column) -> str:
        if column == Column.NUMBER:
            return row["number"]
        if column == Column.CLIENT:
            return row["client_name"]
        if column == Column.TITLE:
            return row["title"]
        if column == Column.STATUS:
            return self._labels.get(row["effective_status"], row["effective_status"])
        if column == Column.VERSION:
            return str(row["version"])
        if column == Column.TOTAL:
            return money(row["incl_cents"], self._lang) if row["incl_cents"] is not None else ""
        if column == Column.VALID_UNTIL:
            return short_date(row["valid_until"], self._lang) if row["valid_until"] else ""
        day = row.get("_updated_day")
        return short_date(day, self._lang) if day else ""

    def _sort_key(self, row: dict[str, Any], column: Column) -> Any:
        if column == Column.STATUS:
            return STATUS_ORDER.index(row["effective_status"])
        if column == Column.VERSION:
            return row["version"]
        if column == Column.TOTAL:
            return row["incl_cents"] or 0
        if column == Column.VALID_UNTIL:
            return row["valid_until"] or date.min
        if column == Column.UPDATED:
            return row["updated_at"] or ""
        return self._display(row, column).casefold()


class ProposalFilterProxy(QSortFilterProxyModel):
    """Shows the proposals with one status (or all) whose number, client or title holds every
    word of the search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self._words: list[str] = []
        self.setSortRole(SortRole)

    @property
    def status(self) -> str | None:
        return self._status

    def set_status(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if self._status:
            status = model.index(source_row, Column.STATUS, source_parent).data(StatusRole)
            if status != self._status:
                return False
        if not self._words:
            return True
        hay = " ".join(
            str(model.index(source_row, c, source_parent).data() or "")
            for c in (Column.NUMBER, Column.CLIENT, Column.TITLE)
        ).casefold()
        return all(word in hay for word in self._words)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


def paint_pill(painter: QPainter, rect: QRectF, text: str, status: str) -> None:
    """A rounded label in the status colour, vertically centred in ``rect``."""
    background, foreground = STATUS_COLOURS.get(status, STATUS_COLOURS["concept"])
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(text) + 16
    height = metrics.height() + 4
    pill = QRectF(rect.left(), rect.center().y() - height / 2, min(width, rect.width()), height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(background))
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(QColor(foreground))
    painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()


class StatusDelegate(QStyledItemDelegate):
    """Draws the status cell as a coloured label (the text stays the model's, for tests and
    screen readers)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        text = str(index.data() or "")
        status = str(index.data(StatusRole) or "concept")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget: QWidget | None = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = QRectF(option.rect).adjusted(6, 0, -4, 0)  # type: ignore[attr-defined]
        paint_pill(painter, rect, text, status)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 20, size.height())
