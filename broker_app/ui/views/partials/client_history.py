"""The employer's history: intakes and proposals, newest first, with date, status and value.

Double-click (or Enter) on a row opens it: ``open_intake(intake_id)`` / ``open_proposal(id)``.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.formatting import money, short_date
from broker_app.domain.pricing import totals
from broker_app.domain.vocab import PROPOSAL_STATUSES
from broker_app.proposals.service import price_lines
from broker_app.store import clients as repo
from broker_app.store import proposals as proposals_repo
from broker_app.store.database import Store
from broker_app.ui.widgets.tables import style_table

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "HistoryTableModel"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

KindRole = Qt.ItemDataRole.UserRole + 1  # "intake" or "proposal"
RecordIdRole = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    DATE = 0
    KIND = 1
    TITLE = 2
    STATUS = 3
    VALUE = 4


HEADERS = {
    Column.DATE: QT_TRANSLATE_NOOP("HistoryTableModel", "Datum"),
    Column.KIND: QT_TRANSLATE_NOOP("HistoryTableModel", "Soort"),
    Column.TITLE: QT_TRANSLATE_NOOP("HistoryTableModel", "Omschrijving"),
    Column.STATUS: QT_TRANSLATE_NOOP("HistoryTableModel", "Status"),
    Column.VALUE: QT_TRANSLATE_NOOP("HistoryTableModel", "Bedrag excl. btw"),
}
INTAKE_STATUSES = {
    "open": QT_TRANSLATE_NOOP("HistoryTableModel", "open"),
    "afgerond": QT_TRANSLATE_NOOP("HistoryTableModel", "afgerond"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _date(text: str | None, lang: str) -> str:
    try:
        return short_date(date.fromisoformat((text or "")[:10]), lang)
    except ValueError:
        return text or ""


class HistoryTableModel(QAbstractTableModel):
    def __init__(self, store: Store, lang: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._rows: list[tuple[dict[str, Any], tuple[str, ...]]] = []

    def load(self, client_id: str | None) -> None:
        rows = repo.client_history(self._store.db, client_id) if client_id else []
        self.beginResetModel()
        self._rows = [(r, self._cells(r)) for r in rows]
        self.endResetModel()

    def record(self, row: int) -> dict[str, Any] | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def _value(self, record: dict[str, Any]) -> int | None:
        """The sent version's total; for a concept, the sum of its lines so far."""
        if record.get("total_excl_cents") is not None:
            return record["total_excl_cents"]
        if not record.get("version_id"):
            return None
        lines = price_lines(proposals_repo.lines(self._store.db, record["version_id"]))
        return totals(lines).excl_cents if lines else None

    def _cells(self, record: dict[str, Any]) -> tuple[str, ...]:
        lang = self._lang
        title = record.get("title") or ""
        if record["kind"] == "intake":
            kind = QCoreApplication.translate("HistoryTableModel", "Intake")
            status = _tr(INTAKE_STATUSES.get(record["status"], record["status"] or ""))
            value = ""
        else:
            kind = QCoreApplication.translate("HistoryTableModel", "Voorstel {number}").format(
                number=record.get("number") or ""
            )
            status = PROPOSAL_STATUSES.label(record["status"], lang) if record["status"] else ""
            if (record.get("version") or 1) > 1:
                status = QCoreApplication.translate(
                    "HistoryTableModel", "{status} (versie {version})"
                ).format(status=status, version=record["version"])
            cents = self._value(record)
            value = money(cents, lang) if cents is not None else ""
        return (_date(record.get("date"), lang), kind, title, status, value)

    # -- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record, cells = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            count = record.get("demand_lines")
            if record["kind"] == "intake" and count:
                lines = (
                    QCoreApplication.translate("HistoryTableModel", "1 vraagregel")
                    if count == 1
                    else QCoreApplication.translate("HistoryTableModel", "{count} vraagregels")
                )
                return f"{cells[Column.TITLE]} ({lines.format(count=count)})"
            return cells[index.column()] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() == Column.VALUE else _LEFT
        if role == KindRole:
            return record["kind"]
        if role == RecordIdRole:
            return record["id"]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == Column.VALUE else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class HistoryPanel(QWidget):
    """Heading, the table and a line for 'nothing yet'."""

    open_intake = Signal(str)
    open_proposal = Signal(str)

    def __init__(self, store: Store, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryTableModel(store, lang, self)
        self.heading = QLabel(self.tr("Intakes en voorstellen"), self)
        self.heading.setObjectName("sectionHeading")
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Intakes en voorstellen van deze klant"))
        self.table.setToolTip(self.tr("Dubbelklik of Enter om de intake of het voorstel te openen"))
        style_table(self.table, min_section=40)  # Tab leaves the table; arrows move inside
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nog geen intakes of voorstellen voor deze klant."), self)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.empty.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.table.activated.connect(self._open)

    def load(self, client_id: str | None) -> None:
        self.model.load(client_id)
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    def _open(self, index: QModelIndex) -> None:
        record = self.model.record(index.row())
        if record is None:
            return
        if record["kind"] == "intake":
            self.open_intake.emit(record["id"])
        else:
            self.open_proposal.emit(record["id"])
