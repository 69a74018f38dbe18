"""Tab leaves every list table: it never walks cell by cell through the records (which would
change the chosen record at every key). In a table edited in place, Tab while a cell is being
edited still goes on to the next cell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from broker_app.catalogue.demo import load_demo
from broker_app.proposals.demo import load_demo_proposals
from broker_app.store import clients as clients_repo
from broker_app.store import intakes
from broker_app.store.database import Store
from broker_app.ui.context import CLIENTS, INTAKE


def test_no_table_on_any_page_walks_its_cells_with_tab(open_window, store: Store) -> None:
    load_demo(store)
    load_demo_proposals(store)
    window = open_window(store)
    walking = []
    seen = 0
    for page in window.all_pages():
        window.show_page(page.key, {})
        for table in page.findChildren(QTableView):
            if table.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue  # never has the keyboard
            seen += 1
            if table.tabKeyNavigation():
                walking.append(f"{page.key}: {table.accessibleName() or type(table).__name__}")
    assert seen >= 8
    assert not walking


def test_tab_in_the_clients_list_goes_to_the_next_field_and_keeps_the_client(
    open_window, store: Store, qtbot
) -> None:
    load_demo(store)
    window = open_window(store)
    page = window.show_page(CLIENTS, {})
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = page.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(2, 0))
    chosen = table.currentIndex().data()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    assert not table.isAncestorOf(QApplication.focusWidget())
    assert table.currentIndex().row() == 2
    assert table.currentIndex().data() == chosen


def test_tab_while_typing_a_participant_goes_to_the_next_cell(
    open_window, store: Store, qtbot
) -> None:
    with store.transaction() as db:
        client_id = clients_repo.insert_client(db, {"name": "Veluwe Distributie B.V."})
    window = open_window(store)
    page = window.show_page(INTAKE, {"client_id": client_id})
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = page.participants
    panel.add()  # a new row, its name being edited
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Anna de Vries")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and panel.table.isAncestorOf(editor)
    assert panel.table.currentIndex().column() == 1  # the function, same row
    qtbot.keyClicks(editor, "chauffeur")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the editor closes a moment later

    def stored():
        return [(p["name"], p["function"]) for p in intakes.participants(store.db, line_id)]

    line_id = page.current_line_id()
    qtbot.waitUntil(lambda: stored() == [("Anna de Vries", "chauffeur")], timeout=3000)
    # Not editing: Tab leaves the table.
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert not panel.table.isAncestorOf(QApplication.focusWidget())
    assert QApplication.focusWidget() is not panel.table
