"""Settings, "Privacy": how long participants keep their names (setting
``privacy.retention_months``), applied in the background at every start of the window and on
request with "Nu toepassen".

"Last activity" of an employer is the latest change of its intakes (and their demand lines) or
its proposals (and their versions); docs/privacy.md says more. Anonymising turns participant n
into "Deelnemer n" without function or e-mail, so the counts stay.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from broker_app.domain.privacy import RETENTION_MAX_MONTHS
from broker_app.proposals import texts as proposal_texts
from broker_app.store import privacy
from broker_app.store.database import Store
from broker_app.ui.views.partials.settings_common import (
    OK_COLOUR,
    Message,
    Saver,
    Section,
    card,
    note,
    subheading,
)
from broker_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)


class PrivacySection(Section):
    key = "privacy"
    anonymised = Signal(int)  # participants anonymised by a run (only sent when > 0)

    def __init__(
        self, store: Store, lang: str, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, lang, parent)
        self.tasks = tasks
        self.running = False
        self.last_result: privacy.RetentionResult | None = None
        self.set_heading(
            self.tr("Privacy"),
            self.tr(
                "Gegevens van deelnemers bewaart u niet langer dan nodig (AVG). Alles van één "
                "klant exporteren of wissen doet u op de pagina Klanten (knop AVG)."
            ),
        )
        box, layout = card(self)
        layout.addWidget(subheading(self.tr("Bewaartermijn van deelnemers"), self))
        row = QHBoxLayout()
        row.setSpacing(8)
        caption = QLabel(self.tr("Deelnemers anonimiseren na"), self)
        self.months = QSpinBox(self)
        self.months.setRange(0, RETENTION_MAX_MONTHS)
        self.months.setSuffix(self.tr(" maanden"))
        self.months.setSpecialValueText(self.tr("nooit"))
        self.months.setAccessibleName(
            self.tr("Deelnemers anonimiseren na zoveel maanden zonder activiteit")
        )
        self.months.setMinimumWidth(130)
        caption.setBuddy(self.months)
        after = QLabel(self.tr("zonder activiteit"), self)
        row.addWidget(caption)
        row.addWidget(self.months)
        row.addWidget(after)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            note(
                self.tr(
                    "Activiteit is de laatste wijziging in de intakes of voorstellen van een "
                    "klant. Daarna worden de deelnemers “Deelnemer 1”, “Deelnemer 2” enz., "
                    "zonder functie en e-mail; het aantal deelnemers blijft. Dit gebeurt bij "
                    "elke start van het programma. 0 = nooit."
                ),
                self,
            )
        )
        self.message = Message(self)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Nu toepassen"), self)
        self.apply_button.setToolTip(
            self.tr("De deelnemers van klanten zonder recente activiteit nu anonimiseren")
        )
        self.apply_button.setAutoDefault(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.status, 1)
        layout.addLayout(buttons)
        self.body.addWidget(box)

        statement, statement_layout = card(self)
        statement_layout.addWidget(subheading(self.tr("Privacyverklaring"), self))
        self.privacy_text = note("", self)
        self.privacy_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        statement_layout.addWidget(self.privacy_text)
        statement_layout.addWidget(note(self.tr(
            "Deze tekst staat op de intakepagina bij de deelnemers en onderaan elk voorstel. "
            "U wijzigt hem per taal bij Instellingen › Voorstelteksten."), self))  # fmt: skip
        self.body.addWidget(statement)

        self._saver = Saver(self._save, self)
        self.months.valueChanged.connect(lambda _v: self._saver.poke())
        self.apply_button.clicked.connect(self.apply_now)

    # -- the setting -------------------------------------------------------------------------

    def load(self) -> None:
        self.months.blockSignals(True)
        self.months.setValue(privacy.retention_months(self.store.db))
        self.months.blockSignals(False)
        self.message.clear_message()
        self.privacy_text.setText(proposal_texts.privacy_note(self.store, self.lang))

    def flush(self) -> None:
        self._saver.flush()

    def shutdown(self) -> None:
        self._saver.stop()
        self.flush()

    def _save(self) -> None:
        months = self.months.value()
        if months == privacy.retention_months(self.store.db):
            return
        try:
            with self.store.transaction() as db:
                privacy.set_retention_months(db, months)
        except Exception:
            log.exception("cannot save the retention period")
            self.message.say(self.tr("Niet opgeslagen: de database is niet bereikbaar."))
            return
        self.message.clear_message()
        self.saved.emit()

    # -- applying ----------------------------------------------------------------------------

    def apply_now(self) -> None:
        """Save the period, then anonymise in the background."""
        self.flush()
        self.start_retention()

    def start_retention(self, today: date | None = None) -> None:
        """Anonymise what is due, off the GUI thread (also called at the start of the window)."""
        if self.running:
            return
        self.running = True
        self.apply_button.setEnabled(False)
        store = self.store

        def work(_report) -> privacy.RetentionResult:
            return privacy.apply_retention(store, today)

        self.tasks.start(work, on_done=self._applied, on_error=self._failed,
                         on_cancelled=self._finish)  # fmt: skip

    def _finish(self) -> None:
        self.running = False
        self.apply_button.setEnabled(True)

    def _applied(self, result: privacy.RetentionResult) -> None:
        self._finish()
        self.last_result = result
        if result.months == 0:
            text = self.tr("De bewaartermijn staat uit; er is niets geanonimiseerd.")
        elif result.participants:
            text = self.tr(
                "{participants} deelnemers van {clients} klanten geanonimiseerd."
            ).format(participants=result.participants, clients=result.clients)
        else:
            text = self.tr("Niets te anonimiseren.")
        self.status.setStyleSheet(f"color: {OK_COLOUR};")
        self.status.setText(text)
        if result.participants:
            self.anonymised.emit(result.participants)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        log.warning("retention not applied: %s", exc)
        self.status.setStyleSheet("")
        self.message.say(self.tr("De bewaartermijn kon niet worden toegepast; zie het logbestand."))
