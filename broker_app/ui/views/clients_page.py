"""The "Klanten" page: the employers in a list that narrows as you type, and one employer in
full beside it: the form (saved field by field), the contacts and the history of intakes and
proposals.

Saving: a field is checked and written when the broker leaves it (or presses Enter, or
Ctrl+S for all fields). A wrong field keeps its message and is not written; the right ones
are. A new employer is written as soon as it has a name.
"""

from __future__ import annotations

import logging
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.client_checks import CLIENT_CHECKS, Checked
from broker_app.domain.formatting import long_date, number
from broker_app.store import clients as repo
from broker_app.store import privacy
from broker_app.ui import dialogs
from broker_app.ui.context import (
    CLIENTS,
    CLIENTS_DATA,
    INTAKE,
    INTAKES_DATA,
    PROPOSALS,
    PROPOSALS_DATA,
    AppContext,
)
from broker_app.ui.views.page import Page
from broker_app.ui.views.partials.client_contacts import ContactsPanel
from broker_app.ui.views.partials.client_form import FIELDS, ClientForm
from broker_app.ui.views.partials.client_history import HistoryPanel
from broker_app.ui.views.partials.client_table_model import (
    ClientFilterProxy,
    ClientIdRole,
    ClientTableModel,
    Column,
    sector_label,
)
from broker_app.ui.views.partials.client_undo_bar import UndoBar
from broker_app.ui.widgets.tables import style_table

log = logging.getLogger(__name__)

NARROW_LIST = 520  # below this width (pixels) the list leaves out the sector column
_DETAIL_STYLE = """
QWidget#clientDetail { background: palette(base); }
QLabel#clientTitle { font-size: 16pt; font-weight: 600; }
QLabel#clientSubtitle { color: #52606d; }
QLabel#sectionHeading { font-size: 11pt; font-weight: 600; }
QFrame#rule { color: palette(midlight); }
"""


