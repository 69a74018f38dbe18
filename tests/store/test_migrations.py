import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from broker_app.paths import backup_dir_for
from broker_app.store.connection import connect
from broker_app.store.database import Store, StoreError
from broker_app.store.migrations import (
    DatabaseTooNew,
    build_migrations,
    migrate,
    migration_files,
    split_statements,
)

# The tables a broker edits: each has a UUID key, timestamps and a soft-delete marker.
USER_TABLES = (
    "providers", "locations", "offerings", "start_dates", "price_lines", "clients", "contacts",
    "intakes", "demand_lines", "participants", "proposals", "proposal_versions", "proposal_lines",
    "import_batches",
)  # fmt: skip


def test_new_database_gets_every_migration_and_no_backup(tmp_path: Path) -> None:
    store = Store(tmp_path / "new.sqlite")
    assert store.schema_version() == len(migration_files())
    assert store.last_backup is None
    tables = set(store.db.table_names())
    for table in (*USER_TABLES, "settings", "audit_log", "offering_search"):
        assert table in tables
    store.close()


def test_user_tables_have_uuid_keys_timestamps_and_soft_delete(store: Store) -> None:
    for table in USER_TABLES:
        columns = store.db[table].columns_dict
        assert columns["id"] is str, table
        for name in ("created_at", "updated_at", "deleted_at"):
            assert name in columns, (table, name)


def test_participants_hold_no_bsn(store: Store) -> None:
    columns = {c.lower() for c in store.db["participants"].columns_dict}
    assert not any("bsn" in c or "health" in c or "burgerservice" in c for c in columns)


def test_demand_lines_hold_every_demand_json_field(store: Store) -> None:
    columns = store.db["demand_lines"].columns_dict
    for name in (
        "title",
        "text",
        "competences",
        "sector",
        "participants",
        "current_level",
        "target_level",
        "credential",
        "delivery",
        "schedule",
        "city",
        "max_distance_km",
        "budget_per_participant_cents",
        "start_after",
        "start_before",
        "must",
    ):
        assert name in columns


def test_connection_settings(store: Store) -> None:
    db = store.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_each_thread_gets_its_own_connection(store: Store) -> None:
    seen = []
    thread = threading.Thread(target=lambda: seen.append(store.db))
    thread.start()
    thread.join()
    assert seen[0] is not store.db
    assert seen[0].execute("SELECT count(*) FROM offerings").fetchone()[0] == 0


def test_first_schema_file_is_upgraded_with_a_backup_first(tmp_path: Path, fixtures: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(fixtures / "schema1.sqlite", path)
    store = Store(path)
    assert store.schema_version() == len(migration_files())
    # The backup holds the old schema, untouched.
    assert store.last_backup is not None and store.last_backup.parent == backup_dir_for(path)
    old = sqlite3.connect(store.last_backup)
    assert old.execute("SELECT name FROM _sqlite_migrations").fetchall() == [("0001_schema",)]
    old.close()
    # The broker's data survived and the new search index covers it.
    row = store.db.execute("SELECT title, notes FROM offerings WHERE id = 'o-1'").fetchone()
    assert row == ("Werken met het zorgplan", "Eigen notitie van de makelaar")
    from broker_app.catalogue.search import search

    assert [h.code for h in search(store, "zorgplannen").hits] == ["ZORG-01"]
    store.close()


def test_a_failing_migration_leaves_nothing_half_done(tmp_path: Path) -> None:
    good = tmp_path / "0001_good.sql"
    good.write_text("CREATE TABLE a (x INTEGER);\n")
    bad = tmp_path / "0002_bad.sql"
    bad.write_text("CREATE TABLE b (x INTEGER);\nINSERT INTO a VALUES (1);\nTHIS IS NOT SQL;\n")
    db = connect(tmp_path / "m.sqlite")
    with pytest.raises(sqlite3.OperationalError):
        migrate(db, tmp_path / "m.sqlite", files=[good, bad])
    assert "b" not in db.table_names()
    assert db.execute("SELECT count(*) FROM a").fetchone()[0] == 0
    assert [m.name for m in build_migrations([good, bad]).pending(db)] == ["0002_bad"]
    db.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    Store(path).close()
    db = connect(path)
    db.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('broker_app', '0099_future', 'x')"
    )
    db.conn.commit()
    db.close()
    with pytest.raises(DatabaseTooNew):
        Store(path)


def test_a_file_that_is_not_sqlite_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("dit is geen database\n" * 100)
    with pytest.raises(StoreError):
        Store(path)


def test_trigger_bodies_stay_whole_when_splitting() -> None:
    script = (
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x INTEGER);\n\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "    UPDATE a SET x = 1;\n"
        "    DELETE FROM a WHERE x = 2;\n"
        "END;\n"
        "INSERT INTO a VALUES (';');\n"
    )
    statements = split_statements(script)
    assert len(statements) == 3
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")
    assert statements[2] == "INSERT INTO a VALUES (';');"
