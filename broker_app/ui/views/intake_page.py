"""The "Intake" page: a guided form for one conversation with an employer.

Nothing here has a Save button. Every valid change is queued and written within
``SAVE_DELAY_MS`` (one short transaction per intake or demand line), and at once when a field
loses focus, another line or intake is opened, the page is left or the window closes
(:meth:`IntakePage.shutdown`). "Opgeslagen om 14:32" says when the last write landed.

When a write fails (a read-only or locked file) nothing the broker typed is lost: the changes
stay queued and on screen (a reload shows them over the stored values), every next change,
leaving or reopening the page tries again, and before another intake is opened or the window
closes the broker is asked: try again, or throw the changes away.

When another window or the command line holds the database (a big import writes for seconds),
the timed save waits at most ``AUTOSAVE_WAIT_MS`` (the window does not freeze), says the
database is busy and tries again every ``BUSY_RETRY_MS`` until the write lands.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTime, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from broker_app.store import intakes
from broker_app.store.database import is_busy
from broker_app.store.matching import catalogue_cities
from broker_app.ui import dialogs
from broker_app.ui.context import (
    CATALOGUE_DATA,
    CLIENTS_DATA,
    INTAKE,
    INTAKES_DATA,
    MATCHING,
    AppContext,
)
from broker_app.ui.views.page import Page
from broker_app.ui.views.partials.intake_demand_form import GROUP_STYLE, DemandLineForm, Section
from broker_app.ui.views.partials.intake_header import IntakeChooser, IntakeDetails, OpenIntakes
from broker_app.ui.views.partials.intake_participants import ParticipantsPanel

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 300
AUTOSAVE_WAIT_MS = 250  # a timed save waits this long for another program's write lock
BUSY_RETRY_MS = 1500  # and is tried again this often while the database stays busy
CONTENT_WIDTH = 1060
LAST_INTAKE_KEY = "intake/last"

_TABS_STYLE = """
QTabBar::tab { padding: 6px 16px; margin-right: 2px; border: 1px solid palette(midlight);
    border-bottom: none; border-top-left-radius: 5px; border-top-right-radius: 5px;
    background: palette(button); }
QTabBar::tab:selected { background: palette(base); font-weight: 600; }
"""
_PRIMARY = """
QPushButton { background: #0b5394; color: white; border: 1px solid #0b5394; border-radius: 4px;
    padding: 6px 16px; font-weight: 600; }
