"""The intake form's writes: each one lands on its own, lists as JSON, participants minimal."""

from __future__ import annotations

import json
from datetime import date

import pytest

from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.demand import Demand
from broker_app.matching.engine import match
from broker_app.store import clients, intakes
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv


@pytest.fixture
def client_id(store: Store) -> str:
    with store.transaction() as db:
        return clients.insert_client(db, {"name": "Veluwe Distributie B.V.", "city": "Apeldoorn"})


def raw_line(store: Store, line_id: str) -> dict:
    return dict(next(store.db.query("SELECT * FROM demand_lines WHERE id = ?", [line_id])))


def test_a_new_intake_is_open_with_one_empty_line(store: Store, client_id: str) -> None:
    intake_id = intakes.create_intake(store.db, client_id, intake_date="2026-11-29")
    intake = intakes.get_intake(store.db, intake_id)
    assert intake["status"] == "open" and intake["intake_date"] == "2026-11-29"
    [line] = intakes.demand_lines(store.db, intake_id)
    assert line["text"] == "" and line["must"] == []
    assert not store.db.conn.in_transaction  # committed, nothing left open


def test_new_lines_take_over_the_employers_sector_and_place(store: Store) -> None:
    with store.transaction() as db:
        zorg = clients.insert_client(
            db, {"name": "Thuiszorg IJsseldelta", "sector": "zorg", "city": "Zwolle"}
        )
        bare = clients.insert_client(db, {"name": "Zonder Sector B.V."})
    intake_id = intakes.create_intake(store.db, zorg)
    second = intakes.add_demand_line(store.db, intake_id)
    own = intakes.add_demand_line(store.db, intake_id, {"text": "x", "city": "Kampen"})
    lines = {line["id"]: line for line in intakes.demand_lines(store.db, intake_id)}
    assert [(line["sector"], line["city"]) for line in lines.values()] == [
        ("zorg", "Zwolle"), ("zorg", "Zwolle"), ("zorg", "Kampen")
    ]  # fmt: skip
    assert second in lines and own in lines
    [line] = intakes.demand_lines(store.db, intakes.create_intake(store.db, bare))
    assert (line["sector"], line["city"]) == (None, None)


def test_intake_fields_are_updated_with_a_new_timestamp(store: Store, client_id: str) -> None:
    intake_id = intakes.create_intake(store.db, client_id)
    before = intakes.get_intake(store.db, intake_id)["updated_at"]
    intakes.update_intake(store.db, intake_id, title="Heftruck", status="afgerond", notes="x")
    after = intakes.get_intake(store.db, intake_id)
    assert (after["title"], after["status"], after["notes"]) == ("Heftruck", "afgerond", "x")
    assert after["updated_at"] >= before
    with pytest.raises(intakes.IntakeWriteError):
        intakes.update_intake(store.db, intake_id, status="klaar")
    with pytest.raises(intakes.IntakeWriteError):
        intakes.update_intake(store.db, intake_id, client_id="someone else")
    assert intakes.get_intake(store.db, intake_id)["status"] == "afgerond"


def test_one_field_at_a_time_and_lists_as_json(store: Store, client_id: str) -> None:
    intake_id = intakes.create_intake(store.db, client_id)
    [line] = intakes.demand_lines(store.db, intake_id)
    intakes.update_demand_line(store.db, line["id"], text="heftruck rijden")
    intakes.update_demand_line(store.db, line["id"], competences=["heftruck", " reachtruck ", ""])
    intakes.update_demand_line(store.db, line["id"], must=["budget", "distance"])
    intakes.update_demand_line(store.db, line["id"], budget_per_participant_cents=40000)
    raw = raw_line(store, line["id"])
    assert raw["text"] == "heftruck rijden"
    assert json.loads(raw["competences"]) == ["heftruck", "reachtruck"]
    assert json.loads(raw["must"]) == ["budget", "distance"]
    assert raw["budget_per_participant_cents"] == 40000


@pytest.mark.parametrize(
    "fields",
    [
        {"must": ["budget", "haast"]},
        {"target_level": "mbo-9"},
        {"delivery": ["per post"]},
        {"participants": -1},
        {"budget_per_participant_cents": "1.500"},
        {"start_after": "29-11-2026"},
        {"bsn": "123456782"},
    ],
)
def test_a_refused_value_writes_nothing(store: Store, client_id: str, fields: dict) -> None:
    intake_id = intakes.create_intake(store.db, client_id)
    [line] = intakes.demand_lines(store.db, intake_id)
    before = raw_line(store, line["id"])
    with pytest.raises((intakes.IntakeWriteError, ValueError)):
        intakes.update_demand_line(store.db, line["id"], title="nieuw", **fields)
    assert raw_line(store, line["id"]) == before


