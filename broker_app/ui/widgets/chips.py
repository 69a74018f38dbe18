"""A chips input: type a word, Enter or a comma makes it a chip; × or Backspace removes one.

Used for the competences of a demand line. The chips flow over several lines when the row is
full; the text box always comes last. Every chip's × is a button for the mouse whose
accessible name says what it removes; it is not a Tab stop (Tab goes from the text box to the
next field, however many chips there are): from the keyboard, Backspace in the empty text box
removes the last chip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from broker_app.ui.widgets.flow_layout import FlowLayout

MAX_CHIP = 120  # characters; a competence longer than this is a sentence, not a chip

_STYLE = """
QFrame#chipsBox { border: 1px solid palette(mid); border-radius: 4px; background: palette(base); }
QFrame#chipsBox[focused="true"] { border: 1px solid palette(highlight); }
QFrame#chip { background: #e4edf7; border: 1px solid #c3d4e8; border-radius: 11px; }
QFrame#chip QLabel { color: #1f3a5a; padding: 0; }
QFrame#chip QToolButton { border: none; color: #3d5a7a; padding: 0 2px; font-weight: 600; }
QFrame#chip QToolButton:hover { color: #a61b1b; }
QFrame#chip QToolButton:focus { color: #a61b1b; background: #cddcee; border-radius: 8px; }
QLineEdit#chipsInput { border: none; background: transparent; padding: 2px; }
"""


class _Chip(QFrame):
    remove_requested = Signal(str)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.setObjectName("chip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(9, 1, 4, 1)
        layout.setSpacing(2)
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Backspace does it by key
        self.remove_button.setAccessibleName(self.tr("Verwijder {chip}").format(chip=text))
        self.remove_button.setToolTip(self.tr("Verwijder {chip}").format(chip=text))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.text))
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class ChipsEdit(QFrame):
    """Chips plus a text box. ``chips_changed(list)`` fires after every add or remove made by
    the user (not after :meth:`set_chips`)."""

    chips_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chipsBox")
        self.setStyleSheet(_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._chips: list[_Chip] = []
        self._layout = FlowLayout(self, spacing=5, fill=QLineEdit)
        self._layout.setContentsMargins(5, 4, 5, 4)
        self.input = QLineEdit(self)
        self.input.setObjectName("chipsInput")
        self.input.setMaxLength(MAX_CHIP)
        self.input.installEventFilter(self)
        self.input.returnPressed.connect(self.commit_text)
        self.input.textEdited.connect(self._on_text_edited)
        self._layout.addWidget(self.input)
        # Not a focus proxy: Qt would then make the box a second Tab stop (for its text box)
        # wherever the box sits in the focus chain; focusInEvent hands focus on instead.
        sizing = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)

    # -- public ------------------------------------------------------------------------------

    def chips(self) -> list[str]:
        return [chip.text for chip in self._chips]

    def set_chips(self, values: list[str]) -> None:
        """Show these chips (no signal: this is loading, not editing)."""
        for chip in self._chips:
            self._drop(chip)
        self._chips = []
        for value in values:
            self._append(value)
        self.input.clear()
        self._announce()

    def add_chip(self, text: str) -> bool:
        """Add a chip (trimmed, no duplicates regardless of case); True when it was added."""
        value = " ".join(text.split())[:MAX_CHIP]
        if not value or value.casefold() in (c.casefold() for c in self.chips()):
            return False
        self._append(value)
        self._announce()
        self.chips_changed.emit(self.chips())
        return True

    def remove_chip(self, text: str) -> None:
        for index, chip in enumerate(self._chips):
            if chip.text == text:
                self._drop(chip)
                del self._chips[index]
                self._announce()
                self.chips_changed.emit(self.chips())
                self.input.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def commit_text(self) -> None:
        """Turn what is typed into chips (a comma separates several)."""
        parts = self.input.text().split(",")
        self.input.clear()
        for part in parts:
            self.add_chip(part)

    def setPlaceholderText(self, text: str) -> None:
        self.input.setPlaceholderText(text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.input.setAccessibleName(name)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """``setFocus()`` on the box, or its label's mnemonic, puts the cursor in the text box."""
        self.input.setFocus(event.reason())

    # -- internals ---------------------------------------------------------------------------

    def _append(self, value: str) -> None:
        chip = _Chip(value, self)
        chip.remove_requested.connect(self.remove_chip)
        self._layout.insertWidget(len(self._chips), chip)
        self._chips.append(chip)
        chip.show()
        self.updateGeometry()

    def _drop(self, chip: _Chip) -> None:
        self._layout.removeWidget(chip)
        chip.hide()  # gone from view now; deleted when the event loop comes round
        chip.deleteLater()

    def _announce(self) -> None:
        self.input.setAccessibleDescription(", ".join(self.chips()))
        self.updateGeometry()

    def _on_text_edited(self, text: str) -> None:
        if "," in text:
            self.commit_text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() == Qt.Key.Key_Backspace and not self.input.text() and self._chips:
                    self.remove_chip(self._chips[-1].text)
                    return True
            elif event.type() == QEvent.Type.FocusIn:
                self._set_focused(True)
            elif event.type() == QEvent.Type.FocusOut:
                self._set_focused(False)
                if self.input.text().strip():
                    self.commit_text()  # nothing typed is lost when the broker moves on
        return super().eventFilter(watched, event)

    def _set_focused(self, focused: bool) -> None:
        self.setProperty("focused", focused)
        self.style().unpolish(self)
        self.style().polish(self)