class ClientsPage(Page):
    """Lays out the list and the detail, and does the writing (through the store)."""

    key = CLIENTS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        lang = context.lang
        self._client_id: str | None = None  # the employer in the detail; None: none or new
        self._new = False  # the detail shows a new employer that has no name yet
        self._saved: dict[str, Any] = {}  # the values as stored, to skip writes of no change
        self._loaded = False
        self._stale = False
        self._writing = False
        self._deleted: tuple[str, str] | None = None  # (client id, deleted_at) for undo

        # -- the list ----------------------------------------------------------------------
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam, plaats, sector of KvK-nummer"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Klanten zoeken"))
        self.search_edit.setToolTip(self.tr("Zoeken (Ctrl+F)"))
        self.search_edit.setMinimumHeight(32)
        self.new_button = QPushButton(self.tr("Nieuwe klant"), self)
        self.new_button.setToolTip(self.tr("Nieuwe klant (Ctrl+N)"))
        self.new_button.setMinimumHeight(32)
        self.new_button.setAutoDefault(False)

        self.model = ClientTableModel(lang, self)
        self.proxy = ClientFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Klanten"))
        self._setup_table()
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #616e7c;")

        list_pane = QWidget(self)
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(8)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.new_button)
        list_layout.addLayout(search_row)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count_label)

        # -- the detail --------------------------------------------------------------------
        self.title_label = QLabel(self)
        self.title_label.setObjectName("clientTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("clientSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.intake_button = QPushButton(self.tr("Nieuwe intake"), self)
        self.intake_button.setToolTip(self.tr("Een nieuwe intake beginnen voor deze klant"))
        self.delete_button = QPushButton(self.tr("Verwijderen"), self)
        self.delete_button.setToolTip(self.tr("Deze klant verwijderen (Del in de lijst)"))
        self.privacy_button = QPushButton(self.tr("AVG"), self)
        self.privacy_button.setToolTip(
            self.tr("Alle gegevens van deze klant exporteren, of de persoonsgegevens wissen")
        )
        self.privacy_button.setAccessibleName(self.tr("AVG-acties voor deze klant"))
        privacy_menu = QMenu(self.privacy_button)
        self.export_action = privacy_menu.addAction(self.tr("Alles exporteren (AVG)…"))
        self.export_action.triggered.connect(self.export_all)
        self.erase_action = privacy_menu.addAction(self.tr("Persoonsgegevens wissen…"))
        self.erase_action.triggered.connect(self.erase_personal_data)
        privacy_menu.setToolTipsVisible(True)  # "Al gewist op …" on the disabled action
        self.privacy_button.setMenu(privacy_menu)
        for button in (self.intake_button, self.privacy_button, self.delete_button):
            button.setAutoDefault(False)

        self.form = ClientForm(lang, self)
        self.contacts = ContactsPanel(context.store, lang, self)
        self.history = HistoryPanel(context.store, lang, self)

        detail = QWidget(self)
        detail.setObjectName("clientDetail")
        detail.setStyleSheet(_DETAIL_STYLE)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(20, 16, 20, 16)
        detail_layout.setSpacing(10)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        head.addLayout(titles, 1)
        head.addWidget(self.intake_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.privacy_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addLayout(head)
        detail_layout.addWidget(self._rule())
        detail_layout.addWidget(self.form)
        detail_layout.addSpacing(6)
        self.contacts.table.setMinimumHeight(96)
        self.history.table.setMinimumHeight(96)
        detail_layout.addWidget(self.contacts, 1)
        detail_layout.addSpacing(6)
        detail_layout.addWidget(self.history, 1)
        detail_layout.addStretch(0)
        self.detail = detail

        scroll = QScrollArea(self)
        scroll.setWidget(detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop for Tab; follows the focus
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #7b8794; font-size: 11pt;")
        self.detail_stack = QStackedWidget(self)
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(scroll)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(list_pane)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([520, 720])  # the form needs the room more than the list

        self.undo_bar = UndoBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

        # the list, its buttons, the form from top to bottom, the contacts, the history
        for table in (self.table, self.contacts.table, self.history.table):
            table.setTabKeyNavigation(False)  # Tab leaves a table; arrows move within it
        chain: list[QWidget] = [
            self.search_edit, self.table, self.new_button, self.intake_button,
            self.privacy_button, self.delete_button, *self.form.tab_chain(),
            self.contacts.add_button, self.contacts.edit_button, self.contacts.remove_button,
            self.contacts.table, self.history.table, self.undo_bar.undo_button,
            self.undo_bar.close_button,
        ]  # fmt: skip
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        # -- wiring ------------------------------------------------------------------------
        self.search_edit.textChanged.connect(self._on_search)
        self.search_edit.returnPressed.connect(self._focus_first_row)
        self.new_button.clicked.connect(self.new_client)
        self.intake_button.clicked.connect(self.new_intake)
        self.delete_button.clicked.connect(self.delete_client)
        self.undo_bar.undo_requested.connect(self.undo_delete)
        self.form.committed.connect(self.commit_field)
        self.contacts.written.connect(self._contacts_written)
        self.history.open_intake.connect(lambda intake_id: context.go(INTAKE, intake_id=intake_id))
        self.history.open_proposal.connect(
            lambda proposal_id: context.go(PROPOSALS, proposal_id=proposal_id)
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.activated.connect(self._edit_chosen)  # Enter (or a double-click) on a row
        context.data_changed.connect(self._on_data_changed)

        self._shortcuts: list[QShortcut] = []
        self._shortcut(QKeySequence.StandardKey.New, self.new_client)
        self._shortcut(QKeySequence.StandardKey.Save, self.save_all)
        self._shortcut(QKeySequence.StandardKey.Find, self.focus_search)
        self._undo_shortcut = self._shortcut(QKeySequence.StandardKey.Undo, self.undo_delete)
        self._undo_shortcut.setEnabled(False)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_client)
        self._shortcuts.append(delete)
        self._show_nothing()

    def title(self) -> str:
        return self.tr("Klanten")

    # -- the page's life ---------------------------------------------------------------------

    def activate(self, **arguments: Any) -> None:
        if not self._loaded or self._stale:
            self.reload()
        client_id = arguments.get("client_id")
        if client_id:
            self.show_client(client_id)
        elif self._client_id is None and not self._new:
            self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def shutdown(self) -> None:
        self._flush()
        self.undo_bar.dismiss()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("clients/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("clients/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    # -- actions -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again, keeping the chosen employer chosen."""
        try:
            rows = repo.list_clients(self.store.db)
        except Exception:  # a locked or damaged file: say so, keep the window
            log.exception("cannot load the clients")
            self.placeholder.setText(self.tr("De klanten konden niet worden geladen."))
            self.detail_stack.setCurrentWidget(self.placeholder)
            return
        self._loaded, self._stale = True, False
        self.model.set_rows(rows)
        self._select_in_list(self._client_id)
        self._update_count()
        if self._client_id is not None:
            self.history.load(self._client_id)

    def show_client(self, client_id: str) -> None:
        """Show this employer (the search is cleared when it hides it)."""
        if client_id != self._client_id:
            self._flush()
        if self.model.row_of(client_id) < 0:
            self.reload()
        if self.model.row_of(client_id) < 0:
            self.context.say(self.tr("Deze klant is niet gevonden."))
            return
        if not self._select_in_list(client_id):
            self.search_edit.clear()
            self._select_in_list(client_id)
        self._load_detail(client_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_client(self) -> None:
        """An empty form; the employer is written once it has a name."""
        self._flush()
        self._client_id = None
        self._new = True
        self._saved = {}
        self.table.selectionModel().clearSelection()
        self.table.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        self.form.load(None)
        self.contacts.load(None)
        self.history.load(None)
        self._update_header()
        self.detail_stack.setCurrentIndex(1)
        self.form.focus_field("name")

    def new_intake(self) -> None:
        if self._client_id is None:
            return
        self._flush()
        self.context.go(INTAKE, client_id=self._client_id)

    def save_all(self) -> bool:
        """Ctrl+S: check and write every field; True when every field could be written."""
        if self._client_id is None and not self._new:
            return True
        ok = all([self.commit_field(name, quiet=True) for name in FIELDS])
        if ok:
            self.context.say(self.tr("Opgeslagen"))
        else:
            self.context.say(
                self.tr("Niet alles is opgeslagen: verbeter de velden met een melding.")
            )
        return ok

    def commit_field(self, name: str, quiet: bool = False) -> bool:
        """Check the field's text; write it when right, show why not when wrong."""
        checked = self._check(name)
        if name == "kvk":
            self._show_kvk_notice(checked.value if checked.ok else None)
        if not checked.ok:
            self.form.show_problem(name, checked.message(self.lang))
            return False
        self.form.clear_problem(name)
        self.form.set_value(name, checked.value)
        if self._new:
            return self._create_when_named(quiet)
        if self._client_id is None or self._saved.get(name) == checked.value:
            return True
        try:
            with self.store.transaction() as db:
                repo.update_client(db, self._client_id, {name: checked.value})
        except Exception:
            log.exception("cannot save field %s of client %s", name, self._client_id)
            dialogs.show_error(
                self,
                self.tr("Niet opgeslagen"),
                self.tr("De wijziging kon niet worden opgeslagen. Probeer het opnieuw."),
            )
            return False
        self._saved[name] = checked.value
        self._written(quiet)
        if name in ("name", "kvk", "city", "sector"):
            self._update_header()
        return True

    def delete_client(self) -> None:
        if self._client_id is None:
            return
        self._flush()
        name = self._saved.get("name") or ""
        if not dialogs.ask(
            self,
            self.tr("Klant verwijderen"),
            self.tr(
                "“{name}” verwijderen? De contactpersonen en intakes van deze klant gaan mee; "
                "voorstellen blijven bewaard. U kunt dit direct daarna ongedaan maken."
            ).format(name=name),
            self.tr("Verwijderen"),
            self.tr("Behouden"),
        ):
            return
        client_id = self._client_id
        row = self.table.currentIndex().row()
        with self.store.transaction() as db:
            stamp = repo.delete_client(db, client_id)
        if stamp is None:
            return
        self._deleted = (client_id, stamp)
        self._client_id = None
        self._saved = {}
        self._changed(CLIENTS_DATA)
        self.reload()
        next_row = min(row, self.proxy.rowCount() - 1)
        if next_row >= 0:
            self.table.selectRow(next_row)
        else:
            self._show_nothing()
        self.undo_bar.offer(self.tr("Klant “{name}” verwijderd.").format(name=name))
        self._undo_shortcut.setEnabled(True)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        client_id, stamp = self._deleted
        self._deleted = None
        self.undo_bar.dismiss()
        self._undo_shortcut.setEnabled(False)
        with self.store.transaction() as db:
            restored = repo.restore_client(db, client_id, stamp)
        if not restored:
            return
        self._changed(CLIENTS_DATA)
        self.reload()
        self.show_client(client_id)
        self.context.say(self.tr("Klant teruggezet"))

    # -- privacy (AVG) -----------------------------------------------------------------------

    def choose_export_file(self, suggested: str) -> str:
        """Where to write the export ("" when the broker cancels); tests replace this."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Alle gegevens van de klant exporteren"), suggested,
            self.tr("JSON-bestand (*.json)"),
        )  # fmt: skip
        return path

    def export_all(self) -> None:
        """Everything about the shown employer in one JSON file (the right of access)."""
        if self._client_id is None:
            return
        self._flush()
        name = self._saved.get("name") or ""
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip()
        path = self.choose_export_file(f"{safe or 'klant'} - AVG-export.json")
        if not path:
            return
        try:
            privacy.export_client(self.store, self._client_id, Path(path))
        except Exception:
            log.exception("cannot export client %s to %s", self._client_id, path)
            dialogs.show_error(
                self,
                self.tr("Niet geëxporteerd"),
                self.tr("Het bestand kon niet worden geschreven. Kies een andere map."),
                path,
            )
            return
        self.context.say(self.tr("Alle gegevens van “{name}” geëxporteerd").format(name=name))

    def _update_erase_action(self) -> None:
        """An employer already erased (and nothing new typed in since) cannot be erased again."""
        erased_on = None
        if self._client_id is not None:
            erased_on = privacy.erased_on(self.store.db, self._client_id)
        self.erase_action.setEnabled(erased_on is None)
        if erased_on is None:
            self.erase_action.setToolTip(self.tr(
                "Naam, contactgegevens en deelnemers van deze klant wissen"))  # fmt: skip
        else:
            self.erase_action.setToolTip(self.tr("Al gewist op {date}").format(
                date=long_date(erased_on, self.lang)))  # fmt: skip

    def _erase_counts(self, preview: privacy.ErasePreview) -> dict[str, str]:
        """``1 deelnemer``, ``2 deelnemers``: the counts of the confirmation, in words."""
        n = preview.contacts
        contacts = (
            self.tr("1 contactpersoon")
            if n == 1
            else self.tr("{n} contactpersonen").format(n=number(n, self.lang))
        )
        n = preview.participants
        participants = (
            self.tr("1 deelnemer")
            if n == 1
            else self.tr("{n} deelnemers").format(n=number(n, self.lang))
        )
        n = preview.intakes
        intakes = (
            self.tr("1 intake") if n == 1 else self.tr("{n} intakes").format(n=number(n, self.lang))
        )
        n = preview.sent_versions
        versions = (
            self.tr("1 verzonden voorstelversie")
            if n == 1
            else self.tr("{n} verzonden voorstelversies").format(n=number(n, self.lang))
        )
        return {"contacts": contacts, "participants": participants, "intakes": intakes,
                "versions": versions}  # fmt: skip

    def erase_personal_data(self) -> None:
        """Erase the employer's personal data after a confirmation that names what goes."""
        if self._client_id is None:
            return
        if privacy.erased_on(self.store.db, self._client_id) is not None:
            self._update_erase_action()
            return
        self._flush()
        client_id = self._client_id
        preview = privacy.erase_preview(self.store.db, client_id)
        if preview is None:
            return
        text = self.tr(
            "Van “{name}” worden gewist: de naam, het adres, het KvK-nummer, e-mail, telefoon "
            "en notities; {contacts}; naam, functie en e-mail van {participants}; titels en "
            "notities van {intakes} en hun vragen; de klantgegevens in {versions}.\n\n"
            "Blijven bewaard: sector, plaats, de cijfers van de postcode, aantallen, bedragen, "
            "statussen en data, zodat het overzicht blijft kloppen.\n\n"
            "Dit kan niet ongedaan worden gemaakt. Reservekopieën van vóór het wissen bevatten "
            "de gegevens nog."
        ).format(
            name=preview.name, **self._erase_counts(preview),
        )  # fmt: skip
        if not dialogs.ask(
            self,
            self.tr("Persoonsgegevens wissen"),
            text,
            self.tr("Wissen"),
            self.tr("Annuleren"),
        ):
            return
        try:
            erased = privacy.erase_client(self.store, client_id)
        except Exception:
            log.exception("cannot erase client %s", client_id)
            dialogs.show_error(
                self,
                self.tr("Niet gewist"),
                self.tr("De gegevens konden niet worden gewist; er is niets veranderd."),
            )
            return
        self._client_id = None  # read it again, with its new name
        self._saved = {}
        self._changed(CLIENTS_DATA)
        self._changed(INTAKES_DATA)
        self._changed(PROPOSALS_DATA)
        self.reload()
        self.show_client(client_id)
        self.context.say(
            self.tr("Persoonsgegevens gewist; de klant heet nu “{name}”").format(
                name=erased.placeholder
            )
        )

    def _edit_chosen(self, index: QModelIndex) -> None:
        """Enter in the list: the cursor goes to the chosen employer's name."""
        client_id = index.data(ClientIdRole) if index.isValid() else None
        if client_id is None:
            return
        self._load_detail(client_id)
        if self._client_id == client_id:
            self.form.focus_field("name")

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- internals: the detail ---------------------------------------------------------------

    def _check(self, name: str) -> Checked:
        checked = CLIENT_CHECKS[name](self.form.text(name))
        if (
            name == "name"
            and checked.value is not None
            and repo.name_taken(self.store.db, checked.value, self._client_id)
        ):
            return Checked(problem="client.name_taken", params={"name": checked.value})
        return checked

    def _show_kvk_notice(self, kvk: str | None) -> None:
        """Another employer with the same KvK number is worth a word, not a refusal: branches
        of one company may share one."""
        others = repo.kvk_holders(self.store.db, kvk, self._client_id) if kvk else []
        text = (
            self.tr("Let op: dit KvK-nummer staat ook bij {names}.").format(names=", ".join(others))
            if others
            else ""
        )
        self.form.show_notice("kvk", text)

    def _create_when_named(self, quiet: bool) -> bool:
        """A new employer is written once its name is right, with every other right field."""
        name = self._check("name")
        if not name.ok:
            return True  # nothing to write yet; the name field says what is missing on leaving
        values: dict[str, Any] = {}
        for field in FIELDS:
            checked = self._check(field)
            if checked.ok:
                values[field] = checked.value
        try:
            with self.store.transaction() as db:
                client_id = repo.insert_client(db, values)
        except Exception:
            log.exception("cannot create a client")
            dialogs.show_error(
                self,
                self.tr("Niet opgeslagen"),
                self.tr("De nieuwe klant kon niet worden opgeslagen. Probeer het opnieuw."),
            )
            return False
        self._new = False
        self._client_id = client_id
        self._saved = {field: values.get(field) for field in FIELDS}
        self._written(quiet)
        self._select_in_list(client_id)
        self.contacts.load(client_id)
        self.history.load(client_id)
        self._update_header()
        return True

    def _load_detail(self, client_id: str | None) -> None:
        if client_id == self._client_id and not self._new and client_id is not None:
            return
        self._flush()
        record = repo.get_client(self.store.db, client_id) if client_id else None
        if record is None:
            self._show_nothing()
            return
        self._new = False
        self._client_id = client_id
        self._saved = {field: record.get(field) for field in FIELDS}
        self.form.load(record)
        self._show_kvk_notice(record.get("kvk"))
        self.contacts.load(client_id)
        self.history.load(client_id)
        self._update_header()
        self.detail_stack.setCurrentIndex(1)

    def _flush(self) -> None:
        """Write what was typed but not yet left (before showing another employer)."""
        if self._client_id is None and not self._new:
            return
        for name in FIELDS:
            typed = self.form.text(name)
            if (typed or "") != (self._saved.get(name) or "") or self.form.problem(name):
                self.commit_field(name, quiet=True)

    def _show_nothing(self) -> None:
        self._client_id = None
        self._new = False
        self._saved = {}
        if self.model.rowCount() == 0:
            text = self.tr("Er zijn nog geen klanten. Maak er een met “Nieuwe klant” (Ctrl+N).")
        else:
            text = self.tr("Kies een klant in de lijst, of maak een nieuwe klant (Ctrl+N).")
        self.placeholder.setText(text)
        self.detail_stack.setCurrentWidget(self.placeholder)

    def _update_header(self) -> None:
        self.intake_button.setEnabled(self._client_id is not None)
        self.privacy_button.setEnabled(self._client_id is not None)
        self._update_erase_action()
        self.delete_button.setEnabled(self._client_id is not None)
        self.contacts.setVisible(self._client_id is not None)
        self.history.setVisible(self._client_id is not None)
        if self._new:
            self.title_label.setText(self.tr("Nieuwe klant"))
            self.subtitle_label.setText(
                self.tr("Vul de naam in: de klant wordt opgeslagen zodra u het veld verlaat.")
            )
            return
        saved = self._saved
        self.title_label.setText(saved.get("name") or "")
        parts = []
        if saved.get("kvk"):
            parts.append(self.tr("KvK {kvk}").format(kvk=saved["kvk"]))
        if saved.get("city"):
            parts.append(saved["city"])
        if saved.get("sector"):
            parts.append(sector_label(saved["sector"], self.lang))
        self.subtitle_label.setText("  ·  ".join(parts))

    def _written(self, quiet: bool) -> None:
        self._changed(CLIENTS_DATA)
        if not quiet:
            self.context.say(self.tr("Opgeslagen"))
        self._refresh_row(self._client_id)

    def _refresh_row(self, client_id: str | None) -> None:
        """The list row of one employer, fresh from the store, put in place (no reset: this
        runs while the view may be changing its current row)."""
        if client_id is None:
            return
        rows = repo.list_clients(self.store.db, client_id=client_id)
        if rows:
            self.model.upsert(rows[0])
            self._update_count()

    def _contacts_written(self) -> None:
        self._changed(CLIENTS_DATA)
        self.context.say(self.tr("Opgeslagen"))

    def _changed(self, what: str) -> None:
        self._writing = True
        try:
            self.context.changed(what)
        finally:
            self._writing = False

    def _on_data_changed(self, what: str) -> None:
        if self._writing or what not in (CLIENTS_DATA, INTAKES_DATA, PROPOSALS_DATA):
            return
        self._stale = True
        if self.isVisible():
            self.reload()

    # -- internals: the list -----------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.table
        style_table(table, row_padding=14, min_section=40)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = table.fontMetrics()
        for column, sample in (
            (Column.CITY, "Hardenberg"),
            (Column.SECTOR, "kinderopvang"),
            (Column.OPEN_INTAKES, "Intakes"),
            (Column.OPEN_PROPOSALS, "Lopend"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 26)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a narrow list the sector column gives way, so the names stay readable."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.table.setColumnHidden(Column.SECTOR, self.table.viewport().width() < NARROW_LIST)
        return super().eventFilter(watched, event)

    def _select_in_list(self, client_id: str | None) -> bool:
        """Make the employer the current row without loading it again; False when hidden."""
        if client_id is None:
            return False
        source_row = self.model.row_of(client_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, Column.NAME))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        client_id = current.data(ClientIdRole) if current.isValid() else None
        if client_id is None:
            return
        self._load_detail(client_id)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        if self._client_id is not None:
            self._select_in_list(self._client_id)

    def _focus_first_row(self) -> None:
        if self.proxy.rowCount() > 0:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = (
                self.tr("{total} klanten").format(total=total) if total != 1 else self.tr("1 klant")
            )
        else:
            text = self.tr("{shown} van {total} klanten").format(shown=shown, total=total)
        self.count_label.setText(text)
        if shown == 0 and total > 0 and self._client_id is None and not self._new:
            self.placeholder.setText(
                self.tr("Geen klant gevonden voor “{query}”.").format(
                    query=self.search_edit.text().strip()
                )
            )
            self.detail_stack.setCurrentWidget(self.placeholder)

    def _rule(self) -> QFrame:
        rule = QFrame(self)
        rule.setObjectName("rule")
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Plain)
        return rule

    def _shortcut(self, keys: QKeySequence.StandardKey, slot) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)
        return shortcut
