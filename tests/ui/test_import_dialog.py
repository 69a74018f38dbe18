"""Importing from the catalogue page: preview and check first, then write with progress."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from broker_app.catalogue import importer
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from broker_app.ui.views.import_dialog import ImportDialog
from tests.csvfiles import offering, write_csv
from tests.ui.test_catalogue_window import titles


def offerings_in(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM offerings WHERE deleted_at IS NULL").fetchone()[0]


def open_import(qtbot, window, path: Path) -> ImportDialog:
    page = window.catalogue_page
    window.show_page("catalogue")
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible())
    dialog = page.import_dialog
    dialog.ask_file = lambda: str(path)  # the file dialog, answered
    dialog.choose_button.click()
    return dialog


def test_preview_and_problems_come_before_anything_is_written(
    qtbot, small_store: Store, open_window, tmp_path: Path
) -> None:
    rows = [offering(code=f"N{i:02}", title=f"Nieuwe cursus {i:02}") for i in range(25)]
    rows.insert(3, offering(code="BAD", title="Foute prijs", price="twaalf"))
    path = write_csv(tmp_path / "aanbod.csv", rows)
    window = open_window(small_store)
    dialog = open_import(qtbot, window, path)

    qtbot.waitUntil(lambda: dialog.report is not None)
    preview = dialog.preview_model
    assert preview.rowCount() == 20
    assert preview.columns[:3] == ["provider", "code", "title"]
    assert preview.index(0, 2).data() == "Nieuwe cursus 00"
    assert preview.index(3, 2).data() == "Foute prijs"
    assert preview.headerData(3, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) == "5"
    assert "de eerste 20 van 26 regels" in dialog.preview_label.text()
    summary = dialog.summary.text()
    assert "26 regels gelezen: 25 nieuw, 0 al in de catalogus, 1 geweigerd" in summary
    problems = dialog.problem_model
    assert [problems.index(0, c).data() for c in range(4)] == [
        "5",
        "price",
        "fout",
        '"twaalf" is geen bedrag.',  # as a sentence on screen; the domain's text has no stop
    ]
    assert not dialog.import_button.isEnabled()  # a file with errors needs the broker's choice
    assert offerings_in(small_store) == 4  # the check wrote nothing

    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.result.inserted == 25
    assert dialog.summary.text() == (
        "Geïmporteerd: 25 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 overgeslagen."
    )
    assert offerings_in(small_store) == 29
    page = window.catalogue_page
    qtbot.waitUntil(lambda: window.count_label.text() == "29 opleidingen")
    assert "Nieuwe cursus 00" in titles(page.table)
    window.statusBar().clearMessage()  # its timer would outlive the test
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_import_shows_progress_and_writes_the_rows(
    qtbot, store: Store, open_window, tmp_path: Path
) -> None:
    rows = [offering(code=f"N{i:04}", title=f"Cursus {i:04}") for i in range(2500)]
    path = write_csv(tmp_path / "groot.csv", rows)
    window = open_window(store)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.import_button.isEnabled()
    seen: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(lambda v: seen.append((v, dialog.progress.maximum())))
    dialog.import_button.click()
    assert dialog.progress.isVisibleTo(dialog) and dialog.cancel_button.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert (2500, 2500) in seen and (1000, 2500) in seen
    assert offerings_in(store) == 2500
    assert not dialog.progress.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: window.count_label.text() == "2.500 opleidingen")
    window.statusBar().clearMessage()


def test_cancel_mid_import_leaves_the_catalogue_unchanged(
    qtbot, small_store: Store, open_window, tmp_path: Path, monkeypatch
) -> None:
    rows = [offering(code=f"N{i:04}", title=f"Cursus {i:04}") for i in range(1200)]
    path = write_csv(tmp_path / "groot.csv", rows)
    window = open_window(small_store)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.report is not None)
    before = list(repo.export_rows(small_store.db))

    # Hold the real import at row 600 until the broker has pressed cancel.
    reached, released = threading.Event(), threading.Event()
    parse = importer.parse_row

    def slow_parse(cells, row):
        if row == 600:
            reached.set()
            released.wait(10)
        return parse(cells, row)

    monkeypatch.setattr(importer, "parse_row", slow_parse)
    dialog.import_button.click()
    qtbot.waitUntil(reached.is_set)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    released.set()

    qtbot.waitUntil(lambda: "geannuleerd" in dialog.summary.text())
    assert dialog.summary.text() == "Import geannuleerd; de catalogus is niet gewijzigd."
    assert dialog.result is None
    assert list(repo.export_rows(small_store.db)) == before
    assert repo.import_batches(small_store.db)[0]["rows_total"] == 4  # only the fixture's
    assert not dialog.cancel_button.isVisibleTo(dialog)


def test_a_file_that_cannot_be_read_says_why(
    qtbot, small_store: Store, open_window, tmp_path: Path
) -> None:
    path = tmp_path / "leeg.csv"
    path.write_bytes(b"")
    window = open_window(small_store)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.summary.text() != "")
    assert dialog.summary.text() == "Het bestand is leeg."
    assert not dialog.import_button.isEnabled()
    dialog.reject()


@pytest.mark.parametrize(
    ("lang", "count", "preview", "summary"),
    [
        ("nl", 1, "Voorbeeld: de enige regel",
         "1 regel gelezen: 1 nieuw, 0 al in de catalogus, 0 geweigerd (met een fout), "
         "1 waarschuwing."),
        ("nl", 2, "Voorbeeld: alle 2 regels",
         "2 regels gelezen: 2 nieuw, 0 al in de catalogus, 0 geweigerd (met een fout), "
         "2 waarschuwingen."),
        ("en", 1, "Preview: the only row",
         "1 row read: 1 new, 0 already in the catalogue, 0 refused (with an error), 1 warning."),
        ("en", 2, "Preview: all 2 rows",
         "2 rows read: 2 new, 0 already in the catalogue, 0 refused (with an error), 2 warnings."),
    ],
)  # fmt: skip
def test_one_row_is_one_row_not_one_rows(
    qtbot,
    store: Store,
    open_window,
    tmp_path: Path,
    lang: str,
    count: int,
    preview: str,
    summary: str,
) -> None:
    rows = [offering(code=f"E{i}", title=f"Cursus {i}", schedule="overdag") for i in range(count)]
    path = write_csv(tmp_path / "excel.csv", rows)
    window = open_window(store, lang)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.preview_label.text() == preview
    assert dialog.summary.text() == summary
    message = dialog.problem_model.index(0, 3).data()
    assert message[0].isupper() or message[0] == '"'
    assert message.endswith(".")


def test_problems_read_as_sentences_but_the_domain_text_stays(
    qtbot, small_store: Store, open_window, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "fout.csv", [offering(code="T2", title="")])
    window = open_window(small_store)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.report is not None)
    [problem] = [p for p in dialog.report.problems if p.is_error]
    assert problem.render("nl") == "rij 2, kolom title: is verplicht maar leeg"  # the CLI's
    shown = [dialog.problem_model.index(r, 3).data()
             for r in range(dialog.problem_model.rowCount())]  # fmt: skip
    assert shown[0] == "Is verplicht maar leeg."
    dialog.reject()


def test_a_refused_file_is_told_in_sentences(
    qtbot, small_store: Store, open_window, tmp_path: Path
) -> None:
    path = tmp_path / "kolommen.csv"
    path.write_text("naam,plaats\nTestschool,Zwolle\n", encoding="utf-8")
    window = open_window(small_store)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.summary.text() != "")
    lines = dialog.summary.text().split("\n")
    assert "Rij 1, kolom provider: verplichte kolom ontbreekt: provider." in lines
    assert all(line[0].isupper() and line.endswith(".") for line in lines)
    dialog.reject()


@pytest.mark.parametrize("kind", ["xlsx", "edudex", "ooapi"])
def test_excel_and_the_two_feeds_go_through_the_same_dialog(
    qtbot, small_store: Store, open_window, tmp_path: Path, kind: str
) -> None:
    fixtures = Path(__file__).parent.parent / "fixtures"
    if kind == "xlsx":
        from openpyxl import Workbook

        rows = [offering(code=f"X{i}", title=f"Excelcursus {i}") for i in range(3)]
        book = Workbook()
        sheet = book.active
        sheet.append(list(rows[0]))
        for row in rows:
            sheet.append(list(row.values()))
        path = tmp_path / "aanbod.xlsx"
        book.save(path)
    else:
        sample = "edudex/collection.json" if kind == "edudex" else "ooapi/programs_page.json"
        path = fixtures / sample
    window = open_window(small_store)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert dialog.preview_model.rowCount() >= 2
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    assert dialog.result.inserted >= 2
    assert offerings_in(small_store) == 4 + dialog.result.inserted


def test_rows_of_merged_offerings_are_named_in_the_summary(
    qtbot, small_store: Store, open_window, tmp_path: Path
) -> None:
    from broker_app.catalogue import duplicates
    from broker_app.catalogue.importer import import_catalogue

    rows = [offering(code="EX-1", title="Excel voor gevorderden"),
            offering(code="EX-OUD", title="Excel  voor gevorderden.")]  # fmt: skip
    path = write_csv(tmp_path / "excel.csv", rows)
    import_catalogue(small_store, path)
    ids = dict(small_store.db.execute("SELECT code, id FROM offerings").fetchall())
    duplicates.merge(small_store, ids["EX-1"], ids["EX-OUD"])
    window = open_window(small_store)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.busy)
    merged = "1 regel hoort bij een samengevoegde opleiding en blijft buiten."
    assert merged in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.summary.text() == (
        "Geïmporteerd: 0 nieuw, 0 bijgewerkt, 1 ongewijzigd, 0 overgeslagen. " + merged
    )
    assert offerings_in(small_store) == 5
    window.statusBar().clearMessage()
    dialog.close_button.click()