def test_lines_are_added_moved_and_soft_deleted(store: Store, client_id: str) -> None:
    intake_id = intakes.create_intake(store.db, client_id)
    [first] = intakes.demand_lines(store.db, intake_id)
    second = intakes.add_demand_line(store.db, intake_id, {"text": "reachtruck"})
    third = intakes.add_demand_line(store.db, intake_id)
    assert [x["id"] for x in intakes.demand_lines(store.db, intake_id)] == [
        first["id"], second, third
    ]  # fmt: skip
    intakes.move_demand_line(store.db, third, 0)
    assert [x["id"] for x in intakes.demand_lines(store.db, intake_id)] == [
        third, first["id"], second
    ]  # fmt: skip
    person = intakes.add_participant(store.db, second, name="Piet")
    intakes.delete_demand_line(store.db, second)
    assert [x["id"] for x in intakes.demand_lines(store.db, intake_id)] == [third, first["id"]]
    assert intakes.get_demand_line(store.db, second) is None
    assert intakes.participants(store.db, second) == []
    kept = store.db.execute("SELECT deleted_at FROM participants WHERE id = ?", [person]).fetchone()
    assert kept[0] is not None  # soft: still there, marked deleted


def test_participants_hold_name_function_and_email_only(store: Store, client_id: str) -> None:
    intake_id = intakes.create_intake(store.db, client_id)
    [line] = intakes.demand_lines(store.db, intake_id)
    person = intakes.add_participant(
        store.db, line["id"], name=" Anna de Vries ", function="magazijnmedewerker"
    )
    intakes.update_participant(store.db, person, email="anna@veluwe.nl")
    with pytest.raises(intakes.IntakeWriteError):
        intakes.update_participant(store.db, person, email="anna at veluwe")
    with pytest.raises(intakes.IntakeWriteError):
        intakes.add_participant(store.db, line["id"], name="Bob", bsn="123456782")
    [row] = intakes.participants(store.db, line["id"])
    assert row == {
        "id": person,
        "demand_line_id": line["id"],
        "name": "Anna de Vries",
        "function": "magazijnmedewerker",
        "email": "anna@veluwe.nl",
    }
    stored = dict(next(store.db.query("SELECT * FROM participants WHERE id = ?", [person])))
    assert stored["client_id"] == client_id


def test_a_line_written_field_by_field_matches(store: Store, client_id: str, tmp_path) -> None:
    rows = [
        offering(provider="Logistiek Centrum Oost", code="HEF", title="Heftruckcertificaat",
                 type="cursus", level="geen", sector="logistiek",
                 outcomes="heftruck besturen|lading zekeren", keywords="vorkheftruck",
                 price="350", city="Apeldoorn", start_dates="2030-01-15"),
        offering(provider="Horeca Academie", code="HACCP", title="Hygiënecode voor de horeca",
                 type="cursus", level="geen", sector="horeca", outcomes="temperaturen",
                 price="295", city="Zwolle", start_dates="2030-03-01"),
    ]  # fmt: skip
    assert import_catalogue(store, write_csv(tmp_path / "c.csv", rows)).written
    intake_id = intakes.create_intake(store.db, client_id)
    [line] = intakes.demand_lines(store.db, intake_id)
    for field, value in (
        ("text", "Nieuwe medewerkers moeten heftruck leren rijden"),
        ("competences", ["heftruck rijden"]),
        ("city", "Apeldoorn"),
        ("max_distance_km", 30),
        ("budget_per_participant_cents", 40000),
        ("start_after", "2029-12-01"),
        ("must", ["budget", "distance"]),
    ):
        intakes.update_demand_line(store.db, line["id"], **{field: value})
    stored = intakes.get_demand_line(store.db, line["id"])
    demand = Demand.from_line(stored, stored["client_name"])
    assert demand.budget_per_participant_cents == 40000
    assert demand.start_after == date(2029, 12, 1)
    assert demand.must == ["budget", "distance"]
    result = match(store, demand, today=date(2029, 11, 29))
    assert [m.facts.title for m in result.results] == ["Heftruckcertificaat"]
