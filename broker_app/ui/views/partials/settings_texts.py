"""Settings, "Voorstelteksten": the letter, the conditions, a privacy note and the closing of a
proposal, per language, and how long a new proposal stays valid.

The fields show what the PDF will print: the broker's own text, else the bundled one. A text
equal to the bundled one (or emptied) is not stored, so a later improvement of the bundled text
reaches the broker too. Saved after a pause in typing and when the page is left.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from broker_app.proposals import texts as proposal_texts
from broker_app.store.database import Store
from broker_app.ui import dialogs
from broker_app.ui.views.partials.settings_common import (
    Message,
    Saver,
    Section,
    card,
    field_with_message,
    note,
    subheading,
)

MAX_CHARS = 6000  # per field: a proposal is not the place for a contract


def _paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by an empty line; single line breaks join."""
    blocks = [" ".join(block.split()) for block in text.replace("\r", "").split("\n\n")]
    return [b for b in blocks if b]


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


class TextsForm(QWidget):
    """The editable texts of one language."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        layout = QFormLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setVerticalSpacing(8)
        layout.setHorizontalSpacing(14)
        self.letter = QPlainTextEdit(self)
        self.letter.setAccessibleName(self.tr("Inleiding van de brief"))
        self.letter.setFixedHeight(130)
        self.conditions = QPlainTextEdit(self)
        self.conditions.setAccessibleName(self.tr("Voorwaarden"))
        self.conditions.setFixedHeight(130)
        self.privacy = QPlainTextEdit(self)
        self.privacy.setAccessibleName(self.tr("Privacyverklaring"))
        self.privacy.setPlaceholderText(
            self.tr("Bijv.: Wij gebruiken de gegevens van uw medewerkers alleen voor dit voorstel "
                    "en bewaren ze niet langer dan nodig, volgens de AVG.")
        )  # fmt: skip
        self.privacy.setFixedHeight(96)
        self.closing = QLineEdit(self)
        self.closing.setAccessibleName(self.tr("Afsluiting"))
        self.closing.setMaxLength(200)
        self.edits = {"letter": self.letter, "conditions": self.conditions,
                      "privacy": self.privacy, "closing": self.closing}  # fmt: skip
        self.messages: dict[str, Message] = {}
        hints = {
            "letter": self.tr("Alinea's scheidt u met een lege regel."),
            "conditions": self.tr(
                "Eén voorwaarde per regel; elke regel wordt een opsommingsteken."
            ),
            "privacy": self.tr(
                "Komt als laatste voorwaarde in het voorstel en staat op de "
                "intakepagina bij de deelnemers; leeg = de standaardtekst."
            ),
            "closing": self.tr("Boven de naam van de ondertekenaar."),
        }
        labels = {
            "letter": self.tr("Inleiding"),
            "conditions": self.tr("Voorwaarden"),
            "privacy": self.tr("Privacy"),
            "closing": self.tr("Afsluiting"),
        }
        for key, edit in self.edits.items():
            cell, message = field_with_message(edit, self)
            cell.layout().insertWidget(1, note(hints[key], self))
            self.messages[key] = message
            layout.addRow(labels[key], cell)
        self.reset_button = QPushButton(self.tr("Standaardteksten herstellen"), self)
        self.reset_button.setToolTip(self.tr("Zet de teksten van deze taal terug naar die van "
                                             "het programma"))  # fmt: skip
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reset_button)
        layout.addRow(row)

    def show_texts(self, custom: dict) -> None:
        """The effective texts: the broker's own over the bundled ones."""
        shown = proposal_texts.bundled(self.lang)
        own = custom.get(self.lang, {})
        widgets = (self.letter, self.conditions, self.privacy, self.closing)
        for widget in widgets:
            widget.blockSignals(True)
        self.letter.setPlainText("\n\n".join(own.get("letter") or shown.get("letter", [])))
        self.conditions.setPlainText("\n".join(own.get("conditions")
                                               or shown.get("conditions", [])))  # fmt: skip
        self.privacy.setPlainText(own.get("privacy") or shown.get("privacy", ""))
        self.closing.setText(own.get("closing") or shown.get("closing", ""))
        for widget in widgets:
            widget.blockSignals(False)
        for message in self.messages.values():
            message.clear_message()

    def own_texts(self) -> tuple[dict, bool]:
        """(the texts that differ from the bundled ones, all fields valid?)."""
        shown = proposal_texts.bundled(self.lang)
        values = {
            "letter": _paragraphs(self.letter.toPlainText()),
            "conditions": _lines(self.conditions.toPlainText()),
            "privacy": " ".join(self.privacy.toPlainText().split()),
            "closing": " ".join(self.closing.text().split()),
        }
        ok = True
        for key, edit in self.edits.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            if len(text) > MAX_CHARS:
                self.messages[key].say(self.tr("Deze tekst is te lang (hoogstens {max} tekens)."
                                               ).format(max=MAX_CHARS))  # fmt: skip
                ok = False
            else:
                self.messages[key].clear_message()
        own = {k: v for k, v in values.items() if v and v != shown.get(k)}
        return own, ok


