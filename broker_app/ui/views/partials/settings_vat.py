"""Settings, "Btw en subsidies": the VAT for offerings that state no rate, and the funding
schemes a proposal can estimate a contribution from.

- ``proposal.default_vat``: "21", "9", "0" or "vrijgesteld" (``domain.vocab.VAT_RATES``). The
  exemption of funded and CRKBO-registered providers always comes first.
- ``proposal.funding_schemes``: ``{"schemes": [{"name", "percent", "max_cents", "note"}]}``,
  the shape ``proposals.service.funding_schemes`` reads through ``domain.pricing.schemes_from``.
  Every accepted edit of the table is saved at once; a refused one (STAP, a percentage above
  100, a wrong amount, a double name) is not written and says why under the table.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from broker_app.domain import vocab
from broker_app.domain.formatting import money, number
from broker_app.domain.messages import t
from broker_app.domain.pricing import Funding, PricingError
from broker_app.paths import data_dir
from broker_app.proposals.service import FUNDING_SETTING
from broker_app.store.database import Store
from broker_app.store.settings import get_setting, set_setting
from broker_app.ui import dialogs
from broker_app.ui.views.partials.money_input import read_cents
from broker_app.ui.views.partials.settings_common import (
    Message,
    Section,
    card,
    explanation,
    note,
    subheading,
)

DEFAULT_VAT_SETTING = "proposal.default_vat"
DEFAULT_VAT = "21"
NAME, PERCENT, CAP, NOTE = range(4)
_Index = QModelIndex | QPersistentModelIndex


def bundled_schemes() -> list[dict]:
    data = json.loads((data_dir("reports") / "funding_schemes.json").read_text(encoding="utf-8"))
    return [dict(item) for item in data.get("schemes", [])]


def stored_schemes(store: Store) -> list[dict]:
    """The rows to edit: the broker's list, else the bundled one."""
    stored = get_setting(store.db, FUNDING_SETTING)
    items = stored.get("schemes") if isinstance(stored, dict) else stored
    if not stored or not isinstance(items, list):
        return bundled_schemes()
    rows = []
    for item in items:
        if isinstance(item, dict) and str(item.get("name") or "").strip():
            rows.append(
                {"name": str(item["name"]).strip(), "percent": item.get("percent", 0),
                 "max_cents": item.get("max_cents"), "note": str(item.get("note") or "")}
            )  # fmt: skip
    return rows


def _percent_text(value: object, lang: str) -> str:
    try:
        return number(Decimal(str(value)).normalize(), lang)
    except (InvalidOperation, ValueError):
        return str(value)


class FundingSchemesModel(QAbstractTableModel):
    """The schemes as rows; ``refused(message)`` when an edit cannot stand, ``edited()`` after
    an accepted edit (the section then saves)."""

    refused = Signal(str)
    edited = Signal()

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = [dict(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Regeling"), self.tr("Percentage"), self.tr("Maximaal"),
                    self.tr("Toelichting"))[section]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignRight
                if section in (PERCENT, CAP)
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row["name"]
            if column == PERCENT:
                return f"{_percent_text(row.get('percent', 0), self.lang)} %"
            if column == CAP:
                cap = row.get("max_cents")
                return self.tr("geen maximum") if cap is None else money(cap, self.lang, whole=True)
            return row.get("note") or ""
        if role == Qt.ItemDataRole.EditRole:
            if column == NAME:
                return row["name"]
            if column == PERCENT:
                return _percent_text(row.get("percent", 0), self.lang)
            if column == CAP:
                cap = row.get("max_cents")
                return (
                    ""
                    if cap is None
                    else money(cap, self.lang, whole=True).replace("€", "").strip()
                )
            return row.get("note") or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PERCENT, CAP):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == CAP:
            return self.tr("Leeg laten als er geen maximum is.")
        return None

    def check(self, row: int, column: int, text: str) -> tuple[object, str]:
        """(the value to keep, a message); a message means: refused."""
        text = " ".join(str(text).split())
        if column == NAME:
            if not text:
                return None, self.tr("Geef de regeling een naam.")
            try:
                Funding(text, 0)
            except PricingError as exc:
                return None, self.tr("{name} kan niet: {reason}.").format(
                    name=text, reason=t(exc.key, self.lang, **exc.params)
                )
            others = {r["name"].casefold() for i, r in enumerate(self.rows) if i != row}
            if text.casefold() in others:
                return None, self.tr("Er is al een regeling met de naam {name}.").format(name=text)
            return text, ""
        if column == PERCENT:
            try:
                value = Decimal(text.replace("%", "").strip().replace(",", "."))
            except InvalidOperation:
                value = Decimal(-1)
            if not value.is_finite() or not 0 <= value <= 100:
                return None, self.tr("Het percentage is een getal van 0 tot en met 100.")
            value = value.normalize()
            return (int(value) if value == value.to_integral_value() else float(value)), ""
        if column == CAP:
            if not text or text in ("-", "—"):
                return None, ""
            cents, problem = read_cents(text, self.lang)
            if problem:
                return None, self.tr("{problem} Laat het maximum leeg als er geen is.").format(
                    problem=problem
                )
            return cents, ""
        return text, ""

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        checked, message = self.check(index.row(), index.column(), value)
        if message:
            self.refused.emit(message)
            return False
        key = ("name", "percent", "max_cents", "note")[index.column()]
        if self.rows[index.row()].get(key) == checked:
            return True
        self.rows[index.row()][key] = checked
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def add_row(self, name: str) -> int:
        taken = {r["name"].casefold() for r in self.rows}
        candidate, n = name, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{name} {n}"
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append({"name": candidate, "percent": 50, "max_cents": None, "note": ""})
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()


