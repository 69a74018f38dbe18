"""Instellingen › Database en back-ups › Demogegevens: the made-up employers, their intakes and
proposals and the demo catalogue leave the broker's database (after a backup), the broker's own
work stays, and the next start does not bring the demo back."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from broker_app.catalogue.demo import demo_present, is_empty, load_demo, remove_demo
from broker_app.proposals import service
from broker_app.proposals.demo import load_demo_proposals
from broker_app.store import catalogue as catalogue_repo
from broker_app.store import clients as clients_repo
from broker_app.store.backups import list_backups
from broker_app.store.database import Store
from broker_app.ui import app as ui_app
from broker_app.ui import dialogs
from broker_app.ui.context import SETTINGS
from tests.ui.conftest import SMALL_CATALOGUE, fill

TODAY = date(2026, 11, 29)


def live(store: Store, sql: str, *params) -> int:
    return store.db.execute(sql, params).fetchone()[0]


def demo_offering(store: Store, provider: str, code: str) -> str:
    found = catalogue_repo.existing_offerings(store.db, [(provider.casefold(), code.casefold())])
    return found[(provider.casefold(), code.casefold())][0]


@pytest.fixture
def demo_store(store: Store, tmp_path: Path) -> dict:
    """The first start's demo, plus the broker's own work: an employer with an intake and a
    proposal that uses a demo offering, a demo offering with the broker's note, and an own
    catalogue (imported from a file that happens to carry the demo file's name too)."""
    load_demo(store)
    load_demo_proposals(store, today=TODAY)
    fill(store, tmp_path, SMALL_CATALOGUE)
    noted = demo_offering(store, "Deltion College", "DC-MED-01")
    used = demo_offering(store, "Landstede MBO", "LSZ21043")
    with store.transaction() as db:
        catalogue_repo.set_offering_notes(db, noted, "Goede ervaringen mee", None)
        own = clients_repo.insert_client(db, {"name": "Echte Zorg BV", "city": "Zwolle"})
        intake = clients_repo.insert_intake(db, own, title="Medicatie", intake_date="2026-11-20")
        clients_repo.insert_demand_line(db, intake, 0, {"text": "Medicatie toedienen"})
    ref = service.start(store, own, intake_id=intake, title="Medicatie", today=TODAY)
    service.add_offering(store, ref.proposal_id, used, participants=3)
    return {"store": store, "own": own, "intake": intake, "proposal": ref.proposal_id,
            "noted": noted, "used": used}  # fmt: skip


def test_the_broker_removes_the_demo_and_keeps_own_work(
    qtbot, open_window, demo_store: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    store: Store = demo_store["store"]
    own_offerings = len(SMALL_CATALOGUE)
    demo_clients = live(store, "SELECT count(*) FROM clients WHERE is_demo = 1")
    assert demo_clients >= 5
    window = open_window(store)
    window.show_page(SETTINGS, {"section": "database"})
    section = window.settings_page.database
    qtbot.waitUntil(lambda: bool(section.demo_label.text()))  # counted in the background
    shown = section.demo_label.text()
    assert f"werkgevers: {demo_clients}" in shown
    assert "voorstellen: 5" in shown
    assert section.remove_demo_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, text, yes, no: asked.append(title)
                        or True)  # fmt: skip
    changed: list[str] = []
    window.context.data_changed.connect(changed.append)

    qtbot.mouseClick(section.remove_demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.demo_done.isVisible())

    assert asked == ["Demogegevens verwijderen?"]
    # a backup first, still holding the demo
    # (the imports that filled the store made automatic backups of their own before)
    [backup] = [b.path for b in list_backups(store.path) if b.kind == "manual"]
    assert backup.name in section.demo_done.text()
    copy = sqlite3.connect(backup)
    try:
        kept = copy.execute(
            "SELECT count(*) FROM clients WHERE is_demo = 1 AND deleted_at IS NULL"
        ).fetchone()[0]
    finally:
        copy.close()
    assert kept == demo_clients
    # the demo employers and all that hangs from them: soft deleted
    assert live(store, "SELECT count(*) FROM clients WHERE is_demo = 1") == demo_clients
    assert live(store, "SELECT count(*) FROM clients WHERE deleted_at IS NULL") == 1
    for table, link in (
        ("contacts", "client_id"),
        ("intakes", "client_id"),
        ("participants", "client_id"),
        ("proposals", "client_id"),
    ):
        sql = (f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL AND {link} IN "
               "(SELECT id FROM clients WHERE is_demo = 1)")  # fmt: skip
        assert live(store, sql) == 0, table
    assert live(store, "SELECT count(*) FROM demand_lines WHERE deleted_at IS NULL") == 1
    assert live(store, "SELECT count(*) FROM proposals WHERE deleted_at IS NULL") == 1
    assert live(store, "SELECT count(*) FROM proposal_versions v JOIN proposals p ON "
                "p.id = v.proposal_id WHERE v.deleted_at IS NULL AND p.deleted_at IS NOT NULL"
                ) == 0  # fmt: skip
    # the broker's own employer, intake and proposal stay
    assert clients_repo.get_client(store.db, demo_store["own"])["deleted_at"] is None
    # the demo catalogue goes, except what the broker noted or put on a real proposal
    alive = {row[0] for row in store.db.execute(
        "SELECT id FROM offerings WHERE deleted_at IS NULL")}  # fmt: skip
    assert len(alive) == own_offerings + 2
    assert {demo_store["noted"], demo_store["used"]} <= alive
    indexed, count = catalogue_repo.search_index_count(store.db)
    assert indexed == count == own_offerings + 2
    assert {"clients", "intakes", "proposals", "catalogue"} <= set(changed)
    assert window.statusBar().currentMessage() == "Demogegevens verwijderd"
    window.statusBar().clearMessage()
    # the section says there is nothing left to remove (counted again in the background)
    qtbot.waitUntil(
        lambda: section.demo_label.text() == "Er staan geen demogegevens (meer) in de database."
    )
    assert not section.remove_demo_button.isEnabled()
    window.show_page("catalogue")
    qtbot.waitUntil(lambda: window.count_label.text() == f"{own_offerings + 2} opleidingen")


def test_keeping_the_demo_changes_nothing(
    qtbot, open_window, demo_store: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    store: Store = demo_store["store"]
    before = demo_present(store)
    window = open_window(store)
    window.show_page(SETTINGS, {"section": "database"})
    section = window.settings_page.database
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)
    qtbot.mouseClick(section.remove_demo_button, Qt.MouseButton.LeftButton)
    assert demo_present(store) == before
    assert not [b for b in list_backups(store.path) if b.kind == "manual"]
    assert not section.demo_done.isVisible()


def test_a_failed_backup_removes_nothing(
    qtbot, open_window, demo_store: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    store: Store = demo_store["store"]
    before = demo_present(store)
    window = open_window(store)
    window.show_page(SETTINGS, {"section": "database"})
    section = window.settings_page.database
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)

    def no_room(_store):
        raise OSError("schijf vol")

    monkeypatch.setattr("broker_app.store.backups.make_backup", no_room)
    qtbot.mouseClick(section.remove_demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.demo_message.isVisible())
    assert section.demo_message.text() == (
        "De back-up vooraf is niet gelukt (schijf vol); er is niets verwijderd."
    )
    assert demo_present(store) == before
    assert section.remove_demo_button.isEnabled()


def test_the_next_start_does_not_bring_the_demo_back(store: Store) -> None:
    load_demo(store)
    load_demo_proposals(store, today=TODAY)
    removed = remove_demo(store)
    assert removed.clients >= 5 and removed.offerings >= 400
    assert is_empty(store)  # soft deleted: nothing live, as on a first start
    ui_app.load_demo_when_empty(store)
    assert live(store, "SELECT count(*) FROM clients WHERE deleted_at IS NULL") == 0
    assert live(store, "SELECT count(*) FROM offerings WHERE deleted_at IS NULL") == 0
    assert not demo_present(store).any


def test_a_first_start_still_gets_the_demo(store: Store) -> None:
    ui_app.load_demo_when_empty(store)
    assert demo_present(store).clients >= 5
