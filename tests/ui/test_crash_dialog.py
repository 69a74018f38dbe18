"""An unexpected error in the window: a calm dialog naming the log, the traceback in the log, the
window running on, and never a pile of dialogs.

pytest-qt normally catches exceptions raised inside Qt virtual methods and slots itself (it
replaces ``sys.excepthook`` during each test and fails the test). Here the exception *is* the
subject, and it must reach the program's own hook, so these tests carry pytest-qt's
``qt_no_exception_capture`` marker: pytest-qt leaves ``sys.excepthook`` alone and the reporter
installed by the test receives the error as it would in the running program.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from broker_app import logs
from broker_app.ui import app as app_module
from broker_app.ui import crash_dialog, dialogs
from broker_app.ui.crash_dialog import CrashDialog

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The log in a folder of this test (the handler is process-wide: set up anew)."""
    monkeypatch.setattr(logs, "user_log_dir", lambda: tmp_path / "logs")
    logs.reset_logging()
    path = logs.setup_logging()
    assert path == tmp_path / "logs" / logs.LOG_FILE_NAME
    yield path
    logs.reset_logging()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """What the crash dialog would show, instead of a dialog that waits for a click."""
    seen: list[dict] = []

    def record(dialog: CrashDialog) -> None:
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen.append({"dialog": dialog, "where": dialog.where_label.text(),
                     "details": dialog.details, "repeats": dialog.repeats,
                     "busy": dialog.busy, "title": dialog.windowTitle(),
                     "texts": texts})  # fmt: skip

    monkeypatch.setattr(crash_dialog, "show_dialog", record)
    return seen


@pytest.fixture
def reporter(qtbot) -> Iterator[crash_dialog.CrashReporter]:
    r = crash_dialog.install(lambda: QApplication.activeWindow())
    yield r
    r.uninstall()


def _log_text(path: Path) -> str:
    for handler in logs.logging.getLogger("broker_app").handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_an_error_in_a_slot_shows_the_calm_dialog_and_the_window_runs_on(
    qtbot, open_window, small_store, log_path: Path, shown: list[dict], reporter
) -> None:
    window = open_window(small_store)

    def broken_slot() -> None:
        raise RuntimeError("kapotte knop")

    button = QPushButton("Probeer", window)
    button.clicked.connect(broken_slot)
    button.show()
    # Clicked from the event loop, as a broker's click would be.
    QTimer.singleShot(0, button.click)
    qtbot.waitUntil(lambda: len(shown) == 1)

    assert str(log_path) in shown[0]["where"]
    assert "kapotte knop" in shown[0]["details"] and "broken_slot" in shown[0]["details"]
    log = _log_text(log_path)
    assert "CRITICAL" in log and "Traceback (most recent call last)" in log
    assert "RuntimeError: kapotte knop" in log and "broken_slot" in log

    # The window is alive and works: another page opens, the status bar speaks.
    window.show_page("catalogue", {})
    assert window.isVisible()
    window.context.say("Nog steeds hier")
    assert window.statusBar().currentMessage() == "Nog steeds hier"


def test_a_database_held_by_another_program_is_said_calmly(
    qtbot, open_window, small_store, log_path: Path, shown: list[dict], reporter
) -> None:
    """A write of the window that waited the whole busy timeout: not "something went wrong",
    but what happened and what to do."""
    import sqlite3

    window = open_window(small_store)

    def save_during_a_long_import() -> None:
        raise sqlite3.OperationalError("database is locked")

    QTimer.singleShot(0, save_during_a_long_import)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0]["busy"] and shown[0]["title"] == "Database bezig"
    texts = shown[0]["texts"]
    assert "De database is bezig in een ander venster of programma." in texts
    assert "Probeer het over een ogenblik opnieuw." in texts
    assert "database is locked" in _log_text(log_path)
    assert window.isVisible()


def test_an_error_in_an_event_handler_too(
    qtbot, log_path: Path, shown: list[dict], reporter
) -> None:
    class Broken(QPushButton):
        armed = False

        def resizeEvent(self, event) -> None:
            if self.armed:
                raise ValueError("in een event")

    widget = Broken("x")
    qtbot.addWidget(widget)
    widget.show()
    widget.armed = True
    QTimer.singleShot(0, lambda: widget.resize(300, 80))
    qtbot.waitUntil(lambda: len(shown) >= 1)
    assert "in een event" in shown[0]["details"]
    assert "ValueError" in _log_text(log_path)


