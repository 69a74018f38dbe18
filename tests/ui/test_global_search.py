"""Ctrl+K finds employers, offerings and proposals, and Enter opens the chosen one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from broker_app.proposals import service
from broker_app.store import clients
from broker_app.store.database import Store
from tests.ui.conftest import HYGIENE


def _shown(window) -> list[str]:
    results = window.global_search.results
    return [results.item(i).text() for i in range(results.count())]


def test_ctrl_k_finds_an_employer_and_opens_it(qtbot, open_window, small_store: Store) -> None:
    with small_store.transaction() as db:
        client_id = clients.insert_client(db, {"name": "Horecagroep Salland", "city": "Raalte"})
    window = open_window(small_store)
    opened: list[tuple[str, dict]] = []
    window.context.navigate_requested.connect(lambda key, args: opened.append((key, args)))

    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(window.navigation.hasFocus)
    qtbot.keyClick(window.navigation, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.global_search.isVisible)
    qtbot.keyClicks(window.global_search.edit, "horeca")
    qtbot.waitUntil(lambda: any("Horecagroep Salland" in t for t in _shown(window)))
    shown = _shown(window)
    assert shown[0] == "KLANTEN"
    assert "Horecagroep Salland\nRaalte" in shown
    assert "OPLEIDINGEN" in shown and any(t.startswith(HYGIENE) for t in shown)

    qtbot.keyClick(window.global_search.edit, Qt.Key.Key_Return)
    assert opened == [("clients", {"client_id": client_id})]
    assert not window.global_search.isVisible()
    assert window.current_page().key == "clients"


def test_arrow_down_moves_past_headings_to_an_offering(
    qtbot, open_window, small_store: Store
) -> None:
    window = open_window(small_store)
    window.open_global_search()
    window.global_search.edit.setText("hygiene")
    window.global_search.run_search()
    assert _shown(window)[0] == "OPLEIDINGEN"
    qtbot.keyClick(window.global_search.edit, Qt.Key.Key_Return)
    assert window.current_page().key == "catalogue"


def test_proposals_are_found_by_number(qtbot, open_window, small_store: Store) -> None:
    with small_store.transaction() as db:
        client_id = clients.insert_client(db, {"name": "Bakkerij Bol"})
    ref = service.start(small_store, client_id, title="Hygiëne", today=date(2027, 1, 4))
    window = open_window(small_store)
    window.open_global_search()
    window.global_search.edit.setText(ref.number)
    window.global_search.run_search()
    shown = _shown(window)
    assert shown[0] == "VOORSTELLEN"
    assert shown[1] == f"{ref.number}  Hygiëne\nBakkerij Bol · concept"


def test_nothing_found_says_so(qtbot, open_window, small_store: Store) -> None:
    window = open_window(small_store)
    window.open_global_search()
    window.global_search.edit.setText("zzqx")
    window.global_search.run_search()
    assert _shown(window) == ["Niets gevonden voor “zzqx”."]
    qtbot.keyClick(window.global_search.edit, Qt.Key.Key_Escape)
    assert not window.global_search.isVisible()
