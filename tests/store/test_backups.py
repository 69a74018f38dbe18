"""Backups and restore (issue 7): the rotation, the daily and pre-import backups, and a restore
that checks the file first, keeps what it replaces and leaves the database alone on refusal."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.problems import InputRefused
from broker_app.paths import backup_dir_for
from broker_app.store import backup_files, backups
from broker_app.store.connection import connect
from broker_app.store.database import Store
from broker_app.store.migrations import migration_files
from broker_app.store.settings import get_setting, set_setting
from tests.csvfiles import offering, write_csv

DAY = datetime(2026, 11, 29, 9, 0, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def offerings_in(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM offerings").fetchone()[0]
    finally:
        conn.close()


def setting_in(path: Path, key: str) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def damage(path: Path) -> None:
    """Garbage over pages in the middle of a real database (the header stays readable)."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 40 * page, "the database is too small to damage in the middle"
    for start in range(8 * page, 40 * page, 2 * page):
        data[start : start + page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def filled(tmp_path: Path, name: str = "broker.sqlite", rows: int = 3) -> Store:
    store = Store(tmp_path / name)
    csv = write_csv(tmp_path / f"{name}.csv", [offering(code=f"C{i}") for i in range(rows)])
    assert import_catalogue(store, csv).written
    return store


# -- naming and rotation ------------------------------------------------------------------------


def test_names_say_what_kind_of_backup_a_file_is(tmp_path: Path) -> None:
    db = tmp_path / "broker.sqlite"
    when = datetime(2026, 11, 29, 14, 5, 1)
    assert backup_files.parse_name(backup_files.backup_target(db, when)).kind == "manual"
    for kind in ("daily", "import", "restore"):
        target = backup_files.backup_target(db, when, backup_files.reason_for(kind))
        assert backup_files.parse_name(target) == backup_files.BackupName(kind, when)
    migration = backup_files.backup_target(
        db, when, backup_files.reason_for("migration", "0007_backups")
    )
    assert migration.name == "broker-2026-11-29-140501-voor-0007_backups.sqlite"
    assert backup_files.parse_name(migration).kind == "migration"
    # The names migrations gave their backups before (UTC) still count as automatic.
    old = Path("broker-20261001T101500Z-voor-0002_search.sqlite")
    assert backup_files.parse_name(old).kind == "migration"
    assert backup_files.parse_name(Path("mijn kopie.sqlite")).kind == "manual"


def test_rotation_keeps_the_14_newest_automatic_backups_and_every_manual_one(
    store: Store,
) -> None:
    manual = [backups.make_backup(store, DAY - timedelta(days=30 + i)) for i in range(2)]
    kept_restore = backup_files.backup_target(store.path, DAY - timedelta(days=40), "voor-herstel")
    shutil.copy(manual[0], kept_restore)
    made = []
    for i in range(16):  # alternating kinds, one per day, oldest first
        kind = (backup_files.DAILY, backup_files.BEFORE_IMPORT)[i % 2]
        when = DAY - timedelta(days=16 - i)
        made.append(backup_files.automatic_backup(store.db, store.path, kind, when))
    automatic = backup_files.automatic_backups(store.path)
    assert len(automatic) == backup_files.KEEP_AUTOMATIC == 14
    assert automatic == list(reversed(made[2:]))  # newest first; the two oldest went
    assert not made[0].exists() and not made[1].exists()
    assert all(p.exists() for p in manual) and kept_restore.exists()
    listed = backups.list_backups(store.path)
    assert len(listed) == 14 + 3
    assert [b.kind for b in listed].count("manual") == 2


def test_a_migration_backup_lands_in_the_same_folder_and_rotation(
    tmp_path: Path, fixtures: Path
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(fixtures / "schema1.sqlite", path)
    store = Store(path)
    try:
        assert store.last_backup is not None
        assert store.last_backup.parent == backup_dir_for(path)
        assert backup_files.parse_name(store.last_backup).kind == "migration"
        assert store.last_backup in backup_files.automatic_backups(path)
    finally:
        store.close()


def test_the_daily_backup_is_made_once_a_day(store: Store) -> None:
    first = backups.daily_backup(store, DAY)
    assert first is not None and first.exists() and first.name.endswith("-dagelijks.sqlite")
    assert backups.daily_backup(store, DAY + timedelta(hours=8)) is None
    assert backups.daily_backup(store, DAY.replace(hour=23, minute=59)) is None
    # An import backup that day is no daily backup.
    backups.backup_before_import(store, DAY + timedelta(hours=1))
    next_day = backups.daily_backup(store, DAY + timedelta(days=1, hours=-8))
    assert next_day is not None and next_day != first
    kinds = [b.kind for b in backups.list_backups(store.path)]
    assert kinds.count("daily") == 2


# -- before an import -----------------------------------------------------------------------------


def test_an_import_first_backs_up_the_database_as_it_was(tmp_path: Path) -> None:
    store = filled(tmp_path, rows=3)
    try:
        csv = write_csv(tmp_path / "more.csv", [offering(code=f"N{i}") for i in range(5)])
        before = {b.path for b in backups.list_backups(store.path)}
        dry = import_catalogue(store, csv, dry_run=True)
        assert dry.backup is None  # a dry run writes nothing, so it backs up nothing
        assert {b.path for b in backups.list_backups(store.path)} == before
        report = import_catalogue(store, csv)
        assert report.written and report.inserted == 5
        assert report.backup is not None and report.backup not in before
        assert backup_files.parse_name(report.backup).kind == "import"
        assert offerings_in(report.backup) == 3  # the state before this import
        assert offerings_in(store.path) == 8
    finally:
        store.close()


def test_no_import_when_its_backup_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = filled(tmp_path, rows=2)
    try:

        def broken(db, target):
            raise OSError("schijf vol")

        monkeypatch.setattr(backup_files, "backup_to", broken)
        csv = write_csv(tmp_path / "more.csv", [offering(code="X1")])
        with pytest.raises(InputRefused) as info:
            import_catalogue(store, csv)
        assert "de back-up vóór het importeren is niet gelukt (schijf vol)" in info.value.render()
        assert offerings_in(store.path) == 2
    finally:
        store.close()


# -- checking and restoring -----------------------------------------------------------------------


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, Path]:
    """A database with a setting 'x' = 'old' backed up, then changed to 'new'; closed."""
    store = filled(tmp_path, rows=30)
    with store.transaction() as db:
        set_setting(db, "x", "old")
    backup = backups.make_backup(store, DAY)
    with store.transaction() as db:
        set_setting(db, "x", "new")
    path = store.path
    store.close()
    return path, backup


def refused(source: Path, target: Path, lang: str = "nl") -> str:
    before = digest(target)
    listed = backups.list_backups(target)
    with pytest.raises(InputRefused) as info:
        backups.restore_database(source, target)
    assert digest(target) == before, "the database changed on a refusal"
    assert backups.list_backups(target) == listed, "a refusal made a backup"
    return info.value.render(lang)


def test_restore_puts_the_backup_in_place_and_keeps_what_it_replaced(saved) -> None:
    path, backup = saved
    done = backups.restore_database(backup, path, when=DAY + timedelta(hours=1))
    assert done.source.schema_version == len(migration_files())
    assert done.kept is not None and done.kept.name.endswith("-voor-herstel.sqlite")
    assert backup_files.parse_name(done.kept).kind == "restore"
    assert setting_in(done.kept, "x") == '"new"'  # the replaced database, kept whole
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert not list(path.parent.glob(".*herstel*")), "the temporary file was left behind"
    store = Store(path)
    try:
        assert get_setting(store.db, "x") == "old"
        assert store.integrity() == ["ok"]
    finally:
        store.close()
    # The copy a restore kept is never offered as the latest backup, nor rotated away.
    assert backups.latest_backup(path).path == backup
    assert done.kept not in backup_files.automatic_backups(path)


def test_restore_refuses_a_damaged_file_and_changes_nothing(saved, tmp_path: Path) -> None:
    path, backup = saved
    broken = tmp_path / "kapot.sqlite"
    shutil.copy(backup, broken)
    damage(broken)
    message = refused(broken, path)
    assert message.startswith(f"{broken} is beschadigd (")
    assert message.endswith("er is niets teruggezet")


def test_restore_refuses_a_file_that_is_no_database(saved, tmp_path: Path) -> None:
    path, _ = saved
    text = tmp_path / "notities.sqlite"
    text.write_text("boodschappen\n" * 500)
    assert refused(text, path) == f"{text} is geen database; er is niets teruggezet"
    assert refused(text, path, "en") == f"{text} is not a database; nothing was restored"
    assert refused(tmp_path / "weg.sqlite", path) == f"{tmp_path / 'weg.sqlite'} bestaat niet"


def test_restore_refuses_a_database_of_another_program(saved, tmp_path: Path) -> None:
    path, _ = saved
    other = tmp_path / "ander.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recepten (naam TEXT)")
    conn.commit()
    conn.close()
    assert refused(other, path) == (
        f"{other} is geen database van Opleidingsmakelaar; er is niets teruggezet"
    )


