"""The "Voorstellen" page as a broker uses it: find a proposal, change its lines, add funding,
send it, record the outcome, make a new version, look at the PDF, save and print it."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel

from broker_app.domain.formatting import money
from broker_app.domain.proposal import ProposalError
from broker_app.proposals import service
from broker_app.store import clients as clients_repo
from broker_app.store import proposals as repo
from broker_app.store.database import Store
from broker_app.ui import dialogs
from broker_app.ui.views.partials.proposal_lines_model import LineColumn
from broker_app.ui.views.partials.proposal_list_model import Column
from tests.ui.conftest import HYGIENE, MEDICATION

TODAY = date.today()


def _offering_id(store: Store, title: str) -> str:
    return store.db.execute("SELECT id FROM offerings WHERE title = ?", [title]).fetchone()[0]


@pytest.fixture
def proposals(small_store: Store) -> tuple[Store, dict[str, service.ProposalRef]]:
    """A concept for Bakkerij Bol (hygiene, 4 people at € 295), a sent one for Zorggroep Kok
    (medication, 2 people at € 1.250,50) and a sent one past its validity date."""
    store = small_store
    with store.transaction() as db:
        bol = clients_repo.insert_client(db, {"name": "Bakkerij Bol", "city": "Zwolle"})
        kok = clients_repo.insert_client(db, {"name": "Zorggroep Kok", "city": "Kampen"})
    concept = service.start(store, bol, title="Hygiëne in de bakkerij", today=TODAY)
    service.add_offering(store, concept.proposal_id, _offering_id(store, HYGIENE), participants=4)
    sent = service.start(store, kok, title="Medicatie", today=TODAY)
    service.add_offering(store, sent.proposal_id, _offering_id(store, MEDICATION), participants=2)
    service.send_proposal(store, sent.proposal_id)
    old = service.start(store, kok, title="Oud", today=TODAY - timedelta(days=90))
    service.add_offering(store, old.proposal_id, _offering_id(store, HYGIENE))
    service.send_proposal(store, old.proposal_id, today=TODAY - timedelta(days=90))
    return store, {"concept": concept, "sent": sent, "old": old}


@pytest.fixture
def open_window(open_window):
    """The shared fixture, plus: the status bar's message (and its 6 s timer) is cleared before
    the window's timers are checked (MainWindow.closeEvent leaves it running)."""
    windows = []

    def _open(*args, **kwargs):
        windows.append(open_window(*args, **kwargs))
        return windows[-1]

    yield _open
    for window in windows:
        window.statusBar().clearMessage()


def _open(open_window, store: Store, qtbot, proposal_id: str | None = None):
    window = open_window(store)
    arguments = {"proposal_id": proposal_id} if proposal_id else {}
    page = window.show_page("proposals", arguments)
    if proposal_id:
        qtbot.waitUntil(lambda: bool(page.last_pdf) and not page.preview.is_busy(), timeout=20000)
    return window, page


def _cell(page, number: str, column: Column) -> str:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, Column.NUMBER).data() == number:
            return str(page.proxy.index(row, column).data())
    raise AssertionError(f"{number} not listed")


def _line(store: Store, proposal_id: str) -> dict:
    version = repo.current_version(store.db, proposal_id)
    return next(r for r in repo.lines(store.db, version["id"]) if r["kind"] == "offering")


def test_the_list_shows_every_proposal_with_status_and_total(open_window, proposals, qtbot):
    store, refs = proposals
    _window, page = _open(open_window, store, qtbot)
    assert sorted(page.visible_numbers()) == sorted(r.number for r in refs.values())
    assert _cell(page, refs["concept"].number, Column.CLIENT) == "Bakkerij Bol"
    assert _cell(page, refs["concept"].number, Column.STATUS) == "Concept"
    # 4 x € 295, exempt from VAT
    assert _cell(page, refs["concept"].number, Column.TOTAL) == money(118000)
    assert _cell(page, refs["sent"].number, Column.STATUS) == "Verzonden"
    assert _cell(page, refs["old"].number, Column.STATUS) == "Verlopen"


