"""The "Matching" page: one demand line against the catalogue, explained, tunable, comparable.

Top: which demand (employer — intake — question) and what it asks, in one glance. Left: the
ranked matches with a score bar and their reasons, the near misses (each with the one must it
breaks) and the composed programme. Right: the chosen offering with every reason, and the
tuning panel (moet/liever per constraint, a weight per feature). Matching runs in the task
runner, never on the GUI thread; a run that an newer one overtook is ignored.
"""

from __future__ import annotations

import copy
import logging
from datetime import date
from typing import Any

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
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from broker_app.catalogue import staleness
from broker_app.domain.composition import Programme
from broker_app.domain.demand import Demand
from broker_app.domain.messages import t
from broker_app.domain.problems import InputRefused
from broker_app.domain.proposal import ProposalError
from broker_app.matching import engine
from broker_app.proposals import service
from broker_app.store import catalogue as catalogue_repo
from broker_app.store import intakes as intakes_repo
from broker_app.store import proposals as proposals_repo
from broker_app.store.demand_musts import demand_line_choices, set_demand_musts
from broker_app.ui import dialogs
from broker_app.ui.context import (
    CATALOGUE_DATA,
    INTAKE,
    INTAKES_DATA,
    MATCHING,
    PROPOSALS,
    PROPOSALS_DATA,
    SETTINGS_DATA,
    AppContext,
)
from broker_app.ui.views.page import Page
from broker_app.ui.views.partials.match_compare import CompareDialog
from broker_app.ui.views.partials.match_explain import (
    MATCH_STYLE_EXTRA,
    PROGRAMME_STYLE,
    SUMMARY_STYLE,
    demand_summary_html,
    module_why_html,
    programme_html,
    why_html,
    with_why,
)
from broker_app.ui.views.partials.match_model import (
    Column,
    MatchRow,
    MatchTableModel,
    OfferingIdRole,
    RowRole,
    rows_from,
)
from broker_app.ui.views.partials.match_tuning import TuningPanel
from broker_app.ui.views.partials.offering_detail import STYLE_SHEET, message_html, offering_html
from broker_app.ui.views.partials.stale_marker import reason_text
from broker_app.ui.widgets.score_bar import ScoreBarDelegate
from broker_app.ui.widgets.tables import style_table
from broker_app.ui.widgets.two_line import TwoLineDelegate

log = logging.getLogger(__name__)

TOP = 25  # matches listed per demand
NEAR_MISSES = 8
RERUN_DELAY_MS = 250  # a pause in tuning before matching again
COMPARE_MIN, COMPARE_MAX = 2, 4

_COLUMN_WIDTHS = {
    Column.CHECK: 30,
    Column.RANK: 34,
    Column.PROVIDER: 150,
    Column.LEVEL: 70,
    Column.PLACE: 126,
    Column.PRICE: 92,
    Column.START: 96,
    Column.SCORE: 116,
}
_TITLE_ROOM = 330  # below this, the provider moves from its column to after the title
_TITLE_MIN = 220  # the title column never gets less: the broker must see which course a row is
_GIVE_WAY = (Column.START, Column.LEVEL)  # hidden in this order when the title lacks room
_NARROW_WIDTHS = {Column.RANK: 28, Column.PLACE: 122, Column.SCORE: 88}  # then these shrink
_SIDE_MIN = 200  # the detail pane's narrowest; it can also be folded away with the splitter

_SUMMARY_FRAME = """
QFrame#demandSummary { background: #f5f7fa; border: 1px solid #e1e6eb; border-radius: 6px; }
"""
_NOTE_CALM = "color: #616e7c;"
_NOTE_ERROR = "color: #b3261e;"


