"""EDU-DEX program JSON as catalogue offerings: good files, several runs and costs, broken files."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from broker_app.catalogue import edudex, importer
from broker_app.catalogue.importer import check_rows, import_catalogue
from broker_app.domain.problems import InputRefused
from broker_app.store.database import Store

EDUDEX = Path(__file__).parent.parent / "fixtures" / "edudex"


@pytest.fixture
def wired(monkeypatch: pytest.MonkeyPatch) -> None:
    """``read_file`` reading .json as EDU-DEX (the importer tells feeds apart by content)."""
    plain = importer.read_file

    def read_file(path: Path):
        if path.suffix.lower() == ".json":
            return edudex.read_edudex(path)
        return plain(path)

    monkeypatch.setattr(importer, "read_file", read_file)
    monkeypatch.setitem(importer.READERS, ".json", "edudex")


def checked(path: Path):
    records, problems, bad = check_rows(edudex.read_edudex(path))
    return {r.code: r for r in records}, [p.render("nl") for p in problems], bad


def count(store: Store, table: str = "offerings") -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def program() -> dict:
    return json.loads((EDUDEX / "single_program.json").read_text(encoding="utf-8"))


def write(tmp_path: Path, data: object, name: str = "p.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def tuition(data: dict) -> dict:
    return data["programSchedule"]["programRun"][0]["cost"][0]


# --- good files ---------------------------------------------------------------------------------


def test_one_program_becomes_one_offering_with_every_field() -> None:
    records, problems, bad = checked(EDUDEX / "single_program.json")
    assert bad == 0 and list(records) == ["MED-AR-01"]
    r = records["MED-AR-01"]
    assert (r.provider, r.title, r.type, r.level) == (
        "zorgacademie-oost",
        "Medicatie aanreiken en toedienen",
        "cursus",
        "mbo-3",
    )
    assert (r.sector, r.hours, r.duration_weeks, r.credential, r.language) == (
        "zorg",
        24,
        6,
        "certificaat",
        "nl",
    )
    assert (r.city, r.delivery, r.schedule) == ("Zwolle", ["klassikaal"], ["avond"])
    assert r.start_dates == [date(2027, 2, 1), date(2027, 9, 6)]
    assert (r.price_cents, r.vat, r.crkbo) == (49500, "vrijgesteld", True)
    assert (r.min_participants, r.max_participants) == (6, 14)
    assert r.keywords == ["medicatie", "zorgplan", "helpende"]
    assert r.outcomes == [
        "medicatie aanreiken volgens protocol",
        "fouten melden (MIC)",
        "toedienlijst bijhouden",
    ]
    assert r.url == "https://zorgacademie-oost.example/medicatie"
    assert r.description.startswith("Helpenden en verzorgenden leren medicatie")
    # The study material is not the price; the broker reads it in the description.
    assert r.description.endswith("Bijkomende kosten: lesmateriaal € 45,00 (excl. 21 % btw).")
    # The program does not carry its provider's name: said once, the id stands in.
    assert problems == [
        "programma 1 (MED-AR-01), veld programClassification.orgUnitId: de naam van de "
        'aanbieder staat niet in het bestand; "zorgacademie-oost" is als aanbieder gebruikt'
    ]


def test_a_collection_with_runs_in_two_places_and_several_costs() -> None:
    records, problems, bad = checked(EDUDEX / "collection.json")
    assert bad == 0
    assert sorted(records) == ["AD-BTK", "VCA-B@Amersfoort", "VCA-B@Utrecht"]
    utrecht, amersfoort = records["VCA-B@Utrecht"], records["VCA-B@Amersfoort"]
    # The supplier list next to the programs gives the provider's name.
    assert {r.provider for r in records.values()} == {"Bouwschool Midden"}
    # Runs by place: each place its own start dates, schedule, price and group size.
    assert utrecht.start_dates == [date(2027, 1, 12), date(2027, 3, 9)]
    assert amersfoort.start_dates == [date(2027, 2, 2)]  # the cancelled run is left out
    assert (utrecht.price_cents, utrecht.vat, utrecht.schedule) == (25000, "21", ["dag"])
    assert (amersfoort.price_cents, amersfoort.schedule) == (27500, ["weekend"])
    assert (utrecht.max_participants, amersfoort.max_participants) == (16, 12)
    assert "examen € 60,00 (excl. 21 % btw); lunch € 12,50 (excl. 9 % btw, optioneel)" in (
        utrecht.description
    )
    assert utrecht.description.startswith(
        "Basisveiligheid op de bouwplaats.\nrisico's herkennen\nPBM gebruiken"
    )
    assert (utrecht.level, utrecht.type, utrecht.sector, utrecht.hours) == (
        "geen",
        "cursus",
        "bouw",
        8,
    )
    ad = records["AD-BTK"]
    assert (ad.type, ad.level, ad.qualification_code, ad.credential) == (
        "associate-degree",
        "hbo-ad",
        "80045",
        "diploma",
    )
    assert (ad.ec, ad.hours, ad.duration_weeks) == (120, 3360, 104)
    assert (ad.delivery, ad.schedule, ad.continuous_intake) == (["online"], ["avond"], True)
    assert (ad.price_cents, ad.vat) == (253000, "vrijgesteld")
    assert ad.title == "Associate degree Building Technology"  # English only: no Dutch
    assert (
        "programma 2 (AD-BTK), veld programDescriptions.programName: geen Nederlandse tekst, "
        "de Engelse is gebruikt" in problems
    )
    assert any("cost[1].period: lesgeld 2530.00 is per jaar" in p for p in problems)
    assert any(
        p.startswith("programma 1 (VCA-B), veld programSchedule.programRun: uitvoeringen")
        for p in problems
    )
    assert (
        "programma 3 (OUD-01): EDU-DEX leverde geen gegevens (program not found); "
        "overgeslagen" in problems
    )


def test_a_real_import_writes_the_offerings_and_a_reimport_updates_them(
    store: Store, wired: None
) -> None:
    report = import_catalogue(store, EDUDEX / "collection.json")
    assert (report.inserted, report.updated, report.written) == (3, 0, True)
    rows = store.db.execute(
        "SELECT o.code, o.city, o.price_cents, p.name FROM offerings o "
        "JOIN providers p ON p.id = o.provider_id ORDER BY o.code"
    ).fetchall()
    assert rows == [
        ("AD-BTK", None, 253000, "Bouwschool Midden"),
        ("VCA-B@Amersfoort", "Amersfoort", 27500, "Bouwschool Midden"),
        ("VCA-B@Utrecht", "Utrecht", 25000, "Bouwschool Midden"),
    ]
    assert count(store, "start_dates") == 3
    fmt = store.db.execute("SELECT format FROM import_batches").fetchone()[0]
    assert fmt == "edudex"
    again = import_catalogue(store, EDUDEX / "collection.json")
    assert (again.inserted, again.updated + again.unchanged) == (0, 3)
    assert count(store) == 3


def test_provider_names_known_to_the_caller_win(tmp_path: Path) -> None:
    sheet = edudex.read_edudex(
        EDUDEX / "single_program.json", provider_names={"zorgacademie-oost": "Zorgacademie Oost"}
    )
    records, problems, _ = check_rows(sheet)
    assert records[0].provider == "Zorgacademie Oost" and problems == []


# --- broken files: clear messages, nothing written ------------------------------------------------


def test_broken_json_is_refused_with_line_and_nothing_is_written(store: Store, wired: None) -> None:
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, EDUDEX / "broken.json")
    assert info.value.render("nl").startswith("het bestand is geen geldige JSON (regel 4, teken 1)")
    assert info.value.render("en").startswith("the file is not valid JSON (line 4, character 1)")
    assert count(store) == 0 and count(store, "import_batches") == 0


def test_json_that_is_not_edudex_is_refused(store: Store, wired: None) -> None:
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, EDUDEX / "not_edudex.json")
    assert "geen EDU-DEX-programma" in info.value.render("nl")
    assert "not an EDU-DEX program" in info.value.render("en")
    assert count(store) == 0


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"client": "x", "text": "y"}, False),
        ([], False),
        ({"programs": []}, False),
        ([1, 2], False),
        ("programClassification", False),
        ({"programClassification": {}}, True),
        ([{"programDescriptions": {}}], True),
        ({"programs": [{"programId": "A", "orgUnitId": "b", "data": None, "error": "x"}]}, True),
    ],
)
def test_looks_like_edudex(data: object, expected: bool) -> None:
    assert edudex.looks_like_edudex(data) is expected


def test_a_program_without_a_title_refuses_the_file(store: Store, wired: None) -> None:
    report = import_catalogue(store, EDUDEX / "no_title.json")
    assert not report.written and count(store) == 0
    errors = [p for p in report.problems if p.is_error]
    assert [p.render("nl") for p in errors] == [
        "programma 2 (MED-AR-02), veld programDescriptions.programName: geen titel (nl of en)"
    ]
    assert errors[0].render("en") == (
        "program 2 (MED-AR-02), field programDescriptions.programName: no title (nl or en)"
    )
    # --skip-invalid writes the good program and reports the other.
    report = import_catalogue(store, EDUDEX / "no_title.json", skip_invalid=True)
    assert (report.inserted, report.skipped) == (1, 1)
    assert store.db.execute("SELECT code FROM offerings").fetchall() == [("MED-AR-01",)]


def test_an_unknown_vat_code_refuses_the_file(store: Store, wired: None) -> None:
    report = import_catalogue(store, EDUDEX / "unknown_vat.json")
    assert not report.written and count(store) == 0
    errors = [p.render("nl") for p in report.problems if p.is_error]
    assert errors == [
        "programma 1 (MED-AR-01), veld programSchedule.programRun[1].cost[1].VATCode: "
        "onbekende btw-code 7 (EDU-DEX kent 1 geen btw, 2 verlegd, 3 laag tarief, 4 en 5 hoog "
        "tarief)"
    ]


def test_missing_program_id_and_a_bad_amount_are_named(tmp_path: Path) -> None:
    data = program()
    del data["programClassification"]["programId"]
    tuition(data)["amount"] = "vijfhonderd"
    sheet = edudex.read_edudex(write(tmp_path, [data, "geen programma"]))
    _, problems, bad = check_rows(sheet)
    errors = [p.render("nl") for p in problems if p.is_error]
    assert bad == 2
    assert sorted(errors) == [
        "programma 1, veld programClassification.programId: ontbreekt maar is nodig",
        'programma 1, veld programSchedule.programRun[1].cost[1].amount: "vijfhonderd" is '
        "geen bedrag",
        "programma 2: is geen JSON-object",
    ]


def test_an_empty_file_and_a_collection_without_data(tmp_path: Path) -> None:
    (tmp_path / "leeg.json").write_text("  \n", encoding="utf-8")
    with pytest.raises(InputRefused) as info:
        edudex.read_edudex(tmp_path / "leeg.json")
    assert info.value.render("nl") == "het bestand is leeg"
    only_errors = {"programs": [{"programId": "A", "orgUnitId": "b", "error": "weg", "data": None}]}
    with pytest.raises(InputRefused) as info:
        edudex.read_edudex(write(tmp_path, only_errors))
    assert "het bestand bevat geen programma's om te importeren" in info.value.render("nl")


# --- prices and VAT ------------------------------------------------------------------------------


def test_an_amount_given_including_vat_is_converted(tmp_path: Path) -> None:
    data = program()
    tuition(data).update({"amount": "121.00", "amountVAT": "121.00", "VATCode": 5})
    records, problems, _ = checked(write(tmp_path, data))
    assert (records["MED-AR-01"].price_cents, records["MED-AR-01"].vat) == (10000, "21")
    assert any(
        "bedrag 121.00 is inclusief btw ingevuld; prijs exclusief btw wordt 100.00" in p
        for p in problems
    )


@pytest.mark.parametrize(
    ("change", "price", "vat", "warning"),
    [
        ({"VATCode": 3}, 49500, "9", None),
        ({"VATCode": 2}, 49500, None, "btw verlegd (code 2) kent de catalogus niet"),
        ({"payableBy": "group"}, None, "vrijgesteld", "lesgeld 495.00 is per groep"),
        ({"period": "day"}, None, "vrijgesteld", "lesgeld 495.00 is per day"),
        ({"currency": "USD"}, None, "vrijgesteld", "lesgeld in USD, niet in euro"),
    ],
)
def test_tuition_fee_rules(
    tmp_path: Path, change: dict, price: int | None, vat: str | None, warning: str | None
) -> None:
    data = program()
    tuition(data).update(change)
    records, problems, bad = checked(write(tmp_path, data))
    assert bad == 0
    assert (records["MED-AR-01"].price_cents, records["MED-AR-01"].vat) == (price, vat)
    if warning:
        assert any(warning in p for p in problems)


def test_generic_run_costs_count_when_the_runs_have_none(tmp_path: Path) -> None:
    data = program()
    costs = data["programSchedule"]["programRun"][0].pop("cost")
    data["programSchedule"]["genericProgramRun"] = {"cost": costs}
    records, _, _ = checked(write(tmp_path, data))
    assert records["MED-AR-01"].price_cents == 49500


# --- classification ------------------------------------------------------------------------------


def variant(**classification: object) -> dict:
    data = program()
    data["programClassification"].update(classification)
    return data


@pytest.mark.parametrize(
    ("classification", "type_", "level", "warning"),
    [
        ({"programType": "mbo module"}, "module", "mbo-3", None),
        ({"creboCode": "K0123"}, "keuzedeel", "mbo-3", None),
        ({"degree": "mbo-certificaat"}, "mbo-certificaat", "mbo-3", None),
        (
            {"creboCode": "25491", "degree": "diploma", "programLevel": "mbo niveau 2"},
            "mbo-opleiding",
            "mbo-2",
            None,
        ),
        ({"programLevel": "post-hbo"}, "post-hbo", "hbo-bachelor", '"post-hbo" gelezen als level'),
        ({"programLevel": "havo"}, "cursus", "geen", 'geen niveau te bepalen uit "havo"'),
        ({"programType": "escape room"}, "cursus", "mbo-3", '"escape room" gelezen als type'),
        (
            {"programLevel": "academic master", "degree": "MSc"},
            "hbo-master",
            "wo-master",
            '"academic master" gelezen als type "hbo-master"',
        ),
    ],
)
def test_classification_maps_to_type_and_level(
    tmp_path: Path, classification: dict, type_: str, level: str, warning: str | None
) -> None:
    records, problems, bad = checked(write(tmp_path, variant(**classification)))
    assert bad == 0
    r = records["MED-AR-01"]
    assert (r.type, r.level) == (type_, level)
    if warning:
        assert any(warning in p for p in problems), problems


def test_an_nlqf_registration_gives_the_level_when_program_level_does_not(tmp_path: Path) -> None:
    data = variant(programLevel="none")
    data["programExternalAcknowledgements"]["nlqfRegistration"] = [
        {"eqfLevel": "5", "nlqfLevel": "5", "nlqfRegisterCode": "12-345"}
    ]
    records, problems, _ = checked(write(tmp_path, data))
    assert records["MED-AR-01"].level == "hbo-ad"
    assert any('"NLQF 5" gelezen als level "hbo-ad"' in p for p in problems)


def test_runs_in_two_places_become_two_offerings_and_no_runs_one(tmp_path: Path) -> None:
    data = program()
    data["programSchedule"]["programRun"][1]["location"]["city"] = "Deventer"
    records, _, _ = checked(write(tmp_path, data))
    assert sorted(records) == ["MED-AR-01@Deventer", "MED-AR-01@Zwolle"]
    # Without runs the program's only location stands in; the price is unknown.
    data = program()
    del data["programSchedule"]["programRun"]
    records, _, _ = checked(write(tmp_path, data))
    assert records["MED-AR-01"].city == "Zwolle" and records["MED-AR-01"].price_cents is None


def test_a_copy_of_a_program_in_the_same_file_is_a_duplicate(tmp_path: Path) -> None:
    data = program()
    sheet = edudex.read_edudex(write(tmp_path, [data, copy.deepcopy(data)]))
    _, problems, bad = check_rows(sheet)
    assert bad == 1
    assert any(p.is_error and p.key == "row.duplicate" for p in problems)


def test_a_broken_program_in_several_places_is_reported_once(tmp_path: Path) -> None:
    data = program()
    data["programSchedule"]["programRun"][1]["location"]["city"] = "Deventer"
    tuition(data)["VATCode"] = 0
    _, problems, bad = check_rows(edudex.read_edudex(write(tmp_path, data)))
    assert bad == 1
    assert [p.key for p in problems if p.is_error] == ["edudex.vat_code"]
