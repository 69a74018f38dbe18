"""The "Voorstellen" page: every proposal with its status; the chosen one to edit (while it is a
concept), send, follow up, save as PDF and print, with the PDF's pages beside it."""

from __future__ import annotations

import logging
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.formatting import long_date, money, number, short_date
from broker_app.domain.pricing import PricingError
from broker_app.domain.problems import InputRefused
from broker_app.domain.proposal import ProposalError
from broker_app.proposals import preview as preview_service
from broker_app.proposals import service
from broker_app.proposals import texts as proposal_texts
from broker_app.ui import dialogs
from broker_app.ui.context import (
    CATALOGUE_DATA,
    CLIENTS_DATA,
    PROPOSALS,
    PROPOSALS_DATA,
    SETTINGS_DATA,
    AppContext,
)
from broker_app.ui.views.page import Page
from broker_app.ui.views.partials.client_undo_bar import UndoBar
from broker_app.ui.views.partials.money_input import example_hint, read_cents
from broker_app.ui.views.partials.proposal_lines_model import (
    FundingColumn,
    FundingModel,
    LineColumn,
    LineIdRole,
    LinesModel,
    TitleDelegate,
)
from broker_app.ui.views.partials.proposal_list_model import (
    STATUS_COLOURS,
    STATUS_ORDER,
    Column,
    ProposalFilterProxy,
    ProposalIdRole,
    ProposalListModel,
    StatusDelegate,
    status_labels,
)
from broker_app.ui.views.partials.proposal_preview import PreviewPane, to_image
from broker_app.ui.widgets.flow_layout import FlowLayout
from broker_app.ui.widgets.tables import style_table
from broker_app.ui.widgets.text_style import ERROR, MUTED, QUIET, WARNING, tint, weigh

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 700  # after the last edit, before the PDF is made again
PREVIEW_AFTER_SHOWN_MS = 150  # after a proposal is shown, before its PDF is made
PRINT_DPI = 200  # the pages are printed as pictures: sharp on paper, not too heavy
SEARCH_DELAY_MS = 150

_FILTER_STYLE = """
QPushButton[filter="true"] { padding: 4px 9px; border: 1px solid palette(mid);
    border-radius: 12px; background: palette(base); }
QPushButton[filter="true"]:checked { background: #1F3A5F; color: white; border-color: #1F3A5F; }
"""


def _tooltip(text: str, shortcut: QKeySequence | None) -> str:
    if shortcut is None or shortcut.isEmpty():
        return text
    return f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"