class TextsSection(Section):
    key = "texts"

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(store, lang, parent)
        self.set_heading(
            self.tr("Voorstelteksten"),
            self.tr("De vaste teksten van een voorstel, in het Nederlands en in het Engels. "
                    "Wijzigingen gelden voor voorstellen die u daarna afdrukt."),
        )  # fmt: skip
        self.saver = Saver(self.save, self)

        validity_card, validity_layout = card(self)
        validity_layout.addWidget(subheading(self.tr("Geldigheid"), self))
        self.valid_days = QSpinBox(self)
        self.valid_days.setRange(proposal_texts.MIN_VALID_DAYS, proposal_texts.MAX_VALID_DAYS)
        self.valid_days.setSuffix(self.tr(" dagen"))
        self.valid_days.setFixedWidth(120)
        self.valid_days.setAccessibleName(self.tr("Geldigheid van een nieuw voorstel in dagen"))
        self.valid_days.valueChanged.connect(self.saver.poke)
        days_form = QFormLayout()
        days_form.setHorizontalSpacing(14)
        days_form.addRow(self.tr("Een nieuw voorstel is geldig"), self.valid_days)
        validity_layout.addLayout(days_form)
        validity_layout.addWidget(note(self.tr("De einddatum staat in het voorstel ('Dit voorstel"
                                               " is geldig tot …')."), self))  # fmt: skip

        texts_card, texts_layout = card(self)
        texts_layout.addWidget(subheading(self.tr("Teksten per taal"), self))
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.forms = {"nl": TextsForm("nl", self), "en": TextsForm("en", self)}
        self.tabs.addTab(self.forms["nl"], self.tr("Nederlands"))
        self.tabs.addTab(self.forms["en"], self.tr("Engels"))
        texts_layout.addWidget(self.tabs)
        for form in self.forms.values():
            for edit in (form.letter, form.conditions, form.privacy):
                edit.textChanged.connect(self.saver.poke)
            form.closing.textEdited.connect(self.saver.poke)
            form.closing.editingFinished.connect(self.saver.flush)
            form.reset_button.clicked.connect(lambda _=False, lang=form.lang: self.reset(lang))

        self.body.addWidget(validity_card)
        self.body.addWidget(texts_card, 1)

    def load(self) -> None:
        self.saver.stop()
        self.valid_days.blockSignals(True)
        self.valid_days.setValue(proposal_texts.valid_days(self.store))
        self.valid_days.blockSignals(False)
        custom = proposal_texts.custom_texts(self.store)
        for form in self.forms.values():
            form.show_texts(custom)

    def save(self) -> bool:
        """Store the texts of both languages when all are valid; True when stored."""
        self.saver.stop()
        value: dict[str, dict] = {}
        valid = True
        for lang, form in self.forms.items():
            own, ok = form.own_texts()
            valid = valid and ok
            if own:
                value[lang] = own
        if not valid:
            return False
        changed = False
        if value != proposal_texts.custom_texts(self.store):
            proposal_texts.save_custom_texts(self.store, value)
            changed = True
        if self.valid_days.value() != proposal_texts.valid_days(self.store):
            proposal_texts.save_valid_days(self.store, self.valid_days.value())
            changed = True
        if changed:
            self.saved.emit()
        return True

    def reset(self, lang: str) -> None:
        if not dialogs.ask(
            self,
            self.tr("Standaardteksten herstellen"),
            self.tr("De eigen teksten van deze taal vervallen; het voorstel krijgt weer de "
                    "teksten van het programma."),
            self.tr("Herstellen"),
            self.tr("Annuleren"),
        ):  # fmt: skip
            return
        self.saver.flush()  # the other language's edits first
        custom = proposal_texts.custom_texts(self.store)
        custom.pop(lang, None)
        proposal_texts.save_custom_texts(self.store, custom)
        self.forms[lang].show_texts(custom)
        self.saved.emit()

    def flush(self) -> None:
        self.saver.flush()

    def shutdown(self) -> None:
        self.saver.flush()
        self.saver.stop()
