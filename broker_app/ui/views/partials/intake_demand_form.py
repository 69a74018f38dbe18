"""The guided form for one demand line: what they must learn, who, at what level, how, where,
for how much and when; with a moet/liever switch per constraint.

The form only lays out and checks input. Every valid change leaves as
``field_changed(name, value)`` in the store's terms (codes, cents, ISO dates, lists); the page
decides when to write. A wrong value shows its message under the field and is not sent.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain import vocab
from broker_app.domain.formatting import money
from broker_app.domain.privacy import find_bsn
from broker_app.matching.places import gazetteer
from broker_app.ui.views.partials.intake_fields import (
    MustSwitch,
    OptionalDateEdit,
    hint_label,
    message_label,
    show_message,
)
from broker_app.ui.views.partials.money_input import example_hint, read_cents
from broker_app.ui.widgets.chips import ChipsEdit
from broker_app.ui.widgets.flow_layout import FlowLayout

LABEL_WIDTH = 170
SWITCH_WIDTH = 76
MAX_BUDGET_CENTS = 1_000_000_000  # € 10 million per participant: more is a typing error
MAX_PARTICIPANTS = 100_000
MAX_KM = 500

GROUP_STYLE = """
QGroupBox { font-weight: 600; border: 1px solid palette(midlight); border-radius: 6px;
    margin-top: 16px; padding: 6px 12px 10px 12px; background: palette(base); }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f3a5a; }
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QLineEdit, QGroupBox QComboBox,
QGroupBox QSpinBox, QGroupBox QDateEdit, QGroupBox QPlainTextEdit, QGroupBox QTableView,
QGroupBox QPushButton, QGroupBox QToolButton { font-weight: normal; }
"""


class Section(QGroupBox):
    """A titled group with a grid: label | field | moet/liever."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(8)
        self.grid.setColumnMinimumWidth(0, LABEL_WIDTH)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnMinimumWidth(2, SWITCH_WIDTH)  # every section ends its fields alike
        self._row = 0

    def add_row(
        self,
        label: str,
        field: QWidget,
        switch: QWidget | None = None,
        under: list[QWidget] | None = None,
        top: bool = False,
    ) -> QLabel:
        caption = QLabel(label, self)
        caption.setBuddy(field)
        align = Qt.AlignmentFlag.AlignLeft
        align |= Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
        if top:
            caption.setContentsMargins(0, 5, 0, 0)
        self.grid.addWidget(caption, self._row, 0, align)
        self.grid.addWidget(field, self._row, 1)
        if switch is not None:
            switch_align = Qt.AlignmentFlag.AlignRight
            switch_align |= Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter
            self.grid.addWidget(switch, self._row, 2, switch_align)
        self._row += 1
        for widget in under or []:
            self.grid.addWidget(widget, self._row, 1)
            self._row += 1
        return caption


def _row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return box


def _flow(*widgets: QWidget) -> QWidget:
    """Check boxes side by side that wrap to a second line in a narrow window."""
    box = QWidget()
    layout = FlowLayout(box, spacing=14)
    layout.setContentsMargins(0, 2, 0, 2)
    for widget in widgets:
        layout.addWidget(widget)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    box.setSizePolicy(policy)
    return box


