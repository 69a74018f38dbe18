"""Privacy in the window: the Klanten page's AVG actions, the BSN refused where a broker types,
and the retention setting (applied at start, in the background)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from broker_app.store import clients as clients_repo
from broker_app.store import intakes, privacy
from broker_app.store.database import Store
from broker_app.ui import dialogs
from broker_app.ui.context import CLIENTS, INTAKE, SETTINGS
from tests.privacy.data import OTHER, ZORG, fill


@pytest.fixture
def filled(store: Store):
    return store, *fill(store)


def _participants(store: Store, client_id: str) -> list[tuple]:
    return store.db.execute(
        "SELECT name, function, email FROM participants WHERE client_id = ? "
        "ORDER BY created_at, id",
        [client_id],
    ).fetchall()


def test_export_all_writes_the_file_chosen(open_window, filled, tmp_path, monkeypatch):
    store, zorg, _other = filled
    window = open_window(store)
    window.show_page(CLIENTS, {"client_id": zorg.id})
    page = window.clients_page
    assert page.privacy_button.isEnabled()
    assert [a.text() for a in page.privacy_button.menu().actions()] == [
        "Alles exporteren (AVG)…", "Persoonsgegevens wissen…"]  # fmt: skip
    target = tmp_path / "zorg.json"
    offered = []
    monkeypatch.setattr(page, "choose_export_file", lambda s: offered.append(s) or str(target))
    page.export_action.trigger()
    assert offered == [f"{ZORG} - AVG-export.json"]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["client"]["id"] == zorg.id and len(data["participants"]) == 2
    assert window.statusBar().currentMessage() == f"Alle gegevens van “{ZORG}” geëxporteerd"
    window.statusBar().clearMessage()


def test_export_cancelled_writes_nothing(open_window, filled, tmp_path, monkeypatch):
    store, zorg, _other = filled
    window = open_window(store)
    window.show_page(CLIENTS, {"client_id": zorg.id})
    monkeypatch.setattr(window.clients_page, "choose_export_file", lambda s: "")
    window.clients_page.export_all()
    assert list(tmp_path.glob("*.json")) == []
    assert store.db.execute("SELECT count(*) FROM audit_log WHERE action = 'export_client'"
                            ).fetchone()[0] == 0  # fmt: skip


def test_erase_names_what_goes_and_asks_first(open_window, filled, monkeypatch):
    store, zorg, _other = filled
    window = open_window(store)
    window.show_page(CLIENTS, {"client_id": zorg.id})
    page = window.clients_page
    asked = []

    def decline(_parent, title, text, yes, no) -> bool:
        asked.append((title, text, yes, no))
        return False

    monkeypatch.setattr(dialogs, "ask", decline)
    page.erase_action.trigger()
    [(title, text, yes, no)] = asked
    assert (title, yes, no) == ("Persoonsgegevens wissen", "Wissen", "Annuleren")
    assert text.startswith(f"Van “{ZORG}” worden gewist: de naam, het adres")
    assert "2 contactpersonen" in text and "naam, functie en e-mail van 2 deelnemers" in text
    assert "1 verzonden voorstelversie;" not in text and "in 1 verzonden voorstelversie." in text
    assert "Dit kan niet ongedaan worden gemaakt." in text
    assert clients_repo.get_client(store.db, zorg.id)["name"] == ZORG  # declined: unchanged

    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    page.erase_personal_data()
    assert page.title_label.text() == "Geanonimiseerde klant 1"
    assert page.form.text("email") == "" and page.contacts.model.rowCount() == 0
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert ZORG not in names and "Geanonimiseerde klant 1" in names and OTHER in names
    assert _participants(store, zorg.id)[0] == ("Deelnemer 1", None, None)
    assert window.statusBar().currentMessage() == (
        "Persoonsgegevens gewist; de klant heet nu “Geanonimiseerde klant 1”"
    )
    window.statusBar().clearMessage()


def test_an_erased_client_cannot_be_erased_again(open_window, filled, monkeypatch):
    store, zorg, _other = filled
    privacy.erase_client(store, zorg.id)
    window = open_window(store)
    window.show_page(CLIENTS, {"client_id": zorg.id})
    page = window.clients_page
    assert page.privacy_button.isEnabled() and page.export_action.isEnabled()
    assert not page.erase_action.isEnabled()
    assert page.erase_action.toolTip().startswith("Al gewist op ")
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a) or True)
    page.erase_personal_data()
    assert asked == []
    assert clients_repo.get_client(store.db, zorg.id)["name"] == "Geanonimiseerde klant 1"
    # new personal data typed in after the erasure can be erased in its turn
    with store.transaction() as db:
        clients_repo.update_client(db, zorg.id, {"email": "nieuw@example.nl"})
    window.show_page(CLIENTS, {"client_id": _other.id})
    window.show_page(CLIENTS, {"client_id": zorg.id})
    assert page.erase_action.isEnabled()


def test_a_bsn_in_a_participant_is_refused_inline(open_window, filled, qtbot):
    store, zorg, _other = filled
    intake_id = store.db.execute(
        "SELECT i.id FROM intakes i JOIN demand_lines d ON d.intake_id = i.id "
        "JOIN participants p ON p.demand_line_id = d.id WHERE i.client_id = ? LIMIT 1",
        [zorg.id],
    ).fetchone()[0]
    window = open_window(store)
    window.show_page(INTAKE, {"intake_id": intake_id})
    page = window.intake_page
    panel = page.participants
    model = panel.model
    assert model.rowCount() == 2
    stored = _participants(store, zorg.id)
    assert not model.setData(model.index(0, 1), "Verzorgende, BSN 1112.22.333")
    assert panel.message.isVisible()
    assert panel.message.text() == (
        "“1112.22.333” lijkt een BSN; dat hoort niet bij een deelnemer (AVG) en is niet opgeslagen."
    )
    assert _participants(store, zorg.id) == stored
    # a health word is saved, with a warning
    assert model.setData(model.index(0, 1), "verzorgende, ziekgemeld")
    assert panel.message.text().startswith("Opgeslagen, maar let op: “ziekgemeld”")
    assert "verzorgende, ziekgemeld" in [row[1] for row in _participants(store, zorg.id)]
    assert model.setData(model.index(0, 1), "verzorgende IG")
    assert panel.message.isHidden()


def test_a_bsn_in_the_intake_notes_or_the_learning_question_is_not_saved(
    open_window, filled, qtbot
):
    store, zorg, _other = filled
    intake_id = store.db.execute(
        "SELECT id FROM intakes WHERE client_id = ? ORDER BY created_at LIMIT 1", [zorg.id]
    ).fetchone()[0]
    window = open_window(store)
    window.show_page(INTAKE, {"intake_id": intake_id})
    page = window.intake_page
    notes = page.details.notes_edit
    notes.setPlainText("Gesprek met Marloes; haar BSN is 111222333")
    assert page.details.notes_message.isVisible()
    assert page.details.notes_message.text().startswith(
        "Niet opgeslagen: “111222333” lijkt een BSN"
    )
    page.flush()
    assert "111222333" not in (intakes.get_intake(store.db, intake_id)["notes"] or "")
    notes.setPlainText("Gesprek met Marloes")
    assert page.details.notes_message.isHidden()
    page.flush()
    assert intakes.get_intake(store.db, intake_id)["notes"] == "Gesprek met Marloes"

    text = page.form.text_edit
    text.setPlainText("Heftruck voor Jan (123 456 782)")
    assert page.form.text_message.text().startswith("Niet opgeslagen: “123 456 782” lijkt een BSN")
    page.flush()
    line = store.db.execute(
        "SELECT text FROM demand_lines WHERE id = ?", [page.current_line_id()]
    ).fetchone()[0]
    assert "123 456 782" not in line


def _age_everything(store: Store) -> None:
    with store.transaction() as db:
        for table in ("intakes", "demand_lines", "proposals", "proposal_versions"):
            db.execute(f"UPDATE {table} SET updated_at = '2020-01-01T00:00:00.000Z'")


def test_retention_runs_at_the_start_of_the_window(open_window, filled, qtbot):
    store, zorg, other = filled
    _age_everything(store)
    window = open_window(store)
    section = window.settings_page.privacy
    qtbot.waitUntil(lambda: section.last_result is not None, timeout=10_000)
    assert section.last_result.participants == 4
    assert _participants(store, zorg.id) == [("Deelnemer 1", None, None),
                                             ("Deelnemer 2", None, None)]  # fmt: skip
    assert _participants(store, other.id)[1] == ("Deelnemer 2", None, None)
    window.statusBar().clearMessage()


def test_the_retention_setting_is_saved_and_applied_on_request(open_window, filled, qtbot):
    store, zorg, _other = filled
    with store.transaction() as db:
        db.execute(
            "UPDATE intakes SET updated_at = '2026-02-01T00:00:00.000Z' WHERE client_id = ?",
            [zorg.id],
        )  # the other tables of this employer are as old, the other employer is new
        for table, where in (
            ("demand_lines", "intake_id IN (SELECT id FROM intakes WHERE client_id = ?)"),
            ("proposals", "client_id = ?"),
            ("proposal_versions",
             "proposal_id IN (SELECT id FROM proposals WHERE client_id = ?)"),
        ):  # fmt: skip
            db.execute(f"UPDATE {table} SET updated_at = '2026-02-01T00:00:00.000Z' "
                       f"WHERE {where}", [zorg.id])  # fmt: skip
    window = open_window(store)
    page = window.settings_page
    section = page.privacy
    qtbot.waitUntil(lambda: section.last_result is not None, timeout=10_000)
    assert section.last_result.participants == 0  # 24 months: nothing is that old
    window.show_page(SETTINGS, {"section": "privacy"})
    assert page.current_section() is section
    assert section.months.value() == 24
    section.months.setValue(6)
    section.flush()
    assert privacy.retention_months(store.db) == 6
    section.last_result = None
    qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.last_result is not None, timeout=10_000)
    assert section.status.text() == "2 deelnemers van 1 klanten geanonimiseerd."
    assert _participants(store, zorg.id)[0] == ("Deelnemer 1", None, None)
    assert any(name.startswith("Anouk") for name, *_ in _participants(store, _other.id))
    section.months.setValue(0)
    assert section.months.text() == "nooit"
    section.flush()
    assert privacy.retention_months(store.db) == 0
    window.statusBar().clearMessage()


def test_the_privacy_section_in_english(open_window, filled, qtbot, tmp_path: Path):
    store, _zorg, _other = filled
    window = open_window(store, "en")
    window.show_page(SETTINGS, {"section": "privacy"})
    section = window.settings_page.privacy
    qtbot.waitUntil(lambda: section.last_result is not None, timeout=10_000)
    assert section.heading.text() == "Privacy"
    assert section.apply_button.text() == "Apply now"
    assert section.months.suffix() == " months"
