"""Importing a catalogue file: look first, then write.

1. The broker chooses a file; the first rows are shown as they were read.
2. A dry run checks every row in a worker and reports what would happen: new, updated and
   refused rows, and each problem by row and column. Nothing is written.
   A spreadsheet with headers of its own (not CSV v1) gets the column mapping panel first
   (:mod:`partials.import_mapping`): the preview and the check then show the mapped rows.
3. "Importeren" runs the real import in a worker with a progress bar; "Annuleren" stops it and
   the catalogue stays as it was (the importer writes all or nothing).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from broker_app.catalogue import csv_v1, importer, mapping
from broker_app.domain.formatting import number
from broker_app.domain.messages import t
from broker_app.domain.models import ImportReport
from broker_app.domain.problems import InputRefused, Problem
from broker_app.ui.context import CATALOGUE_DATA, AppContext
from broker_app.ui.views.partials.import_mapping import (
    MappingPanel,
    ProfilesDialog,
    column_title,
    header_label,
)
from broker_app.ui.workers import Task

PREVIEW_ROWS = 20
MAPPABLE = (".csv", ".txt", ".tsv", ".xlsx")  # files a column mapping can rename
REMAP_DELAY_MS = 300  # a new check this long after the last change of the mapping
MAX_PROBLEMS_SHOWN = 2000
Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1e6b3a;"


def sentence(text: str) -> str:
    """A message as a sentence on screen: a capital first letter and a full stop.

    Display only: the domain's messages stay as they are (the command line prints them as they
    are, a public format). A text that opens with a quoted value (``"mbo-9" is geen ...``) keeps
    that value as it was written."""
    text = text.strip()
    if not text:
        return text
    if text[0].isalpha():
        text = text[0].upper() + text[1:]
    if text[-1] not in ".!?…:":
        text += "."
    return text


def refused_text(exc: InputRefused, lang: str) -> str:
    """Why a whole file was refused, one sentence a line."""
    return "\n".join(sentence(problem.render(lang)) for problem in exc.problems)


def needs_mapping(path: Path, exc: InputRefused) -> bool:
    """A spreadsheet refused for its headers (required CSV v1 columns missing): a column
    mapping can rename them."""
    if path.suffix.lower() not in MAPPABLE:
        return False
    return any(problem.key == "header.missing" for problem in exc.problems)


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, cell by cell, as they were read."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.rows: list[tuple[int, dict[str, str]]] = []
        self.labels: list[str] = []
        self.tooltips: list[str] = []

    def set_sheet(
        self,
        columns: list[str],
        rows: list[tuple[int, dict[str, str]]],
        labels: list[str] | None = None,
        tooltips: list[str] | None = None,
    ) -> None:
        """``labels``: the column headers to show, when they differ from the keys;
        ``tooltips``: a header's tooltip (the mapped preview: the CSV v1 name)."""
        self.beginResetModel()
        self.columns, self.rows = list(columns), list(rows)
        self.labels = list(labels) if labels is not None else list(columns)
        self.tooltips = list(tooltips) if tooltips is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        _number, cells = self.rows[index.row()]
        value = cells.get(self.columns[index.column()]) or ""
        return value if role == Qt.ItemDataRole.ToolTipRole and value else value[:120]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.tooltips[section] if 0 <= section < len(self.tooltips) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.labels[section] if 0 <= section < len(self.labels) else None
        return str(self.rows[section][0]) if 0 <= section < len(self.rows) else None