def test_the_status_buttons_filter_the_list(open_window, proposals, qtbot):
    store, refs = proposals
    _window, page = _open(open_window, store, qtbot)
    page.filter_buttons["verzonden"].click()
    assert page.visible_numbers() == [refs["sent"].number]
    page.filter_buttons["verlopen"].click()
    assert page.visible_numbers() == [refs["old"].number]
    assert page.filter_buttons["concept"].text() == "Concept (1)"
    page.filter_buttons[""].click()
    assert len(page.visible_numbers()) == 3
    qtbot.keyClicks(page.search_edit, "kok")
    page._apply_search()
    assert sorted(page.visible_numbers()) == sorted([refs["sent"].number, refs["old"].number])


def test_opening_a_proposal_selects_it_and_shows_its_lines(open_window, proposals, qtbot):
    store, refs = proposals
    _window, page = _open(open_window, store, qtbot, refs["concept"].proposal_id)
    current = page.table.currentIndex()
    assert page.proxy.index(current.row(), Column.NUMBER).data() == refs["concept"].number
    assert page.heading.text() == f"{refs['concept'].number} · Bakkerij Bol"
    assert page.lines_model.index(0, LineColumn.TITLE).data() == HYGIENE


def test_editing_participants_changes_the_line_and_the_totals(open_window, proposals, qtbot):
    store, refs = proposals
    proposal_id = refs["concept"].proposal_id
    _window, page = _open(open_window, store, qtbot, proposal_id)
    with qtbot.waitSignal(page.preview_ready, timeout=20000):
        assert page.lines_model.setData(page.lines_model.index(0, LineColumn.PARTICIPANTS), "10")
    assert _line(store, proposal_id)["participants"] == 10
    assert page.total_values["excl"].text() == money(295000)
    assert page.total_values["incl"].text() == money(295000)
    assert _cell(page, refs["concept"].number, Column.TOTAL) == money(295000)
    assert page.lines_model.index(0, LineColumn.AMOUNT).data() == money(295000)


def test_a_wrong_discount_is_refused_with_a_message(open_window, proposals, qtbot):
    store, refs = proposals
    proposal_id = refs["concept"].proposal_id
    _window, page = _open(open_window, store, qtbot, proposal_id)
    discount = page.lines_model.index(0, LineColumn.DISCOUNT)
    assert not page.lines_model.setData(discount, "veel")
    assert "geen bedrag" in page.line_message.text()
    assert not page.lines_model.setData(discount, "5.000")  # more than 4 x € 295
    assert "de korting is groter dan het bedrag" in page.line_message.text()
    assert _line(store, proposal_id)["discount_cents"] == 0
    assert page.total_values["incl"].text() == money(118000)
    assert page.lines_model.setData(discount, "€ 80,00")
    assert page.line_message.text() == ""
    assert _line(store, proposal_id)["discount_cents"] == 8000


def test_lines_move_and_are_removed(open_window, proposals, qtbot):
    store, refs = proposals
    proposal_id = refs["concept"].proposal_id
    service.add_offering(store, proposal_id, _offering_id(store, MEDICATION))
    _window, page = _open(open_window, store, qtbot, proposal_id)
    page.lines_table.setCurrentIndex(page.lines_model.index(1, LineColumn.PARTICIPANTS))
    page.up_action.trigger()
    titles = [r["title"] for r in service.version_view(store, proposal_id).lines]
    assert titles == [MEDICATION, HYGIENE]
    assert page.lines_model.index(0, LineColumn.TITLE).data() == MEDICATION
    page.remove_action.trigger()  # the moved line is still the chosen one
    assert [r["title"] for r in service.version_view(store, proposal_id).lines] == [HYGIENE]
    assert page.lines_model.rowCount() == 1


