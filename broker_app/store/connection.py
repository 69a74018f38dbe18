"""Opening the SQLite file the same way everywhere: WAL, foreign keys, a busy timeout, and the
application functions the schema's triggers call."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from broker_app.domain.text import index_text

BUSY_TIMEOUT_MS = 10_000
WAL_LIMIT_BYTES = 64 * 1024 * 1024
CACHE_KIB = 65_536  # 64 MB of page cache: big imports and a 100,000-row catalogue stay in memory


def _search_text(value: object) -> str:
    return index_text(value if isinstance(value, str) else None)


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection for the current thread, configured for a desktop app with a CLI beside it."""
    target = str(path)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
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
    return sqlite_utils.Database(conn, execute_plugins=False)


def backup_to(source: sqlite_utils.Database, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others write).

    The copy is one self-contained file (rollback journal, not WAL), so reading it later leaves
    no ``-wal``/``-shm`` files in the backup folder; the program turns WAL on again when it opens
    a restored copy."""
    if source.conn.in_transaction:  # SQLite would wait for it forever: a bug, said at once
        raise sqlite3.OperationalError("backup refused: the connection has an open transaction")
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        source.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    return target
