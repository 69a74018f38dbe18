"""The audit log: one entry per write a broker accounts for, in the write's own transaction,
with the broker profile, and never a personal value in its details."""

from __future__ import annotations

import json
from datetime import date

import pytest

from broker_app.catalogue import demo
from broker_app.catalogue import history as import_history
from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.audit import describe
from broker_app.proposals import service
from broker_app.store import audit, catalogue, clients, intakes
from broker_app.store.settings import set_setting
from tests.csvfiles import offering, write_csv

NAME, EMAIL = "Zorggroep Parel", "jan.jansen@parel.nl"


def entries(store) -> list[dict]:
    """Every entry, oldest first, details decoded."""
    return list(reversed(list(audit.iter_entries(store.db))))


def last(store) -> dict:
    return audit.list_entries(store.db, limit=1)[0]


@pytest.fixture
def profile(store):
    with store.transaction() as db:
        set_setting(db, audit.PROFILE_SETTING, "Anna de Vries")
    return "Anna de Vries"


@pytest.fixture
def client_id(store, profile) -> str:
    with store.transaction() as db:
        return clients.insert_client(db, {"name": NAME, "email": EMAIL, "city": "Zwolle"})


def no_personal_values(store, *values: str) -> None:
    for row in store.db.execute("SELECT details, record_id, action FROM audit_log").fetchall():
        for value in values:
            assert value.casefold() not in " ".join(map(str, row)).casefold()


def test_a_new_client_is_logged_with_the_broker_profile(store, client_id, profile) -> None:
    entry = last(store)
    assert (entry["profile"], entry["action"], entry["table_name"], entry["record_id"]) == (
        profile, "create", "clients", client_id)  # fmt: skip
    assert describe(entry["action"], entry["table_name"], entry["details"]) == "Klant aangemaakt"
    no_personal_values(store, NAME, EMAIL)


def test_without_a_profile_the_os_user_acts(store, monkeypatch) -> None:
    monkeypatch.setattr(audit.getpass, "getuser", lambda: "jdevries")
    with store.transaction() as db:
        clients.insert_client(db, {"name": NAME})
    assert last(store)["profile"] == "jdevries"


def test_a_client_edit_names_the_changed_fields_not_their_values(store, client_id) -> None:
    with store.transaction() as db:
        clients.update_client(db, client_id, {"email": "nieuw@parel.nl", "city": "Zwolle"})
    with store.transaction() as db:
        clients.update_client(db, client_id, {"phone": "038 123 45 67"})
    entry = last(store)
    assert (entry["action"], entry["record_id"]) == ("update", client_id)
    assert entry["details"]["fields"] == ["email", "phone"]  # city did not change
    text = describe("update", "clients", entry["details"])
    assert text == "Klant gewijzigd: e-mail, telefoon"
    assert describe("update", "clients", entry["details"], "en") == "Client changed: e-mail, phone"
    no_personal_values(store, NAME, EMAIL, "nieuw@parel.nl", "038 123")


def test_delete_and_restore_of_a_client_are_logged(store, client_id) -> None:
    with store.transaction() as db:
        stamp = clients.delete_client(db, client_id)
    assert last(store)["action"] == "delete"
    with store.transaction() as db:
        clients.restore_client(db, client_id, stamp)
    assert [(e["action"], e["record_id"]) for e in entries(store)[-2:]] == [
        ("delete", client_id), ("restore", client_id)]  # fmt: skip


def test_a_failed_write_leaves_no_entry(store, client_id) -> None:
    before = audit.count_entries(store.db)
    with pytest.raises(RuntimeError), store.transaction() as db:
        clients.delete_client(db, client_id)
        raise RuntimeError("the disk is full")
    assert audit.count_entries(store.db) == before


def test_contacts_are_logged(store, client_id) -> None:
    with store.transaction() as db:
        contact_id = clients.insert_contact(db, client_id, {"name": "Jan Jansen", "email": EMAIL})
        clients.update_contact(db, contact_id, {"role": "HR"})
        clients.delete_contact(db, contact_id)
    assert [(e["action"], e["table_name"]) for e in entries(store)[-3:]] == [
        ("create", "contacts"), ("update", "contacts"), ("delete", "contacts")]  # fmt: skip
    assert entries(store)[-2]["details"]["fields"] == ["role"]
    no_personal_values(store, "Jan Jansen", EMAIL)


