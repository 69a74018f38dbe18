"""The catalogue as a lazily loaded, SQL-sorted table.

The catalogue can hold tens of thousands of offerings, so the model asks the store for one page
at a time (``canFetchMore``/``fetchMore``) and sorts by asking the store again with another
ORDER BY: a sort proxy would only order the rows that happen to be loaded.

A small catalogue answers at once, on the GUI thread. Over ``sync_limit`` offerings (and when a
task runner is given) every count and page is asked in a worker thread: a facet without an
index or a page deep into 100,000 rows takes 150-200 ms in SQLite, too long to freeze the
window for. Answers to an older question (a filter typed over since) are dropped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from broker_app.domain.formatting import money, short_date
from broker_app.domain.vocab import LEVELS, OFFERING_TYPES, Vocabulary
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from broker_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)

PAGE_SIZE = 200
SYNC_LIMIT = 20_000  # up to this many offerings every page and count takes a few milliseconds
_CONTEXT = "OfferingTableModel"

OfferingIdRole = Qt.ItemDataRole.UserRole + 1  # the offering's UUID
OfferingRole = Qt.ItemDataRole.UserRole + 2  # the whole row as the store returned it

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    PROVIDER = 1
    TYPE = 2
    LEVEL = 3
    CITY = 4
    PRICE = 5
    NEXT_START = 6


HEADERS: dict[Column, str] = {
    Column.TITLE: QT_TRANSLATE_NOOP("OfferingTableModel", "Titel"),
    Column.PROVIDER: QT_TRANSLATE_NOOP("OfferingTableModel", "Aanbieder"),
    Column.TYPE: QT_TRANSLATE_NOOP("OfferingTableModel", "Type"),
    Column.LEVEL: QT_TRANSLATE_NOOP("OfferingTableModel", "Niveau"),
    Column.CITY: QT_TRANSLATE_NOOP("OfferingTableModel", "Plaats"),
    Column.PRICE: QT_TRANSLATE_NOOP("OfferingTableModel", "Prijs"),
    Column.NEXT_START: QT_TRANSLATE_NOOP("OfferingTableModel", "Eerste start"),
}

# Column -> key of repo.SORTABLE
SORT_KEYS: dict[Column, str] = {
    Column.TITLE: "title",
    Column.PROVIDER: "provider",
    Column.TYPE: "type",
    Column.LEVEL: "level",
    Column.CITY: "city",
    Column.PRICE: "price",
    Column.NEXT_START: "next_start",
}

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _label(vocabulary: Vocabulary, code: str | None, lang: str) -> str:
    """The term's label; an unknown code is shown as it is rather than hidden."""
    if not code:
        return ""
    return vocabulary.label(code, lang) if code in vocabulary else code


@dataclass(frozen=True)
class _Row:
    record: dict[str, Any]
    cells: tuple[str, ...]
    ok: bool = True


