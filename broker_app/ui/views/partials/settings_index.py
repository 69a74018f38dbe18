"""Instellingen › Database: rebuilding the search index, with progress and a way to stop."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from broker_app.catalogue.health import rebuild_index
from broker_app.domain.formatting import number
from broker_app.store.catalogue import IndexRebuildStopped
from broker_app.store.database import Store
from broker_app.ui.views.partials.settings_common import Message, card, note, subheading
from broker_app.ui.workers import Task, TaskRunner

log = logging.getLogger(__name__)


class SearchIndexCard(QWidget):
    """A panel: what the index is for, a button to rebuild it, progress and "Stoppen"."""

    rebuilt = Signal(int)  # offerings indexed

    def __init__(
        self, store: Store, lang: str, tasks: TaskRunner | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.tasks = tasks
        self._task: Task | None = None
        frame, layout = card(self)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout.addWidget(subheading(self.tr("Zoekindex"), self))
        layout.addWidget(note(self.tr(
            "Zoeken en matchen gebruiken een index die het programma zelf bijhoudt. Vindt u "
            "een opleiding niet die er zeker in staat, bouw de index dan opnieuw op. Stoppen "
            "kan altijd: dan blijft de oude index staan."), self))  # fmt: skip
        self.rebuild_button = QPushButton(self.tr("Zoekindex opnieuw opbouwen"), self)
        self.rebuild_button.clicked.connect(self.rebuild)
        self.stop_button = QPushButton(self.tr("Stoppen"), self)
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Voortgang van de zoekindex"))
        self.progress.hide()
        row = QHBoxLayout()
        row.addWidget(self.rebuild_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        row.addStretch(0)
        layout.addLayout(row)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.hide()
        layout.addWidget(self.result)
        self.message = Message(self)
        layout.addWidget(self.message)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def rebuild(self) -> None:
        if self.busy or self.tasks is None:
            return
        store = self.store
        self.message.say("")
        self.result.hide()
        self.rebuild_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()

        def work(report):
            return rebuild_index(store, report)

        self._task = self.tasks.start(
            work,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._stopped,
            is_cancel=lambda exc: isinstance(exc, IndexRebuildStopped),
        )

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.stop_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self._task = None
        self.rebuild_button.setEnabled(True)
        self.progress.hide()
        self.stop_button.hide()
        self.stop_button.setEnabled(True)

    def _done(self, indexed: int) -> None:
        self._finish()
        self.result.setText(
            self.tr("De zoekindex is opnieuw opgebouwd: {count} opleidingen.").format(
                count=number(indexed, self.lang)
            )
        )
        self.result.show()
        self.rebuilt.emit(indexed)

    def _stopped(self) -> None:
        self._finish()
        self.result.setText(self.tr("Gestopt; de oude zoekindex is bewaard."))
        self.result.show()

    def _failed(self, exc: BaseException) -> None:
        log.warning("search index rebuild failed: %s", exc)
        self._finish()
        self.message.say(self.tr("Het opbouwen van de zoekindex is niet gelukt."))