def test_restore_refuses_a_database_from_a_newer_version(saved, tmp_path: Path) -> None:
    path, backup = saved
    newer = tmp_path / "nieuwer.sqlite"
    shutil.copy(backup, newer)
    db = connect(newer)
    db.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('broker_app', '0099_future', 'x')"
    )
    db.conn.commit()
    db.close()
    message = refused(newer, path)
    assert "is gemaakt met een nieuwere versie van Opleidingsmakelaar (schemaversie 99" in message
    assert message.endswith("Er is niets teruggezet")


def test_restore_refuses_while_another_program_has_the_database_open(saved) -> None:
    path, backup = saved
    other = Store(path)
    try:
        other.db.execute("SELECT count(*) FROM offerings").fetchone()
        message = refused(backup, path)
        assert "is nog geopend in een ander programma of venster" in message
    finally:
        other.close()


def test_an_older_backup_is_restored_and_migrated_with_a_backup_first(
    saved, fixtures: Path
) -> None:
    path, _ = saved
    done = backups.restore_database(fixtures / "schema1.sqlite", path)
    assert done.source.schema_version == 1
    store = Store(path)
    try:
        assert store.schema_version() == len(migration_files())
        assert store.last_backup is not None
        assert backup_files.parse_name(store.last_backup).kind == "migration"
    finally:
        store.close()


