"""The "Klanten" page as a broker uses it: create, correct, search, delete and take it back,
contacts, and the history that leads to intakes and proposals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from broker_app.proposals import service
from broker_app.store import clients as repo
from broker_app.store.database import Store
from broker_app.ui import dialogs
from broker_app.ui.context import CLIENTS, INTAKE, PROPOSALS
from broker_app.ui.views.partials.client_contacts import Column as ContactColumn
from broker_app.ui.views.partials.client_table_model import Column

ZORG = "Thuiszorg IJsseldelta"
BOUW = "Bouwbedrijf Hesselink & Zonen B.V."


@pytest.fixture
def clients_store(store: Store) -> Store:
    with store.transaction() as db:
        zorg = repo.insert_client(
            db, {"name": ZORG, "kvk": "71846203", "sector": "zorg", "city": "Zwolle",
                 "email": "info@thuiszorg-ijsseldelta.nl"},
        )  # fmt: skip
        repo.insert_contact(db, zorg, {"name": "Marloes Bosch", "role": "HR-adviseur"})
        repo.insert_intake(db, zorg, title="Medicatie aanreiken", intake_date="2026-10-15")
        repo.insert_client(db, {"name": BOUW, "kvk": "08123457", "sector": "bouw",
                                "city": "Deventer"})  # fmt: skip
        repo.insert_client(db, {"name": "Hotelgroep Vechtdal", "city": "Ommen"})
    return store


@pytest.fixture
def open_page(open_window, qtbot):
    """Opens a window on this page. At teardown the status bar's message is cleared first:
    ``showMessage(text, timeout)`` keeps a QTimer of the status bar running after the window
    closes, which ``open_window`` (rightly) counts as a timer left running."""
    windows = []

    def _open(store: Store, lang: str = "nl", **arguments):
        window = open_window(store, lang)
        windows.append(window)
        window.activateWindow()  # shortcuts go to the active window's focus widget
        qtbot.waitUntil(window.isActiveWindow)
        window.show_page(CLIENTS, arguments)
        return window, window.clients_page

    yield _open
    for window in windows:
        window.statusBar().clearMessage()


def client_named(store: Store, name: str) -> dict:
    found = repo.find_client_by_name(store.db, name)
    assert found is not None, name
    return found


def shown_names(page) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def cell_editor(panel) -> QLineEdit:
    editor = panel.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible(), "no cell is being edited"
    return editor


def type_into(qtbot, edit, text: str) -> None:
    """Replace the text the way a broker does, and press Enter (which leaves the field)."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_list_shows_clients_by_name_with_open_intakes(open_page, clients_store) -> None:
    _, page = open_page(clients_store)
    assert shown_names(page) == [BOUW, "Hotelgroep Vechtdal", ZORG]
    zorg_row = shown_names(page).index(ZORG)
    assert page.proxy.index(zorg_row, Column.CITY).data() == "Zwolle"
    assert page.proxy.index(zorg_row, Column.SECTOR).data() == "zorg"
    assert page.proxy.index(zorg_row, Column.OPEN_INTAKES).data() == "1"
    assert page.proxy.index(zorg_row, Column.OPEN_PROPOSALS).data() == "–"
    assert page.count_label.text() == "3 klanten"


def test_create_a_client_through_the_form(open_page, clients_store, qtbot) -> None:
    window, page = open_page(clients_store)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.title_label.text() == "Nieuwe klant"
    type_into(qtbot, page.form.kvk_edit, "5091 7364")  # before the name: nothing written yet
    assert repo.find_client_by_name(clients_store.db, "Tuincentrum De Groene Weide") is None
    assert repo.list_clients(clients_store.db).__len__() == 3

    type_into(qtbot, page.form.name_edit, "Tuincentrum De Groene Weide")
    created = client_named(clients_store, "Tuincentrum De Groene Weide")
    assert created["kvk"] == "50917364"  # the right field typed earlier came along
    assert page.title_label.text() == "Tuincentrum De Groene Weide"
    assert "Tuincentrum De Groene Weide" in shown_names(page)
    assert page.table.currentIndex().data() == "Tuincentrum De Groene Weide"

    type_into(qtbot, page.form.postcode_edit, "8102hb")
    assert client_named(clients_store, "Tuincentrum De Groene Weide")["postcode"] == "8102 HB"
    assert page.form.postcode_edit.text() == "8102 HB"
    assert window.statusBar().currentMessage() == "Opgeslagen"