def test_funding_from_a_scheme_and_by_hand(open_window, proposals, qtbot):
    store, refs = proposals
    proposal_id = refs["concept"].proposal_id
    _window, page = _open(open_window, store, qtbot, proposal_id)
    scheme = service.funding_schemes(store)[1]  # the sector fund: 50 %, at most € 1.500
    page.scheme_combo.setCurrentIndex(page.scheme_combo.findData(scheme.name))
    page.add_scheme_button.click()
    funding = [r for r in service.version_view(store, proposal_id).lines if r["kind"] == "funding"]
    assert [(r["funding_scheme"], r["price_cents"]) for r in funding] == [(scheme.name, 59000)]
    assert page.funding_model.rowCount() == 1
    assert page.total_values["employer"].text() == money(118000 - 59000)

    qtbot.keyClicks(page.manual_name, "STAP-budget")
    qtbot.keyClicks(page.manual_amount, "500")
    page.add_manual_button.click()
    # a sentence: capital first, full stop at the end
    assert page.funding_message.text() == "Het STAP-budget bestaat sinds 1 januari 2024 niet meer."
    assert page.funding_model.rowCount() == 1
    page.manual_name.clear()
    qtbot.keyClicks(page.manual_name, "Gemeente Zwolle")
    page.add_manual_button.click()
    assert page.funding_model.rowCount() == 2
    assert page.total_values["funding"].text() == "− " + money(59000 + 50000)


def test_sending_freezes_the_version(open_window, proposals, qtbot, monkeypatch):
    store, refs = proposals
    proposal_id = refs["concept"].proposal_id
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, *a, **k: asked.append(text) or True)
    _window, page = _open(open_window, store, qtbot, proposal_id)
    page.send_action.trigger()
    assert refs["concept"].number in asked[0]
    version = repo.current_version(store.db, proposal_id)
    assert version["snapshot"] is not None and version["status"] == "verzonden"
    assert repo.get_proposal(store.db, proposal_id)["status"] == "verzonden"
    assert page.status_badge.text() == "Verzonden"
    participants = page.lines_model.index(0, LineColumn.PARTICIPANTS)
    assert not page.lines_model.flags(participants) & Qt.ItemFlag.ItemIsEditable
    assert not page.lines_model.setData(participants, "9")
    assert page.funding_editor.isHidden()
    assert not page.send_action.isEnabled()
    assert "ligt vast" in page.frozen_note.text()
    assert _line(store, proposal_id)["participants"] == 4


def test_accepting_and_declining(open_window, proposals, qtbot, monkeypatch):
    store, refs = proposals
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text, *a: errors.append(text))
    _window, page = _open(open_window, store, qtbot, refs["sent"].proposal_id)
    page.accept_action.trigger()
    assert repo.get_proposal(store.db, refs["sent"].proposal_id)["status"] == "geaccepteerd"
    assert _cell(page, refs["sent"].number, Column.STATUS) == "Geaccepteerd"

    page.select_proposal(refs["old"].proposal_id)  # past its date
    page.accept_action.trigger()
    assert errors == ["Dit voorstel is verlopen; maak een nieuwe versie."]
    assert repo.get_proposal(store.db, refs["old"].proposal_id)["status"] == "verzonden"
    page.decline_action.trigger()
    assert repo.get_proposal(store.db, refs["old"].proposal_id)["status"] == "afgewezen"


def test_editing_a_sent_proposal_makes_a_new_version(open_window, proposals, qtbot):
    store, refs = proposals
    proposal_id = refs["sent"].proposal_id
    _window, page = _open(open_window, store, qtbot, proposal_id)
    page.edit_action.trigger()
    assert [v["version"] for v in repo.versions(store.db, proposal_id)] == [1, 2]
    texts = [page.version_combo.itemText(i) for i in range(page.version_combo.count())]
    assert texts[0] == "Versie 2 · concept" and texts[1].startswith("Versie 1 · verzonden")
    assert page.shown_version() == 2
    participants = page.lines_model.index(0, LineColumn.PARTICIPANTS)
    assert page.lines_model.setData(participants, "3")
    page.version_combo.activated.emit(1)  # back to what the employer has
    assert page.shown_version() == 1
    assert page.lines_model.index(0, LineColumn.PARTICIPANTS).data() == "2"
    assert not page.lines_model.setData(participants, "5")


def test_the_preview_shows_every_page_of_the_pdf(open_window, proposals, qtbot):
    store, refs = proposals
    _window, page = _open(open_window, store, qtbot, refs["concept"].proposal_id)
    pages = len(PdfReader(io.BytesIO(page.last_pdf)).pages)
    assert page.preview.page_count() == pages > 0
    assert len(page.preview.page_labels()) == pages
    assert all(not label.pixmap().isNull() for label in page.preview.page_labels())


