"""The main window: navigation on the left, the pages in a stack, counts in the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from broker_app.domain.formatting import number
from broker_app.paths import APP_NAME
from broker_app.store.database import Store
from broker_app.ui import i18n
from broker_app.ui.context import PAGE_KEYS, AppContext
from broker_app.ui.global_search import GlobalSearch
from broker_app.ui.views.catalogue_page import CataloguePage
from broker_app.ui.views.clients_page import ClientsPage
from broker_app.ui.views.intake_page import IntakePage
from broker_app.ui.views.matching_page import MatchingPage
from broker_app.ui.views.overview_page import OverviewPage
from broker_app.ui.views.page import Page
from broker_app.ui.views.proposals_page import ProposalsPage
from broker_app.ui.views.settings_page import SettingsPage
from broker_app.ui.widgets.text_style import warm_glyph_cache

ORGANISATION = "Opleidingsmakelaar"
DEFAULT_SIZE = QSize(1400, 860)
STATUS_MESSAGE_MS = 6000

_NAV_STYLE = """
QListWidget#navigation { border: none; background: palette(window); padding-top: 8px;
    outline: 0; }
QListWidget#navigation::item { padding: 9px 14px; border-radius: 4px; margin: 1px 6px; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
"""

_SEARCH_BUTTON_STYLE = """
QPushButton#globalSearchButton { text-align: left; padding: 7px 10px; margin-right: 6px;
    border: 1px solid palette(mid); border-radius: 5px; background: palette(base);
    color: palette(placeholder-text); }
