"""'Dubbelen': likely duplicate offerings side by side; merge one into the other or dismiss."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from broker_app.catalogue import duplicates
from broker_app.domain.formatting import money, short_date
from broker_app.domain.staleness import parse_day
from broker_app.domain.vocab import LEVELS, SCHEDULE
from broker_app.store.database import Store
from broker_app.ui import dialogs
from broker_app.ui.context import CATALOGUE_DATA, AppContext
from broker_app.ui.widgets.tables import style_table

log = logging.getLogger(__name__)


class CatalogueDuplicatesDialog(QDialog):
    """Looks for pairs in a worker, shows them, and merges or dismisses the chosen one."""

    merged = Signal(str)  # the kept offering's id

    # the columns: provider, then per side code/title, place, price, then why
    COLUMNS = 8

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._store: Store = context.store
        self._lang = context.lang
        self.pairs: list[duplicates.DuplicatePair] = []
        self.details: dict[str, dict] = {}
        self._searching = False
        self.setWindowTitle(self.tr("Mogelijke dubbelen in het aanbod"))
        self.resize(1100, 560)

        self.status = QLabel(self.tr("Het aanbod wordt nagelopen…"), self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setAccessibleName(self.tr("Mogelijke dubbelen"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Aanbieder"), self.tr("Opleiding A"), self.tr("Plaats A"),
            self.tr("Prijs A"), self.tr("Opleiding B"), self.tr("Plaats B"), self.tr("Prijs B"),
            self.tr("Waarom"),
        ])  # fmt: skip
        style_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        self.keep_a = QRadioButton(self)
        self.keep_b = QRadioButton(self)
        self.keep_a.setAccessibleName(self.tr("Opleiding A houden"))
        self.keep_b.setAccessibleName(self.tr("Opleiding B houden"))
        self.side_a = QLabel(self)
        self.side_b = QLabel(self)
        for side in (self.side_a, self.side_b):
            side.setTextFormat(Qt.TextFormat.PlainText)
            side.setWordWrap(True)
            side.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            side.setStyleSheet("padding: 6px; border: 1px solid #d9e2ec; border-radius: 3px;")

        self.merge_button = QPushButton(self.tr("Samenvoegen"), self)
        self.merge_button.setToolTip(
            self.tr("De gekozen opleiding houden; de andere gaat eruit, met haar notities en "
                    "labels erbij (Ctrl+M)")
        )  # fmt: skip
        self.merge_button.setShortcut("Ctrl+M")
        self.dismiss_button = QPushButton(self.tr("Geen dubbel"), self)
        self.dismiss_button.setToolTip(
            self.tr("Dit paar is geen dubbel; het wordt niet meer getoond (Ctrl+G)")
        )
        self.dismiss_button.setShortcut("Ctrl+G")
        self.close_button = QPushButton(self.tr("Sluiten"), self)

        sides = QHBoxLayout()
        for radio, label in ((self.keep_a, self.side_a), (self.keep_b, self.side_b)):
            column = QVBoxLayout()
            column.addWidget(radio)
            column.addWidget(label, 1)
            sides.addLayout(column, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 2)
        layout.addLayout(sides, 1)
        layout.addLayout(buttons)

        self.table.itemSelectionChanged.connect(self._show_pair)
        self.merge_button.clicked.connect(self.merge_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.close_button.clicked.connect(self.reject)
        self._show_pair()
        self.refresh()

    # -- finding -------------------------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return self._searching

    def refresh(self) -> None:
        """Look for pairs again in a worker (100,000 offerings take a second or two)."""
        if self._searching:
            return
        self._searching = True
        store = self._store

        def work(report):
            pairs = duplicates.find_duplicates(store, progress=report)
            return pairs, duplicates.pair_details(store, pairs)

        def done(result) -> None:
            self._searching = False
            self.pairs, self.details = result
            self._fill()

        def failed(_exc: BaseException) -> None:
            self._searching = False
            self.status.setText(self.tr("Het aanbod kon niet worden nagelopen."))

        self.context.tasks.start(work, on_done=done, on_error=failed, on_cancelled=failed)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            a, b = self.details.get(pair.first, {}), self.details.get(pair.second, {})
            why = []
            if duplicates.TITLE in pair.reasons:
                why.append(self.tr("titel {score} % gelijk").format(score=round(pair.score)))
            if duplicates.QUALIFICATION in pair.reasons:
                why.append(self.tr("zelfde kwalificatiecode"))
            cells = [
                a.get("provider") or "",
                self._name(a), a.get("city") or "", money(a.get("price_cents"), self._lang),
                self._name(b), b.get("city") or "", money(b.get("price_cents"), self._lang),
                ", ".join(why),
            ]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.pairs:
            self.status.setText(
                self.tr("{count} mogelijke dubbelen: opleidingen van dezelfde aanbieder op "
                        "dezelfde plaats, op hetzelfde niveau en dezelfde tijden, met (bijna) "
                        "dezelfde titel of kwalificatiecode.").format(count=len(self.pairs))
            )  # fmt: skip
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("Geen mogelijke dubbelen gevonden."))
        self._show_pair()

    def _name(self, offering: dict) -> str:
        return "{code} – {title}".format(
            code=offering.get("code") or "", title=offering.get("title") or ""
        )

    # -- the chosen pair -----------------------------------------------------------------------

    def current_pair(self) -> duplicates.DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.pairs):
            return None
        return self.pairs[rows[0].row()]

    def _side_text(self, offering: dict) -> str:
        lines = [
            self._name(offering),
            offering.get("provider") or "",
            self.tr("Plaats: {city}").format(city=offering.get("city") or "—"),
            self.tr("Niveau: {level}").format(
                level=LEVELS.label(offering["level"], self._lang)
                if offering.get("level") in LEVELS else offering.get("level") or "—"
            ),
            self.tr("Tijden: {schedule}").format(
                schedule=", ".join(SCHEDULE.label(s, self._lang) if s in SCHEDULE else s
                                   for s in offering.get("schedule") or []) or "—"
            ),
            self.tr("Prijs: {price}").format(
                price=money(offering.get("price_cents"), self._lang)
                if offering.get("price_cents") is not None else "—"
            ),
        ]  # fmt: skip
        start = parse_day(offering.get("next_start"))
        if offering.get("continuous_intake"):
            lines.append(self.tr("Start: doorlopend"))
        else:
            lines.append(self.tr("Volgende start: {date}").format(
                date=short_date(start, self._lang) if start else "—"))  # fmt: skip
        if offering.get("notes"):
            lines.append(self.tr("Notities: {notes}").format(notes=offering["notes"]))
        if offering.get("tags"):
            lines.append(self.tr("Labels: {tags}").format(tags=", ".join(offering["tags"])))
        return "\n".join(lines)

    def _show_pair(self) -> None:
        pair = self.current_pair()
        for widget in (self.merge_button, self.dismiss_button, self.keep_a, self.keep_b):
            widget.setEnabled(pair is not None)
        if pair is None:
            self.keep_a.setText(self.tr("A houden"))
            self.keep_b.setText(self.tr("B houden"))
            self.side_a.clear()
            self.side_b.clear()
            return
        a, b = self.details.get(pair.first, {}), self.details.get(pair.second, {})
        self.keep_a.setText(self.tr("A houden ({code})").format(code=a.get("code") or ""))
        self.keep_b.setText(self.tr("B houden ({code})").format(code=b.get("code") or ""))
        # a sensible default: the one with the next start date, else the first
        keep_b = bool(b.get("next_start")) and (
            not a.get("next_start") or b["next_start"] < a["next_start"]
        )
        (self.keep_b if keep_b else self.keep_a).setChecked(True)
        self.side_a.setText(self._side_text(a))
        self.side_b.setText(self._side_text(b))

    def chosen(self) -> tuple[str, str] | None:
        """(keep, remove) as the radio buttons say."""
        pair = self.current_pair()
        if pair is None:
            return None
        if self.keep_b.isChecked():
            return pair.second, pair.first
        return pair.first, pair.second

    def merge_current(self) -> bool:
        chosen = self.chosen()
        if chosen is None:
            return False
        keep, remove = chosen
        kept, removed = self.details.get(keep, {}), self.details.get(remove, {})
        if not dialogs.ask(
            self,
            self.tr("Samenvoegen"),
            self.tr("“{removed}” gaat uit het aanbod; haar notities en labels komen bij "
                    "“{kept}”. Concept-voorstellen noemen voortaan “{kept}”; verzonden "
                    "voorstellen blijven zoals ze zijn.").format(
                removed=self._name(removed), kept=self._name(kept)),
            self.tr("Samenvoegen"),
            self.tr("Annuleren"),
        ):  # fmt: skip
            return False
        try:
            duplicates.merge(self._store, keep, remove)
        except Exception:
            log.exception("cannot merge offering %s into %s", remove, keep)
            dialogs.show_error(
                self,
                self.tr("Samenvoegen mislukt"),
                self.tr("De opleidingen konden niet worden samengevoegd; er is niets gewijzigd."),
            )
            return False
        # pairs with the removed offering are gone; the rest stays as found
        self.pairs = [p for p in self.pairs if remove not in (p.first, p.second)]
        self.context.changed(CATALOGUE_DATA)
        self.context.say(self.tr("Samengevoegd"))
        self.merged.emit(keep)
        self._fill()
        return True

    def dismiss_current(self) -> bool:
        pair = self.current_pair()
        if pair is None:
            return False
        try:
            duplicates.dismiss(self._store, pair.first, pair.second)
        except Exception:
            log.exception("cannot dismiss pair %s %s", pair.first, pair.second)
            dialogs.show_error(
                self,
                self.tr("Niet opgeslagen"),
                self.tr("Het paar kon niet als ‘geen dubbel’ worden bewaard."),
            )
            return False
        self.pairs.remove(pair)
        self.context.say(self.tr("Gemarkeerd als geen dubbel"))
        self._fill()
        return True