def test_a_second_client_with_the_same_name_is_refused(open_page, clients_store, qtbot) -> None:
    _, page = open_page(clients_store)
    page.new_client()
    type_into(qtbot, page.form.name_edit, "hotelgroep vechtdal")
    assert page.form.problem("name") == "Er is al een klant met de naam “hotelgroep vechtdal”."
    assert len(repo.list_clients(clients_store.db)) == 3


def test_a_wrong_kvk_number_shows_the_message_and_is_not_written(
    open_page, clients_store, qtbot
) -> None:
    zorg = client_named(clients_store, ZORG)
    _, page = open_page(clients_store, client_id=zorg["id"])
    type_into(qtbot, page.form.kvk_edit, "7184620")
    assert page.form.problem("kvk") == "Een KvK-nummer heeft 8 cijfers; dit zijn er 7."
    assert page.form.messages["kvk"].isVisible()
    assert page.form.kvk_edit.text() == "7184620"  # the broker's typing stays to be corrected
    assert client_named(clients_store, ZORG)["kvk"] == "71846203"

    type_into(qtbot, page.form.kvk_edit, "71.84.62.04")
    assert page.form.problem("kvk") == ""
    assert client_named(clients_store, ZORG)["kvk"] == "71846204"


def test_a_kvk_number_another_client_has_is_saved_with_a_calm_warning(
    open_page, clients_store, qtbot
) -> None:
    hotel = client_named(clients_store, "Hotelgroep Vechtdal")
    _, page = open_page(clients_store, client_id=hotel["id"])
    assert page.form.notice("kvk") == ""
    type_into(qtbot, page.form.kvk_edit, "71 84 62 03")  # Thuiszorg IJsseldelta's number
    assert page.form.notice("kvk") == "Let op: dit KvK-nummer staat ook bij Thuiszorg IJsseldelta."
    assert page.form.problem("kvk") == ""  # a warning, not a refusal: branches may share one
    assert client_named(clients_store, "Hotelgroep Vechtdal")["kvk"] == "71846203"

    page.show_client(client_named(clients_store, ZORG)["id"])  # the other side says so too
    assert page.form.notice("kvk") == "Let op: dit KvK-nummer staat ook bij Hotelgroep Vechtdal."

    page.show_client(hotel["id"])
    type_into(qtbot, page.form.kvk_edit, "50917364")  # a number of its own: the warning goes
    assert page.form.notice("kvk") == ""


def test_a_kvk_number_of_a_deleted_client_gives_no_warning(open_page, clients_store, qtbot):
    with clients_store.transaction() as db:
        repo.delete_client(db, client_named(clients_store, BOUW)["id"])
    _, page = open_page(clients_store)
    page.new_client()
    type_into(qtbot, page.form.kvk_edit, "08123457")
    assert page.form.notice("kvk") == ""


def test_a_wrong_email_shows_the_message_and_is_not_written(
    open_page, clients_store, qtbot
) -> None:
    zorg = client_named(clients_store, ZORG)
    _, page = open_page(clients_store, client_id=zorg["id"])
    type_into(qtbot, page.form.email_edit, "info at thuiszorg.nl")
    assert page.form.problem("email") == "Dit is geen geldig e-mailadres (bijv. naam@bedrijf.nl)."
    assert client_named(clients_store, ZORG)["email"] == "info@thuiszorg-ijsseldelta.nl"


