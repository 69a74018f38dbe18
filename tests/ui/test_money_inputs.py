"""Money a broker types is read in the window's language: "1,500" in English is € 1,500.00,
"1.500" in Dutch is € 1.500,00; what could mean either in that language is refused, saying
both readings, and nothing is written."""

from __future__ import annotations

import pytest

from broker_app.domain.formatting import money
from broker_app.proposals import service
from broker_app.store import catalogue as repo
from broker_app.store import clients
from broker_app.store.database import Store
from broker_app.ui.context import CATALOGUE, INTAKE, SETTINGS
from broker_app.ui.views.partials import settings_vat
from tests.ui.conftest import HYGIENE, MEDICATION
from tests.ui.test_catalogue_edit import open_editor
from tests.ui.test_catalogue_window import titles

HINT = {"nl": "bijv. 1.500 of 1.500,00", "en": "e.g. 1,500 or 1,500.00"}
THOUSAND_FIVE_HUNDRED = {"nl": "1.500", "en": "1,500"}
AMBIGUOUS = {"nl": "1,500", "en": "1.500"}  # the other language's thousands
ASKS = {"nl": "dubbelzinnig: bedoelt u", "en": "ambiguous: do you mean"}


@pytest.fixture
def client_id(small_store: Store) -> str:
    with small_store.transaction() as db:
        return clients.insert_client(db, {"name": "Veluwe Distributie B.V.", "city": "Apeldoorn"})


def budget_of(store: Store, line_id: str) -> int | None:
    row = next(store.db.query("SELECT * FROM demand_lines WHERE id = ?", [line_id]))
    return row["budget_per_participant_cents"]


def both_readings(lang: str) -> tuple[str, str]:
    return money(150000, lang), money(150, lang)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_intake_budget_is_read_in_the_window_s_language(
    open_window, small_store, client_id, qtbot, lang
) -> None:
    window = open_window(small_store, lang)
    window.show_page(INTAKE, {"client_id": client_id})
    page = window.intake_page
    form = page.form
    line_id = page.current_line_id()
    assert form.budget_edit.placeholderText() == HINT[lang]

    qtbot.keyClicks(form.budget_edit, THOUSAND_FIVE_HUNDRED[lang])
    page.flush()
    assert budget_of(small_store, line_id) == 150000
    assert form.budget_message.isHidden()
    assert money(150000, lang) in form.budget_hint.text()

    form.budget_edit.selectAll()
    qtbot.keyClicks(form.budget_edit, AMBIGUOUS[lang])
    page.flush()
    assert form.budget_message.isVisible()
    message = form.budget_message.text()
    assert ASKS[lang] in message
    assert all(reading in message for reading in both_readings(lang))
    assert form.budget_hint.text() == ""
    assert budget_of(small_store, line_id) == 150000  # the last good amount stays

    form.budget_edit.selectAll()
    qtbot.keyClicks(form.budget_edit, "vierhonderd")
    page.flush()
    assert {"nl": "1.500,00", "en": "1,500.00"}[lang] in form.budget_message.text()
    assert budget_of(small_store, line_id) == 150000


def test_an_english_budget_reads_back_as_it_is_shown(open_window, small_store, client_id):
    window = open_window(small_store, "en")
    window.show_page(INTAKE, {"client_id": client_id})
    page = window.intake_page
    page.form.budget_edit.setText("2,250.50")
    page.flush()
    line_id = page.current_line_id()
    assert budget_of(small_store, line_id) == 225050
    intake_id = page._intake_id
    window.show_page(CATALOGUE)
    window.show_page(INTAKE, {"intake_id": intake_id})
    assert page.form.budget_edit.text() == "2,250.50"
    assert page.form.budget_message.isHidden()
    assert budget_of(small_store, line_id) == 225050


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_catalogue_price_is_read_in_the_window_s_language(
    qtbot, small_store: Store, open_window, lang
) -> None:
    window = open_window(small_store, lang)
    dialog = open_editor(qtbot, window, HYGIENE)
    assert dialog.price_edit.text() == {"nl": "295,00", "en": "295.00"}[lang]
    assert (
        dialog.price_edit.placeholderText() == {"nl": "bijv. 1.250,00", "en": "e.g. 1,250.00"}[lang]
    )
    offering_id = dialog._offering["id"]

    dialog.price_edit.setText(AMBIGUOUS[lang])
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.errors["price"].isVisibleTo(dialog)
    assert ASKS[lang] in dialog.errors["price"].text()
    assert all(r in dialog.errors["price"].text() for r in both_readings(lang))
    assert repo.get_offering(small_store.db, offering_id)["price_cents"] == 29500

    dialog.price_edit.setText(THOUSAND_FIVE_HUNDRED[lang])
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert repo.get_offering(small_store.db, offering_id)["price_cents"] == 150000
    window.statusBar().clearMessage()  # its timer would outlive the test


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_catalogue_price_filter_is_read_in_the_window_s_language(
    qtbot, small_store: Store, open_window, lang
) -> None:
    window = open_window(small_store, lang)
    window.show_page(CATALOGUE)
    page = window.catalogue_page
    page.facets.set_price_range({"nl": "1.000", "en": "1,000"}[lang], "")
    qtbot.waitUntil(lambda: titles(page.table) == [MEDICATION])
    assert not page.facets.price_error.isVisibleTo(page.facets)
    page.facets.set_price_range(AMBIGUOUS[lang], "")
    assert page.facets.price_error.isVisibleTo(page.facets)
    assert ASKS[lang] in page.facets.price_error.text()
    assert titles(page.table) == [MEDICATION]  # the last good range stays


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_funding_cap_is_read_in_the_window_s_language(open_window, small_store, lang) -> None:
    window = open_window(small_store, lang)
    window.show_page(SETTINGS, {"section": "vat"})
    section = window.settings_page.show_section("vat")
    model = section.model
    cap = model.index(0, settings_vat.CAP)

    assert model.setData(cap, THOUSAND_FIVE_HUNDRED[lang])
    assert service.funding_schemes(small_store)[0].max_cents == 150000
    assert model.data(cap) == money(150000, lang, whole=True)

    assert not model.setData(cap, AMBIGUOUS[lang])
    assert section.message.isVisible()
    assert ASKS[lang] in section.message.text()
    assert all(r in section.message.text() for r in both_readings(lang))
    assert service.funding_schemes(small_store)[0].max_cents == 150000
    window.statusBar().clearMessage()  # "Opgeslagen" runs on a timer of the window's own
