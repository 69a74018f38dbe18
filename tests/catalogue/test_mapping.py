"""Column mapping: a provider's spreadsheet with Dutch headers, via a stored profile."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import Workbook

from broker_app.catalogue import csv_v1, mapping
from broker_app.catalogue.importer import import_catalogue, read_file
from broker_app.cli import main
from broker_app.domain.problems import InputRefused
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from broker_app.store.settings import get_setting, set_setting

HEADERS = ["Opleiding", "Opleidingscode", "Soort", "Niveau", "Prijs incl. btw", "Startdatum",
           "Plaats", "Opmerking intern"]  # fmt: skip
ROWS = [
    ["Werken met het zorgplan", "ZP-1", "module", "MBO niveau 3", "1.210", "01-03-2027; 1-9-2027",
     "Zwolle", "bel Anja"],
    ["Leidinggeven in de zorg", "LZ-2", "cursus", "HBO bachelor", "€ 605,00", "15/01/2027",
     "Deventer", ""],
]  # fmt: skip


def write_csv(path: Path, headers: list[str] = HEADERS, rows: list[list[str]] = ROWS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows([headers, *rows])
    return path


def write_xlsx(path: Path, headers: list[str] = HEADERS, rows: list[list[str]] = ROWS) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def roc_profile(**overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "provider": "ROC X",
        "columns": {
            "Opleiding": "title",
            "Opleidingscode": "code",
            "Soort": "type",
            "Niveau": "level",
            "Prijs incl. btw": "price",
            "Startdatum": "start_dates",
            "Plaats": "city",
        },
        "price_includes_vat": True,
        "vat": "21",
        "date_format": "dmy",
        "fixed": {},
    }
    data.update(overrides)
    return data


def store_profiles(store: Store, **profiles: dict[str, object]) -> None:
    with store.transaction() as db:
        set_setting(db, mapping.SETTING, profiles)


@contextmanager
def opened(db: str) -> Iterator[Store]:
    store = Store(Path(db))
    try:
        yield store
    finally:
        store.close()


def offerings(store: Store) -> dict[str, dict]:
    return {row["code"]: row for row in repo.export_rows(store.db)}


@pytest.mark.parametrize("writer", [write_csv, write_xlsx], ids=["csv", "xlsx"])
def test_a_dutch_spreadsheet_imports_with_a_profile(store: Store, tmp_path: Path, writer) -> None:
    store_profiles(store, roc=roc_profile())
    path = writer(tmp_path / ("roc" + (".csv" if writer is write_csv else ".xlsx")))
    profile = mapping.load_profile(store, "roc")
    report = import_catalogue(store, path, profile=profile)
    assert not report.errors, [p.render() for p in report.errors]
    assert report.inserted == 2
    rows = offerings(store)
    zp, lz = rows["ZP-1"], rows["LZ-2"]
    assert zp["provider"] == "ROC X" and zp["title"] == "Werken met het zorgplan"
    assert zp["price_cents"] == 100_000 and zp["vat"] == "21"  # 1.210 incl. 21 % = 1000.00
    assert [str(d) for d in zp["start_dates"]] == ["2027-03-01", "2027-09-01"]
    assert zp["level"] == "mbo-3" and zp["city"] == "Zwolle"
    assert lz["price_cents"] == 50_000 and lz["level"] == "hbo-bachelor"
    assert [str(d) for d in lz["start_dates"]] == ["2027-01-15"]
    ignored = [p for p in report.warnings if p.key == "mapping.header_ignored"]
    assert [p.params["header"] for p in ignored] == ["Opmerking intern"]  # as the file says


def test_prices_at_9_percent_and_exempt() -> None:
    assert mapping.excl_vat("109", 9) == "100.00"
    assert mapping.excl_vat("1.210,00", 21) == "1000.00"
    assert mapping.excl_vat("1,210", 21) == "1,210"  # ambiguous: left for the CSV rules
    store_less = mapping.Profile("x", price_includes_vat=True, vat="vrijgesteld")
    cells = {"price": "1210"}
    mapping._convert(cells, store_less)
    assert cells == {"price": "1210", "vat": "vrijgesteld"}


def test_the_suggestion_maps_the_obvious_headers(tmp_path: Path) -> None:
    headers = ["Naam opleiding", "Aanbieder", "Code", "Type", "Niveau", "Prijs incl. btw",
               "Start", "Locatie", "Omschrijving", "Omschrijvng 2", "Interne notitie"]  # fmt: skip
    row = ["Zorgplan", "ROC X", "ZP-1", "module", "niveau 3", "121", "1-3-2027", "Zwolle", "", "",
           ""]  # fmt: skip
    sheet = read_file(write_csv(tmp_path / "a.csv", headers, [row]), raw=True)
    profile = mapping.suggest("roc", sheet)
    assert profile.columns == {
        "Naam opleiding": "title",  # the headers as the provider wrote them
        "Aanbieder": "provider",
        "Code": "code",
        "Type": "type",
        "Niveau": "level",
        "Prijs incl. btw": "price",
        "Start": "start_dates",
        "Locatie": "city",
        "Omschrijving": "description",
        "Omschrijvng 2": "",  # description is taken already
        "Interne notitie": "",
    }
    assert profile.price_includes_vat and profile.provider == "ROC X"
    assert mapping.suggest_column("Omschrijvng") == "description"  # by similarity


def test_an_unknown_profile_name_is_refused(store: Store) -> None:
    store_profiles(store, roc=roc_profile())
    with pytest.raises(InputRefused) as info:
        mapping.load_profile(store, "ander")
    assert info.value.problems[0].key == "mapping.unknown_profile"
    assert "roc" in info.value.render("nl")


def test_a_profile_mapping_to_an_unknown_column_is_refused(store: Store) -> None:
    bad = roc_profile(columns={"Opleiding": "titel"})
    store_profiles(store, roc=bad)
    with pytest.raises(InputRefused) as info:
        mapping.load_profile(store, "roc")
    assert info.value.problems[0].key == "mapping.unknown_column"
    assert "titel" in info.value.render("en")


def test_a_header_the_profile_expects_but_the_file_lacks_is_refused(
    store: Store, tmp_path: Path
) -> None:
    store_profiles(store, roc=roc_profile())
    path = write_csv(tmp_path / "a.csv", [h for h in HEADERS if h != "Niveau"],
                     [r[:3] + r[4:] for r in ROWS])  # fmt: skip
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, path, profile=mapping.load_profile(store, "roc"))
    assert "mapping.header_missing" in {p.key for p in info.value.problems}
    assert offerings(store) == {}


def test_a_bad_value_refuses_the_file_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    store_profiles(store, roc=roc_profile())
    rows = [ROWS[0], [*ROWS[1][:4], "gratis", *ROWS[1][5:]]]
    path = write_csv(tmp_path / "a.csv", HEADERS, rows)
    report = import_catalogue(store, path, profile=mapping.load_profile(store, "roc"))
    assert [(p.row, p.column) for p in report.errors] == [(3, "price")]
    assert not report.written and offerings(store) == {}


# --- command line ---------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_suggest_then_import_with_the_profile(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    path = write_csv(tmp_path / "roc.csv")
    code, out, _ = run(capsys, "--db", db, "import", str(path), "--suggest-profile", "roc")
    assert code == 0
    assert "--profile roc" in out
    printed = json.loads(out[out.index("{") : out.rindex("}") + 1])
    assert printed["roc"]["columns"]["Prijs incl. btw"] == "price"
    assert printed["roc"]["price_includes_vat"] is True
    with opened(db) as store:
        assert offerings(store) == {}  # nothing imported by a suggestion
        profiles = get_setting(store.db, mapping.SETTING)
        profiles["roc"]["fixed"] = {"provider": "ROC X"}
        with store.transaction() as w:
            set_setting(w, mapping.SETTING, profiles)
    code, out, err = run(capsys, "--db", db, "import", str(path), "--profile", "roc")
    assert code == 0, err
    with opened(db) as store:
        assert offerings(store)["ZP-1"]["price_cents"] == 100_000
    code, _, err = run(capsys, "--db", db, "import", str(path), "--suggest-profile", "roc")
    assert code == 1 and "roc" in err


def test_cli_unknown_profile_is_refused(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    path = write_csv(tmp_path / "roc.csv")
    code, _, err = run(capsys, "--db", db, "--lang", "en", "import", str(path), "--profile", "x")
    assert code == 1
    assert "no import profile named x" in err


def test_cli_profile_with_an_unknown_column_is_refused_and_nothing_written(
    capsys, tmp_path: Path
) -> None:
    db = str(tmp_path / "cli.sqlite")
    with opened(db) as store:
        store_profiles(
            store, roc=roc_profile(columns={**roc_profile()["columns"], "Plaats": "stad"})
        )
    path = write_csv(tmp_path / "roc.csv")
    code, _, err = run(capsys, "--db", db, "import", str(path), "--profile", "roc")
    assert code == 1 and "stad" in err
    with opened(db) as store:
        assert offerings(store) == {}


def test_cli_profile_and_suggest_together_is_wrong_usage(capsys, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        main(["import", "a.csv", "--profile", "a", "--suggest-profile", "b"])
    assert info.value.code == 2


def test_cli_lists_the_profiles_and_deletes_one(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    with opened(db) as store:
        pass  # an empty database
    code, out, _ = run(capsys, "--db", db, "profiles")
    assert code == 0 and out.startswith("nog geen importprofielen")
    with opened(db) as store:
        store_profiles(store, roc=roc_profile(), zorg=roc_profile(provider="Zorgacademie"))
    code, out, _ = run(capsys, "--db", db, "profiles")
    assert code == 0
    header, roc, roc_options, zorg, _zorg_options = out.splitlines()
    assert roc_options.strip() == "prijzen incl. btw, tarief 21 % · datums d-m-jjjj"
    assert header.split() == ["naam", "aanbieder", "gekoppelde", "kolommen"]
    assert roc.split()[:3] == ["roc", "ROC", "X"]
    assert "Opleiding → title, Opleidingscode → code" in roc and "Plaats → city" in roc
    assert zorg.split()[:2] == ["zorg", "Zorgacademie"]

    code, out, _ = run(capsys, "--db", db, "profiles", "--delete", "zorg")
    assert code == 0 and out.strip() == "importprofiel zorg verwijderd"
    with opened(db) as store:
        assert list(mapping.stored_profiles(store)) == ["roc"]
        mapping.load_profile(store, "roc")  # the other one untouched


def test_cli_deleting_an_unknown_profile_is_refused(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    with opened(db) as store:
        store_profiles(store, roc=roc_profile())
    code, out, err = run(capsys, "--db", db, "profiles", "--delete", "rok")
    assert code == 1 and out == ""
    assert err.strip() == "geen importprofiel met de naam rok (bekend: roc)"
    code, _, err = run(capsys, "--db", db, "--lang", "en", "profiles", "--delete", "rok")
    assert code == 1 and err.strip() == "no import profile named rok (known: roc)"
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "profiles")
    assert out.splitlines()[0].split() == ["name", "provider", "mapped", "columns"]
    with opened(db) as store:
        assert list(mapping.stored_profiles(store)) == ["roc"]


def test_a_mapped_price_brings_its_vat_column(tmp_path: Path) -> None:
    """The rate every row gets is one of the sheet's columns, so an update writes it too."""
    sheet = mapping.apply_profile(
        read_file(write_csv(tmp_path / "roc.csv"), raw=True),
        mapping.Profile.from_json("roc", roc_profile()),
    )
    assert "vat" in sheet.columns and sheet.rows[0][1]["vat"] == "21"


def test_a_file_without_codes_gets_stable_codes_from_title_and_place() -> None:
    sheet = csv_v1.SheetRows(
        columns=["Opleiding", "Plaats", "Soort", "Niveau"],
        rows=[(2, {"Opleiding": "Hygiëne in de keuken", "Plaats": "Zwolle", "Soort": "cursus",
                   "Niveau": "geen"}),
              (3, {"Opleiding": "BHV  herhaling!", "Plaats": "", "Soort": "cursus",
                   "Niveau": "geen"})],
    )  # fmt: skip
    profile = mapping.suggest("keuken", sheet)
    assert profile.code_from_title and "code" not in profile.columns.values()
    profile.provider = "ROC X"
    mapped = mapping.apply_profile(sheet, profile)
    assert "code" in mapped.columns
    assert [cells["code"] for _, cells in mapped.rows] == [
        "hygiene-in-de-keuken-zwolle",
        "bhv-herhaling",
    ]
    again = mapping.Profile.from_json("keuken", profile.to_json())
    assert again.code_from_title
    profile.code_from_title = False
    with pytest.raises(InputRefused) as refused:
        mapping.apply_profile(sheet, profile)
    assert [p.column for p in refused.value.problems] == ["code"]
