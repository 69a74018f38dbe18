"""Backups of the database, restoring one, and what the settings show about the file.

A backup is a consistent copy through SQLite's online backup API (safe while the window keeps
working) into ``backups/`` beside the database, named with the local time it was made and, for
the automatic ones, why (``store/backup_files.py`` names them and rotates the automatic ones:
the newest 14 stay). Made by hand (:func:`make_backup`), every day at the first start of the
window (:func:`daily_backup`), before every import (:func:`backup_before_import`) and before
every migration (``store/migrations.py``).

:func:`restore_database` puts a backup (or any database file of this program) in place of the
database after checking it, and keeps the database it replaces as ``…-voor-herstel.sqlite``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from broker_app.domain.problems import InputRefused, Problem
from broker_app.paths import backup_dir_for
from broker_app.store import audit, privacy
from broker_app.store.backup_files import (
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    SUFFIX,
    SourceDamaged,
    automatic_backup,
    automatic_backups,
    backup_target,
    check_source,
    parse_name,
    reason_for,
)
from broker_app.store.connection import backup_to
from broker_app.store.database import Store
from broker_app.store.migrations import MIGRATION_SET, build_migrations

log = logging.getLogger(__name__)

OUR_TABLES = ("offerings", "providers", "clients", "proposals", "settings")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: datetime  # local time: from the name, else the file's modification time
    size_bytes: int
    kind: str = MANUAL  # backup_files.MANUAL, DAILY, BEFORE_IMPORT, BEFORE_MIGRATION, ...


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


def _checked_source(store: Store) -> None:
    """Refuse to copy a damaged database (a manual backup must not look like a good copy)."""
    try:
        check_source(store.db)
    except SourceDamaged as exc:
        raise _refused(
            "backup.source_damaged", path=str(store.path), backups=str(backup_dir_for(store.path))
        ) from exc


def _note_backup(store: Store) -> None:
    """The audit entry of a backup made by hand (after it is made; a read-only database keeps
    the backup and only misses the entry)."""
    try:
        with store.transaction() as db:
            audit.record(db, audit.BACKUP, "database", None, {})
    except sqlite3.Error as exc:
        log.warning("backup made, but its audit entry could not be written: %s", exc)


def make_backup(store: Store, when: datetime | None = None) -> Path:
    """A backup made by the broker, now, into the backup folder (never rotated away). Refused
    (InputRefused) when the database fails ``PRAGMA quick_check``."""
    _checked_source(store)
    made = backup_to(store.db, backup_target(store.path, when or datetime.now()))
    _note_backup(store)
    return made


def backup_into(store: Store, target: Path) -> Path:
    """A backup into a file of the broker's choice (``broker-app backup FILE``); a folder gets
    the usual name inside it. Refuses to overwrite a file, to create folders (a mistyped path
    must not quietly become a new folder) and to copy a damaged database."""
    if target.is_dir():
        target = target / backup_name(store.path, datetime.now())
    if target.exists():
        raise InputRefused([Problem("error", "backup.exists", params={"path": str(target)})])
    if not target.parent.is_dir():
        raise _refused("backup.no_folder", path=str(target), folder=str(target.parent))
    _checked_source(store)
    try:
        made = backup_to(store.db, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise InputRefused(
            [Problem("error", "backup.failed", params={"path": str(target), "detail": str(exc)})]
        ) from exc
    _note_backup(store)
    return made


def daily_backup(store: Store, now: datetime | None = None) -> Path | None:
    """The first call on a day makes an automatic backup; later calls that day do nothing."""
    now = now or datetime.now()
    for path in automatic_backups(store.path):
        name = parse_name(path)
        if name.kind == DAILY and name.made is not None and name.made.date() == now.date():
            return None
    return automatic_backup(store.db, store.path, DAILY, now)


def backup_before_import(store: Store, when: datetime | None = None) -> Path | None:
    """The automatic backup an import makes before it writes (None for an in-memory store);
    InputRefused when it cannot be made, so the import writes nothing."""
    if str(store.path) == ":memory:":
        return None
    try:
        return automatic_backup(store.db, store.path, BEFORE_IMPORT, when)
    except SourceDamaged as exc:
        folder = str(backup_dir_for(store.path))
        raise _refused("backup.damaged_before_import", backups=folder) from exc
    except (sqlite3.Error, OSError) as exc:
        raise _refused("backup.before_import_failed", detail=str(exc)) from exc


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
        name = parse_name(path)
        made = name.made or datetime.fromtimestamp(info.st_mtime)
        found.append(BackupFile(path, made, info.st_size, name.kind))
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


# -- checking and restoring ------------------------------------------------------------------


@dataclass(frozen=True)
class CheckedFile:
    """A database file that may be put in place: sound, ours, not newer than this program."""

    path: Path
    schema_version: int
    made: datetime  # from a backup's name, else the file's modification time


def _refused(key: str, **params: object) -> InputRefused:
    return InputRefused([Problem("error", key, params=params)])


def _open_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that never creates the file and writes nothing. Read-write when allowed: a
    read-only connection to a WAL file would leave its ``-wal``/``-shm`` files behind."""
    uri = f"file:{quote(str(path.resolve()))}"
    try:
        conn = sqlite3.connect(f"{uri}?mode=rw", uri=True)
        conn.execute("PRAGMA query_only = ON")
        return conn
    except sqlite3.OperationalError:
        return sqlite3.connect(f"{uri}?mode=ro", uri=True)


def known_schema_version() -> int:
    return max((int(m.name[:4]) for m in build_migrations()._migrations), default=0)


