"""The "Overzicht" page: the broker's open work at a glance.

Four cards: the open intakes, the proposals per status with what they are worth, the sent
proposals that expire within two weeks, and the demand per sector of the open intakes. A
double-click or Enter on an intake or proposal opens it on its own page. Everything is read
again when the page is shown and when another page says the data changed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.formatting import money, number, short_date
from broker_app.domain.vocab import PROPOSAL_STATUSES, SECTORS, UnknownValue
from broker_app.proposals import overview as pipeline
from broker_app.proposals import service as proposal_service
from broker_app.ui.context import INTAKE, OVERVIEW, PROPOSALS, SETTINGS, AppContext
from broker_app.ui.views.page import Page
from broker_app.ui.widgets.charts import Bar, BarChart, StackedBar
from broker_app.ui.workers import Task

log = logging.getLogger(__name__)

IdRole = Qt.ItemDataRole.UserRole + 1  # the intake's or proposal's id
MAX_SECTORS = 10  # more sectors than this: the rest share one bar
Index = QModelIndex | QPersistentModelIndex

# Calm, distinguishable colours per proposal status (readable on a light and a dark window).
STATUS_COLORS = {
    "concept": QColor("#9aa5b1"),
    "verzonden": QColor("#3d7cc9"),
    "geaccepteerd": QColor("#3f9b6e"),
    "afgewezen": QColor("#c7675d"),
    "verlopen": QColor("#d5a03f"),
}
SECTOR_COLOR = QColor("#5b8fb9")
_ACRONYMS = {"ict": "ICT", "it": "IT", "hr": "HR"}

_CARD_STYLE = """
QScrollArea, QWidget#overviewCards { background: transparent; }
QFrame#overviewCard { background: palette(base); border: 1px solid palette(midlight);
    border-radius: 8px; }
QFrame#overviewCard QLabel { background: transparent; }
QFrame#overviewCard QTableView { border: none; background: palette(base);
    alternate-background-color: palette(alternate-base); }
QFrame#overviewCard QHeaderView::section { padding: 4px 6px; border: none;
    border-bottom: 1px solid palette(midlight); background: palette(base); font-weight: 600; }
"""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def sector_code(sector: str) -> str:
    """The code of a known sector, also when stored as a label (``detailhandel``, ``care``);
    another sector as it is."""
    try:
        return SECTORS.parse(sector)[0]
    except UnknownValue:
        return sector


def sector_label(sector: str, lang: str = "nl") -> str:
    """A known sector by its label in the window's language (``retail`` -> ``Detailhandel``,
    ``zorg`` -> ``Care`` in English); another as stored, capitalised (``hr`` -> ``HR``)."""
    if sector in SECTORS:
        return _capital(SECTORS.label(sector, lang))
    return _ACRONYMS.get(sector, _capital(sector))


def merge_sectors(sectors: list[dict]) -> list[dict]:
    """Rows of one sector stored in different ways (``retail``, ``detailhandel``) as one,
    most asked first; the rows without a sector stay apart (``sector`` None)."""
    merged: dict[str | None, dict] = {}
    for row in sectors:
        code = sector_code(row["sector"]) if row["sector"] else None
        into = merged.setdefault(code, {"sector": code, "lines": 0, "participants": 0})
        into["lines"] += row["lines"]
        into["participants"] += row["participants"]
    return sorted(
        merged.values(),
        key=lambda r: (-r["lines"], -r["participants"], r["sector"] is None, r["sector"] or ""),
    )


class SetupHint(QLabel):
    """A calm line with something still to set up; a click (or Enter, Space) goes there."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupHint")
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setStyleSheet(
            "QLabel#setupHint { background: #F0F4F8; border: 1px solid #D9E2EC; "
            "border-radius: 6px; padding: 8px 12px; color: #334E68; }"
            "QLabel#setupHint:focus { border-color: #3d7cc9; }"
        )

    def mouseReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


# -- a small read-only table ---------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    id: str
    cells: tuple[str, ...]
    tooltip: str = ""


