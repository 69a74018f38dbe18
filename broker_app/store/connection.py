"""Opening the SQLite file the same way everywhere: WAL, foreign keys, a busy timeout, and the
application functions the schema's triggers call.

Two programs may write the same file at once (the window and the command line, or two windows).
Three rules keep them from ever failing on each other (docs/architecture.md, "Crash safety and
concurrency"):

- a write transaction starts with ``BEGIN IMMEDIATE`` (:meth:`BrokerDatabase.atomic`): it takes
  the write lock first, waiting up to the busy timeout. A deferred transaction that reads and
  then writes would fail at once with SQLITE_BUSY when another program wrote in between (in WAL
  mode the busy timeout cannot help there: its snapshot is stale);
- a write outside a transaction commits at once (:class:`_Connection`), so no connection keeps
  the write lock after a lone statement;
- what is still busy after the timeout is recognised (:func:`is_busy`) and told calmly, never as
  SQLite's own text.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from broker_app.domain.text import index_text

BUSY_TIMEOUT_MS = 10_000
WAL_LIMIT_BYTES = 64 * 1024 * 1024
CACHE_KIB = 65_536  # 64 MB of page cache: big imports and a 100,000-row catalogue stay in memory


def _search_text(value: object) -> str:
    return index_text(value if isinstance(value, str) else None)


def _opens_transaction(sql: str) -> bool:
    head = sql.lstrip()[:9].upper()
    return head.startswith(("BEGIN", "SAVEPOINT"))


class _Connection(sqlite3.Connection):
    """A connection on which a lone write commits at once.

    Python's sqlite3 opens a transaction before an INSERT/UPDATE/DELETE and keeps it open until
    someone commits: a helper that writes one row outside ``atomic()`` would keep the file's
    write lock (and every other program waiting) until the next commit, or lose the row when
    the connection closes. sqlite-utils' ``Database.execute`` already commits such a statement;
    this does the same for ``db.conn.execute``."""

    def execute(self, sql: str, parameters: object = (), /) -> sqlite3.Cursor:  # type: ignore[override]
        was_in_transaction = self.in_transaction
        cursor = super().execute(sql, parameters)  # type: ignore[arg-type]
        if not was_in_transaction and self.in_transaction and not _opens_transaction(sql):
            self.commit()
        return cursor

    def executemany(self, sql: str, parameters: object, /) -> sqlite3.Cursor:  # type: ignore[override]
        was_in_transaction = self.in_transaction
        cursor = super().executemany(sql, parameters)  # type: ignore[arg-type]
        if not was_in_transaction and self.in_transaction:
            self.commit()
        return cursor


class BrokerDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose ``atomic()`` takes the write lock at its start."""

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        if self.conn.in_transaction:  # nested: a savepoint inside the open transaction
            with super().atomic() as db:
                yield db
            return
        # IMMEDIATE: wait (busy timeout) for the write lock now, not fail at the first write
        # after a read when another program wrote in between.
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` says another program holds the database (still, after the timeout)."""
    if not isinstance(exc, sqlite3.OperationalError):
        cause = exc.__cause__
        return cause is not None and cause is not exc and is_busy(cause)
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection for the current thread, configured for a desktop app with a CLI beside it."""
    target = str(path)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(
        target, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, factory=_Connection
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if target != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # After a big import the write-ahead log shrinks back instead of doubling the disk use.
        conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError:
        conn.close()  # never keep a file open that is not a database (Windows would lock it)
        raise
    conn.create_function("broker_search_text", 1, _search_text, deterministic=True)
    return BrokerDatabase(conn, execute_plugins=False)


def backup_to(source: sqlite_utils.Database, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others write).

    The copy is one self-contained file (rollback journal, not WAL), so reading it later leaves
    no ``-wal``/``-shm`` files in the backup folder; the program turns WAL on again when it opens
    a restored copy."""
    if source.conn.in_transaction:  # SQLite would wait for it forever: a bug, said at once
        raise sqlite3.OperationalError("backup refused: the connection has an open transaction")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written under a temporary name and renamed when complete: a copy cut short (the program
    # killed, the disk full) never lies in the folder under a backup's name.
    partial = target.with_name(target.name + ".deel")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(str(partial))
    try:
        source.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        dest.close()
        partial.unlink(missing_ok=True)
        raise
    dest.close()
    os.replace(partial, target)
    return target
