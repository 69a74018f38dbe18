"""Field widgets of the intake form: the moet/liever switch, a date that may be "geen", and the
calm red message that sits under a field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QPushButton, QSizePolicy, QWidget

NO_DATE = QDate(2000, 1, 1)  # the minimum of an OptionalDateEdit, shown as "geen"

SWITCH_STYLE = """
QPushButton#mustSwitch { border: 1px solid #9aa5b1; border-radius: 11px; padding: 3px 12px;
    min-width: 50px; background: #f5f7fa; color: #334e68; }
QPushButton#mustSwitch:hover { border-color: #0b5394; }
QPushButton#mustSwitch:checked { background: #0b5394; border-color: #0b5394; color: white;
    font-weight: 600; }
QPushButton#mustSwitch:focus { border: 2px solid palette(highlight); }
QPushButton#mustSwitch:disabled { color: palette(mid); }
"""

MESSAGE_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #616e7c;"


class MustSwitch(QPushButton):
    """A checkable pill: checked = "moet" (a hard constraint), unchecked = "liever"."""

    def __init__(self, constraint: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.constraint = constraint
        self.setObjectName("mustSwitch")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(SWITCH_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Moet of liever: {what}").format(what=label))
        self.setToolTip(
            self.tr(
                "Moet: aanbod dat hier niet aan voldoet valt af. "
                "Liever: het telt mee in de score. Klik of druk op spatie om te wisselen."
            )
        )
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def _show_state(self, checked: bool) -> None:
        self.setText(self.tr("moet") if checked else self.tr("liever"))
        self.setAccessibleDescription(self.text())


def message_label(parent: QWidget) -> QLabel:
    """An inline message under a field: calm red, wraps, hidden until needed."""
    label = QLabel(parent)
    label.setStyleSheet(MESSAGE_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def hint_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class OptionalDateEdit(QDateEdit):
    """A date with a calendar that may also be empty, shown as "geen".

    Empty is the minimum date. When the broker enters an empty field, it shows today to start
    from; if they leave without changing it, it goes back to "geen". Delete or Backspace on the
    whole field empties it. ``value_changed(date | None)`` fires for the broker's changes only.
    """

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2099, 12, 31))
        self.setSpecialValueText(self.tr("geen"))
        self.setDisplayFormat("d-M-yyyy")
        self._placeholder = False
        self._loading = False
        self.setDate(NO_DATE)
        self.dateChanged.connect(self._on_date_changed)
        self.calendarWidget().installEventFilter(self)
        self.calendarWidget().clicked.connect(self._on_date_picked)

    def value(self) -> date | None:
        if self._placeholder or self.date() == NO_DATE:
            return None
        return self.date().toPython()

    def set_value(self, value: date | None) -> None:
        self._loading = True
        self._placeholder = False
        self.setDate(QDate(value) if value else NO_DATE)
        self._loading = False

    def clear_value(self) -> None:
        was = self.value()
        self.set_value(None)
        if was is not None:
            self.value_changed.emit(None)

    def _on_date_changed(self, _value: QDate) -> None:
        if self._loading:
            return
        self._placeholder = False
        self.value_changed.emit(self.value())

    def _on_date_picked(self, _value: QDate) -> None:
        """Today picked in the calendar while today was only shown: now it is chosen."""
        if self._placeholder:
            self._placeholder = False
            self.value_changed.emit(self.value())

    def _start_from_today(self) -> None:
        if self.date() == NO_DATE:
            self._loading = True
            self.setDate(QDate.currentDate())
            self._loading = False
            self._placeholder = True

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._start_from_today()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._placeholder and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.set_value(None)
        super().focusOutEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.currentSection() == QDateEdit.Section.NoSection
            or self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.clear_value()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show:
            self._start_from_today()
            self.calendarWidget().setSelectedDate(self.date())
        return super().eventFilter(watched, event)
