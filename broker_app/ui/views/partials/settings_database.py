"""Settings, "Database en back-ups": where the database is, how much it holds, and backups made
on request (a consistent copy through SQLite's backup API, off the GUI thread)."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from broker_app.domain.formatting import long_date, number
from broker_app.paths import backup_dir_for
from broker_app.store import backups
from broker_app.store.database import Store
from broker_app.ui.views.partials.settings_common import (
    Message,
    Section,
    card,
    note,
    subheading,
)

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
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Gemaakt op"), self.tr("Grootte"), self.tr("Bestand"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if section == 1 else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (when(item.made, self.lang), file_size(item.size_bytes, self.lang),
                    item.path.name)[index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DatabaseSection(Section):
    key = "database"
    backup_made = Signal(object)  # the new file's Path

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
            "Het programma werkt altijd met dit bestand. Met een ander databasebestand werken, "
            "of een back-up terugzetten, kan niet vanuit het programma zelf: vraag uw beheerder "
            "dat in te stellen voor de volgende start."), self))  # fmt: skip

        backup_card, backup_layout = card(self)
        backup_layout.addWidget(subheading(self.tr("Back-ups"), self))
        backup_layout.addWidget(note(self.tr(
            "Een back-up is een volledige kopie van de database, in de map 'backups' naast het "
            "bestand. Het programma maakt ook zelf een back-up voordat het de database bijwerkt. "
            "Bewaar af en toe een back-up op een andere plek (USB-stick, netwerkschijf)."),
            self))  # fmt: skip
        self.backup_button = QPushButton(self.tr("Nu een back-up maken"), self)
        self.backup_button.setToolTip(self.tr("Nu een back-up maken (Ctrl+Shift+B)"))
        self.backup_button.clicked.connect(self.make_backup)
        self.backup_button.setDefault(False)
        self.open_backups_button = QPushButton(self.tr("Back-upmap openen"), self)
        self.open_backups_button.clicked.connect(
            lambda: self.open_folder(backup_dir_for(self.store.path))
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.open_backups_button)
        buttons.addStretch(1)
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
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 100)
        self.table.setStyleSheet(
            "QHeaderView::section { padding: 5px 6px; border: none;"
            " border-bottom: 1px solid palette(mid); background: palette(button); }"
        )
        self.empty_label = note(self.tr("Er zijn nog geen back-ups."), self)
        backup_layout.addWidget(self.table)
        backup_layout.addWidget(self.empty_label)
        self._shortcut = QShortcut(QKeySequence("Ctrl+Shift+B"), self, self.make_backup)
        self._shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.body.addWidget(file_card)
        self.body.addWidget(backup_card, 1)

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        facts = backups.database_facts(self.store)
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

        if self.tasks is None:  # without a task runner (never in the window)
            try:
                self._done(work(lambda done, total: False))
            except Exception as exc:
                self._failed(exc)
            return
        self.tasks.start(work, on_done=self._done, on_error=self._failed,
                         on_cancelled=self._cancelled)  # fmt: skip

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
        self.backup_message.say(self.tr("De back-up is niet gelukt: {reason}").format(
            reason=str(exc) or type(exc).__name__))  # fmt: skip

    def _cancelled(self) -> None:
        self._finish()