class DemandLineForm(QWidget):
    """One demand line's fields. ``load(line)`` shows a stored line without sending changes."""

    field_changed = Signal(str, object)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._loading = False
        self._budget_typed: list[tuple[str, int | None]] = [("", None)]  # (text, cents) sent

        # -- what they must learn ------------------------------------------------------------
        learn = Section(self.tr("Wat moeten ze leren?"), self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Korte naam, bijv. Heftruckpapieren"))
        self.title_edit.setAccessibleName(self.tr("Titel van de vraag"))
        learn.add_row(self.tr("Titel van de vraag"), self.title_edit)

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(
            self.tr("In de woorden van de werkgever: wat moeten de mensen straks kunnen?")
        )
        self.text_edit.setAccessibleName(self.tr("Leervraag"))
        self.text_edit.setFixedHeight(88)
        self.text_message = message_label(self)
        learn.add_row(self.tr("Leervraag *"), self.text_edit, under=[self.text_message], top=True)

        self.competences = ChipsEdit(self)
        self.competences.setPlaceholderText(self.tr("Typ een competentie en druk op Enter"))
        self.competences.setAccessibleName(self.tr("Competenties"))
        self.competences.setToolTip(
            self.tr("Enter of komma maakt er een label van; × of Backspace haalt het weg.")
        )
        learn.add_row(self.tr("Competenties"), self.competences, top=True)

        self.sector_combo = self._sector_combo()
        self.sector_edit = self.sector_combo.lineEdit()  # what the broker types
        self.switches: dict[str, MustSwitch] = {}
        learn.add_row(self.tr("Sector"), self.sector_combo, self._switch("sector"))

        # -- who and at what level -----------------------------------------------------------
        level = Section(self.tr("Deelnemers en niveau"), self)
        self.participants_spin = QSpinBox(self)
        self.participants_spin.setRange(0, MAX_PARTICIPANTS)
        self.participants_spin.setSpecialValueText(self.tr("onbekend"))
        self.participants_spin.setAccessibleName(self.tr("Aantal deelnemers"))
        self.participants_spin.setMinimumWidth(110)
        level.add_row(self.tr("Aantal deelnemers"), _row(self.participants_spin))

        self.current_level = self._combo(vocab.LEVELS, self.tr("Huidig niveau"))
        level.add_row(self.tr("Huidig niveau"), _row(self.current_level))
        self.target_level = self._combo(vocab.LEVELS, self.tr("Gewenst niveau"))
        level.add_row(self.tr("Gewenst niveau"), _row(self.target_level), self._switch("level"))
        self.credential = self._combo(vocab.CREDENTIALS, self.tr("Diploma of certificaat"))
        level.add_row(
            self.tr("Diploma of certificaat"), _row(self.credential), self._switch("credential")
        )

        # -- how and where -------------------------------------------------------------------
        how = Section(self.tr("Lesvorm, rooster en plaats"), self)
        self.delivery = self._checks(vocab.DELIVERY, "delivery")
        how.add_row(
            self.tr("Lesvorm"), _flow(*self.delivery.values()), self._switch("delivery"), top=True
        )
        self.schedule = self._checks(vocab.SCHEDULE, "schedule")
        how.add_row(
            self.tr("Rooster"), _flow(*self.schedule.values()), self._switch("schedule"), top=True
        )
        self.city_edit = QLineEdit(self)
        self.city_edit.setPlaceholderText(self.tr("bijv. Zwolle"))
        self.city_edit.setAccessibleName(self.tr("Plaats"))
        self.city_edit.setMaximumWidth(320)
        self._cities = QStringListModel(self)
        completer = QCompleter(self._cities, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.city_edit.setCompleter(completer)
        self.city_hint = hint_label(self)
        self.city_hint.hide()
        how.add_row(self.tr("Plaats"), self.city_edit, under=[self.city_hint])

        self.distance_spin = QSpinBox(self)
        self.distance_spin.setRange(0, MAX_KM)
        self.distance_spin.setSingleStep(5)
        self.distance_spin.setSuffix(" km")
        self.distance_spin.setSpecialValueText(self.tr("geen grens"))
        self.distance_spin.setAccessibleName(self.tr("Maximale reisafstand"))
        self.distance_spin.setMinimumWidth(110)
        self.distance_message = message_label(self)
        how.add_row(
            self.tr("Maximale reisafstand"),
            _row(self.distance_spin),
            self._switch("distance"),
            under=[self.distance_message],
        )

        # -- money and time ------------------------------------------------------------------
        when = Section(self.tr("Budget en periode"), self)
        self.budget_edit = QLineEdit(self)
        self.budget_edit.setPlaceholderText(example_hint())
        self.budget_edit.setAccessibleName(self.tr("Budget per deelnemer in euro"))
        self.budget_edit.setMaximumWidth(180)
        self.budget_hint = hint_label(self)
        self.budget_hint.setWordWrap(False)
        self.budget_message = message_label(self)
        budget_field = _row(QLabel("€", self), self.budget_edit, self.budget_hint)
        when.add_row(
            self.tr("Budget per deelnemer"),
            budget_field,
            self._switch("budget"),
            under=[self.budget_message],
        )

        self.start_after = OptionalDateEdit(self)
        self.start_after.setAccessibleName(self.tr("Start niet vóór"))
        self.start_before = OptionalDateEdit(self)
        self.start_before.setAccessibleName(self.tr("Start uiterlijk"))
        for edit in (self.start_after, self.start_before):
            edit.setMinimumWidth(130)
            edit.setToolTip(self.tr("Delete of Backspace maakt het veld leeg (geen datum)."))
        between = QLabel(self.tr("en uiterlijk"), self)
        between.setBuddy(self.start_before)
        self.period_message = message_label(self)
        when.add_row(
            self.tr("Start niet vóór"),
            _row(
                self.start_after,
                self._clear_button(self.start_after),
                between,
                self.start_before,
                self._clear_button(self.start_before),
            ),
            self._switch("start"),
            under=[self.period_message],
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.legend = hint_label(
            self,
            self.tr(
                "Per eis kiest u rechts: moet (aanbod dat er niet aan voldoet valt af) of "
                "liever (telt mee in de score)."
            ),
        )
        self.legend.setContentsMargins(2, 8, 2, 0)
        layout.addWidget(self.legend)
        for section in (learn, level, how, when):
            layout.addWidget(section)
        self.sections = [learn, level, how, when]
        self._set_tab_order()

        self._connect()

    def _set_tab_order(self) -> None:
        """Row by row, each field before its moet/liever switch (the widgets were reparented
        into their rows and sections, which left the switches ahead of their fields)."""
        chain = self.tab_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def tab_chain(self) -> list[QWidget]:
        """The form's Tab stops in order; the page links its own widgets before and after."""
        switches = self.switches
        return [
            self.title_edit,
            self.text_edit,
            self.competences.input,
            self.sector_combo,
            switches["sector"],
            self.participants_spin,
            self.current_level,
            self.target_level,
            switches["level"],
            self.credential,
            switches["credential"],
            *self.delivery.values(),
            switches["delivery"],
            *self.schedule.values(),
            switches["schedule"],
            self.city_edit,
            self.distance_spin,
            switches["distance"],
            self.budget_edit,
            switches["budget"],
            self.start_after,
            self.start_before,
            switches["start"],
        ]

    # -- building ----------------------------------------------------------------------------

    def _switch(self, constraint: str) -> MustSwitch:
        switch = MustSwitch(constraint, vocab.MUST_CONSTRAINTS.label(constraint, self.lang), self)
        switch.toggled.connect(self._on_must)
        self.switches[constraint] = switch
        return switch

    def _sector_combo(self) -> QComboBox:
        """The sectors by label to pick from; another sector may be typed as it is."""
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(len(vocab.SECTORS.terms))
        for term in sorted(vocab.SECTORS.terms, key=lambda t: t.label(self.lang).casefold()):
            combo.addItem(term.label(self.lang), term.code)
        combo.setCurrentIndex(-1)
        combo.lineEdit().setPlaceholderText(self.tr("Kies of typ een sector"))
        combo.setAccessibleName(self.tr("Sector"))
        combo.setMaximumWidth(320)
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)  # suggests; the typed text stays as typed
        return combo

    def sector_value(self) -> str | None:
        """The sector's code for a known label (in either language), else the text typed."""
        text = " ".join(self.sector_combo.currentText().split())
        if not text:
            return None
        try:
            return vocab.SECTORS.parse(text)[0]
        except vocab.UnknownValue:
            return text.lower()

    def _combo(self, vocabulary: vocab.Vocabulary, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("— niet ingevuld —"), None)
        for term in vocabulary.terms:
            combo.addItem(term.label(self.lang), term.code)
        combo.setAccessibleName(name)
        combo.setMinimumWidth(260)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _checks(self, vocabulary: vocab.Vocabulary, name: str) -> dict[str, QCheckBox]:
        boxes = {}
        for term in vocabulary.terms:
            box = QCheckBox(term.label(self.lang), self)
            box.toggled.connect(lambda _on, name=name: self._on_list(name))
            boxes[term.code] = box
        return boxes

    def _clear_button(self, edit: OptionalDateEdit) -> QToolButton:
        button = QToolButton(self)
        button.setText("×")
        button.setAutoRaise(True)
        button.setToolTip(self.tr("Geen datum"))
        button.setAccessibleName(self.tr("Geen datum: {field}").format(field=edit.accessibleName()))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete in the field does the same
        button.clicked.connect(edit.clear_value)
        return button

    def _connect(self) -> None:
        self.title_edit.textChanged.connect(lambda t: self._emit("title", t.strip() or None))
        self.text_edit.textChanged.connect(self._on_text)
        self.competences.chips_changed.connect(lambda chips: self._emit("competences", chips))
        self.sector_combo.editTextChanged.connect(
            lambda _t: self._emit("sector", self.sector_value())
        )
        self.participants_spin.valueChanged.connect(lambda v: self._emit("participants", v or None))
        for name, combo in (
            ("current_level", self.current_level),
            ("target_level", self.target_level),
            ("credential", self.credential),
        ):
            combo.currentIndexChanged.connect(
                lambda _i, name=name, combo=combo: self._emit(name, combo.currentData())
            )
        self.city_edit.textChanged.connect(self._on_city)
        self.distance_spin.valueChanged.connect(self._on_distance)
        self.budget_edit.textChanged.connect(self._on_budget)
        self.start_after.value_changed.connect(lambda _v: self._on_period("start_after"))
        self.start_before.value_changed.connect(lambda _v: self._on_period("start_before"))

    # -- loading -----------------------------------------------------------------------------

    def set_cities(self, names: list[str]) -> None:
        self._cities.setStringList(sorted(set(names), key=str.casefold))

    def load(self, line: dict[str, Any]) -> None:
        """Show a stored line (lists decoded); sends nothing."""
        self._loading = True
        try:
            self.title_edit.setText(line.get("title") or "")
            self.text_edit.setPlainText(line.get("text") or "")
            self.competences.set_chips(list(line.get("competences") or []))
            sector = line.get("sector") or ""
            self.sector_combo.setCurrentIndex(self.sector_combo.findData(sector) if sector else -1)
            self.sector_combo.setEditText(vocab.SECTORS.label(sector, self.lang))
            self.participants_spin.setValue(line.get("participants") or 0)
            for name, combo in (
                ("current_level", self.current_level),
                ("target_level", self.target_level),
                ("credential", self.credential),
            ):
                index = combo.findData(line.get(name)) if line.get(name) else 0
                combo.setCurrentIndex(max(index, 0))
            for name, boxes in (("delivery", self.delivery), ("schedule", self.schedule)):
                chosen = set(line.get(name) or [])
                for code, box in boxes.items():
                    box.setChecked(code in chosen)
            self.city_edit.setText(line.get("city") or "")
            self.distance_spin.setValue(line.get("max_distance_km") or 0)
            cents = line.get("budget_per_participant_cents")
            self._budget_typed = [("", cents)]
            self.budget_edit.setText(
                "" if cents is None else money(cents, self.lang).replace("€", "").strip()
            )
            self.start_after.set_value(_day(line.get("start_after")))
            self.start_before.set_value(_day(line.get("start_before")))
            musts = set(line.get("must") or [])
            for code, switch in self.switches.items():
                switch.setChecked(code in musts)
        finally:
            self._loading = False
        self._budget_typed: list[tuple[str, int | None]] = [("", None)]  # (text, cents) sent
        for label in (self.text_message, self.budget_message, self.period_message):
            show_message(label, "")
        self._show_budget_hint(line.get("budget_per_participant_cents"))
        self._check_text(self.text_edit.toPlainText(), quiet=True)
        self._show_city_hint()
        self._check_distance()

    # -- checking and sending ----------------------------------------------------------------

    def _emit(self, name: str, value: object) -> None:
        if not self._loading:
            self.field_changed.emit(name, value)

    def _check_text(self, text: str, quiet: bool = False) -> bool:
        bsn = find_bsn(text)
        if bsn:  # AVG: not saved while it holds a citizen service number
            show_message(
                self.text_message,
                self.tr("Niet opgeslagen: “{value}” lijkt een BSN. Een BSN hoort niet in de "
                        "leervraag (AVG); haal het weg.").format(value=bsn),
            )  # fmt: skip
            return False
        if text.strip():
            show_message(self.text_message, "")
            return True
        if not quiet:
            show_message(
                self.text_message,
                self.tr("Beschrijf wat de deelnemers moeten leren; zonder leervraag valt er "
                        "niets te zoeken."),
            )  # fmt: skip
        return False

    def check_required(self) -> bool:
        """Show the message for an empty learning question; True when it is filled in."""
        return self._check_text(self.text_edit.toPlainText())

    def _on_text(self) -> None:
        if self._loading:
            return
        text = self.text_edit.toPlainText()
        if self._check_text(text):
            self._emit("text", text.strip())

    def _on_list(self, name: str) -> None:
        boxes = self.delivery if name == "delivery" else self.schedule
        self._emit(name, [code for code, box in boxes.items() if box.isChecked()])

    def _on_must(self, _checked: bool) -> None:
        self._check_distance()
        self._emit("must", self.musts())

    def musts(self) -> list[str]:
        return [code for code, switch in self.switches.items() if switch.isChecked()]

    def _on_city(self, text: str) -> None:
        self._show_city_hint()
        self._check_distance()
        self._emit("city", text.strip() or None)

    def _show_city_hint(self) -> None:
        city = self.city_edit.text().strip()
        unknown = bool(city) and gazetteer().find(city) is None
        self.city_hint.setText(
            self.tr("Deze plaats is onbekend: de reisafstand kan niet worden berekend.")
            if unknown
            else ""
        )
        self.city_hint.setVisible(unknown)

    def _on_distance(self, value: int) -> None:
        self._check_distance()
        self._emit("max_distance_km", value or None)

    def _check_distance(self) -> None:
        needs = self.switches["distance"].isChecked() and (
            not self.city_edit.text().strip() or not self.distance_spin.value()
        )
        show_message(
            self.distance_message,
            self.tr("Vul een plaats en een afstand in, anders kan afstand geen eis zijn.")
            if needs
            else "",
        )

    def _budget_before(self, text: str) -> int | None:
        """The amount before the broker began typing ``text``.

        While "1,500" is typed, "1,5" and "1,50" were amounts (€ 1,50) and went to the store;
        when the whole text is refused, that half-typed amount must not stay behind.
        """
        for typed, cents in reversed(self._budget_typed):
            if not typed or not text.startswith(typed):
                return cents
        return None

    def _on_budget(self, text: str) -> None:
        if self._loading:
            return
        text = text.strip()
        if not text:
            show_message(self.budget_message, "")
            self._show_budget_hint(None)
            self._budget_typed.append(("", None))
            self._emit("budget_per_participant_cents", None)
            return
        cents, problem = read_cents(text, self.lang)
        if cents is not None and cents > MAX_BUDGET_CENTS:
            problem = self.tr("Dat is meer dan {maximum} per deelnemer; klopt het bedrag?").format(
                maximum=money(MAX_BUDGET_CENTS, self.lang, whole=True)
            )
        if problem:
            self._show_budget_hint(None)
            show_message(self.budget_message, problem)
            before = self._budget_before(text)
            self._budget_typed = [*self._budget_typed[-40:], (text, before)]
            self._emit("budget_per_participant_cents", before)
            return
        show_message(self.budget_message, "")
        self._show_budget_hint(cents)
        self._budget_typed = [*self._budget_typed[-40:], (text, cents)]
        self._emit("budget_per_participant_cents", cents)

    def _show_budget_hint(self, cents: int | None) -> None:
        self.budget_hint.setText(
            ""
            if cents is None
            else self.tr("= {amount} per deelnemer").format(amount=money(cents, self.lang))
        )

    def _on_period(self, name: str) -> None:
        after, before = self.start_after.value(), self.start_before.value()
        if after and before and after > before:
            show_message(
                self.period_message,
                self.tr("De uiterste startdatum ligt vóór de eerste: pas een van beide aan."),
            )
            return
        show_message(self.period_message, "")
        self._emit("start_after", after.isoformat() if after else None)
        self._emit("start_before", before.isoformat() if before else None)


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
