"""Editing and deleting an offering from the catalogue page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from broker_app.catalogue.search import make_filter
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from broker_app.ui import dialogs
from tests.ui.conftest import HYGIENE, MEDICATION
from tests.ui.test_catalogue_window import click_row, titles


def open_editor(qtbot, window, title: str):
    page = window.catalogue_page
    window.show_page("catalogue")
    click_row(qtbot, page.table, title)
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.edit_dialog is not None and page.edit_dialog.isVisible())
    return page.edit_dialog


def test_an_edit_is_saved_and_found_by_its_new_title(
    qtbot, small_store: Store, open_window
) -> None:
    window = open_window(small_store)
    page = window.catalogue_page
    dialog = open_editor(qtbot, window, HYGIENE)
    assert dialog.title_edit.text() == HYGIENE
    assert dialog.price_edit.text() == "295,00"

    dialog.title_edit.setText("Allergenen en hygiëne in de keuken")
    dialog.price_edit.setText("1.250,50")
    dialog.starts_edit.setText("1-3-2030, 1-10-2030")
    dialog.notes_edit.setPlainText("Vaste trainer, goede ervaringen")
    dialog.tags_edit.setText("horeca, favoriet")
    dialog.save_button.click()

    assert not dialog.isVisible()
    rows = repo.list_offerings(small_store.db, make_filter("allergenen"))
    assert [r["title"] for r in rows] == ["Allergenen en hygiëne in de keuken"]
    saved = repo.get_offering(small_store.db, rows[0]["id"])
    assert saved["price_cents"] == 125050
    assert saved["start_dates"] == ["2030-03-01", "2030-10-01"]
    assert saved["notes"] == "Vaste trainer, goede ervaringen"
    assert saved["tags"] == ["horeca", "favoriet"]
    assert "Allergenen en hygiëne in de keuken" in page.detail.toPlainText()
    assert "€ 1.250,50" in page.detail.toPlainText()
    qtbot.waitUntil(lambda: "Allergenen en hygiëne in de keuken" in titles(page.table))

    qtbot.keyClicks(page.search_edit, "allergenen")
    qtbot.waitUntil(lambda: titles(page.table) == ["Allergenen en hygiëne in de keuken"])
    assert window.statusBar().currentMessage() == "Opgeslagen"
    window.statusBar().clearMessage()  # its timer would outlive the test


def test_an_invalid_price_is_shown_under_the_field_and_nothing_is_written(
    qtbot, small_store: Store, open_window
) -> None:
    window = open_window(small_store)
    before = repo.export_rows(small_store.db)
    before = list(before)
    dialog = open_editor(qtbot, window, MEDICATION)
    dialog.title_edit.setText("Iets anders")
    dialog.price_edit.setText("twaalf")
    dialog.hours_edit.setText("veel")
    dialog.save_button.click()

    assert dialog.isVisible()
    assert dialog.errors["price"].text().startswith("“twaalf” is geen bedrag")
    assert dialog.errors["price"].isVisibleTo(dialog)
    assert "geen heel getal" in dialog.errors["hours"].text()
    assert list(repo.export_rows(small_store.db)) == before

    dialog.title_edit.setText("")
    dialog.price_edit.setText("12,50")
    dialog.hours_edit.setText("8")
    dialog.save_button.click()
    assert dialog.errors["title"].text() == "Vul dit veld in."
    assert not dialog.errors["price"].isVisibleTo(dialog)
    assert list(repo.export_rows(small_store.db)) == before
    dialog.reject()


def test_delete_asks_first_and_hides_the_offering(
    qtbot, small_store: Store, open_window, monkeypatch
) -> None:
    window = open_window(small_store)
    page = window.catalogue_page
    window.show_page("catalogue")
    click_row(qtbot, page.table, HYGIENE)
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)
    assert not page.delete_selected()
    assert HYGIENE in titles(page.table)

    questions = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: questions.append(a[2]) or True)
    assert page.delete_selected()
    assert HYGIENE in questions[0]
    qtbot.waitUntil(lambda: HYGIENE not in titles(page.table))
    assert window.count_label.text() == "3 opleidingen"
    deleted = small_store.db.execute(
        "SELECT deleted_at FROM offerings WHERE title = ?", [HYGIENE]
    ).fetchone()
    assert deleted[0] is not None
    assert repo.list_offerings(small_store.db, make_filter("hygiene")) == []
    assert window.statusBar().currentMessage() == "Opleiding verwijderd"
    window.statusBar().clearMessage()  # its timer would outlive the test
