"""Settings, "Database en back-ups": where the database is, how much it holds, backups made
on request (a consistent copy through SQLite's backup API, off the GUI thread), and removing the
demo data the first start loaded (after a backup; see ``store/demo_data.py`` for what counts as
demo)."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from broker_app.catalogue import demo
from broker_app.domain.formatting import long_date, number
from broker_app.domain.problems import InputRefused
from broker_app.paths import backup_dir_for
from broker_app.store import backup_files, backups
from broker_app.store.database import Store
from broker_app.store.demo_data import DemoCounts
from broker_app.ui import dialogs
from broker_app.ui.views.partials.settings_common import (
    OK_COLOUR,
    Message,
    Section,
    card,
    note,
    run_task,
    subheading,
)
from broker_app.ui.views.partials.settings_index import SearchIndexCard

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


def file_size(size: int, lang: str) -> str:
    """``12,3 MB`` / ``840 kB``."""
    if size >= 1024 * 1024:
        return f"{number(round(size / (1024 * 1024), 1), lang)} MB"
    return f"{number(max(1, round(size / 1024)), lang)} kB"


def when(value: datetime, lang: str) -> str:
    return f"{long_date(value.date(), lang)}, {value:%H:%M}"


class BackupsModel(QAbstractTableModel):
    """The backups beside the database, newest first: file, made on, size."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[backups.BackupFile] = []

    def set_rows(self, rows: list[backups.BackupFile]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Gemaakt op"), self.tr("Soort"), self.tr("Grootte"),
                    self.tr("Bestand"))[section]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if section == 2 else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def kind_label(self, kind: str) -> str:
        labels = {
            backup_files.MANUAL: self.tr("Zelf gemaakt"),
            backup_files.DAILY: self.tr("Dagelijks (automatisch)"),
            backup_files.BEFORE_IMPORT: self.tr("Voor een import (automatisch)"),
            backup_files.BEFORE_MIGRATION: self.tr("Voor bijwerken (automatisch)"),
            backup_files.BEFORE_RESTORE: self.tr("Vervangen bij terugzetten"),
        }
        return labels.get(kind, labels[backup_files.MANUAL])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = (when(item.made, self.lang), self.kind_label(item.kind),
                     file_size(item.size_bytes, self.lang), item.path.name)  # fmt: skip
            return shown[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DatabaseSection(Section):
    key = "database"
    backup_made = Signal(object)  # the new file's Path
    demo_removed = Signal(object)  # the Path of the backup made before the removal
    # A checked backup the broker confirmed to restore; the window session (ui/app.py) closes
    # the window, puts the file in place and opens the window again over it.
    restore_requested = Signal(object)

    def __init__(self, store: Store, lang: str, tasks=None, parent: QWidget | None = None):
        super().__init__(store, lang, parent)
        self.tasks = tasks
        self.busy = False
        self.set_heading(
            self.tr("Database en back-ups"),
            self.tr("Alle klanten, intakes, voorstellen en het aanbod staan in één "
                    "databasebestand op deze computer."),
        )  # fmt: skip

        file_card, file_layout = card(self)
        file_layout.addWidget(subheading(self.tr("Databasebestand"), self))
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("Locatie van de database"))
        self.open_folder_button = QPushButton(self.tr("Map openen"), self)
        self.open_folder_button.setToolTip(self.tr("De map met de database in de verkenner"))
        self.open_folder_button.clicked.connect(lambda: self.open_folder(self.store.path.parent))
        path_row = QHBoxLayout()
        path_row.setSpacing(6)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.open_folder_button)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        path_label = QLabel(self.tr("Locatie"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        self.size_label = QLabel(self)
        self.contents_label = QLabel(self)
        self.contents_label.setWordWrap(True)
        form.addRow(self.tr("Grootte"), self.size_label)
        form.addRow(self.tr("Inhoud"), self.contents_label)
        file_layout.addLayout(form)
        file_layout.addWidget(note(self.tr(
            "Het programma werkt altijd met dit bestand. Een back-up of een ander bestand "
            "terugzetten kan hieronder bij Back-ups: het bestand wordt eerst gecontroleerd en "
            "de huidige database wordt als back-up bewaard."), self))  # fmt: skip

        demo_card, demo_layout = card(self)
        demo_layout.addWidget(subheading(self.tr("Demogegevens"), self))
        demo_layout.addWidget(note(self.tr(
            "Bij de eerste start zijn verzonnen werkgevers met intakes en voorstellen en een "
            "voorbeeldcatalogus geladen, om het programma te leren kennen. Verwijder ze voordat "
            "u met echte klanten begint; ze komen daarna niet terug."), self))  # fmt: skip
        self.demo_label = QLabel(self)
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextFormat(Qt.TextFormat.PlainText)
        demo_layout.addWidget(self.demo_label)
        self.remove_demo_button = QPushButton(self.tr("Demogegevens verwijderen"), self)
        self.remove_demo_button.setToolTip(self.tr(
            "De verzonnen werkgevers, hun intakes en voorstellen en de voorbeeldcatalogus "
            "verwijderen (eerst wordt een back-up gemaakt)"))  # fmt: skip
        self.remove_demo_button.clicked.connect(self.remove_demo)
        demo_buttons = QHBoxLayout()
        demo_buttons.addWidget(self.remove_demo_button)
        demo_buttons.addStretch(1)
        demo_layout.addLayout(demo_buttons)
        self.demo_message = Message(self)
        demo_layout.addWidget(self.demo_message)
        self.demo_done = QLabel(self)
        self.demo_done.setWordWrap(True)
        self.demo_done.setStyleSheet(f"color: {OK_COLOUR};")
        self.demo_done.hide()
        demo_layout.addWidget(self.demo_done)
        self.demo_counts = DemoCounts()

        backup_card, backup_layout = card(self)
        backup_layout.addWidget(subheading(self.tr("Back-ups"), self))
        backup_layout.addWidget(note(self.tr(
            "Een back-up is een volledige kopie van de database, in de map 'backups' naast het "
            "bestand. Het programma maakt er ook zelf een: bij de eerste start van elke dag, "
            "voor elke import en voordat het de database bijwerkt; van die automatische "
            "back-ups blijven de nieuwste 14 bewaard. Back-ups die u zelf maakt, blijven altijd "
            "staan. Bewaar af en toe een back-up op een andere plek (USB-stick, "
            "netwerkschijf)."), self))  # fmt: skip
        self.backup_button = QPushButton(self.tr("Nu een back-up maken"), self)
        self.backup_button.setToolTip(self.tr("Nu een back-up maken (Ctrl+Shift+B)"))
        self.backup_button.clicked.connect(self.make_backup)
        self.backup_button.setDefault(False)
        self.open_backups_button = QPushButton(self.tr("Back-upmap openen"), self)
        self.open_backups_button.clicked.connect(
            lambda: self.open_folder(backup_dir_for(self.store.path))
        )
        self.restore_button = QPushButton(self.tr("Terugzetten…"), self)
        self.restore_button.setToolTip(self.tr("De gekozen back-up terugzetten in plaats van de "
                                               "huidige database"))  # fmt: skip
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Ander bestand terugzetten…"), self)
        self.restore_file_button.setToolTip(self.tr(
            "Een back-up van elders (USB-stick, netwerkschijf) kiezen en terugzetten"))  # fmt: skip
        self.restore_file_button.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.open_backups_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        backup_layout.addLayout(buttons)
        self.backup_message = Message(self)
        backup_layout.addWidget(self.backup_message)
        self.model = BackupsModel(lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bestaande back-ups"))
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setMinimumHeight(180)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 70)
        self.table.setStyleSheet(
            "QHeaderView::section { padding: 5px 6px; border: none;"
            " border-bottom: 1px solid palette(mid); background: palette(button); }"
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty_label = note(self.tr("Er zijn nog geen back-ups."), self)
        backup_layout.addWidget(self.table)
        backup_layout.addWidget(self.empty_label)
        self._shortcut = QShortcut(QKeySequence("Ctrl+Shift+B"), self, self.make_backup)
        self._shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.index_card = SearchIndexCard(store, lang, tasks, self)

        self.body.addWidget(file_card)
        self.body.addWidget(demo_card)
        self.body.addWidget(self.index_card)
        self.body.addWidget(backup_card, 1)

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Counting a large catalogue takes a moment: the figures are read in the background
        (at once without a task runner)."""
        self.path_edit.setText(str(self.store.path))
        self.path_edit.setCursorPosition(0)
        store = self.store

        def work(report) -> tuple[backups.DatabaseFacts, DemoCounts]:
            return backups.database_facts(store), demo.demo_present(store)

        if self.tasks is None:
            self._show_facts(work(lambda done, total: False))
            return
        self._facts_generation = getattr(self, "_facts_generation", 0) + 1
        generation = self._facts_generation
        self.tasks.start(
            work,
            on_done=lambda result: (
                generation == self._facts_generation and self._show_facts(result)
            ),
            on_error=lambda exc: log.warning("cannot count the database: %s", exc),
        )

    def _show_facts(self, result: tuple[backups.DatabaseFacts, DemoCounts]) -> None:
        facts, demo_counts = result
        self.path_edit.setText(str(facts.path))
        self.path_edit.setCursorPosition(0)
        self.size_label.setText(file_size(facts.size_bytes, self.lang))
        self.contents_label.setText(
            self.tr("{offerings} opleidingen van {providers} aanbieders · {clients} klanten · "
                    "{proposals} voorstellen").format(
                offerings=number(facts.offerings, self.lang),
                providers=number(facts.providers, self.lang),
                clients=number(facts.clients, self.lang),
                proposals=number(facts.proposals, self.lang))
        )  # fmt: skip
        self.model.set_rows(backups.list_backups(self.store.path))
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.show_demo(demo_counts)

    def show_demo(self, counts: DemoCounts) -> None:
        self.demo_counts = counts
        if counts.any:
            self.demo_label.setText(self.tr(
                "In de database: werkgevers: {clients} · contactpersonen: {contacts} · "
                "intakes: {intakes} · vraagregels: {lines} · deelnemers: {participants} · "
                "voorstellen: {proposals} · opleidingen uit de voorbeeldcatalogus: {offerings}"
            ).format(
                clients=number(counts.clients, self.lang),
                contacts=number(counts.contacts, self.lang),
                intakes=number(counts.intakes, self.lang),
                lines=number(counts.demand_lines, self.lang),
                participants=number(counts.participants, self.lang),
                proposals=number(counts.proposals, self.lang),
                offerings=number(counts.offerings, self.lang)))  # fmt: skip
        else:
            self.demo_label.setText(self.tr("Er staan geen demogegevens (meer) in de database."))
        self.remove_demo_button.setEnabled(counts.any and not self.busy)

    def open_folder(self, folder: Path) -> bool:
        """Show ``folder`` in the file manager (a method, so tests can answer it)."""
        if not folder.is_dir():
            self.backup_message.say(self.tr("Deze map bestaat (nog) niet."))
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def make_backup(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.backup_button.setEnabled(False)
        self.backup_button.setText(self.tr("Back-up wordt gemaakt…"))
        self.backup_message.clear_message()
        store = self.store

        def work(report) -> Path:
            return backups.make_backup(store)

        run_task(self.tasks, work, self._done, self._failed, self._cancelled)

    def _finish(self) -> None:
        self.busy = False
        self.backup_button.setEnabled(True)
        self.backup_button.setText(self.tr("Nu een back-up maken"))

    def _done(self, path: Path) -> None:
        self._finish()
        self.refresh()
        self.backup_made.emit(path)

    def _failed(self, exc: BaseException) -> None:
        log.warning("backup failed: %s", exc)
        self._finish()
        if isinstance(exc, InputRefused):  # a damaged database: said in words, with advice
            self.backup_message.say(exc.render(self.lang))
            return
        self.backup_message.say(self.tr("De back-up is niet gelukt: {reason}").format(
            reason=str(exc) or type(exc).__name__))  # fmt: skip

    def _cancelled(self) -> None:
        self._finish()

    # -- restoring ---------------------------------------------------------------------------

    def _selection_changed(self, *_args) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None and not self.busy)

    def selected_backup(self) -> backups.BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    def choose_restore_file(self) -> Path | None:
        """The file dialog (a method, so tests can answer it)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Back-up kiezen om terug te zetten"),
            str(backup_dir_for(self.store.path)),
            self.tr("Databases (*.sqlite *.db);;Alle bestanden (*)"),
        )
        return Path(name) if name else None

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is not None:
            self.check_for_restore(chosen.path)

    def restore_from_file(self) -> None:
        chosen = self.choose_restore_file()
        if chosen is not None:
            self.check_for_restore(chosen)

    def check_for_restore(self, path: Path) -> None:
        """Check the file in the background (integrity check of a big file takes a moment),
        then ask; a refusal is said under the buttons and nothing changes."""
        if self.busy:
            return
        self.busy = True
        for button in (self.restore_button, self.restore_file_button, self.backup_button):
            button.setEnabled(False)
        self.backup_message.clear_message()
        self.restore_file_button.setText(self.tr("Bestand wordt gecontroleerd…"))

        def work(report) -> backups.CheckedFile:
            return backups.check_database_file(path)

        run_task(self.tasks, work, self._checked, self._check_failed, self._restore_finish)

    def _restore_finish(self) -> None:
        self.busy = False
        self.restore_file_button.setText(self.tr("Ander bestand terugzetten…"))
        self.restore_file_button.setEnabled(True)
        self.backup_button.setEnabled(True)
        self._selection_changed()

    def _check_failed(self, exc: BaseException) -> None:
        self._restore_finish()
        if isinstance(exc, InputRefused):
            self.backup_message.say(exc.render(self.lang))
        else:
            log.warning("cannot check %s", exc)
            reason = str(exc) or type(exc).__name__
            self.backup_message.say(
                self.tr("Het bestand kan niet worden gecontroleerd: {reason}").format(reason=reason)
            )

    def _checked(self, checked: backups.CheckedFile) -> None:
        self._restore_finish()
        if not dialogs.ask(
            self,
            self.tr("Back-up terugzetten?"),
            self.tr(
                "De database wordt vervangen door de back-up van {date} ({name}). Wat sindsdien "
                "is veranderd, staat daar niet in.\n\nDe huidige database wordt eerst als "
                "back-up bewaard (…-voor-herstel), dus er gaat niets verloren. Het venster "
                "sluit even en opent daarna opnieuw met de teruggezette gegevens."
            ).format(date=when(checked.made, self.lang), name=checked.path.name),
            self.tr("Terugzetten"),
            self.tr("Annuleren"),
        ):
            return
        self.restore_requested.emit(checked.path)

    # -- the demo data -------------------------------------------------------------------------

    def remove_demo(self) -> None:
        """Ask, make a backup, then remove the demo data in one transaction (in a worker)."""
        if self.busy:
            return
        counts = demo.demo_present(self.store)
        self.show_demo(counts)
        if not counts.any:
            return
        if not dialogs.ask(
            self,
            self.tr("Demogegevens verwijderen?"),
            self.tr(
                "De verzonnen werkgevers worden verwijderd, met alles wat bij hen hoort: "
                "contactpersonen, intakes, deelnemers en voorstellen (ook wat u er zelf aan "
                "hebt toegevoegd). Ook de opleidingen uit de voorbeeldcatalogus gaan weg, "
                "behalve die u zelf hebt bewerkt of in een voorstel aan een echte klant hebt "
                "opgenomen. Eerst wordt een back-up gemaakt.\n\nUw eigen klanten en opleidingen "
                "blijven staan."
            ),
            self.tr("Verwijderen"),
            self.tr("Behouden"),
        ):
            return
        self.busy = True
        self.remove_demo_button.setEnabled(False)
        self.backup_button.setEnabled(False)
        self.remove_demo_button.setText(self.tr("Demogegevens worden verwijderd…"))
        self.demo_message.clear_message()
        self.demo_done.hide()
        store, lang = self.store, self.lang

        def work(report) -> tuple[Path, DemoCounts]:
            try:
                made = backups.make_backup(store)
            except InputRefused as exc:
                raise _BackupFailed(exc.render(lang)) from exc
            except Exception as exc:
                raise _BackupFailed(str(exc) or type(exc).__name__) from exc
            return made, demo.remove_demo(store)

        run_task(self.tasks, work, self._demo_removed, self._demo_failed, self._demo_finish)

    def _demo_finish(self) -> None:
        self.busy = False
        self.backup_button.setEnabled(True)
        self.remove_demo_button.setText(self.tr("Demogegevens verwijderen"))
        self.remove_demo_button.setEnabled(self.demo_counts.any)

    def _demo_removed(self, result: tuple[Path, DemoCounts]) -> None:
        made, _removed = result
        self._demo_finish()
        self.refresh()
        self.demo_done.setText(self.tr(
            "De demogegevens zijn verwijderd. De back-up van daarvoor: {name}"
        ).format(name=made.name))  # fmt: skip
        self.demo_done.show()
        self.demo_removed.emit(made)

    def _demo_failed(self, exc: BaseException) -> None:
        log.warning("removing the demo data failed: %s", exc)
        self._demo_finish()
        if isinstance(exc, _BackupFailed):
            text = self.tr(
                "De back-up vooraf is niet gelukt ({reason}); er is niets verwijderd."
            ).format(reason=str(exc))
        else:
            text = self.tr("Het verwijderen is niet gelukt ({reason}); er is niets verwijderd."
                           ).format(reason=str(exc) or type(exc).__name__)  # fmt: skip
        self.demo_message.say(text)
        self.refresh()


class _BackupFailed(Exception):
    """The backup before removing the demo data could not be made (nothing was removed)."""
