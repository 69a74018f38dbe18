"""Employers, their contacts, intakes and demand lines."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta

import sqlite_utils

from broker_app.store import audit
from broker_app.store.records import new_id, now_utc, to_json

_CLIENT_FIELDS = ("name", "kvk", "sector", "address", "postcode", "city", "email", "phone", "notes")
_CONTACT_FIELDS = ("name", "role", "email", "phone")
DEMAND_FIELDS = (  # every column of a demand line the intake form writes
    "title",
    "text",
    "sector",
    "participants",
    "current_level",
    "target_level",
    "credential",
    "city",
    "max_distance_km",
    "budget_per_participant_cents",
    "start_after",
    "start_before",
)
_DEMAND_LISTS = ("competences", "delivery", "schedule", "must")


def _insert(db: sqlite_utils.Database, table: str, values: Mapping[str, object]) -> str:
    now = now_utc()
    row = {"id": new_id(), **values, "created_at": now, "updated_at": now}
    cols = list(row)
    db.conn.execute(
        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [row[c] for c in cols],
    )
    return str(row["id"])


def find_client_by_name(db: sqlite_utils.Database, name: str) -> dict | None:
    rows = list(
        db.query(
            "SELECT * FROM clients WHERE lower(name) = lower(?) AND deleted_at IS NULL "
            "ORDER BY created_at LIMIT 1",
            [name.strip()],
        )
    )
    return rows[0] if rows else None


def insert_client(
    db: sqlite_utils.Database, client: Mapping[str, object], *, is_demo: bool = False
) -> str:
    values = {k: client.get(k) for k in _CLIENT_FIELDS}
    values["is_demo"] = int(is_demo)
    client_id = _insert(db, "clients", values)
    audit.record(db, audit.CREATE, "clients", client_id)
    return client_id


def insert_contact(db: sqlite_utils.Database, client_id: str, contact: Mapping[str, object]) -> str:
    contact_id = _insert(
        db, "contacts", {"client_id": client_id, **{k: contact.get(k) for k in _CONTACT_FIELDS}}
    )
    audit.record(db, audit.CREATE, "contacts", contact_id)
    return contact_id


def insert_intake(
    db: sqlite_utils.Database,
    client_id: str,
    *,
    title: str | None,
    intake_date: str | None,
    notes: str | None = None,
) -> str:
    intake_id = _insert(
        db,
        "intakes",
        {"client_id": client_id, "title": title, "intake_date": intake_date, "notes": notes},
    )
    audit.record(db, audit.CREATE, "intakes", intake_id)
    return intake_id


def insert_demand_line(
    db: sqlite_utils.Database, intake_id: str, position: int, line: Mapping[str, object]
) -> str:
    values: dict[str, object] = {"intake_id": intake_id, "position": position}
    values.update({k: line.get(k) for k in DEMAND_FIELDS})
    values.update({k: to_json(list(line.get(k) or [])) for k in _DEMAND_LISTS})
    line_id = _insert(db, "demand_lines", values)
    audit.record(db, audit.CREATE, "demand_lines", line_id)
    return line_id


# -- reading and keeping employers (the "Klanten" page) ------------------------------------------

_LIST_SQL = """
SELECT c.id, c.name, c.kvk, c.sector, c.city, c.is_demo, c.updated_at,
    (SELECT count(*) FROM intakes i
        WHERE i.client_id = c.id AND i.deleted_at IS NULL AND i.status = 'open') AS open_intakes,
    (SELECT count(*) FROM intakes i
        WHERE i.client_id = c.id AND i.deleted_at IS NULL) AS intakes,
    (SELECT count(*) FROM proposals p
        WHERE p.client_id = c.id AND p.deleted_at IS NULL
        AND p.status IN ('concept', 'verzonden')) AS open_proposals,
    (SELECT count(*) FROM proposals p
        WHERE p.client_id = c.id AND p.deleted_at IS NULL) AS proposals