def test_save_pdf_writes_the_shown_version(open_window, proposals, qtbot, tmp_path, monkeypatch):
    store, refs = proposals
    _window, page = _open(open_window, store, qtbot, refs["sent"].proposal_id)
    suggested: list[str] = []
    target = tmp_path / "uit" / "voorstel"
    monkeypatch.setattr(
        page, "_choose_pdf_path", lambda name: suggested.append(name) or str(target)
    )
    with qtbot.waitSignal(page.pdf_saved, timeout=20000):
        page.save_action.trigger()
    written = target.with_suffix(".pdf")
    text = "".join(p.extract_text() for p in PdfReader(written).pages)
    assert "Zorggroep Kok" in text and refs["sent"].number in text
    assert suggested[0].startswith(f"Voorstel {refs['sent'].number} versie 1")


def test_printing_paints_every_page(open_window, proposals, qtbot, tmp_path, monkeypatch):
    store, refs = proposals
    _window, page = _open(open_window, store, qtbot, refs["concept"].proposal_id)
    out = tmp_path / "geprint.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(page, "_ask_printer", to_file)
    with qtbot.waitSignal(page.printed, timeout=30000) as printed:
        page.print_action.trigger()
    assert printed.args == [page.preview.page_count()]
    assert len(PdfReader(out).pages) == page.preview.page_count() > 0
    assert out.stat().st_size > 20_000  # pictures of the pages, not blank sheets


def test_an_empty_list_says_how_to_make_a_proposal(open_window, small_store, qtbot):
    window, page = _open(open_window, small_store, qtbot)
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: page.placeholder.isVisible())
    assert "Matching" in page.placeholder.text()
    assert not page.save_action.isEnabled()
    # no text sits against the handle between the list and the detail (its grip would be
    # drawn over the words)
    handle = page.splitter.handle(1)
    grip = handle.rect().translated(handle.mapTo(page, handle.rect().topLeft()))
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
        text = label.fontMetrics().boundingRect(label.contentsRect(), flags, label.text())
        rect = text.translated(label.mapTo(page, label.rect().topLeft()))  # where the words are
        if not rect.left() <= grip.center().x() <= rect.right():
            continue  # the grip is drawn in the middle of the handle
        assert rect.bottom() < grip.top() - 3 or rect.top() > grip.bottom() + 3, label.text()


def test_english(open_window, proposals, qtbot):
    store, refs = proposals
    window = open_window(store, "en")
    page = window.show_page("proposals", {"proposal_id": refs["sent"].proposal_id})
    qtbot.waitUntil(lambda: bool(page.last_pdf), timeout=20000)
    assert page.filter_buttons["verzonden"].text() == "Sent (1)"
    assert page.title() == "Proposals"
    assert page.edit_action.text() == "Edit"


def test_funding_above_the_cost_is_refused_inline(open_window, proposals, qtbot):
    store, refs = proposals
    proposal_id = refs["concept"].proposal_id  # € 1.180,00 incl. btw
    _window, page = _open(open_window, store, qtbot, proposal_id)
    qtbot.keyClicks(page.manual_name, "Gemeente Zwolle")
    qtbot.keyClicks(page.manual_amount, "1.000")
    page.add_manual_button.click()
    assert page.funding_model.rowCount() == 1
    page.manual_name.clear()
    page.manual_amount.clear()
    qtbot.keyClicks(page.manual_name, "O&O-fonds")
    qtbot.keyClicks(page.manual_amount, "500")
    page.add_manual_button.click()
    assert page.funding_message.text() == (
        "De bijdragen (€ 1.500,00) zijn hoger dan de kosten incl. btw (€ 1.180,00)."
    )
    assert page.funding_model.rowCount() == 1  # nothing written
    funding = [r for r in service.version_view(store, proposal_id).lines if r["kind"] == "funding"]
    assert [r["price_cents"] for r in funding] == [100000]
    # a scheme's estimate takes what is left: € 180,00 of the sector fund's 50 %
    scheme = service.funding_schemes(store)[1]
    page.scheme_combo.setCurrentIndex(page.scheme_combo.findData(scheme.name))
    page.add_scheme_button.click()
    assert page.funding_model.rowCount() == 2
    assert page.total_values["employer"].text() == money(0)
    page.add_scheme_button.click()  # nothing left
    assert "dekken de kosten incl. btw (€ 1.180,00) al" in page.funding_message.text()
    assert page.funding_model.rowCount() == 2
    # editing an amount above what fits is refused too
    amount = page.funding_model.index(0, 1)
    assert not page.funding_model.setData(amount, "2.000")
    assert "zijn hoger dan de kosten" in page.funding_message.text()


