"""The "Instellingen" page as the broker uses it: what is typed ends up in the settings and on
paper, what is wrong is said under the field and never written."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from broker_app.domain.demand import Demand
from broker_app.domain.matching import DEFAULT_WEIGHTS
from broker_app.matching.engine import configured_weights, match
from broker_app.matching.synonyms import SETTING as SYNONYM_SETTING
from broker_app.paths import backup_dir_for
from broker_app.proposals import service, texts
from broker_app.proposals.pdf import render_pdf
from broker_app.store.settings import get_setting
from broker_app.ui import dialogs
from broker_app.ui.context import SETTINGS
from broker_app.ui.views.partials import settings_vat
from broker_app.ui.views.partials.settings_language import LANGUAGE_SETTING
from tests.proposals.test_pdf import _line, _snapshot

TODAY = date(2026, 11, 29)


@pytest.fixture
def settings_window(open_window, small_store):
    window = open_window(small_store)
    window.show_page(SETTINGS, {"section": "organisation"})
    yield window
    # "Opgeslagen" stays in the status bar for a few seconds on a timer of the window's own,
    # which the window does not stop when it closes (see the report); the fixture that
    # closes the window checks that no timer is left.
    window.statusBar().clearMessage()


def _pdf_text(store, folder: Path, lang: str = "nl") -> str:
    out = render_pdf(_snapshot([_line("Leidinggeven")]), folder / "p.pdf", lang=lang,
                     **texts.pdf_options(store))  # fmt: skip
    return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# -- Organisatie ---------------------------------------------------------------------------


def test_the_organisation_name_reaches_the_setting_and_the_letterhead(
    qtbot, settings_window, small_store, tmp_path: Path
) -> None:
    section = settings_window.settings_page.organisation
    assert settings_window.settings_page.current_section() is section
    _type(qtbot, section.fields["name"], "RegioOpleiders Zwolle")
    _type(qtbot, section.fields["postcode"], "8011cw")
    _type(qtbot, section.fields["city"], "Zwolle")
    _type(qtbot, section.fields["kvk"], "1234 5678")
    profile = service.broker_profile(small_store)
    assert profile["name"] == "RegioOpleiders Zwolle"
    assert profile["postcode"] == "8011 CW"  # written the way the post writes it
    assert profile["postcode_city"] == "8011 CW Zwolle"
    assert profile["kvk"] == "12345678"
    assert section.fields["postcode"].text() == "8011 CW"
    text = _pdf_text(small_store, tmp_path)
    assert "RegioOpleiders Zwolle" in text
    assert "8011 CW Zwolle" in text
    assert settings_window.statusBar().currentMessage() == "Opgeslagen"


@pytest.mark.parametrize(
    ("field", "bad", "message"),
    [
        ("email", "info@regio", "geen geldig e-mailadres"),
        ("kvk", "1234567", "precies 8 cijfers"),
        ("postcode", "80111 CW", "vier cijfers en twee letters"),
        ("phone", "038-12", "10 tot 15 cijfers"),
    ],
)
def test_a_wrong_value_is_explained_under_the_field_and_not_written(
    qtbot, settings_window, small_store, field: str, bad: str, message: str
) -> None:
    section = settings_window.settings_page.organisation
    _type(qtbot, section.fields["name"], "De Brug")
    _type(qtbot, section.fields[field], bad)
    shown = section.messages[field]
    assert shown.isVisible() and message in shown.text()
    assert field not in service.broker_profile(small_store)
    assert service.broker_profile(small_store)["name"] == "De Brug"  # the rest stays
    # Correcting it clears the message and writes it.
    good = {"email": "info@regio.nl", "kvk": "12345678", "postcode": "8011 CW",
            "phone": "038 123 45 67"}[field]  # fmt: skip
    _type(qtbot, section.fields[field], good)
    assert not shown.isVisible()
    assert service.broker_profile(small_store)[field] == good


def test_a_wrong_colour_is_refused_and_a_chosen_one_is_used(
    qtbot, settings_window, small_store, monkeypatch
) -> None:
    section = settings_window.settings_page.organisation
    _type(qtbot, section.colour_edit, "#12345G")
    assert section.colour_message.isVisible()
    assert "zes tekens" in section.colour_message.text()
    assert "colour" not in service.broker_profile(small_store)
    _type(qtbot, section.colour_edit, "2e7d32")
    assert service.broker_profile(small_store)["colour"] == "#2E7D32"
    assert not section.colour_message.isVisible()
    monkeypatch.setattr(section, "choose_colour", lambda current: QColor("#aa3300"))
    qtbot.mouseClick(section.swatch, Qt.MouseButton.LeftButton)
    assert service.broker_profile(small_store)["colour"] == "#AA3300"
    assert section.colour_edit.text() == "#AA3300"


def test_a_logo_is_checked_copied_beside_the_database_and_shown(
    qtbot, settings_window, small_store, tmp_path: Path, monkeypatch
) -> None:
    section = settings_window.settings_page.organisation
    text_file = tmp_path / "logo.txt"
    text_file.write_text("geen plaatje", encoding="utf-8")
    monkeypatch.setattr(section, "choose_logo_file", lambda: str(text_file))
    qtbot.mouseClick(section.choose_logo_button, Qt.MouseButton.LeftButton)
    assert "PNG- of JPEG" in section.logo_message.text()
    broken = tmp_path / "kapot.png"
    broken.write_bytes(b"\x89PNG nope")
    assert not section.use_logo(broken)
    assert "geen leesbare afbeelding" in section.logo_message.text()
    tiny = tmp_path / "klein.png"
    QImage(10, 10, QImage.Format.Format_RGB32).save(str(tiny))
    assert not section.use_logo(tiny)
    assert "te klein" in section.logo_message.text()
    assert "logo" not in service.broker_profile(small_store)

    good = tmp_path / "logo.png"
    image = QImage(2400, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#2E7D32"))
    image.save(str(good))
    monkeypatch.setattr(section, "choose_logo_file", lambda: str(good))
    qtbot.mouseClick(section.choose_logo_button, Qt.MouseButton.LeftButton)
    stored = Path(service.broker_profile(small_store)["logo"])
    assert stored.parent == small_store.path.parent and stored.is_file()
    assert QImage(str(stored)).width() <= 1200  # scaled down for the letterhead
    assert not section.logo_preview.pixmap().isNull()
    good.unlink()  # the original may go: the copy stays
    _pdf_text(small_store, tmp_path)  # renders with the logo
    qtbot.mouseClick(section.remove_logo_button, Qt.MouseButton.LeftButton)
    assert "logo" not in service.broker_profile(small_store)


# -- Voorstelteksten -----------------------------------------------------------------------


def test_custom_conditions_are_saved_on_leaving_and_printed(
    qtbot, settings_window, small_store, tmp_path: Path
) -> None:
    page = settings_window.settings_page
    section = page.show_section("texts")
    form = section.forms["nl"]
    form.conditions.setPlainText("Betaling binnen 30 dagen na de factuurdatum.\n\nGeen "
                                 "annulering na de start.")  # fmt: skip
    form.privacy.setPlainText("Namen van deelnemers   bewaren wij niet.")
    section.valid_days.setValue(45)
    assert section.saver.pending  # waits for a pause in typing ...
    page.show_section("vat")  # ... but leaving saves at once
    own = texts.custom_texts(small_store)["nl"]
    assert own["conditions"] == ["Betaling binnen 30 dagen na de factuurdatum.",
                                 "Geen annulering na de start."]  # fmt: skip
    assert own["privacy"] == "Namen van deelnemers bewaren wij niet."
    assert "letter" not in own  # unchanged texts are not stored
    assert texts.valid_days(small_store) == 45
    text = _pdf_text(small_store, tmp_path)
    assert "Betaling binnen 30 dagen na de factuurdatum." in text
    assert "Namen van deelnemers bewaren wij niet." in text
    assert "Genoemde startdata zijn onder voorbehoud" not in text


def test_standard_texts_come_back_after_asking(
    qtbot, settings_window, small_store, monkeypatch
) -> None:
    section = settings_window.settings_page.show_section("texts")
    section.forms["en"].closing.setText("Warm regards,")
    section.save()
    assert texts.custom_texts(small_store) == {"en": {"closing": "Warm regards,"}}
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: False)
    section.forms["en"].reset_button.click()
    assert texts.custom_texts(small_store) == {"en": {"closing": "Warm regards,"}}
    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    section.forms["en"].reset_button.click()
    assert texts.custom_texts(small_store) == {}
    assert section.forms["en"].closing.text() == texts.bundled("en")["closing"]


# -- Btw en subsidies ----------------------------------------------------------------------


def test_default_vat_is_stored(qtbot, settings_window, small_store) -> None:
    section = settings_window.settings_page.show_section("vat")
    assert section.vat_combo.currentData() == "21"
    section.vat_combo.setCurrentIndex(section.vat_combo.findData("vrijgesteld"))
    assert get_setting(small_store.db, settings_vat.DEFAULT_VAT_SETTING) == "vrijgesteld"


def test_funding_schemes_are_edited_and_stap_is_refused(
    qtbot, settings_window, small_store, monkeypatch
) -> None:
    section = settings_window.settings_page.show_section("vat")
    model = section.model
    names = [r["name"] for r in model.rows]
    assert names[0] == "SLIM-scholingssubsidie"
    assert model.setData(model.index(0, settings_vat.PERCENT), "40")
    assert model.setData(model.index(0, settings_vat.CAP), "€ 10.000")
    schemes = {s.name: s for s in service.funding_schemes(small_store)}
    assert schemes["SLIM-scholingssubsidie"].percent == 40
    assert schemes["SLIM-scholingssubsidie"].max_cents == 1_000_000

    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    new_row = len(model.rows) - 1
    assert not model.setData(model.index(new_row, settings_vat.NAME), "STAP-budget")
    assert section.message.isVisible()
    assert "STAP-budget bestaat sinds 1 januari 2024 niet meer" in section.message.text()
    assert not model.setData(model.index(new_row, settings_vat.PERCENT), "120")
    assert "0 tot en met 100" in section.message.text()
    assert model.setData(model.index(new_row, settings_vat.NAME), "Fonds Techniek")
    assert model.setData(model.index(new_row, settings_vat.PERCENT), "12,5")
    assert not section.message.isVisible()
    stored = {s.name: s for s in service.funding_schemes(small_store)}
    assert "STAP-budget" not in stored
    assert float(stored["Fonds Techniek"].percent) == 12.5
    assert stored["Fonds Techniek"].max_cents is None
    assert model.data(model.index(new_row, settings_vat.CAP)) == "geen maximum"

    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    section.table.setCurrentIndex(model.index(new_row, 0))
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert "Fonds Techniek" not in {s.name for s in service.funding_schemes(small_store)}
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    restored = service.funding_schemes(small_store)
    assert [s.name for s in restored] == names
    assert restored[0].percent == 60


# -- Matching ------------------------------------------------------------------------------


def test_weights_are_saved_and_read_by_the_matching(qtbot, settings_window, small_store) -> None:
    page = settings_window.settings_page
    section = page.show_section("matching")
    assert section.sliders["text"].value() == DEFAULT_WEIGHTS["text"]
    section.sliders["distance"].setValue(30)
    section.sliders["sector"].setValue(0)
    assert section.shares["distance"].text() == "26 %"  # 30 of 115
    qtbot.waitUntil(lambda: configured_weights(small_store)["distance"] == 30)
    assert configured_weights(small_store)["sector"] == 0
    qtbot.mouseClick(section.default_weights_button, Qt.MouseButton.LeftButton)
    assert configured_weights(small_store) == DEFAULT_WEIGHTS
    assert section.sliders["distance"].value() == DEFAULT_WEIGHTS["distance"]


def test_all_weights_zero_is_refused(qtbot, settings_window, small_store) -> None:
    section = settings_window.settings_page.show_section("matching")
    for slider in section.sliders.values():
        slider.setValue(0)
    section.flush()
    assert section.weights_message.isVisible()
    assert configured_weights(small_store) == DEFAULT_WEIGHTS


def _titles(store, text: str) -> list[str]:
    result = match(store, Demand(client="Transport Oost", text=text), today=TODAY)
    return [m.facts.title for m in result.results]


def test_an_own_synonym_lets_a_demand_word_find_an_offering(
    qtbot, settings_window, small_store
) -> None:
    assert "Heftruckcertificaat" not in _titles(small_store, "palletwagen")
    section = settings_window.settings_page.show_section("matching")
    section.synonym_edit.setPlainText("palletwagen")
    section.flush()
    assert "Regel 1" in section.synonym_message.text()
    assert get_setting(small_store.db, SYNONYM_SETTING) is None  # nothing written
    section.synonym_edit.setPlainText("palletwagen,   heftruck\n\nde, het")
    section.flush()
    assert "Regel 3" in section.synonym_message.text()
    section.synonym_edit.setPlainText("palletwagen,   heftruck\n")
    qtbot.waitUntil(lambda: get_setting(small_store.db, SYNONYM_SETTING) is not None)
    assert get_setting(small_store.db, SYNONYM_SETTING) == ["palletwagen, heftruck"]
    assert not section.synonym_message.isVisible()
    assert "Heftruckcertificaat" in _titles(small_store, "palletwagen")


# -- Taal ----------------------------------------------------------------------------------


def test_the_language_is_stored_for_the_next_start(qtbot, settings_window, small_store) -> None:
    section = settings_window.settings_page.show_section("language")
    assert section.dutch.isChecked() and not section.restart_note.isVisible()
    section.english.click()
    assert get_setting(small_store.db, LANGUAGE_SETTING) == "en"
    assert section.restart_note.isVisible()
    assert section.restart_note.text() == "Wordt actief na herstart."
    assert settings_window.context.lang == "nl"  # the window itself keeps its language
    section.dutch.click()
    assert get_setting(small_store.db, LANGUAGE_SETTING) == "nl"
    assert not section.restart_note.isVisible()


# -- Database en back-ups ------------------------------------------------------------------


def test_a_backup_is_a_database_with_the_same_catalogue(
    qtbot, settings_window, small_store, monkeypatch
) -> None:
    section = settings_window.settings_page.show_section("database")
    qtbot.waitUntil(lambda: bool(section.contents_label.text()))  # counted in the background
    assert section.path_edit.text() == str(small_store.path)
    assert section.contents_label.text().startswith("4 opleidingen van 4 aanbieders")
    # The import that filled the store made an automatic backup first (of the empty database).
    assert [row.kind for row in section.model.rows] == ["import"]
    assert section.model.index(0, 1).data() == "Voor een import (automatisch)"
    assert not section.empty_label.isVisible()
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == 2)
    assert section.backup_button.isEnabled()
    [made] = [row.path for row in section.model.rows if row.kind == "manual"]
    assert made.parent == backup_dir_for(small_store.path)
    assert "Back-up gemaakt" in settings_window.statusBar().currentMessage()
    copy = sqlite3.connect(made)
    try:
        (count,) = copy.execute(
            "SELECT count(*) FROM offerings WHERE deleted_at IS NULL"
        ).fetchone()
    finally:
        copy.close()
    (live,) = small_store.db.execute(
        "SELECT count(*) FROM offerings WHERE deleted_at IS NULL"
    ).fetchone()
    assert count == live == 4
    opened: list[Path] = []
    monkeypatch.setattr(section, "open_folder", lambda folder: opened.append(folder) or True)
    qtbot.mouseClick(section.open_backups_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [made.parent, small_store.path.parent]


def test_the_database_section_speaks_to_a_broker_not_a_developer(qtbot, settings_window) -> None:
    section = settings_window.settings_page.show_section("database")
    qtbot.waitUntil(lambda: bool(section.contents_label.text()))  # counted in the background
    texts = " ".join(label.text() for label in section.findChildren(QLabel))
    assert "--db" not in texts and "BROKER_APP_DB" not in texts
    assert "Een back-up of een ander bestand terugzetten kan hieronder bij Back-ups" in texts
    assert "de nieuwste 14 bewaard" in texts


# -- Navigation ----------------------------------------------------------------------------


def test_another_page_can_open_a_section(qtbot, settings_window) -> None:
    settings_window.context.go(SETTINGS, section="vat")
    page = settings_window.settings_page
    assert settings_window.current_page() is page
    assert page.current_section() is page.vat
    assert page.stack.currentWidget().widget() is page.vat


# -- Lay-out -------------------------------------------------------------------------------


def test_in_english_the_details_line_up_with_the_house_style(qtbot, open_window, small_store):
    window = open_window(small_store, "en")
    window.show_page(SETTINGS, {"section": "organisation"})
    section = window.settings_page.organisation
    cell = section.fields["kvk"].parentWidget()
    [label] = [label for label in section.findChildren(QLabel) if label.buddy() is cell]
    assert label.text() == "KvK number"
    left = {name: widget.mapTo(section, widget.rect().topLeft()).x()
            for name, widget in (("name", section.fields["name"]), ("kvk", section.fields["kvk"]),
                                 ("colour", section.colour_edit))}  # fmt: skip
    assert left["name"] == left["kvk"] == left["colour"]


def test_a_long_label_widens_the_label_column_of_every_panel(qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit, QWidget

    from broker_app.ui.views.partials.settings_common import LABEL_WIDTH, align_labels, form

    host = QWidget()
    qtbot.addWidget(host)
    short, long_ = form(host), form(host)
    short.addRow("Logo", QLineEdit(host))
    long_.addRow("Een label dat veel breder is dan de gewone kolom van de panelen", QLineEdit(host))
    width = align_labels(short, long_)
    labels = [layout.itemAt(0, layout.ItemRole.LabelRole).widget() for layout in (short, long_)]
    assert width > LABEL_WIDTH
    assert [label.minimumWidth() for label in labels] == [width, width]
    assert width >= labels[1].sizeHint().width()


def test_the_search_index_is_rebuilt_with_progress(qtbot, settings_window, small_store) -> None:
    from broker_app.catalogue.search import search

    section = settings_window.settings_page.show_section("database")
    qtbot.waitUntil(lambda: bool(section.contents_label.text()))  # counted in the background
    card = section.index_card
    small_store.db.execute("DELETE FROM offering_search")  # a lost index: nothing is found
    assert not search(small_store, "heftruck").hits
    seen: list[int] = []
    card.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(card.rebuild_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.busy, timeout=10_000)
    assert card.result.text() == "De zoekindex is opnieuw opgebouwd: 4 opleidingen."
    assert seen and seen[-1] == 4
    assert [h.title for h in search(small_store, "heftruck").hits] == ["Heftruckcertificaat"]


def test_stopping_the_rebuild_keeps_the_old_index(
    qtbot, settings_window, small_store, monkeypatch
) -> None:
    from broker_app.store import catalogue as repo

    section = settings_window.settings_page.show_section("database")
    qtbot.waitUntil(lambda: bool(section.contents_label.text()))  # counted in the background
    card = section.index_card
    before = repo.search_index_count(small_store.db)
    monkeypatch.setattr(repo, "REBUILD_CHUNK", 1)
    original = repo._index_rows

    def slow_rows(rows):  # long enough to press Stoppen while it runs
        import time

        time.sleep(0.2)
        return original(rows)

    monkeypatch.setattr(repo, "_index_rows", slow_rows)
    card.rebuild()
    qtbot.waitUntil(lambda: card.progress.value() >= 1, timeout=10_000)
    qtbot.mouseClick(card.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.busy, timeout=10_000)
    assert card.result.text() == "Gestopt; de oude zoekindex is bewaard."
    assert repo.search_index_count(small_store.db) == before


# -- The shown section is loaded -----------------------------------------------------------


def test_a_section_left_selected_is_loaded_when_opened_after_a_restart(
    qtbot, open_window, small_store, ui_settings
) -> None:
    from broker_app.store import privacy

    with small_store.transaction() as db:
        privacy.set_retention_months(db, 24)
    ui_settings.setValue("settings/section", "privacy")  # where the broker left Instellingen
    window = open_window(small_store)
    page = window.settings_page
    assert page.current_section() is page.privacy  # restored, nothing shown yet
    window.show_page(SETTINGS, {"section": "privacy"})
    assert page.privacy.months.value() == 24
    assert page.privacy.months.text() != "nooit"
    assert page.privacy.privacy_text.text().strip()
    # the same row again after a change elsewhere (the CLI, another page): read anew
    with small_store.transaction() as db:
        privacy.set_retention_months(db, 36)
    window.show_page(SETTINGS, {"section": "privacy"})
    assert page.privacy.months.value() == 36
    window.show_page(SETTINGS, {"section": "audit"})
    window.show_page(SETTINGS, {"section": "audit"})
    assert page.audit.loaded and page.audit.model.rowCount() > 0


def test_a_section_left_selected_is_loaded_when_opened_without_arguments(
    qtbot, open_window, small_store, ui_settings
) -> None:
    ui_settings.setValue("settings/section", "audit")
    window = open_window(small_store)
    window.show_page(SETTINGS, {})
    page = window.settings_page
    assert page.current_section() is page.audit
    assert page.audit.loaded and page.audit.model.rowCount() > 0
