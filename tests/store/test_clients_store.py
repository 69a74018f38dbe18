"""Employers in the store: list and search with counts, edit, soft delete and undo, contacts,
history."""

from __future__ import annotations

from datetime import date

import pytest

from broker_app.proposals import service
from broker_app.store import clients as repo
from broker_app.store.database import Store


def _client(store: Store, name: str, **values: object) -> str:
    with store.transaction() as db:
        return repo.insert_client(db, {"name": name, **values})


@pytest.fixture
def three(store: Store) -> dict[str, str]:
    ids = {
        "zorg": _client(store, "Thuiszorg IJsseldelta", kvk="71846203", city="Zwolle"),
        "bouw": _client(store, "Bouwbedrijf Hesselink", kvk="08123457", city="Deventer"),
        "hotel": _client(store, "Hotelgroep Vechtdal", kvk="37915542", city="Ommen"),
    }
    with store.transaction() as db:
        intake = repo.insert_intake(db, ids["zorg"], title="Medicatie", intake_date="2026-10-01")
        repo.insert_intake(db, ids["zorg"], title="Wondzorg", intake_date="2026-11-01")
        repo.insert_demand_line(db, intake, 0, {"text": "medicatie aanreiken"})
        repo.insert_contact(db, ids["zorg"], {"name": "Marloes Bosch", "role": "HR-adviseur"})
    ids["intake"] = intake
    return ids


def names(rows: list[dict]) -> list[str]:
    return [r["name"] for r in rows]


def test_list_is_by_name_with_counts(store: Store, three: dict[str, str]) -> None:
    service.start(store, three["zorg"], intake_id=three["intake"], today=date(2026, 11, 2))
    rows = repo.list_clients(store.db)
    assert names(rows) == ["Bouwbedrijf Hesselink", "Hotelgroep Vechtdal", "Thuiszorg IJsseldelta"]
    zorg = rows[2]
    assert (zorg["open_intakes"], zorg["intakes"], zorg["open_proposals"], zorg["proposals"]) == (
        2, 2, 1, 1,
    )  # fmt: skip
    assert rows[0]["open_intakes"] == 0


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("zwolle", ["Thuiszorg IJsseldelta"]),
        ("HOTEL ommen", ["Hotelgroep Vechtdal"]),
        ("0812 3457", ["Bouwbedrijf Hesselink"]),
        ("71.84.62.03", ["Thuiszorg IJsseldelta"]),
        ("100%", []),
        ("", ["Bouwbedrijf Hesselink", "Hotelgroep Vechtdal", "Thuiszorg IJsseldelta"]),
    ],
)
def test_search_on_name_city_and_kvk(
    store: Store, three: dict[str, str], search: str, found: list[str]
) -> None:
    assert names(repo.list_clients(store.db, search)) == found


def test_update_writes_only_known_fields(store: Store, three: dict[str, str]) -> None:
    with store.transaction() as db:
        assert repo.update_client(db, three["bouw"], {"city": "Zwolle", "is_demo": 1})
    client = repo.get_client(store.db, three["bouw"])
    assert client is not None and client["city"] == "Zwolle" and client["is_demo"] == 0
    with pytest.raises(ValueError):
        repo.update_client(store.db, three["bouw"], {"name": ""})


def test_name_taken_ignores_case_and_the_client_itself(store: Store, three: dict[str, str]) -> None:
    assert repo.name_taken(store.db, "hotelgroep vechtdal")
    assert not repo.name_taken(store.db, "Hotelgroep Vechtdal", three["hotel"])
    assert not repo.name_taken(store.db, "Nieuw B.V.")


def test_soft_delete_hides_client_contacts_and_intakes_and_restore_brings_them_back(
    store: Store, three: dict[str, str]
) -> None:
    with store.transaction() as db:
        stamp = repo.delete_client(db, three["zorg"])
    assert stamp is not None
    assert "Thuiszorg IJsseldelta" not in names(repo.list_clients(store.db))
    assert repo.get_client(store.db, three["zorg"]) is None
    assert repo.contacts_for_client(store.db, three["zorg"]) == []
    assert repo.client_history(store.db, three["zorg"]) == []
    row = store.db.execute("SELECT deleted_at FROM clients WHERE id = ?", [three["zorg"]])
    assert row.fetchone()[0] == stamp  # soft: the row is still there

    with store.transaction() as db:
        assert repo.restore_client(db, three["zorg"], stamp)
    assert "Thuiszorg IJsseldelta" in names(repo.list_clients(store.db))
    assert names(repo.contacts_for_client(store.db, three["zorg"])) == ["Marloes Bosch"]
    assert len(repo.client_history(store.db, three["zorg"])) == 2
    live_lines = store.db.execute(
        "SELECT count(*) FROM demand_lines WHERE deleted_at IS NULL"
    ).fetchone()[0]
    assert live_lines == 1


def test_restore_leaves_what_was_deleted_earlier_deleted(
    store: Store, three: dict[str, str]
) -> None:
    contact = repo.contacts_for_client(store.db, three["zorg"])[0]["id"]
    with store.transaction() as db:
        repo.delete_contact(db, contact)
    with store.transaction() as db:
        stamp = repo.delete_client(db, three["zorg"])
    with store.transaction() as db:
        repo.restore_client(db, three["zorg"], str(stamp))
    assert repo.contacts_for_client(store.db, three["zorg"]) == []


def test_delete_twice_is_nothing(store: Store, three: dict[str, str]) -> None:
    with store.transaction() as db:
        assert repo.delete_client(db, three["hotel"])
        assert repo.delete_client(db, three["hotel"]) is None
        assert not repo.restore_client(db, three["hotel"], "1999-01-01T00:00:00.000Z")


def test_contacts_add_update_delete(store: Store, three: dict[str, str]) -> None:
    with store.transaction() as db:
        first = repo.insert_contact(db, three["hotel"], {"name": "Anna de Wit"})
        second = repo.insert_contact(db, three["hotel"], {"name": "Bram Smit", "role": "chef"})
        repo.update_contact(db, first, {"email": "anna@vechtdal.nl", "client_id": "x"})
    rows = repo.contacts_for_client(store.db, three["hotel"])
    assert names(rows) == ["Anna de Wit", "Bram Smit"]
    assert rows[0]["email"] == "anna@vechtdal.nl" and rows[0]["client_id"] == three["hotel"]
    with store.transaction() as db:
        assert repo.delete_contact(db, second)
    assert names(repo.contacts_for_client(store.db, three["hotel"])) == ["Anna de Wit"]


def test_history_has_intakes_and_proposals_newest_first(
    store: Store, three: dict[str, str]
) -> None:
    ref = service.start(store, three["zorg"], intake_id=three["intake"], title="Medicatie",
                        today=date(2026, 11, 20))  # fmt: skip
    history = repo.client_history(store.db, three["zorg"])
    kinds = [(r["kind"], r["title"]) for r in history]
    assert ("proposal", "Medicatie") in kinds
    assert kinds[-2:] == [("intake", "Wondzorg"), ("intake", "Medicatie")]
    proposal = next(r for r in history if r["kind"] == "proposal")
    assert proposal["id"] == ref.proposal_id and proposal["number"] == ref.number
    assert proposal["status"] == "concept" and proposal["total_excl_cents"] is None
    intake = next(r for r in history if r["title"] == "Medicatie" and r["kind"] == "intake")
    assert intake["date"] == "2026-10-01" and intake["demand_lines"] == 1
