"""The "Aanbod" page: search the catalogue, browse it as a table, read one offering in full."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from broker_app.catalogue import staleness
from broker_app.catalogue.search import make_filter
from broker_app.domain.formatting import long_date
from broker_app.store import catalogue as repo
from broker_app.ui import dialogs
from broker_app.ui.context import CATALOGUE, CATALOGUE_DATA, AppContext
from broker_app.ui.views.import_dialog import ImportDialog
from broker_app.ui.views.page import Page
from broker_app.ui.views.partials.catalogue_duplicates_dialog import CatalogueDuplicatesDialog
from broker_app.ui.views.partials.catalogue_edit_dialog import OfferingEditDialog
from broker_app.ui.views.partials.catalogue_facets import FacetPanel
from broker_app.ui.views.partials.catalogue_history_dialog import CatalogueHistoryDialog
from broker_app.ui.views.partials.offering_detail import STYLE_SHEET, message_html, offering_html
from broker_app.ui.views.partials.offering_table_model import (
    Column,
    OfferingIdRole,
    OfferingTableModel,
)
from broker_app.ui.views.partials.stale_marker import marker_html
from broker_app.ui.widgets.tables import style_table

log = logging.getLogger(__name__)

_VERIFY_PRICE_LINK = "broker:verify-price"

SEARCH_DELAY_MS = 200  # wait for a pause in typing before asking the store
FACET_DELAY_MS = 120  # ticking three boxes in a row asks once

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
_TITLE_MIN = 200
_ROOM_FOR_TYPE = 860  # below this table width the type column is hidden
_MIN_SCALE = 0.6
_GIVE_WAY = (Column.TYPE, Column.LEVEL)  # hidden in this order when even shrinking is not enough
_NARROW_PAGE = 1100  # below this page width the filters fold away (the "Filters" button)
_DETAIL_MIN = 200  # the detail pane's narrowest; the splitter can also fold it away

_PIN_STYLE = "background: #fff4d6; border: 1px solid #e8cf8a; border-radius: 3px; padding: 4px 8px;"


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

        self._pinned_id: str | None = None  # showing one offering asked for by id
        self._facets_loaded = False
        self._facet_generation = 0
        self._facets_in_flight = False
        self._facets_pending = False
        self._stale = False  # the catalogue changed while the page was hidden
        self._closed = False
        self.edit_dialog: OfferingEditDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.duplicates_dialog: CatalogueDuplicatesDialog | None = None
        self.history_dialog: CatalogueHistoryDialog | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Zoek in het aanbod… (bijv. hygiëne, zorgplan, heftruck)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Zoeken"))
        self.search_edit.setMinimumHeight(32)

        self.filters_button = QToolButton(self)
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setChecked(True)
        self.filters_button.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.filters_button.setToolTip(self.tr("Filters tonen of verbergen (Ctrl+Shift+F)"))
        self.filters_button.setMinimumHeight(32)
        self.clear_button = QPushButton(self.tr("Filters wissen"), self)
        self.clear_button.setToolTip(self.tr("Alle filters terug op ‘alles’"))
        self.clear_button.setEnabled(False)
        self.edit_button = QPushButton(self.tr("Bewerken"), self)
        self.edit_button.setToolTip(self.tr("De gekozen opleiding bewerken (F2, Ctrl+E)"))
        self.delete_button = QPushButton(self.tr("Verwijderen"), self)
        self.delete_button.setToolTip(self.tr("De gekozen opleiding verwijderen (Delete)"))
        self.import_button = QPushButton(self.tr("Importeren…"), self)
        self.import_button.setToolTip(self.tr("Een catalogusbestand importeren (Ctrl+I)"))
        self.duplicates_button = QPushButton(self.tr("Dubbelen…"), self)
        self.duplicates_button.setToolTip(
            self.tr("Mogelijke dubbele opleidingen zoeken en samenvoegen (Ctrl+Shift+D)")
        )
        self.history_button = QPushButton(self.tr("Importgeschiedenis…"), self)
        self.history_button.setToolTip(self.tr("Alle imports bekijken en er één ongedaan maken"))
        for button in (self.clear_button, self.edit_button, self.delete_button,
                       self.import_button, self.duplicates_button,
                       self.history_button):  # fmt: skip
            button.setMinimumHeight(32)
        # Not a reason for a wider window: a narrow page hides it (Ctrl+Shift+D still works).
        self.duplicates_button.setMinimumWidth(1)
        self.history_button.setMinimumWidth(1)

        self.pin_label = QLabel(self)
        self.pin_label.setStyleSheet(_PIN_STYLE)
        self.pin_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pin_label.hide()

        self.facets = FacetPanel(self._lang, self)

        self.model = OfferingTableModel(store, self._lang, parent=self, runner=context.tasks)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Aanbod van opleidingen"))
        self.table.setModel(self.model)
        self._setup_table()

        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Details van de gekozen opleiding"))
        # Links are handled here: web addresses open in the browser, "prijs gecontroleerd" acts.
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_detail_link)
        self.detail.setMinimumWidth(_DETAIL_MIN)
        self.detail.document().setDefaultStyleSheet(STYLE_SHEET)
        self.detail.document().setDocumentMargin(14)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setCollapsible(2, True)  # a narrow window: drag the detail pane away
        self.splitter.setSizes([230, 820, 300])
        self._narrow: bool | None = None  # the page is too narrow for filters beside the table
        self._filters_wanted = True  # the broker's own choice, kept for a wide window
        self._following_width = False

        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.filters_button)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.clear_button)
        bar.addSpacing(12)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.duplicates_button)
        bar.addWidget(self.history_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(self.pin_label)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self._facet_timer = QTimer(self)
        self._facet_timer.setSingleShot(True)
        self._facet_timer.setInterval(FACET_DELAY_MS)
        self._facet_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_search)
        self.facets.changed.connect(self._facet_timer.start)
        self.filters_button.toggled.connect(self._on_filters_toggled)
        self.clear_button.clicked.connect(self.clear_filters)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.open_import)
        self.duplicates_button.clicked.connect(self.open_duplicates)
        self.history_button.clicked.connect(self.open_history)
        self._find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self._find.activated.connect(self.focus_search)
        self._shortcuts = [self._find]
        for keys, action in (
            ("F2", self.edit_selected),
            ("Ctrl+E", self.edit_selected),
            ("Ctrl+I", self.open_import),
            ("Ctrl+Shift+D", self.open_duplicates),
            ("Ctrl+Shift+P", self.verify_price_selected),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(action)
            self._shortcuts.append(shortcut)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self._shortcuts.append(delete)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.model.counts_changed.connect(self._on_counts)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        context.data_changed.connect(self._on_data_changed)

        self.setTabOrder(self.filters_button, self.search_edit)
        self.setTabOrder(self.search_edit, self.table)
        self.setTabOrder(self.table, self.facets)
        self._update_actions()

        # Enabling sorting makes the view call model.sort(-1): that is the first load.
        self.table.setSortingEnabled(True)

    def title(self) -> str:
        return self.tr("Aanbod")

    # -- actions -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def activate(self, **arguments: object) -> None:
        if not self._facets_loaded:
            self._load_choices()
        if self._stale:
            self._stale = False
            self.reload()
        offering_id = arguments.get("offering_id")
        if isinstance(offering_id, str) and offering_id:
            self.show_offering(offering_id)

    def current_filter(self) -> repo.OfferingFilter:
        """The search words and every facet, as the store reads them."""
        wanted = self.facets.narrow(make_filter(self.search_edit.text()))
        if self._pinned_id:
            wanted.ids = (self._pinned_id,)
        return wanted

    def apply_search(self) -> None:
        """Narrow the table to the search text and facets now (timers call this after a pause)."""
        self._search_timer.stop()
        self._facet_timer.stop()
        if self._pinned_id and (self.search_edit.text().strip() or not self.facets.is_clear()):
            self._unpin()  # the broker searches again: show the catalogue, not the one offering
        wanted = self.current_filter()
        if wanted == self.model.current_filter and not self._failed:
            return  # e.g. a trailing space: same question, same answer
        self.model.set_filter(wanted)
        self._refresh_facet_counts()
        self._update_actions()

    def clear_filters(self) -> None:
        """ "Filters wissen": every facet back to all, and the catalogue shown again."""
        self._pinned_id = None
        self.pin_label.hide()
        self.facets.clear()
        self.apply_search()

    def reload(self) -> None:
        """Ask the store again (the catalogue changed)."""
        self.model.reload()
        self._refresh_facet_counts()

    def show_offering(self, offering_id: str) -> None:
        """Select and show one offering; when it is not among the loaded rows, show it alone."""
        self._selected_id = offering_id
        row = self.model.row_of(offering_id)
        if row >= 0:
            self._select_row(row)
            return
        offering = self._load(offering_id)
        if offering is None:
            self.detail.setHtml(message_html(self.tr("Deze opleiding is niet meer gevonden.")))
            return
        self._pinned_id = offering_id
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.facets.blockSignals(True)
        self.facets.clear()
        self.facets.blockSignals(False)
        self.pin_label.setText(
            self.tr("Getoond: één opleiding, “{title}”. Kies ‘Filters wissen’ voor het hele "
                    "aanbod.").format(title=offering.get("title") or "")
        )  # fmt: skip
        self.pin_label.show()
        self.detail.setHtml(self._detail_html(offering))
        self.model.set_filter(self.current_filter())
        self._update_actions()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(OfferingIdRole) if index.isValid() else None

    def edit_selected(self) -> OfferingEditDialog | None:
        """Open the form for the chosen offering (F2, Ctrl+E, double-click)."""
        offering_id = self.selected_id()
        if not offering_id or (self.edit_dialog is not None and self.edit_dialog.isVisible()):
            return None
        offering = self._load(offering_id)
        if offering is None:
            return None
        sectors = self.facets.lists["sectors"].codes()
        if self.edit_dialog is not None:
            self.edit_dialog.setParent(None)  # the last form goes with its Python reference
        dialog = OfferingEditDialog(self._store, offering, self._lang, sectors, self)
        dialog.saved.connect(self._on_saved)
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        """Soft delete the chosen offering after the broker confirms."""
        offering_id = self.selected_id()
        if not offering_id:
            return False
        title = self.table.currentIndex().siblingAtColumn(Column.TITLE).data() or ""
        if not dialogs.ask(
            self,
            self.tr("Opleiding verwijderen"),
            self.tr("“{title}” uit het aanbod verwijderen? Voorstellen die haar al noemen "
                    "blijven zoals ze zijn.").format(title=title),
            self.tr("Verwijderen"),
            self.tr("Behouden"),
        ):  # fmt: skip
            return False
        try:
            with self._store.transaction() as db:
                repo.soft_delete_offering(db, offering_id)
        except Exception:
            log.exception("cannot delete offering %s", offering_id)
            dialogs.show_error(
                self,
                self.tr("Verwijderen mislukt"),
                self.tr("De opleiding kon niet worden verwijderd; er is niets gewijzigd."),
            )
            return False
        self._selected_id = None
        if self._pinned_id == offering_id:
            self._pinned_id = None
            self.pin_label.hide()
            self.model.set_filter(self.current_filter())
        self.context.changed(CATALOGUE_DATA)
        self.context.say(self.tr("Opleiding verwijderd"))
        return True

    def open_import(self) -> ImportDialog:
        """The import dialog (Ctrl+I); it reports back through ``context.changed``."""
        if self.import_dialog is not None and self.import_dialog.isVisible():
            self.import_dialog.raise_()
            return self.import_dialog
        if self.import_dialog is not None:
            self.import_dialog.setParent(None)
        dialog = ImportDialog(self.context, self)
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def open_duplicates(self) -> CatalogueDuplicatesDialog:
        """ "Dubbelen…" (Ctrl+Shift+D): likely duplicates, to merge or dismiss."""
        if self.duplicates_dialog is not None and self.duplicates_dialog.isVisible():
            self.duplicates_dialog.raise_()
            return self.duplicates_dialog
        if self.duplicates_dialog is not None:
            self.duplicates_dialog.setParent(None)
        dialog = CatalogueDuplicatesDialog(self.context, self)
        dialog.merged.connect(self._on_merged)
        self.duplicates_dialog = dialog
        dialog.open()
        return dialog

    def open_history(self) -> CatalogueHistoryDialog:
        """ "Importgeschiedenis…": every import, and undo one."""
        if self.history_dialog is not None:
            self.history_dialog.setParent(None)
        self.history_dialog = CatalogueHistoryDialog(self.context, self)
        self.history_dialog.open()
        return self.history_dialog

    def _on_merged(self, kept_id: str) -> None:
        self._selected_id = kept_id

    def verify_price_selected(self) -> bool:
        """The broker checked the shown offering's price with the provider (Ctrl+Shift+P)."""
        offering_id = self._pinned_id or self.selected_id()
        if not offering_id:
            return False
        if not self._store.writable():
            self.context.say(self.tr("De database is alleen-lezen: niets gewijzigd"))
            return False
        try:
            if staleness.price_check(self._store, offering_id) is None:
                self.context.say(self.tr("Deze opleiding heeft geen prijs om te controleren"))
                return False
            staleness.mark_price_verified(self._store, offering_id)
        except Exception:
            log.exception("cannot mark the price of %s as verified", offering_id)
            dialogs.show_error(
                self, self.tr("Niet opgeslagen"),
                self.tr("De prijscontrole kon niet worden opgeslagen. Probeer het opnieuw."),
            )  # fmt: skip
            return False
        self.context.say(self.tr("Prijs gemarkeerd als gecontroleerd"))
        offering = self._load(offering_id)
        if offering is not None:
            self.detail.setHtml(self._detail_html(offering))
        return True

    def _on_detail_link(self, url: QUrl) -> None:
        if url.toString() == _VERIFY_PRICE_LINK:
            self.verify_price_selected()
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def _detail_html(self, offering: dict) -> str:
        """The offering in full, under a "verouderd" badge when it is stale, and when its price
        was last confirmed, with the action to confirm it now."""
        try:
            reasons = staleness.reasons_for(self._store, offering["id"])
            check = staleness.price_check(self._store, offering["id"])
        except Exception:  # the badge is a hint: never lose the detail over it
            log.exception("cannot judge staleness of %s", offering.get("id"))
            reasons, check = [], None
        price = self._price_check_html(check) if check is not None else ""
        return marker_html(reasons, self._lang) + price + offering_html(offering, self._lang)

    def _price_check_html(self, check: staleness.PriceCheck) -> str:
        if check.verified is not None:
            said = self.tr("Prijs door u gecontroleerd op {date}.").format(
                date=long_date(check.verified, self._lang)
            )
        elif check.stated is not None:
            said = self.tr("Prijs vastgelegd op {date}, nog niet door u gecontroleerd.").format(
                date=long_date(check.stated, self._lang)
            )
        else:
            said = self.tr("Prijs nog nooit gecontroleerd.")
        action = self.tr("Prijs nu als gecontroleerd markeren")
        hint = self.tr("Ctrl+Shift+P")
        return (
            f'<p style="color: #555; margin: 0 0 8px 0;">{escape(said)}<br>'
            f'<a href="{_VERIFY_PRICE_LINK}" title="{escape(hint)}">{escape(action)}</a>'
            f' <span style="color: #888;">({escape(hint)})</span></p>'
        )

    def counts(self) -> tuple[int, int]:
        return self.model.matching_count, max(self.model.total_count, 0)

    def shutdown(self) -> None:
        """Stop what could still fire after the window is gone."""
        self._closed = True
        self._search_timer.stop()
        self._facet_timer.stop()
        self.model.discard_pending()
        self._facet_generation += 1
        for dialog in (self.import_dialog, self.edit_dialog, self.duplicates_dialog,
                       self.history_dialog):  # fmt: skip
            if dialog is not None and dialog.isVisible():
                dialog.reject()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("catalogue/splitter", self.splitter.saveState())
        settings.setValue("catalogue/filters_visible", self._filters_wanted)

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("catalogue/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        visible = settings.value("catalogue/filters_visible")
        if visible is not None:
            self._filters_wanted = str(visible).lower() not in ("false", "0")
            self._show_filters(self._filters_wanted and not self._narrow)

    # -- a narrow window ---------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow_width()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow_width()

    def _follow_width(self) -> None:
        """A narrow page folds the filters away (the broker can open them with "Filters"), a
        wide one shows them again if the broker had them open; the detail pane gives way."""
        narrow = self.width() < _NARROW_PAGE
        if narrow != self._narrow:
            self._narrow = narrow
            self._show_filters(self._filters_wanted and not narrow)
            self.duplicates_button.setVisible(not narrow)
            self.history_button.setVisible(not narrow)
        self._give_table_room()

    def _show_filters(self, visible: bool) -> None:
        self._following_width = True
        try:
            self.filters_button.setChecked(visible)
            self.facets.setVisible(visible)
        finally:
            self._following_width = False

    def _on_filters_toggled(self, visible: bool) -> None:
        self.facets.setVisible(visible)
        if not self._following_width:
            self._filters_wanted = visible

    def _give_table_room(self) -> None:
        """The detail pane gives way (down to its minimum) before the table's columns must."""
        sizes = self.splitter.sizes()
        detail = sizes[2]
        if detail <= _DETAIL_MIN:
            return  # at its minimum, or folded away by the broker
        overhead = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        short = self._narrowest_table() + overhead - sizes[1]
        give = min(short, detail - _DETAIL_MIN)
        if give > 0:
            self.splitter.setSizes([sizes[0], sizes[1] + give, detail - give])

    def _narrowest_table(self) -> int:
        """The width the table needs with the title at its minimum and every column that never
        gives way at its narrowest."""
        kept = {c: w for c, w in self._preferred.items() if c not in _GIVE_WAY}
        return _TITLE_MIN + sum(
            int(w * _MIN_SCALE) if c in _SHRINKABLE else w for c, w in kept.items()
        )

    # -- internals ---------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.table
        style_table(table, min_section=60)
        header = table.horizontalHeader()
        header.setSortIndicatorClearable(True)  # a third click goes back to relevance
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
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
        # In a narrow table the type gives way first (the detail pane shows it), then the
        # provider and place shrink; when that is not enough the level gives way too, so the
        # title keeps room to be read and place, price and start stay on screen.
        hidden = {Column.TYPE} if room < _ROOM_FOR_TYPE else set()

        def narrowest() -> int:
            return _TITLE_MIN + sum(
                int(w * _MIN_SCALE) if c in _SHRINKABLE else w
                for c, w in self._preferred.items()
                if c not in hidden
            )

        for column in _GIVE_WAY:
            if narrowest() <= room:
                break
            hidden.add(column)
        shown = {c: w for c, w in self._preferred.items() if c not in hidden}
        fixed = sum(w for c, w in shown.items() if c not in _SHRINKABLE)
        shrinkable = sum(w for c, w in shown.items() if c in _SHRINKABLE)
        scale = min(1.0, max(_MIN_SCALE, (room - _TITLE_MIN - fixed) / shrinkable))
        self._fitting = True  # hiding and showing resize sections too: not the broker's doing
        try:
            for column in _GIVE_WAY:
                self.table.setColumnHidden(column, column in hidden)
            header = self.table.horizontalHeader()
            for column, width in shown.items():
                header.resizeSection(column, int(width * scale) if column in _SHRINKABLE else width)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != Column.TITLE:
            self._user_sized = True

    def _on_counts(self, matching: int, total: int) -> None:
        self._failed = False
        self.counts_changed.emit(matching, total)
        if self.model.rowCount() == 0 or self._selected_id is None:
            self._show_placeholder()

    def _update_actions(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.clear_button.setEnabled(bool(self._pinned_id) or not self.facets.is_clear())

    def _unpin(self) -> None:
        self._pinned_id = None
        self.pin_label.hide()

    def _load(self, offering_id: str) -> dict | None:
        try:
            return repo.get_offering(self._store.db, offering_id)
        except Exception:  # a locked or damaged file: say so in the pane, keep the window
            log.exception("cannot load offering %s", offering_id)
            self._on_load_failed()
            return None

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, Column.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _on_saved(self, offering_id: str) -> None:
        self._selected_id = offering_id
        self.context.changed(CATALOGUE_DATA)
        self.context.say(self.tr("Opgeslagen"))
        offering = self._load(offering_id)
        if offering is not None:
            self.detail.setHtml(self._detail_html(offering))

    def _on_data_changed(self, what: str) -> None:
        if what != CATALOGUE_DATA:
            return
        self._facets_loaded = False
        if self.isVisible():
            self._load_choices()
            self.reload()
        else:
            self._stale = True

    # -- facets: values and counts come from a worker -----------------------------------------

    def _load_choices(self) -> None:
        """The sectors, providers and places the catalogue has (once, and after changes)."""
        self._facets_loaded = True
        store = self._store

        def work(_report) -> tuple[list[str], list[tuple[str, str]], list[str]]:
            db = store.db
            return repo.live_sectors(db), repo.live_providers(db), repo.live_cities(db)

        def done(result) -> None:
            sectors, providers, cities = result
            self.facets.set_choices(sectors, providers, cities)

        self.context.tasks.start(work, on_done=done)
        self._refresh_facet_counts()

    def _refresh_facet_counts(self) -> None:
        """Count every facet value for the current filter in a worker; the latest one wins."""
        self._facet_generation += 1
        if self._closed:
            return
        if self._facets_in_flight:
            self._facets_pending = True
            return
        self._facets_in_flight = True
        generation, wanted, store = self._facet_generation, self.current_filter(), self._store

        def finished() -> None:
            self._facets_in_flight = False
            if self._facets_pending:  # a newer question waited: ask it now
                self._facets_pending = False
                self._refresh_facet_counts()

        def done(counts: dict[str, dict[str, int]]) -> None:
            finished()
            if generation == self._facet_generation:
                self.facets.set_counts(counts)

        def failed(_exc: BaseException) -> None:
            finished()

        self.context.tasks.start(
            lambda _report: repo.facet_counts(store.db, wanted), on_done=done, on_error=failed
        )

    def _on_load_failed(self) -> None:
        self._failed = True
        self.detail.setHtml(message_html(self.tr("Het aanbod kon niet worden geladen.")))

    def _restore_selection(self) -> None:
        """Keep the chosen offering chosen when a new search or order still contains it."""
        row = self.model.row_of(self._selected_id) if self._selected_id else -1
        if row < 0:
            self._selected_id = None
            self._show_placeholder()
            self._update_actions()
            return
        self._select_row(row)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        offering_id = current.data(OfferingIdRole) if current.isValid() else None
        if not offering_id:
            self._show_placeholder()
            return
        self._selected_id = offering_id
        offering = self._load(offering_id)
        if self._failed:
            return
        if offering is None:
            self.detail.setHtml(message_html(self.tr("Deze opleiding is niet meer gevonden.")))
            return
        self.detail.setHtml(self._detail_html(offering))

    def _show_placeholder(self) -> None:
        if self.model.loading:
            html = message_html(self.tr("Het aanbod wordt doorzocht…"))
        elif self.model.total_count == 0:
            html = message_html(
                self.tr("Er staat nog geen aanbod in de database."),
                self.tr("Importeer een catalogus (CSV, Excel, EDU-DEX of OOAPI) om te beginnen."),
            )
        elif self.model.matching_count == 0 and not self.search_edit.text().strip():
            html = message_html(
                self.tr("Geen opleidingen met deze filters."),
                self.tr("Zet een filter uit of kies ‘Filters wissen’."),
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
