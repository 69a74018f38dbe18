"""Start-up health and restoring in the window (issue 7): a damaged, newer or missing database
gets a dialog with choices, a first start still creates one silently, the first start of a day
makes a backup, and a restore from the settings reopens the window over the restored data."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from broker_app import remembered
from broker_app.paths import backup_dir_for
from broker_app.store import backup_files, backups
from broker_app.store.connection import connect
from broker_app.store.database import Store
from broker_app.store.settings import get_setting, set_setting
from broker_app.store.startup import OK, open_checked
from broker_app.ui import app as ui_app
from broker_app.ui import dialogs, startup
from broker_app.ui.main_window import MainWindow
from tests.store.test_backups import damage
from tests.ui.conftest import SMALL_CATALOGUE, fill

MORNING = datetime(2026, 11, 29, 8, 30)


@pytest.fixture(autouse=True)
def _no_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo is not what these tests are about (and loading it takes a moment)."""
    monkeypatch.setattr(ui_app, "load_demo_when_empty", lambda store: None)


@pytest.fixture
def sessions(qtbot) -> Iterator[list[ui_app.WindowSession]]:
    """Window sessions the test opened: closed at the end, with nothing left running."""
    opened: list[ui_app.WindowSession] = []
    yield opened
    for session in opened:
        window = session.window
        session.close()
        if window is not None:
            assert window.context.tasks.pool.waitForDone(5000)
            running = [t for t in window.findChildren(QTimer) if t.isActive()]
            assert not running, f"timers left running: {running}"
    assert QThreadPool.globalInstance().waitForDone(5000)


def start(sessions, path: Path, settings: QSettings, now=lambda: MORNING):
    session = ui_app.WindowSession(path, "nl", settings, now=now)
    sessions.append(session)
    return session, session.open()


def a_database(folder: Path, clients: list[str]) -> Path:
    """A database with a small catalogue and the given client names; closed."""
    store = fill(Store(folder / "makelaar.sqlite"), folder, SMALL_CATALOGUE)
    with store.transaction() as db:
        for name in clients:
            db.conn.execute(
                "INSERT INTO clients (id, name, created_at, updated_at) VALUES (?, ?, '', '')",
                (name.lower(), name),
            )
    path = store.path
    store.close()
    shutil.rmtree(backup_dir_for(path))  # the import's own backup: each test makes its own
    return path


def damage_the_catalogue(path: Path) -> None:
    """Garbage over the pages of the catalogue's tables only: the file opens and its migration
    record reads fine, so only the quick_check finds the damage."""
    conn = sqlite3.connect(path)
    try:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            row[0]
            for row in conn.execute(
                "SELECT pageno FROM dbstat WHERE name IN ('offerings', 'start_dates', 'providers')"
            )
        ]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        start = (page - 1) * size
        data[start : start + size] = b"\xa5" * size
    path.write_bytes(bytes(data))


def client_names(window: MainWindow) -> list[str]:
    rows = window.context.store.db.execute(
        "SELECT name FROM clients WHERE deleted_at IS NULL ORDER BY name"
    ).fetchall()
    return [row[0] for row in rows]