def test_a_damaged_database_can_be_replaced_and_is_kept_as_it_was(saved) -> None:
    path, backup = saved
    damage(path)
    done = backups.restore_database(backup, path)
    store = Store(path)
    try:
        assert store.integrity() == ["ok"] and get_setting(store.db, "x") == "old"
    finally:
        store.close()
    # The damaged database was kept page for page, damage included (nothing is thrown away).
    assert done.kept is not None
    kept = sqlite3.connect(done.kept)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="malformed"):
            kept.execute("PRAGMA quick_check").fetchall()
    finally:
        kept.close()


def test_a_backup_cut_short_leaves_no_file_under_a_backups_name(
    tmp_path: Path, monkeypatch
) -> None:
    """The copy is written under a temporary name: killed or failing halfway, the backups
    folder lists nothing new, and the next backup of that name is whole."""
    store = filled(tmp_path)
    folder = backup_dir_for(store.path)
    before = sorted(p.name for p in folder.iterdir()) if folder.exists() else []

    class Failing(sqlite3.Connection):
        def execute(self, sql, *args):  # the copy is made, then the disk is full
            if sql.startswith("PRAGMA journal_mode"):
                raise sqlite3.OperationalError("database or disk is full")
            return super().execute(sql, *args)

    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, factory=Failing))
    with pytest.raises(sqlite3.OperationalError):
        backups.make_backup(store)
    monkeypatch.undo()
    assert sorted(p.name for p in folder.iterdir()) == before
    made = backups.make_backup(store)
    assert offerings_in(made) == 3
    store.close()