def test_ctrl_s_writes_the_right_fields_and_keeps_the_wrong_one(
    open_page, clients_store, qtbot
) -> None:
    zorg = client_named(clients_store, ZORG)
    window, page = open_page(clients_store, client_id=zorg["id"])
    page.form.city_edit.setText("Kampen")  # typed, not left yet
    page.form.postcode_edit.setText("82 64")
    page.form.notes_edit.setPlainText("Belt liever dan mailt.")
    page.form.city_edit.setFocus()
    qtbot.keyClick(page.form.city_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = client_named(clients_store, ZORG)
    assert stored["city"] == "Kampen" and stored["notes"] == "Belt liever dan mailt."
    assert stored["postcode"] is None
    assert page.form.problem("postcode").startswith("Een postcode is vier cijfers")
    assert window.statusBar().currentMessage().startswith("Niet alles is opgeslagen")


def test_an_edit_persists_in_a_new_window(open_page, clients_store, qtbot) -> None:
    bouw = client_named(clients_store, BOUW)
    _, page = open_page(clients_store, client_id=bouw["id"])
    type_into(qtbot, page.form.city_edit, "Zwolle")
    page.form.sector_combo.setCurrentIndex(page.form.sector_combo.findData("installatie"))
    page.form.sector_combo.activated.emit(page.form.sector_combo.currentIndex())
    assert page.subtitle_label.text() == "KvK 08123457  ·  Zwolle  ·  installatie"

    _, again = open_page(clients_store, client_id=bouw["id"])
    assert again.form.city_edit.text() == "Zwolle"
    assert again.form.text("sector") == "installatie"
    row = shown_names(again).index(BOUW)
    assert again.proxy.index(row, Column.CITY).data() == "Zwolle"


def test_leaving_for_another_client_saves_what_was_typed(open_page, clients_store) -> None:
    bouw = client_named(clients_store, BOUW)
    zorg = client_named(clients_store, ZORG)
    _, page = open_page(clients_store, client_id=bouw["id"])
    page.form.phone_edit.setText("0570-612480")
    page.show_client(zorg["id"])
    assert client_named(clients_store, BOUW)["phone"] == "0570-612480"
    assert page.form.name_edit.text() == ZORG


def test_delete_asks_and_undo_brings_the_client_back(
    open_page, clients_store, qtbot, monkeypatch
) -> None:
    questions: list[str] = []

    def answer(_parent, _title, text, _yes, _no) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(dialogs, "ask", answer)
    zorg = client_named(clients_store, ZORG)
    _, page = open_page(clients_store, client_id=zorg["id"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert questions and ZORG in questions[0]
    assert repo.get_client(clients_store.db, zorg["id"]) is None
    assert ZORG not in shown_names(page)
    assert page.undo_bar.isVisible()
    assert page.undo_bar.label.text() == f"Klant “{ZORG}” verwijderd."

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_client(clients_store.db, zorg["id"]) is not None
    assert ZORG in shown_names(page)
    assert page.form.name_edit.text() == ZORG
    assert [c["name"] for c in repo.contacts_for_client(clients_store.db, zorg["id"])] == [
        "Marloes Bosch"
    ]
    assert not page.undo_bar.isVisible()


def test_delete_declined_keeps_the_client(open_page, clients_store, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)
    zorg = client_named(clients_store, ZORG)
    _, page = open_page(clients_store, client_id=zorg["id"])
    page.delete_button.click()
    assert repo.get_client(clients_store.db, zorg["id"]) is not None
    assert not page.undo_bar.isVisible()


def test_search_narrows_the_list_as_you_type(open_page, clients_store, qtbot) -> None:
    _, page = open_page(clients_store)
    qtbot.keyClicks(page.search_edit, "zwol")
    assert shown_names(page) == [ZORG]
    assert page.count_label.text() == "1 van 3 klanten"
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "0812 34")  # KvK typed in groups
    assert shown_names(page) == [BOUW]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "bouw deventer")  # sector and place
    assert shown_names(page) == [BOUW]
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "niemand")
    assert shown_names(page) == []
    assert page.placeholder.text() == "Geen klant gevonden voor “niemand”."


