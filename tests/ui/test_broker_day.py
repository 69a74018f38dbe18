"""A broker's whole day in the window, end to end, the way a broker clicks through it:

new employer → intake with two demand lines → match → composed programme → proposal → send →
the PDF exists and names the employer. Every step is checked in the database as well.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from broker_app.catalogue.demo import load_demo
from broker_app.store import clients as clients_repo
from broker_app.store import intakes
from broker_app.store import proposals as proposals_repo
from broker_app.store.database import Store
from broker_app.ui import dialogs
from broker_app.ui.context import CLIENTS, INTAKE, MATCHING, PROPOSALS

EMPLOYER = "Zorgcentrum De Linde & Partners"


@pytest.fixture
def demo_store(store: Store) -> Store:
    load_demo(store)
    return store


def type_and_enter(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_brokers_day_from_new_employer_to_a_sent_pdf(
    qtbot, open_window, demo_store: Store, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text, *a: errors.append(text))
    window = open_window(demo_store)
    window.activateWindow()

    # 1. Klanten: a new employer, typed into the form (saved without a save button).
    clients_page = window.show_page(CLIENTS, {})
    qtbot.mouseClick(clients_page.new_button, Qt.MouseButton.LeftButton)
    type_and_enter(qtbot, clients_page.form.name_edit, EMPLOYER)
    type_and_enter(qtbot, clients_page.form.city_edit, "Zwolle")
    employer = clients_repo.find_client_by_name(demo_store.db, EMPLOYER)
    assert employer is not None and employer["city"] == "Zwolle"

    # 2. Nieuwe intake → the intake page, with an intake for this employer at once.
    qtbot.mouseClick(clients_page.intake_button, Qt.MouseButton.LeftButton)
    assert window.current_page().key == INTAKE
    intake_page = window.intake_page
    [intake] = intakes.intakes_for_client(demo_store.db, employer["id"])

    # 3. Two demand lines, in the employer's words.
    form = intake_page.form
    qtbot.keyClicks(form.text_edit, "Onze helpenden moeten medicijnen leren aanreiken")
    qtbot.keyClicks(form.competences.input, "medicatie aanreiken,")
    form.participants_spin.setValue(6)
    qtbot.keyClicks(form.city_edit, "Zwolle")
    intake_page.add_line()
    qtbot.keyClicks(intake_page.form.text_edit, "Verzorgenden moeten zorgplannen bijhouden")
    qtbot.keyClicks(intake_page.form.competences.input, "zorgplan opstellen,")
    intake_page.flush()
    lines = intakes.demand_lines(demo_store.db, intake["id"])
    assert [line["text"] for line in lines] == [
        "Onze helpenden moeten medicijnen leren aanreiken",
        "Verzorgenden moeten zorgplannen bijhouden",
    ]
    assert lines[0]["competences"] == ["medicatie aanreiken"]
    assert lines[0]["participants"] == 6

    # 4. Zoek aanbod for the first line → the matching page ranks the catalogue.
    intake_page.tabs.setCurrentIndex(0)
    qtbot.mouseClick(intake_page.search_button, Qt.MouseButton.LeftButton)
    assert window.current_page().key == MATCHING
    matching_page = window.matching_page
    qtbot.waitUntil(lambda: not matching_page.busy, timeout=20_000)
    ranked = matching_page.model.rows()
    assert ranked, "no offerings matched the demand"
    assert "medicatie" in ranked[0].title.lower() or "medicijn" in ranked[0].title.lower()

    # 5. The composed programme covers the line; it goes into a proposal as it is.
    matching_page.tabs.setCurrentIndex(2)
    programme = matching_page._programme
    assert programme is not None and programme.modules
    assert "Samengesteld programma" in matching_page.programme_view.toPlainText()
    qtbot.mouseClick(matching_page.add_programme_button, Qt.MouseButton.LeftButton)
    assert window.current_page().key == PROPOSALS
    window.statusBar().clearMessage()

    [proposal] = list(
        demo_store.db.query("SELECT * FROM proposals WHERE client_id = ?", [employer["id"]])
    )
    assert proposal["intake_id"] == intake["id"] and proposal["status"] == "concept"
    version = proposals_repo.current_version(demo_store.db, proposal["id"])
    offered = [line["offering_id"] for line in proposals_repo.lines(demo_store.db, version["id"])]
    assert offered == [m.offering_id for m in programme.modules]
    assert {
        line["participants"] for line in proposals_repo.lines(demo_store.db, version["id"])
    } == {6}

    # 6. Voorstellen: send (freezes the version), then save the PDF of what was sent.
    proposals_page = window.proposals_page
    proposals_page.send_action.trigger()
    sent = proposals_repo.current_version(demo_store.db, proposal["id"])
    assert sent["status"] == "verzonden" and sent["snapshot"] is not None
    target = tmp_path / "voorstel"
    monkeypatch.setattr(proposals_page, "_choose_pdf_path", lambda name: str(target))
    with qtbot.waitSignal(proposals_page.pdf_saved, timeout=30_000):
        proposals_page.save_action.trigger()

    pdf = target.with_suffix(".pdf")
    assert pdf.exists()
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert EMPLOYER in text
    assert proposal["number"] in text
    assert programme.modules[0].title.split()[0] in text
    assert errors == []
