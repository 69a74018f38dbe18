"""A layout that puts its items in a row and wraps onto the next row when the row is full.

Used for the competence chips of the intake (the text box takes what is left of its row) and
the status filters of the proposals list (never cut off, never holding the window wide).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

FILL_MINIMUM = 140  # the filling widget never gets less than this on its row


class FlowLayout(QLayout):
    """``fill``: a widget class whose item takes the rest of its row (e.g. QLineEdit).
    ``hint_one_row``: the size hint is every item on one row (else the widest item)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 6,
        *,
        fill: type[QWidget] | None = None,
        hint_one_row: bool = False,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._fill = fill
        self._hint_one_row = hint_one_row

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        if not self._hint_one_row:
            return self.minimumSize()
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible)
        width += self._spacing * max(0, len(visible) - 1)
        height = max((i.sizeHint().height() for i in visible), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())  # fmt: skip

    def minimumSize(self) -> QSize:
        """The widest item: the others wrap."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, row_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if self._fill is not None and isinstance(item.widget(), self._fill):
                wanted = max(hint.width(), FILL_MINIMUM)
                if x > area.x() and x + wanted > area.right():
                    x, y, row_height = area.x(), y + row_height + self._spacing, 0
                width = max(area.right() - x + 1, wanted) if area.width() > 0 else wanted
                size = QSize(min(width, max(area.width(), wanted)), hint.height())
            else:
                size = hint
                if x > area.x() and x + size.width() > area.right() + 1:
                    x, y, row_height = area.x(), y + row_height + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + self._spacing
            row_height = max(row_height, size.height())
        return y + row_height - rect.y() + margins.bottom()
