"""The "Klanten" page (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from broker_app.ui.context import CLIENTS, AppContext
from broker_app.ui.views.page import Page


class ClientsPage(Page):
    key = CLIENTS

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.title(), self))

    def title(self) -> str:
        return self.tr("Klanten")