FROM clients c
WHERE c.deleted_at IS NULL {where}
ORDER BY c.name COLLATE NOCASE, c.created_at
"""


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_clients(
    db: sqlite_utils.Database, search: str = "", *, client_id: str | None = None
) -> list[dict]:
    """Live employers by name, each with ``open_intakes``, ``intakes``, ``open_proposals``
    (concept or sent) and ``proposals``. ``search`` narrows on every word: each must occur in
    the name, the city or the KvK number (typed with or without spaces and dots);
    ``client_id`` gives that one employer's row."""
    where: list[str] = []
    params: list[str] = []
    if client_id is not None:
        where.append("c.id = ?")
        params.append(client_id)
    as_number = re.sub(r"[\s.\-]+", "", search)
    if len(as_number) >= 3 and as_number.isdigit():  # a KvK number, perhaps typed in groups
        where.append("(c.kvk LIKE ? ESCAPE '\\' OR c.name LIKE ? ESCAPE '\\')")
        params += [_like(as_number), _like(search.strip())]
    for word in [] if len(where) > (client_id is not None) else search.split():
        digits = "".join(ch for ch in word if ch.isdigit())
        clause = "(c.name LIKE ? ESCAPE '\\' OR c.city LIKE ? ESCAPE '\\'"
        params += [_like(word), _like(word)]
        if digits and len(digits) == len(word.replace(".", "").replace("-", "")):
            clause += " OR c.kvk LIKE ? ESCAPE '\\'"
            params.append(_like(digits))
        where.append(clause + ")")
    sql = _LIST_SQL.format(where="".join(f" AND {w}" for w in where))
    return list(db.query(sql, params))


def get_client(db: sqlite_utils.Database, client_id: str) -> dict | None:
    """A live employer, or None when unknown or deleted."""
    rows = list(db.query("SELECT * FROM clients WHERE id = ? AND deleted_at IS NULL", [client_id]))
    return rows[0] if rows else None


def name_taken(db: sqlite_utils.Database, name: str, except_id: str | None = None) -> bool:
    """Another live employer already has this name (case-insensitive)."""
    row = db.execute(
        "SELECT 1 FROM clients WHERE lower(name) = lower(?) AND deleted_at IS NULL "
        "AND id IS NOT ? LIMIT 1",
        [name.strip(), except_id],
    ).fetchone()
    return row is not None


def kvk_holders(db: sqlite_utils.Database, kvk: str, except_id: str | None = None) -> list[str]:
    """Names of the other live employers with this KvK number, by name (branches of one
    company may share a number, so this is a warning, not a refusal)."""
    if not kvk:
        return []
    return [
        row[0]
        for row in db.execute(
            "SELECT name FROM clients WHERE kvk = ? AND deleted_at IS NULL AND id IS NOT ? "
            "ORDER BY name COLLATE NOCASE, created_at",
            [kvk, except_id],
        ).fetchall()
    ]


def _update(
    db: sqlite_utils.Database,
    table: str,
    record_id: str,
    values: Mapping[str, object],
    allowed: tuple[str, ...],
) -> bool:
    fields = {k: v for k, v in values.items() if k in allowed}
    if not fields:
        return False
    if "name" in fields and not fields["name"]:
        raise ValueError(f"{table}.name cannot be empty")
    changed = audit.changed_fields(db, table, record_id, fields)
    assignments = ", ".join(f"{k} = ?" for k in fields)
    cursor = db.conn.execute(
        f"UPDATE {table} SET {assignments}, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
        [*fields.values(), now_utc(), record_id],
    )
    if cursor.rowcount > 0:
        audit.record_update(db, table, record_id, changed)
    return cursor.rowcount > 0


def update_client(db: sqlite_utils.Database, client_id: str, values: Mapping[str, object]) -> bool:
    """Write the given fields (others stay); True when a live employer was changed."""
    return _update(db, "clients", client_id, values, _CLIENT_FIELDS)


def _unique_stamp(db: sqlite_utils.Database, client_id: str) -> str:
    """Now, but later than any earlier deletion among the employer's rows: the stamp is how
    :func:`restore_client` tells what went with the employer from what was deleted before."""
    stamp = now_utc()
    latest = db.execute(
        "SELECT max(deleted_at) FROM (SELECT deleted_at FROM contacts WHERE client_id = ? "
        "UNION ALL SELECT deleted_at FROM intakes WHERE client_id = ? "
        "UNION ALL SELECT d.deleted_at FROM demand_lines d JOIN intakes i ON i.id = d.intake_id "
        "WHERE i.client_id = ?)",
        [client_id, client_id, client_id],
    ).fetchone()[0]
    if latest and latest >= stamp:
        moment = datetime.strptime(latest, "%Y-%m-%dT%H:%M:%S.%fZ") + timedelta(milliseconds=1)
        stamp = moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return stamp


