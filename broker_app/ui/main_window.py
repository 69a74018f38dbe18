"""The main window: navigation on the left, the pages in a stack, counts in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from broker_app.domain.formatting import number
from broker_app.paths import APP_NAME
from broker_app.store.database import Store
from broker_app.ui import i18n
from broker_app.ui.views.catalogue_page import CataloguePage

ORGANISATION = "Opleidingsmakelaar"
DEFAULT_SIZE = QSize(1400, 860)

_NAV_STYLE = """
QListWidget#navigation { border: none; background: palette(window); padding-top: 8px;
    outline: 0; }
QListWidget#navigation::item { padding: 9px 14px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
"""


def default_settings() -> QSettings:
    return QSettings(ORGANISATION, APP_NAME)


class MainWindow(QMainWindow):
    """Pages are added with :meth:`add_page`; Overzicht, Klanten, Intake... join the same way.

    A page may offer ``save_state``/``restore_state(settings)`` and ``shutdown()``; the window
    calls them when it opens and closes.
    """

    def __init__(
        self,
        store: Store,
        lang: str = "nl",
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        i18n.use_language(lang)
        self._store = store
        self._lang = lang
        self._settings = settings if settings is not None else default_settings()
        self.setWindowTitle(APP_NAME)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigatie"))
        self.navigation.setFixedWidth(160)
        self.navigation.setStyleSheet(_NAV_STYLE)
        self.pages = QStackedWidget(self)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

        self.catalogue_page = CataloguePage(store, lang, self)
        self.add_page(self.tr("Aanbod"), self.catalogue_page)
        self.catalogue_page.counts_changed.connect(self._show_counts)
        self._show_counts(*self.catalogue_page.counts())
        self.navigation.setCurrentRow(0)

        self._restore_state()

    def add_page(self, title: str, page: QWidget) -> None:
        self.navigation.addItem(QListWidgetItem(title))
        self.pages.addWidget(page)

    def all_pages(self) -> list[QWidget]:
        return [self.pages.widget(i) for i in range(self.pages.count())]

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        for page in self.all_pages():
            if hasattr(page, "save_state"):
                page.save_state(self._settings)
            if hasattr(page, "shutdown"):
                page.shutdown()
        self._settings.sync()
        super().closeEvent(event)

    def _restore_state(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._default_size())
        for page in self.all_pages():
            if hasattr(page, "restore_state"):
                page.restore_state(self._settings)

    def _default_size(self) -> QSize:
        """Roomy on a large screen, never larger than a small laptop's screen."""
        screen = self.screen().availableGeometry().size()
        return DEFAULT_SIZE.boundedTo(QSize(screen.width() * 9 // 10, screen.height() * 9 // 10))

    def _show_counts(self, shown: int, total: int) -> None:
        values = {"shown": number(shown, self._lang), "total": number(total, self._lang)}
        if shown == total:
            text = self.tr("{total} opleidingen").format(**values)
        else:
            text = self.tr("{shown} van {total} opleidingen").format(**values)
        self.count_label.setText(text)
