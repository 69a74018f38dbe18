"""The top of the intake page: which employer and which intake, the save indicator, and the
conversation's own fields (title, date, status, notes); plus the list of open intakes shown
when none is open yet."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.formatting import short_date
from broker_app.domain.privacy import find_bsn, health_words
from broker_app.ui.views.partials.intake_demand_form import Section
from broker_app.ui.views.partials.intake_fields import hint_label, message_label, show_message

STATUSES = ("open", "afgerond")


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


class StatusLabel(QLabel):
    """The save indicator: one line that never squeezes the comboboxes beside it.

    It asks for at most ``MAX_CHARS`` characters of room; a longer text (or a narrow window)
    is cut off with "…", and then the tooltip holds the whole text. ``text()`` is the whole
    text; ``set_status(text, error)`` shows it in grey or, for a problem, in a calm red.
    """

    MAX_CHARS = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._hint = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_status("")

    def set_status(self, text: str, error: bool = False, hint: str = "") -> None:
        self.setStyleSheet("color: #b3261e;" if error else "color: #52606d;")
        self._hint = hint
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self._elide()

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """What is on screen (cut off with "…" when there is no room)."""
        return super().text()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = min(
            metrics.horizontalAdvance(self._full), metrics.averageCharWidth() * self.MAX_CHARS
        )
        return QSize(width + margins.left() + margins.right() + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance("Opgeslagen…")
        return QSize(min(width, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.contentsRect().width(), 1)
        )
        super().setText(shown)
        cut = shown != self._full  # then the tooltip holds the whole text, and the hint
        self.setToolTip("\n".join(filter(None, (self._full, self._hint))) if cut else self._hint)


class IntakeChooser(QWidget):
    """Employer and intake comboboxes, "Nieuwe intake", and the "Opgeslagen om" indicator."""

    client_chosen = Signal(str)
    intake_chosen = Signal(str)
    new_intake_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._loading = False
        self.client_combo = QComboBox(self)
        self.client_combo.setAccessibleName(self.tr("Werkgever"))
        self.client_combo.setPlaceholderText(self.tr("Kies een werkgever…"))
        self.client_combo.setMaxVisibleItems(20)
        self.intake_combo = QComboBox(self)
        self.intake_combo.setAccessibleName(self.tr("Intake"))
        for combo, length in ((self.client_combo, 4), (self.intake_combo, 4)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(length)
            combo.setMinimumWidth(90)  # a small window squeezes the names, not the window
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.new_button = QPushButton(self.tr("Nieuwe intake"), self)
        self.new_button.setToolTip(self.tr("Nieuwe intake voor deze werkgever (Ctrl+N)"))
        self.saved_label = StatusLabel(self)
        self.saved_label.setAccessibleName(self.tr("Opslagstatus"))

        client_label = QLabel(self.tr("Werkgever"), self)
        client_label.setBuddy(self.client_combo)
        intake_label = QLabel(self.tr("Intake"), self)
        intake_label.setBuddy(self.intake_combo)
        for label in (client_label, intake_label):
            label.setStyleSheet("font-weight: 600;")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(client_label)
        layout.addWidget(self.client_combo, 2)
        layout.addSpacing(6)
        layout.addWidget(intake_label)
        layout.addWidget(self.intake_combo, 3)
        layout.addWidget(self.new_button)
        layout.addSpacing(6)
        layout.addWidget(self.saved_label)

        self.client_combo.activated.connect(self._on_client)
        self.intake_combo.activated.connect(self._on_intake)
        self.new_button.clicked.connect(self.new_intake_requested)

    def set_clients(self, clients: list[dict[str, Any]], current: str | None) -> None:
        self._loading = True
        self.client_combo.clear()
        if not clients:
            self.client_combo.addItem(self.tr("Nog geen werkgevers"), None)
        for client in clients:
            text = client["name"]
            if client.get("city"):
                text = self.tr("{name} ({city})").format(name=client["name"], city=client["city"])
            self.client_combo.addItem(text, client["id"])
        self.select_client(current)
        self._loading = False

    def select_client(self, client_id: str | None) -> None:
        index = self.client_combo.findData(client_id) if client_id else -1
        self.client_combo.setCurrentIndex(index)
        self.new_button.setEnabled(self.current_client() is not None)

    def current_client(self) -> str | None:
        return self.client_combo.currentData()

    def set_intakes(self, rows: list[dict[str, Any]], current: str | None) -> None:
        self._loading = True
        self.intake_combo.clear()
        for row in rows:
            self.intake_combo.addItem(self.intake_label(row), row["id"])
        if not rows:
            self.intake_combo.addItem(self.tr("Nog geen intake"), None)
        index = self.intake_combo.findData(current) if current else -1
        self.intake_combo.setCurrentIndex(max(index, 0))
        self.intake_combo.setEnabled(bool(rows))
        self._loading = False

    def intake_label(self, row: dict[str, Any]) -> str:
        title = row.get("title") or self.tr("Intake zonder titel")
        day = _day(row.get("intake_date"))
        text = (
            title
            if day is None
            else self.tr("{title} · {date}").format(title=title, date=short_date(day, self.lang))
        )
        if row.get("status") == "afgerond":
            text = self.tr("{intake} (afgerond)").format(intake=text)
        return text

    def _on_client(self, _index: int) -> None:
        self.new_button.setEnabled(self.current_client() is not None)
        if not self._loading and self.current_client():
            self.client_chosen.emit(self.current_client())

    def _on_intake(self, _index: int) -> None:
        intake_id = self.intake_combo.currentData()
        if not self._loading and intake_id:
            self.intake_chosen.emit(intake_id)


class IntakeDetails(Section):
    """Title, date, status and notes of the conversation; sends ``field_changed``."""

    field_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Het gesprek"), parent)
        self._loading = False
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("bijv. Scholing nieuwe magazijnmedewerkers"))
        self.title_edit.setAccessibleName(self.tr("Titel van de intake"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d-M-yyyy")
        self.date_edit.setAccessibleName(self.tr("Datum van het gesprek"))
        self.date_edit.setMinimumWidth(130)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("open"), "open")
        self.status_combo.addItem(self.tr("afgerond"), "afgerond")
        self.status_combo.setAccessibleName(self.tr("Status van de intake"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(
            self.tr("Wie was erbij, wat is afgesproken, wat moet nog worden uitgezocht")
        )
        self.notes_edit.setAccessibleName(self.tr("Notities bij de intake"))
        self.notes_edit.setFixedHeight(64)

        date_label = QLabel(self.tr("Datum"), self)
        date_label.setBuddy(self.date_edit)
        status_label = QLabel(self.tr("Status"), self)
        status_label.setBuddy(self.status_combo)
        side = QWidget(self)
        side_layout = QHBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.title_edit, 1)
        side_layout.addSpacing(10)
        side_layout.addWidget(date_label)
        side_layout.addWidget(self.date_edit)
        side_layout.addSpacing(10)
        side_layout.addWidget(status_label)
        side_layout.addWidget(self.status_combo)
        self.add_row(self.tr("Titel"), side)
        self.notes_message = message_label(self)
        self.add_row(self.tr("Notities"), self.notes_edit, top=True, under=[self.notes_message])

        self.title_edit.textChanged.connect(lambda t: self._emit("title", t.strip() or None))
        self.date_edit.dateChanged.connect(
            lambda d: self._emit("intake_date", d.toPython().isoformat())
        )
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self._emit("status", self.status_combo.currentData())
        )
        self.notes_edit.textChanged.connect(self._on_notes)

    def load(self, intake: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.title_edit.setText(intake.get("title") or "")
            day = _day(intake.get("intake_date")) or date.today()
            self.date_edit.setDate(QDate(day))
            index = self.status_combo.findData(intake.get("status") or "open")
            self.status_combo.setCurrentIndex(max(index, 0))
            self.notes_edit.setPlainText(intake.get("notes") or "")
        finally:
            self._loading = False

    def _emit(self, name: str, value: object) -> None:
        if not self._loading:
            self.field_changed.emit(name, value)

    def _on_notes(self) -> None:
        """A note with a BSN is not saved (AVG) until the number is gone; health words are
        saved with a word of warning."""
        text = self.notes_edit.toPlainText().strip()
        bsn = find_bsn(text)
        if bsn:
            show_message(
                self.notes_message,
                self.tr(
                    "Niet opgeslagen: “{value}” lijkt een BSN. Een BSN hoort niet in de "
                    "notities (AVG); haal het weg."
                ).format(value=bsn),
            )
            return
        words = health_words(text)
        show_message(
            self.notes_message,
            self.tr(
                "Let op: “{words}” lijkt over gezondheid te gaan. Leg geen "
                "gezondheidsgegevens vast (AVG)."
            ).format(words=", ".join(words))
            if words
            else "",
        )
        self._emit("notes", text or None)


class OpenIntakes(QWidget):
    """Shown when no intake is open: the open intakes to continue, newest change first."""

    intake_chosen = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        heading = QLabel(self.tr("Open intakes"), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.hint = hint_label(
            self,
            self.tr(
                "Kies een intake om verder te gaan, of kies hierboven een werkgever en start "
                "een nieuwe intake."
            ),
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Open intakes"))
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.list.setMaximumWidth(720)
        self.list.itemActivated.connect(self._on_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)

    def set_intakes(self, rows: list[dict[str, Any]], chooser: IntakeChooser) -> None:
        self.list.clear()
        for row in rows:
            text = self.tr("{client} — {intake}").format(
                client=row["client_name"], intake=chooser.intake_label(row)
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
        if not rows:
            item = QListWidgetItem(self.tr("Er zijn geen open intakes."), self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.list.setCurrentRow(0)

    def _on_item(self, item: QListWidgetItem) -> None:
        intake_id = item.data(Qt.ItemDataRole.UserRole)
        if intake_id:
            self.intake_chosen.emit(intake_id)
