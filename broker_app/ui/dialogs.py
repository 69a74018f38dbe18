"""Every message box goes through here, so tests can answer them and none blocks a test run."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """A calm warning with an OK button; ``detail`` is a second, smaller line (e.g. the file)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()
