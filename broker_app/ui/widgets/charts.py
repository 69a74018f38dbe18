"""Small, calm charts painted with QPainter: a horizontal bar chart and a stacked bar.

No chart library: a few bars with their labels and values are all the "Overzicht" needs. Both
charts take plain :class:`Bar` values (the page formats the texts, in Dutch money and numbers),
scale with the widget, show a tooltip per bar, describe themselves to screen readers and can be
used from the keyboard (arrows choose a bar, Enter or Space opens it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class Bar:
    key: str  # handed back by ``bar_activated``
    label: str  # left of the bar (bar chart) or in the legend (stacked bar)
    value: float  # the bar's length, relative to the others; never negative
    text: str  # the value as people read it, e.g. "€ 1.512,50"
    tooltip: str = ""  # defaults to "label: text"
    color: QColor | None = None  # defaults to the palette's highlight colour

    def tip(self) -> str:
        return self.tooltip or f"{self.label}: {self.text}"


_GAP = 10.0  # between label, bar and value
_RADIUS = 3.0


def _fill(path_rect: QRectF, painter: QPainter, color: QColor, radius: float = _RADIUS) -> None:
    path = QPainterPath()
    path.addRoundedRect(path_rect, radius, radius)
    painter.fillPath(path, color)


class _Chart(QWidget):
    """What both charts share: bars, the current bar, tooltips, clicks and keys."""

    bar_activated = Signal(str)  # the key of the bar clicked or chosen with Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._current = -1
        self._hover = -1
        self._clickable = False
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    # -- data --------------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self._current = 0 if self._bars else -1
        self._hover = -1
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.text}" for b in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_clickable(self, clickable: bool) -> None:
        """Clickable bars show a pointing hand and emit ``bar_activated``."""
        self._clickable = clickable

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is painted (the whole row for the bar chart); each chart lays
        its bars out itself, so here no bar has a place and none can be hit."""
        return QRectF()

    def bar_at(self, pos: QPointF) -> int:
        for index in range(len(self._bars)):
            if self.bar_rect(index).contains(pos):
                return index
        return -1

    def current_bar(self) -> int:
        return self._current

    # -- events ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            index = self.bar_at(QPointF(help_event.pos()))
            if index >= 0:
                QToolTip.showText(help_event.globalPos(), self._bars[index].tip(), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index != self._hover:
            self._hover = index
            clickable = self._clickable and index >= 0
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self._current = index
            self.update()
            if self._clickable:
                self.bar_activated.emit(self._bars[index].key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Right: 1,
        }.get(Qt.Key(key))
        if step is not None and self._bars:
            self._current = max(0, min(len(self._bars) - 1, self._current + step))
            self.update()
            return
        activate = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if activate and self._clickable and 0 <= self._current < len(self._bars):
            self.bar_activated.emit(self._bars[self._current].key)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- painting helpers --------------------------------------------------------------------

    def _color(self, bar: Bar) -> QColor:
        return (
            QColor(bar.color)
            if bar.color is not None
            else self.palette().color(QPalette.ColorRole.Highlight)
        )

    def _track_color(self) -> QColor:
        base = self.palette().color(QPalette.ColorRole.Window)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        # A faint mix of text into the background: visible on light and dark palettes alike.
        mix = 0.07
        return QColor.fromRgbF(
            base.redF() * (1 - mix) + text.redF() * mix,
            base.greenF() * (1 - mix) + text.greenF() * mix,
            base.blueF() * (1 - mix) + text.blueF() * mix,
        )

    def _muted_text(self) -> QColor:
        color = self.palette().color(QPalette.ColorRole.WindowText)
        color.setAlphaF(0.7)
        return color

    def _focus_row(self, painter: QPainter, rect: QRectF) -> None:
        color = self.palette().color(QPalette.ColorRole.Highlight)
        color.setAlphaF(0.10)
        _fill(rect, painter, color, 4)


class BarChart(_Chart):
    """Horizontal bars, one row each: the label on the left, the bar, the value on the right.

    Bars are measured against the largest value; a bar with a value above zero is always at
    least a sliver long, so "small" never looks like "none".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_label_share = 0.42

    def _row_height(self) -> float:
        fm = self.fontMetrics()
        natural = fm.height() * 2.0
        if not self._bars:
            return natural
        fitting = self.height() / len(self._bars)
        return max(fm.height() + 6.0, min(natural, fitting))

    def _columns(self) -> tuple[float, float, float]:
        """(label width, bar start x, bar area width)."""
        fm = self.fontMetrics()
        width = float(self.width())
        widest_label = max((fm.horizontalAdvance(b.label) for b in self._bars), default=0)
        label_width = min(widest_label + 4.0, width * self._max_label_share)
        widest_value = max((fm.horizontalAdvance(b.text) for b in self._bars), default=0)
        bar_x = label_width + _GAP
        bar_area = max(8.0, width - bar_x - _GAP - widest_value - 2.0)
        return label_width, bar_x, bar_area

    def row_rect(self, index: int) -> QRectF:
        height = self._row_height()
        return QRectF(0.0, index * height, float(self.width()), height)

    def bar_rect(self, index: int) -> QRectF:
        return self.row_rect(index)

    def bar_geometry(self, index: int) -> QRectF:
        """The painted bar itself (its length shows the value)."""
        row = self.row_rect(index)
        _, bar_x, bar_area = self._columns()
        largest = max((b.value for b in self._bars), default=0)
        value = max(0.0, float(self._bars[index].value))
        length = 0.0 if largest <= 0 else bar_area * value / largest
        if value > 0:
            length = max(length, 3.0)
        thickness = max(6.0, min(row.height() * 0.55, 22.0))
        return QRectF(bar_x, row.center().y() - thickness / 2, length, thickness)

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(360, int(max(1, len(self._bars)) * fm.height() * 2.0) + 2)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(200, int(max(1, len(self._bars)) * (fm.height() + 6)) + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        fm = QFontMetrics(self.font())
        label_width, bar_x, bar_area = self._columns()
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        for index, bar in enumerate(self._bars):
            row = self.row_rect(index)
            if (self.hasFocus() and index == self._current) or index == self._hover:
                self._focus_row(painter, row.adjusted(-2, 1, 2, -1))
            geometry = self.bar_geometry(index)
            track = QRectF(bar_x, geometry.y(), bar_area, geometry.height())
            _fill(track, painter, self._track_color())
            if geometry.width() > 0:
                _fill(geometry, painter, self._color(bar))
            painter.setPen(text_color)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_width))
            painter.drawText(
                QRectF(0, row.y(), label_width, row.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                label,
            )
            painter.setPen(self._muted_text())
            value_x = bar_x + bar_area + _GAP
            painter.drawText(
                QRectF(value_x, row.y(), self.width() - value_x - 2.0, row.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                bar.text,
            )
        painter.end()


class StackedBar(_Chart):
    """One bar split into parts (say, proposals per status), with a legend underneath.

    Parts without a value take no room in the bar but keep their place in the legend.
    """

    _BAR_HEIGHT = 14.0
    _SWATCH = 10.0

    def _legend_items(self, width: float | None = None) -> list[QRectF]:
        """Where each legend entry is, flowing over as many lines as the width needs."""
        width = float(self.width()) if width is None else width
        fm = self.fontMetrics()
        line_height = fm.height() + 6.0
        x, y = 0.0, self._BAR_HEIGHT + 10.0
        rects = []
        for bar in self._bars:
            item = self._SWATCH + 6 + fm.horizontalAdvance(self._legend_text(bar)) + 4
            if x > 0 and x + item > width:
                x, y = 0.0, y + line_height
            rects.append(QRectF(x, y, item, line_height))
            x += item + 16
        return rects

    @staticmethod
    def _legend_text(bar: Bar) -> str:
        return f"{bar.label} {bar.text}"

    def segment_rects(self) -> list[QRectF]:
        total = sum(max(0.0, float(b.value)) for b in self._bars)
        rects, x = [], 0.0
        for bar in self._bars:
            share = 0.0 if total <= 0 else max(0.0, float(bar.value)) / total
            width = self.width() * share
            rects.append(QRectF(x, 0.0, width, self._BAR_HEIGHT))
            x += width
        return rects

    def bar_rect(self, index: int) -> QRectF:
        """The segment, or the legend entry when the segment has no width."""
        segment = self.segment_rects()[index]
        return segment if segment.width() > 0 else self._legend_items()[index]

    def bar_at(self, pos: QPointF) -> int:
        for index, rect in enumerate(self.segment_rects()):
            if rect.width() > 0 and rect.contains(pos):
                return index
        for index, rect in enumerate(self._legend_items()):
            if rect.contains(pos):
                return index
        return -1

    def _height_for(self, width: int) -> int:
        if not self._bars:
            return int(self._BAR_HEIGHT)
        return int(max(r.bottom() for r in self._legend_items(float(width)))) + 2

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def sizeHint(self) -> QSize:
        return QSize(360, self._height_for(max(self.width(), 360)))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._height_for(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self._height_for(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        whole = QRectF(0.0, 0.0, float(self.width()), self._BAR_HEIGHT)
        clip = QPainterPath()
        clip.addRoundedRect(whole, self._BAR_HEIGHT / 2, self._BAR_HEIGHT / 2)
        painter.fillPath(clip, self._track_color())
        painter.save()
        painter.setClipPath(clip)
        separator = self.palette().color(QPalette.ColorRole.Base)
        for bar, rect in zip(self._bars, self.segment_rects(), strict=True):
            if rect.width() <= 0:
                continue
            painter.fillRect(rect, self._color(bar))
            if rect.right() < whole.right() - 1:
                painter.fillRect(QRectF(rect.right() - 1, 0, 2, self._BAR_HEIGHT), separator)
        painter.restore()
        fm = self.fontMetrics()
        for index, (bar, rect) in enumerate(zip(self._bars, self._legend_items(), strict=True)):
            if (self.hasFocus() and index == self._current) or index == self._hover:
                self._focus_row(painter, rect.adjusted(-4, 0, 4, 0))
            swatch = QRectF(
                rect.x(), rect.center().y() - self._SWATCH / 2, self._SWATCH, self._SWATCH
            )
            _fill(swatch, painter, self._color(bar), 2)
            text_rect = QRectF(swatch.right() + 6, rect.y(), rect.width(), rect.height())
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                bar.label,
            )  # fmt: skip
            painter.setPen(self._muted_text())
            offset = fm.horizontalAdvance(bar.label + " ")
            painter.drawText(
                text_rect.adjusted(offset, 0, 0, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                bar.text,
            )
        painter.end()
