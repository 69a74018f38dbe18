"""What the main window expects of a page; every page of the navigation derives from this."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from broker_app.ui.context import AppContext


class Page(QWidget):
    """A page of the main window.

    ``key`` is one of ``context.PAGE_KEYS``; ``title()`` is the translated navigation label
    (each page returns ``self.tr("...")`` itself, so lupdate sees the text in the page's own
    context). The window calls ``activate(**arguments)`` whenever the page is shown, with the
    arguments another page passed to ``context.go(key, ...)``.
    """

    key = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @property
    def store(self):
        return self.context.store

    @property
    def lang(self) -> str:
        return self.context.lang

    def title(self) -> str:
        """The navigation label; every page returns its own ``self.tr("…")`` (the key is only
        what a page without one would show)."""
        return self.key

    def activate(self, **arguments: Any) -> None:
        """Shown (again); ``arguments`` say what to show, e.g. ``client_id``."""

    def save_state(self, settings: QSettings) -> None:
        """Remember splitter positions and the like when the window closes."""

    def restore_state(self, settings: QSettings) -> None:
        """Put back what :meth:`save_state` kept."""

    def shutdown(self) -> None:
        """Stop timers and save pending edits before the window goes."""