def test_intakes_demand_lines_and_participants_are_logged(store, client_id) -> None:
    intake_id = intakes.create_intake(store.db, client_id, title="Zorgtechnologie")
    line_id = intakes.add_demand_line(store.db, intake_id)
    person = intakes.add_participant(store.db, line_id, name="Piet Pieters", email=EMAIL)
    intakes.delete_participant(store.db, person)
    intakes.delete_demand_line(store.db, line_id)
    kinds = [(e["action"], e["table_name"]) for e in entries(store)]
    assert kinds[2:] == [
        ("create", "intakes"), ("create", "demand_lines"), ("create", "demand_lines"),
        ("create", "participants"), ("delete", "participants"), ("delete", "demand_lines"),
    ]  # fmt: skip
    assert entries(store)[5]["details"] == {"fields": ["email", "name"]}
    assert describe("create", "participants", {}) == "Deelnemer aangemaakt"
    no_personal_values(store, "Piet Pieters", EMAIL)


def test_autosave_of_one_record_is_coalesced(store, client_id) -> None:
    intake_id = intakes.create_intake(store.db, client_id, first_line=False)
    line_id = intakes.add_demand_line(store.db, intake_id)
    before = audit.count_entries(store.db)
    for text in ("E", "Ehb", "Ehbo voor 12 medewerkers"):  # the form saves after each pause
        intakes.update_demand_line(store.db, line_id, text=text)
    intakes.update_demand_line(store.db, line_id, participants=12)
    intakes.update_demand_line(store.db, line_id, participants=12)  # nothing changed
    intakes.update_intake(store.db, intake_id, title="EHBO")
    assert audit.count_entries(store.db) == before + 2  # one per record
    line_entry, intake_entry = entries(store)[-2:]
    assert (line_entry["record_id"], line_entry["details"]) == (
        line_id, {"fields": ["participants", "text"], "saves": 4})  # fmt: skip
    assert intake_entry["details"]["fields"] == ["title"]
    no_personal_values(store, "Ehbo voor")


def test_an_edit_after_the_window_or_by_someone_else_gets_its_own_entry(store, client_id) -> None:
    with store.transaction() as db:
        clients.update_client(db, client_id, {"phone": "1"})
    # eleven minutes later
    store.db.conn.execute(
        "UPDATE audit_log SET at = '2000-01-01T09:00:00.000Z' WHERE id = ?", [last(store)["id"]]
    )
    with store.transaction() as db:
        clients.update_client(db, client_id, {"phone": "2"})
        set_setting(db, audit.PROFILE_SETTING, "Bram Bakker")
        clients.update_client(db, client_id, {"city": "Kampen"})
    updates = [
        e for e in entries(store) if e["table_name"] == "clients" and e["action"] == "update"
    ]
    assert [(e["profile"], e["details"]["fields"]) for e in updates] == [
        ("Anna de Vries", ["phone"]),
        ("Anna de Vries", ["phone"]),
        ("Bram Bakker", ["city"]),
    ]


def test_musts_from_the_matching_page_are_logged(store, client_id) -> None:
    from broker_app.store.demand_musts import set_demand_musts

    intake_id = intakes.create_intake(store.db, client_id)
    line_id = intakes.demand_lines(store.db, intake_id)[0]["id"]
    with store.transaction() as db:
        set_demand_musts(db, line_id, ["level"])
    assert last(store)["details"]["fields"] == ["must"]


@pytest.fixture
def offerings(store, tmp_path, profile) -> list[str]:
    rows = [offering(code=f"A{i}", title=f"Cursus {i}") for i in range(3)]
    path = write_csv(tmp_path / "aanbod.csv", rows)
    report = import_catalogue(store, path)
    assert report.written
    return [r[0] for r in store.db.execute("SELECT id FROM offerings ORDER BY code").fetchall()]


def test_imports_and_their_undo_are_logged_with_counts(store, offerings) -> None:
    batch = last(store)
    assert (batch["action"], batch["table_name"]) == ("import", "import_batches")
    assert batch["details"]["inserted"] == 3
    assert describe("import", "import_batches", batch["details"]) == (
        "Catalogus geïmporteerd: 3 nieuw"  # counts of zero are left out
    )
    import_history.undo(store, batch["record_id"])
    undo = last(store)
    assert (undo["action"], undo["record_id"], undo["details"]["removed"]) == (
        "undo_import", batch["record_id"], 3)  # fmt: skip
    names = audit.record_names(store.db, [("import_batches", batch["record_id"])])
    assert names == {("import_batches", batch["record_id"]): "aanbod.csv"}


def test_offering_edit_delete_and_merge_are_logged(store, offerings) -> None:
    first, second, third = offerings
    from broker_app.catalogue.rows import parse_row  # an edited record as the form makes it

    rec, problems = parse_row(offering(code="A0", title="Nieuwe titel"), 0)
    assert rec is not None, problems
    with store.transaction() as db:
        catalogue.save_offering(db, first, rec, notes=None, tags=[])
        catalogue.soft_delete_offering(db, second)
    from broker_app.catalogue.duplicates import merge

    merge(store, first, third)
    kinds = [(e["action"], e["record_id"]) for e in entries(store)[-3:]]
    assert kinds == [("update", first), ("delete", second), ("merge", first)]
    assert "title" in entries(store)[-3]["details"]["fields"]