QPushButton#globalSearchButton:hover { border-color: palette(highlight); }
"""

_BANNER_STYLE = (
    "QLabel#readOnlyBanner { background: #fff4d6; border-bottom: 1px solid #e8cf8a;"
    " color: #5c4300; padding: 8px 14px; }"
)


def default_settings() -> QSettings:
    return QSettings(ORGANISATION, APP_NAME)


class MainWindow(QMainWindow):
    """Holds the pages, in the order of ``context.PAGE_KEYS``, and moves between them.

    Pages ask for each other through ``context.go(key, **arguments)``; the window shows the
    page and calls its ``activate(**arguments)``. Ctrl+1 … Ctrl+7 open the pages in order.
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
        warm_glyph_cache(self.font())
        self._lang = lang
        self._settings = settings if settings is not None else default_settings()
        self.context = AppContext(store, lang, self)
        self.setWindowTitle(APP_NAME)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigatie"))
        self.navigation.setFixedWidth(176)
        self.navigation.setStyleSheet(_NAV_STYLE)
        self.pages = QStackedWidget(self)
        self.navigation.currentRowChanged.connect(self._on_navigation_row)

        self.search_button = QPushButton(self.tr("Zoeken…"), self)
        self.search_button.setObjectName("globalSearchButton")
        self.search_button.setToolTip(self.tr("Zoek een klant, opleiding of voorstel (Ctrl+K)"))
        self.search_button.setAccessibleName(self.tr("Zoeken in alles"))
        self.search_button.setStyleSheet(_SEARCH_BUTTON_STYLE)
        self.search_button.clicked.connect(self.open_global_search)
        self.global_search = GlobalSearch(self.context, self)

        side = QWidget(self)
        side.setFixedWidth(self.navigation.width())
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 10, 0, 0)
        side_layout.setSpacing(4)
        side_layout.addWidget(self.search_button)
        side_layout.addWidget(self.navigation, 1)

        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(_BANNER_STYLE)
        self.read_only_banner.setText(
            self.tr(
                "Deze database is alleen-lezen: u kunt alles bekijken, maar wijzigingen worden "
                "niet bewaard. Vraag uw beheerder om schrijfrechten op {path}."
            ).format(path=store.path)
        )
        self.read_only_banner.setVisible(not store.writable())

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        # A fixed height: showing or hiding the count (Aanbod only) must not resize every page.
        self.statusBar().setFixedHeight(self.statusBar().sizeHint().height())

        self.overview_page = OverviewPage(self.context, self)
        self.clients_page = ClientsPage(self.context, self)
        self.intake_page = IntakePage(self.context, self)
        self.catalogue_page = CataloguePage(self.context, self)
        self.matching_page = MatchingPage(self.context, self)
        self.proposals_page = ProposalsPage(self.context, self)
        self.settings_page = SettingsPage(self.context, self)
        for page in (
            self.overview_page,
            self.clients_page,
            self.intake_page,
            self.catalogue_page,
            self.matching_page,
            self.proposals_page,
            self.settings_page,
        ):
            self.add_page(page)

        self.catalogue_page.counts_changed.connect(self._show_counts)
        self._show_counts(*self.catalogue_page.counts())
        self.context.navigate_requested.connect(self.show_page)
        self.context.status_message.connect(self._say)
        self._shortcuts: list[QShortcut] = []
        for number_key, key in enumerate(PAGE_KEYS, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number_key}"), self)
            shortcut.activated.connect(lambda key=key: self.show_page(key, {}))
            self._shortcuts.append(shortcut)

        self._search_shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        self._search_shortcut.activated.connect(self.open_global_search)

        self._restore_state()

    def open_global_search(self) -> None:
        self.global_search.open_over(self)

    # -- pages -------------------------------------------------------------------------------

    def add_page(self, page: Page) -> None:
        item = QListWidgetItem(page.title())
        item.setData(Qt.ItemDataRole.UserRole, page.key)
        self.navigation.addItem(item)
        self.pages.addWidget(page)

    def all_pages(self) -> list[Page]:
        return [self.pages.widget(i) for i in range(self.pages.count())]  # type: ignore[misc]

    def page(self, key: str) -> Page:
        for page in self.all_pages():
            if page.key == key:
                return page
        raise KeyError(key)

    def current_page(self) -> Page:
        return self.pages.currentWidget()  # type: ignore[return-value]

    def show_page(self, key: str, arguments: dict[str, Any] | None = None) -> Page:
        """Show the page ``key`` and hand it ``arguments`` (the navigation follows)."""
        page = self.page(key)
        index = self.pages.indexOf(page)
        self._pending_arguments = dict(arguments or {})
        if self.navigation.currentRow() == index:
            self._activate(page)
        else:
            self.navigation.setCurrentRow(index)  # -> _on_navigation_row -> activate
        return page

    def _on_navigation_row(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        self.count_label.setVisible(self.pages.widget(row) is self.catalogue_page)
        self._activate(self.pages.widget(row))  # type: ignore[arg-type]

    def _activate(self, page: Page) -> None:
        arguments = getattr(self, "_pending_arguments", {})
        self._pending_arguments = {}
        page.activate(**arguments)

    # -- closing and remembering -------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/page", self.current_page().key)
        for page in self.all_pages():
            page.save_state(self._settings)
            page.shutdown()
        self.context.tasks.shutdown()
        self.statusBar().clearMessage()  # its timer would outlive the window
        self._settings.sync()
        super().closeEvent(event)

    def _restore_state(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self._default_size())
        for page in self.all_pages():
            page.restore_state(self._settings)
        last = self._settings.value("main_window/page")
        self.show_page(last if last in PAGE_KEYS else PAGE_KEYS[0])

    def _default_size(self) -> QSize:
        """Roomy on a large screen, never larger than a small laptop's screen."""
        screen = self.screen().availableGeometry().size()
        return DEFAULT_SIZE.boundedTo(QSize(screen.width() * 9 // 10, screen.height() * 9 // 10))

    # -- status bar --------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def _show_counts(self, shown: int, total: int) -> None:
        values = {"shown": number(shown, self._lang), "total": number(total, self._lang)}
        if shown == total:
            text = self.tr("{total} opleidingen").format(**values)
        else:
            text = self.tr("{shown} van {total} opleidingen").format(**values)
        self.count_label.setText(text)
