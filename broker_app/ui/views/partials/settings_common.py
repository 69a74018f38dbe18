"""Pieces every section of the settings page shares: the section frame, the inline message in
calm red, and the short pause before an edit is saved.

No text here is translated: each section passes its own ``self.tr(...)`` texts in, so lupdate
files them under the section that shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from broker_app.store.database import Store
from broker_app.ui.workers import TaskRunner

SAVE_DELAY_MS = 600  # a pause in typing before a text is saved
ERROR_COLOUR = "#B3261E"  # calm red
OK_COLOUR = "#1E6B3A"  # a calm green for "done"
NOTE_STYLE = "color: palette(placeholder-text);"
CARD_STYLE = (
    "QFrame#card { background: palette(base); border: 1px solid palette(midlight);"
    " border-radius: 6px; }"
)
EXPLAIN_STYLE = (
    "QLabel { background: #EEF3F8; border: 1px solid #C9D6E3; border-radius: 4px;"
    " padding: 8px 10px; color: #24323F; }"
)
FIELD_WIDTH = 360  # one column of inputs, not the full width of a wide screen
CONTENT_MAX_WIDTH = 1000  # lines stay readable on a wide screen
LABEL_WIDTH = 150  # the labels of a section's forms line up across its panels


class Message(QLabel):
    """An inline message under a field: hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.say("")


class Saver(QObject):
    """Calls ``save`` once the broker pauses; ``flush`` saves a waiting edit at once."""

    def __init__(self, save: Callable[[], None], parent: QObject, delay_ms: int = SAVE_DELAY_MS):
        super().__init__(parent)
        self._save = save
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._save)

    def poke(self) -> None:
        self.timer.start()

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self._save()

    def stop(self) -> None:
        self.timer.stop()


class Section(QWidget):
    """One section of the settings page. Subclasses fill ``self.body`` and implement
    ``load`` (read the store), ``flush`` (save what waits) and ``shutdown``."""

    key = ""
    saved = Signal()  # something was written to the settings

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.loaded = False
        self.setMaximumWidth(CONTENT_MAX_WIDTH)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(6)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(NOTE_STYLE)
        outer.addWidget(self.heading)
        outer.addWidget(self.intro)
        outer.addSpacing(10)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body)
        outer.addStretch(1)

    def set_heading(self, title: str, intro: str) -> None:
        self.heading.setText(title)
        self.intro.setText(intro)

    def title(self) -> str:
        return self.heading.text()

    def ensure_loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.load()

    def load(self) -> None:
        """Show what the store holds."""

    def flush(self) -> None:
        """Save an edit that waits for a pause in typing."""

    def shutdown(self) -> None:
        self.flush()


def card(parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """A light panel that groups a few related settings."""
    frame = QFrame(parent)
    frame.setObjectName("card")
    frame.setStyleSheet(CARD_STYLE)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def form(parent: QWidget) -> QFormLayout:
    """A form whose labels sit right-aligned in a column of the same width in every panel."""
    layout = QFormLayout()
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    layout.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.setHorizontalSpacing(14)
    layout.setVerticalSpacing(6)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return layout


def align_labels(*layouts: QFormLayout) -> int:
    """Give every label of the ``layouts`` (the forms of one section's panels) one width: the
    shared minimum, or the widest label when that is wider (a long translation), so the label
    columns of the panels line up. Call after the rows are added; returns the width."""
    labels = []
    for layout in layouts:
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                labels.append(item.widget())
    width = max([LABEL_WIDTH, *(label.sizeHint().width() for label in labels)])
    for label in labels:
        label.setMinimumWidth(width)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return width


def subheading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def explanation(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(EXPLAIN_STYLE)
    return label


def field_with_message(field: QWidget, parent: QWidget) -> tuple[QWidget, Message]:
    """The field with its inline message under it, as one cell of a form."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    message = Message(box)
    layout.addWidget(message)
    return box, message


def run_task(
    tasks: TaskRunner | None,
    work: Callable[[Callable[[int, int], bool]], Any],
    on_done: Callable[[Any], Any],
    on_error: Callable[[BaseException], Any],
    on_cancelled: Callable[[], Any],
) -> None:
    """Long work off the GUI thread; a section built without a runner (tests that build one
    section alone) runs it at once and answers the same way."""
    if tasks is None:
        try:
            result = work(lambda _done, _total: False)
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)
        return
    tasks.start(work, on_done=on_done, on_error=on_error, on_cancelled=on_cancelled)
