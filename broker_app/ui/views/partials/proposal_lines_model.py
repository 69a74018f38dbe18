"""The lines of one proposal version: offerings (participants, prices, discount, VAT, amount)
and estimated funding. Edits go through a ``commit`` function the page gives: it checks and
writes the change and returns the stored line, or None when it refused (and said why)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from broker_app.domain.formatting import money, number
from broker_app.domain.messages import t
from broker_app.domain.pricing import PriceLine, PricingError, VatDecision

Index = QModelIndex | QPersistentModelIndex
LineIdRole = Qt.ItemDataRole.UserRole + 11
ProviderRole = Qt.ItemDataRole.UserRole + 12

Commit = Callable[[dict, int, str], "dict | None"]

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class LineColumn(IntEnum):
    TITLE = 0
    PARTICIPANTS = 1
    PRICE = 2
    GROUP_PRICE = 3
    DISCOUNT = 4
    VAT = 5
    AMOUNT = 6


EDITABLE_LINE_COLUMNS = (LineColumn.PARTICIPANTS, LineColumn.GROUP_PRICE, LineColumn.DISCOUNT)


def price_line(row: dict) -> PriceLine | None:
    try:
        rate = Decimal(str(row.get("vat") or 0))
        return PriceLine(
            row.get("title") or "",
            int(row.get("participants") or 0),
            row.get("price_cents"),
            VatDecision(rate, row.get("vat_reason") or "standard"),
            row.get("group_price_cents"),
            int(row.get("discount_cents") or 0),
        )
    except (PricingError, ArithmeticError, ValueError, TypeError):
        return None


def _edit_money(cents: int | None, lang: str) -> str:
    """An amount as the broker types it (``1.250,50``), no euro sign."""
    if cents is None:
        return ""
    return money(cents, lang).replace("€", "").replace("\u00a0", " ").strip()


class _EditableRows(QAbstractTableModel):
    """Rows of dicts with a commit function; read-only when the version is sent."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[dict] = []
        self._editable = False
        self._commit: Commit | None = None

    def set_rows(self, rows: list[dict], editable: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._editable = editable
        self.endResetModel()

    def set_commit(self, commit: Commit) -> None:
        self._commit = commit

    def rows(self) -> list[dict]:
        return list(self._rows)

    def row_of(self, line_id: str | None) -> int:
        for position, row in enumerate(self._rows):
            if row.get("id") == line_id:
                return position
        return -1

    @property
    def editable(self) -> bool:
        return self._editable

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def _editable_columns(self) -> tuple[int, ...]:
        return ()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if self._editable and index.isValid() and index.column() in self._editable_columns():
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._editable:
            return False
        if index.column() not in self._editable_columns() or self._commit is None:
            return False
        stored = self._commit(self._rows[index.row()], index.column(), str(value))
        if stored is None:
            return False
        self._rows[index.row()] = stored
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), last))
        return True


class LinesModel(_EditableRows):
    """The offering lines of a version."""

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LineColumn)

    def _editable_columns(self) -> tuple[int, ...]:
        return tuple(int(c) for c in EDITABLE_LINE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                LineColumn.TITLE: self.tr("Opleiding"),
                LineColumn.PARTICIPANTS: self.tr("Deelnemers"),
                LineColumn.PRICE: self.tr("Prijs p.p."),
                LineColumn.GROUP_PRICE: self.tr("Groepsprijs"),
                LineColumn.DISCOUNT: self.tr("Korting"),
                LineColumn.VAT: self.tr("Btw"),
                LineColumn.AMOUNT: self.tr("Bedrag excl. btw"),
            }[LineColumn(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != LineColumn.TITLE:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and section in EDITABLE_LINE_COLUMNS:
            return self.tr("Dubbelklik of F2 om te wijzigen")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = LineColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == LineColumn.PARTICIPANTS:
                return str(row.get("participants") or 0)
            if column == LineColumn.GROUP_PRICE:
                return _edit_money(row.get("group_price_cents"), self._lang)
            if column == LineColumn.DISCOUNT:
                return _edit_money(row.get("discount_cents") or 0, self._lang)
            return self._display(row, column)
        if role == LineIdRole:
            return row.get("id")
        if role == ProviderRole:
            return row.get("provider") or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column != LineColumn.TITLE:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == LineColumn.VAT:
                return self._vat_reason(row)
            if column == LineColumn.TITLE:
                return "\n".join(x for x in (row.get("title"), row.get("provider")) if x)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == LineColumn.GROUP_PRICE
            and row.get("group_price_cents") is None
        ):
            return QColor("#9AA5B1")
        return None

    def _display(self, row: dict, column: LineColumn) -> str:
        lang = self._lang
        if column == LineColumn.TITLE:
            return row.get("title") or ""
        if column == LineColumn.PARTICIPANTS:
            return number(int(row.get("participants") or 0), lang)
        if column == LineColumn.PRICE:
            return money(row.get("price_cents"), lang)
        if column == LineColumn.GROUP_PRICE:
            cents = row.get("group_price_cents")
            return money(cents, lang) if cents is not None else self.tr("geen")
        if column == LineColumn.DISCOUNT:
            cents = int(row.get("discount_cents") or 0)
            return money(cents, lang) if cents else "—"
        if column == LineColumn.VAT:
            try:
                rate = Decimal(str(row.get("vat") or 0))
            except ArithmeticError:
                rate = Decimal(0)
            if rate == 0:
                return self.tr("vrijgesteld")
            return f"{number(rate.normalize(), lang)} %"
        line = price_line(row)
        return money(line.net_cents if line else None, lang)

    def _vat_reason(self, row: dict) -> str:
        reason = row.get("vat_reason") or "standard"
        try:
            rate = Decimal(str(row.get("vat") or 0)).normalize()
            return t(f"vat.{reason}", self._lang, rate=f"{rate:f}")
        except (KeyError, ArithmeticError):
            return ""


class FundingColumn(IntEnum):
    SCHEME = 0
    AMOUNT = 1


class FundingModel(_EditableRows):
    """The estimated contributions of a version; the amount can be changed in a concept."""

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FundingColumn)

    def _editable_columns(self) -> tuple[int, ...]:
        return (int(FundingColumn.AMOUNT),)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == FundingColumn.SCHEME:
                return self.tr("Regeling")
            return self.tr("Geschatte bijdrage")
        if role == Qt.ItemDataRole.TextAlignmentRole and section == FundingColumn.AMOUNT:
            return _RIGHT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == FundingColumn.SCHEME:
                return row.get("funding_scheme") or row.get("title") or ""
            return money(row.get("price_cents") or 0, self._lang)
        if role == Qt.ItemDataRole.EditRole and index.column() == FundingColumn.AMOUNT:
            return _edit_money(row.get("price_cents") or 0, self._lang)
        if role == LineIdRole:
            return row.get("id")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == FundingColumn.AMOUNT:
            return _RIGHT
        return None


class TitleDelegate(QStyledItemDelegate):
    """The offering's title with its provider underneath in grey."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, provider = opt.text, str(index.data(ProviderRole) or "")
        opt.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = option.rect.adjusted(6, 3, -6, -3)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        metrics = painter.fontMetrics()
        painter.save()
        painter.setPen(
            palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        top = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(
            top,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if provider:
            painter.setPen(
                palette.color(QPalette.ColorRole.HighlightedText) if selected else QColor("#616E7C")
            )
            bottom = QRect(rect.left(), top.bottom() + 1, rect.width(), metrics.height())
            painter.drawText(
                bottom,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(provider, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), option.fontMetrics.height() * 2 + 8)  # type: ignore[attr-defined]
