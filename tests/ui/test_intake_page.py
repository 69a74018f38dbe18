"""The intake page: what the broker types ends up in the database without a Save button."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFrame

from broker_app.domain.demand import Demand
from broker_app.matching.engine import match
from broker_app.store import clients, intakes
from broker_app.store.database import Store
from broker_app.ui import dialogs
from broker_app.ui.context import INTAKE, MATCHING, OVERVIEW


@pytest.fixture
def client_id(small_store: Store) -> str:
    with small_store.transaction() as db:
        return clients.insert_client(db, {"name": "Veluwe Distributie B.V.", "city": "Apeldoorn"})


@pytest.fixture
def opened(open_window, small_store: Store, client_id: str):
    """A window on the intake page with a fresh intake for the employer."""
    window = open_window(small_store)
    window.show_page(INTAKE, {"client_id": client_id})
    page = window.intake_page
    assert page.current_line_id() is not None
    return window, page


def stored_line(store: Store, line_id: str) -> dict:
    return dict(next(store.db.query("SELECT * FROM demand_lines WHERE id = ?", [line_id])))


def test_activate_with_a_client_creates_an_open_intake_at_once(opened, small_store, client_id):
    _window, page = opened
    [intake] = intakes.intakes_for_client(small_store.db, client_id)
    assert intake["status"] == "open"
    assert len(intakes.demand_lines(small_store.db, intake["id"])) == 1
    assert page.chooser.current_client() == client_id
    assert page.tabs.tabText(0) == "Vraag 1"


def test_typing_is_saved_without_any_save_action(opened, small_store, qtbot) -> None:
    _window, page = opened
    line_id = page.current_line_id()
    page.form.text_edit.setFocus()
    qtbot.keyClicks(page.form.text_edit, "heftruck leren rijden")
    qtbot.waitUntil(
        lambda: stored_line(small_store, line_id)["text"] == "heftruck leren rijden", timeout=3000
    )
    assert page.saved_label.text().startswith("Opgeslagen om ")
    qtbot.keyClicks(page.details.title_edit, "Magazijn")
    qtbot.waitUntil(
        lambda: intakes.get_intake(small_store.db, page._intake_id)["title"] == "Magazijn",
        timeout=3000,
    )


def test_the_intake_chooser_shows_a_new_title_and_date_at_once(opened, small_store, qtbot):
    _window, page = opened
    combo = page.chooser.intake_combo
    assert combo.currentText().startswith("Intake zonder titel · ")
    page.details.title_edit.setFocus()
    qtbot.keyClicks(page.details.title_edit, "Heftruckpapieren")
    qtbot.waitUntil(lambda: combo.currentText().startswith("Heftruckpapieren · "), timeout=3000)
    page.details.date_edit.setDate(QDate(2026, 11, 3))
    page.flush()
    assert combo.currentText() == "Heftruckpapieren · 3 nov 2026"
    assert combo.currentData() == page._intake_id
    assert combo.count() == 1


def test_a_new_intake_and_line_take_over_the_employers_sector_and_place(
    open_window, small_store, qtbot
) -> None:
    with small_store.transaction() as db:
        zorg = clients.insert_client(
            db, {"name": "Thuiszorg IJsseldelta", "sector": "zorg", "city": "Zwolle"}
        )
    window = open_window(small_store)
    window.show_page(INTAKE, {"client_id": zorg})
    page = window.intake_page
    assert page.form.city_edit.text() == "Zwolle"
    assert page.form.sector_combo.currentText() == "zorg"
    assert stored_line(small_store, page.current_line_id())["sector"] == "zorg"
    page.add_line()
    assert page.tabs.count() == 2
    assert (page.form.sector_combo.currentText(), page.form.city_edit.text()) == ("zorg", "Zwolle")
    assert stored_line(small_store, page.current_line_id())["city"] == "Zwolle"
    assert not page.has_pending()  # taken over, not typed: nothing waits to be saved


def test_the_sector_is_picked_from_the_list_or_typed(opened, small_store, qtbot) -> None:
    _window, page = opened
    combo, line_id = page.form.sector_combo, page.current_line_id()
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert combo.isEditable() and "detailhandel" in labels and "ICT" in labels
    assert labels == sorted(labels, key=str.casefold)
    combo.setCurrentIndex(combo.findText("detailhandel"))
    page.flush()
    assert stored_line(small_store, line_id)["sector"] == "retail"  # the code, not the label
    page.form.sector_edit.selectAll()
    qtbot.keyClicks(page.form.sector_edit, "Zorg")
    page.flush()
    assert stored_line(small_store, line_id)["sector"] == "zorg"
    page.form.sector_edit.selectAll()
    qtbot.keyClicks(page.form.sector_edit, "Luchtvaart")  # not in the list: kept as typed
    page.flush()
    assert stored_line(small_store, line_id)["sector"] == "luchtvaart"
    intakes.update_demand_line(small_store.db, line_id, sector="retail")
    page.open_intake(page._intake_id)
    assert combo.currentText() == "detailhandel"
    assert not page.has_pending()


def test_the_sector_list_is_english_in_an_english_window(open_window, small_store, client_id):
    window = open_window(small_store, "en")
    window.show_page(INTAKE, {"client_id": client_id})
    page = window.intake_page
    combo = page.form.sector_combo
    assert combo.itemText(0) == "administration"
    combo.setCurrentIndex(combo.findText("care"))
    page.flush()
    assert stored_line(small_store, page.current_line_id())["sector"] == "zorg"


def test_closing_right_after_typing_still_saves(open_window, small_store, client_id, qtbot):
    window = open_window(small_store)
    window.show_page(INTAKE, {"client_id": client_id})
    page = window.intake_page
    line_id = page.current_line_id()
    qtbot.keyClicks(page.form.sector_edit, "Logistiek")
    assert page.has_pending()  # not written yet: the timer has not fired
    window.close()  # -> shutdown() flushes
    assert stored_line(small_store, line_id)["sector"] == "logistiek"
    assert not page._save_timer.isActive()


def test_leaving_a_field_writes_at_once(opened, small_store, qtbot) -> None:
    _window, page = opened
    line_id = page.current_line_id()
    page.form.city_edit.setFocus()
    page.form.city_edit.selectAll()
    qtbot.keyClicks(page.form.city_edit, "Deventer")
    page.form.title_edit.setFocus()
    QApplication.processEvents()
    assert stored_line(small_store, line_id)["city"] == "Deventer"


def test_two_demand_lines_each_keep_their_own_text(opened, small_store, qtbot) -> None:
    _window, page = opened
    first = page.current_line_id()
    qtbot.keyClicks(page.form.text_edit, "heftruck rijden")
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    second = page.current_line_id()
    assert second != first
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Vraag 1", "Vraag 2"]
    assert page.form.text_edit.toPlainText() == ""
    qtbot.keyClicks(page.form.text_edit, "lading vastzetten")
    page.form.competences.add_chip("spanbanden")
    page.tabs.setCurrentIndex(0)
    assert page.form.text_edit.toPlainText() == "heftruck rijden"
    lines = intakes.demand_lines(small_store.db, page._intake_id)
    assert [(line["id"], line["text"]) for line in lines] == [
        (first, "heftruck rijden"),
        (second, "lading vastzetten"),
    ]
    page.tabs.setCurrentIndex(1)
    assert page.form.competences.chips() == ["spanbanden"]
    page.tabs.setCurrentIndex(0)  # the first line has no chips: none of the second stays in view
    shown = [w for w in page.form.competences.findChildren(QFrame, "chip") if w.isVisible()]
    assert shown == []


def test_removing_a_line_asks_first(opened, small_store, monkeypatch) -> None:
    _window, page = opened
    page.add_line()
    second = page.current_line_id()
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)
    page.remove_line()
    assert intakes.get_demand_line(small_store.db, second) is not None
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    page.remove_line()
    assert intakes.get_demand_line(small_store.db, second) is None
    assert page.tabs.count() == 1


def test_chips_are_added_and_removed_and_stored_as_a_json_list(opened, small_store, qtbot):
    _window, page = opened
    line_id = page.current_line_id()
    chips = page.form.competences
    chips.input.setFocus()
    qtbot.keyClicks(chips.input, "heftruck rijden")
    qtbot.keyClick(chips.input, Qt.Key.Key_Return)
    qtbot.keyClicks(chips.input, "reachtruck, laden en lossen,")
    assert chips.chips() == ["heftruck rijden", "reachtruck", "laden en lossen"]
    qtbot.waitUntil(
        lambda: (
            json.loads(stored_line(small_store, line_id)["competences"])
            == ["heftruck rijden", "reachtruck", "laden en lossen"]
        ),
        timeout=3000,
    )
    qtbot.keyClick(chips.input, Qt.Key.Key_Backspace)  # empty box: the last chip goes
    chips._chips[0].remove_button.click()  # the × of the first
    assert chips.chips() == ["reachtruck"]
    qtbot.waitUntil(
        lambda: json.loads(stored_line(small_store, line_id)["competences"]) == ["reachtruck"],
        timeout=3000,
    )


def test_moet_liever_switch_changes_the_musts(opened, small_store, qtbot) -> None:
    _window, page = opened
    line_id = page.current_line_id()
    budget = page.form.switches["budget"]
    assert budget.text() == "liever"
    qtbot.mouseClick(budget, Qt.MouseButton.LeftButton)
    assert budget.text() == "moet"
    page.form.switches["start"].click()
    page.flush()
    assert json.loads(stored_line(small_store, line_id)["must"]) == ["budget", "start"]
    budget.click()
    page.flush()
    assert json.loads(stored_line(small_store, line_id)["must"]) == ["start"]


@pytest.mark.parametrize(("typed", "cents"), [("1.500", 150000), ("1.500,00", 150000),
                                              ("250,50", 25050)])  # fmt: skip
def test_dutch_budget_is_stored_in_cents(opened, small_store, qtbot, typed, cents) -> None:
    _window, page = opened
    line_id = page.current_line_id()
    qtbot.keyClicks(page.form.budget_edit, typed)
    page.flush()
    assert stored_line(small_store, line_id)["budget_per_participant_cents"] == cents
    assert page.form.budget_message.isHidden()


def test_wrong_budget_shows_the_message_and_is_not_written(opened, small_store, qtbot) -> None:
    _window, page = opened
    line_id = page.current_line_id()
    qtbot.keyClicks(page.form.budget_edit, "400")
    page.flush()
    page.form.budget_edit.selectAll()
    qtbot.keyClicks(page.form.budget_edit, "vierhonderd")  # typed over the amount
    page.flush()
    assert page.form.budget_message.isVisible()
    assert "1.500,00" in page.form.budget_message.text()
    assert stored_line(small_store, line_id)["budget_per_participant_cents"] == 40000


def test_empty_learning_question_shows_a_message(opened, qtbot) -> None:
    _window, page = opened
    qtbot.keyClicks(page.form.text_edit, "x")
    qtbot.keyClick(page.form.text_edit, Qt.Key.Key_Backspace)
    assert page.form.text_message.isVisible()
    assert "moeten leren" in page.form.text_message.text()


def test_participants_are_stored_without_extra_fields(opened, small_store, qtbot) -> None:
    _window, page = opened
    line_id = page.current_line_id()
    panel = page.participants
    panel.add_button.click()
    model = panel.model
    assert model.setData(model.index(0, 0), "Anna de Vries")
    assert model.setData(model.index(0, 1), "Magazijnmedewerker")
    assert not model.setData(model.index(0, 2), "anna@@veluwe")
    assert panel.message.isVisible() and "geen geldig e-mailadres" in panel.message.text()
    assert model.setData(model.index(0, 2), "anna@veluwe.nl")
    assert panel.message.isHidden()
    rows = list(small_store.db.query("SELECT * FROM participants WHERE demand_line_id = ?",
                                     [line_id]))  # fmt: skip
    assert [(r["name"], r["function"], r["email"]) for r in rows] == [
        ("Anna de Vries", "Magazijnmedewerker", "anna@veluwe.nl")
    ]
    assert set(rows[0]) == {"id", "client_id", "demand_line_id", "name", "function", "email",
                            "created_at", "updated_at", "deleted_at"}  # fmt: skip
    assert "BSN" in panel.note.text()


def test_zoek_aanbod_navigates_with_the_line_id(opened, small_store, qtbot) -> None:
    window, page = opened
    line_id = page.current_line_id()
    qtbot.keyClicks(page.form.text_edit, "heftruck rijden")
    with qtbot.waitSignal(window.context.navigate_requested) as signal:
        qtbot.keyClick(page.form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [MATCHING, {"demand_line_id": line_id}]
    assert window.current_page() is window.matching_page
    assert stored_line(small_store, line_id)["text"] == "heftruck rijden"  # saved on the way


def test_zoek_aanbod_without_a_question_stays_and_says_why(opened, qtbot) -> None:
    window, page = opened
    page.search_button.click()
    assert window.current_page() is page
    assert page.form.text_message.isVisible()


def test_the_form_as_stored_matches(opened, small_store, qtbot) -> None:
    _window, page = opened
    form = page.form
    qtbot.keyClicks(form.text_edit, "Nieuwe medewerkers moeten heftruck leren rijden")
    qtbot.keyClicks(form.competences.input, "heftruck besturen,")
    assert form.city_edit.text() == "Apeldoorn"  # the employer's place, taken over
    form.distance_spin.setValue(30)
    qtbot.keyClicks(form.budget_edit, "500")
    form.target_level.setCurrentIndex(form.target_level.findData("mbo-2"))
    form.delivery["klassikaal"].setChecked(True)
    form.switches["distance"].click()
    page.flush()
    line = intakes.get_demand_line(small_store.db, page.current_line_id())
    demand = Demand.from_line(line, line["client_name"])
    assert demand.text == "Nieuwe medewerkers moeten heftruck leren rijden"
    assert demand.competences == ["heftruck besturen"]
    assert (demand.city, demand.max_distance_km, demand.must) == ("Apeldoorn", 30, ["distance"])
    assert demand.budget_per_participant_cents == 50000
    assert (demand.target_level, demand.delivery) == ("mbo-2", ["klassikaal"])
    result = match(small_store, demand)
    assert [m.facts.title for m in result.results] == ["Heftruckcertificaat"]


def test_opening_by_id_shows_the_stored_values_and_comes_back(opened, small_store, qtbot):
    window, page = opened
    intake_id = page._intake_id
    intakes.update_demand_line(small_store.db, page.current_line_id(), text="lassen",
                               budget_per_participant_cents=150000,
                               start_after="2027-01-01", must=["start"])  # fmt: skip
    window.show_page(MATCHING, {})
    window.show_page(INTAKE, {"intake_id": intake_id})
    form = page.form
    assert form.text_edit.toPlainText() == "lassen"
    assert form.budget_edit.text() == "1.500,00"
    assert form.start_after.value().isoformat() == "2027-01-01"
    assert form.start_before.value() is None
    assert form.switches["start"].isChecked() and not form.switches["budget"].isChecked()
    assert not page.has_pending()  # loading is not editing
    window.show_page(MATCHING, {})
    window.show_page(INTAKE, {})  # no arguments: as the broker left it
    assert page._intake_id == intake_id


def test_without_arguments_and_no_intake_the_open_intakes_are_listed(open_window, small_store,
                                                                     client_id):  # fmt: skip
    intakes.create_intake(small_store.db, client_id, title="Heftruck", intake_date="2026-11-05")
    window = open_window(small_store)
    window.show_page(INTAKE, {})
    page = window.intake_page
    assert page.stack.currentWidget() is page.open_list
    item = page.open_list.list.item(0)
    assert item.text().startswith("Veluwe Distributie B.V. — Heftruck")
    page.open_list.list.itemActivated.emit(item)
    assert page.stack.currentWidget() is page.scroll
    assert page.details.title_edit.text() == "Heftruck"


def test_english_window(open_window, small_store, client_id) -> None:
    window = open_window(small_store, "en")
    window.show_page(INTAKE, {"client_id": client_id})
    page = window.intake_page
    assert page.tabs.tabText(0) == "Question 1"
    assert page.search_button.text() == "Find offerings"
    assert page.form.switches["budget"].text() == "preferred"


def tab_walk(qtbot, start, stop, limit: int = 90) -> list:
    """The widgets Tab visits from ``start`` to ``stop`` (a date's sections count once)."""
    start.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is not seen[-1]:
            seen.append(widget)
        if widget is stop:
            break
    return seen


def test_tab_goes_row_by_row_with_each_field_before_its_switch(opened, qtbot) -> None:
    window, page = opened
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form = page.form
    form.competences.add_chip("heftruck rijden")  # its × is for the mouse; Backspace by key
    form.competences.add_chip("laden en lossen")
    page.participants.add()
    page.participants.table.setFocus()  # (leaves the new name's editor)
    sw = form.switches
    walked = tab_walk(qtbot, page.details.notes_edit, page.participants.add_button)
    expected = [
        page.details.notes_edit,
        page.tabs,
        page.add_line_button,
        page.remove_line_button,
        page.search_button,
        form.title_edit,
        form.text_edit,
        form.competences.input,
        form.sector_combo, sw["sector"],
        form.participants_spin,
        form.current_level,
        form.target_level, sw["level"],
        form.credential, sw["credential"],
        *form.delivery.values(), sw["delivery"],
        *form.schedule.values(), sw["schedule"],
        form.city_edit,
        form.distance_spin, sw["distance"],
        form.budget_edit, sw["budget"],
        form.start_after, form.start_before, sw["start"],
        page.participants.table,
        page.participants.add_button,
    ]  # fmt: skip
    names = {id(w): w.accessibleName() or type(w).__name__ for w in expected}
    assert [names.get(id(w), repr(w)) for w in walked] == [names[id(w)] for w in expected]
    assert walked == expected
    # Backspace in the empty competence box takes the last chip away.
    form.competences.input.setFocus()
    qtbot.keyClick(form.competences.input, Qt.Key.Key_Backspace)
    assert form.competences.chips() == ["heftruck rijden"]


def test_neither_the_scroll_area_nor_a_chips_cross_is_a_tab_stop(opened) -> None:
    _window, page = opened
    assert page.scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    page.form.competences.add_chip("heftruck rijden")
    [chip] = page.form.competences.findChildren(QFrame, "chip")
    assert chip.remove_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert chip.remove_button.accessibleName() == "Verwijder heftruck rijden"


# -- a database that cannot be written: nothing the broker typed is lost ----------------------

READ_ONLY = "attempt to write a readonly database"


def read_only(monkeypatch, *names: str) -> None:
    """Make the store's intake writers fail as they do on a read-only file."""

    def refuse(*_args, **_kwargs):
        raise sqlite3.OperationalError(READ_ONLY)

    for name in names or ("update_intake", "update_demand_line"):
        monkeypatch.setattr(intakes, name, refuse)


def writable(monkeypatch) -> None:
    monkeypatch.undo()


def stored_title(store: Store, intake_id: str) -> str | None:
    return intakes.get_intake(store.db, intake_id)["title"]


@pytest.fixture
def typed_but_not_saved(opened, small_store, qtbot, monkeypatch):
    """ " EXTRA" typed after the title while the database refuses every write."""
    window, page = opened
    page.details.title_edit.setText("Verzorgenden meer regie")
    page.flush()
    read_only(monkeypatch)
    page.details.title_edit.setFocus()
    page.details.title_edit.end(False)
    qtbot.keyClicks(page.details.title_edit, " EXTRA")
    qtbot.waitUntil(lambda: page.saved_label.text().startswith("Niet opgeslagen"), timeout=3000)
    assert stored_title(small_store, page._intake_id) == "Verzorgenden meer regie"
    yield window, page
    writable(monkeypatch)  # before the window closes at teardown (else it would ask)


def test_a_failed_save_keeps_the_text_when_the_broker_comes_back(
    typed_but_not_saved, small_store, monkeypatch
) -> None:
    window, page = typed_but_not_saved
    intake_id = page._intake_id
    for arguments in ({}, {"intake_id": intake_id}):  # the navigation, or a link to it
        window.show_page(OVERVIEW, {})
        window.show_page(INTAKE, arguments)
        assert page.details.title_edit.text() == "Verzorgenden meer regie EXTRA"
        assert page.saved_label.text().startswith("Niet opgeslagen")
    # The file is writable again: coming back to the page saves what was typed.
    writable(monkeypatch)
    window.show_page(OVERVIEW, {})
    assert stored_title(small_store, intake_id) == "Verzorgenden meer regie EXTRA"
    window.show_page(INTAKE, {})
    assert page.saved_label.text().startswith("Opgeslagen om ")


def test_a_failed_save_is_tried_again_at_the_next_change(
    typed_but_not_saved, small_store, qtbot, monkeypatch
) -> None:
    _window, page = typed_but_not_saved
    writable(monkeypatch)
    qtbot.keyClicks(page.details.title_edit, "!")
    qtbot.waitUntil(
        lambda: stored_title(small_store, page._intake_id) == "Verzorgenden meer regie EXTRA!",
        timeout=3000,
    )
    assert page.saved_label.text().startswith("Opgeslagen om ")


def test_an_unsaved_question_survives_switching_tabs(opened, small_store, qtbot, monkeypatch):
    _window, page = opened
    first = page.current_line_id()
    page.add_line()
    read_only(monkeypatch)
    page.tabs.setCurrentIndex(0)
    qtbot.keyClicks(page.form.text_edit, "heftruck rijden")
    page.tabs.setCurrentIndex(1)
    page.tabs.setCurrentIndex(0)
    assert page.form.text_edit.toPlainText() == "heftruck rijden"
    assert stored_line(small_store, first)["text"] == ""
    writable(monkeypatch)
    page.tabs.setCurrentIndex(1)
    assert stored_line(small_store, first)["text"] == "heftruck rijden"


def test_opening_another_intake_with_unsaved_changes_asks(
    typed_but_not_saved, small_store, client_id, monkeypatch
) -> None:
    window, page = typed_but_not_saved
    intake_id = page._intake_id
    other = intakes.create_intake(small_store.db, client_id, intake_date="2026-11-02")
    with small_store.transaction() as db:
        other_client = clients.insert_client(db, {"name": "Hotelgroep Vechtdal"})
    intakes.create_intake(small_store.db, other_client, intake_date="2026-11-03")
    asked = []

    def answer(choice):
        def ask(_parent, _title, text, yes, no):
            asked.append((text, yes, no))
            return choice

        return ask

    # "Opnieuw proberen" while the file is still read-only: the broker stays, text and all.
    monkeypatch.setattr(dialogs, "ask", answer(False))
    window.show_page(INTAKE, {"intake_id": other})
    [(text, yes, no)] = asked
    assert text.startswith("Deze wijzigingen zijn nog niet opgeslagen")
    assert (yes, no) == ("Weggooien", "Opnieuw proberen")
    assert page._intake_id == intake_id
    assert page.chooser.intake_combo.currentData() == intake_id
    assert page.details.title_edit.text() == "Verzorgenden meer regie EXTRA"
    # Choosing another employer: asked too, and the employer shown stays.
    asked.clear()
    page.chooser.client_chosen.emit(other_client)
    assert len(asked) == 1
    assert page._intake_id == intake_id
    assert page.chooser.current_client() == client_id
    assert window.statusBar().currentMessage() == (
        "Nog steeds niet opgeslagen: de database is niet bereikbaar."
    )


def test_switching_intakes_discards_or_retries_as_the_broker_says(
    opened, small_store, client_id, qtbot, monkeypatch
) -> None:
    window, page = opened
    intake_id = page._intake_id
    other = intakes.create_intake(small_store.db, client_id, intake_date="2026-11-02")
    real_update = intakes.update_intake

    def failing(*_a, **_k):
        raise sqlite3.OperationalError(READ_ONLY)

    monkeypatch.setattr(intakes, "update_intake", failing)
    qtbot.keyClicks(page.details.title_edit, "Eerste")
    page.flush()
    assert page.has_pending()

    # Try again, and this time the file can be written: saved, then the other intake opens.
    def retry_and_fix(*_args) -> bool:
        monkeypatch.setattr(intakes, "update_intake", real_update)
        return False

    monkeypatch.setattr(dialogs, "ask", retry_and_fix)
    window.show_page(INTAKE, {"intake_id": other})
    assert stored_title(small_store, intake_id) == "Eerste"
    assert page._intake_id == other

    # Throw away: the other intake opens, nothing was written.
    monkeypatch.setattr(intakes, "update_intake", failing)
    qtbot.keyClicks(page.details.title_edit, "Tweede")
    page.flush()
    assert page.has_pending()
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    page.chooser.intake_chosen.emit(intake_id)
    assert page._intake_id == intake_id
    assert page.details.title_edit.text() == "Eerste"
    assert not page.has_pending()
    assert stored_title(small_store, other) is None


def test_closing_the_window_with_unsaved_changes_asks(
    typed_but_not_saved, small_store, monkeypatch
) -> None:
    window, page = typed_but_not_saved
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: asked.append(a[2]) or False)
    assert not window.close()  # "Opnieuw proberen", still read-only: the window stays
    assert window.isVisible()
    assert asked and asked[0].startswith("Deze wijzigingen zijn nog niet opgeslagen")
    assert page.details.title_edit.text() == "Verzorgenden meer regie EXTRA"
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)  # "Weggooien"
    assert window.close()
    assert stored_title(small_store, page._intake_id) == "Verzorgenden meer regie"


