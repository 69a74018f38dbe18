"""Column mapping in the import dialog: a provider's spreadsheet with its own headers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from broker_app.catalogue import mapping
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from broker_app.store.settings import set_setting
from broker_app.ui import dialogs
from broker_app.ui.views.import_dialog import ImportDialog
from tests.csvfiles import offering, write_csv
from tests.ui.test_import_dialog import offerings_in, open_import

HEADERS = ["Opleiding", "Code", "Aanbieder", "Prijs incl. btw", "Startdatum", "Niveau"]
ROWS = [
    ["Werken met het zorgplan", "ZP-1", "ROC X", "1.210", "01-03-2027", "MBO niveau 3"],
    ["Leidinggeven in de zorg", "LZ-2", "ROC X", "€ 605,00", "15-1-2027, 1-9-2027",
     "HBO bachelor"],
]  # fmt: skip


def write_sheet(path: Path, rows: list[list[str]] = ROWS, headers: list[str] = HEADERS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows([headers, *rows])
    return path


def mapped(dialog: ImportDialog) -> dict[str, str]:
    """What each file header becomes, as the panel shows it."""
    panel = dialog.mapping_panel
    return {
        panel.table.item(row, 0).text(): combo.currentData()
        for row, combo in enumerate(panel.combos)
    }


def wait_for_mapping(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.mapping_panel.isVisibleTo(dialog))
    qtbot.waitUntil(lambda: not dialog.busy and dialog.summary.text() != "")


def choose(combo, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


@pytest.fixture
def no_questions(monkeypatch) -> list[str]:
    asked: list[str] = []

    def ask(_parent, _title, text, *_a, **_k) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "ask", ask)
    return asked


def test_a_spreadsheet_with_its_own_headers_is_mapped_checked_and_imported(
    qtbot, small_store: Store, open_window, tmp_path: Path
) -> None:
    window = open_window(small_store)
    dialog = open_import(qtbot, window, write_sheet(tmp_path / "roc-x.csv"))
    wait_for_mapping(qtbot, dialog)
    panel = dialog.mapping_panel

    # the suggestion, by header similarity
    assert mapped(dialog) == {
        "Opleiding": "title",
        "Code": "code",
        "Aanbieder": "provider",
        "Prijs incl. btw": "price",
        "Startdatum": "start_dates",
        "Niveau": "level",
    }
    assert panel.combos[0].currentText() == "Titel (title)"
    assert panel.table.item(3, 1).text() == "1.210"  # a sample value of the column
    assert panel.incl_vat.isChecked()
    assert panel.date_combo.currentData() == "dmy"
    # the file has no kind of offering: said inline, and nothing can be imported yet
    assert panel.message.isVisibleTo(dialog)
    assert panel.message.text() == "Nog niet gekoppeld, maar verplicht: Soort (type)."
    assert "Rij 1, kolom type: verplichte kolom ontbreekt: type." in dialog.summary.text()
    assert not dialog.import_button.isEnabled()

    choose(panel.type_combo, "cursus")  # "Soort voor elke rij"
    assert not panel.message.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy)
    preview = dialog.preview_model
    assert preview.columns[:6] == ["title", "code", "provider", "price", "start_dates", "level"]
    # the mapped preview shows the broker's words; the CSV v1 name is in the tooltip
    horizontal = Qt.Orientation.Horizontal
    shown = [preview.headerData(c, horizontal, Qt.ItemDataRole.DisplayRole) for c in range(6)]
    assert shown == ["Titel", "Code", "Aanbieder", "Prijs", "Startdata", "Niveau"]
    tip = preview.headerData(3, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "CSV v1-kolom: price"
    row = {preview.columns[c]: preview.index(0, c).data() for c in range(len(preview.columns))}
    assert row["price"] == "1000.00" and row["vat"] == "21"
    assert row["start_dates"] == "2027-03-01" and row["level"] == "mbo-3"
    assert row["type"] == "cursus"
    second = {preview.columns[c]: preview.index(1, c).data() for c in range(preview.columnCount())}
    assert second["start_dates"] == "2027-01-15|2027-09-01"
    assert second["level"] == "hbo-bachelor"
    assert dialog.summary.text().startswith(
        "2 regels gelezen: 2 nieuw, 0 al in de catalogus, 0 geweigerd"
    )
    assert offerings_in(small_store) == 4  # the check wrote nothing

    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.summary.text() == (
        "Geïmporteerd: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen."
    )
    rows = {r["code"]: r for r in repo.export_rows(small_store.db)}
    zp, lz = rows["ZP-1"], rows["LZ-2"]
    assert zp["provider"] == "ROC X" and zp["title"] == "Werken met het zorgplan"
    assert zp["price_cents"] == 100_000 and zp["vat"] == "21"  # 1.210 incl. 21 % btw
    assert lz["price_cents"] == 50_000
    assert [str(d) for d in zp["start_dates"]] == ["2027-03-01"]
    assert [str(d) for d in lz["start_dates"]] == ["2027-01-15", "2027-09-01"]
    assert zp["level"] == "mbo-3" and zp["type"] == "cursus"
    assert not panel.isEnabled()  # done: the mapping of this import cannot change any more
    window.statusBar().clearMessage()


def test_a_saved_profile_is_chosen_for_the_next_file_of_that_provider(
    qtbot, small_store: Store, open_window, tmp_path: Path, no_questions: list[str]
) -> None:
    window = open_window(small_store)
    dialog = open_import(qtbot, window, write_sheet(tmp_path / "roc-x-najaar.csv"))
    wait_for_mapping(qtbot, dialog)
    panel = dialog.mapping_panel
    assert panel.profile_combo.currentText() == "Voorstel op kolomnamen"
    assert panel.name_edit.text() == "ROC X"  # named after the provider in the file
    choose(panel.type_combo, "cursus")
    panel.date_combo.setCurrentIndex(panel.date_combo.findData("dmy"))
    panel.name_edit.setText("ROC X prijslijst")
    panel.save_button.click()
    assert no_questions == []  # a new name: nothing to ask
    stored = mapping.load_profile(small_store, "ROC X prijslijst")
    assert stored.provider == "ROC X"
    assert stored.columns["Prijs incl. btw"] == "price"
    assert stored.price_includes_vat and stored.fixed == {"type": "cursus"}
    assert panel.profile_combo.currentText() == "ROC X prijslijst"

    panel.save_button.click()  # the same name again: the broker is asked first
    assert no_questions == [
        "Er is al een profiel ‘ROC X prijslijst’. Wilt u het vervangen door deze koppeling?"
    ]

    # The next spreadsheet of ROC X: the profile is preselected and the file checks at once.
    later = [["Rapporteren", "RP-3", "ROC X", "242", "1-2-2028", "MBO niveau 2"]]
    dialog.ask_file = lambda: str(write_sheet(tmp_path / "roc-x-2028.csv", later))
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy)
    assert panel.profile_combo.currentText() == "ROC X prijslijst"
    assert panel.type_combo.currentData() == "cursus"
    assert not panel.message.isVisibleTo(dialog)
    assert dialog.preview_model.index(0, dialog.preview_model.columns.index("price")).data() == (
        "200.00"
    )
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    rows = {r["code"]: r for r in repo.export_rows(small_store.db)}
    assert rows["RP-3"]["price_cents"] == 20_000 and rows["RP-3"]["level"] == "mbo-2"
    window.statusBar().clearMessage()


def test_a_mapping_without_a_title_says_so_and_writes_nothing(
    qtbot, small_store: Store, open_window, tmp_path: Path
) -> None:
    window = open_window(small_store)
    dialog = open_import(qtbot, window, write_sheet(tmp_path / "roc-x.csv"))
    wait_for_mapping(qtbot, dialog)
    panel = dialog.mapping_panel
    choose(panel.type_combo, "cursus")
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy)
    assert dialog.import_button.isEnabled()

    choose(panel.combos[0], "")  # Opleiding: (overslaan)
    assert panel.combos[0].currentText() == "(overslaan)"
    assert panel.message.text() == "Nog niet gekoppeld, maar verplicht: Titel (title)."
    assert not dialog.import_button.isEnabled()  # the old check no longer counts
    qtbot.waitUntil(lambda: "ontbreekt: title" in dialog.summary.text())
    assert not dialog.busy and not dialog.import_button.isEnabled()
    assert dialog.preview_model.columns[0] == "Opleiding"  # the file as it is, not mapped
    dialog.start_import()  # even when forced: nothing happens
    assert dialog.result is None
    assert offerings_in(small_store) == 4
    dialog.reject()


def test_a_csv_v1_file_needs_no_mapping(
    qtbot, small_store: Store, open_window, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "aanbod.csv", [offering(code="V1", title="Gewoon CSV v1")])
    window = open_window(small_store)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert not dialog.mapping_panel.isVisibleTo(dialog)
    assert dialog.raw_sheet is None
    assert dialog.preview_model.columns[:3] == ["provider", "code", "title"]
    dialog.reject()


def test_profiles_are_listed_and_deleted_in_the_window(
    qtbot, small_store: Store, open_window, tmp_path: Path, no_questions: list[str]
) -> None:
    with small_store.transaction() as db:
        set_setting(db, mapping.SETTING, {
            "ROC X": {"provider": "ROC X", "columns": {"Opleiding": "title", "Prijs": "price"}},
            "Zorgacademie": {"provider": "Zorgacademie", "columns": {"Cursus": "title"}},
        })  # fmt: skip
    window = open_window(small_store)
    dialog = open_import(qtbot, window, write_sheet(tmp_path / "roc-x.csv"))
    wait_for_mapping(qtbot, dialog)
    assert dialog.mapping_panel.profile_combo.count() == 3  # the suggestion and two profiles

    profiles = dialog.open_profiles()
    model = profiles.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "ROC X",
        "Zorgacademie",
    ]
    assert model.index(0, 2).data() == "Opleiding → title, Prijs → price"
    profiles.view.selectRow(1)
    profiles.delete_button.click()
    assert no_questions == [
        "Profiel ‘Zorgacademie’ verwijderen? De catalogus verandert er niet door."
    ]
    assert list(mapping.stored_profiles(small_store)) == ["ROC X"]
    assert model.rowCount() == 1
    assert dialog.mapping_panel.profile_combo.count() == 2
    profiles.accept()
    window.statusBar().clearMessage()
    dialog.reject()


def test_the_issues_own_headers_import_without_a_code_column(
    qtbot, small_store: Store, open_window, tmp_path: Path
) -> None:
    """`Opleiding;Aanbieder;Prijs incl. btw;Startdatum;Niveau`: codes are made from title and
    place, so the provider's next file updates the same offerings instead of adding new ones."""
    headers = ["Opleiding", "Aanbieder", "Prijs incl. btw", "Startdatum", "Niveau"]
    rows = [[r[0], r[2], r[3], r[4], r[5]] for r in ROWS]
    window = open_window(small_store)
    dialog = open_import(qtbot, window, write_sheet(tmp_path / "roc-x.csv", rows, headers))
    wait_for_mapping(qtbot, dialog)
    panel = dialog.mapping_panel
    assert panel.derive_code.isChecked()  # no header means "code"
    assert panel.message.text() == "Nog niet gekoppeld, maar verplicht: Soort (type)."
    choose(panel.type_combo, "cursus")
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    codes = {r["code"]: r for r in repo.export_rows(small_store.db) if r["provider"] == "ROC X"}
    assert set(codes) == {"werken-met-het-zorgplan", "leidinggeven-in-de-zorg"}
    assert codes["werken-met-het-zorgplan"]["price_cents"] == 100_000
    window.statusBar().clearMessage()

    panel.derive_code.setChecked(False)
    assert panel.message.text() == "Nog niet gekoppeld, maar verplicht: Code (code)."
    qtbot.waitUntil(lambda: not dialog.import_button.isEnabled())
    dialog.reject()
