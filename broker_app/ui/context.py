"""What every page shares: the store, the language, the task runner and the app's signals.

Pages never import each other. They ask for another page with :meth:`AppContext.go` and tell
the others that data changed with :meth:`AppContext.changed`, so each page stays one module.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from broker_app.store.database import Store
from broker_app.ui.workers import TaskRunner

# Page keys, in the order of the navigation.
OVERVIEW = "overview"
CLIENTS = "clients"
INTAKE = "intake"
CATALOGUE = "catalogue"
MATCHING = "matching"
PROPOSALS = "proposals"
SETTINGS = "settings"
PAGE_KEYS = (OVERVIEW, CLIENTS, INTAKE, CATALOGUE, MATCHING, PROPOSALS, SETTINGS)

# What can change; pages listening to ``data_changed`` refresh what shows it.
CLIENTS_DATA = "clients"
INTAKES_DATA = "intakes"
CATALOGUE_DATA = "catalogue"
PROPOSALS_DATA = "proposals"
SETTINGS_DATA = "settings"


class AppContext(QObject):
    """One per window. ``navigate_requested(key, arguments)`` is handled by the main window,
    which shows the page and calls its ``activate(**arguments)``."""

    navigate_requested = Signal(str, dict)
    data_changed = Signal(str)
    status_message = Signal(str)
    language_changed = Signal(str)

    def __init__(self, store: Store, lang: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.tasks = TaskRunner(self)

    def go(self, page_key: str, **arguments: Any) -> None:
        """Show another page, e.g. ``go(MATCHING, demand_line_id=...)``."""
        self.navigate_requested.emit(page_key, arguments)

    def changed(self, what: str) -> None:
        self.data_changed.emit(what)

    def say(self, text: str) -> None:
        """A short message in the status bar (saved, sent, imported ...)."""
        self.status_message.emit(text)
