"""The backup folder: how backups are named, which kind each is, and the rotation.

Every backup is a consistent copy through SQLite's online backup API into ``backups/`` beside the
database, named ``<database>-<YYYY-MM-DD-HHMMSS>[-<reason>].sqlite`` (local time):

- no reason: made by the broker ("Nu een back-up maken", ``broker-app backup``); never removed;
- ``-dagelijks``: the first start of the window on a day; automatic;
- ``-voor-import``: before a catalogue import writes; automatic;
- ``-voor-0007_…``: before a migration (the name of the first migration applied); automatic;
- ``-voor-herstel``: the database a restore replaced; never removed.

Only automatic backups are rotated: after each one the newest :data:`KEEP_AUTOMATIC` stay and
older automatic ones are removed. Kept only by name, so a file the broker copied in by hand
(another name) is never touched. This module knows no Store, so the migrations can use it.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from broker_app.paths import backup_dir_for
from broker_app.store.connection import backup_to

log = logging.getLogger(__name__)

SUFFIX = ".sqlite"
KEEP_AUTOMATIC = 14

MANUAL, DAILY, BEFORE_IMPORT, BEFORE_MIGRATION, BEFORE_RESTORE = (
    "manual",
    "daily",
    "import",
    "migration",
    "restore",
)
AUTOMATIC_KINDS = (DAILY, BEFORE_IMPORT, BEFORE_MIGRATION)
_REASON = {DAILY: "dagelijks", BEFORE_IMPORT: "voor-import", BEFORE_RESTORE: "voor-herstel"}

_STAMP = r"(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6}|\d{8}T\d{6}Z)"
_NAME = re.compile(rf"^(?P<stem>.+)-{_STAMP}(?:_\d+)?(?:-(?P<reason>[a-z0-9_-]+))?$")


@dataclass(frozen=True)
class BackupName:
    kind: str
    made: datetime | None  # local time, from the name


def parse_name(path: Path) -> BackupName:
    """Which kind of backup ``path`` is, by its name (unknown names count as the broker's)."""
    match = _NAME.match(path.stem) if path.suffix == SUFFIX else None
    if match is None:
        return BackupName(MANUAL, None)
    stamp, reason = match["stamp"], match["reason"]
    try:
        if "T" in stamp:  # migrations before issue 7 named their backups in UTC
            utc = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            made = utc.astimezone().replace(tzinfo=None)
        else:
            made = datetime.strptime(stamp, "%Y-%m-%d-%H%M%S")
    except ValueError:
        made = None
    if reason is None:
        kind = MANUAL
    elif reason == _REASON[DAILY]:
        kind = DAILY
    elif reason == _REASON[BEFORE_IMPORT]:
        kind = BEFORE_IMPORT
    elif reason == _REASON[BEFORE_RESTORE]:
        kind = BEFORE_RESTORE
    elif re.fullmatch(r"voor-\d{4}_[a-z0-9_]+", reason):
        kind = BEFORE_MIGRATION
    else:
        kind = MANUAL
    return BackupName(kind, made)


def backup_target(db_path: Path, when: datetime, reason: str = "") -> Path:
    """A new, unused file name in the backup folder (two in one second never overwrite)."""
    folder = backup_dir_for(db_path)
    tail = f"-{reason}" if reason else ""
    stamp = f"{db_path.stem}-{when:%Y-%m-%d-%H%M%S}"
    target = folder / f"{stamp}{tail}{SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stamp}_{counter}{tail}{SUFFIX}"
    return target


def reason_for(kind: str, migration: str = "") -> str:
    return f"voor-{migration}" if kind == BEFORE_MIGRATION else _REASON.get(kind, "")


def automatic_backups(db_path: Path) -> list[Path]:
    """The automatic backups beside ``db_path``, newest first (by the time in the name, then
    by modification time)."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found: list[tuple[datetime, float, str, Path]] = []
    for path in folder.glob(f"{db_path.stem}-*{SUFFIX}"):
        name = parse_name(path)
        if name.kind not in AUTOMATIC_KINDS:
            continue
        try:
            mtime = path.stat().st_mtime
        except OSError:
            continue
        found.append((name.made or datetime.fromtimestamp(mtime), mtime, path.name, path))
    found.sort(reverse=True)
    return [item[3] for item in found]


def rotate(db_path: Path, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Remove automatic backups beyond the newest ``keep``; returns what was removed."""
    removed = []
    for path in automatic_backups(db_path)[keep:]:
        try:
            path.unlink()
        except OSError as exc:  # open elsewhere (Windows): next time
            log.warning("cannot remove old backup %s: %s", path, exc)
            continue
        removed.append(path)
    return removed


class SourceDamaged(sqlite3.DatabaseError):
    """The database to back up fails ``PRAGMA quick_check``: no backup is made of it (the text
    holds "malformed", so ``StoreError.kind`` says ``damaged``)."""

    def __init__(self, problems: list[str]) -> None:
        detail = "; ".join(problems[:3])
        super().__init__(f"database disk image is malformed (quick_check: {detail})")
        self.problems = problems


def check_source(db: sqlite_utils.Database) -> None:
    """``PRAGMA quick_check`` on the database before it is copied (0.25 s on the 272 MB
    benchmark database); SourceDamaged when it is not sound."""
    try:
        problems = [row[0] for row in db.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise SourceDamaged(problems)


def automatic_backup(
    db: sqlite_utils.Database,
    db_path: Path,
    kind: str,
    when: datetime | None = None,
    migration: str = "",
) -> Path:
    """An automatic backup of ``db`` (the file ``db_path``), then the rotation."""
    check_source(db)  # a damaged file never pushes a good backup out of the rotation
    target = backup_target(db_path, when or datetime.now(), reason_for(kind, migration))
    try:
        backup_to(db, target)
    except Exception:
        with contextlib.suppress(OSError):
            target.unlink()  # never leave half a backup that the rotation would count
        raise
    rotate(db_path)
    return target