def test_proposals_are_logged_from_start_to_decision(store, client_id) -> None:
    ref = service.start(store, client_id, title="Voorstel", today=date(2026, 11, 29))
    service.send(store, ref.proposal_id, {"name": NAME}, today=date(2026, 11, 29))
    service.revise(store, ref.proposal_id)
    service.send(store, ref.proposal_id, {"name": NAME}, today=date(2026, 11, 30))
    service.decide(store, ref.proposal_id, "geaccepteerd", today=date(2026, 12, 1))
    other = service.start(store, client_id, title="Weg ermee")
    stamp = service.delete_concept(store, other.proposal_id)
    service.restore_concept(store, other.proposal_id, stamp)
    said = [describe(e["action"], e["table_name"], e["details"])
            for e in entries(store) if e["table_name"] == "proposals"]  # fmt: skip
    assert said == [
        "Voorstel aangemaakt", "Voorstel verzonden (versie 1)", "Voorstel herzien (versie 2)",
        "Voorstel verzonden (versie 2)", "Voorstel geaccepteerd", "Voorstel aangemaakt",
        "Voorstel verwijderd", "Voorstel teruggezet",
    ]  # fmt: skip
    names = audit.record_names(store.db, [("proposals", ref.proposal_id)])
    assert names[("proposals", ref.proposal_id)].endswith("Voorstel")
    no_personal_values(store, NAME)


def test_settings_changes_name_the_keys_that_changed(store, profile) -> None:
    with store.transaction() as db:
        set_setting(db, "broker.organisation", {"name": "Leerwerkloket", "email": "a@b.nl"})
        set_setting(db, "broker.organisation", {"name": "Leerwerkloket", "email": "c@d.nl"})
        set_setting(db, "catalogue.index_version", "x")  # the program's own: not logged
    entry = last(store)
    assert (entry["table_name"], entry["record_id"]) == ("settings", "broker.organisation")
    assert entry["details"]["fields"] == ["email", "name"]
    assert describe("update", "settings", entry["details"]) == (
        "Instelling gewijzigd: organisatie (e-mail, naam)"
    )
    before = audit.count_entries(store.db)
    with store.transaction() as db:
        set_setting(db, "proposal.valid_days", 30)
        set_setting(db, "proposal.valid_days", 30)  # the same value: nothing to tell
    assert audit.count_entries(store.db) == before + 1
    no_personal_values(store, "c@d.nl", "Leerwerkloket")


def test_demo_load_is_quiet_and_its_removal_is_one_entry(store) -> None:
    demo.load_demo(store)
    from broker_app.proposals.demo import load_demo_proposals

    load_demo_proposals(store)
    tables = {e["table_name"] for e in entries(store)}
    assert tables == {"import_batches"}  # the demo catalogue is an import like any other
    demo.remove_demo(store)
    entry = last(store)
    assert (entry["action"], entry["table_name"]) == ("demo_remove", "demo")
    assert entry["details"]["clients"] > 0
    assert describe("demo_remove", "demo", entry["details"]).startswith("Demogegevens verwijderd: ")


def test_filters_by_kind_and_period_and_live_names(store, client_id, offerings) -> None:
    db = store.db
    everything = audit.count_entries(db)
    clients_only = audit.AuditFilter(kind="clients")
    assert audit.count_entries(db, clients_only) == 1
    assert audit.list_entries(db, clients_only)[0]["record_id"] == client_id
    assert audit.count_entries(db, audit.AuditFilter(kind="catalogue")) == 1
    assert audit.count_entries(db, audit.AuditFilter(since="2999-01-01T00:00:00.000Z")) == 0
    assert audit.count_entries(db, audit.AuditFilter(until="2999-01-01T00:00:00.000Z")) == (
        everything
    )
    assert audit.record_names(db, [("clients", client_id), ("clients", "gone")]) == {
        ("clients", client_id): NAME
    }
    newest = audit.list_entries(db, limit=2)
    assert newest[0]["id"] > newest[1]["id"]


def test_entries_come_back_in_chunks_newest_first(store, profile) -> None:
    with store.transaction() as db:
        for i in range(25):
            audit.record(db, "create", "clients", f"id-{i}")
    ids = [e["record_id"] for e in audit.iter_entries(store.db, chunk=10)]
    assert ids == [f"id-{i}" for i in reversed(range(25))] + ["audit.profile"]
    assert json.loads(store.db.execute("SELECT details FROM audit_log LIMIT 1").fetchone()[0])
