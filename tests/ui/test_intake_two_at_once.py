"""The Intake page with another program on the same database: a busy database never costs the
broker what they typed, never freezes the window for seconds, and never shows SQLite's text;
two windows on one file both save."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from broker_app.store import clients, intakes
from broker_app.store.database import Store
from broker_app.ui.context import INTAKE


@pytest.fixture
def intake_id(store: Store) -> str:
    with store.transaction() as db:
        client_id = clients.insert_client(db, {"name": "Bakkerij Samen", "city": "Zwolle"})
    return intakes.create_intake(store.db, client_id)


def _stored_title(path: Path, intake_id: str) -> str | None:
    with sqlite3.connect(path) as conn:  # what another program sees
        return conn.execute("SELECT title FROM intakes WHERE id = ?", [intake_id]).fetchone()[0]


def test_a_busy_database_keeps_the_typing_and_saves_it_when_free(
    open_window, store: Store, intake_id: str, qtbot
) -> None:
    window = open_window(store)
    window.show_page(INTAKE, {"intake_id": intake_id})
    page = window.intake_page
    other = sqlite3.connect(store.path, isolation_level=None)  # another program ...
    try:
        other.execute("BEGIN IMMEDIATE")  # ... writes for a long time (a big import)
        page.details.title_edit.setText("Magazijn en heftruck")
        qtbot.waitUntil(lambda: page.saved_label.text() == "Database bezig in ander venster")
        assert "Wat u typte blijft staan" in page.saved_label.toolTip()
        assert "locked" not in page.saved_label.toolTip().lower()
        assert page.details.title_edit.text() == "Magazijn en heftruck"
        assert page.has_pending()
        assert _stored_title(store.path, intake_id) is None
        other.execute("COMMIT")  # the other program is done: the page tries again by itself
        qtbot.waitUntil(
            lambda: _stored_title(store.path, intake_id) == "Magazijn en heftruck", timeout=10_000
        )
        qtbot.waitUntil(lambda: page.saved_label.text().startswith("Opgeslagen om"))
        assert not page.has_pending()
    finally:
        other.close()


def test_two_windows_on_one_database_both_save(
    open_window, store: Store, intake_id: str, qtbot, tmp_path: Path
) -> None:
    """Both windows may run: each saves only the fields typed in it, in short transactions
    that wait for each other."""
    second_store = Store(store.path)
    try:
        first = open_window(store)
        settings = QSettings(str(tmp_path / "two.ini"), QSettings.Format.IniFormat)
        second = open_window(second_store, settings=settings)
        first.show_page(INTAKE, {"intake_id": intake_id})
        second.show_page(INTAKE, {"intake_id": intake_id})
        one, two = first.intake_page, second.intake_page
        line_id = one.current_line_id()
        assert two.current_line_id() == line_id
        for round_ in range(5):  # both type at the same time, several saves each
            one.details.title_edit.setText(f"Titel uit venster 1 ({round_})")
            two.form.title_edit.setText(f"Vraag uit venster 2 ({round_})")
            two.details.notes_edit.setPlainText(f"Notitie uit venster 2 ({round_})")
            qtbot.waitUntil(lambda: not one.has_pending() and not two.has_pending())
        intake = intakes.get_intake(store.db, intake_id)
        assert intake["title"] == "Titel uit venster 1 (4)"
        assert intake["notes"] == "Notitie uit venster 2 (4)"
        assert intakes.get_demand_line(store.db, line_id)["title"] == "Vraag uit venster 2 (4)"
        for page in (one, two):
            assert page.saved_label.text().startswith("Opgeslagen om")
        first.close()
        second.close()
    finally:
        second_store.close()
