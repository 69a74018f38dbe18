"""Settings, "Taal": the language of the window (setting ``ui.language``, read at start)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

from broker_app.store.database import Store
from broker_app.store.settings import get_setting, set_setting
from broker_app.ui.views.partials.settings_common import Section, card, note, subheading

LANGUAGE_SETTING = "ui.language"
LANGUAGES = ("nl", "en")


def stored_language(store: Store, default: str = "nl") -> str:
    value = get_setting(store.db, LANGUAGE_SETTING, default)
    return value if value in LANGUAGES else default


class LanguageSection(Section):
    key = "language"

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(store, lang, parent)
        self.set_heading(
            self.tr("Taal"),
            self.tr("De taal van de schermen. De taal van een voorstel kiest u per voorstel."),
        )
        box, layout = card(self)
        layout.addWidget(subheading(self.tr("Taal van het programma"), self))
        self.dutch = QRadioButton(self.tr("Nederlands"), self)
        self.english = QRadioButton("English", self)
        self.dutch.setAccessibleName(self.tr("Nederlands"))
        self.english.setAccessibleName("English")
        self.group = QButtonGroup(self)
        self.group.addButton(self.dutch)
        self.group.addButton(self.english)
        layout.addWidget(self.dutch)
        layout.addWidget(self.english)
        self.restart_note = note(self.tr("Wordt actief na herstart."), self)
        self.restart_note.setStyleSheet("color: #8A5A00; font-weight: bold;")
        layout.addWidget(self.restart_note)
        self.group.buttonToggled.connect(self._toggled)
        self.body.addWidget(box)

    def chosen(self) -> str:
        return "en" if self.english.isChecked() else "nl"

    def load(self) -> None:
        stored = stored_language(self.store, self.lang)
        self.group.blockSignals(True)
        (self.english if stored == "en" else self.dutch).setChecked(True)
        self.group.blockSignals(False)
        self.restart_note.setVisible(stored != self.lang)

    def _toggled(self, _button, checked: bool) -> None:
        if not checked:
            return
        lang = self.chosen()
        with self.store.transaction() as db:
            set_setting(db, LANGUAGE_SETTING, lang)
        self.restart_note.setVisible(lang != self.lang)
        self.saved.emit()
