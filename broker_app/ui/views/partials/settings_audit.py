"""Settings, "Auditlog": who works in this database (the broker profile the audit
log names), where the privacy statement is, and the audit log itself: filtered by period and
kind, read lazily (``audit_log_model``), exportable to CSV or Excel.

The profile (setting ``audit.profile``) is saved after a pause in typing; empty means the
computer's user name is written in the log instead (``store.audit.current_profile``).
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from broker_app.catalogue import exports
from broker_app.domain.audit import KIND_LABELS, KINDS, utc_stamp
from broker_app.domain.formatting import number
from broker_app.domain.problems import InputRefused
from broker_app.store import audit
from broker_app.store.database import Store
from broker_app.store.settings import set_setting
from broker_app.ui.views.partials.audit_log_model import AuditLogModel
from broker_app.ui.views.partials.settings_common import (
    FIELD_WIDTH,
    OK_COLOUR,
    Saver,
    Section,
    align_labels,
    card,
    form,
    note,
    run_task,
    subheading,
)
from broker_app.ui.widgets.tables import style_table

log = logging.getLogger(__name__)

# (key, days back; None = everything)
PERIODS = (("all", None), ("today", 1), ("week", 7), ("month", 30), ("year", 365))
MAX_PROFILE = 80


def period_start(days: int | None, today: date | None = None) -> str | None:
    """The UTC stamp of local midnight ``days - 1`` days before today (1 = today)."""
    if days is None:
        return None
    first = (today or date.today()) - timedelta(days=days - 1)
    return utc_stamp(datetime.combine(first, datetime.min.time()))


class AuditSection(Section):
    key = "audit"

    def __init__(self, store: Store, lang: str, tasks=None, parent: QWidget | None = None):
        super().__init__(store, lang, parent)
        self.tasks = tasks
        self.busy = False
        self.set_heading(
            self.tr("Auditlog"),
            self.tr("Wie wat wijzigde en wanneer (AVG: verantwoording). Het auditlog bewaart "
                    "alleen wát er veranderde, nooit de namen of e-mailadressen zelf."),
        )  # fmt: skip
        self.saver = Saver(self.save, self)

        who_card, who_layout = card(self)
        who_layout.addWidget(subheading(self.tr("Wie werkt er"), self))
        self.profile = QLineEdit(self)
        self.profile.setMaxLength(MAX_PROFILE)
        self.profile.setFixedWidth(FIELD_WIDTH)
        self.profile.setAccessibleName(self.tr("Uw naam in het auditlog"))
        self.profile.textEdited.connect(self.saver.poke)
        self.profile.editingFinished.connect(self.saver.flush)
        who_form = form(self)
        label = QLabel(self.tr("&Uw naam"), self)
        label.setBuddy(self.profile)
        who_form.addRow(label, self.profile)
        who_layout.addLayout(who_form)
        self.profile_note = note("", self)
        who_layout.addWidget(self.profile_note)

        log_card, log_layout = card(self)
        log_layout.addWidget(subheading(self.tr("Auditlog"), self))
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Periode"))
        period_names = {
            "all": self.tr("Alles"),
            "today": self.tr("Vandaag"),
            "week": self.tr("Afgelopen 7 dagen"),
            "month": self.tr("Afgelopen 30 dagen"),
            "year": self.tr("Afgelopen 12 maanden"),
        }
        for key, days in PERIODS:
            self.period.addItem(period_names[key], days)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Soort"))
        self.kind.addItem(self.tr("Alle soorten"), None)
        for kind in KINDS:
            self.kind.addItem(KIND_LABELS[kind].get(lang, KIND_LABELS[kind]["nl"]), kind)
        period_label = QLabel(self.tr("&Periode"), self)
        period_label.setBuddy(self.period)
        kind_label = QLabel(self.tr("&Soort"), self)
        kind_label.setBuddy(self.kind)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        self.export_button = QPushButton(self.tr("Exporteren…"), self)
        self.export_button.setToolTip(self.tr("De getoonde regels als CSV of Excel (Ctrl+E)"))
        filters.addWidget(period_label)
        filters.addWidget(self.period)
        filters.addSpacing(10)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind)
        filters.addSpacing(10)
        filters.addWidget(self.count_label, 1)
        filters.addWidget(self.export_button)
        log_layout.addLayout(filters)

        self.model = AuditLogModel(store, lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Auditlog, nieuwste eerst"))
        style_table(self.table)
        self.table.setMinimumHeight(380)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((120, 150, 470)):
            self.table.setColumnWidth(column, width)
        log_layout.addWidget(self.table, 1)
        self.export_message = note("", self)
        log_layout.addWidget(self.export_message)
        align_labels(who_form)

        self.period.currentIndexChanged.connect(self.apply_filter)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.export_button.clicked.connect(self.export)
        shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.export)
        QWidget.setTabOrder(self.profile, self.period)
        QWidget.setTabOrder(self.period, self.kind)
        QWidget.setTabOrder(self.kind, self.export_button)
        QWidget.setTabOrder(self.export_button, self.table)

        self.body.addWidget(who_card)
        self.body.addWidget(log_card, 1)

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        self.saver.stop()
        self.profile.setText(audit.chosen_profile(self.store.db))
        user = audit.os_user()
        if user:
            self.profile_note.setText(self.tr(
                "Staat bij elke wijziging in het auditlog. Leeg: de gebruikersnaam van deze "
                "computer ({user}).").format(user=user))  # fmt: skip
        else:
            self.profile_note.setText(self.tr("Staat bij elke wijziging in het auditlog."))
        self.apply_filter()

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(since=period_start(self.period.currentData()),
                                 kind=self.kind.currentData())  # fmt: skip

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        count = self.model.rowCount()
        if count == 1:
            self.count_label.setText(self.tr("1 regel"))
        else:
            self.count_label.setText(self.tr("{count} regels").format(
                count=number(count, self.lang)))  # fmt: skip
        self.export_button.setEnabled(count > 0 and not self.busy)

    # -- the profile -------------------------------------------------------------------------

    def save(self) -> None:
        self.saver.stop()
        name = " ".join(self.profile.text().split())
        if name == audit.chosen_profile(self.store.db):
            return
        with self.store.transaction() as db:
            set_setting(db, audit.PROFILE_SETTING, name)
        self.saved.emit()
        if self.loaded:
            self.apply_filter()  # the change itself is an entry

    def flush(self) -> None:
        self.saver.flush()

    def shutdown(self) -> None:
        self.saver.flush()
        self.saver.stop()

    # -- export ------------------------------------------------------------------------------

    def choose_export_file(self) -> str:
        """Where to write the export (a method, so tests can answer it)."""
        name = f"auditlog-{date.today().isoformat()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Auditlog exporteren"), str(Path.home() / name),
            self.tr("Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)"))  # fmt: skip
        return path

    def export(self) -> None:
        if self.busy or self.model.rowCount() == 0:
            return
        path = self.choose_export_file()
        if not path:
            return
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path += ".xlsx"
        self.busy = True
        self.export_button.setEnabled(False)
        self.export_message.setStyleSheet("color: palette(placeholder-text);")
        self.export_message.setText(self.tr("Bezig met exporteren…"))
        store, f, lang, target = self.store, self.model.filter, self.lang, Path(path)

        def work(report) -> tuple[int, Path]:
            return exports.export_audit(store, target, f, lang), target

        run_task(self.tasks, work, self._exported, self._export_failed, self._export_finish)

    def _export_finish(self) -> None:
        self.busy = False
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def _exported(self, result: tuple[int, Path]) -> None:
        count, path = result
        self._export_finish()
        self.export_message.setStyleSheet(f"color: {OK_COLOUR};")
        self.export_message.setText(self.tr("{count} regels geëxporteerd naar {file}").format(
            count=number(count, self.lang), file=path.name))  # fmt: skip

    def _export_failed(self, exc: BaseException) -> None:
        log.warning("audit export failed: %s", exc)
        self._export_finish()
        self.export_message.setStyleSheet("color: #B3261E;")
        reason = exc.render(self.lang) if isinstance(exc, InputRefused) else str(exc)
        self.export_message.setText(self.tr("Het exporteren is niet gelukt: {reason}").format(
            reason=reason or type(exc).__name__))  # fmt: skip