class VatSection(Section):
    key = "vat"

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(store, lang, parent)
        self.set_heading(
            self.tr("Btw en subsidies"),
            self.tr("Hoe een voorstel de btw per regel bepaalt, en de bijdrageregelingen waarmee "
                    "u een bijdrage in een voorstel schat."),
        )  # fmt: skip

        vat_card, vat_layout = card(self)
        vat_layout.addWidget(subheading(self.tr("Btw"), self))
        vat_layout.addWidget(explanation(self.tr(
            "Onderwijs is <b>vrijgesteld van btw</b> (art. 11 lid 1 onderdeel o Wet OB 1968) als "
            "een <b>bekostigde instelling</b> het geeft, of een particuliere aanbieder die in het "
            "<b>CRKBO-register</b> staat. Die vrijstelling gaat altijd voor. Heeft een opleiding "
            "geen eigen btw-tarief en geldt de vrijstelling niet, dan rekent het voorstel met het "
            "tarief hieronder."), self))  # fmt: skip
        self.vat_combo = QComboBox(self)
        self.vat_combo.setAccessibleName(self.tr("Btw voor aanbod zonder tarief"))
        for term in vocab.VAT_RATES.terms:
            self.vat_combo.addItem(term.label(lang), term.code)
        self.vat_combo.setMinimumWidth(220)
        self.vat_combo.currentIndexChanged.connect(self.save_vat)
        vat_form = QFormLayout()
        vat_form.setHorizontalSpacing(14)
        vat_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        vat_form.addRow(self.tr("Btw voor aanbod zonder tarief"), self.vat_combo)
        vat_layout.addLayout(vat_form)

        schemes_card, schemes_layout = card(self)
        schemes_layout.addWidget(subheading(self.tr("Bijdrageregelingen"), self))
        schemes_hint = self.tr(
            "Een bijdrage in een voorstel is altijd een schatting: het percentage van de kosten "
            "incl. btw, tot het maximum. Dubbelklik op een cel om die te wijzigen. Het "
            "STAP-budget bestaat sinds 1 januari 2024 niet meer en kan niet worden toegevoegd."
        )
        schemes_layout.addWidget(note(schemes_hint, self))
        self.model = FundingSchemesModel(lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bijdrageregelingen"))
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)  # fmt: skip
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.setMinimumHeight(190)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(NAME, 300)
        self.table.setColumnWidth(PERCENT, 100)
        self.table.setColumnWidth(CAP, 120)
        self.table.setStyleSheet(
            "QHeaderView::section { padding: 5px 6px; border: none;"
            " border-bottom: 1px solid palette(mid); background: palette(button); }"
        )
        self.message = Message(self)
        self.add_button = QPushButton(self.tr("Regeling toevoegen"), self)
        self.add_button.setToolTip(self.tr("Regeling toevoegen (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_scheme)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.remove_button.setToolTip(self.tr("De gekozen regeling verwijderen (Delete)"))
        self.remove_button.clicked.connect(self.remove_scheme)
        self.restore_button = QPushButton(self.tr("Standaard herstellen"), self)
        self.restore_button.setToolTip(self.tr("De regelingen die bij het programma horen"))
        self.restore_button.clicked.connect(self.restore_defaults)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        schemes_layout.addWidget(self.table)
        schemes_layout.addWidget(self.message)
        schemes_layout.addLayout(buttons)
        self._shortcuts = [QShortcut(QKeySequence.StandardKey.New, self.table, self.add_scheme),
                           QShortcut(QKeySequence.StandardKey.Delete, self.table,
                                     self.remove_scheme)]  # fmt: skip

        self.model.refused.connect(self.message.say)
        self.model.edited.connect(self.save_schemes)
        self.model.dataChanged.connect(lambda *_: self.message.clear_message())

        self.body.addWidget(vat_card)
        self.body.addWidget(schemes_card, 1)

    def load(self) -> None:
        code = get_setting(self.store.db, DEFAULT_VAT_SETTING, DEFAULT_VAT)
        index = self.vat_combo.findData(code if code in vocab.VAT_RATES else DEFAULT_VAT)
        self.vat_combo.blockSignals(True)
        self.vat_combo.setCurrentIndex(max(index, 0))
        self.vat_combo.blockSignals(False)
        self.model.set_rows(stored_schemes(self.store))
        self.message.clear_message()

    def save_vat(self) -> None:
        code = self.vat_combo.currentData()
        with self.store.transaction() as db:
            set_setting(db, DEFAULT_VAT_SETTING, code)
        self.saved.emit()

    def save_schemes(self) -> None:
        rows = [{k: v for k, v in row.items() if v not in (None, "")} for row in self.model.rows]
        with self.store.transaction() as db:
            set_setting(db, FUNDING_SETTING, {"schemes": rows})
        self.saved.emit()

    def add_scheme(self) -> None:
        row = self.model.add_row(self.tr("Nieuwe regeling"))
        index = self.model.index(row, NAME)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_scheme(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.say(self.tr("Kies eerst een regeling in de tabel."))
            return
        name = self.model.rows[index.row()]["name"]
        if dialogs.ask(self, self.tr("Regeling verwijderen"),
                       self.tr("{name} verwijderen? Voorstellen die al een bijdrage uit deze "
                               "regeling hebben, houden die.").format(name=name),
                       self.tr("Verwijderen"), self.tr("Annuleren")):  # fmt: skip
            self.model.remove_row(index.row())

    def restore_defaults(self) -> None:
        if dialogs.ask(self, self.tr("Standaard herstellen"),
                       self.tr("Uw eigen regelingen en wijzigingen vervallen; de regelingen die "
                               "bij het programma horen komen terug."),
                       self.tr("Herstellen"), self.tr("Annuleren")):  # fmt: skip
            self.model.set_rows(bundled_schemes())
            self.save_schemes()
            self.message.clear_message()