class MatchingPage(Page):
    """Lays out chooser, summary, result tabs, detail and tuning, and runs the matching."""

    key = MATCHING
    matches_shown = Signal()  # a (current) run's results are on screen

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._line: dict | None = None
        self._demand: Demand | None = None
        self._session_musts: dict[str, list[str]] = {}
        self._weights: dict[str, float] | None = None
        self._generation = 0
        self._shown_generation = 0
        self._task = None
        self._programme: Programme | None = None
        self._choices_loaded = False
        self._lines_stale = False
        self._results_stale = False
        self._own_change = False
        self._closed = False
        self._last_line_id: str | None = None
        self._selected_id: str | None = None
        self.compare_dialog: CompareDialog | None = None
        self._fitting = False  # the page itself sizes the table's columns

        # -- which demand -------------------------------------------------------------------
        self.chooser = QComboBox(self)
        self.chooser.setAccessibleName(self.tr("Vraag om te matchen"))
        self.chooser.setMinimumContentsLength(16)
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        chooser_label = QLabel(self.tr("&Vraag:"), self)
        chooser_label.setBuddy(self.chooser)
        self.open_intake_button = QPushButton(self.tr("Intake openen"), self)
        self.open_intake_button.setToolTip(self.tr("De intake van deze vraag bekijken of wijzigen"))
        self.open_intake_button.clicked.connect(self.open_intake)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.open_intake_button)

        self.summary = QLabel(self)
        self.summary.setObjectName("demandSummaryText")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("De vraag"))
        self.summary_frame = QFrame(self)
        self.summary_frame.setObjectName("demandSummary")
        self.summary_frame.setStyleSheet(_SUMMARY_FRAME)
        frame_layout = QVBoxLayout(self.summary_frame)
        frame_layout.setContentsMargins(14, 10, 14, 10)
        frame_layout.addWidget(self.summary)

        # -- results ------------------------------------------------------------------------
        self.model = MatchTableModel(self.lang, self)
        self.table = self._make_table(self.model, self.tr("Passende opleidingen"))
        self.near_model = MatchTableModel(self.lang, self)
        self.near_table = self._make_table(self.near_model, self.tr("Bijna passende opleidingen"))
        self.near_table.setColumnHidden(Column.RANK, True)

        self.programme_view = QTextBrowser(self)
        self.programme_view.setAccessibleName(self.tr("Samengesteld programma"))
        self.programme_view.document().setDefaultStyleSheet(PROGRAMME_STYLE)
        self.programme_view.document().setDocumentMargin(14)
        self.add_programme_button = QPushButton(self.tr("Programma toevoegen aan voorstel"), self)
        self.add_programme_button.setToolTip(
            self.tr("Alle modules van het programma in het conceptvoorstel zetten")
        )
        self.add_programme_button.clicked.connect(self.add_programme_to_proposal)
        programme_tab = QWidget(self)
        programme_layout = QVBoxLayout(programme_tab)
        programme_layout.setContentsMargins(0, 0, 0, 8)
        programme_layout.addWidget(self.programme_view, 1)
        programme_buttons = QHBoxLayout()
        programme_buttons.setContentsMargins(8, 0, 8, 0)
        programme_buttons.addStretch(1)
        programme_buttons.addWidget(self.add_programme_button)
        programme_layout.addLayout(programme_buttons)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, self.tr("Resultaten"))
        self.tabs.addTab(self.near_table, self.tr("Bijna passend"))
        self.tabs.addTab(programme_tab, self.tr("Samengesteld programma"))
        self.tabs.currentChanged.connect(self._on_tab)

        self.compare_button = QPushButton(self.tr("Vergelijken"), self)
        self.compare_button.setToolTip(
            self.tr("Twee tot vier aangevinkte opleidingen naast elkaar (Ctrl+D)")
        )
        self.compare_button.clicked.connect(self.compare)
        self.add_button = QPushButton(self.tr("Toevoegen aan voorstel"), self)
        self.add_button.setToolTip(
            self.tr("Aangevinkte of gekozen opleidingen in het conceptvoorstel (Ctrl+Enter)")
        )
        self.add_button.setDefault(False)
        self.add_button.clicked.connect(self.add_to_proposal)
        self.action_note = QLabel("", self)
        self.action_note.setStyleSheet(_NOTE_CALM)
        self.action_note.setWordWrap(True)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 6, 0, 0)
        actions.addWidget(self.action_note, 1)
        actions.addWidget(self.compare_button)
        actions.addWidget(self.add_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        self.status = QLabel("", self)
        self.status.setStyleSheet(_NOTE_CALM)
        self.status.setWordWrap(True)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(self.status)
        left_layout.addLayout(actions)

        # -- detail and tuning ---------------------------------------------------------------
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("De gekozen opleiding en waarom"))
        self.detail.setOpenExternalLinks(True)
        self.detail.document().setDefaultStyleSheet(STYLE_SHEET + MATCH_STYLE_EXTRA)
        self.detail.document().setDocumentMargin(14)
        self.tuning = TuningPanel(self)
        self.tuning.musts_changed.connect(self._on_musts_changed)
        self.tuning.weights_changed.connect(self._on_weights_changed)
        self.tuning.save_musts_requested.connect(self.save_musts)
        self.tuning.save_weights_requested.connect(self.save_weights)
        self.side = QTabWidget(self)
        self.side.setDocumentMode(True)
        self.side.addTab(self.detail, self.tr("Opleiding"))
        self.side.addTab(self.tuning, self.tr("Afstemmen"))
        self.side.setMinimumWidth(_SIDE_MIN)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)  # a narrow window: drag the detail pane away
        self.splitter.setSizes([900, 350])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.summary_frame)
        layout.addWidget(self.splitter, 1)

        self._rerun_timer = QTimer(self)
        self._rerun_timer.setSingleShot(True)
        self._rerun_timer.setInterval(RERUN_DELAY_MS)
        self._rerun_timer.timeout.connect(self.run_match)

        self._shortcuts = []
        for keys, slot in (
            ("Ctrl+D", self.compare),
            ("Ctrl+Return", self.add_to_proposal),
            ("Ctrl+Enter", self.add_to_proposal),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        self.chooser.currentIndexChanged.connect(self._on_chosen)
        self.model.checks_changed.connect(self._update_actions)
        self.near_model.checks_changed.connect(self._update_actions)
        self.context.data_changed.connect(self._on_data_changed)
        self.setTabOrder(self.chooser, self.open_intake_button)
        self.setTabOrder(self.open_intake_button, self.tabs)
        self.setTabOrder(self.tabs, self.table)
        self.setTabOrder(self.table, self.compare_button)
        self.setTabOrder(self.compare_button, self.add_button)
        self.setTabOrder(self.add_button, self.side)
        self._show_nothing_yet()

    def title(self) -> str:
        return self.tr("Matching")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._give_table_room()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._give_table_room()

    def _give_table_room(self) -> None:
        """A narrow window: the detail pane gives way (down to its minimum) before the title
        column would have to go below its own."""
        left, side = self.splitter.sizes()
        if side <= _SIDE_MIN:
            return  # at its minimum, or folded away by the broker
        widths = {**_COLUMN_WIDTHS, **_NARROW_WIDTHS}
        kept = (Column.CHECK, Column.RANK, Column.PLACE, Column.PRICE, Column.SCORE)
        table = self.table
        overhead = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        short = _TITLE_MIN + sum(widths[c] for c in kept) + overhead - left
        give = min(short, side - _SIDE_MIN)
        if give > 0:
            self.splitter.setSizes([left + give, side - give])

    # -- the page's life ---------------------------------------------------------------------

    def activate(self, **arguments: Any) -> None:
        line_id = arguments.get("demand_line_id")
        if not self._choices_loaded or self._lines_stale:
            self._fill_chooser()
        if line_id:
            self.load_line(line_id)
        elif self._line is None or self._lines_stale:
            wanted = self._line["id"] if self._line else self._last_line_id
            row = self.chooser.findData(wanted) if wanted else -1
            if row < 0 and self.chooser.count():
                row = 0
            if row >= 0:
                self.load_line(self.chooser.itemData(row))
            else:
                self._show_nothing_yet()
        elif self._results_stale:
            self.run_match()
        self._lines_stale = False

    def shutdown(self) -> None:
        self._closed = True
        self._rerun_timer.stop()
        if self._task is not None:
            self._task.cancel()
        if self.compare_dialog is not None:
            self.compare_dialog.close()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("matching/splitter", self.splitter.saveState())
        if self._line is not None:
            settings.setValue("matching/last_demand_line", self._line["id"])

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("matching/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        last = settings.value("matching/last_demand_line")
        self._last_line_id = str(last) if last else None

    # -- which demand ------------------------------------------------------------------------

    def _fill_chooser(self) -> None:
        current = self._line["id"] if self._line else None
        try:
            choices = demand_line_choices(self.store.db)
        except Exception:  # a locked or damaged file: say so, keep the window
            log.exception("cannot list demand lines")
            choices = []
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for choice in choices:
            intake = choice["intake_title"] or choice["intake_date"] or self.tr("intake")
            question = choice["title"] or self._untitled(choice)
            text = self.tr("{client} — {intake} — {question}").format(
                client=choice["client_name"], intake=intake, question=question
            )
            self.chooser.addItem(text, choice["id"])
        row = self.chooser.findData(current) if current else -1
        self.chooser.setCurrentIndex(row)
        self.chooser.blockSignals(False)
        self._choices_loaded = True

    def _untitled(self, choice: dict) -> str:
        """A line without a title: "Vraag 2" as on the intake page, with the start of its
        learning question when there is one."""
        number = self.tr("Vraag {number}").format(number=choice["number"])
        text = " ".join((choice["text"] or "").split())
        if not text:
            return number
        if len(text) > 50:
            text = text[:49].rstrip() + "…"
        return self.tr("{number}: {text}").format(number=number, text=text)

    def _on_chosen(self, row: int) -> None:
        line_id = self.chooser.itemData(row) if row >= 0 else None
        if line_id and (self._line is None or self._line["id"] != line_id):
            self.load_line(line_id)

    def load_line(self, line_id: str) -> None:
        """Show and match this demand line (the session's own musts for it, if any)."""
        try:
            line = intakes_repo.get_demand_line(self.store.db, line_id)
        except Exception:
            log.exception("cannot load demand line %s", line_id)
            line = None
        if line is None:
            self._show_nothing_yet(self.tr("Deze vraag is niet (meer) gevonden."))
            return
        self._line = line
        self._last_line_id = line_id
        demand = Demand.from_line(line, line["client_name"])
        if line_id in self._session_musts:
            demand.must = list(self._session_musts[line_id])
        self._demand = demand
        row = self.chooser.findData(line_id)
        if row < 0:
            self._fill_chooser()
            row = self.chooser.findData(line_id)
        self.chooser.blockSignals(True)
        self.chooser.setCurrentIndex(row)
        self.chooser.blockSignals(False)
        if self._weights is None:
            self._weights = engine.configured_weights(self.store)
            self.tuning.set_weights(self._weights)
        self.tuning.set_demand(demand, self.lang, list(line.get("must") or []))
        self._show_summary()
        self.model.clear()
        self.near_model.clear()
        self.model.clear_checks()
        self._selected_id = None
        self.open_intake_button.setEnabled(True)
        self.run_match()

    def _show_summary(self) -> None:
        if self._demand is None or self._line is None:
            return
        where = self.tr("{client} · {intake}").format(
            client=self._line["client_name"],
            intake=self._line.get("intake_title") or self.tr("intake"),
        )
        html = demand_summary_html(self._demand, where, self.lang)
        self.summary.setText(f"<style>{SUMMARY_STYLE}</style>{html}")

    def _show_nothing_yet(self, message: str | None = None) -> None:
        self._line = None
        self._demand = None
        self.model.clear()
        self.near_model.clear()
        self.open_intake_button.setEnabled(False)
        text = message or self.tr(
            "Er is nog geen vraag om te matchen. Leg eerst bij een klant een intake vast."
        )
        self.summary.setText(message_html(text))
        self.detail.setHtml(
            message_html(self.tr("Kies een vraag om passende opleidingen te zien."))
        )
        self.programme_view.setHtml("")
        self._set_status("")
        self._update_actions()

    def open_intake(self) -> None:
        if self._line is not None:
            self.context.go(INTAKE, intake_id=self._line["intake_id"])

    # -- matching ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A run is going or waiting for the pause in tuning."""
        return self._rerun_timer.isActive() or self._shown_generation != self._generation

    def run_match(self) -> None:
        """Match the demand as tuned now, in the task runner; older runs are ignored."""
        self._rerun_timer.stop()
        if self._demand is None or self._closed:
            return
        self._results_stale = False
        self._generation += 1
        generation = self._generation
        demand = copy.deepcopy(self._demand)
        weights = dict(self._weights or engine.DEFAULT_WEIGHTS)
        store, lang = self.store, self.lang

        def work(_report) -> tuple[int, engine.MatchResult, Programme]:
            result = engine.match(
                store, demand, top=TOP, weights=weights, lang=lang, near_misses=NEAR_MISSES
            )
            return generation, result, engine.compose_programme(result)

        if self._task is not None:
            self._task.cancel()
        self._set_status(self.tr("Bezig met matchen…"))
        self._task = self.context.tasks.start(
            work,
            on_done=self._on_matched,
            on_error=lambda exc, g=generation: self._on_match_failed(g, exc),
        )

    def _on_matched(self, outcome: tuple[int, engine.MatchResult, Programme]) -> None:
        generation, result, programme = outcome
        if self._closed or generation != self._generation:
            return  # overtaken by a newer run
        self._task = None
        today = date.today()
        ranked, near = rows_from(result, self.lang, today)
        keep = self._selected_id
        self.model.set_rows(ranked)
        self.near_model.set_rows(near)
        self._programme = programme
        self.programme_view.setHtml(programme_html(programme, self.lang))
        self.add_programme_button.setEnabled(bool(programme.modules))
        self.tabs.setTabText(0, self.tr("Resultaten ({count})").format(count=len(ranked)))
        self.tabs.setTabText(1, self.tr("Bijna passend ({count})").format(count=len(near)))
        if ranked:
            self._set_status("")
        elif near:
            self._set_status(self.tr("Geen opleiding voldoet aan alle eisen: zie Bijna passend."))
        else:
            self._set_status(self.tr("Geen passende opleidingen gevonden voor deze vraag."))
        self._shown_generation = generation
        self._reselect(keep)
        self._update_actions()
        self.matches_shown.emit()

    def _on_match_failed(self, generation: int, exc: BaseException) -> None:
        if self._closed or generation != self._generation:
            return
        self._task = None
        self._shown_generation = generation
        self._set_status(
            self.tr("Matchen is niet gelukt: {error}").format(error=str(exc) or type(exc).__name__),
            error=True,
        )
        self.matches_shown.emit()

    def _reselect(self, offering_id: str | None) -> None:
        table, model = self._current_table()
        if table is None or model is None:
            self._show_programme_detail()
            return
        row = model.row_of(offering_id) if offering_id else -1
        if row < 0 and model.rowCount():
            row = 0
        if row < 0:
            self._selected_id = None
            self.detail.setHtml(message_html(self.tr("Geen opleiding om te tonen.")))
            return
        table.selectionModel().setCurrentIndex(
            model.index(row, Column.TITLE),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(model.index(row, Column.TITLE))
        self._show_detail(model.row_at(row))

    # -- tuning ------------------------------------------------------------------------------

    def _on_musts_changed(self, musts: list[str]) -> None:
        if self._demand is None or self._line is None:
            return
        self._demand.must = list(musts)
        self._session_musts[self._line["id"]] = list(musts)
        self._show_summary()
        self._rerun_timer.start()

    def _on_weights_changed(self, weights: dict[str, float]) -> None:
        self._weights = dict(weights)
        if self._demand is not None:
            self._rerun_timer.start()

    def set_must(self, name: str, on: bool) -> None:
        """Make ``name`` a must (or a preference) for this session, as the toggle does."""
        self.tuning.set_must(name, on)

    def save_musts(self) -> None:
        """Write the session's musts back to the demand line."""
        if self._line is None or self._demand is None:
            return
        musts = list(self._demand.must)
        try:
            with self.store.transaction() as db:
                found = set_demand_musts(db, self._line["id"], musts)
        except Exception:
            log.exception("cannot save musts")
            found = None
        if not found:
            self.tuning.musts_note.setStyleSheet(_NOTE_ERROR)
            self.tuning.musts_note.setText(self.tr("Opslaan is niet gelukt; probeer het opnieuw."))
            self.tuning.musts_note.setVisible(True)
            return
        self.tuning.musts_note.setStyleSheet("")
        self._line["must"] = musts
        self._session_musts.pop(self._line["id"], None)
        self.tuning.mark_saved(musts)
        self._own_change = True
        try:
            self.context.changed(INTAKES_DATA)
        finally:
            self._own_change = False
        self.context.say(self.tr("Eisen opgeslagen in de intake"))

    def save_weights(self) -> None:
        weights = self.tuning.weights()
        try:
            engine.save_weights(self.store, weights)
        except Exception:
            log.exception("cannot save weights")
            self._note(self.tr("De gewichten konden niet worden bewaard."), error=True)
            return
        self.context.changed(SETTINGS_DATA)
        self.context.say(self.tr("Gewichten bewaard als uw standaard"))

    def _on_data_changed(self, what: str) -> None:
        if what == INTAKES_DATA and not self._own_change:
            self._lines_stale = True
        elif what == CATALOGUE_DATA:
            self._results_stale = True

    # -- rows, detail, actions ---------------------------------------------------------------

    def _make_table(self, model: MatchTableModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        style_table(table, min_section=28,
                    selection=QAbstractItemView.SelectionMode.ExtendedSelection)  # fmt: skip
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setItemDelegateForColumn(Column.TITLE, TwoLineDelegate(table))
        table.setItemDelegateForColumn(Column.SCORE, ScoreBarDelegate(table))
        table.verticalHeader().setDefaultSectionSize(TwoLineDelegate.row_height(table.font()))
        header = table.horizontalHeader()
        for column, width in _COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        for column in (Column.CHECK, Column.RANK, Column.TITLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(Column.TITLE, _TITLE_MIN)
        header.sectionResized.connect(
            lambda column, _old, _new, t=table: self._on_section_resized(t, column)
        )
        table.selectionModel().currentRowChanged.connect(self._on_current_row)
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)
        return table

    def _fit_columns(self, table: QTableView) -> None:
        """The title column takes the room that is left, and never less than ``_TITLE_MIN``.

        On a narrow table the provider goes after the title first, then the first start and
        the level give way (the detail pane shows them), then place and score narrow; only
        then does the table scroll sideways.
        """
        model: MatchTableModel = table.model()  # type: ignore[assignment]
        room = table.viewport().width()
        widths = dict(_COLUMN_WIDTHS)
        if table is self.near_table:
            widths.pop(Column.RANK)  # near misses have no rank
        hidden: set[Column] = set()

        def title_room() -> int:
            return room - sum(w for c, w in widths.items() if c not in hidden)

        if title_room() < _TITLE_ROOM:
            hidden.add(Column.PROVIDER)
        for column in _GIVE_WAY:
            if title_room() >= _TITLE_MIN:
                break
            hidden.add(column)
        if title_room() < _TITLE_MIN:
            widths.update(_NARROW_WIDTHS)
        header = table.horizontalHeader()
        self._fitting = True
        try:
            for column in (Column.PROVIDER, *_GIVE_WAY):
                table.setColumnHidden(column, column in hidden)
            for column, width in widths.items():
                if column not in hidden:
                    header.resizeSection(column, width)
            header.resizeSection(Column.TITLE, max(_TITLE_MIN, title_room()))
        finally:
            self._fitting = False
        model.set_provider_inline(Column.PROVIDER in hidden)

    def _on_section_resized(self, table: QTableView, column: int) -> None:
        """The broker widened or narrowed a column: the title takes up the difference."""
        if self._fitting or column == Column.TITLE:
            return
        header = table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in Column
            if c != Column.TITLE and not header.isSectionHidden(c)
        )
        self._fitting = True
        try:
            header.resizeSection(Column.TITLE, max(_TITLE_MIN, table.viewport().width() - others))
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            for table in (self.table, self.near_table):
                if watched is table.viewport():
                    self._fit_columns(table)
        if (
            watched in (self.table, self.near_table)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
        ):
            self._toggle_current(watched)
            return True
        return super().eventFilter(watched, event)

    def _toggle_current(self, table: QTableView) -> None:
        model: MatchTableModel = table.model()  # type: ignore[assignment]
        current = table.currentIndex()
        r = model.row_at(current.row()) if current.isValid() else None
        if r is not None:
            checked = {c.offering_id for c in model.checked_rows()}
            model.set_checked(r.offering_id, r.offering_id not in checked)

    def _current_table(self) -> tuple[QTableView | None, MatchTableModel | None]:
        index = self.tabs.currentIndex()
        if index == 0:
            return self.table, self.model
        if index == 1:
            return self.near_table, self.near_model
        return None, None

    def _on_tab(self, index: int) -> None:
        table, model = self._current_table()
        if table is not None and model is not None:
            current = table.currentIndex()
            if current.isValid():
                self._show_detail(model.row_at(current.row()))
            else:
                self._reselect(None)
        else:
            self._show_programme_detail()
        # The programme tab has its own button; the list's buttons would add something else.
        on_lists = table is not None
        self.compare_button.setVisible(on_lists)
        self.add_button.setVisible(on_lists)
        self._update_actions()

    def _show_programme_detail(self) -> None:
        """On the programme tab the side pane shows the programme's first module, not a course
        chosen earlier in another list."""
        modules = self._programme.modules if self._programme is not None else []
        if not modules:
            self.detail.setHtml(message_html(self.tr("Het programma heeft geen modules.")))
            return
        module = modules[0]
        try:
            offering = catalogue_repo.get_offering(self.store.db, module.offering_id)
        except Exception:
            log.exception("cannot load offering %s", module.offering_id)
            offering = None
        if offering is None:
            self.detail.setHtml(message_html(self.tr("Deze opleiding is niet meer gevonden.")))
            return
        head = module_why_html(1, len(modules), module, self.lang)
        self.detail.setHtml(with_why(offering_html(offering, self.lang), head))

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        r = current.data(RowRole)
        if r is not None:
            self._show_detail(r)

    def _show_detail(self, r: MatchRow | None) -> None:
        if r is None:
            return
        self._selected_id = r.offering_id
        try:
            offering = catalogue_repo.get_offering(self.store.db, r.offering_id)
        except Exception:
            log.exception("cannot load offering %s", r.offering_id)
            offering = None
        if offering is None:
            self.detail.setHtml(message_html(self.tr("Deze opleiding is niet meer gevonden.")))
            return
        why = why_html(r.score, r.rank, r.reasons, r.broken_must, r.violations, self.lang)
        self.detail.setHtml(with_why(offering_html(offering, self.lang), why))

    def chosen_rows(self) -> list[MatchRow]:
        """The checked offerings (matches and near misses); else the rows selected in the list
        on screen."""
        seen: set[str] = set()
        checked = []
        for r in self.model.checked_rows() + self.near_model.checked_rows():
            if r.offering_id not in seen:
                seen.add(r.offering_id)
                checked.append(r)
        if checked:
            return checked
        table, model = self._current_table()
        if table is None or model is None:
            return []
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        return [r for r in (model.row_at(i) for i in rows) if r is not None]

    def _update_actions(self) -> None:
        checked = len(self.model.checked_rows()) + len(self.near_model.checked_rows())
        if checked:
            self._note(
                self.tr("{count} aangevinkt").format(count=checked)
                if checked != 1
                else self.tr("1 aangevinkt")
            )
        else:
            self._note("")
        has_rows = bool(self.model.rowCount() or self.near_model.rowCount())
        self.compare_button.setEnabled(has_rows)
        self.add_button.setEnabled(has_rows or bool(self._programme and self._programme.modules))

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(_NOTE_ERROR if error else _NOTE_CALM)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _note(self, text: str, error: bool = False) -> None:
        self.action_note.setStyleSheet(_NOTE_ERROR if error else _NOTE_CALM)
        self.action_note.setText(text)

    # -- compare -----------------------------------------------------------------------------

    def compare(self) -> None:
        """Two to four chosen offerings side by side (Ctrl+D)."""
        rows = self.chosen_rows()
        if len(rows) > COMPARE_MAX:
            checked = bool(self.model.checked_rows() or self.near_model.checked_rows())
            text = (
                self.tr("U hebt er {count} aangevinkt; kies er twee tot vier.")
                if checked
                else self.tr("U hebt er {count} gekozen; kies er twee tot vier.")
            )
            self._note(text.format(count=len(rows)), error=True)
            return
        if len(rows) < COMPARE_MIN:
            self._note(
                self.tr("Vink twee tot vier opleidingen aan om ze te vergelijken."), error=True
            )
            return
        offerings = {}
        for r in rows:
            try:
                offerings[r.offering_id] = (
                    catalogue_repo.get_offering(self.store.db, r.offering_id) or {}
                )
            except Exception:
                log.exception("cannot load offering %s", r.offering_id)
                offerings[r.offering_id] = {}
        if self.compare_dialog is not None:
            self.compare_dialog.close()
        self.compare_dialog = self.open_compare(rows, offerings)

    def open_compare(self, rows: list[MatchRow], offerings: dict[str, dict]) -> CompareDialog:
        dialog = CompareDialog(rows, offerings, self.lang, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.destroyed.connect(self._forget_compare)
        dialog.open()
        return dialog

    def _forget_compare(self) -> None:
        self.compare_dialog = None

    # -- proposal ----------------------------------------------------------------------------

    def add_to_proposal(self) -> None:
        """The checked (or selected) offerings into the intake's concept proposal
        (Ctrl+Enter); on the programme tab, the whole programme."""
        if self.tabs.currentIndex() == 2:
            self.add_programme_to_proposal()
            return
        rows = self.chosen_rows()
        if not rows:
            self._note(self.tr("Vink eerst een of meer opleidingen aan."), error=True)
            return
        self._add_offerings([r.offering_id for r in rows])

    def add_programme_to_proposal(self) -> None:
        if self._programme is None or not self._programme.modules:
            self._note(self.tr("Er is geen programma om toe te voegen."), error=True)
            return
        self._add_offerings([m.offering_id for m in self._programme.modules])

    def _add_offerings(self, offering_ids: list[str]) -> None:
        if self._line is None or self._demand is None:
            return
        line, demand = self._line, self._demand
        participants = demand.participants or 1
        added = skipped = 0
        # A stale offering (no start date left, price not checked for a year) goes in only
        # when the broker says so; otherwise it is left out and the rest is added.
        wanted = list(dict.fromkeys(offering_ids))
        confirmed: set[str] = set()
        try:
            stale = staleness.stale_reasons(self.store, wanted)
        except Exception:
            log.exception("cannot judge staleness")
            stale = {}
        if stale:
            names = []
            for offering_id, reasons in stale.items():
                offering = catalogue_repo.get_offering(self.store.db, offering_id) or {}
                why = "; ".join(reason_text(r, self.lang) for r in reasons)
                names.append("• {title}: {why}".format(title=offering.get("title") or "", why=why))
            if dialogs.ask(
                self,
                self.tr("Verouderd aanbod"),
                self.tr("Deze opleidingen zijn mogelijk verouderd:\n\n{names}\n\nToch aan het "
                        "voorstel toevoegen?").format(names="\n".join(names)),
                self.tr("Toch toevoegen"),
                self.tr("Overslaan"),
            ):  # fmt: skip
                confirmed = set(stale)
            else:
                wanted = [o for o in wanted if o not in stale]
                if not wanted:
                    return
        try:
            with self.store.transaction():
                ref = service.open_concept_for(
                    self.store, line["client_id"], line["intake_id"],
                    title=line.get("intake_title") or demand.title, lang=self.lang,
                )  # fmt: skip
                version = proposals_repo.current_version(self.store.db, ref.proposal_id)
                present = {
                    row["offering_id"] for row in proposals_repo.lines(self.store.db, version["id"])
                }
                for offering_id in wanted:
                    if offering_id in present:
                        skipped += 1
                        continue
                    service.add_offering(
                        self.store, ref.proposal_id, offering_id, participants=participants,
                        confirm_stale=offering_id in confirmed,
                    )  # fmt: skip
                    added += 1
        except InputRefused as exc:
            dialogs.show_error(self, self.tr("Niet toegevoegd"), exc.render(self.lang))
            return
        except ProposalError as exc:
            dialogs.show_error(
                self, self.tr("Niet toegevoegd"), t(exc.key, self.lang, **exc.params)
            )
            return
        except Exception as exc:
            log.exception("cannot add offerings to a proposal")
            dialogs.show_error(
                self,
                self.tr("Niet toegevoegd"),
                self.tr("Het voorstel kon niet worden aangevuld."),
                str(exc),
            )
            return
        self.model.clear_checks()
        self.near_model.clear_checks()
        self.context.changed(PROPOSALS_DATA)
        if not added:
            message = self.tr("Alles stond al in voorstel {number}")
        elif skipped:
            message = self.tr("{added} toegevoegd aan voorstel {number}; {skipped} stond er al in")
        else:
            message = self.tr("{added} toegevoegd aan voorstel {number}")
        self.context.say(message.format(added=added, skipped=skipped, number=ref.number))
        self.context.go(PROPOSALS, proposal_id=ref.proposal_id)

    # -- for tests and the window ------------------------------------------------------------

    def shown_offering_ids(self) -> list[str]:
        return [self.model.index(i, 0).data(OfferingIdRole) for i in range(self.model.rowCount())]