class OfferingTableModel(QAbstractTableModel):
    """Rows of ``list_offerings`` for the current filter and order, loaded page by page."""

    counts_changed = Signal(int, int)  # (offerings matching the filter, offerings in the catalogue)
    load_failed = Signal()  # the store could not answer; the rows stay as they were
    loading_changed = Signal(bool)  # a worker is fetching the first page of a new question

    def __init__(
        self,
        store: Store,
        lang: str = "nl",
        page_size: int = PAGE_SIZE,
        parent=None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._page_size = page_size
        self._runner = runner
        self.sync_limit = SYNC_LIMIT
        self._filter = repo.OfferingFilter()
        self._order_by: str | None = None
        self._descending = False
        self._rows: list[_Row] = []
        self._matching = 0
        self._total = -1  # not counted yet
        self._generation = 0  # bumped by every new question; older answers are dropped
        self._loading = False
        self._fetching = False
        self._in_flight = False  # a first page is being fetched in a worker
        self._pending = False  # ... and a newer question waits for it

    # -- what the page asks ------------------------------------------------------------------

    @property
    def matching_count(self) -> int:
        """Offerings that match the filter (loaded or not yet)."""
        return self._matching

    @property
    def total_count(self) -> int:
        """Offerings in the whole catalogue."""
        return self._total

    @property
    def current_filter(self) -> repo.OfferingFilter:
        return self._filter

    @property
    def loading(self) -> bool:
        """True while a worker fetches the answer to the latest question."""
        return self._loading

    @property
    def asynchronous(self) -> bool:
        return self._runner is not None and self._total > self.sync_limit

    def set_filter(self, offering_filter: repo.OfferingFilter) -> None:
        self._filter = offering_filter
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (new filter, new order, or changed data)."""
        self._generation += 1
        self._fetching = False
        if self._total < 0 or self._runner is not None:
            try:  # a count of the whole catalogue is a few milliseconds
                self._total = repo.count_offerings(self._store.db, repo.OfferingFilter())
            except Exception:
                log.exception("cannot count the catalogue")
                self.load_failed.emit()
                return
        if self.asynchronous:
            self._reload_in_worker()
            return
        try:  # ask everything first, so a failing query leaves the table as it was
            total, matching, rows = self._first(self._question())
        except Exception:
            log.exception("cannot load the catalogue")
            self.load_failed.emit()
            return
        self._apply_first(self._generation, (total, matching, rows))

    def discard_pending(self) -> None:
        """Forget answers still on their way (the window is closing)."""
        self._generation += 1
        self._pending = False
        self._set_loading(False)

    def _question(self) -> tuple:
        return (self._filter, self._order_by, self._descending, self._page_size)

    def _first(self, question: tuple) -> tuple[int, int, list[_Row]]:
        """Counts and the first page, formatted; runs on any thread."""
        offering_filter, order_by, descending, size = question
        db = self._store.db
        total = repo.count_offerings(db, repo.OfferingFilter())
        matching = repo.count_offerings(db, offering_filter)
        rows = repo.list_offerings(
            db, offering_filter, order_by=order_by, descending=descending, offset=0, limit=size
        )
        return total, matching, [self._present(r) for r in rows]

    def _reload_in_worker(self) -> None:
        """One question in flight at a time: typing fast asks only the latest one next."""
        self._set_loading(True)
        if self._in_flight:
            self._pending = True
            return
        generation, question = self._generation, self._question()
        assert self._runner is not None
        self._in_flight = True

        def finished() -> None:
            self._in_flight = False
            if self._pending:
                self._pending = False
                if generation != self._generation:
                    self._reload_in_worker()

        def done(result: tuple[int, int, list[_Row]]) -> None:
            finished()
            self._apply_first(generation, result)

        def failed(_exc: BaseException) -> None:
            finished()
            self._failed(generation)

        self._runner.start(lambda _report: self._first(question), on_done=done, on_error=failed)

    def _apply_first(self, generation: int, result: tuple[int, int, list[_Row]]) -> None:
        if generation != self._generation:
            return  # a newer question is on its way
        total, matching, rows = result
        self._set_loading(False)
        self.beginResetModel()
        self._rows, self._matching, self._total = rows, matching, total
        self.endResetModel()
        self.counts_changed.emit(self._matching, self._total)

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self._set_loading(False)
            self._fetching = False
            self.load_failed.emit()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def offering_id(self, row: int) -> str | None:
        return self._rows[row].record["id"] if 0 <= row < len(self._rows) else None

    def row_of(self, offering_id: str) -> int:
        """The row of a loaded offering, -1 when it is not (yet) loaded."""
        for row, item in enumerate(self._rows):
            if item.record["id"] == offering_id:
                return row
        return -1

    # -- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return item.cells[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Column.PRICE else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            if not item.ok:
                return QCoreApplication.translate(
                    "OfferingTableModel", "Deze regel kan niet worden getoond."
                )
            if column == Column.TITLE:  # the whole title, and who gives it
                return "\n".join(
                    c for c in (item.cells[Column.TITLE], item.cells[Column.PROVIDER]) if c
                )
            return item.cells[column] or None  # the whole text of a narrow column
        if role == OfferingIdRole:
            return item.record.get("id")
        if role == OfferingRole:
            return item.record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == Column.PRICE else _LEFT
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.AscendingOrder
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self._rows[index.row()].ok:  # a row we cannot show is disabled, not a crash
            return Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: Index) -> bool:
        return (
            not parent.isValid()
            and len(self._rows) < self._matching
            and not self._fetching
            and not self._loading
        )

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        if self.asynchronous:
            self._fetch_in_worker()
            return
        try:
            rows = [self._present(r) for r in self._page(len(self._rows))]
        except Exception:
            log.exception("cannot load more of the catalogue")
            rows = []
            self.load_failed.emit()
        self._append(len(self._rows), rows)

    def _fetch_in_worker(self) -> None:
        generation, offset = self._generation, len(self._rows)
        offering_filter, order_by, descending, size = self._question()
        assert self._runner is not None
        self._fetching = True

        def work(_report) -> list[_Row]:
            rows = repo.list_offerings(
                self._store.db,
                offering_filter,
                order_by=order_by,
                descending=descending,
                offset=offset,
                limit=size,
            )
            return [self._present(r) for r in rows]

        def done(rows: list[_Row]) -> None:
            if generation != self._generation:
                return
            self._fetching = False
            self._append(offset, rows)

        self._runner.start(work, on_done=done, on_error=lambda _exc: self._failed(generation))

    def _append(self, offset: int, rows: list[_Row]) -> None:
        if offset != len(self._rows):
            return
        if not rows:  # the catalogue shrank under us, or the store failed: stop asking
            self._matching = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order in SQL; column -1 (no sort indicator) means relevance, or title when browsing."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        self._order_by = key
        self._descending = key is not None and order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- internals ---------------------------------------------------------------------------

    def _page(self, offset: int) -> list[dict]:
        return repo.list_offerings(
            self._store.db,
            self._filter,
            order_by=self._order_by,
            descending=self._descending,
            offset=offset,
            limit=self._page_size,
        )

    def _present(self, record: dict) -> _Row:
        """Format a row once, when it is loaded; a row that cannot be formatted is disabled."""
        lang = self._lang
        try:
            start = record.get("next_start")
            if start:
                first_start = short_date(date.fromisoformat(start), lang)
            elif record.get("continuous_intake"):
                first_start = QCoreApplication.translate("OfferingTableModel", "doorlopend")
            else:
                first_start = "—"
            cells = (
                str(record["title"]),
                str(record.get("provider") or ""),
                _label(OFFERING_TYPES, record.get("type"), lang),
                LEVELS.short_label(record.get("level") or "", lang),
                str(record.get("city") or ""),
                money(record.get("price_cents"), lang),
                first_start,
            )
            return _Row(record, cells)
        except Exception:  # one bad row must not take the catalogue down
            log.exception("cannot show offering %s", record.get("id"))
            title = str(record.get("title") or record.get("id") or "?")
            return _Row(record, (title, *([""] * (len(Column) - 1))), ok=False)