def delete_client(db: sqlite_utils.Database, client_id: str) -> str | None:
    """Soft delete: the employer, with its live contacts, intakes and their demand lines, gets
    one ``deleted_at`` stamp, which is returned for :func:`restore_client` (None when there was
    nothing to delete). Proposals stay: they are numbered documents the employer may hold.
    Call inside ``store.transaction()``."""
    stamp = _unique_stamp(db, client_id)
    cursor = db.conn.execute(
        "UPDATE clients SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
        [stamp, stamp, client_id],
    )
    if cursor.rowcount == 0:
        return None
    db.conn.execute(
        "UPDATE demand_lines SET deleted_at = ?, updated_at = ? WHERE deleted_at IS NULL AND "
        "intake_id IN (SELECT id FROM intakes WHERE client_id = ? AND deleted_at IS NULL)",
        [stamp, stamp, client_id],
    )
    for table in ("contacts", "intakes"):
        db.conn.execute(
            f"UPDATE {table} SET deleted_at = ?, updated_at = ? "
            "WHERE client_id = ? AND deleted_at IS NULL",
            [stamp, stamp, client_id],
        )
    audit.record(db, audit.DELETE, "clients", client_id)
    return stamp


def restore_client(db: sqlite_utils.Database, client_id: str, stamp: str) -> bool:
    """Undo :func:`delete_client`: what was deleted with ``stamp`` lives again (contacts or
    intakes deleted earlier on their own stay deleted). Call inside ``store.transaction()``."""
    now = now_utc()
    cursor = db.conn.execute(
        "UPDATE clients SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at = ?",
        [now, client_id, stamp],
    )
    if cursor.rowcount == 0:
        return False
    for table in ("contacts", "intakes"):
        db.conn.execute(
            f"UPDATE {table} SET deleted_at = NULL, updated_at = ? "
            "WHERE client_id = ? AND deleted_at = ?",
            [now, client_id, stamp],
        )
    db.conn.execute(
        "UPDATE demand_lines SET deleted_at = NULL, updated_at = ? WHERE deleted_at = ? AND "
        "intake_id IN (SELECT id FROM intakes WHERE client_id = ?)",
        [now, stamp, client_id],
    )
    audit.record(db, audit.RESTORE, "clients", client_id)
    return True


# -- contacts --------------------------------------------------------------------------------


def contacts_for_client(db: sqlite_utils.Database, client_id: str) -> list[dict]:
    """Live contacts of an employer, in the order they were added."""
    return list(
        db.query(
            "SELECT * FROM contacts WHERE client_id = ? AND deleted_at IS NULL "
            "ORDER BY created_at, rowid",
            [client_id],
        )
    )


def update_contact(
    db: sqlite_utils.Database, contact_id: str, values: Mapping[str, object]
) -> bool:
    return _update(db, "contacts", contact_id, values, _CONTACT_FIELDS)


def delete_contact(db: sqlite_utils.Database, contact_id: str) -> bool:
    now = now_utc()
    cursor = db.conn.execute(
        "UPDATE contacts SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
        [now, now, contact_id],
    )
    if cursor.rowcount > 0:
        audit.record(db, audit.DELETE, "contacts", contact_id)
    return cursor.rowcount > 0


# -- history ---------------------------------------------------------------------------------


def client_history(db: sqlite_utils.Database, client_id: str) -> list[dict]:
    """The employer's intakes and proposals, newest first. Each row has ``kind`` (``intake`` or
    ``proposal``), ``id``, ``date`` (ISO), ``title``, ``status``; intakes ``demand_lines`` (their
    count); proposals ``number``, ``version``, ``version_id``, ``total_excl_cents`` (set once a
    version is sent; None for a concept) and ``intake_id``."""
    intakes = db.query(
        "SELECT 'intake' AS kind, i.id, coalesce(i.intake_date, substr(i.created_at, 1, 10)) "
        "AS date, i.title, i.status, i.created_at, "
        "(SELECT count(*) FROM demand_lines d WHERE d.intake_id = i.id "
        "AND d.deleted_at IS NULL) AS demand_lines "
        "FROM intakes i WHERE i.client_id = ? AND i.deleted_at IS NULL",
        [client_id],
    )
    proposals = db.query(
        "SELECT 'proposal' AS kind, p.id, coalesce(substr(v.sent_at, 1, 10), "
        "substr(p.created_at, 1, 10)) AS date, p.title, p.status, p.created_at, p.number, "
        "p.intake_id, v.version, v.id AS version_id, v.total_excl_cents "
        "FROM proposals p LEFT JOIN proposal_versions v "
        "ON v.proposal_id = p.id AND v.version = p.current_version "
        "WHERE p.client_id = ? AND p.deleted_at IS NULL",
        [client_id],
    )
    rows = [*intakes, *proposals]
    rows.sort(key=lambda r: (r["date"] or "", r["created_at"] or ""), reverse=True)
    return rows