def test_sending_warns_about_what_is_missing(open_window, proposals, qtbot, monkeypatch):
    store, refs = proposals
    proposal_id = refs["concept"].proposal_id
    line_id = service.add_offering(store, proposal_id, _offering_id(store, MEDICATION))
    with store.transaction() as db:  # a price "op aanvraag"
        db.conn.execute("UPDATE proposal_lines SET price_cents = NULL WHERE id = ?", [line_id])
    asked: list[tuple] = []
    answer = [False]
    monkeypatch.setattr(
        dialogs, "ask", lambda _p, _t, text, yes, no: asked.append((text, yes, no)) or answer[0]
    )
    _window, page = _open(open_window, store, qtbot, proposal_id)
    page.send_action.trigger()
    text, yes, no = asked[0]
    assert text.startswith("Let op:\n• Niet alle prijzen zijn bekend")
    assert "De naam van uw organisatie is niet ingevuld in Instellingen" in text
    assert text.index("Let op:") < text.index("toch verzenden?")
    assert (yes, no) == ("Toch verzenden", "Niet verzenden")
    assert repo.get_proposal(store.db, proposal_id)["status"] == "concept"  # not sent
    answer[0] = True
    page.send_action.trigger()
    assert repo.get_proposal(store.db, proposal_id)["status"] == "verzonden"


def test_sending_a_complete_proposal_asks_only_the_question(
    open_window, proposals, qtbot, monkeypatch
):
    from broker_app.store.settings import set_setting

    store, refs = proposals
    with store.transaction() as db:
        set_setting(db, service.BROKER_SETTING, {"name": "Leerwerkloket Salland"})
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, _t, text, *a: asked.append(text) or False)
    _window, page = _open(open_window, store, qtbot, refs["concept"].proposal_id)
    page.send_action.trigger()
    assert asked[0].startswith("Versie 1 van voorstel") and "Let op" not in asked[0]


def test_the_language_of_a_concept_is_chosen_and_fixed_when_sent(
    open_window, proposals, qtbot, monkeypatch
):
    store, refs = proposals
    proposal_id = refs["concept"].proposal_id
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    _window, page = _open(open_window, store, qtbot, proposal_id)
    assert page.language_combo.currentText() == "Nederlands"
    assert page.language_combo.isEnabled()
    with qtbot.waitSignal(page.preview_ready, timeout=20000):
        page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
        page.language_combo.activated.emit(page.language_combo.currentIndex())
    assert repo.get_proposal(store.db, proposal_id)["language"] == "en"
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(page.last_pdf)).pages)
    assert "Dear Sir or Madam," in text and "Geachte" not in text
    page.send_action.trigger()
    assert page.language_combo.currentText() == "Engels"
    assert not page.language_combo.isEnabled()
    snapshot = repo.snapshot_of(store.db, repo.current_version(store.db, proposal_id)["id"])
    assert snapshot["language"] == "en"


def test_the_outcome_buttons_are_actions_and_the_note_tells_the_date(
    open_window, proposals, qtbot, monkeypatch
):
    from broker_app.domain.formatting import long_date

    store, refs = proposals
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    _window, page = _open(open_window, store, qtbot, refs["sent"].proposal_id)
    assert page.accept_action.text() == "Markeer als geaccepteerd"
    assert page.decline_action.text() == "Markeer als afgewezen"
    page.accept_action.trigger()
    assert f"Geaccepteerd op {long_date(TODAY)}." in page.frozen_note.text()
    service.decide(store, refs["old"].proposal_id, "afgewezen", today=date(2026, 12, 2))
    page.select_proposal(refs["old"].proposal_id)
    assert "Afgewezen op 2 december 2026." in page.frozen_note.text()


