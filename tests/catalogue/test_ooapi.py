"""OOAPI v5 JSON import: programs, courses and their offerings become catalogue offerings."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from broker_app.catalogue import importer
from broker_app.catalogue.importer import check_rows, import_catalogue
from broker_app.catalogue.ooapi import looks_like_ooapi, parse_ooapi, read_ooapi
from broker_app.domain.models import OfferingRecord
from broker_app.domain.problems import InputRefused
from broker_app.store.database import Store
from tests.conftest import FIXTURES

OOAPI = FIXTURES / "ooapi"
TODAY = date(2026, 11, 29)


def records_of(path: Path, **kwargs) -> tuple[list[OfferingRecord], list[str], int]:
    records, problems, bad = check_rows(read_ooapi(path, today=TODAY, **kwargs))
    return records, [p.render("nl") for p in problems], bad


def by_code(records: list[OfferingRecord]) -> dict[str, OfferingRecord]:
    return {r.code: r for r in records}


@pytest.fixture
def ooapi_wired(monkeypatch: pytest.MonkeyPatch) -> None:
    """The importer reading .json as OOAPI (read_file by suffix, then by content)."""
    plain = importer.read_file

    def read_file(path: Path):
        if path.suffix.lower() == ".json":
            return read_ooapi(path, today=TODAY)
        return plain(path)

    monkeypatch.setattr(importer, "read_file", read_file)
    monkeypatch.setitem(importer.READERS, ".json", "ooapi-v5")


def count(store: Store, table: str = "offerings") -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# ---- good files


def test_a_program_with_embedded_offerings_is_one_offering_with_every_start() -> None:
    records, messages, bad = records_of(OOAPI / "program_with_offerings.json")
    assert (len(records), bad, messages) == (1, 0, [])
    r = records[0]
    assert (r.provider, r.code, r.title) == (
        "ROC Midden Nederland",  # the Dutch name, though English comes first in the file
        "VZ-BBL-25491",
        "Verzorgende-IG (bbl)",
    )
    assert r.description.startswith("Opleiding tot verzorgende")
    assert (r.level, r.type, r.qualification_code) == ("mbo-3", "mbo-opleiding", "25491")
    assert (r.hours, r.ec, r.duration_weeks) == (1600, None, 104)  # sbu = hours; P2Y
    assert r.start_dates == [date(2027, 2, 1), date(2027, 9, 1)]
    assert not r.continuous_intake
    assert r.delivery == ["klassikaal", "blended"]  # situated, hybrid
    assert (r.price_cents, r.vat) == (145000, "vrijgesteld")  # vatAmount 0
    assert (r.city, r.min_participants, r.max_participants) == ("Utrecht", 10, 24)
    assert r.language == "nl"
    assert r.outcomes == ["Medicatie aanreiken en registreren", "Zorgplan opstellen en bijhouden"]
    assert r.url == "https://www.rocmn.nl/opleidingen/verzorgende-ig-bbl"


def test_a_paged_program_list_maps_levels_types_vat_and_flexible_entry() -> None:
    records, messages, bad = records_of(OOAPI / "programs_page.json")
    assert bad == 0
    found = by_code(records)
    assert set(found) == {"VZ-BBL-25491", "AD-MZ", "LD-ZORG"}
    ad = found["AD-MZ"]
    assert (ad.level, ad.type, ad.credential, ad.ec, ad.hours) == (
        "hbo-ad",
        "associate-degree",
        "diploma",
        120,
        3360,
    )
    assert (ad.price_cents, ad.vat, ad.city) == (253000, None, "Zwolle")
    # only "amount": read as the price excluding VAT, with a warning naming the field
    assert messages == [
        "item 2, veld offerings[0].priceInformation[0].amount: btw onbekend (geen vatAmount of "
        "amountWithoutVat); het bedrag is als prijs zonder btw gelezen"
    ]
    spec = found["LD-ZORG"]
    # a specialisation is a module; levelOfQualification 6 in the hbo sector is hbo-bachelor
    assert (spec.type, spec.level, spec.ec, spec.delivery) == (
        "module",
        "hbo-bachelor",
        pytest.approx(7.5),
        ["online"],
    )
    # "total costs" wins over "STAP eligible"; 262.50 on 1250.00 is 21 %
    assert (spec.price_cents, spec.vat) == (125000, "21")
    assert spec.start_dates == [date(2027, 1, 11)] and spec.continuous_intake


def test_courses_and_offerings_with_the_course_expanded_give_the_same_offering() -> None:
    page, page_messages, _ = records_of(OOAPI / "courses_page.json")
    listed, _listed_messages, _ = records_of(OOAPI / "course_offerings_expanded.json")
    course = by_code(page)["ZAO-MED"]
    assert by_code(listed)["ZAO-MED"] == course
    assert len(listed) == 1  # two offerings of one course: one catalogue offering
    assert (course.type, course.level, course.hours, course.duration_weeks) == (
        "cursus",
        "mbo-2",
        24,
        6,
    )
    assert course.start_dates == [date(2027, 3, 2), date(2027, 10, 5)]
    assert (course.price_cents, course.vat) == (39355, "21")
    assert course.delivery == ["online", "klassikaal"]
    assert course.city == "Deventer"  # the first start's place, the other one named
    assert any("ook gegeven in Apeldoorn; Deventer is genomen" in m for m in page_messages)
    english = by_code(page)["ZAO-DEM"]
    assert (english.title, english.level, english.language) == (
        "Dementia care basics",
        "geen",
        "en",
    )


def test_a_real_import_writes_the_offerings_and_a_second_run_updates_them(
    store: Store, ooapi_wired: None
) -> None:
    report = import_catalogue(store, OOAPI / "programs_page.json")
    assert (report.inserted, report.updated, report.written) == (3, 0, True)
    row = store.db.execute(
        "SELECT o.title, o.level, o.price_cents, o.vat, o.continuous_intake, p.name "
        "FROM offerings o JOIN providers p ON p.id = o.provider_id WHERE o.code = 'LD-ZORG'"
    ).fetchone()
    assert row == (
        "Leidinggeven in de zorg (specialisatie)",
        "hbo-bachelor",
        125000,
        "21",
        1,
        "Hogeschool Windesheim",
    )
    fmt = store.db.execute("SELECT format FROM import_batches").fetchone()
    assert fmt == ("ooapi-v5",)
    # the single program has both starts: the same offering is updated, not duplicated
    again = import_catalogue(store, OOAPI / "program_with_offerings.json")
    assert (again.inserted, again.updated) == (0, 1)
    assert count(store) == 3
    starts = store.db.execute(
        "SELECT count(*) FROM start_dates s JOIN offerings o ON o.id = s.offering_id "
        "WHERE o.code = 'VZ-BBL-25491'"
    ).fetchone()
    assert starts == (2,)


# ---- broken files


def test_broken_json_is_refused_with_line_and_nothing_is_written(
    store: Store, ooapi_wired: None
) -> None:
    with pytest.raises(InputRefused) as info:
        import_catalogue(store, OOAPI / "broken_syntax.json")
    assert info.value.render("nl").startswith("geen geldige JSON (regel 35")
    assert info.value.render("en").startswith("not valid JSON (line 35")
    assert count(store) == 0


@pytest.mark.parametrize(
    "data",
    [
        {"client": "Thuiszorg De Vecht", "text": "medicatie"},  # Demand JSON v1
        [1, 2, 3],
        "programma",
        {"programs": [{"name": "Verzorgende"}]},
        {"items": [{"title": "Verzorgende", "provider": "ROC"}]},
    ],
)
def test_json_that_is_not_ooapi_is_refused_as_a_whole(data: object) -> None:
    assert not looks_like_ooapi(data)
    with pytest.raises(InputRefused) as info:
        parse_ooapi(data)
    assert "dit is geen OOAPI v5-bestand" in info.value.render("nl")
    assert "this is not an OOAPI v5 file" in info.value.render("en")


def test_the_fixtures_look_like_ooapi() -> None:
    for name in ("program_with_offerings", "programs_page", "courses_page"):
        data = json.loads((OOAPI / f"{name}.json").read_text(encoding="utf-8"))
        assert looks_like_ooapi(data), name
    data = json.loads((OOAPI / "course_offerings_expanded.json").read_text(encoding="utf-8"))
    assert looks_like_ooapi(data)


def test_an_empty_item_list_is_refused() -> None:
    with pytest.raises(InputRefused) as info:
        parse_ooapi({"pageSize": 10, "pageNumber": 1, "items": []})
    assert "geen programma's, cursussen of offerings" in info.value.render("nl")


def test_missing_names_and_an_unknown_study_load_unit_are_named_by_item_and_field(
    store: Store, ooapi_wired: None
) -> None:
    report = import_catalogue(store, OOAPI / "broken_items.json")
    assert not report.written and count(store) == 0
    errors = [p.render("nl") for p in report.problems if p.is_error]
    assert errors == [
        "item 2, veld organization: alleen een id (6f1c2a3e-0000-4000-8000-000000000003); "
        "de naam van de aanbieder is nodig: vraag op met expand=organization",
        "item 3, veld name: is verplicht maar leeg",
        'item 4, veld studyLoad.studyLoadUnit: "weken" is geen bekende eenheid van studielast '
        "(kies uit: ects, sbu, hour, contacttime, sp)",
    ]
    english = [p.render("en") for p in report.problems if p.is_error]
    assert english[2].startswith(
        'item 4, field studyLoad.studyLoadUnit: "weken" is not a known unit of study load'
    )
    # skip_invalid writes the one good item
    partial = import_catalogue(store, OOAPI / "broken_items.json", skip_invalid=True)
    assert (partial.inserted, partial.skipped) == (1, 3)


def test_a_bad_amount_names_the_offering_item_and_the_json_field(
    store: Store, ooapi_wired: None
) -> None:
    report = import_catalogue(store, OOAPI / "bad_price_offerings.json")
    assert not report.written and count(store) == 0
    errors = [p for p in report.problems if p.is_error]
    assert [p.render("nl") for p in errors] == [
        'item 3, veld priceInformation[0].amount: "twaalf" is geen bedrag'
    ]
    assert errors[0].render("en") == (
        'item 3, field priceInformation[0].amount: "twaalf" is not an amount'
    )


def test_a_provider_given_by_the_broker_stands_in_for_an_organization_id(tmp_path: Path) -> None:
    data = json.loads((OOAPI / "broken_items.json").read_text(encoding="utf-8"))
    path = tmp_path / "one.json"
    path.write_text(json.dumps(data["items"][1]), encoding="utf-8")
    assert records_of(path)[2] == 1  # without it: refused
    records, _messages, bad = records_of(path, provider="Zorgacademie Oost")
    assert bad == 0 and records[0].provider == "Zorgacademie Oost"


# ---- single mappings


def program(**fields: object) -> dict:
    base = {
        "programId": "p-1",
        "primaryCode": {"codeType": "programCode", "code": "P1"},
        "programType": "program",
        "name": [{"language": "nl-NL", "value": "Opleiding"}],
        "description": [{"language": "nl-NL", "value": "Tekst"}],
        "teachingLanguage": "nld",
        "organization": {"name": [{"language": "nl-NL", "value": "ROC Test"}]},
    }
    base.update(fields)
    return base


def one(data: object) -> tuple[OfferingRecord | None, list[str]]:
    records, problems, _bad = check_rows(parse_ooapi(data, today=TODAY))
    return (records[0] if records else None), [p.render("nl") for p in problems]


@pytest.mark.parametrize(
    ("fields", "level", "offering_type"),
    [
        ({"level": "secondary vocational education 4"}, "mbo-4", "mbo-opleiding"),
        (
            {"level": "secondary vocational education", "levelOfQualification": "4+"},
            "mbo-4",
            "mbo-opleiding",
        ),
        ({"level": "bachelor", "sector": "university education"}, "wo-bachelor", "hbo-bachelor"),
        (
            {"level": "master", "sector": "higher professional education"},
            "hbo-master",
            "hbo-master",
        ),
        ({"levelOfQualification": "2"}, "mbo-2", "mbo-opleiding"),
        ({"level": "nt2-1"}, "geen", "cursus"),
        ({"level": "associate degree", "programType": "minor"}, "hbo-ad", "module"),
    ],
)
def test_levels_and_types(fields: dict, level: str, offering_type: str) -> None:
    record, _ = one(program(**fields))
    assert record is not None and (record.level, record.type) == (level, offering_type)


def test_a_level_that_cannot_be_placed_is_an_error() -> None:
    assert one(program(level="doctoral"))[1] == [
        'item 1, veld level: "doctoral" (promotie) heeft geen niveau in de catalogus'
    ]
    assert one(program())[1] == [
        "item 1, veld level: ontbreekt (en levelOfQualification ook): het niveau is nodig"
    ]
    _record, messages = one(program(level="bachelor"))
    assert messages == [
        'item 1, veld level: "bachelor" gelezen als "hbo-bachelor": sector '
        "ontbreekt, hbo aangenomen"
    ]


def offering(**fields: object) -> dict:
    base = {"offeringId": "o-1", "offeringType": "program", "startDate": "2027-03-01"}
    base.update(fields)
    return base


@pytest.mark.parametrize(
    ("cost", "cents", "vat"),
    [
        ({"amount": "1090.00", "vatAmount": "90.00"}, 100000, "9"),
        ({"amount": "1210", "amountWithoutVat": "1000"}, 100000, "21"),
        ({"amountWithoutVat": "750.5"}, 75050, None),
        ({"amount": "500", "vatAmount": "0", "amountWithoutVat": "500"}, 50000, "vrijgesteld"),
    ],
)
def test_prices_excluding_vat_and_the_rate(cost: dict, cents: int, vat: str | None) -> None:
    data = program(
        level="secondary vocational education 3",
        offerings=[offering(priceInformation=[{"costType": "total costs", **cost}])],
    )
    record, _ = one(data)
    assert record is not None and (record.price_cents, record.vat) == (cents, vat)


def test_amounts_that_disagree_and_foreign_currency_are_errors() -> None:
    costs = [
        {"costType": "total costs", "amount": "1000", "vatAmount": "10", "amountWithoutVat": "900"}
    ]
    _r, messages = one(program(level="undefined", offerings=[offering(priceInformation=costs)]))
    assert messages == [
        "item 1, veld offerings[0].priceInformation[0].amount: amount 1000 is niet gelijk aan "
        "amountWithoutVat 900 + vatAmount 10"
    ]
    costs = [{"costType": "total costs", "amount": "100", "currency": "USD"}]
    _r, messages = one(program(level="undefined", offerings=[offering(priceInformation=costs)]))
    assert messages == [
        "item 1, veld offerings[0].priceInformation[0].currency: valuta USD wordt niet "
        "ondersteund (alleen EUR)"
    ]


def test_a_flexible_entry_period_that_has_ended_is_not_continuous_intake() -> None:
    ended = offering(
        flexibleEntryPeriodStart="2025-01-01",
        flexibleEntryPeriodEnd="2025-06-30",
        startDate="2025-01-01",
    )
    record, _ = one(program(level="undefined", offerings=[ended]))
    assert record is not None and not record.continuous_intake
    open_ended = offering(flexibleEntryPeriodStart="2026-09-01")
    record, _ = one(program(level="undefined", offerings=[open_ended]))
    assert record is not None and record.continuous_intake


def test_a_study_load_in_contact_hours_is_left_empty_with_a_warning() -> None:
    record, messages = one(
        program(level="undefined", studyLoad={"studyLoadUnit": "contacttime", "value": 40})
    )
    assert record is not None and record.hours is None
    assert messages == [
        "item 1, veld studyLoad.studyLoadUnit: studielast in contacttime is niet om te rekenen "
        "naar uren; uren blijven leeg"
    ]


def test_the_same_program_twice_is_named_once() -> None:
    data = {"items": [program(level="undefined"), program(level="undefined")]}
    records, problems, bad = check_rows(parse_ooapi(data, today=TODAY))
    assert (len(records), bad) == (1, 1)
    assert [p.render("nl") for p in problems] == [
        "item 2, veld primaryCode.code: aanbieder ROC Test met code P1 staat al in item 1"
    ]


def test_an_offering_with_only_a_program_id_asks_for_the_expansion() -> None:
    data = {"items": [offering(program="p-1")]}
    _records, problems, bad = check_rows(parse_ooapi(data, today=TODAY))
    assert bad == 1
    assert [p.render("nl") for p in problems] == [
        "item 1, veld program: alleen een id (p-1); naam en gegevens zijn nodig: vraag de "
        "offerings op met expand=program"
    ]
