"""What the crash-safety test runs in a child process, to be killed with SIGKILL at any moment.

The children report over a one-way pipe: ``("ready",)`` when they start working, ``("writing",
...)`` just before a write transaction, and ``("ack", ...)`` only after that write committed.
The product is not changed for the test: the reports come from wrappers installed here.
"""

from __future__ import annotations

import contextlib
import io
import os
from multiprocessing.connection import Connection
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from broker_app import cli
from broker_app.store import catalogue as catalogue_store
from broker_app.store import intakes
from broker_app.store.database import Store
from broker_app.ui.context import INTAKE
from broker_app.ui.main_window import MainWindow

TYPE_EVERY_MS = 4  # one key press this often


def _quiet() -> None:
    """The command line's own output is of no interest here (acks come over the pipe)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)


def run_imports(db: str, files: list[str], pipe: Connection) -> None:
    """``broker-app import FILE --db DB`` through the real command line entry point, file after
    file; ``ack`` after each import returned (its transaction committed)."""
    _quiet()
    upsert = catalogue_store.upsert_offerings

    def reporting_upsert(*args, **kwargs):  # inside the import's write transaction
        pipe.send(("writing",))
        return upsert(*args, **kwargs)

    catalogue_store.upsert_offerings = reporting_upsert
    pipe.send(("ready",))
    for name in files:
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(["import", name, "--db", db])
        pipe.send(("ack", Path(name).name, code))
    pipe.send(("done",))


def run_autosave(
    db: str, settings_file: str, intake_id: str, texts: dict[str, str], save_ms: int,
    pipe: Connection,
) -> None:  # fmt: skip
    """The window on the Intake page: types ``texts`` into the intake title, the question's
    title and its text one key at a time; the page's own timed save writes them. ``ack`` after
    each ``intakes.update_*`` returned (committed)."""
    _quiet()
    app = QApplication.instance() or QApplication([])

    def reporting(kind: str, write):
        def wrapper(database, row_id, **fields):
            pipe.send(("writing", kind, row_id))
            write(database, row_id, **fields)
            pipe.send(("ack", kind, row_id, fields))

        return wrapper

    intakes.update_intake = reporting("intakes", intakes.update_intake)
    intakes.update_demand_line = reporting("demand_lines", intakes.update_demand_line)

    store = Store(db)
    window = MainWindow(store, "nl", QSettings(settings_file, QSettings.Format.IniFormat))
    window.show()
    page = window.show_page(INTAKE, {"intake_id": intake_id})
    # The page's own timer and save path, only more often than every 300 ms, so that more
    # kills land in the middle of a save.
    page._save_timer.setInterval(save_ms)
    edits = {
        "intake_title": page.details.title_edit,
        "line_title": page.form.title_edit,
        "line_text": page.form.text_edit,
    }
    keys = [(edits[name], char) for name, text in texts.items() for char in text]
    position = iter(keys)

    def press() -> None:
        step = next(position, None)
        if step is None:
            timer.stop()
            page.flush()
            pipe.send(("done",))
            os._exit(0)  # everything is saved; the window's orderly close is not tested here
        edit, char = step
        if not edit.hasFocus():
            edit.setFocus()
        QTest.keyClick(edit, char)

    timer = QTimer()
    timer.setInterval(TYPE_EVERY_MS)
    timer.timeout.connect(press)
    timer.start()
    pipe.send(("ready",))
    app.exec()
