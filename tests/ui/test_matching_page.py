"""The matching page as a broker uses it: a demand line, its ranked matches and their reasons,
near misses, tuning musts and weights, comparing, the composed programme, the proposal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from broker_app.domain.demand import Demand
from broker_app.matching.engine import configured_weights, match
from broker_app.proposals import service
from broker_app.store import intakes as intakes_repo
from broker_app.store import proposals as proposals_repo
from broker_app.store.database import Store
from broker_app.store.demand_musts import demand_line_choices, set_demand_musts
from broker_app.ui.context import MATCHING, PROPOSALS
from broker_app.ui.views import matching_page
from broker_app.ui.views.matching_page import MatchingPage
from broker_app.ui.views.partials.match_model import Column
from broker_app.ui.widgets.two_line import NoteRole, SecondLineRole
from tests.csvfiles import offering
from tests.ui.conftest import SMALL_CATALOGUE, fill

DEAR = "Medicatie veilig toedienen (uitgebreid)"
ONLINE = "Medicatie aanreiken online"
GAP = "Spaans spreken met cliënten"

MEDICATION_OFFERINGS = [
    offering(
        provider="Landstede MBO",
        code="MED-XL",
        title=DEAR,
        level="mbo-3",
        description="Uitgebreide training medicatie aanreiken en registreren.",
        outcomes="medicatie aanreiken|toediening registreren|bijwerkingen herkennen",
        keywords="medicijnen",
        price="2450",
        city="Zwolle",
        start_dates="2030-03-01",
    ),
    offering(
        provider="Zorgacademie",
        code="MED-ON",
        title=ONLINE,
        level="mbo-2",
        description="Korte e-learning over medicatie aanreiken.",
        outcomes="medicatie aanreiken",
        keywords="medicijnen|e-learning",
        price="195",
        delivery="online",
        city="",
        start_dates="doorlopend",
    ),
    offering(
        provider="Deltion College",
        code="MED-REG",
        title="Toediening registreren",
        level="mbo-3",
        description="Registreren van toegediende medicatie in het dossier.",
        outcomes="toediening registreren|aftekenlijst bijhouden",
        keywords="medicijnen|registratie",
        price="350",
        city="Deventer",
        start_dates="2030-04-01",
    ),
]


@dataclass
class Intake:
    store: Store
    client_id: str
    intake_id: str
    line_id: str
    demand: Demand


def make_intake(store: Store, **values) -> Intake:
    demand = Demand(
        client="Thuiszorg Testdelta",
        title=values.pop("title", "Helpenden medicatie laten aanreiken"),
        text="Onze helpenden moeten medicatie aanreiken en de toediening registreren.",
        competences=["medicatie aanreiken", "toediening registreren", GAP],
        participants=4,
        target_level="mbo-3",
        city="Zwolle",
        max_distance_km=40,
        budget_per_participant_cents=150_000,
        **values,
    )
    client = service.client_for(store, demand.client, "Zwolle")
    intake_id = service.store_intake(store, client["id"], demand, date(2026, 11, 29))
    line_id = intakes_repo.demand_lines(store.db, intake_id)[0]["id"]
    return Intake(store, client["id"], intake_id, line_id, demand)


@pytest.fixture
def care(store: Store, tmp_path: Path) -> Intake:
    fill(store, tmp_path, SMALL_CATALOGUE + MEDICATION_OFFERINGS)
    return make_intake(store)


def open_matching(qtbot, open_window, intake: Intake, **arguments):
    window = open_window(intake.store)
    page: MatchingPage = window.show_page(MATCHING, {"demand_line_id": intake.line_id, **arguments})
    wait_idle(qtbot, page)
    return window, page


def wait_idle(qtbot, page: MatchingPage) -> None:
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def said(window) -> str:
    """The status-bar message, cleared (its timer would outlive the window in the fixture)."""
    text = window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    return text


def titles(model) -> list[str]:
    return [model.index(r, Column.TITLE).data() for r in range(model.rowCount())]


def engine_ids(store: Store, demand: Demand, **kwargs) -> list[str]:
    weights = kwargs.pop("weights", None) or configured_weights(store)
    result = match(store, demand, top=matching_page.TOP, weights=weights, **kwargs)
    return [m.facts.offering_id for m in result.results]


def test_the_demand_line_is_matched_in_the_engines_order_with_reasons(
    qtbot, open_window, care: Intake
) -> None:
    window = open_window(care.store)
    page = window.show_page(MATCHING, {"demand_line_id": care.line_id})
    assert page.busy and page.model.rowCount() == 0, "matching runs in a worker, not right here"
    wait_idle(qtbot, page)

    expected = engine_ids(care.store, care.demand)
    assert len(expected) >= 3
    assert page.shown_offering_ids() == expected
    assert page.model.index(0, Column.RANK).data() == "1"
    assert page.tabs.tabText(0) == f"Resultaten ({len(expected)})"
    first_reasons = page.model.index(0, Column.TITLE).data(SecondLineRole)
    assert "sluit aan op: medicatie aanreiken" in first_reasons
    assert page.model.index(0, Column.SCORE).data().endswith("%")
    # The summary says what is asked; the detail pane the first match with every reason.
    summary = page.summary.text()
    assert "Helpenden medicatie laten aanreiken" in summary
    assert "Thuiszorg Testdelta" in summary
    assert "€ 1.500 per deelnemer" in summary
    detail = page.detail.toPlainText()
    assert "Plaats 1 in de lijst" in detail
    assert "sluit aan op: medicatie aanreiken" in detail
    # Without a budget must the dear course is listed, with its price as a reason.
    assert DEAR in titles(page.model)
    dear = titles(page.model).index(DEAR)
    assert "boven budget: € 2.450 per deelnemer" in page.model.index(dear, Column.TITLE).data(
        SecondLineRole
    )


def test_making_the_budget_a_must_moves_the_dear_course_to_the_near_misses(
    qtbot, open_window, care: Intake
) -> None:
    window, page = open_matching(qtbot, open_window, care)
    assert DEAR in titles(page.model)
    assert page.near_model.rowCount() == 0  # no musts, no near misses

    must, _prefer = page.tuning.must_buttons["budget"]
    qtbot.mouseClick(must, Qt.MouseButton.LeftButton)
    assert page.busy, "the list waits for a pause in tuning"
    wait_idle(qtbot, page)

    assert DEAR not in titles(page.model)
    assert page.shown_offering_ids() == engine_ids(
        care.store, Demand(**{**care.demand.__dict__, "must": ["budget"]})
    )
    near = titles(page.near_model)
    assert DEAR in near
    row = near.index(DEAR)
    assert page.near_model.index(row, Column.TITLE).data(NoteRole) == (
        "boven budget: € 2.450 per deelnemer"
    )
    assert page.tabs.tabText(1) == f"Bijna passend ({len(near)})"
    assert "budget" in page.summary.text().split("Moet:")[1]
    # Only for this session: the intake keeps its own musts until the broker saves.
    assert intakes_repo.get_demand_line(care.store.db, care.line_id)["must"] == []
    assert page.tuning.save_musts_button.isEnabled()

    qtbot.mouseClick(page.tuning.save_musts_button, Qt.MouseButton.LeftButton)

    assert intakes_repo.get_demand_line(care.store.db, care.line_id)["must"] == ["budget"]
    assert not page.tuning.save_musts_button.isEnabled()
    assert said(window) == "Eisen opgeslagen in de intake"


def test_a_weight_change_reranks_the_list_like_the_engine(qtbot, open_window, care: Intake) -> None:
    _window, page = open_matching(qtbot, open_window, care)
    before = page.shown_offering_ids()

    page.tuning.sliders["text"].setValue(0)
    page.tuning.sliders["budget"].setValue(100)
    page.tuning.sliders["distance"].setValue(100)
    wait_idle(qtbot, page)

    weights = page.tuning.weights()
    assert weights["budget"] == 100
    after = page.shown_offering_ids()
    assert after == engine_ids(care.store, care.demand, weights=weights)
    assert after != before

    # Back to the standard weights: back to the first order.
    qtbot.mouseClick(page.tuning.reset_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert page.shown_offering_ids() == before


def test_my_weights_are_kept_as_my_standard(qtbot, open_window, care: Intake) -> None:
    window, page = open_matching(qtbot, open_window, care)
    page.tuning.sliders["budget"].setValue(30)
    qtbot.mouseClick(page.tuning.save_weights_button, Qt.MouseButton.LeftButton)
    assert configured_weights(care.store)["budget"] == 30
    assert said(window) == "Gewichten bewaard als uw standaard"


def test_only_the_newest_run_is_shown(qtbot, open_window, care: Intake) -> None:
    _window, page = open_matching(qtbot, open_window, care)
    page.tuning.sliders["text"].setValue(0)
    page.run_match()  # an older run, overtaken at once by the next
    page.tuning.sliders["budget"].setValue(100)
    page.run_match()
    wait_idle(qtbot, page)
    assert page.shown_offering_ids() == engine_ids(
        care.store, care.demand, weights=page.tuning.weights()
    )


def test_compare_shows_the_checked_offerings_side_by_side(qtbot, open_window, care: Intake) -> None:
    _window, page = open_matching(qtbot, open_window, care)
    rows = page.model.rows()
    page.model.setData(page.model.index(0, Column.CHECK), Qt.CheckState.Checked.value,
                       Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, Column.TITLE))
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # space ticks the current row
    assert page.action_note.text() == "2 aangevinkt"

    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    dialog = page.compare_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == [rows[0].title, rows[2].title]
    aspects = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert aspects[:2] == ["Aanbieder", "Niveau"] and "Prijs per deelnemer" in aspects
    provider_row = aspects.index("Aanbieder")
    assert table.item(provider_row, 1).text() == rows[2].provider
    dialog.close()


def test_compare_asks_for_two_to_four(qtbot, open_window, care: Intake) -> None:
    _window, page = open_matching(qtbot, open_window, care)
    page.table.setCurrentIndex(page.model.index(0, Column.TITLE))
    page.compare()
    assert page.compare_dialog is None
    assert page.action_note.text() == "Vink twee tot vier opleidingen aan om ze te vergelijken."


def test_the_programme_tab_shows_coverage_and_gaps(qtbot, open_window, care: Intake) -> None:
    _window, page = open_matching(qtbot, open_window, care)
    page.tabs.setCurrentIndex(2)
    text = page.programme_view.toPlainText()
    assert "Samengesteld programma" in text
    assert "dekking" in text and "per deelnemer" in text
    assert "Dekking per competentie" in text
    assert "Niet gedekt" in text and GAP in text.split("Niet gedekt")[1]
    assert "medicatie aanreiken" in text


def test_adding_checked_offerings_makes_proposal_lines_and_opens_the_proposal(
    qtbot, open_window, care: Intake
) -> None:
    window, page = open_matching(qtbot, open_window, care)
    chosen = page.model.rows()[:2]
    for r in chosen:
        page.model.set_checked(r.offering_id, True)
    asked: list[tuple[str, dict]] = []
    window.context.navigate_requested.connect(lambda key, args: asked.append((key, args)))

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert asked and asked[-1][0] == PROPOSALS
    proposal_id = asked[-1][1]["proposal_id"]
    proposal = proposals_repo.get_proposal(care.store.db, proposal_id)
    assert proposal["intake_id"] == care.intake_id
    assert proposal["client_id"] == care.client_id
    version = proposals_repo.current_version(care.store.db, proposal_id)
    lines = proposals_repo.lines(care.store.db, version["id"])
    assert [line["offering_id"] for line in lines] == [r.offering_id for r in chosen]
    assert {line["participants"] for line in lines} == {4}
    assert window.current_page().key == PROPOSALS
    assert said(window) == f"2 toegevoegd aan voorstel {proposal['number']}"

    # Again: the same concept proposal, nothing added twice.
    window.show_page(MATCHING, {})
    wait_idle(qtbot, page)
    page.model.set_checked(chosen[0].offering_id, True)
    page.add_to_proposal()
    assert asked[-1][1]["proposal_id"] == proposal_id
    assert len(proposals_repo.lines(care.store.db, version["id"])) == 2
    assert said(window) == f"Alles stond al in voorstel {proposal['number']}"


def test_the_whole_programme_goes_into_the_proposal(qtbot, open_window, care: Intake) -> None:
    window, page = open_matching(qtbot, open_window, care)
    modules = [m.offering_id for m in page._programme.modules]
    assert modules
    asked: list[tuple[str, dict]] = []
    window.context.navigate_requested.connect(lambda key, args: asked.append((key, args)))
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.add_programme_button, Qt.MouseButton.LeftButton)
    proposal_id = asked[-1][1]["proposal_id"]
    version = proposals_repo.current_version(care.store.db, proposal_id)
    assert [line["offering_id"] for line in proposals_repo.lines(care.store.db, version["id"])] == (
        modules
    )
    said(window)


def test_without_a_line_the_chooser_offers_every_demand_and_remembers_the_last(
    qtbot, open_window, care: Intake, ui_settings
) -> None:
    other = make_intake(care.store, title="Medicatie voor nieuwe collega's")
    window = open_window(care.store)
    page: MatchingPage = window.show_page(MATCHING, {"demand_line_id": other.line_id})
    wait_idle(qtbot, page)
    texts = [page.chooser.itemText(i) for i in range(page.chooser.count())]
    assert len(texts) == 2
    assert all(t.startswith("Thuiszorg Testdelta — ") for t in texts)
    assert any(t.endswith("— Helpenden medicatie laten aanreiken") for t in texts)
    assert page.chooser.currentText().endswith("— Medicatie voor nieuwe collega's")

    # Choosing another line in the chooser matches that one.
    row = page.chooser.findData(care.line_id)
    page.chooser.setCurrentIndex(row)
    wait_idle(qtbot, page)
    assert "Helpenden medicatie laten aanreiken" in page.summary.text()
    window.close()

    # A new window, no arguments: the line used last.
    again = open_window(care.store, settings=ui_settings)
    page = again.show_page(MATCHING, {})
    wait_idle(qtbot, page)
    assert page.chooser.currentData() == care.line_id
    assert page.shown_offering_ids() == engine_ids(care.store, care.demand)


def test_a_line_without_a_title_is_named_by_its_number(qtbot, open_window, care: Intake) -> None:
    """Not "Thuiszorg Testdelta — intake — " with a dangling dash."""
    second = intakes_repo.add_demand_line(care.store.db, care.intake_id)
    third = intakes_repo.add_demand_line(care.store.db, care.intake_id)
    intakes_repo.update_demand_line(care.store.db, third, text="Rapporteren   in het ECD")
    window = open_window(care.store)
    page: MatchingPage = window.show_page(MATCHING, {"demand_line_id": care.line_id})
    wait_idle(qtbot, page)
    text = page.chooser.itemText(page.chooser.findData(second))
    assert text.endswith(" — Vraag 2"), text
    assert page.chooser.itemText(page.chooser.findData(third)).endswith(
        " — Vraag 3: Rapporteren in het ECD"
    )
    assert not any(page.chooser.itemText(i).endswith("— ") for i in range(page.chooser.count()))


def test_an_empty_database_says_what_to_do(qtbot, open_window, store: Store) -> None:
    window = open_window(store)
    page = window.show_page(MATCHING, {})
    assert page.chooser.count() == 0
    assert "Leg eerst bij een klant een intake vast" in page.summary.text()
    page.add_to_proposal()  # nothing to add, nothing breaks
    assert page.model.rowCount() == 0


def test_an_unknown_line_is_said_plainly(qtbot, open_window, care: Intake) -> None:
    window = open_window(care.store)
    page = window.show_page(MATCHING, {"demand_line_id": "no-such-line"})
    assert "niet (meer) gevonden" in page.summary.text()


def test_the_store_keeps_musts_in_vocabulary_order(care: Intake) -> None:
    with care.store.transaction() as db:
        assert set_demand_musts(db, care.line_id, ["distance", "budget", "budget"])
    assert intakes_repo.get_demand_line(care.store.db, care.line_id)["must"] == [
        "distance",
        "budget",
    ]
    with pytest.raises(ValueError):
        set_demand_musts(care.store.db, care.line_id, ["colour"])
    assert not set_demand_musts(care.store.db, "missing", ["budget"])
    choices = demand_line_choices(care.store.db)
    assert [c["id"] for c in choices] == [care.line_id]
    assert choices[0]["client_name"] == "Thuiszorg Testdelta"


def test_english_window(qtbot, open_window, care: Intake) -> None:
    window = open_window(care.store, lang="en")
    page = window.show_page(MATCHING, {"demand_line_id": care.line_id})
    wait_idle(qtbot, page)
    assert page.title() == "Matching"
    assert page.tabs.tabText(1).startswith("Near misses")
    assert page.compare_button.text() == "Compare"
    assert "covers:" in page.model.index(0, Column.TITLE).data(SecondLineRole)
    assert "€ 1,500 per participant" in page.summary.text()
