"""'Importgeschiedenis': every import batch (file, format, time, counts, status), and undo."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from broker_app.catalogue import history
from broker_app.domain.formatting import number, short_date
from broker_app.domain.problems import InputRefused
from broker_app.ui import dialogs
from broker_app.ui.context import CATALOGUE_DATA, AppContext
from broker_app.ui.widgets.tables import style_table

log = logging.getLogger(__name__)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CatalogueHistoryDialog(QDialog):
    """The batches newest first; "Ongedaan maken" asks, undoes in a worker, reloads."""

    undone = Signal(str)  # the batch id

    COLUMNS = 8

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._lang = context.lang
        self.batches: list[history.Batch] = []
        self._busy = False
        self.setWindowTitle(self.tr("Importgeschiedenis"))
        self.resize(960, 420)

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setAccessibleName(self.tr("Importgeschiedenis"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Bestand"), self.tr("Formaat"), self.tr("Datum en tijd"), self.tr("Nieuw"),
            self.tr("Bijgewerkt"), self.tr("Ongewijzigd"), self.tr("Overgeslagen"),
            self.tr("Status"),
        ])  # fmt: skip
        style_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Ongedaan maken"), self)
        self.undo_button.setToolTip(
            self.tr("De gekozen import terugdraaien: nieuwe opleidingen weg, oude waarden terug")
        )
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.undo_button.clicked.connect(self.undo_selected)
        self.close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    # -- the list --------------------------------------------------------------------------------

    def _status_text(self, status: str) -> str:
        if status == history.DONE:
            return self.tr("geïmporteerd")
        if status == history.UNDONE:
            return self.tr("ongedaan gemaakt")
        return status

    def _when(self, iso: str) -> str:
        try:
            moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
        except ValueError:
            return iso
        return f"{short_date(moment.date(), self._lang)} {moment:%H:%M}"

    def reload(self) -> None:
        self.batches = history.list_batches(self.context.store)
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            cells = [
                batch.file_name,
                batch.format,
                self._when(batch.started_at),
                number(batch.inserted, self._lang),
                number(batch.updated, self._lang),
                number(batch.unchanged, self._lang),
                number(batch.skipped, self._lang),
                self._status_text(batch.status),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 3 <= column <= 6:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if batch.status != history.DONE:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        if self.batches:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("Er is nog niets geïmporteerd."))
        self._update_buttons()

    def selected(self) -> history.Batch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        batch = self.selected()
        self.undo_button.setEnabled(bool(batch and batch.undoable) and not self._busy)

    # -- undo ------------------------------------------------------------------------------------

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None or not batch.undoable or self._busy:
            return
        question = self.tr(
            "De import van {file} ongedaan maken? {inserted} nieuwe opleidingen worden "
            "verwijderd en {updated} bijgewerkte opleidingen krijgen hun oude gegevens terug. "
            "Uw eigen notities en labels blijven staan."
        ).format(
            file=batch.file_name,
            inserted=number(batch.inserted, self._lang),
            updated=number(batch.updated, self._lang),
        )
        if not dialogs.ask(
            self, self.tr("Import ongedaan maken"), question, self.tr("Ongedaan maken"),
            self.tr("Annuleren"),
        ):  # fmt: skip
            return
        self._busy = True
        self._update_buttons()
        self.message.setText(self.tr("Bezig met ongedaan maken…"))
        store, batch_id = self.context.store, batch.id

        def work(report: object) -> history.UndoResult:
            return history.undo(store, batch_id)

        self.context.tasks.start(work, on_done=self._on_undone, on_error=self._on_failed)

    def _on_undone(self, result: history.UndoResult) -> None:
        self._busy = False
        self.message.setText(
            self.tr("Import van {file} ongedaan gemaakt: {removed} verwijderd, {restored} "
                    "teruggezet.").format(
                file=result.batch.file_name,
                removed=number(result.removed, self._lang),
                restored=number(result.restored, self._lang),
            )
        )  # fmt: skip
        self.context.changed(CATALOGUE_DATA)
        self.context.say(self.tr("Import ongedaan gemaakt"))
        self.undone.emit(result.batch.id)
        self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, InputRefused):
            text = exc.render(self._lang)
        else:
            log.error("undo failed", exc_info=exc)
            text = self.tr("Ongedaan maken is mislukt; er is niets veranderd.")
        self.message.setText("")
        dialogs.show_error(self, self.tr("Import niet ongedaan gemaakt"), text)
        self.reload()
