"""The employer's form: the fields, each with a calm red message under it when it is wrong.

The form only lays out and reports: ``committed(field)`` when the broker leaves a field (or
presses Enter in it, or picks a sector). The page checks the text, writes it, and tells the
form what to show with :meth:`ClientForm.show_problem` / :meth:`ClientForm.set_value`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.vocab import SECTORS

FIELDS = ("name", "kvk", "sector", "address", "postcode", "city", "email", "phone", "notes")

MESSAGE_STYLE = "color: #b3261e;"  # a calm red, readable on white
NOTICE_STYLE = "color: #8a5300;"  # a calm amber: worth knowing, nothing wrong
_FORM_STYLE = """
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {
    border: 1px solid #d0453a; border-radius: 3px; padding: 3px 4px; background: #fff8f7; }
"""


class ClientForm(QWidget):
    """The nine fields of an employer in two columns (business, address) with notes below."""

    committed = Signal(str)  # the field the broker left

    def __init__(self, lang: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.setStyleSheet(_FORM_STYLE)
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.notices: dict[str, QLabel] = {}
        self._loading = False

        self.name_edit = self._line("name", self.tr("Naam van de werkgever"))
        self.kvk_edit = self._line("kvk", self.tr("KvK-nummer"))
        self.kvk_edit.setPlaceholderText(self.tr("8 cijfers"))
        self.kvk_edit.setMaxLength(20)
        self.sector_combo = QComboBox(self)
        self.sector_combo.setAccessibleName(self.tr("Sector"))
        self.sector_combo.addItem(self.tr("(geen sector)"), None)
        for term in sorted(SECTORS.terms, key=lambda term: term.label(lang).casefold()):
            self.sector_combo.addItem(term.label(lang), term.code)
        self.sector_combo.activated.connect(lambda _i: self._commit("sector"))
        self.editors["sector"] = self.sector_combo
        self.email_edit = self._line("email", self.tr("E-mailadres"))
        self.email_edit.setPlaceholderText(self.tr("naam@bedrijf.nl"))
        self.phone_edit = self._line("phone", self.tr("Telefoonnummer"))
        self.address_edit = self._line("address", self.tr("Adres"))
        self.address_edit.setPlaceholderText(self.tr("Straat en huisnummer"))
        self.postcode_edit = self._line("postcode", self.tr("Postcode"))
        self.postcode_edit.setPlaceholderText(self.tr("1234 AB"))
        self.postcode_edit.setMaxLength(10)
        self.city_edit = self._line("city", self.tr("Plaats"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notities"))
        self.notes_edit.setPlaceholderText(
            self.tr("Wat u over deze werkgever wilt onthouden (afspraken, fondsen, bijzonderheden)")
        )
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(64)
        self.notes_edit.setMaximumHeight(84)
        self.notes_edit.installEventFilter(self)
        self.editors["notes"] = self.notes_edit
        for name in FIELDS:
            self.messages[name] = self._message_label(name)
            self.notices[name] = self._message_label(name, NOTICE_STYLE, "notice")

        left = self._column()
        self._add_row(left, self.tr("&Naam"), "name")
        self._add_row(left, self.tr("&KvK-nummer"), "kvk")
        self._add_row(left, self.tr("&Sector"), "sector")
        self._add_row(left, self.tr("&E-mail"), "email")
        self._add_row(left, self.tr("&Telefoon"), "phone")
        right = self._column()
        self._add_row(right, self.tr("&Adres"), "address")
        self._add_row(right, self.tr("&Postcode"), "postcode")
        self._add_row(right, self.tr("P&laats"), "city")
        notes = self._column()
        self._add_row(notes, self.tr("N&otities"), "notes")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(6)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(notes, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self._label_width_sync = (left, right, notes)
        self._sync_label_widths()

        for first, second in zip(
            (self.name_edit, self.kvk_edit, self.sector_combo, self.email_edit, self.phone_edit,
             self.address_edit, self.postcode_edit, self.city_edit),
            (self.kvk_edit, self.sector_combo, self.email_edit, self.phone_edit,
             self.address_edit, self.postcode_edit, self.city_edit, self.notes_edit),
            strict=True,
        ):  # fmt: skip
            QWidget.setTabOrder(first, second)

    # -- what the page asks ------------------------------------------------------------------

    def load(self, record: Mapping[str, Any] | None) -> None:
        """Show an employer (None: empty fields for a new one); messages are cleared."""
        self._loading = True
        try:
            record = record or {}
            for name in FIELDS:
                self.set_value(name, record.get(name))
                self.clear_problem(name)
                self.show_notice(name, "")
        finally:
            self._loading = False

    def text(self, name: str) -> str | None:
        """What the field holds now, as typed (the sector: its code, None when none)."""
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()  # type: ignore[attr-defined]

    def set_value(self, name: str, value: str | None) -> None:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            index = editor.findData(value) if value else 0
            if index < 0:  # a code this version does not know: show it as it is
                editor.addItem(value, value)
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != (value or ""):
                editor.setPlainText(value or "")
        elif editor.text() != (value or ""):  # type: ignore[attr-defined]
            editor.setText(value or "")  # type: ignore[attr-defined]
            editor.setCursorPosition(0)  # type: ignore[attr-defined]

    def show_problem(self, name: str, message: str) -> None:
        label = self.messages[name]
        label.setText(message)
        label.setVisible(True)
        self._mark(name, True)

    def clear_problem(self, name: str) -> None:
        label = self.messages[name]
        label.clear()
        label.setVisible(False)
        self._mark(name, False)

    def problem(self, name: str) -> str:
        """The message shown under a field ('' when none)."""
        label = self.messages[name]
        return label.text() if label.isVisibleTo(self) else ""

    def show_notice(self, name: str, message: str) -> None:
        """A calm remark under the field that does not stop saving ('' hides it)."""
        label = self.notices[name]
        label.setText(message)
        label.setVisible(bool(message))

    def notice(self, name: str) -> str:
        """The remark shown under a field ('' when none)."""
        label = self.notices[name]
        return label.text() if label.isVisibleTo(self) else ""

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them."""
        return [self.name_edit, self.kvk_edit, self.sector_combo, self.email_edit,
                self.phone_edit, self.address_edit, self.postcode_edit, self.city_edit,
                self.notes_edit]  # fmt: skip

    def focus_field(self, name: str) -> None:
        self.editors[name].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals ---------------------------------------------------------------------------

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.editingFinished.connect(lambda: self._commit(name))
        self.editors[name] = edit
        return edit

    def _message_label(
        self, name: str, style: str = MESSAGE_STYLE, kind: str = "message"
    ) -> QLabel:
        label = QLabel(self)
        label.setStyleSheet(style)
        label.setWordWrap(True)
        label.setVisible(False)
        label.setObjectName(f"{kind}_{name}")
        label.setAccessibleName(self.tr("Melding"))
        return label

    def _column(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(7)
        return form

    def _add_row(self, form: QFormLayout, label_text: str, name: str) -> None:
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        editor = self.editors[name]
        editor.setSizePolicy(QSizePolicy.Policy.Expanding, editor.sizePolicy().verticalPolicy())
        box.addWidget(editor)
        box.addWidget(self.messages[name])
        box.addWidget(self.notices[name])
        label = QLabel(label_text, self)
        label.setBuddy(editor)
        label.setObjectName(f"label_{name}")
        form.addRow(label, cell)

    def _sync_label_widths(self) -> None:
        """The left column and the notes share one label width, so their fields line up."""
        labels = [
            self.findChild(QLabel, f"label_{n}")
            for n in ("name", "kvk", "sector", "email", "phone", "notes")
        ]
        width = max(label.sizeHint().width() for label in labels if label is not None)
        for label in labels:
            if label is not None:
                label.setMinimumWidth(width)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _mark(self, name: str, invalid: bool) -> None:
        editor = self.editors[name]
        if editor.property("invalid") == invalid:
            return
        editor.setProperty("invalid", invalid)
        editor.style().unpolish(editor)
        editor.style().polish(editor)

    def _commit(self, name: str) -> None:
        if not self._loading:
            self.committed.emit(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self._commit("notes")
        return super().eventFilter(watched, event)
