"""The window's restores keep an erasure (AVG) and say so; the start-up dialog names the backup
it will actually restore; an expected refusal in a task is logged without a traceback."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from broker_app.domain.problems import InputRefused, Problem
from broker_app.paths import backup_dir_for
from broker_app.store import backups, privacy
from broker_app.store.database import Store
from broker_app.ui import startup
from broker_app.ui.workers import TaskRunner
from tests.ui import test_startup
from tests.ui.test_startup import (
    a_database,
    click_in_startup_dialog,
    client_names,
    damage_the_catalogue,
    start,
)

_no_demo = test_startup._no_demo  # the fixtures of the start-up tests
sessions = test_startup.sessions


def audit_actions(store: Store) -> list[tuple[str, str | None]]:
    rows = store.db.execute("SELECT action, record_id FROM audit_log ORDER BY id").fetchall()
    return [(a, r) for a, r in rows]


def test_a_restore_from_the_settings_erases_an_erased_client_again(
    qtbot, tmp_path: Path, ui_settings, sessions
) -> None:
    path = a_database(tmp_path, ["Bakkerij Jansen", "Zorggroep Oost"])
    session, _ = start(sessions, path, ui_settings)
    window = session.window
    qtbot.waitUntil(lambda: not window.context.tasks.busy)  # the daily backup
    store = window.context.store
    made = backups.make_backup(store, datetime(2026, 11, 29, 7, 15))
    assert ("backup", None) in audit_actions(store)  # a backup made by hand is in the log
    privacy.erase_client(store, "bakkerij jansen")

    assert session.restore(made)

    window = session.window
    names = client_names(window)
    assert "Bakkerij Jansen" not in names and "Zorggroep Oost" in names
    message = window.statusBar().currentMessage()
    assert message.startswith("Back-up van 29 november 2026, 07:15 teruggezet")
    assert message.endswith("; 1 eerder gewiste klant opnieuw gewist")
    logged = audit_actions(window.context.store)
    assert logged[-2:] == [("erase_client", "bakkerij jansen"), ("restore_backup", None)]
    assert b"Bakkerij Jansen" not in path.read_bytes()


def test_the_startup_dialog_names_the_newest_usable_backup_and_erases_again(
    qtbot, tmp_path: Path, ui_settings, sessions
) -> None:
    path = a_database(tmp_path, ["Bakkerij Jansen", "Zorggroep Oost"])
    store = Store(path)
    backups.make_backup(store, datetime(2026, 11, 28, 17, 45))
    privacy.erase_client(store, "bakkerij jansen")
    store.close()
    # a newer "backup" that is no database at all: the dialog must not name it
    junk = backup_dir_for(path) / "makelaar-2026-11-29-070000-dagelijks.sqlite"
    junk.write_bytes(b"\xa5" * 8192)
    damage_the_catalogue(path)
    seen: list[startup.StartupDialog] = []
    click_in_startup_dialog(startup.RESTORE_LAST, seen)

    session, opened = start(sessions, path, ui_settings)

    assert opened
    [dialog] = seen
    assert dialog.buttons[startup.RESTORE_LAST].text() == (
        "Laatste back-up terugzetten (28 november 2026, 17:45)"
    )
    window = session.window
    assert client_names(window) == ["Geanonimiseerde klant 1", "Zorggroep Oost"]
    assert window.statusBar().currentMessage() == (
        "Back-up van 28 november 2026, 17:45 teruggezet; 1 eerder gewiste klant opnieuw gewist"
    )


def test_an_expected_refusal_in_a_task_is_logged_without_a_traceback(qtbot, caplog) -> None:
    runner = TaskRunner()
    failed: list[BaseException] = []

    def refuse(report):
        raise InputRefused([Problem("error", "restore.missing", params={"path": "x"})])

    with caplog.at_level(logging.INFO, logger="broker_app.ui.workers"):
        runner.start(refuse, on_error=failed.append)
        qtbot.waitUntil(lambda: bool(failed))
        assert runner.pool.waitForDone(5000)
    records = [r for r in caplog.records if r.name == "broker_app.ui.workers"]
    assert records and all(r.levelno == logging.INFO and r.exc_info is None for r in records)


def test_back_up_now_on_a_damaged_database_says_so_and_makes_no_copy(
    qtbot, tmp_path: Path, ui_settings, sessions
) -> None:
    path = a_database(tmp_path, ["Bakkerij Jansen"])
    session, _ = start(sessions, path, ui_settings)
    window = session.window
    qtbot.waitUntil(lambda: not window.context.tasks.busy)  # the daily backup
    before = backups.list_backups(path)
    window.context.store.close()
    damage_the_catalogue(path)  # damaged while the window is open (a failing disk)
    section = window.settings_page.database
    window.show_page("settings", {"section": "database"})
    section.make_backup()
    qtbot.waitUntil(lambda: section.backup_message.isVisible())
    assert section.backup_message.text().startswith(
        f"de database {path} is beschadigd; er is geen back-up gemaakt"
    )
    assert backups.list_backups(path) == before
    qtbot.waitUntil(lambda: not window.context.tasks.busy)