def click_in_startup_dialog(key: str, seen: list[startup.StartupDialog]) -> None:
    """Once the real start-up dialog shows, note it and click the button ``key``."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, startup.StartupDialog) and widget.isVisible():
                seen.append(widget)
                widget.grab().save("/tmp/startup-dialog.png")
                widget.buttons[key].click()
                return
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def test_a_damaged_database_at_start_offers_the_last_backup_and_restores_it(
    qtbot, tmp_path: Path, ui_settings, sessions, monkeypatch
) -> None:
    path = a_database(tmp_path, ["Bakkerij Jansen", "Zorggroep Oost"])
    store = Store(path)
    backup = backups.make_backup(store, datetime(2026, 11, 28, 17, 45))
    store.close()
    damage_the_catalogue(path)
    # The quick_check runs beside the building of the window: it was still running when the
    # store was handed over (the migration record is readable), and the window that was built
    # meanwhile is never shown over the damaged file.
    early = open_checked(path, create=False, check_in_background=True)
    assert early.state == OK and early.check is not None and early.check.problems() != ["ok"]
    early.store.close()
    shown_over: list[list[str]] = []
    original_show = MainWindow.show
    monkeypatch.setattr(
        MainWindow,
        "show",
        lambda self: shown_over.append(self.context.store.integrity()) or original_show(self),
    )
    seen: list[startup.StartupDialog] = []
    click_in_startup_dialog(startup.RESTORE_LAST, seen)

    session, opened = start(sessions, path, ui_settings)

    assert opened
    assert shown_over == [["ok"]]  # one window shown, over the restored database
    [dialog] = seen
    assert dialog.windowTitle() == "De database is beschadigd"
    assert [b.text() for b in dialog.buttons.values()] == [
        "Laatste back-up terugzetten (28 november 2026, 17:45)",
        "Een ander bestand kiezen…",
        "Afsluiten",
    ]
    assert str(path) in dialog.detail_label.text()
    window = session.window
    assert window is not None and window.isVisible()
    assert client_names(window) == ["Bakkerij Jansen", "Zorggroep Oost"]
    assert window.context.store.integrity() == ["ok"]
    assert window.statusBar().currentMessage() == ("Back-up van 28 november 2026, 17:45 teruggezet")
    kept = [b for b in backups.list_backups(path) if b.kind == "restore"]
    assert len(kept) == 1 and backup.exists()  # the damaged file is kept, the backup too


def test_a_damaged_database_is_not_opened_when_the_broker_quits(
    qtbot, tmp_path: Path, ui_settings, sessions, monkeypatch
) -> None:
    path = a_database(tmp_path, ["Bakkerij Jansen"])
    damage(path)
    before = path.read_bytes()
    monkeypatch.setattr(startup.StartupFlow, "ask_choice", lambda self, *a: startup.QUIT)
    session, opened = start(sessions, path, ui_settings)
    assert not opened and session.window is None
    assert path.read_bytes() == before
    assert not backup_dir_for(path).exists()  # neither migrated nor backed up: left alone


def test_a_newer_database_shows_the_dialog_and_another_file_can_be_chosen(
    qtbot, tmp_path: Path, ui_settings, sessions, monkeypatch
) -> None:
    older = a_database(tmp_path / "elders", ["Oude Klant"])
    path = a_database(tmp_path, ["Nieuwe Klant"])
    db = connect(path)
    db.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('broker_app', '0099_future', 'x')"
    )
    db.conn.commit()
    db.close()
    asked: list[tuple[str, str, list[str]]] = []

    def ask(self, title, text, detail, choices):
        asked.append((title, text, [key for key, _label in choices]))
        return startup.OTHER_FILE

    monkeypatch.setattr(startup.StartupFlow, "ask_choice", ask)
    monkeypatch.setattr(startup.StartupFlow, "choose_file", lambda self, folder: older)
    session, opened = start(sessions, path, ui_settings)
    assert opened
    [(title, text, keys)] = asked
    assert title == "Deze database is nieuwer dan dit programma"
    assert text.startswith(
        "Deze database is gemaakt met een nieuwere versie van Opleidingsmakelaar"
    )
    assert keys == [startup.OTHER_FILE, startup.QUIT]
    assert client_names(session.window) == ["Oude Klant"]
    [kept] = [b for b in backups.list_backups(path) if b.kind == "restore"]
    newer = connect(kept.path)
    try:
        assert newer.execute("SELECT name FROM clients").fetchall() == [("Nieuwe Klant",)]
    finally:
        newer.close()


def test_a_missing_remembered_database_is_asked_about_and_not_created_silently(
    qtbot, tmp_path: Path, ui_settings, sessions, monkeypatch
) -> None:
    path = a_database(tmp_path, ["Bakkerij Jansen"])
    store = Store(path)
    backup = backups.make_backup(store, datetime(2026, 11, 27, 12, 0))
    store.close()
    remembered.remember(path)
    path.unlink()
    answers = [startup.QUIT, startup.RESTORE_LAST]
    asked: list[tuple[str, list[str]]] = []

    def ask(self, title, text, detail, choices):
        asked.append((title, [label for _key, label in choices]))
        assert not path.exists(), "a database was made before the broker chose"
        return answers.pop(0)

    monkeypatch.setattr(startup.StartupFlow, "ask_choice", ask)
    session, opened = start(sessions, path, ui_settings)
    assert not opened and not path.exists()
    session, opened = start(sessions, path, ui_settings)
    assert opened
    assert asked[0] == (
        "De database is niet gevonden",
        [
            "Zoeken…",
            "Back-up terugzetten (27 november 2026, 12:00)",
            "Nieuwe lege database beginnen",
            "Afsluiten",
        ],
    )
    assert client_names(session.window) == ["Bakkerij Jansen"]
    assert backup.exists()


def test_a_new_empty_database_only_when_the_broker_chooses_it(
    qtbot, tmp_path: Path, ui_settings, sessions, monkeypatch
) -> None:
    remembered.remember(tmp_path / "eerder.sqlite")  # this installation used a database before
    path = tmp_path / "nieuw.sqlite"
    monkeypatch.setattr(startup.StartupFlow, "ask_choice", lambda self, *a: startup.NEW_EMPTY)
    session, opened = start(sessions, path, ui_settings)
    assert opened and path.exists()
    assert client_names(session.window) == []
    assert get_setting(session.store.db, "demo.removed") is True  # empty stays empty
    assert session.window.statusBar().currentMessage() == "Nieuwe, lege database begonnen"
    assert remembered.was_used(path)


def test_the_very_first_start_creates_the_database_without_asking(
    qtbot, tmp_path: Path, ui_settings, sessions, monkeypatch
) -> None:
    monkeypatch.setattr(
        startup.StartupFlow, "ask_choice", lambda self, *a: pytest.fail("asked at first start")
    )
    path = tmp_path / "eerste.sqlite"
    assert remembered.first_start()
    _session, opened = start(sessions, path, ui_settings)
    assert opened and path.exists() and remembered.was_used(path)


def test_the_first_start_of_a_day_makes_one_backup(
    qtbot, tmp_path: Path, ui_settings, sessions
) -> None:
    path = a_database(tmp_path, ["Bakkerij Jansen"])

    def daily() -> list[Path]:
        return [b.path for b in backups.list_backups(path) if b.kind == "daily"]

    session, _ = start(sessions, path, ui_settings, now=lambda: MORNING)
    qtbot.waitUntil(lambda: len(daily()) == 1)
    assert backup_files.parse_name(daily()[0]).made == MORNING
    session.close()
    session, _ = start(sessions, path, ui_settings, now=lambda: MORNING + timedelta(hours=6))
    qtbot.waitUntil(lambda: not session.window.context.tasks.busy)
    assert len(daily()) == 1  # the same day: no second one
    session.close()
    start(sessions, path, ui_settings, now=lambda: MORNING + timedelta(days=1))
    qtbot.waitUntil(lambda: len(daily()) == 2)


def test_restoring_a_backup_from_the_settings_reopens_the_window_over_it(
    qtbot, tmp_path: Path, ui_settings, sessions, monkeypatch
) -> None:
    path = a_database(tmp_path, ["Bakkerij Jansen"])
    session, _ = start(sessions, path, ui_settings)
    old_window = session.window
    qtbot.waitUntil(lambda: not old_window.context.tasks.busy)  # the daily backup
    store = old_window.context.store
    made = backups.make_backup(store, datetime(2026, 11, 29, 7, 15))
    with store.transaction() as db:
        db.conn.execute(
            "INSERT INTO clients (id, name, created_at, updated_at) "
            "VALUES ('n', 'Na De Back-up', '', '')"
        )
        set_setting(db, "x", "na")
    old_window.clients_page.activate()
    section = old_window.settings_page.database
    old_window.show_page("settings", {"section": "database"})
    qtbot.waitUntil(lambda: any(row.path == made for row in section.model.rows))
    row = [r.path for r in section.model.rows].index(made)
    section.table.selectionModel().select(
        section.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert section.restore_button.isEnabled()
    section.grab().save("/tmp/settings-restore.png")
    questions: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask", lambda parent, title, text, yes, no: questions.append(text) or True
    )
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: session.window is not old_window and session.window.isVisible())
    [question] = questions
    assert question.startswith(
        f"De database wordt vervangen door de back-up van 29 november 2026, 07:15 ({made.name})."
    )
    window = session.window
    assert client_names(window) == ["Bakkerij Jansen"]  # the new window reads the restored file
    assert get_setting(window.context.store.db, "x") is None
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(
            "Back-up van 29 november 2026, 07:15 teruggezet; de vervangen database is bewaard als "
        )
    )
    qtbot.waitUntil(lambda: not isValid(old_window))  # the old window is gone, not hidden
    [kept] = [b.path for b in backups.list_backups(path) if b.kind == "restore"]
    replaced = connect(kept)
    try:
        names = [r[0] for r in replaced.execute("SELECT name FROM clients ORDER BY name")]
    finally:
        replaced.close()
    assert names == ["Bakkerij Jansen", "Na De Back-up"]
    window.grab().save("/tmp/after-restore.png")


def test_a_refused_file_is_said_in_the_settings_and_changes_nothing(
    qtbot, tmp_path: Path, ui_settings, sessions, monkeypatch
) -> None:
    path = a_database(tmp_path, ["Bakkerij Jansen"])
    session, _ = start(sessions, path, ui_settings)
    window = session.window
    section = window.settings_page.database
    window.show_page("settings", {"section": "database"})
    junk = tmp_path / "foto.sqlite"
    junk.write_bytes(b"\x89PNG" * 1000)
    monkeypatch.setattr(section, "choose_restore_file", lambda: junk)
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: pytest.fail("asked about a bad file"))
    qtbot.mouseClick(section.restore_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.backup_message.isVisible())
    assert section.backup_message.text() == f"{junk} is geen database; er is niets teruggezet"
    assert session.window is window and client_names(window) == ["Bakkerij Jansen"]
    section.grab().save("/tmp/settings-refused.png")
