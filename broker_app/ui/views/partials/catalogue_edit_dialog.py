"""Editing one offering by hand: a form checked with the import's own rules, saved in one go.

The form's values become the ``{column: text}`` row an import reads, so ``catalogue.rows``
decides what a valid price, date or level is, and a problem is shown under its field in Dutch.
Provider and code are the offering's identity and are not edited here; what the form does not
show (group size, language, website ...) is kept as it was.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from broker_app.catalogue.rows import parse_row
from broker_app.domain import vocab
from broker_app.domain.formatting import money
from broker_app.domain.messages import t
from broker_app.domain.models import OfferingRecord
from broker_app.domain.problems import Problem
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from broker_app.store.records import from_json_list
from broker_app.ui.views.partials.money_input import read_cents

ERROR_STYLE = "color: #b3261e;"
_SPLIT = re.compile(r"[,;\n|]+")

# Columns the form does not show: kept as the offering has them.
_KEPT = (
    "qualification_code",
    "duration_weeks",
    "min_participants",
    "max_participants",
    "language",
    "url",
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format(Decimal(str(value)).normalize(), "f").replace(".", ",")
    return str(value)


def _joined(items: list[str] | None) -> str:
    return "|".join(i.strip() for i in items or [] if i.strip())


def _split(text: str) -> list[str]:
    return [part.strip() for part in _SPLIT.split(text) if part.strip()]


class OfferingEditDialog(QDialog):
    """The form; ``saved(offering_id)`` after a successful write."""

    saved = Signal(str)

    def __init__(
        self, store: Store, offering: dict[str, Any], lang: str, sectors: list[str], parent=None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._offering = offering
        self._lang = lang
        self.setWindowTitle(self.tr("Opleiding bewerken"))
        self.setModal(True)
        self.resize(720, 760)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

        heading = QLabel(
            self.tr("{provider} · code {code}").format(
                provider=offering.get("provider") or "", code=offering.get("code") or ""
            ),
            self,
        )
        heading.setStyleSheet("color: palette(mid);")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        form_widget = QWidget(self)
        self.form = QFormLayout(form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(6)

        self.title_edit = self._line("title", self.tr("&Titel"), offering.get("title"))
        self.type_combo = self._combo(
            "type", self.tr("T&ype"), vocab.OFFERING_TYPES, offering.get("type"), empty=False
        )
        self.level_combo = self._combo(
            "level", self.tr("&Niveau"), vocab.LEVELS, offering.get("level"), empty=False
        )
        self.sector_edit = self._line("sector", self.tr("&Sector"), offering.get("sector"))
        completer = QCompleter(sectors, self.sector_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.sector_edit.setCompleter(completer)
        self.description_edit = self._text_box(
            "description", self.tr("&Beschrijving"), offering.get("description"), 5
        )
        self.outcomes_edit = self._text_box(
            "outcomes",
            self.tr("&Leerresultaten"),
            "\n".join(offering.get("outcomes") or []),
            4,
            self.tr("Eén leerresultaat per regel"),
        )
        self.keywords_edit = self._line(
            "keywords",
            self.tr("&Zoekwoorden"),
            ", ".join(offering.get("keywords") or []),
            self.tr("Gescheiden door komma's"),
        )
        self.hours_edit = QLineEdit(_text(offering.get("hours")), self)
        self.ec_edit = QLineEdit(_text(offering.get("ec")), self)
        self.hours_edit.setAccessibleName(self.tr("Uren"))
        self.ec_edit.setAccessibleName(self.tr("EC"))
        self.hours_edit.setMaximumWidth(90)
        self.ec_edit.setMaximumWidth(90)
        load = QWidget(self)
        row = QHBoxLayout(load)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hours_edit)
        row.addWidget(QLabel(self.tr("uur"), load))
        row.addSpacing(16)
        row.addWidget(self.ec_edit)
        row.addWidget(QLabel(self.tr("EC"), load))
        row.addStretch(1)
        self.fields["hours"] = self.hours_edit
        self.fields["ec"] = self.ec_edit
        self._add_row(self.tr("Studie&belasting"), load, ("hours", "ec"), self.hours_edit)

        self.delivery_boxes = self._checks(
            "delivery", self.tr("Vorm"), vocab.DELIVERY, offering.get("delivery") or []
        )
        self.schedule_boxes = self._checks(
            "schedule", self.tr("Rooster"), vocab.SCHEDULE, offering.get("schedule") or []
        )
        self.city_edit = self._line("city", self.tr("Pl&aats"), offering.get("city"))

        price = offering.get("price_cents")
        price_text = money(price, lang).replace("€", "").strip() if price is not None else ""
        self.price_edit = QLineEdit(price_text, self)
        self.price_edit.setAccessibleName(self.tr("Prijs per deelnemer"))
        self.price_edit.setPlaceholderText(self.tr("bijv. 1.250,00"))
        self.price_edit.setMaximumWidth(140)
        self.vat_combo = QComboBox(self)
        self.vat_combo.setAccessibleName(self.tr("Btw"))
        self.vat_combo.addItem(self.tr("btw onbekend"), None)
        for term in vocab.VAT_RATES.terms:
            self.vat_combo.addItem(term.label(lang), term.code)
        self._select(self.vat_combo, offering.get("vat"))
        money_row = QWidget(self)
        row = QHBoxLayout(money_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("€", money_row))
        row.addWidget(self.price_edit)
        row.addSpacing(16)
        row.addWidget(self.vat_combo)
        row.addStretch(1)
        self.fields["price"] = self.price_edit
        self.fields["vat"] = self.vat_combo
        self._add_row(self.tr("&Prijs"), money_row, ("price", "vat"), self.price_edit)

        dates = [self._dutch_date(d) for d in offering.get("start_dates") or []]
        self.starts_edit = self._line(
            "start_dates",
            self.tr("Start&data"),
            ", ".join(dates),
            self.tr("bijv. 1-2-2027, 1-9-2027"),
        )
        self.continuous_box = QCheckBox(self.tr("Doorlopende instroom"), self)
        self.continuous_box.setChecked(bool(offering.get("continuous_intake")))
        self.form.addRow("", self.continuous_box)
        self.credential_combo = self._combo(
            "credential",
            self.tr("Af&sluiting"),
            vocab.CREDENTIALS,
            offering.get("credential"),
            empty=True,
        )
        self.notes_edit = self._text_box(
            "notes", self.tr("&Notities"), offering.get("notes"), 3, self.tr("Alleen voor u")
        )
        self.tags_edit = self._line(
            "tags",
            self.tr("La&bels"),
            ", ".join(from_json_list(offering.get("tags")) if isinstance(
                offering.get("tags"), str) else offering.get("tags") or []),
            self.tr("Uw eigen labels, gescheiden door komma's"),
        )  # fmt: skip

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        cancel = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setToolTip(self.tr("Sluiten zonder opslaan (Esc)"))
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.general_error)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus()

    # -- building -----------------------------------------------------------------------------

    def _add_row(
        self, label_text: str, widget: QWidget, columns: tuple[str, ...], buddy: QWidget
    ) -> None:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel(box)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        for column in columns:
            self.errors[column] = error
        label = QLabel(label_text, self)
        label.setBuddy(buddy)
        self.form.addRow(label, box)

    def _line(self, column: str, label: str, value: Any, hint: str = "") -> QLineEdit:
        edit = QLineEdit(_text(value), self)
        edit.setAccessibleName(label.replace("&", ""))
        if hint:
            edit.setPlaceholderText(hint)
        self.fields[column] = edit
        self._add_row(label, edit, (column,), edit)
        return edit

    def _text_box(
        self, column: str, label: str, value: Any, lines: int, hint: str = ""
    ) -> QPlainTextEdit:
        edit = QPlainTextEdit(_text(value), self)
        edit.setAccessibleName(label.replace("&", ""))
        edit.setTabChangesFocus(True)
        if hint:
            edit.setPlaceholderText(hint)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        self.fields[column] = edit
        self._add_row(label, edit, (column,), edit)
        return edit

    def _combo(
        self, column: str, label: str, vocabulary: vocab.Vocabulary, value: Any, empty: bool
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(label.replace("&", ""))
        if empty:
            combo.addItem("—", None)
        for term in vocabulary.terms:
            combo.addItem(term.label(self._lang), term.code)
        if value and value not in vocabulary:
            combo.addItem(str(value), value)  # a code from a newer file: keep it
        self._select(combo, value)
        self.fields[column] = combo
        self._add_row(label, combo, (column,), combo)
        return combo

    def _checks(
        self, column: str, label: str, vocabulary: vocab.Vocabulary, codes: list[str]
    ) -> dict[str, QCheckBox]:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        for n, term in enumerate(vocabulary.terms):
            check = QCheckBox(term.label(self._lang), box)
            check.setChecked(term.code in codes)
            grid.addWidget(check, n // 3, n % 3)
            boxes[term.code] = check
        box.setAccessibleName(label)
        self.fields[column] = box
        first = next(iter(boxes.values()))
        self._add_row(label, box, (column,), first)
        return boxes

    @staticmethod
    def _select(combo: QComboBox, code: Any) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(0, index))

    @staticmethod
    def _dutch_date(iso: str) -> str:
        year, month, day = iso.split("-")
        return f"{int(day)}-{int(month)}-{year}"

    # -- reading and saving -------------------------------------------------------------------

    def cells(self) -> dict[str, str]:
        """The form as an import row: ``{column: text}``."""
        o = self._offering
        starts = _split(self.starts_edit.text())
        if self.continuous_box.isChecked():
            starts.append(vocab.CONTINUOUS_INTAKE)
        cells = {
            "provider": str(o.get("provider") or ""),
            "code": str(o.get("code") or ""),
            "title": self.title_edit.text(),
            "type": self.type_combo.currentData() or "",
            "level": self.level_combo.currentData() or "",
            "sector": self.sector_edit.text(),
            "description": self.description_edit.toPlainText(),
            "outcomes": _joined(self.outcomes_edit.toPlainText().splitlines()),
            "keywords": _joined(_split(self.keywords_edit.text())),
            "hours": self.hours_edit.text(),
            "ec": self.ec_edit.text(),
            "delivery": _joined([c for c, b in self.delivery_boxes.items() if b.isChecked()]),
            "schedule": _joined([c for c, b in self.schedule_boxes.items() if b.isChecked()]),
            "city": self.city_edit.text(),
            "price": self._price_cell(),
            "vat": self.vat_combo.currentData() or "",
            "start_dates": "|".join(starts),
            "credential": self.credential_combo.currentData() or "",
        }
        for column in _KEPT:
            cells[column] = _text(o.get(column))
        return cells

    def _price_typed(self) -> tuple[int | None, str]:
        """The price as the broker typed it, read in the window's language: (cents, problem)."""
        text = self.price_edit.text().strip()
        if not text:
            return None, ""
        return read_cents(text, self._lang)

    def _price_cell(self) -> str:
        """The price for the import's rules, written so that no language can misread it."""
        cents, problem = self._price_typed()
        if cents is None:
            return "" if not problem else self.price_edit.text()
        return f"{cents // 100}.{cents % 100:02d}"

    def check(self) -> tuple[OfferingRecord | None, list[Problem]]:
        """Check the form; every problem is shown under its field."""
        record, problems = parse_row(self.cells(), 0)
        _, price_problem = self._price_typed()
        if price_problem:  # read in the window's language, not by the file's rules
            problems = [p for p in problems if p.column != "price"]
            problems.append(
                Problem("error", "value.amount", 0, "price", {"message": price_problem})
            )
            order = list(self.fields)  # the form's order: the first problem gets the focus
            problems.sort(key=lambda p: order.index(p.column) if p.column in order else -1)
        for label in set(self.errors.values()):
            label.clear()
            label.hide()
        errors = [p for p in problems if p.is_error]
        shown: dict[QLabel, list[str]] = {}
        for problem in errors:
            label = self.errors.get(problem.column or "")
            text = self._message(problem)
            if label is None:
                self.general_error.setText(text)
                self.general_error.show()
                continue
            shown.setdefault(label, []).append(text)
        for label, texts in shown.items():
            label.setText(" ".join(texts))
            label.show()
        if errors:
            first = self.fields.get(errors[0].column or "")
            if first is not None:
                first.setFocus()
        return record, errors

    def _message(self, problem: Problem) -> str:
        if "message" in problem.params:
            return str(problem.params["message"])
        if problem.key == "value.required":
            return self.tr("Vul dit veld in.")
        text = t(problem.key, self._lang, **problem.params)
        return text[:1].upper() + text[1:] + "."

    def save(self) -> bool:
        """Check, then write in one transaction; True when saved (the dialog closes)."""
        self.general_error.hide()
        record, errors = self.check()
        if errors or record is None:
            return False
        tags = _split(self.tags_edit.text())
        notes = self.notes_edit.toPlainText().strip() or None
        offering_id = self._offering["id"]
        try:
            with self._store.transaction() as db:
                repo.save_offering(db, offering_id, record, notes=notes, tags=tags)
        except Exception:  # locked file, deleted meanwhile ...: say so, keep the form
            self.general_error.setText(
                self.tr("Opslaan is niet gelukt; er is niets gewijzigd. Probeer het opnieuw.")
            )
            self.general_error.show()
            return False
        self.saved.emit(offering_id)
        self.accept()
        return True
