"""Export, erasure and retention of client data, judged as a broker or an auditor would: what
is in the file, what is left in the database file's bytes, whether the Overzicht still adds up."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pypdfium2
import pytest

from broker_app.proposals import overview
from broker_app.proposals import service as proposal_service
from broker_app.proposals.pdf import render_pdf
from broker_app.store import clients as clients_repo
from broker_app.store import intakes, lookup, privacy
from broker_app.store.database import Store
from tests.privacy.data import fill

TODAY = date.today()


def raw_bytes(store: Store) -> bytes:
    """Everything SQLite keeps on disk for this database: the file and its write-ahead log."""
    data = store.path.read_bytes()
    wal = store.path.with_name(store.path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def figures(store: Store) -> tuple:
    seen = overview.read(store, TODAY)
    return seen.open_intake_count, seen.statuses, seen.sectors


def test_the_export_holds_the_client_and_nothing_of_another(store: Store, tmp_path: Path):
    zorg, other = fill(store)
    path = tmp_path / "export.json"
    privacy.export_client(store, zorg.id, path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["format"] == "broker-app-client-export" and data["format_version"] == 1
    assert data["client"]["name"] == zorg.name
    for secret in zorg.secrets:
        assert secret in text, secret
    for secret in other.secrets:
        assert secret not in text, secret
    assert len(data["contacts"]) == 2 and len(data["participants"]) == 2
    assert {p["name"] for p in data["participants"]} == {zorg.secrets[-4], zorg.secrets[-3]}
    assert data["intakes"] and data["demand_lines"]
    assert all(line["intake_id"] in {i["id"] for i in data["intakes"]}
               for line in data["demand_lines"])  # fmt: skip
    sent = [v for p in data["proposals"] for v in p["versions"] if v["snapshot"]]
    assert sent and sent[0]["snapshot"]["client"]["name"] == zorg.name
    assert sent[0]["lines"] and sent[0]["total_incl_cents"] > 0
    # the export itself is in the audit log, with counts and no personal data
    entry = store.db.execute(
        "SELECT action, table_name, record_id, details FROM audit_log "
        "WHERE action = 'export_client'"
    ).fetchone()
    assert entry[:3] == ("export_client", "clients", zorg.id)
    assert json.loads(entry[3])["participants"] == 2 and zorg.name not in entry[3]


def test_a_soft_deleted_contact_is_in_the_export_too(store: Store, tmp_path: Path):
    zorg, _ = fill(store)
    contact = clients_repo.contacts_for_client(store.db, zorg.id)[0]
    with store.transaction() as db:
        clients_repo.delete_contact(db, contact["id"])
    data = privacy.export_client(store, zorg.id, tmp_path / "e.json")
    deleted = [c for c in data["contacts"] if c["id"] == contact["id"]]
    assert deleted and deleted[0]["deleted_at"] is not None


def test_erasing_leaves_no_trace_in_the_file_and_the_figures_unchanged(store: Store):
    zorg, other = fill(store)
    # a soft-deleted contact and participant must go as well
    contact = clients_repo.contacts_for_client(store.db, zorg.id)[0]
    with store.transaction() as db:
        clients_repo.delete_contact(db, contact["id"])
    participant = store.db.execute(
        "SELECT id FROM participants WHERE client_id = ? LIMIT 1", [zorg.id]
    ).fetchone()[0]
    intakes.delete_participant(store.db, participant)
    store.checkpoint()
    before = figures(store)
    on_disk = raw_bytes(store)
    assert all(secret.encode() in on_disk for secret in zorg.secrets)  # the test can fail

    erased = privacy.erase_client(store, zorg.id)

    assert erased.placeholder.startswith("Geanonimiseerde klant ")
    assert (erased.contacts, erased.participants, erased.sent_versions) == (2, 2, 1)
    on_disk = raw_bytes(store)
    left = [secret for secret in zorg.secrets if secret.encode() in on_disk]
    assert left == []
    assert all(secret.encode() in on_disk for secret in other.secrets)  # the other one stays
    assert figures(store) == before
    row = clients_repo.get_client(store.db, zorg.id)
    assert row["name"] == erased.placeholder
    assert (row["sector"], row["city"], row["postcode"]) == ("zorg", "Zwolle", "8017")
    assert row["email"] is None and row["phone"] is None and row["kvk"] is None
    names = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM participants WHERE client_id = ? ORDER BY created_at, id", [zorg.id]
        )
    ]
    assert names == ["Deelnemer 1", "Deelnemer 2"]  # fmt: skip
    # global search finds the placeholder, not the old name
    assert lookup.find_clients(store.db, "IJsseldelta") == []
    assert [r["id"] for r in lookup.find_clients(store.db, erased.placeholder)] == [zorg.id]
    assert lookup.find_proposals(store.db, "IJsseldelta") == []
    entry = store.db.execute(
        "SELECT details FROM audit_log WHERE action = 'erase_client' AND record_id = ?", [zorg.id]
    ).fetchone()
    assert json.loads(entry[0]) == {"contacts": 2, "participants": 2, "intakes": 2,
                                    "proposals": 1, "sent_versions": 1}  # fmt: skip


def test_the_erased_proposal_still_renders_without_the_name(store: Store, tmp_path: Path):
    zorg, _ = fill(store)
    number = store.db.execute(
        "SELECT number FROM proposals WHERE client_id = ?", [zorg.id]
    ).fetchone()[0]
    before = proposal_service.stored_snapshot(store, number)
    erased = privacy.erase_client(store, zorg.id)
    snapshot = proposal_service.stored_snapshot(store, number)
    assert snapshot["totals"] == before["totals"]
    assert [line["price_cents"] for line in snapshot["lines"]] == [
        line["price_cents"] for line in before["lines"]
    ]
    out = tmp_path / "erased.pdf"
    render_pdf(snapshot, out, lang="nl")
    pdf = pypdfium2.PdfDocument(str(out))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    assert erased.placeholder in text and zorg.name not in text
    assert number in text


def test_two_erased_clients_get_their_own_number(store: Store):
    zorg, other = fill(store)
    first = privacy.erase_client(store, zorg.id).placeholder
    second = privacy.erase_client(store, other.id).placeholder
    assert (first, second) == ("Geanonimiseerde klant 1", "Geanonimiseerde klant 2")


def test_an_unknown_client_cannot_be_erased(store: Store):
    fill(store)
    with pytest.raises(LookupError):
        privacy.erase_client(store, "no-such-id")


def test_find_clients_by_id_kvk_or_exact_name(store: Store):
    zorg, _ = fill(store)
    assert [r["id"] for r in privacy.find_clients(store.db, zorg.id)] == [zorg.id]
    assert [r["id"] for r in privacy.find_clients(store.db, "7184.62.03")] == [zorg.id]
    assert [r["id"] for r in privacy.find_clients(store.db, "thuiszorg ijsseldelta")] == [zorg.id]
    assert privacy.find_clients(store.db, "Thuiszorg") == []  # not a part of a name


# -- retention -------------------------------------------------------------------------------


def _age(store: Store, client_id: str, stamp: str) -> None:
    """Make every intake and proposal of the employer last change at ``stamp``."""
    with store.transaction() as db:
        db.execute("UPDATE intakes SET updated_at = ? WHERE client_id = ?", [stamp, client_id])
        db.execute(
            "UPDATE demand_lines SET updated_at = ? WHERE intake_id IN "
            "(SELECT id FROM intakes WHERE client_id = ?)",
            [stamp, client_id],
        )
        db.execute("UPDATE proposals SET updated_at = ? WHERE client_id = ?", [stamp, client_id])
        db.execute(
            "UPDATE proposal_versions SET updated_at = ? WHERE proposal_id IN "
            "(SELECT id FROM proposals WHERE client_id = ?)",
            [stamp, client_id],
        )


def _participants(store: Store, client_id: str) -> list[tuple]:
    return store.db.execute(
        "SELECT name, function, email FROM participants WHERE client_id = ? "
        "ORDER BY created_at, id",
        [client_id],
    ).fetchall()


def test_retention_anonymises_only_the_participants_of_old_clients(store: Store):
    zorg, other = fill(store)
    today = date(2026, 11, 29)
    _age(store, zorg.id, "2024-11-28T10:00:00.000Z")  # a day more than 24 months ago
    _age(store, other.id, "2024-11-30T10:00:00.000Z")  # a day less
    kept = _participants(store, other.id)
    before = figures(store)

    result = privacy.apply_retention(store, today)

    assert (result.months, result.clients, result.participants) == (24, 1, 2)
    assert _participants(store, zorg.id) == [("Deelnemer 1", None, None),
                                             ("Deelnemer 2", None, None)]  # fmt: skip
    assert _participants(store, other.id) == kept
    assert figures(store) == before
    assert privacy.apply_retention(store, today).participants == 0  # nothing twice
    entries = store.db.execute(
        "SELECT record_id, details FROM audit_log WHERE action = 'anonymise_participants'"
    ).fetchall()
    assert entries == [(zorg.id, json.dumps({"participants": 2, "months": 24}))]


def test_retention_set_to_zero_anonymises_nothing(store: Store):
    zorg, _ = fill(store)
    _age(store, zorg.id, "2010-01-01T10:00:00.000Z")
    with store.transaction() as db:
        privacy.set_retention_months(db, 0)
    assert privacy.apply_retention(store, date(2026, 11, 29)).participants == 0
    assert any(name.startswith("Anouk") for name, *_ in _participants(store, zorg.id))


def test_a_recent_change_to_a_proposal_counts_as_activity(store: Store):
    zorg, _ = fill(store)
    _age(store, zorg.id, "2020-01-01T10:00:00.000Z")
    with store.transaction() as db:
        db.execute("UPDATE proposals SET updated_at = ? WHERE client_id = ?",
                   ["2026-06-01T10:00:00.000Z", zorg.id])  # fmt: skip
    assert privacy.last_activity(store.db, zorg.id) == "2026-06-01T10:00:00.000Z"
    assert privacy.apply_retention(store, date(2026, 11, 29)).participants == 0


# -- the BSN rule in the store (the window says it first) ----------------------------------


def test_the_store_refuses_a_bsn_in_participants_notes_and_demand_text(store: Store):
    zorg, _ = fill(store)
    line_id, intake_id = store.db.execute(
        "SELECT d.id, d.intake_id FROM demand_lines d JOIN intakes i ON i.id = d.intake_id "
        "WHERE i.client_id = ? LIMIT 1",
        [zorg.id],
    ).fetchone()
    with pytest.raises(intakes.IntakeWriteError):
        intakes.add_participant(store.db, line_id, name="Jan", function="BSN 111222333")
    with pytest.raises(intakes.IntakeWriteError):
        intakes.update_intake(store.db, intake_id, notes="bsn 1112.22.333")
    with pytest.raises(intakes.IntakeWriteError):
        intakes.update_demand_line(store.db, line_id, text="Heftruck voor 123 456 782")
    assert b"111222333" not in raw_bytes(store) and b"1112.22.333" not in raw_bytes(store)