class ProposalsPage(Page):
    """Lays out the list and the chosen proposal, and acts on it through the proposal service."""

    key = PROPOSALS
    preview_ready = Signal(int)  # number of pages shown
    pdf_saved = Signal(str)  # the file written
    printed = Signal(int)  # pages sent to the printer
    task_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._lang = context.lang
        self._proposal_id: str | None = None
        self._version: int | None = None  # the version shown (None: the current one)
        self._view: service.VersionView | None = None
        self._loaded = False
        self._stale = False
        self._writing = False
        self._preview_task: Any = None
        self._preview_again = False
        self._preview_generation = 0
        self.last_pdf = b""  # the PDF the preview shows
        self._labels = status_labels()
        self._deleted: tuple[str, str, str] | None = None  # (id, number, stamp) for undo

        self._build_list()
        self._build_detail()
        self.preview = PreviewPane(self)
        self.preview.show_message(self.tr("Kies een voorstel om het voorbeeld te zien."))

        self.detail_splitter = _DetailSplitter(Qt.Orientation.Horizontal, self)
        self.detail_splitter.addWidget(self.detail_stack)
        self.detail_splitter.addWidget(self.preview)
        # The detail never clips (its scroll area is as wide as its content needs); the
        # preview gives way in a narrow window and can be dragged shut.
        self.detail_splitter.setStretchFactor(0, 1)
        self.detail_splitter.setStretchFactor(1, 0)
        self.detail_splitter.setCollapsible(0, False)
        self.detail_splitter.setCollapsible(1, True)
        self.detail_splitter.setSizes([820, 380])

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail_splitter)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([230, 600])

        self.undo_bar = UndoBar(self)
        self.undo_bar.undo_requested.connect(self.undo_delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 6)
        layout.setSpacing(8)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._shown_timer = QTimer(self)
        self._shown_timer.setSingleShot(True)
        self._shown_timer.setInterval(PREVIEW_AFTER_SHOWN_MS)
        self._shown_timer.timeout.connect(self.refresh_preview)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)

        self._build_actions()
        self._set_tab_order()
        context.data_changed.connect(self._on_data_changed)
        self._show_empty_detail()

    def title(self) -> str:
        return self.tr("Voorstellen")

    # -- building ----------------------------------------------------------------------------

    def _build_list(self) -> None:
        panel = QWidget(self)
        self.list_panel = panel
        self.filter_group = QButtonGroup(panel)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        # The status buttons are never cut off: in a narrow window they wrap onto a second
        # row (and the search field gives way first).
        self.filter_bar = QWidget(panel)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.filter_bar.setSizePolicy(policy)
        bar = FlowLayout(self.filter_bar, spacing=6, hint_one_row=True)
        bar.setContentsMargins(0, 0, 0, 0)
        for code in ("", *STATUS_ORDER):
            button = QPushButton(panel)
            button.setCheckable(True)
            button.setProperty("filter", True)
            button.setStyleSheet(_FILTER_STYLE)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            self.filter_group.addButton(button)
            self.filter_buttons[code] = button
            button.clicked.connect(lambda _=False, code=code: self.set_status_filter(code))
            bar.addWidget(button)
        self.filter_buttons[""].setChecked(True)
        self.filter_buttons[""].setAccessibleName(self.tr("Alle voorstellen"))
        self.search_edit = QLineEdit(panel)
        self.search_edit.setPlaceholderText(self.tr("Zoek op nummer, werkgever of titel…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Voorstellen zoeken"))
        self.search_edit.setMinimumWidth(120)
        self.search_edit.setMaximumWidth(320)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._apply_search)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.filter_bar, 0)
        top.addWidget(self.search_edit, 1, Qt.AlignmentFlag.AlignTop)

        self.list_model = ProposalListModel(self._lang, self)
        self.proxy = ProposalFilterProxy(self)
        self.proxy.setSourceModel(self.list_model)
        self.table = QTableView(panel)
        self.table.setAccessibleName(self.tr("Lijst van voorstellen"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(Column.STATUS, StatusDelegate(self.table))
        _table_look(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (Column.NUMBER, "2026-0000 "),
            (Column.CLIENT, "Zorggroep Sallandse Heuvels"),
            (Column.STATUS, "Geaccepteerd  "),
            (Column.VERSION, "Versie "),
            (Column.TOTAL, "Totaal incl. btw "),
            (Column.VALID_UNTIL, "30 sep 2027 "),
            (Column.UPDATED, "30 sep 2027 "),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 30)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.activated.connect(lambda _index: self.focus_detail())  # Enter, double-click
        self.list_message = QLabel(panel)
        tint(self.list_message, MUTED)
        self.list_message.setWordWrap(True)

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 6)  # the splitter's handle never touches a text
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.list_message)

    def _build_detail(self) -> None:
        self.detail_stack = QStackedWidget(self)
        self.placeholder = QLabel(self.detail_stack)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        tint(self.placeholder, QUIET)
        weigh(self.placeholder, bold=False, point_size=11)
        self.placeholder.setContentsMargins(30, 30, 30, 30)
        self.detail_stack.addWidget(self.placeholder)

        scroll = _DetailScroll(self.detail_stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop for Tab; follows the focus
        self.detail_scroll = scroll
        body = QWidget()
        scroll.setWidget(body)
        self.detail_stack.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 4, 10, 4)
        layout.setSpacing(6)

        # header: number and client, status, version selector
        self.heading = _ElidedLabel(body)
        weigh(self.heading, point_size=15)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel(body)
        self.version_combo = QComboBox(body)
        self.version_combo.setAccessibleName(self.tr("Versie"))
        self.version_combo.setMinimumWidth(200)
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.activated.connect(self._on_version_chosen)
        version_label = QLabel(self.tr("&Versie:"), body)
        version_label.setBuddy(self.version_combo)
        self.language_combo = QComboBox(body)
        self.language_combo.setAccessibleName(self.tr("Taal van het voorstel"))
        self.language_combo.setToolTip(
            self.tr("De taal van de PDF; vast zodra de versie is verzonden")
        )
        self.language_combo.addItem(self.tr("Nederlands"), "nl")
        self.language_combo.addItem(self.tr("Engels"), "en")
        self.language_combo.activated.connect(self._on_language_chosen)
        language_label = QLabel(self.tr("&Taal:"), body)
        language_label.setBuddy(self.language_combo)
        top = QHBoxLayout()
        top.addWidget(self.heading, 0)
        top.addSpacing(8)
        top.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)  # the heading has the row to itself: it is cut only when it must be
        self.status_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addLayout(top)
        self.subtitle = QLabel(body)
        tint(self.subtitle, MUTED)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        third = QHBoxLayout()  # the language and the version shown, under the title
        third.addWidget(language_label)
        third.addWidget(self.language_combo)
        third.addSpacing(16)
        third.addWidget(version_label)
        third.addWidget(self.version_combo)
        third.addStretch(1)
        layout.addLayout(third)

        # actions
        self.action_bar = QHBoxLayout()
        self.action_bar.setSpacing(6)
        layout.addLayout(self.action_bar)
        self.file_bar = self.action_bar  # PDF and printing at the right of the steps
        self.frozen_note = QLabel(body)
        self.frozen_note.setWordWrap(True)
        self.frozen_note.setStyleSheet(
            "background: #F0F4F8; border: 1px solid #D9E2EC; border-radius: 4px; "
            "padding: 6px 8px; color: #334E68;"
        )
        layout.addWidget(self.frozen_note)

        # offering lines
        lines_title = QLabel(self.tr("Opleidingen"), body)
        weigh(lines_title, point_size=10.5)
        lines_title.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(lines_title)
        self.lines_model = LinesModel(self._lang, self)
        self.lines_model.set_commit(self._commit_line)
        self.lines_table = QTableView(body)
        self.lines_table.setAccessibleName(self.tr("Regels van het voorstel"))
        self.lines_table.setModel(self.lines_model)
        self.lines_table.setItemDelegateForColumn(LineColumn.TITLE, TitleDelegate(self.lines_table))
        _table_look(self.lines_table)
        self.lines_table.verticalHeader().setDefaultSectionSize(
            self.lines_table.fontMetrics().height() * 2 + 10
        )
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(LineColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.lines_table.fontMetrics()
        for column, sample in (
            (LineColumn.PARTICIPANTS, "Deelnemers"),
            (LineColumn.PRICE, "€ 12.500,00"),
            (LineColumn.GROUP_PRICE, "Groepsprijs "),
            (LineColumn.DISCOUNT, "€ 1.000,00"),
            (LineColumn.VAT, "vrijgesteld"),
            (LineColumn.AMOUNT, "Bedrag excl. btw"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 18)
        self.lines_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # wide enough for every column and a readable title (the preview gives way first)
        fixed = sum(header.sectionSize(c) for c in range(1, self.lines_model.columnCount()))
        self.lines_table.setMinimumWidth(fixed + 130 + 2 * self.lines_table.frameWidth())
        layout.addWidget(self.lines_table)
        self.line_message = QLabel(body)
        tint(self.line_message, ERROR)
        self.line_message.setWordWrap(True)
        self.line_message.setAccessibleName(self.tr("Melding bij de regels"))
        self.line_buttons = QHBoxLayout()
        self.line_buttons.setSpacing(6)
        # totals
        self.totals_box = QFrame(body)
        self.totals_box.setObjectName("totals")
        self.totals_box.setStyleSheet(
            "#totals { background: #F7F9FB; border: 1px solid #D9E2EC; border-radius: 4px; }"
        )
        totals = QGridLayout(self.totals_box)
        totals.setContentsMargins(12, 8, 12, 8)
        totals.setVerticalSpacing(3)
        self.total_values: dict[str, QLabel] = {}
        for row, (key, text) in enumerate(
            (
                ("excl", self.tr("Totaal excl. btw")),
                ("vat", self.tr("Btw")),
                ("incl", self.tr("Totaal incl. btw")),
                ("funding", self.tr("Geschatte bijdragen")),
                ("employer", self.tr("Aandeel werkgever")),
            )
        ):
            name = QLabel(text, self.totals_box)
            value = QLabel(self.totals_box)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(text)
            if key in ("incl", "employer"):
                weigh(name)
                weigh(value)
            totals.addWidget(name, row, 0)
            totals.addWidget(value, row, 1)
            self.total_values[key] = value
        totals.setColumnStretch(0, 1)
        self.totals_note = QLabel(
            self.tr("Bijdragen zijn een schatting; de werkgever vraagt ze zelf aan."),
            self.totals_box,
        )
        tint(self.totals_note, MUTED)
        self.totals_note.setWordWrap(True)
        totals.addWidget(self.totals_note, 5, 0, 1, 2)
        self.incomplete_note = QLabel(
            self.tr("Niet alle prijzen zijn bekend: de totalen zijn onvolledig."), self.totals_box
        )
        tint(self.incomplete_note, WARNING)
        self.incomplete_note.setWordWrap(True)
        totals.addWidget(self.incomplete_note, 6, 0, 1, 2)
        self.totals_box.setMinimumWidth(270)
        # under the lines: their buttons and messages left, the totals right (as on an invoice)
        left = QVBoxLayout()
        left.addLayout(self.line_buttons)
        left.addWidget(self.line_message)
        left.addStretch(1)
        under = QHBoxLayout()
        under.addLayout(left, 1)
        under.addSpacing(12)
        under.addWidget(self.totals_box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(under)

        # funding
        funding_title = QLabel(self.tr("Bijdragen (schatting)"), body)
        weigh(funding_title, point_size=10.5)
        funding_title.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(funding_title)
        self.funding_model = FundingModel(self._lang, self)
        self.funding_model.set_commit(self._commit_funding)
        self.funding_table = QTableView(body)
        self.funding_table.setAccessibleName(self.tr("Geschatte bijdragen"))
        self.funding_table.setModel(self.funding_model)
        _table_look(self.funding_table)
        self.funding_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.funding_table.horizontalHeader().setSectionResizeMode(
            FundingColumn.SCHEME, QHeaderView.ResizeMode.Stretch
        )
        self.funding_table.horizontalHeader().resizeSection(
            FundingColumn.AMOUNT, metrics.horizontalAdvance("Geschatte bijdrage") + 30
        )
        layout.addWidget(self.funding_table)
        self.no_funding = QLabel(self.tr("Geen bijdragen opgenomen."), body)
        tint(self.no_funding, MUTED)
        layout.addWidget(self.no_funding)

        self.funding_editor = QWidget(body)
        grid = QGridLayout(self.funding_editor)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.scheme_combo = QComboBox(self.funding_editor)
        self.scheme_combo.setAccessibleName(self.tr("Bijdrageregeling"))
        scheme_label = QLabel(self.tr("&Regeling:"), self.funding_editor)
        scheme_label.setBuddy(self.scheme_combo)
        self.add_scheme_button = QPushButton(self.tr("Raming toevoegen"), self.funding_editor)
        self.add_scheme_button.setToolTip(
            self.tr("Schat de bijdrage met het percentage en maximum van de regeling")
        )
        self.add_scheme_button.clicked.connect(self.add_scheme_estimate)
        self.manual_name = QLineEdit(self.funding_editor)
        self.manual_name.setPlaceholderText(self.tr("Naam van de regeling of het fonds"))
        self.manual_name.setAccessibleName(self.tr("Naam van de bijdrage"))
        manual_label = QLabel(self.tr("&Eigen bedrag:"), self.funding_editor)
        manual_label.setBuddy(self.manual_name)
        self.manual_amount = QLineEdit(self.funding_editor)
        self.manual_amount.setPlaceholderText(example_hint())
        self.manual_amount.setAccessibleName(self.tr("Bedrag van de bijdrage"))
        self.manual_amount.setMaximumWidth(130)
        self.manual_amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.manual_amount.returnPressed.connect(self.add_manual_funding)
        self.add_manual_button = QPushButton(self.tr("Toevoegen"), self.funding_editor)
        self.add_manual_button.clicked.connect(self.add_manual_funding)
        grid.addWidget(scheme_label, 0, 0)
        grid.addWidget(self.scheme_combo, 0, 1, 1, 2)
        grid.addWidget(self.add_scheme_button, 0, 3)
        grid.addWidget(manual_label, 1, 0)
        grid.addWidget(self.manual_name, 1, 1)
        grid.addWidget(self.manual_amount, 1, 2)
        grid.addWidget(self.add_manual_button, 1, 3)
        grid.setColumnStretch(1, 1)
        layout.addWidget(self.funding_editor)
        self._last_table = self.lines_table
        for table in (self.lines_table, self.funding_table):
            table.selectionModel().currentChanged.connect(
                lambda _c, _p, table=table: self._remember_table(table)
            )
        self.funding_message = QLabel(body)
        tint(self.funding_message, ERROR)
        self.funding_message.setWordWrap(True)
        self.funding_message.setAccessibleName(self.tr("Melding bij de bijdragen"))
        layout.addWidget(self.funding_message)

        layout.addStretch(1)

    def _build_actions(self) -> None:
        def action(text: str, tip: str, slot: Any, keys: QKeySequence | None = None) -> QAction:
            made = QAction(text, self)
            if keys is not None:
                made.setShortcut(keys)
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setToolTip(_tooltip(tip, keys))
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        seq = QKeySequence
        self._buttons: dict[QAction, QToolButton] = {}
        self.edit_action = action(
            self.tr("Bewerken"),
            self.tr("Maak een nieuwe versie om dit verzonden voorstel te wijzigen"),
            self.revise,
            seq("Ctrl+E"),
        )
        self.send_action = action(
            self.tr("Verzenden…"),
            self.tr("Verzend deze versie; daarna ligt ze vast"),
            self.send,
            seq("Ctrl+Shift+S"),
        )
        self.accept_action = action(
            self.tr("Markeer als geaccepteerd"),
            self.tr("Leg vast dat de werkgever het voorstel heeft geaccepteerd"),
            lambda: self.decide("geaccepteerd"),
            seq("Ctrl+Shift+A"),
        )
        self.decline_action = action(
            self.tr("Markeer als afgewezen"),
            self.tr("Leg vast dat de werkgever het voorstel heeft afgewezen"),
            lambda: self.decide("afgewezen"),
            seq("Ctrl+Shift+D"),
        )
        self.delete_action = action(
            self.tr("Concept verwijderen"),
            self.tr("Verwijder dit concept; het is nooit verzonden"),
            self.delete_concept,
            seq("Ctrl+Del"),
        )
        self.undo_action = action(
            self.tr("Ongedaan maken"),
            self.tr("Zet het verwijderde concept terug"),
            self.undo_delete,
            seq(seq.StandardKey.Undo),
        )
        self.undo_action.setEnabled(False)
        self.preview_action = action(
            self.tr("Voorbeeld"),
            self.tr("Toon of verberg het voorbeeld van de PDF naast het voorstel"),
            self.toggle_preview,
        )
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        self.detail_splitter.splitterMoved.connect(lambda _pos, _index: self._sync_preview())
        self.detail_splitter.folded.connect(self._sync_preview)
        self.save_action = action(
            self.tr("PDF opslaan…"),
            self.tr("Sla de getoonde versie op als PDF"),
            self.save_pdf,
            seq(seq.StandardKey.Save),
        )
        self.print_action = action(
            self.tr("Afdrukken…"),
            self.tr("Druk de getoonde versie af"),
            self.print_proposal,
            seq(seq.StandardKey.Print),
        )
        self.up_action = action(
            self.tr("Omhoog"), self.tr("Regel omhoog"), lambda: self.move_line(-1),
            seq("Alt+Up"),
        )  # fmt: skip
        self.down_action = action(
            self.tr("Omlaag"), self.tr("Regel omlaag"), lambda: self.move_line(1),
            seq("Alt+Down"),
        )  # fmt: skip
        self.remove_action = action(
            self.tr("Verwijderen"),
            self.tr("Verwijder de gekozen regel uit het voorstel"),
            self.remove_line,
            seq(seq.StandardKey.Delete),
        )
        # Delete only acts in the tables of lines, never in the list of proposals
        self.removeAction(self.remove_action)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for table in (self.lines_table, self.funding_table):
            table.addAction(self.remove_action)
        self.find_action = action(
            self.tr("Zoeken"), self.tr("Zoek een voorstel"), self._focus_search,
            seq(seq.StandardKey.Find),
        )  # fmt: skip

        for act in (self.edit_action, self.send_action, self.accept_action,
                    self.decline_action, self.delete_action):  # fmt: skip
            self.action_bar.addWidget(self._button(act))
        self.action_bar.addStretch(1)
        for act in (self.preview_action, self.save_action, self.print_action):
            self.file_bar.addWidget(self._button(act), 0, Qt.AlignmentFlag.AlignVCenter)
        for act in (self.up_action, self.down_action, self.remove_action):
            self.line_buttons.addWidget(self._button(act))
        self.line_buttons.addStretch(1)
        self.send_action.setProperty("primary", True)

    def _set_tab_order(self) -> None:
        """The list, then the chosen proposal from top to bottom: language and version, the
        steps, PDF and printing, the lines and their buttons, the contributions."""
        chain: list[QWidget] = [
            *self.filter_buttons.values(), self.search_edit, self.table,
            self.language_combo, self.version_combo,
            *(self._buttons[a] for a in (self.edit_action, self.send_action, self.accept_action,
                                         self.decline_action, self.delete_action,
                                         self.preview_action, self.save_action,
                                         self.print_action)),
            self.lines_table,
            *(self._buttons[a] for a in (self.up_action, self.down_action, self.remove_action)),
            self.funding_table, self.scheme_combo, self.add_scheme_button, self.manual_name,
            self.manual_amount, self.add_manual_button,
            self.undo_bar.undo_button, self.undo_bar.close_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_detail(self) -> None:
        """Enter on the list: the cursor goes to the chosen proposal's first step (or, when no
        step applies, to the version shown)."""
        if self._view is None:
            return
        for act in (self.edit_action, self.send_action, self.accept_action, self.decline_action,
                    self.delete_action):  # fmt: skip
            button = self._buttons[act]
            if button.isVisibleTo(self) and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.version_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_action(self, act: QAction, visible: bool) -> None:
        """Only the steps that apply: a tool button does not follow its action's visibility."""
        act.setVisible(visible)
        self._buttons[act].setVisible(visible)

    def _button(self, act: QAction) -> QToolButton:
        button = QToolButton(self)
        self._buttons[act] = button
        button.setDefaultAction(act)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(28)
        if act is self.send_action:
            button.setStyleSheet(
                "QToolButton { background: #1F3A5F; color: white; border-radius: 3px; "
                "padding: 3px 12px; } QToolButton:disabled { background: #9AA5B1; }"
            )
        else:
            button.setStyleSheet("QToolButton { padding: 3px 10px; }")
        return button

    # -- the page's life ---------------------------------------------------------------------

    def activate(self, **arguments: Any) -> None:
        wanted = arguments.get("proposal_id")
        if not self._loaded or self._stale or wanted:
            self.reload(select=wanted or self._proposal_id)
        if wanted:
            self.select_proposal(wanted)

    def shutdown(self) -> None:
        self._preview_timer.stop()
        self._shown_timer.stop()
        self._search_timer.stop()
        self._preview_again = False
        self.undo_bar.dismiss()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("proposals/splitter", self.splitter.saveState())
        settings.setValue("proposals/detail_splitter", self.detail_splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, splitter in (
            ("proposals/splitter", self.splitter),
            ("proposals/detail_splitter", self.detail_splitter),
        ):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def _on_data_changed(self, what: str) -> None:
        if self._writing or what not in (PROPOSALS_DATA, CLIENTS_DATA, CATALOGUE_DATA,
                                         SETTINGS_DATA):  # fmt: skip
            return
        if self.isVisible():
            self.reload(select=self._proposal_id)
        else:
            self._stale = True

    def _changed(self) -> None:
        self._writing = True
        try:
            self.context.changed(PROPOSALS_DATA)
        finally:
            self._writing = False

    # -- the list ----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the list again; keep (or choose) the proposal ``select``."""
        self._loaded, self._stale = True, False
        try:
            rows = service.list_proposals(self.store)
        except Exception:  # a locked or damaged file: say so, keep the window
            log.exception("cannot list proposals")
            self.list_message.setText(self.tr("De voorstellen konden niet worden geladen."))
            return
        self.list_model.set_rows(rows)
        self._update_filter_counts()
        self.list_message.clear()
        self.list_message.setVisible(False)  # the empty page says why in the detail's place
        if select and self.list_model.row_of(select) >= 0:
            self.select_proposal(select)
        elif self._proposal_id and self.list_model.row_of(self._proposal_id) < 0:
            self._proposal_id = None
            self._show_empty_detail()
        elif self._proposal_id is None:
            self._show_empty_detail()

    def _update_filter_counts(self) -> None:
        counts = self.list_model.counts()
        total = sum(counts.values())
        self.filter_buttons[""].setText(self.tr("Alle ({count})").format(count=total))
        for code in STATUS_ORDER:
            self.filter_buttons[code].setText(f"{self._labels[code]} ({counts[code]})")
            self.filter_buttons[code].setAccessibleName(self._labels[code])

    def set_status_filter(self, status: str | None) -> None:
        """Only the proposals with this (effective) status; None or "" for all."""
        code = status or ""
        self.filter_buttons[code].setChecked(True)
        self.proxy.set_status(code or None)
        self._reselect()

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.proxy.set_text(self.search_edit.text())
        self._reselect()

    def _reselect(self) -> None:
        """After a filter: keep the chosen proposal selected when it is still listed."""
        row = self._proxy_row(self._proposal_id)
        if row >= 0:
            self.table.selectRow(row)

    def _proxy_row(self, proposal_id: str | None) -> int:
        source = self.list_model.row_of(proposal_id)
        if source < 0:
            return -1
        return self.proxy.mapFromSource(self.list_model.index(source, 0)).row()

    def visible_numbers(self) -> list[str]:
        """The numbers in the list as shown (for tests and the status bar)."""
        return [
            str(self.proxy.index(r, Column.NUMBER).data()) for r in range(self.proxy.rowCount())
        ]

    def select_proposal(self, proposal_id: str) -> None:
        if self._proxy_row(proposal_id) < 0:  # hidden by a filter: show everything again
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.proxy.set_text("")
            self.set_status_filter(None)
        row = self._proxy_row(proposal_id)
        if row < 0:
            return
        if self._proposal_id != proposal_id:
            self._version = None
        index = self.proxy.index(row, Column.NUMBER)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        if self._proposal_id == proposal_id:
            self.show_proposal(proposal_id, self._version)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        proposal_id = current.data(ProposalIdRole) if current.isValid() else None
        if not proposal_id:
            return
        if proposal_id != self._proposal_id:
            self._version = None
        self.show_proposal(proposal_id, self._version)

    # -- the chosen proposal -----------------------------------------------------------------

    def show_proposal(self, proposal_id: str, version: int | None = None) -> None:
        try:
            view = service.version_view(self.store, proposal_id, version)
        except Exception:
            log.exception("cannot show proposal %s", proposal_id)
            self.placeholder.setText(self.tr("Dit voorstel kon niet worden geladen."))
            self.detail_stack.setCurrentWidget(self.placeholder)
            return
        changed_proposal = proposal_id != self._proposal_id
        self._proposal_id = proposal_id
        self._version = view.version["version"]
        self._view = view
        self.detail_stack.setCurrentWidget(self.detail_scroll)
        self._show_header(view)
        offerings = [r for r in view.lines if (r.get("kind") or "offering") != "funding"]
        funding = [r for r in view.lines if r.get("kind") == "funding"]
        self.lines_model.set_rows(offerings, view.editable)
        self.funding_model.set_rows(funding, view.editable)
        _fit_height(self.lines_table, len(offerings), minimum=2, maximum=7)
        _fit_height(self.funding_table, len(funding), minimum=1, maximum=4)
        self.funding_table.setVisible(bool(funding))
        self.no_funding.setVisible(not funding)
        self._show_totals(view.totals)
        self._fill_schemes()
        self._set_editable(view)
        QTimer.singleShot(0, self.detail_splitter, self.detail_splitter.give_detail_room)
        if changed_proposal:
            self.line_message.clear()
            self.funding_message.clear()
        # The preview is made after the detail has been drawn: rendering a PDF is Python work
        # that would otherwise compete with the first paint for the interpreter (100+ ms).
        self.last_pdf = b""
        self.preview.set_busy(True)
        self._shown_timer.start()

    def _show_header(self, view: service.VersionView) -> None:
        proposal = view.proposal
        self.heading.setText(
            "{number} · {client}".format(number=proposal["number"], client=view.client_name)
        )
        status = view.effective_status
        background, foreground = STATUS_COLOURS.get(status, STATUS_COLOURS["concept"])
        self.status_badge.setText(self._labels.get(status, status))
        self.status_badge.setStyleSheet(
            f"background: {background}; color: {foreground}; border-radius: 10px; "
            "padding: 2px 10px; font-weight: 600;"
        )
        parts = []
        if proposal["title"]:
            parts.append(proposal["title"])
        if proposal["valid_until"]:
            valid = service._day(proposal["valid_until"])
            if valid:
                parts.append(self.tr("geldig tot {date}").format(date=long_date(valid, self._lang)))
        self.subtitle.setText(" · ".join(parts))

        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for item in reversed(view.versions):
            if item["status"] == "concept":
                text = self.tr("Versie {version} · concept").format(version=item["version"])
            else:
                sent = service.local_day(item["sent_at"])
                text = self.tr("Versie {version} · verzonden {date}").format(
                    version=item["version"], date=short_date(sent, self._lang) if sent else ""
                )
            self.version_combo.addItem(text, item["version"])
        self.version_combo.setCurrentIndex(self.version_combo.findData(view.version["version"]))
        self.version_combo.blockSignals(False)
        # a sent version is in the language it was sent in; a concept's can still change
        language = (view.snapshot or {}).get("language") or proposal["language"] or "nl"
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setEnabled(view.editable)

    def _show_totals(self, totals: Any) -> None:
        lang = self._lang
        self.total_values["excl"].setText(money(totals.excl_cents, lang))
        self.total_values["vat"].setText(money(totals.vat_cents, lang))
        self.total_values["incl"].setText(money(totals.incl_cents, lang))
        self.total_values["funding"].setText(
            f"− {money(totals.funding_cents, lang)}" if totals.funding_cents else money(0, lang)
        )
        self.total_values["employer"].setText(money(totals.employer_cents, lang))
        self.incomplete_note.setVisible(not totals.complete)

    def _set_editable(self, view: service.VersionView) -> None:
        editable = view.editable
        db_status = view.proposal["status"]
        current = view.version["version"] == view.proposal["current_version"]
        for widget in (self.funding_editor,):
            widget.setVisible(editable)
        self.up_action.setEnabled(editable)
        self.down_action.setEnabled(editable)
        self.remove_action.setEnabled(editable)
        for act in (self.up_action, self.down_action, self.remove_action):
            self._show_action(act, editable)
        can_send = editable
        can_edit = db_status in ("verzonden", "afgewezen", "verlopen")
        can_decide = current and db_status == "verzonden"
        self.send_action.setEnabled(can_send)  # what is missing is said when sending
        self._show_action(self.send_action, can_send)
        self.edit_action.setEnabled(can_edit)
        self._show_action(self.edit_action, can_edit)
        self.accept_action.setEnabled(can_decide)
        self.decline_action.setEnabled(can_decide)
        self._show_action(self.accept_action, can_decide)
        self._show_action(self.decline_action, can_decide)
        can_delete = view.can_delete
        self.delete_action.setEnabled(can_delete)
        self._show_action(self.delete_action, can_delete)
        self.save_action.setEnabled(True)
        self.print_action.setEnabled(True)
        if editable:
            self.frozen_note.hide()
        else:
            sent = service.local_day(view.version.get("sent_at"))
            note = self.tr("Deze versie is verzonden op {date} en ligt vast.").format(
                date=long_date(sent, self._lang) if sent else "—"
            )
            decided = service.decided_on(view.proposal) if current else None
            if decided and db_status == "geaccepteerd":
                note += " " + self.tr("Geaccepteerd op {date}.").format(
                    date=long_date(decided, self._lang)
                )
            elif decided and db_status == "afgewezen":
                note += " " + self.tr("Afgewezen op {date}.").format(
                    date=long_date(decided, self._lang)
                )
            if db_status != "geaccepteerd" and current:
                note += " " + self.tr("Kies Bewerken om een nieuwe versie te maken.")
            elif not current:
                note += " " + self.tr("Dit is een eerdere versie.")
            self.frozen_note.setText(note)
            self.frozen_note.show()

    def _show_empty_detail(self) -> None:
        self._view = None
        self._preview_generation += 1  # a preview still being made is not shown
        self.last_pdf = b""
        if self.list_model.rowCount() == 0:
            text = self.tr(
                "Er zijn nog geen voorstellen. Maak er een vanuit Matching: kies daar "
                "opleidingen bij een vraag van een werkgever."
            )
        else:
            text = self.tr("Kies een voorstel in de lijst.")
        self.placeholder.setText(text)
        self.detail_stack.setCurrentWidget(self.placeholder)
        for act in (self.edit_action, self.send_action, self.accept_action, self.decline_action,
                    self.delete_action, self.save_action, self.print_action, self.up_action,
                    self.down_action, self.remove_action):  # fmt: skip
            act.setEnabled(False)
        # hidden, not only disabled: the steps that apply show with a proposal, and buttons
        # that do not apply would hold the window wide
        for act in (self.edit_action, self.send_action, self.accept_action, self.decline_action,
                    self.delete_action, self.up_action, self.down_action,
                    self.remove_action):  # fmt: skip
            self._show_action(act, False)
        self.preview.show_message(self.tr("Kies een voorstel om het voorbeeld te zien."))

    def _fill_schemes(self) -> None:
        if self.scheme_combo.count():
            return
        try:
            schemes = service.funding_schemes(self.store)
        except Exception:
            log.exception("cannot read funding schemes")
            schemes = []
        for scheme in schemes:
            cap = (
                self.tr(", max. {amount}").format(amount=money(scheme.max_cents, self._lang, True))
                if scheme.max_cents is not None
                else ""
            )
            percent = number(scheme.percent, self._lang)
            text = f"{scheme.name} ({percent} %{cap})"
            self.scheme_combo.addItem(text, scheme.name)

    def toggle_preview(self, shown: bool) -> None:
        """Show the preview beside the proposal (taking room from it), or fold it away."""
        self.detail_splitter.show_preview(shown)
        self._sync_preview()
        if shown:
            self.refresh_preview()  # drawn at its new width

    def _sync_preview(self) -> None:
        self.preview_action.setChecked(self.detail_splitter.sizes()[-1] > 0)

    def _on_language_chosen(self, index: int) -> None:
        lang = self.language_combo.itemData(index)
        view = self._view
        if not self._proposal_id or not view or not view.editable or not lang:
            return
        if lang == view.proposal["language"]:
            return
        try:
            service.set_language(self.store, self._proposal_id, str(lang))
        except (ProposalError, InputRefused) as exc:
            dialogs.show_error(
                self, self.tr("Taal niet gewijzigd"), service.message_of(exc, self._lang)
            )
            return
        self.context.say(self.tr("Taal van het voorstel gewijzigd"))
        self._refresh_list_row()
        self._changed()
        self._reload_lines()  # the header, and the preview in the new language

    def _on_version_chosen(self, index: int) -> None:
        version = self.version_combo.itemData(index)
        if self._proposal_id and version:
            self.show_proposal(self._proposal_id, int(version))

    def shown_version(self) -> int | None:
        return self._version

    # -- editing lines -----------------------------------------------------------------------

    def _commit_line(self, row: dict, column: int, text: str) -> dict | None:
        """A value typed in the lines table: checked, written, or refused with a message."""
        text = text.strip()
        changes: dict[str, Any] = {}
        try:
            if column == LineColumn.PARTICIPANTS:
                if not text.lstrip("-").isdigit():
                    raise ValueError(
                        self.tr("“{value}” is geen aantal; typ een heel getal, zoals 12.").format(
                            value=text
                        )
                    )
                changes["participants"] = int(text)
            elif column == LineColumn.GROUP_PRICE:
                changes["group_price_cents"] = self._cents(text) if text else None
            elif column == LineColumn.DISCOUNT:
                changes["discount_cents"] = self._cents(text) if text else 0
        except ValueError as exc:
            self._line_error(str(exc))
            return None
        return self._write_line(row, changes, self.line_message)

    def _commit_funding(self, row: dict, column: int, text: str) -> dict | None:
        try:
            cents = self._cents(text.strip())
        except ValueError as exc:
            self.funding_message.setText(str(exc))
            return None
        return self._write_line(row, {"amount_cents": cents}, self.funding_message)

    def _cents(self, text: str) -> int:
        """An amount typed in the window's language in cents, or ValueError with the message."""
        cents, problem = read_cents(text, self._lang)
        if cents is None:
            raise ValueError(problem)
        return cents

    def _write_line(self, row: dict, changes: dict, message: QLabel) -> dict | None:
        if not self._proposal_id:
            return None
        try:
            stored = service.update_line(self.store, self._proposal_id, row["id"], **changes)
        except (PricingError, ProposalError, InputRefused) as exc:
            message.setText(service.message_of(exc, self._lang))
            return None
        message.clear()
        self._after_edit()
        return stored

    def _line_error(self, text: str) -> None:
        self.line_message.setText(text)

    def _after_edit(self) -> None:
        """Totals and list row now, the PDF after a pause."""
        if not self._proposal_id:
            return
        view = service.version_view(self.store, self._proposal_id)
        self._view = view
        self._show_totals(view.totals)
        self._refresh_list_row()
        self._changed()
        self._preview_timer.start()

    def _refresh_list_row(self) -> None:
        keep = self._proposal_id
        self.table.selectionModel().blockSignals(True)
        try:
            self.list_model.set_rows(service.list_proposals(self.store))
            self._update_filter_counts()
            row = self._proxy_row(keep)
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(row, Column.NUMBER),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self.table.selectionModel().blockSignals(False)

    def _chosen_line(self) -> tuple[str, QTableView] | None:
        """The line the broker last chose, in the offerings or the funding table."""
        tables = [self._last_table] + [
            t for t in (self.lines_table, self.funding_table) if t is not self._last_table
        ]
        for table in tables:
            index = table.currentIndex()
            if index.isValid():
                return str(index.data(LineIdRole)), table
        return None

    def _remember_table(self, table: QTableView) -> None:
        self._last_table = table

    def remove_line(self) -> None:
        chosen = self._chosen_line()
        if not chosen or not self._proposal_id or not (self._view and self._view.editable):
            return
        line_id, _table = chosen
        try:
            service.remove_line(self.store, self._proposal_id, line_id)
        except (ProposalError, InputRefused) as exc:
            self._line_error(service.message_of(exc, self._lang))
            return
        self.context.say(self.tr("Regel verwijderd"))
        self._reload_lines()

    def move_line(self, steps: int) -> None:
        if not self._proposal_id or not (self._view and self._view.editable):
            return
        index = self.lines_table.currentIndex()
        if not index.isValid():
            return
        line_id = str(index.data(LineIdRole))
        try:
            service.move_line(self.store, self._proposal_id, line_id, steps)
        except (ProposalError, InputRefused) as exc:
            self._line_error(service.message_of(exc, self._lang))
            return
        column = index.column()
        self._reload_lines()
        row = self.lines_model.row_of(line_id)
        if row >= 0:
            self.lines_table.setCurrentIndex(self.lines_model.index(row, column))

    def _reload_lines(self) -> None:
        if not self._proposal_id:
            return
        self.show_proposal(self._proposal_id, None)
        self._refresh_list_row()
        self._changed()

    # -- funding -----------------------------------------------------------------------------

    def add_scheme_estimate(self) -> None:
        name = self.scheme_combo.currentData()
        if not self._proposal_id or not name:
            return
        try:
            service.add_scheme_estimate(self.store, self._proposal_id, str(name))
        except (PricingError, ProposalError, InputRefused) as exc:
            self.funding_message.setText(service.message_of(exc, self._lang))
            return
        self.funding_message.clear()
        self.context.say(self.tr("Bijdrage geraamd"))
        self._reload_lines()

    def add_manual_funding(self) -> None:
        if not self._proposal_id:
            return
        name = self.manual_name.text().strip()
        if not name:
            self.funding_message.setText(self.tr("Geef de naam van de regeling of het fonds."))
            self.manual_name.setFocus()
            return
        try:
            cents = self._cents(self.manual_amount.text().strip())
            service.add_funding(self.store, self._proposal_id, name, cents)
        except ValueError as exc:
            text = (
                service.message_of(exc, self._lang)
                if isinstance(exc, (PricingError, ProposalError))
                else str(exc)
            )
            self.funding_message.setText(text)
            return
        except InputRefused as exc:
            self.funding_message.setText(service.message_of(exc, self._lang))
            return
        self.funding_message.clear()
        self.manual_name.clear()
        self.manual_amount.clear()
        self.context.say(self.tr("Bijdrage toegevoegd"))
        self._reload_lines()

    # -- the life cycle ----------------------------------------------------------------------

    def send(self) -> None:
        view = self._view
        if not view or not view.editable or not self._proposal_id:
            return
        number = view.proposal["number"]
        question = self.tr(
            "Versie {version} van voorstel {number} verzenden? Daarna ligt deze versie "
            "vast; wijzigen kan alleen in een nieuwe versie."
        ).format(version=view.version["version"], number=number)
        warnings = self._send_warnings()
        if warnings:
            text = "{intro}\n{items}\n\n{question}".format(
                intro=self.tr("Let op:"),
                items="\n".join("• " + w for w in warnings),
                question=self.tr(
                    "Versie {version} van voorstel {number} toch verzenden? Daarna ligt deze "
                    "versie vast; wijzigen kan alleen in een nieuwe versie."
                ).format(version=view.version["version"], number=number),
            )
            yes, no = self.tr("Toch verzenden"), self.tr("Niet verzenden")
        else:
            text, yes, no = question, self.tr("Verzenden"), self.tr("Annuleren")
        if not dialogs.ask(self, self.tr("Voorstel verzenden"), text, yes, no):
            return
        try:
            service.send_proposal(self.store, self._proposal_id)
        except (ProposalError, PricingError, InputRefused) as exc:
            dialogs.show_error(self, self.tr("Niet verzonden"), service.message_of(exc, self._lang))
            return
        self.context.say(self.tr("Voorstel {number} verzonden").format(number=number))
        self._reload_lines()

    def _send_warnings(self) -> list[str]:
        """What the broker should know before sending, as sentences (empty: nothing)."""
        if not self._proposal_id:
            return []
        try:
            found = service.send_warnings(self.store, self._proposal_id)
        except (ProposalError, InputRefused):
            return []
        texts = {
            service.SEND_NO_OFFERINGS: self.tr(
                "Er staan geen opleidingen in het voorstel; de werkgever krijgt alleen een brief."
            ),
            service.SEND_PRICES_UNKNOWN: self.tr(
                "Niet alle prijzen zijn bekend: de totalen in het voorstel zijn onvolledig."
            ),
            service.SEND_FUNDING_EXCEEDS: self.tr(
                "De geschatte bijdragen zijn hoger dan de kosten incl. btw."
            ),
            service.SEND_NO_ORGANISATION: self.tr(
                "De naam van uw organisatie is niet ingevuld in Instellingen: boven het "
                "voorstel staat dan „Opleidingsmakelaar”."
            ),
        }
        return [texts[code] for code in found if code in texts]

    def revise(self) -> None:
        view = self._view
        if not view or not self._proposal_id:
            return
        try:
            version = service.revise(self.store, self._proposal_id)
        except (ProposalError, InputRefused) as exc:
            dialogs.show_error(
                self, self.tr("Geen nieuwe versie"), service.message_of(exc, self._lang)
            )
            return
        self.context.say(self.tr("Versie {version} gemaakt").format(version=version))
        self._version = version
        self.show_proposal(self._proposal_id, version)
        self._refresh_list_row()
        self._changed()

    def decide(self, status: str) -> None:
        view = self._view
        if not view or not self._proposal_id:
            return
        number = view.proposal["number"]
        if status == "geaccepteerd":
            question = self.tr("Voorstel {number} markeren als geaccepteerd?")
            yes = self.accept_action.text()
        else:
            question = self.tr("Voorstel {number} markeren als afgewezen?")
            yes = self.decline_action.text()
        if not dialogs.ask(
            self,
            self.tr("Uitkomst vastleggen"),
            question.format(number=number),
            yes,
            self.tr("Annuleren"),
        ):
            return
        try:
            service.decide(self.store, self._proposal_id, status)
        except (ProposalError, InputRefused) as exc:
            dialogs.show_error(
                self, self.tr("Niet vastgelegd"), service.message_of(exc, self._lang)
            )
            return
        self.context.say(
            self.tr("Voorstel {number}: {status}").format(
                number=number, status=self._labels[status].lower()
            )
        )
        self._reload_lines()

    def delete_concept(self) -> None:
        """A concept that was never sent leaves the list (soft delete); the bar above the page
        offers to take it back. A sent proposal is never deleted (the step is not shown)."""
        view = self._view
        if not view or not self._proposal_id or not view.can_delete:
            return
        number = view.proposal["number"]
        if not dialogs.ask(
            self,
            self.tr("Concept verwijderen"),
            self.tr(
                "Concept {number} voor {client} verwijderen? Het is nooit verzonden. U kunt "
                "dit direct daarna ongedaan maken."
            ).format(number=number, client=view.client_name),
            self.tr("Verwijderen"),
            self.tr("Behouden"),
        ):
            return
        proposal_id = self._proposal_id
        row = self.table.currentIndex().row()
        try:
            stamp = service.delete_concept(self.store, proposal_id)
        except (ProposalError, InputRefused) as exc:
            dialogs.show_error(
                self, self.tr("Niet verwijderd"), service.message_of(exc, self._lang)
            )
            return
        self._deleted = (proposal_id, number, stamp)
        self._proposal_id = None
        self._version = None
        self._preview_timer.stop()
        self._shown_timer.stop()
        self._changed()
        self.reload()
        next_row = min(row, self.proxy.rowCount() - 1)
        if next_row >= 0:
            self.table.selectRow(next_row)
        self.undo_bar.offer(self.tr("Voorstel {number} verwijderd.").format(number=number))
        self.undo_action.setEnabled(True)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_delete(self) -> None:
        """Ctrl+Z or the bar's button: the concept just deleted is back, and chosen."""
        deleted, self._deleted = self._deleted, None
        self.undo_action.setEnabled(False)
        offered = self.undo_bar.offered
        self.undo_bar.dismiss()
        if deleted is None or not offered:
            return
        proposal_id, number, stamp = deleted
        try:
            restored = service.restore_concept(self.store, proposal_id, stamp)
        except Exception:
            log.exception("cannot restore proposal %s", proposal_id)
            dialogs.show_error(
                self, self.tr("Niet teruggezet"), self.tr("Het concept kon niet worden teruggezet.")
            )
            return
        if not restored:
            return
        self._changed()
        self.reload(select=proposal_id)
        self.context.say(self.tr("Voorstel {number} teruggezet").format(number=number))

    # -- preview, PDF, printing --------------------------------------------------------------

    def _snapshot(self) -> dict | None:
        if not self._proposal_id:
            return None
        return service.snapshot_for(self.store, self._proposal_id, self._version)

    def _pdf_options(self) -> dict:
        """The broker's letterhead and own texts from Instellingen."""
        try:
            return proposal_texts.pdf_options(self.store)
        except Exception:
            log.exception("cannot read the broker's profile and texts")
            return {}

    def refresh_preview(self) -> None:
        """Make the PDF and its pictures again (in the background)."""
        self._preview_timer.stop()
        self._shown_timer.stop()
        if not self._proposal_id:
            return
        if self._preview_task is not None:
            self._preview_again = True
            return
        try:
            snapshot = self._snapshot()
        except Exception:
            log.exception("cannot build the snapshot")
            self.preview.show_message(self.tr("Het voorbeeld kon niet worden gemaakt."))
            return
        if snapshot is None:
            return
        options = self._pdf_options()
        dpi = self.preview.fit_dpi()  # drawn at the shown width: no scaling on the GUI thread
        self._preview_generation += 1
        generation = self._preview_generation
        self.preview.set_busy(True)

        def work(report: Any) -> Any:
            return preview_service.render_preview(snapshot, options, dpi=dpi, report=report)

        self._preview_task = self.context.tasks.start(
            work,
            on_done=lambda result: self._preview_done(generation, result),
            on_error=lambda exc: self._preview_failed(generation, exc),
            on_cancelled=lambda: self._preview_finished(),
        )

    def _preview_finished(self) -> bool:
        """The task ended; True when another preview was asked for meanwhile (and started)."""
        self._preview_task = None
        if self._preview_again:
            self._preview_again = False
            self.refresh_preview()
            return True
        return False

    def _preview_done(self, generation: int, result: Any) -> None:
        if self._preview_finished() or generation != self._preview_generation:
            return
        self.last_pdf = result.pdf
        self.preview.show_pages(result.pages)
        self.preview_ready.emit(len(result.pages))

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        log.error("preview failed: %s", exc)
        if self._preview_finished() or generation != self._preview_generation:
            return
        self.preview.set_busy(False)
        self.preview.show_message(self.tr("Het voorbeeld kon niet worden gemaakt."))
        self.task_failed.emit(str(exc))

    def suggested_file_name(self) -> str:
        view = self._view
        if not view:
            return "voorstel.pdf"
        name = self.tr("Voorstel {number} versie {version} {client}").format(
            number=view.proposal["number"], version=view.version["version"],
            client=view.client_name,
        )  # fmt: skip
        safe = "".join(c for c in name if c.isalnum() or c in " -_.&").strip()
        return safe + ".pdf"

    def _choose_pdf_path(self, suggested: str) -> str:
        """Where to save the PDF (tests replace this method)."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("PDF opslaan"),
            str(Path.home() / suggested),
            self.tr("PDF-bestanden (*.pdf)"),
        )
        return path

    def save_pdf(self) -> None:
        if not self._view:
            return
        path = self._choose_pdf_path(self.suggested_file_name())
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_pdf_to(Path(path))

    def save_pdf_to(self, path: Path) -> None:
        """Write the PDF of the shown version to ``path`` (in the background)."""
        snapshot, options = self._snapshot(), self._pdf_options()
        if snapshot is None:
            return
        self.save_action.setEnabled(False)

        def work(_report: Any) -> Any:
            return preview_service.save_pdf(snapshot, path, options)

        def done(_result: Any) -> None:
            self.save_action.setEnabled(True)
            self.context.say(self.tr("PDF opgeslagen: {file}").format(file=str(path)))
            self.pdf_saved.emit(str(path))

        def failed(exc: BaseException) -> None:
            self.save_action.setEnabled(True)
            log.error("saving the PDF failed: %s", exc)
            dialogs.show_error(
                self,
                self.tr("PDF niet opgeslagen"),
                self.tr("De PDF kon niet worden geschreven."),
                str(path),
            )
            self.task_failed.emit(str(exc))

        self.context.tasks.start(work, on_done=done, on_error=failed)

    def _make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_file_name().removesuffix(".pdf"))
        return printer

    def _ask_printer(self, printer: QPrinter) -> bool:
        """The system's print dialog (tests replace this method)."""
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Voorstel afdrukken"))
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def print_proposal(self) -> None:
        if not self._view:
            return
        printer = self._make_printer()
        if self._ask_printer(printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Make the pages at print resolution in the background, then paint them on
        ``printer``, each fitted to the printable area."""
        snapshot, options = self._snapshot(), self._pdf_options()
        if snapshot is None:
            return
        dpi = min(PRINT_DPI, max(72, printer.resolution()))
        self.print_action.setEnabled(False)
        self._printer = printer  # kept alive until the pages are painted

        def work(report: Any) -> Any:
            return preview_service.render_preview(snapshot, options, dpi=dpi, report=report)

        def done(result: Any) -> None:
            self.print_action.setEnabled(True)
            count = self._paint_pages(printer, result.pages)
            self._printer = None
            if count:
                self.context.say(self.tr("Voorstel naar de printer gestuurd"))
            self.printed.emit(count)

        def failed(exc: BaseException) -> None:
            self.print_action.setEnabled(True)
            self._printer = None
            log.error("printing failed: %s", exc)
            dialogs.show_error(
                self, self.tr("Niet afgedrukt"), self.tr("Het voorstel kon niet worden afgedrukt.")
            )
            self.task_failed.emit(str(exc))

        self.context.tasks.start(work, on_done=done, on_error=failed)

    def _paint_pages(self, printer: QPrinter, pages: list) -> int:
        painter = QPainter()
        if not painter.begin(printer):
            dialogs.show_error(
                self, self.tr("Niet afgedrukt"), self.tr("De printer kon niet worden gebruikt.")
            )
            return 0
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            area.moveTo(0, 0)
            for number, page in enumerate(pages):
                if number:
                    printer.newPage()
                image = to_image(page)
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                x = (area.width() - size.width()) // 2
                # the engine scales (a PDF printer keeps the picture at its own resolution)
                painter.drawImage(QRect(x, 0, size.width(), size.height()), image)
        finally:
            painter.end()
        return len(pages)


class _DetailScroll(QScrollArea):
    """The chosen proposal; scrolls sideways only in a window too small for it."""

    def needed_width(self) -> int:
        """As wide as the content needs: nothing cut off, no sideways scrolling."""
        body = self.widget()
        if body is None:
            return 0
        return (body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                + 2 * self.frameWidth())  # fmt: skip


class _DetailSplitter(QSplitter):
    """The detail left, the preview right. The preview gives way first: when the window
    narrows, the detail keeps the width its content needs and the preview gets what is left
    (down to nothing: folded away, and dragged open again by the handle)."""

    SMALLEST_PREVIEW = 180  # narrower than this a page cannot be read: fold it away
    REOPEN_PREVIEW = 280  # folded away by the window, opened again when this fits

    folded = Signal()  # the preview was folded away or opened again by a resize

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._folded = False  # by give_detail_room, not by the broker

    def show_preview(self, shown: bool) -> None:
        """Open the preview (at least REOPEN_PREVIEW wide) or fold it away, by hand."""
        self._folded = False
        total = sum(self.sizes())
        if not shown:
            self.setSizes([total, 0])
            return
        width = max(self.REOPEN_PREVIEW, total * 35 // 100)
        width = min(width, max(0, total - 200))
        self.setSizes([total - width, width])

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.give_detail_room()

    def give_detail_room(self) -> None:
        sizes = self.sizes()
        detail = self.widget(0)
        if len(sizes) != 2 or not isinstance(detail, QStackedWidget):
            return
        scroll = detail.currentWidget()
        if not isinstance(scroll, _DetailScroll):
            return
        total = sum(sizes)
        needed = scroll.needed_width()
        if sizes[1] == 0:
            if self._folded and total - needed >= self.REOPEN_PREVIEW:
                self._folded = False
                self.setSizes([total - self.REOPEN_PREVIEW, self.REOPEN_PREVIEW])
                self.folded.emit()
            return
        if needed <= sizes[0]:
            return
        left = total - needed
        if left < self.SMALLEST_PREVIEW:
            self._folded = True
            self.setSizes([total, 0])
            self.folded.emit()
        else:
            self.setSizes([needed, left])


class _ElidedLabel(QLabel):
    """One line that ends in "…" when the pane is too narrow (a long employer's name), with
    the whole text as its tooltip."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.text()) + 4,
                     super().sizeHint().height())  # fmt: skip

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.end()


def _table_look(table: QTableView) -> None:
    style_table(table)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it


def _fit_height(table: QTableView, rows: int, minimum: int, maximum: int) -> None:
    """As high as its rows (within bounds), so the page needs no scrolling for short lists."""
    shown = max(minimum, min(maximum, rows))
    height = table.horizontalHeader().sizeHint().height()
    height += shown * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth() + 2
    table.setFixedHeight(height)