@pytest.mark.filterwarnings("ignore:libpyside. Failed to disconnect:RuntimeWarning")  # closed twice
def test_the_log_names_unsaved_fields_but_never_their_values(
    typed_but_not_saved, monkeypatch, caplog
) -> None:
    """AVG: what the broker typed and could not save does not live on in the log file."""
    window, page = typed_but_not_saved
    caplog.set_level("INFO", logger="broker_app")
    page.shutdown()  # the write still fails: the changes stay unsaved
    assert "unsaved intake changes" in caplog.text and "'title'" in caplog.text
    assert "EXTRA" not in caplog.text
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)  # "Weggooien"
    assert window.close()


def test_the_save_status_never_squeezes_the_employer_and_intake(typed_but_not_saved) -> None:
    window, page = typed_but_not_saved
    window.resize(1400, 860)
    QApplication.processEvents()
    label = page.saved_label
    assert label.text().startswith("Niet opgeslagen: de database is niet bereikbaar.")
    assert page.chooser.client_combo.width() >= 250
    assert page.chooser.intake_combo.width() >= 350
    assert label.width() <= 300
    assert label.toolTip() == label.text()  # the whole text; on screen it is cut off
    assert label.shown_text().endswith("…")


def test_a_new_intake_or_question_on_a_read_only_file_is_refused_calmly(
    opened, small_store, client_id, monkeypatch
) -> None:
    _window, page = opened
    intake_id = page._intake_id
    read_only(monkeypatch, "create_intake", "add_demand_line", "delete_demand_line")
    page.new_intake(client_id)
    assert page._intake_id == intake_id
    assert page.saved_label.text().startswith("Niet gelukt: de database is niet bereikbaar")
    page.add_line()
    assert page.tabs.count() == 1
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    page.remove_line()
    assert page.tabs.count() == 1
    assert len(intakes.intakes_for_client(small_store.db, client_id)) == 1


def test_a_participant_on_a_read_only_file_says_so_under_the_table(
    opened, small_store, monkeypatch
) -> None:
    _window, page = opened
    panel = page.participants
    panel.add()
    read_only(monkeypatch, "update_participant", "add_participant")
    index = panel.model.index(0, 0)
    assert not panel.model.setData(index, "Anna de Vries")
    assert panel.message.text().startswith("Niet opgeslagen: de database is niet bereikbaar")
    panel.add()
    assert panel.model.rowCount() == 1
    [person] = intakes.participants(small_store.db, page.current_line_id())
    assert person["name"] is None