QPushButton:hover { background: #0d62ad; }
QPushButton:focus { border: 2px solid #f0b429; }
"""


class IntakePage(Page):
    key = INTAKE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._intake_id: str | None = None
        self._client_id: str | None = None
        self._line_ids: list[str] = []
        self._line_id: str | None = None
        self._last_intake: str | None = None
        self._pending_intake: dict[str, dict[str, Any]] = {}
        self._pending_lines: dict[str, dict[str, Any]] = {}
        self._clients_stale = True
        self._cities_loaded = False
        self._own_change = False
        self._watched_window: QWidget | None = None  # asked before it closes with unsaved work

        self.chooser = IntakeChooser(self.lang, self)
        self.saved_label = self.chooser.saved_label

        # -- the form, in a scroll area ------------------------------------------------------
        self.details = IntakeDetails(self)
        self.tabs = QTabBar(self)
        self.tabs.setStyleSheet(_TABS_STYLE)
        self.tabs.setAccessibleName(self.tr("Vragen van deze intake"))
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.add_line_button = QPushButton(self.tr("+ Vraag toevoegen"), self)
        self.add_line_button.setToolTip(self.tr("Nog een vraag bij deze intake (Ctrl+Shift+N)"))
        self.remove_line_button = QPushButton(self.tr("Vraag verwijderen"), self)
        self.remove_line_button.setToolTip(self.tr("Deze vraag en haar deelnemers verwijderen"))
        self.search_button = QPushButton(self.tr("Zoek aanbod"), self)
        self.search_button.setStyleSheet(_PRIMARY)
        self.search_button.setToolTip(self.tr("Zoek passend aanbod voor deze vraag (Ctrl+Enter)"))
        lines_bar = QHBoxLayout()
        lines_bar.setContentsMargins(0, 14, 0, 0)
        lines_bar.setSpacing(8)
        lines_bar.addWidget(self.tabs, 0, Qt.AlignmentFlag.AlignBottom)
        lines_bar.addStretch(1)
        lines_bar.addWidget(self.add_line_button)
        lines_bar.addWidget(self.remove_line_button)
        lines_bar.addWidget(self.search_button)
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: palette(midlight);")

        self.form = DemandLineForm(self.lang, self)
        self.no_lines = QLabel(
            self.tr("Deze intake heeft nog geen vraag. Voeg er een toe met “Vraag toevoegen”."),
            self,
        )
        self.no_lines.setStyleSheet("color: #52606d; padding: 18px 4px;")
        self.participants_section = Section(self.tr("Deelnemers (optioneel)"), self)
        self.participants = ParticipantsPanel(self.store, self, lang=self.context.lang)
        self.participants_section.grid.addWidget(self.participants, 0, 0, 1, 3)
        self.form.layout().addWidget(self.participants_section)

        content = QWidget(self)
        content.setMaximumWidth(CONTENT_WIDTH)
        content.setStyleSheet(GROUP_STYLE)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 4, 0, 24)
        content_layout.setSpacing(4)
        content_layout.addWidget(self.details)
        content_layout.addLayout(lines_bar)
        content_layout.addWidget(rule)
        content_layout.addWidget(self.no_lines)
        content_layout.addWidget(self.form)
        content_layout.addStretch(1)
        centre = QWidget(self)
        centre_layout = QHBoxLayout(centre)
        centre_layout.setContentsMargins(16, 0, 16, 0)
        centre_layout.addWidget(content, 1)
        centre_layout.addStretch(0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(centre)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own

        self.open_list = OpenIntakes(self.lang, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.open_list)
        self.stack.addWidget(self.scroll)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(16, 12, 16, 10)
        top_layout.addWidget(self.chooser)
        top_rule = QFrame(self)
        top_rule.setFrameShape(QFrame.Shape.HLine)
        top_rule.setStyleSheet("color: palette(midlight);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(top_rule)
        layout.addWidget(self.stack, 1)

        # -- saving --------------------------------------------------------------------------
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._autosave)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(BUSY_RETRY_MS)
        self._retry_timer.timeout.connect(self._autosave)

        # -- wiring --------------------------------------------------------------------------
        self.chooser.client_chosen.connect(self._on_client_chosen)
        self.chooser.intake_chosen.connect(self.open_intake)
        self.chooser.new_intake_requested.connect(self.new_intake)
        self.open_list.intake_chosen.connect(self.open_intake)
        self.details.field_changed.connect(self._queue_intake)
        self.form.field_changed.connect(self._queue_line)
        self.form.title_edit.textChanged.connect(self._update_tab_tooltip)
        self.participants.model.saved.connect(self._show_saved)
        self.tabs.currentChanged.connect(self._on_tab)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button.clicked.connect(self.remove_line)
        self.search_button.clicked.connect(self.search_offerings)
        self._shortcuts = []
        for keys, slot in (
            ("Ctrl+Shift+N", self.add_line),
            ("Ctrl+Return", self.search_offerings),
            ("Ctrl+Enter", self.search_offerings),
            ("Ctrl+N", self.new_intake),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)
        self._set_tab_order()
        context.data_changed.connect(self._on_data_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self._show_lines_state()

    def title(self) -> str:
        return self.tr("Intake")

    def _set_tab_order(self) -> None:
        """Top to bottom: employer and intake, the conversation, the questions' bar, the form
        (each field before its moet/liever switch), then the participants."""
        chooser, details, panel = self.chooser, self.details, self.participants
        chain = [
            chooser.client_combo,
            chooser.intake_combo,
            chooser.new_button,
            details.title_edit,
            details.date_edit,
            details.status_combo,
            details.notes_edit,
            self.tabs,
            self.add_line_button,
            self.remove_line_button,
            self.search_button,
            *self.form.tab_chain(),
            panel.table,
            panel.add_button,
            panel.remove_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- the page's life ---------------------------------------------------------------------

    def activate(self, **arguments: Any) -> None:
        self._load_lookups()
        if arguments.get("client_id"):
            self.new_intake(arguments["client_id"])
        elif arguments.get("intake_id"):
            self.open_intake(arguments["intake_id"], arguments.get("demand_line_id"))
        elif self._intake_id and intakes.get_intake(self.store.db, self._intake_id):
            self.flush()  # what could not be saved before: try again, keep it on screen
            self._refresh_chooser()
        elif self._last_intake and intakes.get_intake(self.store.db, self._last_intake):
            self.open_intake(self._last_intake)
        else:
            self.show_open_intakes()

    def shutdown(self) -> None:
        if not self.flush():
            # field names only: the log is no place for what the broker typed (AVG)
            log.error("the window closed with unsaved intake changes: %s %s",
                      _field_names(self._pending_intake),
                      _field_names(self._pending_lines))  # fmt: skip
        self._save_timer.stop()
        self._retry_timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._on_focus_changed)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(LAST_INTAKE_KEY, self._intake_id or self._last_intake or "")

    def restore_state(self, settings: QSettings) -> None:
        value = settings.value(LAST_INTAKE_KEY)
        self._last_intake = str(value) if value else None

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # another page is shown: write what is pending now
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched_window:
            window.installEventFilter(self)  # to ask before it closes with unsaved changes
            self._watched_window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._watched_window
            and event.type() == QEvent.Type.Close
            and self.has_pending()
            and not self._settle()
        ):
            event.ignore()  # the broker chose to try again and it failed: the window stays
            return True
        return super().eventFilter(watched, event)

    # -- opening -----------------------------------------------------------------------------

    def show_open_intakes(self) -> None:
        if not self._settle():
            self._refresh_chooser()
            return
        self._intake_id = None
        self._line_id = None
        self.open_list.set_intakes(intakes.recent_intakes(self.store.db, status="open"),
                                   self.chooser)  # fmt: skip
        self.chooser.select_client(None)
        self.chooser.set_intakes([], None)
        self.stack.setCurrentWidget(self.open_list)

    def show_client(self, client_id: str) -> None:
        """The employer's newest intake, or the open intakes with this employer chosen."""
        if not self._settle():
            self._refresh_chooser()  # the employer of the intake still shown
            return
        rows = intakes.intakes_for_client(self.store.db, client_id)
        if rows:
            self.open_intake(rows[0]["id"])
            return
        self.show_open_intakes()
        self._client_id = client_id
        self.chooser.select_client(client_id)
        self.saved_label.set_status(self.tr("Nog geen intake voor deze werkgever"))

    def open_intake(self, intake_id: str, demand_line_id: str | None = None) -> None:
        same = intake_id == self._intake_id
        if not same and not self._settle():
            self._refresh_chooser()  # the intake still shown stays chosen
            return
        self.flush()
        intake = intakes.get_intake(self.store.db, intake_id)
        if intake is None:
            self.context.say(self.tr("Deze intake bestaat niet meer."))
            self.show_open_intakes()
            return
        self._intake_id = intake_id
        self._last_intake = intake_id
        self._client_id = intake["client_id"]
        self.details.load({**intake, **self._pending_intake.get(intake_id, {})})
        self._refresh_chooser()
        self._load_lines(select=demand_line_id or (self._line_id if same else None))
        self.stack.setCurrentWidget(self.scroll)
        if not same:
            self.scroll.verticalScrollBar().setValue(0)
        if self.has_pending():
            self._show_not_saved()
        else:
            self.saved_label.set_status(self.tr("Wordt vanzelf opgeslagen"))

    def new_intake(self, client_id: str | None = None) -> None:
        """A new open intake with one empty demand line, for the employer (created at once)."""
        client_id = client_id or self.chooser.current_client() or self._client_id
        if not client_id:
            self.context.say(self.tr("Kies eerst een werkgever."))
            self.chooser.client_combo.setFocus()
            return
        if not self._settle():
            return
        try:
            intake_id = intakes.create_intake(
                self.store.db, client_id, intake_date=date.today().isoformat()
            )
        except Exception:  # a read-only or locked file
            self._write_refused()
            return
        self._changed()
        self.open_intake(intake_id)
        self.details.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_chooser(self) -> None:
        if self._clients_stale:
            self.chooser.set_clients(intakes.client_choices(self.store.db), self._client_id)
            self._clients_stale = False
        else:
            self.chooser.select_client(self._client_id)
        rows = intakes.intakes_for_client(self.store.db, self._client_id) if self._client_id else []
        self.chooser.set_intakes(rows, self._intake_id)

    def _load_lookups(self) -> None:
        if self._clients_stale:
            self.chooser.set_clients(intakes.client_choices(self.store.db), self._client_id)
            self._clients_stale = False
        if not self._cities_loaded:
            self.form.set_cities(catalogue_cities(self.store.db))
            self._cities_loaded = True

    def _on_client_chosen(self, client_id: str) -> None:
        if client_id != self._client_id or self._intake_id is None:
            self.show_client(client_id)

    # -- demand lines ------------------------------------------------------------------------

    def _load_lines(self, select: str | None = None) -> None:
        lines = intakes.demand_lines(self.store.db, self._intake_id) if self._intake_id else []
        self._line_ids = [line["id"] for line in lines]
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for number, line in enumerate(lines, start=1):
            self.tabs.addTab(self.tr("Vraag {number}").format(number=number))
            self.tabs.setTabToolTip(number - 1, line.get("title") or "")
        self.tabs.blockSignals(False)
        index = self._line_ids.index(select) if select in self._line_ids else 0
        if lines:
            self.tabs.setCurrentIndex(index)
            self._show_line(lines[index])
        else:
            self._line_id = None
            self.participants.load(None)
        self._show_lines_state()

    def _show_line(self, line: dict[str, Any]) -> None:
        self._line_id = line["id"]
        self.form.load({**line, **self._pending_lines.get(line["id"], {})})  # unsaved on top
        self.participants.load(line["id"])

    def _show_lines_state(self) -> None:
        has_lines = bool(self._line_ids)
        self.form.setVisible(has_lines)
        self.no_lines.setVisible(not has_lines)
        self.remove_line_button.setEnabled(has_lines)
        self.search_button.setEnabled(has_lines)
        self.add_line_button.setEnabled(self._intake_id is not None)

    def _on_tab(self, index: int) -> None:
        if not 0 <= index < len(self._line_ids):
            return
        self.flush()
        line = intakes.get_demand_line(self.store.db, self._line_ids[index])
        if line is not None:
            self._show_line(line)

    def current_line_id(self) -> str | None:
        return self._line_id

    def add_line(self) -> None:
        if self._intake_id is None or not self.isVisible():
            return
        self.flush()
        try:
            line_id = intakes.add_demand_line(self.store.db, self._intake_id)
        except Exception:
            self._write_refused()
            return
        self._changed()
        self._load_lines(select=line_id)
        self.form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_line(self) -> None:
        if self._line_id is None:
            return
        number = self._line_ids.index(self._line_id) + 1
        title = self.form.title_edit.text().strip()
        text = (
            self.tr("Vraag {number} ({title}) en haar deelnemers verwijderen?").format(
                number=number, title=title
            )
            if title
            else self.tr("Vraag {number} en haar deelnemers verwijderen?").format(number=number)
        )
        if not dialogs.ask(self, self.tr("Vraag verwijderen"), text, self.tr("Verwijderen"),
                           self.tr("Bewaren")):  # fmt: skip
            return
        self.flush()
        try:
            intakes.delete_demand_line(self.store.db, self._line_id)
        except Exception:
            self._write_refused()
            return
        self._pending_lines.pop(self._line_id, None)
        self._changed()
        keep = self._line_ids[number - 2] if number > 1 else None
        self._load_lines(select=keep)

    def _update_tab_tooltip(self, text: str) -> None:
        index = self.tabs.currentIndex()
        if index >= 0:
            self.tabs.setTabToolTip(index, text.strip())

    def search_offerings(self) -> None:
        """Save, then ask the matching page for offerings that fit this demand line."""
        if self._line_id is None or not self.isVisible():
            return
        if not self.form.check_required() and not self.form.competences.chips():
            self.form.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.form.competences.commit_text()
        self.flush()
        self.context.go(MATCHING, demand_line_id=self._line_id)

    # -- saving ------------------------------------------------------------------------------

    def _queue_intake(self, name: str, value: object) -> None:
        if self._intake_id is None:
            return
        self._pending_intake.setdefault(self._intake_id, {})[name] = value
        self._arm()

    def _queue_line(self, name: str, value: object) -> None:
        if self._line_id is None:
            return
        self._pending_lines.setdefault(self._line_id, {})[name] = value
        self._arm()

    def _arm(self) -> None:
        # Not restarted on every key: a change is written at most SAVE_DELAY_MS after it.
        if not self._save_timer.isActive():
            self._save_timer.start()

    def has_pending(self) -> bool:
        return bool(self._pending_intake or self._pending_lines)

    def _autosave(self) -> None:
        """The timed save: waits only briefly for another program; busy means: again soon."""
        with self.store.waiting_at_most(AUTOSAVE_WAIT_MS):
            self.flush()

    def flush(self) -> bool:
        """Write every pending change now (one short transaction per intake or line); False
        when some could not be written (they stay pending, and on screen)."""
        self._save_timer.stop()
        self._retry_timer.stop()
        if not self.has_pending():
            return True
        relabel = any(  # what the intake chooser shows of the open intake
            name in ("title", "intake_date", "status")
            for name in self._pending_intake.get(self._intake_id or "", {})
        )
        failed = busy = False
        for table, pending, write in (
            ("intakes", self._pending_intake, intakes.update_intake),
            ("demand_lines", self._pending_lines, intakes.update_demand_line),
        ):
            for row_id in list(pending):
                fields = pending[row_id]
                try:
                    write(self.store.db, row_id, **fields)
                except intakes.IntakeWriteError:
                    log.exception("refused write to %s %s: %s", table, row_id, sorted(fields))
                except Exception as exc:  # the file is locked or gone: keep the change, say so
                    if is_busy(exc):
                        log.warning("database busy, %s %s saved later: %s", table, row_id, exc)
                        busy = True
                    else:
                        log.exception("could not save %s %s", table, row_id)
                    failed = True
                    continue
                del pending[row_id]
        if failed:
            if busy:
                self._show_busy()
                self._retry_timer.start()  # another program writes: try again in a moment
            else:
                self._show_not_saved()
            return False
        self._show_saved()
        self._changed()
        if relabel and self._client_id:
            rows = intakes.intakes_for_client(self.store.db, self._client_id)
            self.chooser.set_intakes(rows, self._intake_id)
        return True

    def _settle(self) -> bool:
        """Before another intake is shown or the window closes: write what is pending; when
        that fails, ask whether to try again or throw the changes away. True: go on."""
        if self.flush():
            return True
        discard = dialogs.ask(
            self.window(),
            self.tr("Niet opgeslagen"),
            self.tr("Deze wijzigingen zijn nog niet opgeslagen: de database is niet bereikbaar "
                    "(alleen-lezen of in gebruik). Opnieuw proberen, of de wijzigingen "
                    "weggooien?"),
            self.tr("Weggooien"),
            self.tr("Opnieuw proberen"),
        )  # fmt: skip
        if discard:
            self._pending_intake.clear()
            self._pending_lines.clear()
            self.saved_label.set_status(self.tr("Wijzigingen weggegooid"), error=True)
            return True
        if self.flush():
            return True
        self.context.say(self.tr("Nog steeds niet opgeslagen: de database is niet bereikbaar."))
        return False

    def _write_refused(self) -> None:
        """A new intake or question could not be made (or one not removed): say so calmly."""
        log.exception("intake write refused")
        self.saved_label.set_status(
            self.tr("Niet gelukt: de database is niet bereikbaar (alleen-lezen of in gebruik)."),
            error=True,
        )

    def _show_not_saved(self) -> None:
        self.saved_label.set_status(
            self.tr("Niet opgeslagen: de database is niet bereikbaar. Wat u typte blijft staan; "
                    "bij de volgende wijziging wordt het opnieuw geprobeerd."),
            error=True,
        )  # fmt: skip

    def _show_busy(self) -> None:
        self.saved_label.set_status(
            self.tr("Database bezig in ander venster"),
            error=True,
            hint=self.tr("Nog niet opgeslagen: de database is bezig in een ander venster of "
                         "programma. Wat u typte blijft staan en wordt vanzelf opgeslagen zodra "
                         "de database vrij is."),
        )  # fmt: skip

    def _show_saved(self) -> None:
        self.saved_label.set_status(
            self.tr("Opgeslagen om {time}").format(time=QTime.currentTime().toString("HH:mm")),
            hint=self.tr("Elke wijziging wordt vanzelf opgeslagen."),
        )

    def _changed(self) -> None:
        self._own_change = True
        try:
            self.context.changed(INTAKES_DATA)
        finally:
            self._own_change = False

    def _on_data_changed(self, what: str) -> None:
        if what == CLIENTS_DATA:
            self._clients_stale = True
        elif what == CATALOGUE_DATA:
            self._cities_loaded = False
        if self.isVisible() and what == CLIENTS_DATA:
            self._refresh_chooser()

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.has_pending() and self.isAncestorOf(old):
            self.flush()


def _field_names(pending: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Which fields of which records wait to be saved, without their values."""
    return {row_id: sorted(fields) for row_id, fields in pending.items()}
