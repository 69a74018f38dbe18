"""The store: one SQLite file, one connection per thread, migrated on open."""

from __future__ import annotations

import contextlib
import errno
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from broker_app.store.connection import BUSY_TIMEOUT_MS, backup_to, connect
from broker_app.store.connection import is_busy as _sqlite_busy
from broker_app.store.migrations import migrate, schema_version


class StoreError(Exception):
    """The database file cannot be used; ``kind`` says why in a word the faces can translate:
    ``not_database``, ``damaged``, ``read_only``, ``locked``, ``cannot_open`` or ``other``."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.kind = _kind(detail)

    @classmethod
    def of(cls, exc: BaseException) -> StoreError:
        """From SQLite's error, or from the OS's when the file or its folder cannot be made."""
        error = cls(str(exc))
        if isinstance(exc, OSError) and exc.errno in _OS_KINDS:
            error.kind = _OS_KINDS[exc.errno]
        return error


_OS_KINDS = {
    errno.ENOENT: "cannot_open",
    errno.ENOTDIR: "cannot_open",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.EROFS: "read_only",
}


def _kind(detail: str) -> str:
    text = detail.lower()
    for needle, kind in (
        ("not a database", "not_database"),
        ("malformed", "damaged"),
        ("readonly", "read_only"),
        ("read-only", "read_only"),
        ("locked", "locked"),
        ("unable to open", "cannot_open"),
    ):
        if needle in text:
            return kind
    return "other"


def is_busy(exc: BaseException) -> bool:
    """Whether a write failed because another window or program holds the database, still after
    the busy timeout: worth trying again in a moment (the faces say so, never SQLite's text)."""
    if isinstance(exc, StoreError):
        return exc.kind == "locked"
    return _sqlite_busy(exc)


def damage_kind(exc: BaseException) -> str | None:
    """``damaged`` or ``not_database`` when ``exc`` is SQLite saying the file is damaged or no
    database (found halfway a command, after the file opened); else None."""
    if isinstance(exc, StoreError):
        kind = exc.kind
    elif isinstance(exc, sqlite_utils.db.sqlite3.DatabaseError):
        kind = _kind(str(exc))
    else:
        return None
    return kind if kind in ("damaged", "not_database") else None


class Store:
    """Hands each thread its own connection to the same file."""

    def __init__(self, path: Path | str, *, migrate_now: bool = True) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite_utils.Database] = []
        self._lock = threading.Lock()
        self.last_backup: Path | None = None
        if migrate_now:
            try:
                self.last_backup = migrate(self.db, self.path)
            except (sqlite_utils.db.sqlite3.DatabaseError, OSError) as exc:
                self.close()
                raise StoreError.of(exc) from exc

    @property
    def db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            try:
                db = connect(self.path)
            except (sqlite_utils.db.sqlite3.DatabaseError, OSError) as exc:
                raise StoreError.of(exc) from exc
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """All-or-nothing: every multi-row write goes through here. Starts with ``BEGIN
        IMMEDIATE`` (the write lock first, waiting up to the busy timeout), so a read followed by
        a write inside it never fails because another program wrote in between."""
        with self.db.atomic() as db:
            yield db

    @contextmanager
    def waiting_at_most(self, milliseconds: int) -> Iterator[None]:
        """Within the block this thread waits at most ``milliseconds`` for another program's
        write lock (instead of the full busy timeout): for writes on the window's thread that
        are tried again later anyway, so the window never freezes for seconds."""
        conn = self.db.conn
        conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file and empty it (after a big write); when another
        reader holds the log, SQLite leaves it for later, which is fine."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def schema_version(self) -> int:
        return schema_version(self.db)

    def backup(self, target: Path) -> Path:
        return backup_to(self.db, target)

    def writable(self) -> bool:
        """Whether changes can be stored: a real write, rolled back (a file or folder without
        write permission opens quietly read-only and only refuses at the first write)."""
        conn = self.db.conn
        try:
            conn.execute("SAVEPOINT write_check")
            try:
                conn.execute(
                    "INSERT OR REPLACE INTO settings (key, value, updated_at) "
                    "VALUES ('store.write_check', 'true', '')"
                )
            finally:
                conn.execute("ROLLBACK TO write_check")
                conn.execute("RELEASE write_check")
        except sqlite_utils.db.sqlite3.OperationalError as exc:
            if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
                return False
            raise
        return True

    def integrity(self) -> list[str]:
        """``['ok']`` when sound; otherwise SQLite's list of problems (also when the check
        itself fails on a damaged page: then SQLite's error is the one problem)."""
        try:
            return [row[0] for row in self.db.execute("PRAGMA quick_check").fetchall()]
        except sqlite_utils.db.sqlite3.DatabaseError as exc:
            return [str(exc)]

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                with contextlib.suppress(Exception):  # a connection another thread still uses
                    db.close()
            self._all.clear()
        self._local = threading.local()
