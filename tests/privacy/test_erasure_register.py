"""An erasure survives a restore of an older backup (AVG): the erasure register beside the
database names the client, and every restore (command line, window session, start-up dialog)
erases it again, with audit entries for the restore and the erasure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from broker_app.cli import main
from broker_app.store import backups, erasures, privacy
from broker_app.store.database import Store
from tests.privacy.data import Client, fill


def raw_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def actions(path: Path) -> list[tuple[str, str | None, dict]]:
    store = Store(path)
    try:
        rows = store.db.execute(
            "SELECT action, record_id, details FROM audit_log ORDER BY id"
        ).fetchall()
    finally:
        store.close()
    return [(a, r, json.loads(d or "{}")) for a, r, d in rows]


@pytest.fixture
def erased_after_backup(tmp_path: Path) -> tuple[Path, Path, Client, Client]:
    """A database with two clients; a backup made; then one client erased."""
    path = tmp_path / "broker.sqlite"
    store = Store(path)
    zorg, other = fill(store)
    old = backups.make_backup(store)
    privacy.erase_client(store, zorg.id)
    store.close()
    return path, old, zorg, other


def test_the_register_holds_the_id_and_date_and_nothing_personal(erased_after_backup):
    path, _, zorg, _ = erased_after_backup
    register = erasures.register_path(path)
    assert register.parent == path.parent == backups.backup_dir_for(path).parent
    assert list(erasures.erased_ids(path)) == [zorg.id]
    text = register.read_text(encoding="utf-8")
    assert not [s for s in zorg.secrets if s in text]


def test_a_cli_restore_of_an_older_backup_erases_the_client_again(
    capsys, erased_after_backup
) -> None:
    path, old, zorg, other = erased_after_backup
    assert all(s.encode() in raw_bytes(old) for s in zorg.secrets)  # the backup holds them

    code = main(["--db", str(path), "restore", str(old)])
    out, err = capsys.readouterr()

    assert code == 0, err
    assert "1 eerder gewiste klant(en) opnieuw gewist" in out
    on_disk = raw_bytes(path)
    assert [s for s in zorg.secrets if s.encode() in on_disk] == []
    assert all(s.encode() in on_disk for s in other.secrets)
    logged = actions(path)
    # the restored log lost the first erasure; it has the erasure again and the restore
    assert [a for a, r, d in logged if r == zorg.id and a == "erase_client"] == ["erase_client"]
    again = next(d for a, r, d in logged if r == zorg.id and a == "erase_client")
    assert again.get("again") == 1
    assert logged[-1][0] == "restore_backup" and logged[-1][2] == {"clients": 1}


def test_a_restore_of_a_backup_made_after_the_erasure_changes_nothing(
    capsys, erased_after_backup
) -> None:
    path, _, zorg, _ = erased_after_backup
    store = Store(path)
    newer = backups.make_backup(store)
    with store.transaction() as db:  # the broker names the erased client again, by hand
        db.conn.execute("UPDATE clients SET name = 'Nieuwe naam' WHERE id = ?", [zorg.id])
    store.close()
    assert main(["--db", str(path), "restore", str(newer)]) == 0
    out, _ = capsys.readouterr()
    assert "opnieuw gewist" not in out
    assert actions(path)[-1] == ("restore_backup", None, {})


def test_every_opening_erases_a_client_the_register_names(capsys, erased_after_backup) -> None:
    """A backup copied over the database by hand (or a crash between the register and the
    erasure): the next command erases the client before it does anything else."""
    path, old, zorg, _ = erased_after_backup
    path.write_bytes(old.read_bytes())
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    code = main(["--db", str(path), "search", "zorg"])
    _, err = capsys.readouterr()
    assert code == 0
    assert "1 eerder gewiste klant(en) opnieuw gewist" in err
    assert [s for s in zorg.secrets if s.encode() in raw_bytes(path)] == []


def test_a_failed_erasure_takes_its_register_entry_out(tmp_path: Path, monkeypatch) -> None:
    store = Store(tmp_path / "broker.sqlite")
    zorg, _ = fill(store)

    def boom(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(privacy, "_anonymise_participants", boom)
    with pytest.raises(RuntimeError):
        privacy.erase_client(store, zorg.id)
    assert erasures.erased_ids(store.path) == {}
    assert store.db.execute("SELECT name FROM clients WHERE id = ?", [zorg.id]).fetchone()[0]
    store.close()


def test_after_restore_is_one_transaction_with_the_restore_entry(erased_after_backup) -> None:
    path, old, zorg, _ = erased_after_backup
    backups.restore_database(old, path)
    store = Store(path)
    try:
        assert backups.after_restore(store) == 1
        assert backups.after_restore(store) == 0  # erased now: nothing again
        name = store.db.execute("SELECT name FROM clients WHERE id = ?", [zorg.id]).fetchone()[0]
        assert name.startswith("Geanonimiseerde klant ")
    finally:
        store.close()
