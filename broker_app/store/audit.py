"""The audit log: what changed, when, and by which broker profile (AVG accountability).

Every write that a broker would want to account for adds one row through :func:`record`,
inside the same transaction as the change itself, so the log never claims what did not happen.
``details`` is a small JSON object (which fields changed, counts); never the personal data
itself, so erasing a client does not leave their name behind in the log.

- **Who**: the setting ``audit.profile`` (the broker's own name, entered in Instellingen ›
  Auditlog); when it is empty, the name the operating system knows the user by
  (``getpass.getuser()``), so an entry never says nobody. The name is written into each row as
  it was at that moment: renaming the profile later does not rewrite the past.
- **Edits are coalesced** (:func:`record_update`): the forms save a field at a time (autosave
  after a pause in typing), so one "update" row per record gathers the names of the fields that
  changed for :data:`COALESCE_MINUTES` minutes after its first change, as long as no other
  entry about that record came in between and the same profile acts.
- **Quiet work**: inside ``with paused(db):`` nothing is logged (loading the demo, the soft
  delete a merge does, which the merge's own entry tells).

Reading (the viewer, the export, ``broker-app audit``): :func:`count_entries`,
:func:`list_entries` (a page, newest first, paged in SQL), :func:`iter_entries` and
:func:`record_names` (the record as it is called now, looked up live).
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlite_utils

from broker_app.domain.audit import (  # noqa: F401 (the actions, for the writers)
    ANONYMISE,
    BACKUP,
    CREATE,
    DECIDE,
    DELETE,
    DEMO_REMOVE,
    ERASE,
    EXPORT,
    IMPORT,
    KINDS,
    MERGE,
    PRICE_CHECKED,
    RESTORE,
    RESTORE_BACKUP,
    REVISE,
    SEND,
    UNDO_IMPORT,
    UPDATE,
)
from broker_app.store.records import now_utc, to_json

PROFILE_SETTING = "audit.profile"  # the name of the broker working in this database
COALESCE_MINUTES = 10


def os_user() -> str | None:
    """The user name of the operating system, or None when it cannot be told."""
    try:
        return getpass.getuser() or None
    except Exception:  # no user name in the environment or the password database
        return None


def chosen_profile(db: sqlite_utils.Database) -> str:
    """The broker's own name as set in Instellingen ('' when none is set)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [PROFILE_SETTING]).fetchone()
    if row is None:
        return ""
    try:
        value = json.loads(row[0])
    except json.JSONDecodeError:
        return ""
    return " ".join(str(value).split()) if value else ""


def current_profile(db: sqlite_utils.Database) -> str | None:
    """The broker profile that acts now: the name set in Instellingen, else the OS user."""
    return chosen_profile(db) or os_user()


@contextmanager
def paused(db: sqlite_utils.Database) -> Iterator[None]:
    """Write no entries in this block (on this connection)."""
    db._audit_paused = getattr(db, "_audit_paused", 0) + 1  # type: ignore[attr-defined]
    try:
        yield
    finally:
        db._audit_paused -= 1  # type: ignore[attr-defined]


def _quiet(db: sqlite_utils.Database) -> bool:
    return getattr(db, "_audit_paused", 0) > 0


def record(
    db: sqlite_utils.Database,
    action: str,
    table: str | None = None,
    record_id: str | None = None,
    details: dict | None = None,
) -> None:
    """Add one entry; call inside the transaction that makes the change. ``details``: field
    names and counts only, never a name, an e-mail address or another personal value."""
    if _quiet(db):
        return
    db.conn.execute(
        "INSERT INTO audit_log (at, profile, action, table_name, record_id, details) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (now_utc(), current_profile(db), action, table, record_id, to_json(details or {})),
    )


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def record_update(
    db: sqlite_utils.Database,
    table: str,
    record_id: str,
    fields: Iterable[str],
    extra: dict | None = None,
) -> None:
    """An edit of ``fields`` of one record, coalesced with the record's last entry when that is
    an update by the same profile less than :data:`COALESCE_MINUTES` minutes old (see the
    module text). Nothing is written when no field changed (unless ``extra`` says something)."""
    changed = sorted(set(fields))
    if _quiet(db) or (not changed and not extra):
        return
    profile = current_profile(db)
    now = datetime.now(UTC)
    last = db.execute(
        "SELECT id, at, action, profile, details FROM audit_log "
        "WHERE table_name = ? AND record_id = ? ORDER BY id DESC LIMIT 1",
        [table, record_id],
    ).fetchone()
    window = _stamp(now - timedelta(minutes=COALESCE_MINUTES))
    if last is not None and last[2] == UPDATE and last[3] == profile and last[1] >= window:
        try:
            details = json.loads(last[4] or "{}")
        except json.JSONDecodeError:
            details = {}
        if isinstance(details, dict):
            details["fields"] = sorted(set(details.get("fields") or []) | set(changed))
            details["saves"] = int(details.get("saves") or 1) + 1
            details.update(extra or {})
            db.conn.execute(
                "UPDATE audit_log SET details = ? WHERE id = ?", (to_json(details), last[0])
            )
            return
    details = {**(extra or {}), "fields": changed, "saves": 1}
    db.conn.execute(
        "INSERT INTO audit_log (at, profile, action, table_name, record_id, details) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (_stamp(now), profile, UPDATE, table, record_id, to_json(details)),
    )