class ProblemModel(QAbstractTableModel):
    """The dry run's problems: row, column, what is wrong (errors first)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ProblemModel", "Rij"),
        QT_TRANSLATE_NOOP("ProblemModel", "Kolom"),
        QT_TRANSLATE_NOOP("ProblemModel", "Soort"),
        QT_TRANSLATE_NOOP("ProblemModel", "Melding"),
    )

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        ordered = sorted(problems, key=lambda p: (not p.is_error, p.row or 0))
        self.problems = ordered[:MAX_PROBLEMS_SHOWN]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(problem.row) if problem.row is not None else ""
            if column == 1:
                return problem.column or ""
            if column == 2 and problem.is_error:
                return QCoreApplication.translate("ProblemModel", "fout")
            if column == 2:
                return QCoreApplication.translate("ProblemModel", "waarschuwing")
            return sentence(t(problem.key, self._lang, **problem.params))
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and problem.is_error:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProblemModel", self.HEADERS[section])
        return None


class ImportDialog(QDialog):
    """Choose, preview, check, import; ``imported(report)`` after a write."""

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._lang = context.lang
        self.path: Path | None = None
        self.report: ImportReport | None = None  # of the dry run, then of the import
        self.result: ImportReport | None = None
        self._task: Task | None = None
        self._cancel = threading.Event()
        self._generation = 0
        self.raw_sheet: csv_v1.SheetRows | None = None  # a file with headers of its own
        self.checked_profile: mapping.Profile | None = None  # the mapping the check used
        self.profiles_dialog: ProfilesDialog | None = None
        self._remap_timer = QTimer(self)
        self._remap_timer.setSingleShot(True)
        self._remap_timer.setInterval(REMAP_DELAY_MS)
        self._remap_timer.timeout.connect(self._remap)
        self.setWindowTitle(self.tr("Catalogus importeren"))
        self.resize(1000, 720)

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Nog geen bestand gekozen"))
        self.file_edit.setAccessibleName(self.tr("Gekozen bestand"))
        self.choose_button = QPushButton(self.tr("Bestand &kiezen…"), self)
        self.choose_button.clicked.connect(self.choose)
        top = QHBoxLayout()
        file_label = QLabel(self.tr("&Bestand"), self)
        file_label.setBuddy(self.choose_button)
        top.addWidget(file_label)
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        self.profiles_button = QPushButton(self.tr("Pro&fielen…"), self)
        self.profiles_button.setToolTip(
            self.tr("De opgeslagen koppelingen van kolommen bekijken en verwijderen")
        )
        self.profiles_button.clicked.connect(self.open_profiles)
        top.addWidget(self.profiles_button)

        self.mapping_panel = MappingPanel(context, self)
        self.mapping_panel.changed.connect(self._mapping_edited)
        self.mapping_panel.hide()

        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.setAccessibleName(self.tr("Voorbeeld van de eerste regels"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setDefaultSectionSize(130)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.preview_label = QLabel(self.tr("Voorbeeld"), self)
        self.preview_label.setStyleSheet("font-weight: 600;")

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_model = ProblemModel(self._lang, self)
        self.problems = QTableView(self)
        self.problems.setModel(self.problem_model)
        self.problems.setAccessibleName(self.tr("Meldingen per regel"))
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().setVisible(False)
        self.problems.setAlternatingRowColors(True)
        self.problems.setWordWrap(False)
        self.problems.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 60)
        header.resizeSection(1, 130)
        header.resizeSection(2, 110)
        report_label = QLabel(self.tr("Controle"), self)
        report_label.setStyleSheet("font-weight: 600;")

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.preview_label)
        upper_layout.addWidget(self.preview)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(report_label)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.problems)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.mapping_panel)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)

        self.skip_invalid = QCheckBox(self.tr("Alleen &geldige regels importeren"), self)
        self.skip_invalid.setToolTip(
            self.tr("Regels met een fout worden overgeslagen; de andere worden geïmporteerd.")
        )
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Annuleren"), self)
        self.cancel_button.setToolTip(self.tr("Stoppen; de catalogus blijft zoals hij was"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.import_button = QPushButton(self.tr("&Importeren"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.clicked.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_invalid)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- steps --------------------------------------------------------------------------------

    def ask_file(self) -> str:
        """The file dialog (tests replace this method)."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Catalogus kiezen"),
            "",
            self.tr("Catalogusbestanden (*.csv *.tsv *.txt *.xlsx *.json);;Alle bestanden (*)"),
        )
        return path

    def choose(self) -> None:
        path = self.ask_file()
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the file's first rows, then check all of it (both in a worker)."""
        self._stop_task()
        self._generation += 1
        generation = self._generation
        self.path = Path(path)
        self.report = None
        self.result = None
        self.raw_sheet = None
        self.checked_profile = None
        self._remap_timer.stop()
        self.mapping_panel.hide()
        self.file_edit.setText(str(self.path))
        self.preview_model.set_sheet([], [])
        self.problem_model.set_problems([])
        self.summary.setText("")
        self._show_status(self.tr("Bestand lezen…"))
        self._update_buttons()

        path = self.path

        def read(_report) -> tuple[list[str], list[tuple[int, dict[str, str]]], int, Any]:
            try:
                sheet = importer.read_file(path)
            except InputRefused as exc:
                if not needs_mapping(path, exc):
                    raise
                raw = importer.read_file(path, raw=True)
                return raw.columns, raw.rows[:PREVIEW_ROWS], len(raw.rows), raw
            return sheet.columns, sheet.rows[:PREVIEW_ROWS], len(sheet.rows), None

        self._run(
            read,
            on_done=lambda result: self._previewed(generation, result),
            on_error=lambda exc: self._refused(generation, exc),
        )

    def _previewed(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        columns, rows, total, raw = result
        self._show_preview(columns, rows, total)
        if raw is not None:
            self.raw_sheet = raw
            self.mapping_panel.set_sheet(raw)
            self._show_mapping_panel()
            self._show_raw_preview()
        self._dry_run(generation)

    def _show_mapping_panel(self) -> None:
        """Room for the mapping: every header visible (up to about ten) above the preview."""
        if not self.mapping_panel.isVisible() and self.height() < 860:
            self.resize(self.width(), 860)
        self.mapping_panel.show()
        wanted = self.mapping_panel.sizeHint().height()
        rest = max(self.splitter.height() - wanted, 300)
        self.splitter.setSizes([wanted, rest // 2, rest - rest // 2])

    def _show_raw_preview(self) -> None:
        """The file's own columns (while the mapping is incomplete)."""
        raw = self.raw_sheet
        if raw is None:
            return
        labels = [header_label(h) for h in raw.columns]
        self._show_preview(raw.columns, raw.rows[:PREVIEW_ROWS], len(raw.rows), labels)
        self.preview_label.setText(self.tr("Voorbeeld: de kolommen zoals ze in het bestand staan"))

    def _show_preview(
        self,
        columns: list[str],
        rows: list,
        total: int,
        labels: list[str] | None = None,
        tooltips: list[str] | None = None,
    ) -> None:
        self.preview_model.set_sheet(columns, rows, labels, tooltips)
        self.preview.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            width = self.preview.columnWidth(column)
            self.preview.setColumnWidth(column, min(max(width, 60), 220))
        if total == 1:
            text = self.tr("Voorbeeld: de enige regel")
        elif len(rows) >= total:
            text = self.tr("Voorbeeld: alle {total} regels")
        else:
            text = self.tr("Voorbeeld: de eerste {shown} van {total} regels")
        self.preview_label.setText(
            text.format(shown=number(len(rows), self._lang), total=number(total, self._lang))
        )

    def _dry_run(self, generation: int) -> None:
        self._show_status(self.tr("Controleren…"))
        self.progress.setValue(0)
        self.progress.show()
        path, cancel = self.path, self._cancel
        raw = self.raw_sheet
        profile = self.mapping_panel.profile() if raw is not None else None

        def check(report) -> tuple[ImportReport | InputRefused, Any]:
            mapped = None
            if raw is not None and profile is not None:
                try:
                    sheet = mapping.apply_profile(raw, profile)
                except InputRefused as exc:  # an incomplete mapping: expected, not logged
                    return exc, None
                mapped = (sheet.columns, sheet.rows[:PREVIEW_ROWS], len(sheet.rows))
            checked = importer.import_catalogue(
                self.context.store,
                path,
                skip_invalid=True,
                dry_run=True,
                progress=lambda done, total: report(done, total),
                cancelled=cancel.is_set,
                profile=profile,
            )
            return checked, mapped

        def done(result: tuple[ImportReport | InputRefused, Any]) -> None:
            if generation != self._generation:
                return
            checked, mapped = result
            if isinstance(checked, InputRefused):
                self._refused(generation, checked)
                return
            if mapped is not None:  # the broker's words, the CSV v1 name in the tooltip
                columns = mapped[0]
                labels = [column_title(c) for c in columns]
                tips = [self.tr("CSV v1-kolom: {column}").format(column=c) for c in columns]
                self._show_preview(*mapped, labels, tips)
                self.checked_profile = profile
            self._checked(generation, checked)

        self._run(check, on_done=done, on_error=lambda exc: self._refused(generation, exc))

    def _mapping_edited(self) -> None:
        """The check no longer matches what is on screen: no import until it is done again."""
        if self.result is not None:
            return
        self.checked_profile = None
        self._show_status(self.tr("Koppeling gewijzigd; opnieuw controleren…"))
        self._update_buttons()
        self._remap_timer.start()

    def _remap(self) -> None:
        """The broker changed the mapping: check the file again with it (nothing written)."""
        if self.raw_sheet is None or self.result is not None:
            return
        self._stop_task()
        self._generation += 1
        self.report = None
        self.checked_profile = None
        self.problem_model.set_problems([])
        self.summary.setText("")
        self.summary.setStyleSheet("")
        self._update_buttons()
        self._dry_run(self._generation)

    def open_profiles(self) -> ProfilesDialog:
        """The stored profiles, to look at and delete (a small dialog of its own)."""
        if self.profiles_dialog is None:
            self.profiles_dialog = ProfilesDialog(self.context, self)
            self.profiles_dialog.deleted.connect(lambda _name: self.mapping_panel.reload_profiles())
        self.profiles_dialog.refresh()
        self.profiles_dialog.show()
        self.profiles_dialog.raise_()
        return self.profiles_dialog

    def _checked(self, generation: int, report: ImportReport) -> None:
        if generation != self._generation:
            return
        self.report = report
        self.progress.hide()
        self.problem_model.set_problems(report.problems)
        refused = report.skipped
        values = {
            "total": number(report.rows_total, self._lang),
            "new": number(report.inserted, self._lang),
            "known": number(report.updated, self._lang),  # a dry run: changed or not
            "refused": number(refused, self._lang),
            "warnings": number(len(report.warnings), self._lang),
        }
        # singular and plural chosen here (two plain texts each, no numerus entries in the .ts)
        if report.rows_total == 1:
            read = self.tr("1 regel gelezen")
        else:
            read = self.tr("{total} regels gelezen").format(**values)
        if len(report.warnings) == 1:
            warnings = self.tr("1 waarschuwing")
        else:
            warnings = self.tr("{warnings} waarschuwingen").format(**values)
        text = self.tr(
            "{read}: {new} nieuw, {known} al in de catalogus, {refused} geweigerd (met een "
            "fout), {warnings}."
        ).format(**{**values, "read": read, "warnings": warnings})
        if report.merged:
            text += " " + self._merged_text(report.merged)
        self.summary.setStyleSheet("")
        if refused:
            text += " " + self.tr(
                "Zonder ‘Alleen geldige regels’ wordt niets geïmporteerd zolang er fouten zijn."
            )
        self.summary.setText(text)
        self._show_status(self.tr("Gecontroleerd; er is nog niets opgeslagen."))
        self._update_buttons()

    def _merged_text(self, merged: int) -> str:
        """Rows of offerings the broker merged into another one are left out (never revived)."""
        if merged == 1:
            return self.tr("1 regel hoort bij een samengevoegde opleiding en blijft buiten.")
        return self.tr(
            "{merged} regels horen bij samengevoegde opleidingen en blijven buiten."
        ).format(merged=number(merged, self._lang))

    def _refused(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.progress.hide()
        self._show_raw_preview()
        if isinstance(exc, InputRefused):
            text = refused_text(exc, self._lang)
        else:
            text = self.tr("Het bestand kon niet worden gelezen.")
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE)
        self._show_status("")
        self._update_buttons()

    def start_import(self) -> None:
        """Write the file's offerings in a worker; the progress bar follows it."""
        if not self._can_import():
            return
        self._generation += 1
        generation = self._generation
        self._cancel = threading.Event()
        path, skip, cancel = self.path, self.skip_invalid.isChecked(), self._cancel
        profile = self.checked_profile if self.raw_sheet is not None else None
        self.mapping_panel.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._show_status(self.tr("Importeren…"))

        def work(report) -> ImportReport:
            return importer.import_catalogue(
                self.context.store,
                path,
                skip_invalid=skip,
                progress=lambda done, total: report(done, total),
                cancelled=cancel.is_set,
                profile=profile,
            )

        self._run(
            work,
            on_done=lambda report: self._imported(generation, report),
            on_error=lambda exc: self._import_failed(generation, exc),
            on_cancelled=lambda: self._import_cancelled(generation),
        )
        self._update_buttons()

    def cancel(self) -> None:
        """Stop the running check or import; nothing is written."""
        self._cancel.set()
        if self._task is not None:
            self._task.cancel()
        self.cancel_button.setEnabled(False)
        self._show_status(self.tr("Annuleren…"))

    def _imported(self, generation: int, report: ImportReport) -> None:
        if generation != self._generation:
            return
        self.result = report
        self._finish_progress()
        if report.written:
            self.summary.setStyleSheet(OK_STYLE)
            self.summary.setText(
                self.tr(
                    "Geïmporteerd: {new} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd, "
                    "{skipped} overgeslagen."
                ).format(
                    new=number(report.inserted, self._lang),
                    updated=number(report.updated, self._lang),
                    unchanged=number(report.unchanged, self._lang),
                    skipped=number(report.skipped, self._lang),
                )
                + (" " + self._merged_text(report.merged) if report.merged else "")
            )
            self._show_status("")
            self.context.changed(CATALOGUE_DATA)
            self.context.say(self.tr("Catalogus geïmporteerd"))
            self.imported.emit(report)
        else:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(self.tr("Er is niets geïmporteerd: het bestand bevat fouten."))
        self._update_buttons()

    def _import_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._finish_progress()
        self.summary.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, InputRefused):
            self.summary.setText(refused_text(exc, self._lang))
        else:
            self.summary.setText(self.tr("De import is mislukt; de catalogus is niet gewijzigd."))
        self._update_buttons()

    def _import_cancelled(self, generation: int) -> None:
        if generation != self._generation:
            return
        self._finish_progress()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Import geannuleerd; de catalogus is niet gewijzigd."))
        self._show_status("")
        self._update_buttons()

    # -- internals ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _run(self, work, *, on_done, on_error, on_cancelled=None) -> None:
        def done(result: Any) -> None:
            self._task = None
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._task = None
            on_error(exc)

        def cancelled() -> None:
            self._task = None
            if on_cancelled:
                on_cancelled()
            self._update_buttons()

        self._task = self.context.tasks.start(
            work,
            on_done=done,
            on_error=failed,
            on_progress=self._on_progress,
            on_cancelled=cancelled,
            is_cancel=lambda exc: isinstance(exc, importer.ImportCancelled),
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finish_progress(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def _stop_task(self) -> None:
        if self._task is not None:
            self._cancel.set()
            self._task.cancel()
        self._cancel = threading.Event()

    def _can_import(self) -> bool:
        report = self.report
        if self.busy or report is None or self.result is not None:
            return False
        if self.raw_sheet is not None and self.checked_profile is None:
            return False
        if report.skipped and not self.skip_invalid.isChecked():
            return False
        return report.inserted + report.updated > 0

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self._can_import())
        self.choose_button.setEnabled(not self.busy or self.report is None)
        self.close_button.setText(self.tr("Sluiten"))
        self.mapping_panel.setEnabled(self.result is None and not self._importing())

    def _importing(self) -> bool:
        return self.busy and self.cancel_button.isVisibleTo(self)

    def _show_status(self, text: str) -> None:
        self.status.setText(text)

    def reject(self) -> None:
        """Closing stops a running check or import (nothing is written then)."""
        self._generation += 1
        self._remap_timer.stop()
        self._stop_task()
        super().reject()
