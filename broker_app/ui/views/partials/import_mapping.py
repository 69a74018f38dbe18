"""Column mapping in the import dialog: a provider's own headers become CSV v1 columns.

The panel shows each header of the file with a sample value and a combo box with the CSV v1
column it becomes (or "(overslaan)"), pre-filled from :func:`mapping.suggest` or from a stored
profile that fits the file. Options: prices incl. VAT, the date notation, and values for every
row (provider, type, level). The broker can save the mapping as a named profile; the
:class:`ProfilesDialog` lists the stored profiles and deletes one.
"""

from __future__ import annotations

import contextlib
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
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from broker_app.catalogue import csv_v1, mapping
from broker_app.catalogue.columns import COLUMNS
from broker_app.domain import vocab
from broker_app.domain.problems import InputRefused
from broker_app.ui import dialogs
from broker_app.ui.context import AppContext
from broker_app.ui.widgets.tables import style_table

Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color: #b3261e;"

# What each CSV v1 column means, in the broker's words (the combo shows "Titel (title)").
COLUMN_LABELS: dict[str, str] = {
    "provider": QT_TRANSLATE_NOOP("MappingPanel", "Aanbieder"),
    "code": QT_TRANSLATE_NOOP("MappingPanel", "Code"),
    "title": QT_TRANSLATE_NOOP("MappingPanel", "Titel"),
    "type": QT_TRANSLATE_NOOP("MappingPanel", "Soort"),
    "level": QT_TRANSLATE_NOOP("MappingPanel", "Niveau"),
    "sector": QT_TRANSLATE_NOOP("MappingPanel", "Sector"),
    "description": QT_TRANSLATE_NOOP("MappingPanel", "Beschrijving"),
    "outcomes": QT_TRANSLATE_NOOP("MappingPanel", "Leerresultaten"),
    "keywords": QT_TRANSLATE_NOOP("MappingPanel", "Zoekwoorden"),
    "qualification_code": QT_TRANSLATE_NOOP("MappingPanel", "Kwalificatiecode"),
    "hours": QT_TRANSLATE_NOOP("MappingPanel", "Uren"),
    "ec": QT_TRANSLATE_NOOP("MappingPanel", "EC"),
    "duration_weeks": QT_TRANSLATE_NOOP("MappingPanel", "Duur in weken"),
    "delivery": QT_TRANSLATE_NOOP("MappingPanel", "Vorm"),
    "schedule": QT_TRANSLATE_NOOP("MappingPanel", "Rooster"),
    "city": QT_TRANSLATE_NOOP("MappingPanel", "Plaats"),
    "price": QT_TRANSLATE_NOOP("MappingPanel", "Prijs"),
    "vat": QT_TRANSLATE_NOOP("MappingPanel", "Btw-tarief"),
    "start_dates": QT_TRANSLATE_NOOP("MappingPanel", "Startdata"),
    "credential": QT_TRANSLATE_NOOP("MappingPanel", "Afsluiting"),
    "min_participants": QT_TRANSLATE_NOOP("MappingPanel", "Minimum deelnemers"),
    "max_participants": QT_TRANSLATE_NOOP("MappingPanel", "Maximum deelnemers"),
    "language": QT_TRANSLATE_NOOP("MappingPanel", "Taal"),
    "funded": QT_TRANSLATE_NOOP("MappingPanel", "Bekostigd"),
    "provider_kind": QT_TRANSLATE_NOOP("MappingPanel", "Soort aanbieder"),
    "crkbo": QT_TRANSLATE_NOOP("MappingPanel", "CRKBO"),
    "url": QT_TRANSLATE_NOOP("MappingPanel", "Website"),
}


def column_label(column: str) -> str:
    """``Titel (title)``: the broker's word and the CSV v1 name."""
    label = QCoreApplication.translate("MappingPanel", COLUMN_LABELS.get(column, column))
    return f"{label} ({column})"