def changed_fields(
    db: sqlite_utils.Database, table: str, record_id: str, values: dict[str, object]
) -> list[str]:
    """Which of ``values`` differ from what the record holds now (call before writing)."""
    if not values:
        return []
    columns = list(values)
    row = db.execute(
        f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", [record_id]
    ).fetchone()
    if row is None:
        return []
    return [c for c, old in zip(columns, row, strict=True) if old != values[c]]


# -- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    """Which entries: ``since``/``until`` are UTC stamps (``at >= since``, ``at < until``);
    ``kind`` a key of ``domain.audit.KINDS`` (None: every kind)."""

    since: str | None = None
    until: str | None = None
    kind: str | None = None


def _where(f: AuditFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if f.since:
        clauses.append("at >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("at < ?")
        params.append(f.until)
    if f.kind:
        tables = KINDS.get(f.kind, ())
        clauses.append(f"table_name IN ({', '.join('?' for _ in tables) or 'NULL'})")
        params += list(tables)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _decode(row: dict) -> dict:
    try:
        details = json.loads(row.get("details") or "{}")
    except json.JSONDecodeError:
        details = {}
    row["details"] = details if isinstance(details, dict) else {}
    return row


def count_entries(db: sqlite_utils.Database, f: AuditFilter = AuditFilter()) -> int:
    where, params = _where(f)
    return int(db.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0])


def list_entries(
    db: sqlite_utils.Database, f: AuditFilter = AuditFilter(), offset: int = 0, limit: int = 200
) -> list[dict]:
    """One page of entries, newest first (``details`` decoded)."""
    where, params = _where(f)
    rows = db.query(
        "SELECT id, at, profile, action, table_name, record_id, details FROM audit_log"
        f"{where} ORDER BY id DESC LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)],
    )
    return [_decode(r) for r in rows]


def iter_entries(
    db: sqlite_utils.Database, f: AuditFilter = AuditFilter(), chunk: int = 2000
) -> Iterator[dict]:
    """Every entry of the filter, newest first, read a chunk at a time."""
    where, params = _where(f)
    before: int | None = None
    while True:
        clause = where + (" AND " if where else " WHERE ") + "id < ?" if before else where
        extra = [before] if before else []
        rows = [
            _decode(r)
            for r in db.query(
                "SELECT id, at, profile, action, table_name, record_id, details FROM audit_log"
                f"{clause} ORDER BY id DESC LIMIT ?",
                [*params, *extra, chunk],
            )
        ]
        yield from rows
        if len(rows) < chunk:
            return
        before = rows[-1]["id"]


_NAME_SQL = {
    "clients": "SELECT id, name FROM clients WHERE id IN ({marks})",
    "contacts": "SELECT id, name FROM contacts WHERE id IN ({marks})",
    "intakes": "SELECT i.id, coalesce(nullif(i.title, ''), c.name) FROM intakes i "
    "LEFT JOIN clients c ON c.id = i.client_id WHERE i.id IN ({marks})",
    "demand_lines": "SELECT d.id, coalesce(nullif(d.title, ''), c.name) FROM demand_lines d "
    "LEFT JOIN intakes i ON i.id = d.intake_id LEFT JOIN clients c ON c.id = i.client_id "
    "WHERE d.id IN ({marks})",
    "participants": "SELECT p.id, c.name FROM participants p "
    "LEFT JOIN clients c ON c.id = p.client_id WHERE p.id IN ({marks})",
    "proposals": "SELECT id, trim(coalesce(number, '') || ' ' || coalesce(title, '')) "
    "FROM proposals WHERE id IN ({marks})",
    "offerings": "SELECT id, title FROM offerings WHERE id IN ({marks})",
    "import_batches": "SELECT id, file_name FROM import_batches WHERE id IN ({marks})",
}


def record_names(
    db: sqlite_utils.Database, keys: Sequence[tuple[str | None, str | None]]
) -> dict[tuple[str, str], str]:
    """What each (table, record id) is called now: a client's or offering's name, a proposal's
    number and title... Records that no longer exist (or were erased) are absent."""
    wanted: dict[str, set[str]] = {}
    for table, record_id in keys:
        if table in _NAME_SQL and record_id:
            wanted.setdefault(table, set()).add(record_id)
    names: dict[tuple[str, str], str] = {}
    for table, ids in wanted.items():
        listed = sorted(ids)
        for start in range(0, len(listed), 500):
            chunk = listed[start : start + 500]
            sql = _NAME_SQL[table].format(marks=", ".join("?" for _ in chunk))
            for record_id, name in db.execute(sql, chunk).fetchall():
                if name:
                    names[(table, record_id)] = str(name)
    return names
