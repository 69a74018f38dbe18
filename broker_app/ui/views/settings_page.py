"""The "Instellingen" page: the broker's organisation, proposal texts, VAT and funding schemes,
matching weights and synonyms, the window's language, the database and its backups, privacy
and the audit log.

Sections in a list on the left; each saves on change (a text after a pause in typing, and at
once when the broker moves to another section or page), so there is no Save button and nothing
is lost on leaving. Each section is a partial (``partials/settings_*.py``) with ``load``,
``flush`` and ``shutdown``; this page only holds them together.

Navigation: ``go(SETTINGS, section="organisation" | "texts" | "vat" | "matching" | "language" |
"privacy" | "audit" | "database")`` opens that section; without arguments the page shows the section
the broker left.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from broker_app.ui.context import (
    CATALOGUE_DATA,
    CLIENTS_DATA,
    INTAKES_DATA,
    PROPOSALS_DATA,
    SETTINGS,
    SETTINGS_DATA,
    AppContext,
)
from broker_app.ui.views.page import Page
from broker_app.ui.views.partials.settings_audit import AuditSection
from broker_app.ui.views.partials.settings_common import Section
from broker_app.ui.views.partials.settings_database import DatabaseSection
from broker_app.ui.views.partials.settings_language import LanguageSection
from broker_app.ui.views.partials.settings_matching import MatchingSection
from broker_app.ui.views.partials.settings_organisation import OrganisationSection
from broker_app.ui.views.partials.settings_privacy import PrivacySection
from broker_app.ui.views.partials.settings_texts import TextsSection
from broker_app.ui.views.partials.settings_vat import VatSection

_LIST_STYLE = """
QListWidget#settingsSections { border: none; border-right: 1px solid palette(midlight);
    background: palette(window); padding-top: 14px; outline: 0; }
QListWidget#settingsSections::item { padding: 8px 14px; border-radius: 4px; margin: 1px 8px; }
QListWidget#settingsSections::item:selected { background: palette(midlight);
    color: palette(text); font-weight: bold; }
"""


class SettingsPage(Page):
    key = SETTINGS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        store, lang = context.store, context.lang
        self.organisation = OrganisationSection(store, lang, self)
        self.texts = TextsSection(store, lang, self)
        self.vat = VatSection(store, lang, self)
        self.matching = MatchingSection(store, lang, self)
        self.language = LanguageSection(store, lang, self)
        self.database = DatabaseSection(store, lang, context.tasks, self)
        self.privacy = PrivacySection(store, lang, context.tasks, self)
        self.audit = AuditSection(store, lang, context.tasks, self)
        self.sections: list[Section] = [self.organisation, self.texts, self.vat, self.matching,
                                        self.language, self.privacy, self.audit,
                                        self.database]  # fmt: skip

        self.section_list = QListWidget(self)
        self.section_list.setObjectName("settingsSections")
        self.section_list.setAccessibleName(self.tr("Onderdelen van de instellingen"))
        self.section_list.setStyleSheet(_LIST_STYLE)
        self.section_list.setFixedWidth(210)
        self.stack = QStackedWidget(self)
        for section in self.sections:
            item = QListWidgetItem(section.title())
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.section_list.addItem(item)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(section)
            scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.stack.addWidget(scroll)
            section.saved.connect(self._saved)
        self.database.backup_made.connect(self._backup_made)
        self.database.demo_removed.connect(self._demo_removed)
        self.privacy.anonymised.connect(self._anonymised)
        # AVG: participants of employers without activity for the set period are anonymised
        # at every start of the window, in the background (it never holds up the start).
        self.privacy.start_retention()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.section_list)
        layout.addWidget(self.stack, 1)
        self._current = -1
        self.section_list.currentRowChanged.connect(self._on_row)

    def title(self) -> str:
        return self.tr("Instellingen")

    # -- sections ----------------------------------------------------------------------------

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def show_section(self, key: str) -> Section:
        section = self.section(key)
        # setCurrentRow on the row already selected emits nothing: load it here as well
        self.section_list.setCurrentRow(self.sections.index(section))
        section.ensure_loaded()
        return section

    def current_section(self) -> Section | None:
        row = self.section_list.currentRow()
        return self.sections[row] if 0 <= row < len(self.sections) else None

    def _on_row(self, row: int) -> None:
        if 0 <= self._current < len(self.sections):
            self.sections[self._current].flush()  # nothing is lost by moving on
        self._current = row
        if 0 <= row < len(self.sections):
            self.stack.setCurrentIndex(row)
            self.sections[row].ensure_loaded()

    # -- the page ----------------------------------------------------------------------------

    def activate(self, **arguments: Any) -> None:
        for section in self.sections:
            section.loaded = False  # another page or the CLI may have changed a setting
        wanted = arguments.get("section")
        keys = [s.key for s in self.sections]
        if wanted in keys:
            self.show_section(wanted)
        elif self.section_list.currentRow() < 0:
            self.section_list.setCurrentRow(0)
        # The shown section is always loaded, also when it was already the selected row
        # (then setCurrentRow emits nothing), e.g. after restore_state at start.
        current = self.current_section()
        if current is not None:
            current.ensure_loaded()

    def hideEvent(self, event) -> None:
        for section in self.sections:
            if section.loaded:
                section.flush()
        super().hideEvent(event)

    def _anonymised(self, count: int) -> None:
        self.context.changed(INTAKES_DATA)
        self.context.changed(CLIENTS_DATA)
        if count == 1:
            self.context.say(self.tr("1 deelnemer geanonimiseerd (bewaartermijn)"))
        else:
            self.context.say(self.tr("{count} deelnemers geanonimiseerd (bewaartermijn)").format(
                count=count))  # fmt: skip

    def _saved(self) -> None:
        self.context.changed(SETTINGS_DATA)
        self.context.say(self.tr("Opgeslagen"))

    def _backup_made(self, path) -> None:
        self.context.say(self.tr("Back-up gemaakt: {name}").format(name=path.name))

    def _demo_removed(self, _backup) -> None:
        for what in (CLIENTS_DATA, INTAKES_DATA, PROPOSALS_DATA, CATALOGUE_DATA):
            self.context.changed(what)
        self.context.say(self.tr("Demogegevens verwijderd"))

    def save_state(self, settings: QSettings) -> None:
        section = self.current_section()
        if section is not None:
            settings.setValue("settings/section", section.key)

    def restore_state(self, settings: QSettings) -> None:
        key = settings.value("settings/section")
        if key in [s.key for s in self.sections]:
            self.section_list.blockSignals(True)
            self.section_list.setCurrentRow([s.key for s in self.sections].index(key))
            self.section_list.blockSignals(False)
            self.stack.setCurrentIndex(self.section_list.currentRow())
            self._current = self.section_list.currentRow()

    def shutdown(self) -> None:
        for section in self.sections:
            section.shutdown()
