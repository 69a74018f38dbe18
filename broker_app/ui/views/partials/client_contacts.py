"""The employer's contacts: a small table edited in place, with add, edit and remove.

A new contact is a row in the table first; it is written once it has a name (a row left
without a name disappears). Every cell is checked as it is written: a wrong e-mail address
keeps its old value and the message shows under the table.
"""

from __future__ import annotations

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
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.client_checks import CONTACT_CHECKS
from broker_app.store import clients as repo
from broker_app.store.database import Store
from broker_app.ui import dialogs
from broker_app.ui.views.partials.client_form import MESSAGE_STYLE
from broker_app.ui.widgets.tables import style_table

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    EMAIL = 2
    PHONE = 3


FIELD_OF = {Column.NAME: "name", Column.ROLE: "role", Column.EMAIL: "email", Column.PHONE: "phone"}
HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("ContactTableModel", "Naam"),
    Column.ROLE: QT_TRANSLATE_NOOP("ContactTableModel", "Functie"),
    Column.EMAIL: QT_TRANSLATE_NOOP("ContactTableModel", "E-mail"),
    Column.PHONE: QT_TRANSLATE_NOOP("ContactTableModel", "Telefoon"),
}


class ContactTableModel(QAbstractTableModel):
    """The contacts of one employer; edits are checked and written at once."""

    problem = Signal(str)  # a message for the broker ('' clears it)
    written = Signal()  # a contact was added, changed or removed

    def __init__(self, store: Store, lang: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._client_id: str | None = None
        self._rows: list[dict[str, Any]] = []

    def load(self, client_id: str | None) -> None:
        self.beginResetModel()
        self._client_id = client_id
        self._rows = repo.contacts_for_client(self._store.db, client_id) if client_id else []
        self.endResetModel()

    def contact_id(self, row: int) -> str | None:
        return self._rows[row].get("id") if 0 <= row < len(self._rows) else None

    def contact(self, row: int) -> dict[str, Any] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def add_blank(self) -> int:
        """An unsaved row at the end; returns its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({"id": None, "name": "", "role": None, "email": None, "phone": None})
        self.endInsertRows()
        return row

    def drop_unsaved(self) -> None:
        """Remove rows that never got a name (the broker left the new row empty)."""
        for row in reversed(range(len(self._rows))):
            if self._rows[row].get("id") is None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def remove(self, row: int) -> bool:
        contact_id = self.contact_id(row)
        if contact_id is None:
            self.drop_unsaved()
            return False
        with self._store.transaction() as db:
            repo.delete_contact(db, contact_id)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.written.emit()
        return True

    # -- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()].get(FIELD_OF[Column(index.column())])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return value or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._client_id is None:
            return False
        record = self._rows[index.row()]
        field = FIELD_OF[Column(index.column())]
        checked = CONTACT_CHECKS[field](str(value) if value is not None else None)
        if not checked.ok:
            self.problem.emit(checked.message(self._lang))
            return False
        self.problem.emit("")
        if checked.value == record.get(field):
            return True
        with self._store.transaction() as db:
            if record.get("id") is None:
                if field != "name":  # kept until the row has a name
                    record[field] = checked.value
                    self.dataChanged.emit(index, index)
                    return True
                values = {**record, "name": checked.value}
                record["id"] = repo.insert_contact(db, self._client_id, values)
            else:
                repo.update_contact(db, record["id"], {field: checked.value})
        record[field] = checked.value
        self.dataChanged.emit(index, index)
        self.written.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ContactTableModel", HEADERS[Column(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class ContactsPanel(QWidget):
    """Heading, buttons, the table and a line for messages."""

    written = Signal()

    def __init__(self, store: Store, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactTableModel(store, lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contactpersonen"))
        style_table(self.table, min_section=40)  # Tab leaves the table; arrows move inside
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.PHONE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Dubbelklik of F2 om een veld te wijzigen"))

        self.heading = QLabel(self.tr("Contactpersonen"), self)
        self.heading.setObjectName("sectionHeading")
        self.add_button = QPushButton(self.tr("Toevoegen"), self)
        self.add_button.setToolTip(self.tr("Een contactpersoon toevoegen"))
        self.edit_button = QPushButton(self.tr("Wijzigen"), self)
        self.edit_button.setToolTip(self.tr("Het gekozen veld wijzigen (F2)"))
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.remove_button.setToolTip(self.tr("De gekozen contactpersoon verwijderen (Del)"))
        self.message = QLabel(self)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading)
        top.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self._delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self._delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete.activated.connect(self.remove_current)
        self.model.problem.connect(self._show_problem)
        self.model.written.connect(self.written)
        self.table.itemDelegate().closeEditor.connect(self._editor_closed)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def load(self, client_id: str | None) -> None:
        self._show_problem("")
        self.model.load(client_id)
        self.heading.setText(self._heading())

    def add_contact(self) -> None:
        self.model.drop_unsaved()
        row = self.model.add_blank()
        index = self.model.index(row, Column.NAME)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.model.index(0, Column.NAME)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.edit(index)

    def remove_current(self) -> None:
        row = self.table.currentIndex().row()
        contact = self.model.contact(row)
        if contact is None:
            return
        if contact.get("id") is not None and not dialogs.ask(
            self,
            self.tr("Contactpersoon verwijderen"),
            self.tr("“{name}” verwijderen als contactpersoon?").format(name=contact["name"]),
            self.tr("Verwijderen"),
            self.tr("Behouden"),
        ):
            return
        self.model.remove(row)
        self.heading.setText(self._heading())

    def _heading(self) -> str:
        count = sum(1 for r in range(self.model.rowCount()) if self.model.contact_id(r))
        if not count:
            return self.tr("Contactpersonen")
        return self.tr("Contactpersonen ({count})").format(count=count)

    def _editor_closed(self, *_args: object) -> None:
        index = self.table.currentIndex()
        if self.model.contact_id(index.row()) is None and index.column() == Column.NAME:
            self.model.drop_unsaved()
        self.heading.setText(self._heading())

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _update_buttons(self, *_args: object) -> None:
        has_row = self.table.currentIndex().isValid()
        self.edit_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)