def test_activate_with_a_hidden_client_clears_the_search(open_page, clients_store, qtbot):
    window, page = open_page(clients_store)
    qtbot.keyClicks(page.search_edit, "zwolle")
    bouw = client_named(clients_store, BOUW)
    window.context.go(CLIENTS, client_id=bouw["id"])
    assert page.search_edit.text() == ""
    assert page.table.currentIndex().data() == BOUW
    assert page.form.name_edit.text() == BOUW


def test_history_shows_intake_and_proposal_and_opens_them(open_page, clients_store, qtbot):
    zorg = client_named(clients_store, ZORG)
    intake = repo.client_history(clients_store.db, zorg["id"])[0]
    ref = service.start(clients_store, zorg["id"], intake_id=intake["id"], title="Medicatie",
                        today=date(2026, 11, 20))  # fmt: skip
    window, page = open_page(clients_store, client_id=zorg["id"])
    model = page.history.model
    cells = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(model.rowCount())]  # fmt: skip
    assert [row[1] for row in cells] == [f"Voorstel {ref.number}", "Intake"]
    assert cells[1][0] == "15 okt 2026" and cells[1][2] == "Medicatie aanreiken"
    assert cells[0][3] == "concept" and cells[1][3] == "open"

    requests: list[tuple[str, dict]] = []
    window.context.navigate_requested.connect(lambda key, args: requests.append((key, args)))
    table = page.history.table
    for row in (1, 0):
        rect = table.visualRect(model.index(row, 2))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requests == [
        (INTAKE, {"intake_id": intake["id"]}),
        (PROPOSALS, {"proposal_id": ref.proposal_id}),
    ]
    assert window.current_page().key == PROPOSALS


def test_new_intake_goes_to_the_intake_page_for_this_client(open_page, clients_store):
    zorg = client_named(clients_store, ZORG)
    window, page = open_page(clients_store, client_id=zorg["id"])
    requests: list[tuple[str, dict]] = []
    window.context.navigate_requested.connect(lambda key, args: requests.append((key, args)))
    page.intake_button.click()
    assert requests == [(INTAKE, {"client_id": zorg["id"]})]


def test_contacts_add_edit_remove(open_page, clients_store, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    hotel = client_named(clients_store, "Hotelgroep Vechtdal")
    _, page = open_page(clients_store, client_id=hotel["id"])
    panel = page.contacts
    assert panel.model.rowCount() == 0

    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = cell_editor(panel)
    qtbot.keyClicks(editor, "Anna de Wit")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: bool(repo.contacts_for_client(clients_store.db, hotel["id"])))
    stored = repo.contacts_for_client(clients_store.db, hotel["id"])
    assert [c["name"] for c in stored] == ["Anna de Wit"]
    assert panel.heading.text() == "Contactpersonen (1)"

    email = panel.model.index(0, ContactColumn.EMAIL)
    assert not panel.model.setData(email, "anna@vechtdal")
    assert panel.message.text() == "Dit is geen geldig e-mailadres (bijv. naam@bedrijf.nl)."
    assert repo.contacts_for_client(clients_store.db, hotel["id"])[0]["email"] is None
    assert panel.model.setData(email, " anna@Vechtdal.nl ")
    assert panel.message.isHidden()
    assert panel.model.setData(panel.model.index(0, ContactColumn.ROLE), "Hoofd HR")
    stored = repo.contacts_for_client(clients_store.db, hotel["id"])[0]
    assert (stored["email"], stored["role"]) == ("anna@vechtdal.nl", "Hoofd HR")

    panel.table.setCurrentIndex(panel.model.index(0, ContactColumn.NAME))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert repo.contacts_for_client(clients_store.db, hotel["id"]) == []
    assert panel.model.rowCount() == 0


