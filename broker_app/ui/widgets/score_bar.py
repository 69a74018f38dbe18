"""A calm score bar for a table cell: a thin rounded track, the filled part, the number beside.

The model gives the score (0..100) under :data:`ScoreRole` and the text to show (``92 %``) as
its display text, so a screen reader and a copy still get the number.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

ScoreRole = Qt.ItemDataRole.UserRole + 20  # float 0..100

TRACK = QColor("#e4e7eb")
HIGH = QColor("#3f7f6b")  # a muted green for a strong fit
MIDDLE = QColor("#6b8fb3")  # a quiet blue for a fair one
LOW = QColor("#a7b1bc")  # grey for a weak one
BAR_HEIGHT = 7
TEXT_WIDTH = 44  # room for "100 %"
GAP = 8
PADDING = 8


def bar_colour(score: float) -> QColor:
    if score >= 75:
        return HIGH
    if score >= 50:
        return MIDDLE
    return LOW


class ScoreBarDelegate(QStyledItemDelegate):
    """Paints ``ScoreRole`` as a bar, and the display text right of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(ScoreRole)
        if value is None:
            super().paint(painter, option, index)
            return
        score = max(0.0, min(100.0, float(value)))
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:  # selection and alternating background as usual
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        track_width = max(10, rect.width() - TEXT_WIDTH - GAP)
        top = rect.center().y() - BAR_HEIGHT / 2 + 1
        track = QRectF(rect.left(), top, track_width, BAR_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        if score > 0:
            filled = QRectF(track.left(), top, max(BAR_HEIGHT, track_width * score / 100),
                            BAR_HEIGHT)  # fmt: skip
            painter.setBrush(bar_colour(score))
            painter.drawRoundedRect(filled, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        text_rect = QRectF(track.right() + GAP, option.rect.top(), TEXT_WIDTH, option.rect.height())
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), hint.height())
