"""Every message box goes through here, so tests can answer them and none blocks a test run.

Tests replace these functions with ``monkeypatch.setattr(dialogs, "ask", ...)``; pages must
therefore call them as ``dialogs.ask(...)`` (module attribute), never import the function.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    """A calm warning with an OK button; ``detail`` is a second, smaller line (e.g. the file)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    if detail:
        box.setInformativeText(detail)
    box.exec()


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A question with two named buttons (``yes`` is the action, ``no`` keeps things as they
    are and is the default, so Enter never destroys anything); True when ``yes`` was chosen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    act = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is act