def test_a_new_contact_row_left_empty_disappears(open_page, clients_store, qtbot) -> None:
    hotel = client_named(clients_store, "Hotelgroep Vechtdal")
    _, page = open_page(clients_store, client_id=hotel["id"])
    page.contacts.add_contact()
    assert page.contacts.model.rowCount() == 1
    qtbot.keyClick(cell_editor(page.contacts), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.contacts.model.rowCount() == 0)
    assert repo.contacts_for_client(clients_store.db, hotel["id"]) == []


def test_other_pages_writing_refreshes_the_counts(open_page, clients_store) -> None:
    zorg = client_named(clients_store, ZORG)
    window, page = open_page(clients_store)
    with clients_store.transaction() as db:
        repo.insert_intake(db, zorg["id"], title="Wondzorg", intake_date="2026-11-28")
    window.context.changed("intakes")
    row = shown_names(page).index(ZORG)
    assert page.proxy.index(row, Column.OPEN_INTAKES).data() == "2"


def test_english(open_page, clients_store, qtbot) -> None:
    zorg = client_named(clients_store, ZORG)
    window, page = open_page(clients_store, lang="en", client_id=zorg["id"])
    assert page.title() == "Clients"
    assert window.navigation.item(1).text() == "Clients"
    assert page.new_button.text() == "New client"
    assert page.proxy.headerData(Column.CITY, Qt.Orientation.Horizontal) == "Place"
    assert page.proxy.index(0, Column.SECTOR).data() == "construction"
    assert page.contacts.heading.text() == "Contacts (1)"
    type_into(qtbot, page.form.kvk_edit, "123")
    assert page.form.problem("kvk") == "A KvK number has 8 digits; this has 3."
    assert page.history.model.index(0, 1).data() == "Intake"


# -- the keyboard and the list's columns (second review) --------------------------------------


def test_tab_goes_list_buttons_form_contacts_history(open_page, clients_store, qtbot):
    store = clients_store
    _window, page = open_page(store, client_id=client_named(store, ZORG)["id"])
    form, contacts = page.form, page.contacts
    expected = [
        page.new_button, page.intake_button, page.privacy_button, page.delete_button,
        form.name_edit, form.kvk_edit, form.sector_combo, form.email_edit, form.phone_edit,
        form.address_edit, form.postcode_edit, form.city_edit, form.notes_edit,
        contacts.add_button, contacts.table, page.history.table,
    ]  # fmt: skip
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    visited = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == expected, [w.accessibleName() or w.metaObject().className() for w in visited]


def test_enter_in_the_list_puts_the_cursor_in_the_name(open_page, clients_store, qtbot):
    store = clients_store
    _window, page = open_page(store)
    page.table.setFocus()
    page.table.selectRow(shown_names(page).index(BOUW))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.form.name_edit
    assert page.form.text("name") == BOUW


def test_the_proposals_column_says_it_counts_running_ones(open_page, clients_store, qtbot):
    store = clients_store
    zorg = client_named(store, ZORG)["id"]
    running = service.start(store, zorg, title="Lopend")
    decided = service.start(store, zorg, title="Besloten")
    service.send_proposal(store, decided.proposal_id)
    service.decide(store, decided.proposal_id, "geaccepteerd")
    _window, page = open_page(store)
    model = page.proxy
    header = model.headerData(Column.OPEN_PROPOSALS, Qt.Orientation.Horizontal)
    tip = model.headerData(
        Column.OPEN_PROPOSALS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert (header, tip) == ("Lopend", "Voorstellen in concept of verzonden")
    row = shown_names(page).index(ZORG)
    assert model.index(row, Column.OPEN_PROPOSALS).data() == "1"  # the accepted one is not
    assert running.number
