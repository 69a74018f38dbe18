"""Two to four offerings side by side: one column per offering, one row per aspect."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain import vocab
from broker_app.domain.formatting import money, number, short_date
from broker_app.ui.views.partials.match_model import MatchRow

MAX_STARTS = 4


class CompareDialog(QDialog):
    """Rows: provider, level, study load, delivery, place, price, VAT, starts, credential, score,
    reasons. The best score and the lowest price are set in bold."""

    def __init__(
        self,
        rows: list[MatchRow],
        offerings: dict[str, dict],
        lang: str,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vergelijken"))
        self._lang = lang
        today = today or date.today()
        aspects = self.aspects()
        self.table = QTableWidget(len(aspects), len(rows), self)
        self.table.setAccessibleName(self.tr("Opleidingen naast elkaar"))
        self.table.setHorizontalHeaderLabels([r.title for r in rows])
        self.table.setVerticalHeaderLabels([label for _, label in aspects])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setStyleSheet(
            "QTableWidget::item { padding: 6px 8px; }"
            "QHeaderView::section { padding: 6px 8px; border: none;"
            " border-bottom: 1px solid palette(mid); background: palette(button); }"
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        best_score = max(r.score for r in rows) if rows else 0
        prices = [r.facts.price_cents for r in rows if r.facts.price_cents is not None]
        lowest = min(prices) if prices else None
        for column, r in enumerate(rows):
            offering = offerings.get(r.offering_id, {})
            values = self.values(r, offering, today)
            for row, (key, _label) in enumerate(aspects):
                item = QTableWidgetItem(values.get(key, ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                bold = (key == "score" and r.score == best_score and len(rows) > 1) or (
                    key == "price" and lowest is not None and r.facts.price_cents == lowest
                    and len(prices) > 1
                )  # fmt: skip
                if bold:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

        note = QLabel(self.tr("Vetgedrukt: de hoogste score en de laagste prijs."), self)
        note.setStyleSheet("color: #616e7c;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 10)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(min(1200, 260 + 260 * max(1, len(rows))), 640)

    def aspects(self) -> list[tuple[str, str]]:
        return [
            ("provider", self.tr("Aanbieder")),
            ("level", self.tr("Niveau")),
            ("load", self.tr("Studiebelasting")),
            ("delivery", self.tr("Lesvorm")),
            ("place", self.tr("Plaats en afstand")),
            ("price", self.tr("Prijs per deelnemer")),
            ("vat", self.tr("Btw")),
            ("starts", self.tr("Startdata")),
            ("credential", self.tr("Afsluiting")),
            ("score", self.tr("Score")),
            ("reasons", self.tr("Redenen")),
        ]

    def values(self, r: MatchRow, offering: dict, today: date) -> dict[str, str]:
        lang = self._lang
        facts = r.facts
        load = []
        if offering.get("hours") is not None:
            load.append(self.tr("{hours} uur").format(hours=number(offering["hours"], lang)))
        if offering.get("ec") is not None:
            load.append(self.tr("{ec} EC").format(ec=number(offering["ec"], lang)))
        if offering.get("duration_weeks"):
            load.append(self.tr("{weeks} weken").format(weeks=offering["duration_weeks"]))
        upcoming = [d for d in facts.start_dates if d >= today]
        starts = [short_date(d, lang) for d in upcoming[:MAX_STARTS]]
        if len(upcoming) > MAX_STARTS:
            starts.append(self.tr("en nog {count}").format(count=len(upcoming) - MAX_STARTS))
        if facts.continuous_intake:
            starts.insert(0, self.tr("doorlopende instroom"))
        vat = offering.get("vat")
        level = vocab.LEVELS.label(facts.level, lang) if facts.level else ""
        return {
            "provider": facts.provider,
            "level": level,
            "load": " · ".join(load) or "—",
            "delivery": ", ".join(vocab.DELIVERY.label(c, lang) for c in facts.delivery) or "—",
            "place": r.place or "—",
            "price": money(facts.price_cents, lang) if facts.price_cents is not None else "—",
            "vat": vocab.VAT_RATES.label(vat, lang) if vat else "—",
            "starts": "\n".join(starts) or self.tr("geen startdatum gepland"),
            "credential": vocab.CREDENTIALS.label(facts.credential, lang)
            if facts.credential
            else "—",
            "score": f"{number(round(r.score), lang)} %",
            "reasons": "\n".join(([r.broken_must] if r.broken_must else []) + r.reasons),
        }