def test_english_outcome_buttons(open_window, proposals, qtbot):
    store, refs = proposals
    window = open_window(store, "en")
    page = window.show_page("proposals", {"proposal_id": refs["sent"].proposal_id})
    qtbot.waitUntil(lambda: bool(page.last_pdf), timeout=20000)
    assert page.accept_action.text() == "Mark as accepted"
    assert page.decline_action.text() == "Mark as declined"


@pytest.mark.parametrize("size", [(1024, 700), (1400, 860)])
def test_nothing_is_clipped_in_a_small_window(open_window, proposals, qtbot, size):
    store, refs = proposals
    window, page = _open(open_window, store, qtbot, refs["concept"].proposal_id)
    window.resize(*size)
    viewport = page.detail_scroll.viewport()

    def clipped() -> list[str]:
        found = []
        for code, button in page.filter_buttons.items():  # every status chip shows its text
            if button.width() < button.sizeHint().width():
                found.append(f"chip {code or 'alle'} narrower than its text")
            if button.mapTo(window, button.rect().topRight()).x() > window.width():
                found.append(f"chip {code or 'alle'} outside the window")
        for name, widget in (("totals", page.totals_box), ("scheme", page.add_scheme_button),
                             ("manual", page.add_manual_button)):  # fmt: skip
            if widget.mapTo(viewport, widget.rect().topRight()).x() > viewport.width():
                found.append(f"{name} cut off on the right")
        return found

    qtbot.waitUntil(lambda: window.width() == size[0] and not clipped())
    assert window.width() == size[0]  # the page does not hold the window wider


def test_in_a_narrow_window_the_preview_folds_away_and_opens_by_its_button(
    open_window, proposals, qtbot
):
    store, refs = proposals
    window, page = _open(open_window, store, qtbot, refs["concept"].proposal_id)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: page.detail_splitter.sizes()[1] == 0)
    assert not page.preview_action.isChecked()
    page.preview_action.trigger()
    assert page.detail_splitter.sizes()[1] >= 280 and page.preview_action.isChecked()
    qtbot.waitUntil(lambda: not page.preview.is_busy(), timeout=20000)
    window.resize(1400, 860)
    qtbot.waitUntil(lambda: page.detail_splitter.sizes()[1] > 0)


def test_amounts_are_read_in_the_windows_language(open_window, proposals, qtbot):
    """In the English window "1,180" is one thousand one hundred and eighty euros."""
    store, refs = proposals
    proposal_id = refs["concept"].proposal_id
    window = open_window(store, lang="en")
    page = window.show_page("proposals", {"proposal_id": proposal_id})
    qtbot.waitUntil(lambda: bool(page.last_pdf) and not page.preview.is_busy(), timeout=20000)
    group = page.lines_model.index(0, LineColumn.GROUP_PRICE)
    assert page.lines_model.setData(group, "1,180")
    assert _line(store, proposal_id)["group_price_cents"] == 118000
    assert not page.lines_model.setData(group, "1.180")  # an English decimal point: € 1.18?
    assert "ambiguous" in page.line_message.text()
    assert _line(store, proposal_id)["group_price_cents"] == 118000


# -- the keyboard, deleting a concept, the heading (second review) ----------------------------


def _activated(window, qtbot):
    window.activateWindow()  # shortcuts go to the active window's focus widget
    qtbot.waitUntil(window.isActiveWindow)


