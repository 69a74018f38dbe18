"""A table cell of two lines: the item's text, and under it a smaller, quieter line.

Used where a row needs its explanation beside it (a match and its reasons) without a column too
narrow to read. The second line comes from :data:`SecondLineRole`; an optional
:data:`NoteRole` text is put before it in a calm red (a near miss's broken must).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

SecondLineRole = Qt.ItemDataRole.UserRole + 21
NoteRole = Qt.ItemDataRole.UserRole + 22
FirstLineExtraRole = Qt.ItemDataRole.UserRole + 23  # quiet text after the first line's own

QUIET = QColor("#616e7c")
NOTE = QColor("#b3261e")
PADDING = 6
LINE_GAP = 2


class TwoLineDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def small_font(font: QFont) -> QFont:
        small = QFont(font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        return small

    @classmethod
    def row_height(cls, font: QFont) -> int:
        return (
            QFontMetrics(font).height()
            + QFontMetrics(cls.small_font(font)).height()
            + LINE_GAP
            + 2 * PADDING
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        first = opt.text
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        main = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        painter.save()
        painter.setFont(font)
        painter.setPen(main)
        top = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        small = self.small_font(option.font)
        small_metrics = QFontMetrics(small)
        plain = QFontMetrics(option.font)
        extra = str(index.data(FirstLineExtraRole) or "")
        extra_text = f"  ·  {extra}" if extra else ""
        # The extra text (a provider) keeps up to 40 % of the line, the first text the rest.
        extra_width = min(plain.horizontalAdvance(extra_text), int(rect.width() * 0.4))
        shown = metrics.elidedText(first, Qt.TextElideMode.ElideRight, rect.width() - extra_width)
        painter.drawText(
            top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )
        if extra_text and extra_width > 30:
            left = rect.left() + metrics.horizontalAdvance(shown)
            painter.setFont(option.font)
            painter.setPen(main if selected else QUIET)
            painter.drawText(
                QRect(left, rect.top(), rect.right() - left, metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                plain.elidedText(extra_text, Qt.TextElideMode.ElideRight, rect.right() - left),
            )
        painter.setFont(small)
        y = top.bottom() + 1 + LINE_GAP
        x = rect.left()
        room = rect.width()
        note = str(index.data(NoteRole) or "")
        if note:
            shown = small_metrics.elidedText(note, Qt.TextElideMode.ElideRight, room)
            painter.setPen(main if selected else NOTE)
            width = small_metrics.horizontalAdvance(shown)
            painter.drawText(
                QRect(x, y, room, small_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            separator = "  ·  "
            x += width + small_metrics.horizontalAdvance(separator)
            room -= width + small_metrics.horizontalAdvance(separator)
        second = str(index.data(SecondLineRole) or "")
        if second and room > 20:
            painter.setPen(main if selected else QUIET)
            painter.drawText(
                QRect(x, y, room, small_metrics.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, room),
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), self.row_height(option.font))
