"""Starting the desktop window: the application object, the database, the demo on first run."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from broker_app import __version__, logs
from broker_app.catalogue.demo import is_empty, load_demo
from broker_app.domain.formatting import long_date
from broker_app.domain.problems import InputRefused
from broker_app.paths import APP_NAME, data_dir
from broker_app.proposals.demo import load_demo_proposals
from broker_app.store import backups
from broker_app.store.database import Store
from broker_app.store.settings import get_setting
from broker_app.store.startup import damaged
from broker_app.ui import crash_dialog, dialogs, i18n
from broker_app.ui.main_window import ORGANISATION, MainWindow
from broker_app.ui.startup import StartupFlow

log = logging.getLogger(__name__)

EXIT_REFUSED = 1  # as the command line: the database was refused, calmly
EXIT_UNEXPECTED = 3  # as the command line: the program failed (logged)


# Background work (matching, PDF previews) is Python too, and every paint of a table calls
# Python for its cells: with the default 5 ms switch interval a busy worker made the GUI thread
# wait for the interpreter lock at each call (100+ ms of frozen window while a preview was
# made). 0.5 ms hands the lock back to the GUI thread ten times as often.
GIL_SWITCH_INTERVAL_S = 0.0005


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The one QApplication, named so QSettings and the user folders agree."""
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(data_dir("resources") / "icons" / "broker-app.png")))
    return app


def load_demo_when_empty(store: Store) -> None:
    """A first start shows the demo catalogue instead of an empty window.

    Not after the broker removed the demo (Instellingen › Database en back-ups): that removal is
    a soft delete, so the database counts as empty again, and the setting ``demo.removed`` says
    the broker does not want the demo back."""
    from broker_app.catalogue.demo import demo_removed

    if demo_removed(store) or not is_empty(store):
        return
    try:
        report = load_demo(store)
        load_demo_proposals(store)
    except Exception:  # the demo is a courtesy: without it the window still opens, empty
        log.exception("cannot load the demo data")
        return
    log.info("demo loaded: %s offerings, %s clients", report.offerings, report.clients)


LANGUAGE_SETTING = "ui.language"  # "nl" or "en", chosen in Instellingen


def window_language(store: Store, chosen: str | None) -> str:
    """``--lang`` when given, else the language set in Instellingen, else Dutch."""
    if chosen in i18n.LANGS:
        return chosen
    stored = get_setting(store.db, LANGUAGE_SETTING)
    return stored if stored in i18n.LANGS else "nl"


