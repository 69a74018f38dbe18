"""Numbered SQL migrations from ``db/migrations``, applied with sqlite-utils' Migrations.

Each file runs in one transaction together with the record that it ran; before anything is applied
to a database that already holds tables, a copy is made with the online backup API (an automatic
backup ``…-voor-0007_….sqlite``, rotated with the others: see ``store/backup_files.py``).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from broker_app.paths import data_dir
from broker_app.store.backup_files import BEFORE_MIGRATION, automatic_backup

MIGRATION_SET = "broker_app"
_FILE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class DatabaseTooNew(Exception):
    """The file was written by a newer version of the program: it knows migrations we do not."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown = unknown


def migration_files(folder: Path | None = None) -> list[Path]:
    folder = folder or data_dir("db") / "migrations"
    return sorted(p for p in folder.iterdir() if _FILE.match(p.name))


def split_statements(script: str) -> list[str]:
    """Split a SQL script into complete statements (trigger bodies stay whole).

    ``executescript`` would commit on its own; running statement by statement keeps each
    migration inside its transaction.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _runner(sql: str) -> Callable[[sqlite_utils.Database], None]:
    def run(db: sqlite_utils.Database) -> None:
        for statement in split_statements(sql):
            db.conn.execute(statement)

    return run


def build_migrations(files: list[Path] | None = None) -> Migrations:
    migrations = Migrations(MIGRATION_SET)
    for path in files if files is not None else migration_files():
        migrations(name=path.stem)(_runner(path.read_text(encoding="utf-8")))
    return migrations


def applied_names(db: sqlite_utils.Database) -> list[str]:
    return [m.name for m in Migrations(MIGRATION_SET).applied(db)]


def schema_version(db: sqlite_utils.Database) -> int:
    """The number of the last applied migration (0 for a new file)."""
    names = applied_names(db)
    return max((int(n[:4]) for n in names), default=0)


def _has_user_tables(db: sqlite_utils.Database) -> bool:
    return any(not name.startswith("sqlite_") for name in db.table_names())


def migrate(
    db: sqlite_utils.Database, db_path: Path | None, files: list[Path] | None = None
) -> Path | None:
    """Bring the schema up to date. Returns the backup made first, if any."""
    migrations = build_migrations(files)
    known = {m.name for m in migrations._migrations}
    unknown = [n for n in applied_names(db) if n not in known]
    if unknown:
        raise DatabaseTooNew(unknown)
    pending = migrations.pending(db)
    if not pending:
        return None
    backup: Path | None = None
    if db_path is not None and _has_user_tables(db):
        # In the same folder and rotation as the other automatic backups (store/backup_files).
        backup = automatic_backup(db, db_path, BEFORE_MIGRATION, migration=pending[0].name)
    migrations.apply(db)
    return backup
