"""The participants of one demand line: name, function and e-mail, nothing more (AVG).

Edits are written at once, one row per change; a wrong e-mail address is refused with a
message and not written.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
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
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.privacy import find_bsn, health_words
from broker_app.proposals import texts as proposal_texts
from broker_app.store import intakes
from broker_app.store.database import Store
from broker_app.ui.views.partials.intake_fields import hint_label, message_label, show_message

log = logging.getLogger(__name__)

NAME, FUNCTION, EMAIL = range(3)
_FIELDS = ("name", "function", "email")
Index = QModelIndex | QPersistentModelIndex


class ParticipantsModel(QAbstractTableModel):
    """The live participants of one line; ``setData`` writes to the store."""

    refused = Signal(str)  # a message for the broker
    saved = Signal()

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._line_id: str | None = None
        self._rows: list[dict[str, Any]] = []

    def load(self, line_id: str | None) -> None:
        self.beginResetModel()
        self._line_id = line_id
        self._rows = intakes.participants(self._store.db, line_id) if line_id else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Naam"), self.tr("Functie"), self.tr("E-mail"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.get(_FIELDS[index.column()]) or ""
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == EMAIL:
            return self.tr("Een geldig e-mailadres, bijv. naam@bedrijf.nl")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = _FIELDS[index.column()]
        text = str(value or "").strip()
        row = self._rows[index.row()]
        if (row.get(field) or "") == text:
            return True
        if field == "email" and text and not intakes.is_email(text):
            self.refused.emit(
                self.tr("{email} is geen geldig e-mailadres; het is niet opgeslagen.").format(
                    email=text
                )
            )
            return False
        bsn = find_bsn(text)
        if bsn:
            self.refused.emit(
                self.tr(
                    "“{value}” lijkt een BSN; dat hoort niet bij een deelnemer (AVG) en is "
                    "niet opgeslagen."
                ).format(value=bsn)
            )
            return False
        try:
            intakes.update_participant(self._store.db, row["id"], **{field: text})
        except Exception:  # a read-only or locked file
            self._refuse_write()
            return False
        row[field] = text or None
        self.dataChanged.emit(index, index)
        words = health_words(text)
        self.refused.emit(
            self.tr(
                "Opgeslagen, maar let op: “{words}” lijkt over gezondheid te gaan. Leg geen "
                "gezondheidsgegevens van deelnemers vast (AVG)."
            ).format(words=", ".join(words))
            if words
            else ""
        )
        self.saved.emit()
        return True

    def _refuse_write(self) -> None:
        log.exception("participant not written")
        self.refused.emit(
            self.tr("Niet opgeslagen: de database is niet bereikbaar (alleen-lezen of in gebruik).")
        )

    def add(self) -> int:
        """A new, empty participant at the end; returns its row."""
        if self._line_id is None:
            return -1
        try:
            participant_id = intakes.add_participant(self._store.db, self._line_id)
        except Exception:
            self._refuse_write()
            return -1
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append({"id": participant_id, "name": None, "function": None, "email": None})
        self.endInsertRows()
        self.saved.emit()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        try:
            intakes.delete_participant(self._store.db, self._rows[row]["id"])
        except Exception:
            self._refuse_write()
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.saved.emit()


class ParticipantsPanel(QWidget):
    """The table with add and remove buttons, the e-mail message and the privacy note."""

    def __init__(self, store: Store, parent: QWidget | None = None, lang: str = "nl") -> None:
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self.model = ParticipantsModel(store, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Deelnemers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self._row_height = self.table.fontMetrics().height() + 12
        self.table.verticalHeader().setDefaultSectionSize(self._row_height)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.add_button = QPushButton(self.tr("Deelnemer toevoegen"), self)
        self.add_button.setToolTip(self.tr("Deelnemer toevoegen (Ctrl+Shift+D)"))
        self.add_button.clicked.connect(self.add)
        self._add_shortcut = QShortcut(QKeySequence("Ctrl+Shift+D"), self)
        self._add_shortcut.activated.connect(self.add)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.remove_button.setToolTip(self.tr("De gekozen deelnemer verwijderen (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        self._remove_shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        self._remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._remove_shortcut.activated.connect(self.remove_current)

        self.message = message_label(self)
        self.model.refused.connect(lambda text: show_message(self.message, text))
        self.note = hint_label(
            self,
            self.tr(
                "Leg alleen naam, functie en e-mail vast; nooit een BSN of gezondheidsgegevens."
            ),
        )

        # The privacy statement (Instellingen › Voorstelteksten), read again for every line shown.
        self.privacy = hint_label(self)
        self.privacy.setAccessibleName(self.tr("Privacyverklaring"))
        self.privacy.setStyleSheet("color: #616e7c; font-size: 8.5pt;")

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(self.privacy)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._fit_height)
        self._update_buttons()
        self._fit_height()

    def load(self, line_id: str | None) -> None:
        show_message(self.message, "")
        self.model.load(line_id)
        show_message(self.privacy, proposal_texts.privacy_note(self._store, self._lang))

    def add(self) -> None:
        row = self.model.add()
        if row < 0:
            return
        index = self.model.index(row, NAME)
        self.table.setCurrentIndex(index)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.edit(index)

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove(index.row())
            self._update_buttons()

    def _fit_height(self) -> None:
        """As tall as its rows plus one empty one (at least two, at most eight rows)."""
        rows = min(max(self.model.rowCount() + 1, 2), 8)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + rows * self._row_height + 2 * self.table.frameWidth())

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())
