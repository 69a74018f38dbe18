"""Backups of the database on request, and what the settings show about the file.

A backup is a consistent copy through SQLite's online backup API (safe while the window keeps
working) into ``backups/`` beside the database, named with the local time it was made. The same
folder holds the copies made before a migration (``…-voor-0002_….sqlite``).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from broker_app.paths import backup_dir_for
from broker_app.store.connection import backup_to
from broker_app.store.database import Store

SUFFIX = ".sqlite"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: datetime  # local time, from the file's modification time
    size_bytes: int


@dataclass(frozen=True)
class DatabaseFacts:
    path: Path
    size_bytes: int  # the file plus its write-ahead log
    offerings: int
    providers: int
    clients: int
    proposals: int


def backup_name(db_path: Path, when: datetime) -> str:
    return f"{db_path.stem}-{when:%Y-%m-%d-%H%M%S}{SUFFIX}"


def make_backup(store: Store, when: datetime | None = None) -> Path:
    """Copy the database now into its backup folder; returns the new file."""
    when = when or datetime.now()
    folder = backup_dir_for(store.path)
    name = backup_name(store.path, when)
    target = folder / name
    counter = 1
    while target.exists():  # two backups in one second: never overwrite one
        counter += 1
        target = folder / f"{Path(name).stem}_{counter}{SUFFIX}"
    return backup_to(store.db, target)


def list_backups(db_path: Path) -> list[BackupFile]:
    """Backups beside ``db_path``, newest first."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            info = path.stat()
        except OSError:  # removed while we looked
            continue
        found.append(BackupFile(path, datetime.fromtimestamp(info.st_mtime), info.st_size))
    found.sort(key=lambda b: (b.made, b.path.name), reverse=True)
    return found


def _count(store: Store, table: str) -> int:
    return store.db.execute(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]


def database_facts(store: Store) -> DatabaseFacts:
    """Where the file is, how big, and how much it holds (live records only)."""
    size = 0
    for part in (store.path, store.path.with_name(store.path.name + "-wal")):
        with contextlib.suppress(OSError):
            size += part.stat().st_size
    return DatabaseFacts(
        path=store.path,
        size_bytes=size,
        offerings=_count(store, "offerings"),
        providers=_count(store, "providers"),
        clients=_count(store, "clients"),
        proposals=_count(store, "proposals"),
    )
