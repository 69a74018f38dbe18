"""The audit log as a lazily read table, newest first.

The log grows by a row for every change and may hold 100,000 entries or more, so the model
knows only how many entries match the filter (one ``count`` in SQL) and reads the page of 200
that the view scrolls to (``LIMIT``/``OFFSET`` on the primary key, newest first), keeping a
few pages. Each page looks up, in one query per table, what its records are called now (a
client's name, an offering's title); a record that no longer exists shows its id.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from broker_app.domain import audit as words
from broker_app.store import audit as repo
from broker_app.store.database import Store

PAGE_SIZE = 200
KEPT_PAGES = 12  # pages held in memory; others are read again when scrolled back to
_CONTEXT = "AuditLogModel"
EntryRole = Qt.ItemDataRole.UserRole + 1  # the entry as the store returned it

HEADERS = (
    QT_TRANSLATE_NOOP("AuditLogModel", "Moment"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Makelaar"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Wat"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Over"),
)
MOMENT, PROFILE, WHAT, RECORD = range(4)

Index = QModelIndex | QPersistentModelIndex


class AuditLogModel(QAbstractTableModel):
    def __init__(self, store: Store, lang: str = "nl", parent=None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._page_size = page_size
        self._filter = repo.AuditFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[tuple[dict, tuple[str, ...]]]] = OrderedDict()
        self.pages_read = 0  # how many pages were read from the store (tests: lazy)

    @property
    def filter(self) -> repo.AuditFilter:
        return self._filter

    def set_filter(self, f: repo.AuditFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = repo.count_entries(self._store.db, self._filter)
        self.endResetModel()

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        entry, cells = self._row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        if role == EntryRole:
            return entry
        return None

    # -- pages -------------------------------------------------------------------------------

    def _row(self, row: int) -> tuple[dict, tuple[str, ...]]:
        number, at = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._read(number)
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        if at >= len(page):  # the log shrank meanwhile (a restore): an empty row, no crash
            return {}, ("", "", "", "")
        return page[at]

    def _read(self, number: int) -> list[tuple[dict, tuple[str, ...]]]:
        db = self._store.db
        entries = repo.list_entries(db, self._filter, number * self._page_size, self._page_size)
        self.pages_read += 1
        names = repo.record_names(db, [(e["table_name"], e["record_id"]) for e in entries])
        rows = []
        for e in entries:
            key = (e["table_name"], e["record_id"])
            if e["table_name"] == "settings":
                record = ""  # the sentence names the setting already
            else:
                record = names.get(key) or (e["record_id"] or "")
            cells = (
                words.local_text(e["at"]),
                e["profile"] or "—",
                words.describe(
                    e["action"], e["table_name"], e["details"], self._lang, e["record_id"]
                ),
                record,
            )
            rows.append((e, cells))
        return rows
