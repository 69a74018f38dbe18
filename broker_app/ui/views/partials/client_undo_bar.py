"""A quiet bar after a delete: what happened, and a button to take it back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

UNDO_VISIBLE_MS = 20_000  # long enough to notice and decide, short enough not to linger

_STYLE = """
QFrame#undoBar { background: #fdf6e3; border: 1px solid #e6d9a8; border-radius: 4px; }
QFrame#undoBar QLabel { color: #3e3a2c; }
"""


class UndoBar(QFrame):
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setStyleSheet(_STYLE)
        self.label = QLabel(self)
        self.undo_button = QPushButton(self.tr("Ongedaan maken"), self)
        self.undo_button.setToolTip(self.tr("Ongedaan maken (Ctrl+Z)"))
        self.undo_button.setAutoDefault(False)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Melding sluiten"))
        self.close_button.setAccessibleName(self.tr("Melding sluiten"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_VISIBLE_MS)
        self._timer.timeout.connect(self.dismiss)
        self.undo_button.clicked.connect(self.undo_requested)
        self.close_button.clicked.connect(self.dismiss)
        self.setVisible(False)

    def offer(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(True)
        self._timer.start()

    def dismiss(self) -> None:
        self._timer.stop()
        self.setVisible(False)

    @property
    def offered(self) -> bool:
        return not self.isHidden()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)