def check_database_file(path: Path) -> CheckedFile:
    """Refuses (InputRefused, nothing changed) a file that is missing, no SQLite database,
    damaged (``PRAGMA integrity_check``), not a database of this program, or from a newer
    version of it. Reads only."""
    if not path.is_file():
        raise _refused("restore.missing", path=str(path))
    try:
        conn = _open_for_reading(path)
    except sqlite3.Error as exc:
        raise _refused("restore.not_database", path=str(path)) from exc
    try:
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc).lower():
                raise _refused("restore.not_database", path=str(path)) from exc
            raise _refused("restore.damaged", path=str(path), detail=str(exc)) from exc
        if problems != ["ok"]:
            raise _refused("restore.damaged", path=str(path), detail="; ".join(problems[:3]))
        listed = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = {row[0] for row in listed}
        if "_sqlite_migrations" not in tables or not set(OUR_TABLES) <= tables:
            raise _refused("restore.not_ours", path=str(path))
        applied = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
            )
        ]
    finally:
        conn.close()
    if not applied:
        raise _refused("restore.not_ours", path=str(path))
    known = {m.name for m in build_migrations()._migrations}
    version = max(int(name[:4]) for name in applied if name[:4].isdigit())
    if any(name not in known for name in applied):
        raise _refused(
            "restore.too_new", path=str(path), version=version, known=known_schema_version()
        )
    made = parse_name(path).made or datetime.fromtimestamp(path.stat().st_mtime)
    return CheckedFile(path, version, made)


@dataclass(frozen=True)
class Restored:
    source: CheckedFile
    target: Path
    kept: Path | None  # the database that was replaced, as a ``…-voor-herstel`` backup


def _side_files(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + tail) for tail in ("-wal", "-shm", "-journal")]


def _release(db_path: Path) -> bool:
    """Fold the write-ahead log into the file and close it; refuse when another program still
    has it open (its log would be applied to the restored file). False when the file cannot be
    read as a database at all (then its side files are kept as they are)."""
    try:
        conn = sqlite3.connect(str(db_path))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()  # the last connection removes the -wal and -shm files
    except sqlite3.Error:
        return False
    if any(p.exists() for p in _side_files(db_path)[:2]):
        raise _refused("restore.in_use", path=str(db_path))
    return True


def _keep_replaced(db_path: Path, when: datetime, readable: bool) -> Path:
    target = backup_target(db_path, when, reason_for(BEFORE_RESTORE))
    target.parent.mkdir(parents=True, exist_ok=True)
    if readable:
        try:
            source = sqlite_utils.Database(sqlite3.connect(str(db_path)))
            try:
                backup_to(source, target)
            finally:
                source.close()
            return target
        except sqlite3.Error:  # damaged pages: keep the bytes as they are
            with contextlib.suppress(OSError):
                target.unlink()
    shutil.copyfile(db_path, target)
    for side in _side_files(db_path)[:1]:  # a log left by a crash belongs to the file
        if side.exists():
            shutil.copyfile(side, target.with_name(target.name + "-wal"))
    return target


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS logs the rename
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def restore_database(source: Path, target: Path, when: datetime | None = None) -> Restored:
    """Put ``source`` in place of the database ``target``, which must be closed by this
    program (``Store.close()``) first.

    In order: check ``source`` (refused: nothing changed); make sure no other program has
    ``target`` open; keep ``target`` as a ``…-voor-herstel`` backup; copy ``source`` with the
    backup API to a temporary file beside ``target``, fsync it and ``os.replace`` it over
    ``target``. An older schema is migrated when the database is next opened (with the usual
    backup first)."""
    checked = check_database_file(source)
    if target.exists() and source.resolve() == target.resolve():
        raise _refused("restore.same_file", path=str(source))
    target.parent.mkdir(parents=True, exist_ok=True)
    kept: Path | None = None
    if target.exists():
        readable = _release(target)
        kept = _keep_replaced(target, when or datetime.now(), readable)
    temporary = target.with_name(f".{target.name}.herstel")
    for leftover in (temporary, *_side_files(temporary)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        reader = sqlite_utils.Database(_open_for_reading(source))
        try:
            backup_to(reader, temporary)
        finally:
            reader.close()
        _fsync(temporary)
        for stale in _side_files(target):  # never apply an old log to the restored file
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        os.replace(temporary, target)
        _fsync_folder(target.parent)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise _refused("restore.failed", path=str(target), detail=str(exc)) from exc
    return Restored(checked, target, kept)


def after_restore(store: Store) -> int:
    """Once a restored database is open (and migrated): in one transaction, the audit entry of
    the restore (in the restored log) and the erasures of the erasure register applied again to
    the clients this older copy still holds (``store/erasures.py``). Returns how many clients
    were erased again."""
    with privacy.erasing(store), store.transaction() as db:
        again = privacy.reapply_erasures_in(db, store.path)
        details = {"clients": again} if again else {}
        audit.record(db, audit.RESTORE_BACKUP, "database", None, details)
    return again


def usable_backup(db_path: Path) -> BackupFile | None:
    """The newest backup that a restore would actually use: it passes the checks of
    :func:`check_database_file` (unusable ones are skipped), not a ``…-voor-herstel`` copy."""
    for backup in list_backups(db_path):
        if backup.kind == BEFORE_RESTORE:
            continue
        try:
            check_database_file(backup.path)
        except InputRefused:
            continue
        return backup
    return None


def latest_backup(db_path: Path) -> BackupFile | None:
    """The newest backup beside ``db_path`` that a restore may use (the copies a restore kept of
    a replaced database come last: they may be the damaged file itself)."""
    candidates = [b for b in list_backups(db_path) if b.kind != BEFORE_RESTORE]
    return candidates[0] if candidates else None
