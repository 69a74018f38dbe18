"""XLSX v1: the CSV v1 columns in a workbook, read with the same rules, written safely."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from broker_app.catalogue.columns import COLUMNS
from broker_app.catalogue.demo import load_demo
from broker_app.catalogue.exporter import export_catalogue
from broker_app.catalogue.importer import import_catalogue, read_file
from broker_app.catalogue.xlsx_v1 import cell_text
from broker_app.domain.problems import InputRefused
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from tests.catalogue.test_export import snapshot
from tests.csvfiles import csv_text, offering, write_csv


def typed(**overrides: object) -> dict[str, object]:
    """A valid offering as Excel would hold it: numbers as numbers, a date as a date."""
    row: dict[str, object] = dict(offering())
    row.update(hours=40, duration_weeks=8, price=450, min_participants=6, max_participants=16)
    row.update(overrides)
    return row


def write_xlsx(
    path: Path, rows: list[dict[str, object]], columns: list[str] | None = None, blank_top: int = 0
) -> Path:
    wb = Workbook()
    ws = wb.active
    columns = columns or list(COLUMNS)
    for _ in range(blank_top):
        ws.append([])
    ws.append(columns)
    for row in rows:
        ws.append([row.get(c.strip().lower().replace(" ", "_")) for c in columns])
    wb.save(path)
    return path


def batch_formats(store: Store) -> list[str]:
    return [r["format"] for r in store.db.query("SELECT format FROM import_batches")]


def test_a_good_workbook_imports_like_csv(store: Store, tmp_path: Path) -> None:
    rows = [
        typed(),
        typed(code="ZORG-02", price=1250.5, start_dates=datetime(2027, 3, 1), funded=True,
              crkbo=False, ec=7.5, hours=None),
    ]  # fmt: skip
    report = import_catalogue(store, write_xlsx(tmp_path / "aanbod.xlsx", rows))
    assert (report.inserted, report.errors) == (2, [])
    by_code = {r["code"]: r for r in repo.export_rows(store.db)}
    second = by_code["ZORG-02"]
    assert second["price_cents"] == 125050 and second["start_dates"] == ["2027-03-01"]
    assert second["funded"] == 1 and second["crkbo"] == 0 and second["hours"] == 210
    assert by_code["ZORG-01"]["price_cents"] == 45000 and by_code["ZORG-01"]["hours"] == 40
    assert batch_formats(store) == ["xlsx-v1"]


@pytest.mark.parametrize(
    ("value", "column", "text"),
    [
        (1250, "price", "1250"),
        (1250.0, "price", "1250"),
        (1250.5, "price", "1250.50"),
        (1250.4999999999998, "price", "1250.50"),  # a computed cell: binary noise
        (0.1 + 0.2, "price", "0.30"),
        (1250.4999999, "price", "1250.50"),  # really more decimals: rounded, with a warning
        (7.5, "ec", "7.5"),
        (40.0, "hours", "40"),
        (40.5, "hours", "40.5"),  # refused later as "geen heel getal"
        (25655, "qualification_code", "25655"),
        (True, "funded", "ja"),
        (False, "crkbo", "nee"),
        (date(2027, 2, 1), "start_dates", "2027-02-01"),
        (datetime(2027, 2, 1, 0, 0), "start_dates", "2027-02-01"),
        (None, "price", ""),
        ("Online", "delivery", "Online"),
    ],
)
def test_cell_values_become_the_text_the_csv_rules_expect(
    value: object, column: str, text: str
) -> None:
    assert cell_text(value, column)[0] == text


def test_rounding_an_amount_to_cents_is_a_warning(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [typed(price=1250.4999999)])
    report = import_catalogue(store, path)
    assert report.inserted == 1 and not report.errors
    assert [p.render() for p in report.warnings] == [
        'rij 2, kolom price: "1250.4999999" gelezen als "1250.50"'
    ]
    assert next(repo.export_rows(store.db))["price_cents"] == 125050


def test_dutch_spreadsheet_headers_in_other_case_and_spacing(store: Store, tmp_path: Path) -> None:
    columns = [" Provider", "CODE ", "Title", "Type", "Level", "Qualification Code", "Price",
               "Start Dates", "Delivery"]  # fmt: skip
    rows = [typed(title="Verzorgende IG – avondopleiding", delivery="Online", level="MBO 3")]
    report = import_catalogue(store, write_xlsx(tmp_path / "a.xlsx", rows, columns))
    assert report.inserted == 1 and not report.errors
    row = next(repo.export_rows(store.db))
    assert row["title"] == "Verzorgende IG – avondopleiding"
    assert row["delivery"] == ["online"] and row["level"] == "mbo-3"
    assert {p.params["code"] for p in report.warnings} == {"online", "mbo-3"}


def test_a_bad_value_is_reported_by_excel_row_and_column_and_nothing_is_written(
    store: Store, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [typed(), typed(code="X2", price="twaalf")])
    report = import_catalogue(store, path)
    assert [p.render() for p in report.errors] == ['rij 3, kolom price: "twaalf" is geen bedrag']
    assert not report.written and list(repo.export_rows(store.db)) == []
    assert batch_formats(store) == []
    skipped = import_catalogue(store, path, skip_invalid=True)
    assert (skipped.inserted, skipped.skipped) == (1, 1)


def test_row_numbers_count_blank_rows_as_excel_shows_them(store: Store, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append([])
    ws.append(list(COLUMNS))  # header in row 2
    ws.append([typed().get(c) for c in COLUMNS])
    ws.append([])  # row 4 empty
    ws.append([typed(code="B", level="mbo-9").get(c) for c in COLUMNS])  # row 5
    wb.save(tmp_path / "a.xlsx")
    report = import_catalogue(store, tmp_path / "a.xlsx")
    assert [(p.row, p.column) for p in report.errors] == [(5, "level")]


def test_formula_cells_count_with_their_saved_value_or_are_named(
    store: Store, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [typed(), typed(code="B")])
    # openpyxl writes formulas without a saved result, as a script would.
    wb = load_workbook(path)
    wb.active["Q3"] = "=400+50"  # column Q is price
    wb.save(path)
    report = import_catalogue(store, path)
    assert [p.render() for p in report.errors] == [
        "rij 3, kolom price: de formule in deze cel heeft geen opgeslagen uitkomst; open het "
        "bestand in Excel, laat het herberekenen en sla het op"
    ]
    assert not report.written
    # With the result Excel saves beside the formula, the value is used.
    _add_cached_value(path, "Q3", "450")
    report = import_catalogue(store, path)
    assert report.inserted == 2 and not report.errors
    assert {r["price_cents"] for r in repo.export_rows(store.db)} == {45000}


def _add_cached_value(path: Path, ref: str, value: str) -> None:
    """Put ``<v>value</v>`` after the formula of ``ref``, as Excel does when it saves."""
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index(f'r="{ref}"')
    end = sheet.index("</f>", start) + len("</f>")
    parts["xl/worksheets/sheet1.xml"] = (sheet[:end] + f"<v>{value}</v>" + sheet[end:]).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_an_excel_error_value_is_named(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [typed(hours="#DIV/0!")])
    report = import_catalogue(store, path)
    assert [p.render() for p in report.errors] == [
        "rij 2, kolom hours: de formule in deze cel geeft een fout (#DIV/0!)"
    ]


def test_an_empty_sheet_is_refused(store: Store, tmp_path: Path) -> None:
    Workbook().save(tmp_path / "leeg.xlsx")
    with pytest.raises(InputRefused) as refused:
        import_catalogue(store, tmp_path / "leeg.xlsx")
    assert refused.value.render() == "het bestand is leeg"
    header_only = write_xlsx(tmp_path / "kop.xlsx", [])
    with pytest.raises(InputRefused) as refused:
        import_catalogue(store, header_only)
    assert refused.value.render() == "het bestand heeft een kopregel maar geen aanbod"


def test_a_missing_required_column_is_refused(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [typed()], ["provider", "code", "title", "type"])
    with pytest.raises(InputRefused) as refused:
        import_catalogue(store, path)
    assert refused.value.render() == "rij 1, kolom level: verplichte kolom ontbreekt: level"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (csv_text([offering()]).encode("utf-8"), "dit is geen Excel-werkmap maar een tekstbestand"),
        (b"PK\x03\x04" + b"\x00" * 200, "dit Excel-bestand is beschadigd of geen werkmap"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptedPackage".encode(
            "utf-16-le"), "dit Excel-bestand is beveiligd met een wachtwoord"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "maar Excel 97-2003 (.xls)"),
        (b"%PDF-1.4 ...", "maar PDF"),
        (b"", "het bestand is leeg"),
    ],
)  # fmt: skip
def test_files_that_are_not_workbooks_get_a_clear_message(
    store: Store, tmp_path: Path, content: bytes, says: str
) -> None:
    path = tmp_path / "aanbod.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputRefused) as refused:
        import_catalogue(store, path)
    assert says in refused.value.render()
    assert list(repo.export_rows(store.db)) == [] and batch_formats(store) == []


def test_a_zip_that_is_not_a_workbook_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(InputRefused) as refused:
        import_catalogue(store, path)
    assert "beschadigd of geen werkmap" in refused.value.render()


def test_a_damaged_sheet_is_refused(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [typed()])
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"][:300]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    with pytest.raises(InputRefused) as refused:
        import_catalogue(store, path)
    assert "beschadigd" in refused.value.render()


def test_text_beyond_the_named_columns_is_a_warning(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(list(COLUMNS))
    ws.append([*[typed().get(c) for c in COLUMNS], "losse notitie"])
    wb.save(tmp_path / "a.xlsx")
    sheet = read_file(tmp_path / "a.xlsx")
    assert [p.render() for p in sheet.problems] == [
        "rij 1, kolom AB: kolom AB heeft geen naam in de kopregel en wordt genegeerd"
    ]


def test_export_as_xlsx_is_typed_bold_frozen_and_safe(store: Store, tmp_path: Path) -> None:
    titles = ['=HYPERLINK("http://x","klik")', "-5% korting", "@SUM(A1)", "+31 bellen",
              "gewoon"]  # fmt: skip
    rows = [offering(code=f"F{i}", title=title) for i, title in enumerate(titles)]
    rows[0]["price"] = "1250.50"
    rows[1]["keywords"] = "=1+1|inspringen"
    import_catalogue(store, write_csv(tmp_path / "in.csv", rows))
    out = tmp_path / "uit.xlsx"
    assert export_catalogue(store, out) == len(titles)
    ws = load_workbook(out).active
    assert tuple(c.value for c in ws[1]) == COLUMNS
    assert all(c.font.b for c in ws[1]) and ws.freeze_panes == "A2"
    assert ws.column_dimensions["C"].width >= 40  # title
    header = {c.value: i for i, c in enumerate(ws[1])}
    cells = {r[header["code"]].value: r for r in ws.iter_rows(min_row=2)}
    price = cells["F0"][header["price"]]
    assert price.value == 1250.5 and price.data_type == "n" and "€" in price.number_format
    assert cells["F0"][header["hours"]].value == 40
    assert cells["F0"][header["start_dates"]].value == "2027-02-01|2030-09-01"
    got = {code: r[header["title"]] for code, r in cells.items()}
    assert got["F0"].value == "'" + titles[0] and got["F0"].data_type == "s"
    assert got["F1"].value == "'-5% korting" and got["F2"].value == "'@SUM(A1)"
    assert got["F3"].value == "'+31 bellen" and got["F4"].value == "gewoon"
    assert cells["F1"][header["keywords"]].value == "'=1+1|inspringen"
    assert all(c.data_type != "f" for r in ws.iter_rows() for c in r)
    # ... and the titles come back exactly.
    second = Store(tmp_path / "two.sqlite")
    import_catalogue(second, out)
    assert sorted(r["title"] for r in repo.export_rows(second.db)) == sorted(titles)
    assert snapshot(second) == snapshot(store)
    second.close()


def test_demo_catalogue_round_trips_through_xlsx(tmp_path: Path) -> None:
    first = Store(tmp_path / "one.sqlite")
    load_demo(first)
    out = tmp_path / "catalogus.xlsx"
    exported = export_catalogue(first, out)
    second = Store(tmp_path / "two.sqlite")
    report = import_catalogue(second, out)
    assert report.inserted == exported and not report.errors and not report.warnings
    assert snapshot(second) == snapshot(first)
    again = import_catalogue(first, out)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, exported)
    assert snapshot(first) == snapshot(second)
    first.close()
    second.close()


def test_export_refuses_an_unknown_extension(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputRefused) as refused:
        export_catalogue(store, tmp_path / "uit.ods")
    assert refused.value.render() == "onbekend bestandsformaat: .ods (gebruik .csv, .txt, .xlsx)"