class WindowSession(QObject):
    """The window over one database: checked and opened at start (``StartupFlow``), a daily
    backup once the window shows, and opened again over the restored file after a restore from
    Instellingen › Database en back-ups (the old window closes first, so its last saves go to
    the database that is then kept as a backup, and no page shows the old data)."""

    restored = Signal(object)  # the new MainWindow, after a restore

    def __init__(
        self,
        db_path: Path,
        lang: str | None = None,
        settings: QSettings | None = None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self.chosen_lang = lang
        self.settings = settings
        self.now = now
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.flow = StartupFlow(lang or "nl", self)

    def open(self) -> bool:
        """Check and open the database, then show the window; False when the broker quit."""
        self.store = self.flow.open(self.db_path, check_in_background=True)
        if self.store is None:
            return False
        return self._show_window()

    def _show_window(self) -> bool:
        """Build the window while the quick_check runs on (``flow.check``), and show it only
        over a sound database; when the check finds damage, the window is thrown away unseen
        and the broker chooses (start-up dialog)."""
        store = self.store
        assert store is not None
        check, self.flow.check = self.flow.check, None
        window: MainWindow | None = None
        logs.log_start("window", __version__, self.db_path, store.schema_version())
        try:
            lang = window_language(store, self.chosen_lang)
            i18n.use_language(lang)
            self.flow.lang = lang
            load_demo_when_empty(store)
            window = MainWindow(store, lang, self.settings)
        except Exception:
            if check is None or check.problems() == ["ok"]:
                raise  # not the database's fault: the last line of defence handles it
        problems = check.problems() if check is not None else ["ok"]
        if problems != ["ok"] or window is None:
            if window is not None:
                window.close()
                window.deleteLater()
            store.close()
            self.store = self.flow.open(
                self.db_path, check_in_background=True, known=damaged(self.db_path, problems)
            )
            return self.store is not None and self._show_window()
        window.settings_page.database.restore_requested.connect(self.request_restore)
        self.window = window
        window.show()
        if self.flow.message:
            window.context.say(self.flow.message)
            self.flow.message = ""
        now = self.now()
        window.context.tasks.start(
            lambda report: backups.daily_backup(store, now),
            on_done=lambda made: made and log.info("daily backup: %s", made),
            on_error=lambda exc: log.warning("daily backup failed: %s", exc),
        )
        return True

    def request_restore(self, source: Path) -> None:
        """From the settings (a checked, confirmed file): done once the click has returned."""
        QTimer.singleShot(0, lambda: self.restore(Path(source)))

    def restore(self, source: Path) -> bool:
        """Close the window and the store, put ``source`` in place, open again (the start-up
        checks and migrations included). False when the broker quit instead."""
        app = QApplication.instance()
        old = self.window
        quit_on_close = app.quitOnLastWindowClosed() if app else True
        if app:
            app.setQuitOnLastWindowClosed(False)  # no window for a moment is no reason to stop
        try:
            if old is not None:
                old.close()
            if self.store is not None:
                self.store.close()
                self.store = None
            try:
                done = backups.restore_database(source, self.db_path)
            except InputRefused as exc:
                dialogs.show_error(
                    None,
                    QCoreApplication.translate("App", "Terugzetten is niet gelukt"),
                    exc.render(self.flow.lang),
                )
            else:
                made = done.source.made
                self.flow.message = QCoreApplication.translate(
                    "App",
                    "Back-up van {date} teruggezet; de vervangen database is bewaard als {name}",
                ).format(date=f"{long_date(made.date(), self.flow.lang)}, {made:%H:%M}",
                         name=done.kept.name if done.kept else "—")  # fmt: skip
                self.flow.restored = True  # the restore's audit entry and the erasures
            self.store = self.flow.open(self.db_path, check_in_background=True)
            if self.store is None or not self._show_window():
                if app:
                    app.quit()
                return False
            self.restored.emit(self.window)
            return True
        finally:
            if old is not None:
                old.deleteLater()
            if app:
                app.setQuitOnLastWindowClosed(quit_on_close)

    def close(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.close()
        if self.store is not None:
            self.store.close()
            self.store = None


def run_app(
    db_path: Path,
    lang: str | None = None,
    argv: Sequence[str] | None = None,
    settings: QSettings | None = None,
) -> int:
    """Open the window over ``db_path`` and run until it closes; returns the exit code.

    An exception that escapes a slot or an event handler while the window runs is logged and
    shown as a calm dialog (:mod:`broker_app.ui.crash_dialog`); the window keeps running. One
    that stops the window from starting is logged and said in a dialog, never a silent exit.
    """
    app = application(argv)
    logs.setup_logging()
    i18n.use_language(lang or "nl")
    session = WindowSession(db_path, lang, settings)
    reporter = crash_dialog.install(lambda: session.window)
    try:
        try:
            if not session.open():
                return EXIT_REFUSED
        except Exception:
            log.exception("the window cannot start")
            dialogs.show_error(
                None,
                QCoreApplication.translate("App", "Opleidingsmakelaar kan niet starten"),
                QCoreApplication.translate(
                    "App",
                    "Er ging iets mis bij het openen van het venster. Uw opgeslagen gegevens zijn "
                    "niet aangetast. De details staan in het logbestand.",
                ),
                QCoreApplication.translate("App", "Logbestand: {path}").format(
                    path=logs.log_file()
                ),
            )
            return EXIT_UNEXPECTED
        return app.exec()
    finally:
        reporter.uninstall()
        session.close()