def test_errors_while_the_dialog_is_open_are_counted_not_stacked(
    qtbot, log_path: Path, monkeypatch: pytest.MonkeyPatch, reporter
) -> None:
    opened: list[CrashDialog] = []

    def modal(dialog: CrashDialog) -> None:
        """While "open": five more errors arrive (as from a timer firing again and again)."""
        opened.append(dialog)
        for i in range(5):
            QTimer.singleShot(0, lambda i=i: (_ for _ in ()).throw(KeyError(f"herhaling {i}")))
        qtbot.waitUntil(lambda: dialog.repeats == 6)

    monkeypatch.setattr(crash_dialog, "show_dialog", modal)
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: reporter.errors == 6 and reporter.dialog is None)
    assert len(opened) == 1 and reporter.shown == 1
    assert opened[0].repeat_label.text() == "Dit gebeurde 6 keer sinds deze melding."
    assert "herhaling 4" in opened[0].details
    assert _log_text(log_path).count("Traceback (most recent call last)") == 6

    # Once closed, a new error gets a new dialog.
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: reporter.shown == 2)


def test_an_error_in_a_plain_thread_is_logged_and_shown(
    qtbot, log_path: Path, shown: list[dict], reporter
) -> None:
    def work() -> None:
        raise OSError("schijf weg")

    thread = threading.Thread(target=work, name="achtergrond")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "schijf weg" in shown[0]["details"]
    log = _log_text(log_path)
    assert "[achtergrond]" in log and "OSError: schijf weg" in log


def test_the_dialog_opens_the_log_folder_and_copies_the_details(
    qtbot, log_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = CrashDialog("Opleidingsmakelaar 1.0\nTraceback ...\nRuntimeError: x", log_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(log_path.parent / "crash_dialog.png"))
    assert dialog.windowTitle() == "Er ging iets mis"
    texts = [b.text() for b in dialog.findChildren(QPushButton)]
    assert {"Logmap openen", "Kopieer details", "Doorgaan"} <= set(texts)
    assert not dialog.details_view.isVisible()

    dialog.open_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(log_path.parent))]
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().endswith("RuntimeError: x")
    dialog.show_button.click()
    assert dialog.details_view.isVisible()
    dialog.close_button.click()
    assert dialog.result() == CrashDialog.DialogCode.Accepted


def test_a_window_that_cannot_start_says_so_and_logs_it(
    qtbot, tmp_path: Path, log_path: Path, monkeypatch: pytest.MonkeyPatch, ui_settings
) -> None:
    said: list[tuple] = []
    monkeypatch.setattr(dialogs, "show_error", lambda *a, **k: said.append(a))

    def broken_window(*args, **kwargs):
        raise RuntimeError("venster stuk")

    monkeypatch.setattr(app_module, "MainWindow", broken_window)
    code = app_module.run_app(tmp_path / "db.sqlite", "nl", settings=ui_settings)
    assert code == 3
    assert said and said[0][1] == "Opleidingsmakelaar kan niet starten"
    assert str(log_path) in said[0][3]
    log = _log_text(log_path)
    assert "start window: Opleidingsmakelaar" in log and "db.sqlite (schema " in log
    assert "RuntimeError: venster stuk" in log
    assert crash_dialog.reporter() is not None
    import sys

    assert sys.excepthook != crash_dialog.reporter().excepthook  # unhooked again


def test_a_failed_task_without_an_error_handler_is_still_logged(qtbot, log_path: Path) -> None:
    """Workers hand failures to ``on_error``; one started without it is at least in the log."""
    from broker_app.ui.workers import TaskRunner

    runner = TaskRunner()

    def facet_work(_report) -> None:
        raise LookupError("geen facetten")

    task = runner.start(facet_work)
    with qtbot.waitSignal(task.signals.done, timeout=5000):
        pass
    assert runner.pool.waitForDone(5000)
    log = _log_text(log_path)
    assert "task facet_work failed" in log and "LookupError: geen facetten" in log