def column_title(column: str) -> str:
    """``Titel``: the broker's word for a CSV v1 column, in the window's language."""
    return QCoreApplication.translate("MappingPanel", COLUMN_LABELS.get(column, column))


def header_label(header: str) -> str:
    """A header as the provider wrote it (the raw reader keeps it so)."""
    return header.strip()


def fitting_profile(
    profiles: dict[str, dict], sheet: csv_v1.SheetRows, file_provider: str
) -> str | None:
    """The stored profile for this file: all its headers are in the file, and its provider is
    the file's provider if one is known; None when no profile fits."""
    keys = {vocab.fold_key(h) for h in sheet.columns if h}
    best: tuple[int, str] | None = None
    for name in sorted(profiles, key=str.casefold):
        try:
            profile = mapping.Profile.from_json(name, profiles[name])
        except InputRefused:
            continue
        headers = [h for h, c in profile.columns.items() if c]
        if not headers or not all(vocab.fold_key(h) in keys for h in headers):
            continue
        same = bool(file_provider) and vocab.fold_key(profile.provider) == vocab.fold_key(
            file_provider
        )
        score = 2 if same else 1
        if best is None or score > best[0]:
            best = (score, name)
    return best[1] if best else None


class MappingPanel(QWidget):
    """Which header of the file is which CSV v1 column; ``changed`` after every edit."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._lang = context.lang
        self.sheet: csv_v1.SheetRows | None = None
        self.headers: list[str] = []
        self.combos: list[QComboBox] = []
        self._file_provider = ""
        self._filling = False

        title = QLabel(self.tr("Kolommen koppelen"), self)
        title.setStyleSheet("font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Dit bestand heeft eigen kolomnamen. Kies per kolom wat hij betekent; "
                "het voorbeeld en de controle hieronder volgen de koppeling."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.profile_combo = QComboBox(self)
        self.profile_combo.setAccessibleName(self.tr("Importprofiel"))
        self.profile_combo.setMinimumContentsLength(24)
        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        profile_label = QLabel(self.tr("&Profiel"), self)
        profile_label.setBuddy(self.profile_combo)
        profile_row = QHBoxLayout()
        profile_row.addWidget(profile_label)
        profile_row.addWidget(self.profile_combo)
        profile_row.addStretch(1)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kolom in het bestand"), self.tr("Voorbeeld"), self.tr("Wordt")]
        )
        self.table.setAccessibleName(self.tr("Koppeling van de kolommen"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 150)
        header.resizeSection(2, 210)

        # options
        self.incl_vat = QCheckBox(self.tr("Prijzen zijn incl&usief btw"), self)
        self.incl_vat.setToolTip(
            self.tr("De prijzen worden omgerekend naar exclusief btw, zoals de catalogus ze kent.")
        )
        self.vat_combo = QComboBox(self)
        self.vat_combo.setAccessibleName(self.tr("Btw-tarief"))
        for term in vocab.VAT_RATES.terms:
            self.vat_combo.addItem(term.label(self._lang), term.code)
        self.vat_combo.setToolTip(
            self.tr("Het tarief voor regels zonder eigen btw, en om de prijs om te rekenen.")
        )
        vat_row = QHBoxLayout()
        vat_row.addWidget(self.incl_vat)
        vat_row.addWidget(self.vat_combo)
        vat_row.addStretch(1)
        self.date_combo = QComboBox(self)
        self.date_combo.setAccessibleName(self.tr("Datumnotatie"))
        self.date_combo.addItem(self.tr("d-m-jjjj (31-12-2027)"), "dmy")
        self.date_combo.addItem(self.tr("jjjj-m-d (2027-12-31)"), "ymd")
        self.provider_edit = QLineEdit(self)
        self.provider_edit.setAccessibleName(self.tr("Aanbieder voor elke rij"))
        self.provider_edit.setPlaceholderText(self.tr("uit het bestand"))
        self.provider_edit.setToolTip(
            self.tr(
                "Heeft het bestand geen kolom voor de aanbieder, dan krijgt elke regel deze. "
                "Aan deze naam wordt het profiel bij een volgend bestand herkend."
            )
        )
        self.type_combo = self._term_combo(vocab.OFFERING_TYPES, self.tr("Soort voor elke rij"))
        self.level_combo = self._term_combo(vocab.LEVELS, self.tr("Niveau voor elke rij"))
        self.derive_code = QCheckBox(self.tr("&Code maken uit titel en plaats"), self)
        self.derive_code.setToolTip(
            self.tr(
                "Voor een bestand zonder eigen code: elke regel krijgt een code uit de titel en "
                "de plaats, zodat het volgende bestand van deze aanbieder dezelfde opleiding "
                "bijwerkt in plaats van een nieuwe te maken."
            )
        )
        options = QFormLayout()
        options.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        options.addRow(self.tr("Prijzen"), vat_row)
        options.addRow(self._buddy(self.tr("&Datumnotatie"), self.date_combo), self.date_combo)
        options.addRow(
            self._buddy(self.tr("&Aanbieder voor elke rij"), self.provider_edit),
            self.provider_edit,
        )
        options.addRow(self._buddy(self.tr("&Soort voor elke rij"), self.type_combo),
                       self.type_combo)  # fmt: skip
        options.addRow(self._buddy(self.tr("&Niveau voor elke rij"), self.level_combo),
                       self.level_combo)  # fmt: skip
        options.addRow(self.tr("Code"), self.derive_code)

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Naam van het profiel"))
        self.name_edit.setPlaceholderText(self.tr("bijv. de naam van de aanbieder"))
        self.save_button = QPushButton(self.tr("Profiel &opslaan"), self)
        self.save_button.setToolTip(
            self.tr("Deze koppeling bewaren voor de volgende bestanden van deze aanbieder")
        )
        self.save_button.clicked.connect(self.save)
        self.name_edit.returnPressed.connect(self.save)
        save_row = QHBoxLayout()
        save_row.addWidget(self.name_edit, 1)
        save_row.addWidget(self.save_button)
        options.addRow(self._buddy(self.tr("Profiel&naam"), self.name_edit), save_row)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        for widget in (self.incl_vat, self.derive_code):
            widget.toggled.connect(self._edited)
        for combo in (self.vat_combo, self.date_combo, self.type_combo, self.level_combo):
            combo.currentIndexChanged.connect(self._edited)
        self.provider_edit.textEdited.connect(self._edited)
        self.incl_vat.toggled.connect(self.vat_combo.setEnabled)

        left = QVBoxLayout()
        left.addLayout(profile_row)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addLayout(options)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addSpacing(12)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _term_combo(self, vocabulary: vocab.Vocabulary, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("uit het bestand"), "")
        for term in vocabulary.terms:
            combo.addItem(term.label(self._lang), term.code)
        return combo

    # -- filling ------------------------------------------------------------------------------

    def set_sheet(self, sheet: csv_v1.SheetRows) -> None:
        """A new file: its headers and samples; the fitting profile or the suggestion."""
        self.sheet = sheet
        self.headers = [h for h in sheet.columns if h]
        suggestion = mapping.suggest("", sheet)
        self._file_provider = suggestion.provider
        self._filling = True
        try:
            self.table.setRowCount(len(self.headers))
            self.combos = []
            for row, header in enumerate(self.headers):
                name = QTableWidgetItem(header_label(header))
                name.setToolTip(header)
                self.table.setItem(row, 0, name)
                sample = next((c.get(header, "") for _, c in sheet.rows if c.get(header)), "")
                item = QTableWidgetItem(sample[:80])
                item.setToolTip(sample)
                item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, 1, item)
                combo = QComboBox(self.table)
                combo.setAccessibleName(
                    self.tr("Kolom voor {header}").format(header=header_label(header))
                )
                combo.addItem(self.tr("(overslaan)"), "")
                for column in COLUMNS:
                    combo.addItem(column_label(column), column)
                combo.currentIndexChanged.connect(self._edited)
                self.table.setCellWidget(row, 2, combo)
                self.combos.append(combo)
            fitting = fitting_profile(self._stored(), sheet, self._file_provider)
            self.reload_profiles(select=fitting, keep=False)
        finally:
            self._filling = False
        shown = min(len(self.headers), 10)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + shown * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self._fill(self._chosen_profile())
        self._show_missing()

    def _stored(self) -> dict[str, dict]:
        return mapping.stored_profiles(self.context.store)

    def reload_profiles(self, select: str | None = None, keep: bool = True) -> None:
        """The profile combo box anew (after a save or a delete); ``select`` chosen, else
        (``keep``) the one chosen before if it is still there."""
        filling, self._filling = self._filling, True
        try:
            current = select
            if current is None and keep:
                current = self.profile_combo.currentData()
            self.profile_combo.clear()
            self.profile_combo.addItem(self.tr("Voorstel op kolomnamen"), None)
            for name in sorted(self._stored(), key=str.casefold):
                self.profile_combo.addItem(name, name)
            index = self.profile_combo.findData(current) if current else 0
            self.profile_combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = filling

    def _chosen_profile(self) -> mapping.Profile:
        name = self.profile_combo.currentData()
        if name:
            try:
                return mapping.load_profile(self.context.store, name)
            except InputRefused:
                pass
        assert self.sheet is not None
        profile = mapping.suggest("", self.sheet)
        profile.name = profile.provider
        return profile

    def _fill(self, profile: mapping.Profile) -> None:
        by_key = {vocab.fold_key(h): c for h, c in profile.columns.items()}
        self._filling = True
        try:
            for header, combo in zip(self.headers, self.combos, strict=True):
                column = by_key.get(vocab.fold_key(header), "")
                combo.setCurrentIndex(max(combo.findData(column), 0))
            self.incl_vat.setChecked(profile.price_includes_vat)
            self.vat_combo.setEnabled(profile.price_includes_vat)
            self.vat_combo.setCurrentIndex(max(self.vat_combo.findData(profile.vat), 0))
            self.date_combo.setCurrentIndex(max(self.date_combo.findData(profile.date_format), 0))
            self.provider_edit.setText(profile.fixed.get("provider") or profile.provider)
            self.type_combo.setCurrentIndex(
                max(self.type_combo.findData(profile.fixed.get("type", "")), 0)
            )
            self.level_combo.setCurrentIndex(
                max(self.level_combo.findData(profile.fixed.get("level", "")), 0)
            )
            self.derive_code.setChecked(profile.code_from_title)
            self.name_edit.setText(profile.name)
        finally:
            self._filling = False

    # -- reading ------------------------------------------------------------------------------

    def profile(self) -> mapping.Profile:
        """The mapping as it is on screen."""
        columns = {
            header_label(header): combo.currentData() or ""
            for header, combo in zip(self.headers, self.combos, strict=True)
        }
        fixed = {}
        for column, combo in (("type", self.type_combo), ("level", self.level_combo)):
            if combo.currentData():
                fixed[column] = combo.currentData()
        return mapping.Profile(
            name=self.name_edit.text().strip(),
            provider=self.provider_edit.text().strip(),
            columns=columns,
            price_includes_vat=self.incl_vat.isChecked(),
            vat=self.vat_combo.currentData(),
            date_format=self.date_combo.currentData(),
            fixed=fixed,
            code_from_title=self.derive_code.isChecked(),
        )

    def missing(self) -> list[str]:
        """Required CSV v1 columns that neither a header nor a value for every row gives."""
        return mapping.missing_required(self.profile())

    def twice(self) -> list[str]:
        chosen = [c.currentData() for c in self.combos if c.currentData()]
        return [c for c in COLUMNS if chosen.count(c) > 1]

    def _show_missing(self) -> None:
        lines = []
        missing = self.missing()
        if missing:
            lines.append(
                self.tr("Nog niet gekoppeld, maar verplicht: {columns}.").format(
                    columns=", ".join(column_label(c) for c in missing)
                )
            )
        for column in self.twice():
            lines.append(
                self.tr("{column} is aan meer dan één kolom gekoppeld.").format(
                    column=column_label(column)
                )
            )
        self._say("\n".join(lines))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        self._show_missing()
        self.changed.emit()

    def _profile_chosen(self, _index: int) -> None:
        if self._filling or self.sheet is None:
            return
        self._fill(self._chosen_profile())
        self._show_missing()
        self.changed.emit()

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the mapping under its name (asks before overwriting)."""
        profile = self.profile()
        if not profile.name:
            self._say(self.tr("Geef het profiel een naam."))
            self.name_edit.setFocus()
            return False
        if profile.name in self._stored() and not dialogs.ask(
            self,
            self.tr("Profiel overschrijven"),
            self.tr("Er is al een profiel ‘{name}’. Wilt u het vervangen door deze koppeling?")
            .format(name=profile.name),
            self.tr("Overschrijven"),
            self.tr("Annuleren"),
        ):  # fmt: skip
            return False
        try:
            mapping.save_profile(self.context.store, profile)
        except InputRefused as exc:
            self._say(exc.render(self._lang))
            return False
        self.reload_profiles(select=profile.name)
        self._show_missing()
        self.context.say(self.tr("Profiel ‘{name}’ opgeslagen").format(name=profile.name))
        return True


