"""The ranked matches (or the near misses) of one demand as a table: small, so fully in memory.

A row can be checked (for comparing or for the proposal); checks survive a re-rank as long as
the offering is still in the list, so tuning the weights never loses the broker's choice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from broker_app.domain.demand import Demand
from broker_app.domain.formatting import money, number
from broker_app.domain.matching import OfferingFacts
from broker_app.domain.vocab import LEVELS
from broker_app.matching.engine import MatchResult
from broker_app.ui.views.partials.match_explain import broken_must_text, place_text, start_text
from broker_app.ui.widgets.score_bar import ScoreRole
from broker_app.ui.widgets.two_line import FirstLineExtraRole, NoteRole, SecondLineRole

OfferingIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2  # the MatchRow

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CHECK = 0
    RANK = 1
    TITLE = 2  # the title, and the reasons under it
    PROVIDER = 3
    LEVEL = 4
    PLACE = 5
    PRICE = 6
    START = 7
    SCORE = 8


HEADERS: dict[Column, str] = {
    Column.CHECK: "",
    Column.RANK: QT_TRANSLATE_NOOP("MatchTableModel", "#"),
    Column.TITLE: QT_TRANSLATE_NOOP("MatchTableModel", "Opleiding en redenen"),
    Column.PROVIDER: QT_TRANSLATE_NOOP("MatchTableModel", "Aanbieder"),
    Column.LEVEL: QT_TRANSLATE_NOOP("MatchTableModel", "Niveau"),
    Column.PLACE: QT_TRANSLATE_NOOP("MatchTableModel", "Plaats"),
    Column.PRICE: QT_TRANSLATE_NOOP("MatchTableModel", "Prijs"),
    Column.START: QT_TRANSLATE_NOOP("MatchTableModel", "Eerste start"),
    Column.SCORE: QT_TRANSLATE_NOOP("MatchTableModel", "Score"),
}

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass
class MatchRow:
    """One offering as the page shows it, with the texts already made."""

    offering_id: str
    rank: int | None
    facts: OfferingFacts
    score: float
    reasons: list[str]
    level: str
    place: str
    price: str
    start: str
    broken_must: str | None = None  # a near miss: the must it breaks, in words
    violations: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.facts.title

    @property
    def provider(self) -> str:
        return self.facts.provider


def _row(facts, demand: Demand, lang: str, today: date, **values: Any) -> MatchRow:
    level = LEVELS.short_label(facts.level, lang) if facts.level else ""
    return MatchRow(
        offering_id=facts.offering_id,
        facts=facts,
        level="" if level == "—" else level,
        place=place_text(facts, demand, lang),
        price=money(facts.price_cents, lang),  # "—" when unknown
        start=start_text(facts, today, lang),
        **values,
    )


def rows_from(result: MatchResult, lang: str, today: date) -> tuple[list[MatchRow], list[MatchRow]]:
    """(ranked matches, near misses) of one engine result."""
    demand = result.demand
    ranked = [
        _row(m.facts, demand, lang, today, rank=m.rank, score=m.assessment.score,
             reasons=m.reasons, violations=list(m.assessment.violations))
        for m in result.results
    ]  # fmt: skip
    near = [
        _row(n.assessment.facts, demand, lang, today, rank=None, score=n.assessment.score,
             reasons=n.reasons, broken_must=broken_must_text(n.must, n.assessment.facts, demand,
                                                              today, lang))
        for n in result.near_misses
    ]  # fmt: skip
    return ranked, near


class MatchTableModel(QAbstractTableModel):
    checks_changed = Signal()

    def __init__(self, lang: str = "nl", parent=None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._rows: list[MatchRow] = []
        self._checked: set[str] = set()
        self._provider_inline = False

    # -- content -----------------------------------------------------------------------------

    def set_rows(self, rows: list[MatchRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        present = {r.offering_id for r in rows}
        had = set(self._checked)
        self._checked &= present
        self.endResetModel()
        if had != self._checked:
            self.checks_changed.emit()

    def set_provider_inline(self, inline: bool) -> None:
        """Show the provider after the title (when the view hides the provider column)."""
        if inline != self._provider_inline:
            self._provider_inline = inline
            if self._rows:
                self.dataChanged.emit(
                    self.index(0, Column.TITLE), self.index(len(self._rows) - 1, Column.TITLE)
                )

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[MatchRow]:
        return list(self._rows)

    def row_at(self, row: int) -> MatchRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, offering_id: str | None) -> int:
        for i, r in enumerate(self._rows):
            if r.offering_id == offering_id:
                return i
        return -1

    def checked_rows(self) -> list[MatchRow]:
        return [r for r in self._rows if r.offering_id in self._checked]

    def set_checked(self, offering_id: str, checked: bool) -> None:
        row = self.row_of(offering_id)
        if row < 0 or (offering_id in self._checked) == checked:
            return
        if checked:
            self._checked.add(offering_id)
        else:
            self._checked.discard(offering_id)
        index = self.index(row, Column.CHECK)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()

    def clear_checks(self) -> None:
        if self._checked:
            self._checked.clear()
            self.dataChanged.emit(
                self.index(0, Column.CHECK), self.index(max(0, len(self._rows) - 1), Column.CHECK)
            )
            self.checks_changed.emit()

    # -- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = HEADERS[Column(section)]
            return QCoreApplication.translate("MatchTableModel", text) if text else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if section in (Column.PRICE, Column.RANK):
                return int(_RIGHT)
            return int(_LEFT)
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.CHECK:
            return QCoreApplication.translate(
                "MatchTableModel", "Aanvinken om te vergelijken of aan het voorstel toe te voegen"
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.CHECK:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index.row()) if index.isValid() else None
        if r is None:
            return None
        column = index.column()
        if role == OfferingIdRole:
            return r.offering_id
        if role == RowRole:
            return r
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.CHECK:
            checked = r.offering_id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == ScoreRole and column == Column.SCORE:
            return r.score
        if role == SecondLineRole and column == Column.TITLE:
            return "; ".join(r.reasons)
        if role == FirstLineExtraRole and column == Column.TITLE:
            return r.provider if self._provider_inline else ""
        if role == NoteRole and column == Column.TITLE:
            return r.broken_must or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE:
                lines = [r.title, r.provider]
                if r.broken_must:
                    lines.append(r.broken_must)
                return "\n".join(lines + [f"• {reason}" for reason in r.reasons])
            if column in (Column.PROVIDER, Column.PLACE):
                return self._display(r, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.PRICE, Column.RANK):
                return int(_RIGHT)
            if column == Column.CHECK:
                return int(_CENTER)
            return int(_LEFT)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.SCORE:
            return QCoreApplication.translate("MatchTableModel", "score {score} procent").format(
                score=number(round(r.score), self._lang)
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Column.CHECK:
            return False
        r = self.row_at(index.row())
        if r is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if isinstance(value, int) else (
            value == Qt.CheckState.Checked)  # fmt: skip
        self.set_checked(r.offering_id, checked)
        return True

    def _display(self, r: MatchRow, column: int) -> str:
        if column == Column.RANK:
            return str(r.rank) if r.rank is not None else ""
        if column == Column.TITLE:
            return r.title
        if column == Column.PROVIDER:
            return r.provider
        if column == Column.LEVEL:
            return r.level
        if column == Column.PLACE:
            return r.place
        if column == Column.PRICE:
            return r.price
        if column == Column.START:
            return r.start
        if column == Column.SCORE:
            return f"{number(round(r.score), self._lang)} %"
        return ""