def test_outcome_shortcuts_are_shown_and_record_the_decision(
    open_window, proposals, qtbot, monkeypatch
):
    store, refs = proposals
    window, page = _open(open_window, store, qtbot, refs["sent"].proposal_id)
    _activated(window, qtbot)
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    accept = page._buttons[page.accept_action]
    decline = page._buttons[page.decline_action]
    assert "Ctrl+Shift+A" in accept.toolTip()
    assert "Ctrl+Shift+D" in decline.toolTip()
    page.table.setFocus()
    qtbot.keyClick(
        page.table, Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert repo.get_proposal(store.db, refs["sent"].proposal_id)["status"] == "geaccepteerd"

    page.select_proposal(refs["old"].proposal_id)
    page.table.setFocus()
    qtbot.keyClick(
        page.table, Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert repo.get_proposal(store.db, refs["old"].proposal_id)["status"] == "afgewezen"


def test_tab_goes_through_the_detail_from_top_to_bottom(open_window, proposals, qtbot):
    store, refs = proposals
    window, page = _open(open_window, store, qtbot, refs["concept"].proposal_id)
    _activated(window, qtbot)
    button = page._buttons
    expected = [
        page.version_combo,
        button[page.send_action], button[page.delete_action],
        button[page.preview_action], button[page.save_action], button[page.print_action],
        page.lines_table,
        button[page.up_action], button[page.down_action], button[page.remove_action],
        page.scheme_combo, page.add_scheme_button, page.manual_name, page.manual_amount,
        page.add_manual_button,
    ]  # fmt: skip
    page.language_combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.language_combo)
    visited = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    names = [w.accessibleName() or getattr(w, "text", lambda: "")() for w in visited]
    assert visited == expected, names


def test_enter_on_the_list_goes_to_the_first_step(open_window, proposals, qtbot):
    store, refs = proposals
    window, page = _open(open_window, store, qtbot, refs["sent"].proposal_id)
    _activated(window, qtbot)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page._buttons[page.edit_action]  # "Bewerken"

    page.select_proposal(refs["concept"].proposal_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page._buttons[page.send_action]


def test_a_concept_never_sent_is_deleted_and_can_be_taken_back(
    open_window, proposals, qtbot, monkeypatch
):
    store, refs = proposals
    concept = refs["concept"]
    window, page = _open(open_window, store, qtbot, concept.proposal_id)
    _activated(window, qtbot)
    versions_before = repo.versions(store.db, concept.proposal_id)
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, title, text, *a, **k: asked.append(text) or True)
    assert page._buttons[page.delete_action].isVisible()
    page.delete_action.trigger()

    assert asked and concept.number in asked[0]
    row = repo.get_proposal(store.db, concept.proposal_id)
    assert row["deleted_at"] is not None and row["status"] == "concept"
    assert repo.versions(store.db, concept.proposal_id) == versions_before  # untouched
    assert concept.number not in page.visible_numbers()
    assert page.undo_bar.isVisible()
    assert page.undo_bar.label.text() == f"Voorstel {concept.number} verwijderd."
    # gone from the other lists too
    assert concept.proposal_id not in [r["id"] for r in service.list_proposals(store)]
    bol = clients_repo.find_client_by_name(store.db, "Bakkerij Bol")
    history = clients_repo.client_history(store.db, bol["id"])
    assert not [r for r in history if r["kind"] == "proposal"]

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_proposal(store.db, concept.proposal_id)["deleted_at"] is None
    assert concept.number in page.visible_numbers()
    assert page.heading.text().startswith(concept.number)
    assert not page.undo_bar.isVisible()


def test_a_sent_proposal_cannot_be_deleted(open_window, proposals, qtbot):
    store, refs = proposals
    _window, page = _open(open_window, store, qtbot, refs["sent"].proposal_id)
    assert not page._buttons[page.delete_action].isVisible()
    assert not page.delete_action.isEnabled()
    with pytest.raises(ProposalError) as refused:
        service.delete_concept(store, refs["sent"].proposal_id)
    assert "verzonden" in service.message_of(refused.value)
    # a new version of a sent proposal is a concept, but was sent before: kept as well
    service.revise(store, refs["sent"].proposal_id)
    page.reload()
    page.show_proposal(refs["sent"].proposal_id)  # the new version
    assert page._view.editable
    assert not page._buttons[page.delete_action].isVisible()
    with pytest.raises(ProposalError):
        service.delete_concept(store, refs["sent"].proposal_id)
    assert repo.get_proposal(store.db, refs["sent"].proposal_id)["deleted_at"] is None


def test_the_heading_uses_the_width_it_has(open_window, small_store, qtbot):
    store = small_store
    with store.transaction() as db:
        client = clients_repo.insert_client(db, {"name": "Tuincentrum De Groene Weide"})
    ref = service.start(store, client, title="Verkoop en advies", today=TODAY)
    window = open_window(store)
    window.resize(1400, 860)
    page = window.show_page("proposals", {"proposal_id": ref.proposal_id})
    qtbot.waitUntil(lambda: bool(page.last_pdf) and not page.preview.is_busy(), timeout=20000)
    assert page.heading.text() == f"{ref.number} · Tuincentrum De Groene Weide"
    assert page.heading.width() >= page.heading.sizeHint().width()  # not cut off
