"""Starting the desktop window: the application object, the database, the demo on first run."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from broker_app import __version__, logs
from broker_app.catalogue.demo import is_empty, load_demo
from broker_app.paths import APP_NAME
from broker_app.proposals.demo import load_demo_proposals
from broker_app.store.database import Store, StoreError
from broker_app.store.migrations import DatabaseTooNew
from broker_app.store.settings import get_setting
from broker_app.ui import crash_dialog, dialogs, i18n
from broker_app.ui.main_window import ORGANISATION, MainWindow

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
    return app


def open_store(db_path: Path) -> Store | None:
    """The store, or None after telling the broker in plain words why it cannot be opened."""
    detail = QCoreApplication.translate("App", "Bestand: {path}").format(path=db_path)
    try:
        return Store(db_path)
    except DatabaseTooNew as exc:
        log.warning("database %s is newer than this program: %s", db_path, exc)
        dialogs.show_error(
            None,
            QCoreApplication.translate("App", "Deze database is nieuwer dan dit programma"),
            QCoreApplication.translate(
                "App",
                "Deze database is bijgewerkt door een nieuwere versie van Opleidingsmakelaar. "
                "Werk het programma bij en open de database daarna opnieuw.",
            ),
            detail,
        )
    except (StoreError, OSError) as exc:
        log.warning("cannot open database %s: %s", db_path, exc)
        dialogs.show_error(
            None,
            QCoreApplication.translate("App", "De database kan niet worden geopend"),
            QCoreApplication.translate(
                "App",
                "Het databasebestand kan niet worden geopend. Misschien is het beschadigd of is "
                "het geen bestand van Opleidingsmakelaar.",
            ),
            detail,
        )
    return None


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
    store = open_store(db_path)
    if store is None:
        return EXIT_REFUSED
    window: MainWindow | None = None
    reporter = crash_dialog.install(lambda: window)
    try:
        logs.log_start("window", __version__, db_path, store.schema_version())
        lang = window_language(store, lang)
        i18n.use_language(lang)
        load_demo_when_empty(store)
        window = MainWindow(store, lang, settings)
        window.show()
    except Exception:
        log.exception("the window cannot start")
        store.close()
        reporter.uninstall()
        dialogs.show_error(
            None,
            QCoreApplication.translate("App", "Opleidingsmakelaar kan niet starten"),
            QCoreApplication.translate(
                "App",
                "Er ging iets mis bij het openen van het venster. Uw opgeslagen gegevens zijn "
                "niet aangetast. De details staan in het logbestand.",
            ),
            QCoreApplication.translate("App", "Logbestand: {path}").format(path=logs.log_file()),
        )
        return EXIT_UNEXPECTED
    try:
        return app.exec()
    finally:
        reporter.uninstall()
        store.close()