class RowsModel(QAbstractTableModel):
    """Ready-made rows of text with an id each; the page formats the cells."""

    def __init__(self, headers: list[str], right_columns: tuple[int, ...] = (), parent=None):
        super().__init__(parent)
        self._headers = headers
        self._right = right_columns
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if index.column() in self._right
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if section in self._right
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None


# -- a card --------------------------------------------------------------------------------


class Card(QFrame):
    """A titled panel with a key figure, a short note, its content and an empty state."""

    def __init__(self, title: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewCard")
        self.title_label = QLabel(title, self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.figure_label = QLabel(self)
        figure_font = QFont(font)
        figure_font.setPointSizeF(font.pointSizeF() * 1.25)
        self.figure_label.setFont(figure_font)
        self.figure_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.note_label = QLabel(note, self)
        self.note_label.setObjectName("note")
        self.note_label.setStyleSheet("color: palette(placeholder-text);")
        self.note_label.setWordWrap(True)

        self.stack = QStackedWidget(self)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.stack.addWidget(self.empty_label)

        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self.title_label, 1)
        heading.addWidget(self.figure_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.note_label)
        layout.addSpacing(6)
        layout.addWidget(self.stack, 1)

    def set_content(self, widget: QWidget) -> None:
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.content = widget

    def show_empty(self, text: str | None) -> None:
        """``text`` shows the empty state; None shows the content."""
        if text is None:
            self.stack.setCurrentWidget(self.content)
        else:
            self.empty_label.setText(text)
            self.stack.setCurrentWidget(self.empty_label)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_label


def _table(parent: QWidget, model: RowsModel, name: str) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    return view


# -- the page ------------------------------------------------------------------------------


class OverviewPage(Page):
    """Lays out the four cards and fills them from the store."""

    key = OVERVIEW
    loaded = Signal()  # the cards show what was just read

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setStyleSheet(_CARD_STYLE)

        self.greeting_label = QLabel(self)
        greeting_font = QFont(self.greeting_label.font())
        greeting_font.setPointSizeF(greeting_font.pointSizeF() * 1.6)
        greeting_font.setWeight(QFont.Weight.DemiBold)
        self.greeting_label.setFont(greeting_font)
        self.date_label = QLabel(self)
        self.date_label.setStyleSheet("color: palette(placeholder-text);")
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.setup_hint = SetupHint(self)
        self.setup_hint.setText(
            self.tr(
                "Vul de naam van uw organisatie in bij Instellingen › Organisatie; die staat op "
                "elk voorstel."
            )
        )
        self.setup_hint.setAccessibleName(self.tr("Naam van uw organisatie invullen"))
        self.setup_hint.setToolTip(self.tr("Naar Instellingen › Organisatie"))
        self.setup_hint.clicked.connect(lambda: self.context.go(SETTINGS, section="organisation"))
        self.setup_hint.hide()
        self.refresh_button = QToolButton(self)
        self.refresh_button.setText(self.tr("Vernieuwen"))
        self.refresh_button.setToolTip(self.tr("Het overzicht opnieuw lezen (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Vernieuwen"))
        self.refresh_button.clicked.connect(self.refresh)
        self._refresh_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        self._refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._refresh_shortcut.activated.connect(self.refresh)

        # Open intakes
        self.intakes_card = Card(
            self.tr("Open intakes"),
            self.tr("Nieuwste eerst; dubbelklik of Enter opent de intake."),
            self,
        )
        self.intakes_model = RowsModel(
            [self.tr("Werkgever"), self.tr("Intake"), self.tr("Datum"), self.tr("Vragen")],
            right_columns=(2, 3),
            parent=self,
        )
        self.intakes_view = _table(self.intakes_card, self.intakes_model, self.tr("Open intakes"))
        for column in (0, 1):
            self.intakes_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.intakes_view.activated.connect(self._open_intake)
        self.intakes_card.set_content(self.intakes_view)

        # Proposals per status
        self.status_card = Card(
            self.tr("Voorstellen per status"),
            self.tr(
                "Waarde incl. btw van de huidige versie; klik op een balk voor de voorstellen."
            ),
            self,
        )
        status_box = QWidget(self.status_card)
        self.status_share = StackedBar(status_box)
        self.status_share.setAccessibleName(self.tr("Aantal voorstellen per status"))
        self.status_share.set_clickable(True)
        self.status_chart = BarChart(status_box)
        self.status_chart.setAccessibleName(self.tr("Waarde van de voorstellen per status"))
        self.status_chart.set_clickable(True)
        status_layout = QVBoxLayout(status_box)
        status_layout.setContentsMargins(0, 4, 0, 0)
        status_layout.setSpacing(14)
        status_layout.addWidget(self.status_share)
        status_layout.addWidget(self.status_chart, 1)
        self.status_share.bar_activated.connect(self._open_proposals)
        self.status_chart.bar_activated.connect(self._open_proposals)
        self.status_card.set_content(status_box)

        # Proposals that expire soon
        self.expiring_card = Card(
            self.tr("Verlopen binnenkort"),
            self.tr("Verzonden voorstellen die binnen 14 dagen verlopen; dubbelklik opent ze."),
            self,
        )
        self.expiring_model = RowsModel(
            [self.tr("Voorstel"), self.tr("Werkgever"), self.tr("Geldig tot"), self.tr("Nog"),
             self.tr("Waarde")],
            right_columns=(2, 3, 4),
            parent=self,
        )  # fmt: skip
        self.expiring_view = _table(
            self.expiring_card, self.expiring_model, self.tr("Voorstellen die binnenkort verlopen")
        )
        self.expiring_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.expiring_view.activated.connect(self._open_expiring)
        self.expiring_card.set_content(self.expiring_view)

        # Demand per sector
        self.sector_card = Card(
            self.tr("Vraag per sector"), self.tr("Vragen in open intakes, meest gevraagd eerst."),
            self,
        )  # fmt: skip
        self.sector_chart = BarChart(self.sector_card)
        self.sector_chart.setAccessibleName(self.tr("Vraag per sector"))
        self.sector_card.set_content(self.sector_chart)

        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.greeting_label)
        titles.addWidget(self.date_label)
        heading.addLayout(titles, 1)
        heading.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignBottom)

        # On a small screen the cards keep their readable size and the page scrolls.
        self.cards = QWidget(self)
        self.cards.setObjectName("overviewCards")
        grid = QGridLayout(self.cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(14)
        grid.addWidget(self.intakes_card, 0, 0)
        grid.addWidget(self.status_card, 0, 1)
        grid.addWidget(self.expiring_card, 1, 0)
        grid.addWidget(self.sector_card, 1, 1)
        for index in (0, 1):
            grid.setColumnStretch(index, 1)
            grid.setRowStretch(index, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(12)
        layout.addLayout(heading)
        layout.addWidget(self.error_label)
        layout.addWidget(self.setup_hint)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.cards)
        self.scroll_area.viewport().setAutoFillBackground(False)
        self.cards.setAutoFillBackground(False)
        layout.addWidget(self.scroll_area, 1)

        self.setTabOrder(self.intakes_view, self.status_chart)
        self.setTabOrder(self.status_chart, self.expiring_view)
        self.setTabOrder(self.expiring_view, self.sector_chart)
        self.setTabOrder(self.sector_chart, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.setup_hint)  # last: the work comes first

        self._task: Task | None = None
        self._again = False
        self._closed = False
        context.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        return self.tr("Overzicht")

    def activate(self, **arguments: Any) -> None:
        self.refresh()

    def shutdown(self) -> None:
        self._closed = True  # the window waits for a running read; no new one starts

    def today(self) -> date:
        return date.today()

    # -- reading -----------------------------------------------------------------------------

    def _on_data_changed(self, what: str) -> None:
        """Refresh now when the broker sees the page; otherwise ``activate`` will."""
        if self.isVisible():
            self.refresh()

    def busy(self) -> bool:
        """True while the figures are being read (tests wait for this to end)."""
        return self._task is not None

    def refresh(self) -> None:
        """Read everything again, off the GUI thread: on a big file the aggregates take a few
        hundred milliseconds. A refresh asked for while one runs follows when it ends."""
        if self._closed:
            return
        if self._task is not None:
            self._again = True
            return
        self._again = False
        today = self.today()
        self._show_heading(today)
        self._show_setup_hint()
        store = self.store

        def read_overview(report):
            return pipeline.read(store, today)

        # The callbacks are connected before the task starts: a quick read cannot slip by.
        self._task = self.context.tasks.start(
            read_overview,
            on_done=self._on_read,
            on_error=self._on_read_failed,
            on_cancelled=self._read_ended,
        )

    def _read_ended(self) -> None:
        self._task = None
        if self._again:
            self.refresh()
        else:
            self.loaded.emit()

    def _on_read_failed(self, error: BaseException) -> None:
        log.error("overview could not be read: %s", error)
        self.error_label.setText(
            self.tr("Het overzicht kon niet worden gelezen. Probeer het opnieuw (F5).")
        )
        self.error_label.show()
        self._read_ended()

    def _on_read(self, overview: pipeline.Overview) -> None:
        if not self._again:  # newer figures are on their way
            self.error_label.hide()
            self._show_intakes(overview.open_intake_count, overview.open_intakes)
            self._show_statuses(overview.statuses)
            self._show_expiring(overview.expiring)
            self._show_sectors(overview.sectors)
        self._read_ended()

    def _show_heading(self, today: date) -> None:
        hour = datetime.now().hour
        if hour < 12:
            self.greeting_label.setText(self.tr("Goedemorgen"))
        elif hour < 18:
            self.greeting_label.setText(self.tr("Goedemiddag"))
        else:
            self.greeting_label.setText(self.tr("Goedenavond"))
        locale = QLocale(QLocale.Language.English if self.lang == "en" else QLocale.Language.Dutch)
        day = QDate(today.year, today.month, today.day)
        self.date_label.setText(_capital(locale.toString(day, "dddd d MMMM yyyy")))

    def _show_setup_hint(self) -> None:
        """While the broker's organisation has no name, say where to fill it in (it heads
        every proposal). One small settings read; a file that cannot be read says nothing."""
        try:
            name = str(proposal_service.broker_profile(self.store).get("name") or "").strip()
        except Exception:
            log.exception("cannot read the organisation's name")
            name = "?"
        self.setup_hint.setVisible(not name)

    def _count(self, value: int) -> str:
        return number(value, self.lang)

    def _show_intakes(self, count: int, intakes: list[dict]) -> None:
        self.intakes_card.figure_label.setText(self._count(count))
        rows = []
        for intake in intakes:
            when = _parse_date(intake["intake_date"])
            rows.append(
                Row(
                    intake["id"],
                    (
                        intake["client_name"],
                        intake["title"] or self.tr("(zonder titel)"),
                        short_date(when, self.lang) if when else "—",
                        self._count(intake["lines"]),
                    ),
                    self.tr("{client}: {title}").format(
                        client=intake["client_name"], title=intake["title"] or ""
                    ),
                )
            )
        self.intakes_model.set_rows(rows)
        if count > len(intakes):
            self.intakes_card.note_label.setText(
                self.tr("De nieuwste {shown} van {total}; dubbelklik of Enter opent de intake.")
                .format(shown=self._count(len(intakes)), total=self._count(count))
            )  # fmt: skip
        else:
            self.intakes_card.note_label.setText(
                self.tr("Nieuwste eerst; dubbelklik of Enter opent de intake.")
            )
        self.intakes_card.show_empty(None if rows else self.tr("Geen open intakes"))

    def _proposals_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 voorstel")
        return self.tr("{count} voorstellen").format(count=self._count(count))

    def _show_statuses(self, statuses: list[pipeline.StatusSummary]) -> None:
        total = sum(s.count for s in statuses)
        self.status_card.figure_label.setText(self._count(total))
        share, values = [], []
        for summary in statuses:
            label = _capital(PROPOSAL_STATUSES.label(summary.status, self.lang))
            amount = money(summary.incl_cents, self.lang)
            if not summary.complete:
                tip = self.tr("{status}: {count}, samen {amount} incl. btw (niet alles geprijsd)")
            else:
                tip = self.tr("{status}: {count}, samen {amount} incl. btw")
            tip = tip.format(status=label, count=self._proposals_text(summary.count),
                             amount=amount)  # fmt: skip
            color = STATUS_COLORS.get(summary.status)
            share.append(
                Bar(summary.status, label, summary.count, self._count(summary.count), tip, color)
            )
            values.append(
                Bar(summary.status, self.tr("{status} ({count})").format(
                    status=label, count=self._count(summary.count)),
                    summary.incl_cents, amount, tip, color)
            )  # fmt: skip
        self.status_share.set_bars(share)
        self.status_chart.set_bars(values)
        self.status_card.show_empty(None if total else self.tr("Nog geen voorstellen"))

    def _show_expiring(self, expiring: list[pipeline.Expiring]) -> None:
        self.expiring_card.figure_label.setText(self._count(len(expiring)))
        rows = []
        for item in expiring:
            if item.days_left == 0:
                left = self.tr("vandaag")
            elif item.days_left == 1:
                left = self.tr("morgen")
            else:
                left = self.tr("{days} dagen").format(days=self._count(item.days_left))
            rows.append(
                Row(
                    item.proposal_id,
                    (item.number, item.client_name, short_date(item.valid_until, self.lang),
                     left, money(item.incl_cents, self.lang)),
                    item.title or "",
                )
            )  # fmt: skip
        self.expiring_model.set_rows(rows)
        self.expiring_card.show_empty(
            None if rows else self.tr("Geen voorstellen die binnen 14 dagen verlopen")
        )

    def _show_sectors(self, sectors: list[dict]) -> None:
        sectors = merge_sectors(sectors)
        lines = sum(s["lines"] for s in sectors)
        self.sector_card.figure_label.setText(self._count(lines))
        shown, rest = sectors[:MAX_SECTORS], sectors[MAX_SECTORS:]
        if len(rest) == 1:
            shown, rest = sectors, []
        bars = []
        for sector in shown:
            name = sector["sector"]
            label = sector_label(name, self.lang) if name else self.tr("Geen sector")
            bars.append(self._sector_bar(name or "", label, sector["lines"],
                                         sector["participants"]))  # fmt: skip
        if rest:
            label = self.tr("Overige ({count} sectoren)").format(count=self._count(len(rest)))
            bars.append(self._sector_bar("", label, sum(s["lines"] for s in rest),
                                         sum(s["participants"] for s in rest)))  # fmt: skip
        self.sector_chart.set_bars(bars)
        self.sector_card.show_empty(None if bars else self.tr("Geen vraag in open intakes"))

    def _sector_bar(self, key: str, label: str, lines: int, participants: int) -> Bar:
        text = self.tr("1 vraag") if lines == 1 else self.tr("{count} vragen").format(
            count=self._count(lines))  # fmt: skip
        people = (
            self.tr("1 deelnemer")
            if participants == 1
            else self.tr("{count} deelnemers").format(count=self._count(participants))
        )
        tip = self.tr("{sector}: {demand}, {people}").format(
            sector=label, demand=text, people=people
        )
        return Bar(key, label, lines, text, tip, SECTOR_COLOR)

    # -- going elsewhere ---------------------------------------------------------------------

    def _open_intake(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.go(INTAKE, intake_id=index.data(IdRole))

    def _open_expiring(self, index: QModelIndex) -> None:
        if index.isValid():
            self.context.go(PROPOSALS, proposal_id=index.data(IdRole))

    def _open_proposals(self, status: str) -> None:
        self.context.go(PROPOSALS)


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