class ProfileListModel(QAbstractTableModel):
    """The stored profiles: name, provider, mapped columns."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ProfileListModel", "Naam"),
        QT_TRANSLATE_NOOP("ProfileListModel", "Aanbieder"),
        QT_TRANSLATE_NOOP("ProfileListModel", "Gekoppelde kolommen"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str]] = []

    def set_profiles(self, profiles: dict[str, dict]) -> None:
        self.beginResetModel()
        self.rows = []
        for name in sorted(profiles, key=str.casefold):
            data = profiles[name]
            provider = str(data.get("provider") or "") if isinstance(data, dict) else ""
            columns = ", ".join(f"{h} → {c}" for h, c in mapping.mapped_columns(data))
            self.rows.append((name, provider, columns))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self.rows[index.row()][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProfileListModel", self.HEADERS[section])
        return None


class ProfilesDialog(QDialog):
    """The stored import profiles, to look at and to delete; ``deleted(name)`` after one."""

    deleted = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Importprofielen"))
        self.resize(760, 360)
        self.model = ProfileListModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Opgeslagen importprofielen"))
        style_table(self.view)
        header = self.view.horizontalHeader()
        header.resizeSection(0, 160)
        header.resizeSection(1, 180)
        header.setStretchLastSection(True)
        self.empty = QLabel(
            self.tr("Nog geen profielen. Sla een koppeling op bij het importeren."), self
        )
        self.delete_button = QPushButton(self.tr("&Verwijderen"), self)
        self.delete_button.setToolTip(self.tr("Het gekozen profiel verwijderen (Del)"))
        self.delete_button.setShortcut(Qt.Key.Key_Delete)
        self.delete_button.clicked.connect(self.delete_selected)
        close = QPushButton(self.tr("Sluiten"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_profiles(mapping.stored_profiles(self.context.store))
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.delete_button.setEnabled(has)
        if has:
            self.view.selectRow(0)

    def selected_name(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()][0] if rows else None

    def delete_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        if not dialogs.ask(
            self,
            self.tr("Profiel verwijderen"),
            self.tr("Profiel ‘{name}’ verwijderen? De catalogus verandert er niet door.").format(
                name=name
            ),
            self.tr("Verwijderen"),
            self.tr("Annuleren"),
        ):
            return
        with contextlib.suppress(InputRefused):  # already gone (deleted elsewhere meanwhile)
            mapping.delete_profile(self.context.store, name)
        self.refresh()
        self.context.say(self.tr("Profiel ‘{name}’ verwijderd").format(name=name))
        self.deleted.emit(name)
