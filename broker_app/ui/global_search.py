"""Ctrl+K: one search box over employers, offerings and proposals; Enter opens the choice.

The look-ups are small indexed queries (names, numbers) plus the catalogue's full-text search
limited to a handful of hits, so they answer on the GUI thread well within a keystroke.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from broker_app.catalogue.search import search
from broker_app.domain import vocab
from broker_app.domain.formatting import money
from broker_app.store import lookup
from broker_app.ui.context import CATALOGUE, CLIENTS, PROPOSALS, AppContext

log = logging.getLogger(__name__)

TYPING_PAUSE_MS = 150
PER_GROUP = 6

_TargetRole = Qt.ItemDataRole.UserRole + 1  # (page key, arguments)


@dataclass(frozen=True)
class Found:
    page: str
    arguments: dict
    text: str
    detail: str


class GlobalSearch(QDialog):
    """A floating search box; ``open_for(context)`` shows it over the window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("globalSearch")
        self.setWindowTitle(self.tr("Zoeken in alles"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setStyleSheet(
            "#globalSearch { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
            "QListWidget { border: none; }"
            "QListWidget::item { padding: 5px 8px; }"
        )

        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr("Zoek een klant, opleiding of voorstel… (naam, plaats, nummer)")
        )
        self.edit.setAccessibleName(self.tr("Zoeken in alles"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumHeight(34)
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.edit.setFont(font)

        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Gevonden"))
        self.results.setUniformItemSizes(False)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(self.tr("↑↓ kiezen · Enter openen · Esc sluiten"), self)
        self.hint.setStyleSheet("color: palette(mid); padding: 2px 4px;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.installEventFilter(self)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)

    def sizeHint(self) -> QSize:
        return QSize(620, 420)

    def open_over(self, window: QWidget) -> None:
        """Show centred near the top of ``window`` with an empty box."""
        self.edit.clear()
        self.results.clear()
        self.resize(self.sizeHint())
        top_left = window.mapToGlobal(window.rect().topLeft())
        self.move(top_left.x() + (window.width() - self.width()) // 2, top_left.y() + 70)
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- searching ---------------------------------------------------------------------------

    def run_search(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        self.results.clear()
        if not text:
            return
        try:
            groups = self._find(text)
        except Exception:  # a damaged file: say so in the list, keep the window
            log.exception("global search failed for %r", text)
            self._add_note(self.tr("Zoeken lukt nu niet; zie het logbestand."))
            return
        if not any(found for _, found in groups):
            self._add_note(self.tr("Niets gevonden voor “{text}”.").format(text=text))
            return
        for heading, found in groups:
            if found:
                self._add_heading(heading)
                for item in found:
                    self._add_found(item)
        self._select_first()

    def _find(self, text: str) -> list[tuple[str, list[Found]]]:
        db = self.context.store.db
        lang = self.context.lang
        clients = [
            Found(CLIENTS, {"client_id": r["id"]}, r["name"],
                  " · ".join(v for v in (r["city"], r["kvk"] and f"KvK {r['kvk']}") if v))
            for r in lookup.find_clients(db, text, PER_GROUP)
        ]  # fmt: skip
        proposals = [
            Found(PROPOSALS, {"proposal_id": r["id"]}, f"{r['number']}  {r['title'] or ''}",
                  f"{r['client_name']} · {vocab.PROPOSAL_STATUSES.label(r['status'], lang)}")
            for r in lookup.find_proposals(db, text, PER_GROUP)
        ]  # fmt: skip
        offerings = [
            Found(CATALOGUE, {"offering_id": h.offering_id}, h.title,
                  " · ".join(v for v in (h.provider, h.city,
                                         money(h.price_cents, lang) if h.price_cents else "")
                             if v))
            for h in search(self.context.store, text, top=PER_GROUP).hits
        ]  # fmt: skip
        return [
            (self.tr("Klanten"), clients),
            (self.tr("Voorstellen"), proposals),
            (self.tr("Opleidingen"), offerings),
        ]

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(text.upper())
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.results.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        item.setFont(font)
        item.setForeground(QColor("#5a6b7b"))
        self.results.addItem(item)

    def _add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.addItem(item)

    def _add_found(self, found: Found) -> None:
        item = QListWidgetItem(f"{found.text}\n{found.detail}" if found.detail else found.text)
        item.setData(_TargetRole, (found.page, found.arguments))
        item.setToolTip(found.detail)
        self.results.addItem(item)

    def _select_first(self) -> None:
        for row in range(self.results.count()):
            if self.results.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.results.setCurrentRow(row)
                return

    def _move(self, step: int) -> None:
        row = self.results.currentRow()
        count = self.results.count()
        while 0 <= row + step < count:
            row += step
            if self.results.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.results.setCurrentRow(row)
                return

    # -- opening -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down:
                self._move(1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.run_search()
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(_TargetRole)
        if not target:
            return
        self._timer.stop()
        self.accept()
        page, arguments = target
        self.context.go(page, **arguments)

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
