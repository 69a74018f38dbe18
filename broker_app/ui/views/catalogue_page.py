"""The "Aanbod" page: search the catalogue, browse it as a table, read one offering in full."""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from broker_app.catalogue.search import make_filter
from broker_app.store import catalogue as repo
from broker_app.ui.context import CATALOGUE, AppContext
from broker_app.ui.views.page import Page
from broker_app.ui.views.partials.offering_detail import STYLE_SHEET, message_html, offering_html
from broker_app.ui.views.partials.offering_table_model import (
    Column,
    OfferingIdRole,
    OfferingTableModel,
)

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200  # wait for a pause in typing before asking the store

# Sample texts that size the columns; the title column takes the rest of the width.
_COLUMN_SAMPLES = {
    Column.PROVIDER: "NCOI Opleidingen",
    Column.TYPE: "mbo-opleiding",
    Column.LEVEL: "hbo-bachelor",
    Column.CITY: "Apeldoorn",
    Column.PRICE: "€ 12.500,00",  # hbo programmes cost five figures
    Column.NEXT_START: "30 sep 2027",
}
_COLUMN_PADDING = 30  # cell padding plus room for the header's sort arrow
_SHRINKABLE = (Column.PROVIDER, Column.TYPE, Column.CITY)  # never level, price or date
_TITLE_MIN = 200  # on a small screen the other text columns give way to the title first
_MIN_SCALE = 0.6

_TABLE_STYLE = """
QTableView::item { padding: 0 4px; }
QHeaderView::section { padding: 5px 6px; border: none; border-right: 1px solid palette(midlight);
    border-bottom: 1px solid palette(mid); background: palette(button); }
"""


class CataloguePage(Page):
    """Lays out the search box, the table and the detail pane, and wires them together."""

    key = CATALOGUE
    counts_changed = Signal(int, int)  # (matching the search, in the whole catalogue)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        store = context.store
        self._store = store
        self._lang = context.lang
        self._selected_id: str | None = None
        self._failed = False

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Zoek in het aanbod… (bijv. hygiëne, zorgplan, heftruck)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Zoeken"))
        self.search_edit.setMinimumHeight(32)

        self.model = OfferingTableModel(store, self._lang, parent=self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Aanbod van opleidingen"))
        self.table.setModel(self.model)
        self._setup_table()

        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Details van de gekozen opleiding"))
        self.detail.setOpenExternalLinks(True)
        self.detail.setMinimumWidth(320)
        self.detail.document().setDefaultStyleSheet(STYLE_SHEET)
        self.detail.document().setDocumentMargin(14)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([880, 360])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_search)
        self._find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self._find.activated.connect(self.focus_search)

        self.model.counts_changed.connect(self._on_counts)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)

        # Enabling sorting makes the view call model.sort(-1): that is the first load.
        self.table.setSortingEnabled(True)

    def title(self) -> str:
        return self.tr("Aanbod")

    # -- actions -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def apply_search(self) -> None:
        """Narrow the table to the search text now (the timer calls this after a pause)."""
        self._search_timer.stop()
        wanted = make_filter(self.search_edit.text())
        if wanted.terms == self.model.current_filter.terms and not self._failed:
            return  # e.g. a trailing space: same question, same answer
        self.model.set_filter(wanted)

    def counts(self) -> tuple[int, int]:
        return self.model.matching_count, self.model.total_count

    def shutdown(self) -> None:
        """Stop what could still fire after the window is gone."""
        self._search_timer.stop()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("catalogue/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("catalogue/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    # -- internals ---------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.table
        table.setAlternatingRowColors(True)
        table.setStyleSheet(_TABLE_STYLE)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)  # a third click goes back to relevance
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        self._preferred = {
            column: metrics.horizontalAdvance(sample) + _COLUMN_PADDING
            for column, sample in _COLUMN_SAMPLES.items()
        }
        self._fitting = False
        self._user_sized = False
        self._fit_columns()
        header.sectionResized.connect(self._on_section_resized)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Preferred widths, narrowed when the title would be squeezed; the broker's own win."""
        if self._user_sized:
            return
        room = self.table.viewport().width()
        fixed = sum(w for c, w in self._preferred.items() if c not in _SHRINKABLE)
        shrinkable = sum(self._preferred[c] for c in _SHRINKABLE)
        scale = min(1.0, max(_MIN_SCALE, (room - _TITLE_MIN - fixed) / shrinkable))
        self._fitting = True
        header = self.table.horizontalHeader()
        for column, width in self._preferred.items():
            header.resizeSection(column, int(width * scale) if column in _SHRINKABLE else width)
        self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != Column.TITLE:
            self._user_sized = True

    def _on_counts(self, matching: int, total: int) -> None:
        self._failed = False
        self.counts_changed.emit(matching, total)

    def _on_load_failed(self) -> None:
        self._failed = True
        self.detail.setHtml(message_html(self.tr("Het aanbod kon niet worden geladen.")))

    def _restore_selection(self) -> None:
        """Keep the chosen offering chosen when a new search or order still contains it."""
        row = self.model.row_of(self._selected_id) if self._selected_id else -1
        if row < 0:
            self._selected_id = None
            self._show_placeholder()
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, Column.TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, Column.TITLE))

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        offering_id = current.data(OfferingIdRole) if current.isValid() else None
        if not offering_id:
            self._show_placeholder()
            return
        self._selected_id = offering_id
        try:
            offering = repo.get_offering(self._store.db, offering_id)
        except Exception:  # a locked or damaged file: say so in the pane, keep the window
            log.exception("cannot load offering %s", offering_id)
            self._on_load_failed()
            return
        if offering is None:
            self.detail.setHtml(message_html(self.tr("Deze opleiding is niet meer gevonden.")))
            return
        self.detail.setHtml(offering_html(offering, self._lang))

    def _show_placeholder(self) -> None:
        if self.model.total_count == 0:
            html = message_html(
                self.tr("Er staat nog geen aanbod in de database."),
                self.tr("Importeer een catalogus (CSV) om te beginnen."),
            )
        elif self.model.matching_count == 0:
            query = self.search_edit.text().strip()
            html = message_html(
                self.tr("Geen opleidingen gevonden voor “{query}”.").format(query=query),
                self.tr("Probeer een ander of korter zoekwoord."),
            )
        else:
            html = message_html(self.tr("Kies een opleiding in de lijst om de details te zien."))
        self.detail.setHtml(html)
