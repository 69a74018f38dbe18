"""The facet panel: ticking narrows the table, the counts and the status bar; it resets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt

from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from broker_app.ui.views.partials.catalogue_facets import CountRole, tick
from broker_app.ui.views.partials.offering_table_model import Column, OfferingIdRole
from tests.csvfiles import offering
from tests.ui.conftest import HYGIENE, JANSEN, MEDICATION, fill
from tests.ui.test_catalogue_window import titles


def facet_count(page, name: str, code: str) -> int | None:
    model = page.facets.lists[name]
    return model.index(model.row_of(code)).data(CountRole)


def test_ticking_a_type_narrows_the_table_and_the_counts(
    qtbot, small_store: Store, open_window
) -> None:
    window = open_window(small_store)
    window.show_page("catalogue")
    page = window.catalogue_page
    qtbot.waitUntil(lambda: facet_count(page, "types", "cursus") == 3)
    assert facet_count(page, "types", "mbo-certificaat") == 1
    assert facet_count(page, "sectors", "horeca") == 1

    tick(page.facets, "types", "mbo-certificaat")
    qtbot.waitUntil(lambda: titles(page.table) == [MEDICATION])
    assert window.count_label.text() == "1 van 4 opleidingen"
    # other facets follow the choice; the type facet still shows the courses
    qtbot.waitUntil(lambda: facet_count(page, "sectors", "horeca") == 0)
    assert facet_count(page, "types", "cursus") == 3
    assert page.clear_button.isEnabled()

    tick(page.facets, "types", "cursus")  # a second value of the same facet widens
    qtbot.waitUntil(lambda: len(titles(page.table)) == 4)

    page.clear_button.click()
    qtbot.waitUntil(lambda: window.count_label.text() == "4 opleidingen")
    assert page.facets.lists["types"].checked() == []
    assert not page.clear_button.isEnabled()


def test_place_and_provider_facets(qtbot, small_store: Store, open_window) -> None:
    window = open_window(small_store)
    window.show_page("catalogue")
    page = window.catalogue_page
    qtbot.waitUntil(lambda: page.facets.lists["providers"].rowCount() == 4)
    assert "Zwolle" in page.facets.city_model.stringList()

    page.facets.city_edit.setText("deventer")
    page.facets.city_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: titles(page.table) == [JANSEN])

    page.facets.city_edit.clear()
    qtbot.waitUntil(lambda: len(titles(page.table)) == 4)
    providers = dict((name, pid) for pid, name in repo.live_providers(small_store.db))
    page.facets.provider_search.setText("horeca")
    assert page.facets.provider_proxy.rowCount() == 1
    tick(page.facets, "providers", providers["Horeca Academie"])
    qtbot.waitUntil(lambda: titles(page.table) == [HYGIENE])


def test_price_range_and_start_window(qtbot, small_store: Store, open_window) -> None:
    window = open_window(small_store)
    page = window.catalogue_page
    page.facets.set_price_range("100", "€ 450,00")
    qtbot.waitUntil(lambda: sorted(titles(page.table)) == sorted(["Heftruckcertificaat", HYGIENE]))
    assert window.count_label.text() == "2 van 4 opleidingen"

    page.facets.set_price_range("honderd", "")
    assert page.facets.price_error.isVisibleTo(page.facets)
    assert "“honderd” is geen bedrag" in page.facets.price_error.text()
    assert len(titles(page.table)) == 2  # the last good range stays until it is fixed

    page.facets.set_price_range("", "")
    qtbot.waitUntil(lambda: len(titles(page.table)) == 4)
    assert not page.facets.price_error.isVisibleTo(page.facets)

    # starts: heftruck 15 Jan 2030, medication 1 Feb + 1 Sep 2030, hygiene 1 Mar 2030;
    # Jansen has continuous intake and always counts
    page.facets.set_start_window(QDate(2030, 1, 20), QDate(2030, 2, 28))
    qtbot.waitUntil(lambda: sorted(titles(page.table)) == sorted([MEDICATION, JANSEN]))


def test_a_big_catalogue_loads_in_a_worker_and_keeps_the_order(
    qtbot, store: Store, open_window, tmp_path: Path
) -> None:
    rows = [
        offering(code=f"C{i:03}", title=f"Cursus {i:03}", type="cursus" if i % 2 else "module")
        for i in range(300)
    ]
    fill(store, tmp_path, rows)
    window = open_window(store)
    page = window.catalogue_page
    page.model.sync_limit = 10  # behave as with 100,000 offerings
    tick(page.facets, "types", "module")
    qtbot.waitUntil(lambda: page.model.matching_count == 150 and not page.model.loading)
    assert titles(page.table)[:2] == ["Cursus 000", "Cursus 002"]
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 150)
    assert titles(page.table)[-1] == "Cursus 298"
    assert window.count_label.text() == "150 van 300 opleidingen"


def test_activate_selects_an_offering_that_is_not_loaded(
    qtbot, store: Store, open_window, tmp_path: Path
) -> None:
    fill(store, tmp_path, [offering(code=f"C{i:03}", title=f"Cursus {i:03}") for i in range(260)])
    window = open_window(store)
    page = window.catalogue_page
    far = repo.list_offerings(store.db, repo.OfferingFilter(), offset=250, limit=1)[0]
    assert page.model.row_of(far["id"]) < 0  # beyond the first page

    window.show_page("catalogue", {"offering_id": far["id"]})

    qtbot.waitUntil(lambda: page.table.currentIndex().data(OfferingIdRole) == far["id"])
    assert far["title"] in page.detail.toPlainText()
    assert far["title"] in page.pin_label.text()
    page.clear_button.click()
    qtbot.waitUntil(lambda: page.model.matching_count == 260)


def test_activate_selects_a_loaded_offering(qtbot, small_store: Store, open_window) -> None:
    window = open_window(small_store)
    page = window.catalogue_page
    wanted = page.model.index(2, Column.TITLE)
    offering_id, title = wanted.data(OfferingIdRole), wanted.data(Qt.ItemDataRole.DisplayRole)
    window.show_page("catalogue", {"offering_id": offering_id})
    assert page.table.currentIndex().data(OfferingIdRole) == offering_id
    assert title in page.detail.toPlainText()
    assert page.pin_label.isHidden()
