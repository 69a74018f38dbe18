"""A table cell for a title and its explanation: the title (up to two lines, wrapped to the
column) with a quiet extra text after it, and under it a smaller, quieter line.

Used where a row needs its explanation beside it (a match and its reasons) without a column too
narrow to read. The title wraps at word boundaries onto a second line before anything is cut;
only a title longer than two lines is elided. The extra text (a provider, from
:data:`FirstLineExtraRole`) follows the title in grey on its last line, or gets the second line
of its own when the title fills the first. The small line comes from :data:`SecondLineRole`; an
optional :data:`NoteRole` text is put before it in a calm red (a near miss's broken must).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

SecondLineRole = Qt.ItemDataRole.UserRole + 21
NoteRole = Qt.ItemDataRole.UserRole + 22
FirstLineExtraRole = Qt.ItemDataRole.UserRole + 23  # quiet text after the title

QUIET = QColor("#616e7c")
NOTE = QColor("#b3261e")
PADDING = 6
LINE_GAP = 2
TITLE_LINES = 2
SEPARATOR = "  ·  "
EXTRA_MIN = 60  # narrower than this, the extra text moves to a line of its own (or is left out)
EXTRA_SHARE = 0.4  # on a shared line, the extra text keeps at most this part of the width


@dataclass(frozen=True)
class TitleLayout:
    """Where a title and its extra text go: the title's lines (already elided where needed)
    and the extra text's line (0-based), its left offset and its (elided) text."""

    lines: list[str]
    extra: str = ""
    extra_line: int = 0
    extra_x: int = 0

    @property
    def line_count(self) -> int:
        return max(len(self.lines), self.extra_line + 1 if self.extra else 0)


def title_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    return bold


def _wrap(text: str, font: QFont, width: int, max_lines: int) -> list[tuple[str, int]]:
    """The text broken at words into at most ``max_lines`` lines of ``width``: (text, width)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    metrics = QFontMetrics(font)
    parts = [text[s : s + n].rstrip() for s, n in lines]
    out = [(part, metrics.horizontalAdvance(part)) for part in parts]
    if len(out) > max_lines:
        start = lines[max_lines - 1][0]
        rest = " ".join(text[start:].split())
        shown = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        out = [*out[: max_lines - 1], (shown, metrics.horizontalAdvance(shown))]
    return out or [("", 0)]


def layout_title(title: str, extra: str, font: QFont, width: int) -> TitleLayout:
    """The title wrapped to ``width`` (at most two lines) and where the extra text follows it.

    ``font`` is the cell's own font; the title is drawn in its semi-bold form."""
    bold = title_font(font)
    plain = QFontMetrics(font)
    lines = _wrap(title, bold, width, TITLE_LINES)
    if not extra:
        return TitleLayout([text for text, _w in lines])
    extra_text = SEPARATOR + extra
    wanted = plain.horizontalAdvance(extra_text)
    if len(lines) == TITLE_LINES:
        # Two title lines: the second one leaves the extra text its share of the line.
        room = width - min(wanted, int(width * EXTRA_SHARE))
        if lines[1][1] > room:
            start = len(lines[0][0])
            rest = " ".join(title[start:].split())
            metrics = QFontMetrics(bold)
            shown = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room)
            lines[1] = (shown, metrics.horizontalAdvance(shown))
    last, used = len(lines) - 1, lines[-1][1]
    if width - used < wanted and len(lines) < TITLE_LINES:
        # No room for all of it after the title: the extra text takes the next line.
        shown = plain.elidedText(extra, Qt.TextElideMode.ElideRight, width)
        return TitleLayout([text for text, _w in lines], shown, last + 1, 0)
    room = width - used
    if room < min(wanted, EXTRA_MIN):
        return TitleLayout([text for text, _w in lines])  # in the tooltip only
    shown = plain.elidedText(extra_text, Qt.TextElideMode.ElideRight, room)
    return TitleLayout([text for text, _w in lines], shown, last, used)


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
        """Room for two title lines and the small line."""
        return (
            TITLE_LINES * QFontMetrics(title_font(font)).height()
            + QFontMetrics(cls.small_font(font)).height()
            + LINE_GAP
            + 2 * PADDING
        )

    @staticmethod
    def text_width(cell_width: int) -> int:
        """The width the texts get in a cell of ``cell_width``."""
        return cell_width - 2 * PADDING

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        main = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = main if selected else QUIET
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        bold = title_font(option.font)
        line_height = QFontMetrics(bold).height()
        small = self.small_font(option.font)
        small_metrics = QFontMetrics(small)
        extra = str(index.data(FirstLineExtraRole) or "")
        placed = layout_title(title, extra, option.font, rect.width())
        # A title of one line sits in the middle of the room for two, with its small line.
        spare = (TITLE_LINES - placed.line_count) * line_height
        top = rect.top() + spare // 2
        left_middle = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.save()
        painter.setFont(bold)
        painter.setPen(main)
        for n, text in enumerate(placed.lines):
            painter.drawText(
                QRect(rect.left(), top + n * line_height, rect.width(), line_height),
                left_middle,
                text,
            )
        if placed.extra:
            painter.setFont(option.font)
            painter.setPen(quiet)
            x = rect.left() + placed.extra_x
            painter.drawText(
                QRect(x, top + placed.extra_line * line_height, rect.right() - x, line_height),
                left_middle,
                placed.extra,
            )
        painter.setFont(small)
        y = top + placed.line_count * line_height + LINE_GAP
        x = rect.left()
        room = rect.width()
        note = str(index.data(NoteRole) or "")
        if note:
            shown = small_metrics.elidedText(note, Qt.TextElideMode.ElideRight, room)
            painter.setPen(main if selected else NOTE)
            width = small_metrics.horizontalAdvance(shown)
            painter.drawText(QRect(x, y, room, small_metrics.height()), left_middle, shown)
            x += width + small_metrics.horizontalAdvance(SEPARATOR)
            room -= width + small_metrics.horizontalAdvance(SEPARATOR)
        second = str(index.data(SecondLineRole) or "")
        if second and room > 20:
            painter.setPen(quiet)
            painter.drawText(
                QRect(x, y, room, small_metrics.height()),
                left_middle,
                small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, room),
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), self.row_height(option.font))
