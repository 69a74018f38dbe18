"""Instellingen › Auditlog, and the privacy statement on the intake page: what the
broker reads in the log, filters, exports; who the log names; the statement where it belongs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from broker_app.proposals import texts
from broker_app.store import audit, clients
from broker_app.store.settings import get_setting
from broker_app.ui.context import INTAKE, SETTINGS
from broker_app.ui.views.partials.audit_log_model import EntryRole

NAME = "Veluwe Distributie B.V."


@pytest.fixture
def client_id(small_store) -> str:
    with small_store.transaction() as db:
        client_id = clients.insert_client(db, {"name": NAME, "city": "Apeldoorn"})
        clients.update_client(db, client_id, {"email": "info@veluwe.nl", "phone": "055 123"})
    return client_id


@pytest.fixture
def section(open_window, small_store, client_id):
    window = open_window(small_store)
    window.show_page(SETTINGS, {"section": "audit"})
    yield window.settings_page.audit
    window.statusBar().clearMessage()


def shown(section) -> list[tuple[str, ...]]:
    model = section.model
    return [
        tuple(model.data(model.index(row, col)) for col in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def test_the_log_shows_entries_in_dutch_newest_first(section, client_id) -> None:
    rows = shown(section)
    moment, profile, what, record = rows[0]
    assert what == "Klant gewijzigd: e-mail, telefoon"
    assert record == NAME  # looked up live
    assert profile == audit.current_profile(section.store.db)
    assert len(moment) == len("29-11-2026 14:05") and moment[2] == "-"
    assert rows[1][2] == "Klant aangemaakt"
    assert rows[-1][2].startswith("Catalogus geïmporteerd: ")
    assert section.count_label.text() == f"{len(rows)} regels"


def test_a_deleted_record_still_shows_and_an_unknown_one_shows_its_id(section, client_id):
    with section.store.transaction() as db:
        audit.record(db, "delete", "clients", "0000-gone")
    section.apply_filter()
    assert shown(section)[0][2:] == ("Klant verwijderd", "0000-gone")


def test_filters_by_kind_and_period(section, qtbot) -> None:
    with section.store.transaction() as db:
        db.conn.execute(
            "INSERT INTO audit_log (at, profile, action, table_name, record_id, details) "
            "VALUES ('2001-01-01T10:00:00.000Z', 'Oud', 'create', 'proposals', 'p1', '{}')"
        )
    section.apply_filter()
    section.kind.setCurrentIndex(section.kind.findData("clients"))
    assert [r[2] for r in shown(section)] == ["Klant gewijzigd: e-mail, telefoon",
                                              "Klant aangemaakt"]  # fmt: skip
    section.kind.setCurrentIndex(section.kind.findData("proposals"))
    assert [r[1] for r in shown(section)] == ["Oud"]
    section.period.setCurrentIndex(section.period.findData(7))  # the last 7 days
    assert shown(section) == []
    assert section.count_label.text() == "0 regels"
    assert not section.export_button.isEnabled()


def test_the_broker_profile_typed_names_the_next_changes(section, qtbot, client_id) -> None:
    assert "Leeg: de gebruikersnaam van deze computer" in section.profile_note.text()
    section.profile.setFocus()
    qtbot.keyClicks(section.profile, "Anna de Vries")
    qtbot.keyClick(section.profile, Qt.Key.Key_Return)
    assert get_setting(section.store.db, audit.PROFILE_SETTING) == "Anna de Vries"
    with section.store.transaction() as db:
        clients.update_client(db, client_id, {"city": "Ede"})
    section.apply_filter()
    assert shown(section)[0][1:3] == ("Anna de Vries", "Klant gewijzigd: plaats")
    assert shown(section)[1][1:3] == ("Anna de Vries",
                                      "Instelling gewijzigd: naam van de makelaar")  # fmt: skip


def test_a_big_log_is_read_a_page_at_a_time(section, small_store) -> None:
    rows = [(f"2026-01-01T00:00:{i % 60:02d}.000Z", "Anna", "update", "clients", f"c{i}",
             '{"fields": ["email"]}') for i in range(100_000)]  # fmt: skip
    with small_store.transaction() as db:
        db.conn.executemany(
            "INSERT INTO audit_log (at, profile, action, table_name, record_id, details) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    section.apply_filter()
    model = section.model
    assert model.rowCount() > 100_000
    read_before = model.pages_read
    last = model.index(model.rowCount() - 1, 2)
    assert model.data(last).startswith("Catalogus geïmporteerd")  # the oldest entry
    assert model.data(model.index(5, 2)) == "Klant gewijzigd: e-mail"
    assert model.pages_read - read_before <= 2  # not the 500 pages in between
    assert model.data(model.index(5, 0), EntryRole)["record_id"] == "c99994"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_shown_rows_with_formulas_neutralised(
    section, qtbot, tmp_path: Path, monkeypatch, suffix: str
) -> None:
    with section.store.transaction() as db:
        from broker_app.store.settings import set_setting

        set_setting(db, audit.PROFILE_SETTING, '=HYPERLINK("http://x","y")')
        audit.record(db, "delete", "clients", "c-1")
    section.kind.setCurrentIndex(section.kind.findData("clients"))
    target = tmp_path / f"log{suffix}"
    monkeypatch.setattr(section, "choose_export_file", lambda: str(target))
    section.export_button.click()
    qtbot.waitUntil(lambda: "geëxporteerd" in section.export_message.text(), timeout=10_000)
    assert section.export_message.text() == f"3 regels geëxporteerd naar log{suffix}"
    if suffix == ".csv":
        with target.open(encoding="utf-8-sig", newline="") as handle:
            table = list(csv.reader(handle))
    else:
        sheet = load_workbook(target).active
        table = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(
            values_only=True)]  # fmt: skip
    header, *rows = table
    assert header == ["moment", "profiel", "wat", "betreft", "tabel", "id", "actie", "velden"]
    assert [r[2] for r in rows] == ["Klant verwijderd", "Klant gewijzigd: e-mail, telefoon",
                                    "Klant aangemaakt"]  # fmt: skip
    assert rows[0][1] == '\'=HYPERLINK("http://x","y")'  # neutralised
    if suffix == ".xlsx":
        assert load_workbook(target).active["B2"].data_type == "s"  # text, never a formula
    assert rows[1][3] == NAME


# -- the privacy statement on the intake page ---------------------------------------------


def test_the_intake_page_shows_the_privacy_statement_and_its_change(
    open_window, small_store, client_id
) -> None:
    window = open_window(small_store)
    window.show_page(INTAKE, {"client_id": client_id})
    panel = window.intake_page.participants
    assert panel.privacy.isVisible()
    assert panel.privacy.text() == texts.bundled("nl")["privacy"]
    assert "BSN" in panel.privacy.text()
    own = "Wij bewaren de namen van deelnemers hoogstens een jaar."
    texts.save_custom_texts(small_store, {"nl": {"privacy": own}})
    window.show_page(INTAKE, {"client_id": client_id})
    assert panel.privacy.text() == own


def test_the_privacy_section_shows_the_current_statement(section) -> None:
    window = section.window()
    window.show_page(SETTINGS, {"section": "privacy"})
    privacy = window.settings_page.privacy
    assert privacy.privacy_text.text() == texts.privacy_note(section.store, "nl")
    assert "BSN" in privacy.privacy_text.text()
