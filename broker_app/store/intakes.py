"""Reading intakes and their demand lines (writing lives beside it, with the intake form)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

import sqlite_utils

from broker_app.domain import vocab
from broker_app.domain.privacy import find_bsn
from broker_app.store import audit
from broker_app.store.clients import DEMAND_FIELDS, insert_demand_line, insert_intake
from broker_app.store.records import from_json_list, new_id, now_utc, to_json

DEMAND_LISTS = ("competences", "delivery", "schedule", "must")


def _decode_line(row: dict) -> dict:
    for name in DEMAND_LISTS:
        row[name] = from_json_list(row.get(name))
    return row


def get_intake(db: sqlite_utils.Database, intake_id: str) -> dict | None:
    rows = list(db.query("SELECT * FROM intakes WHERE id = ? AND deleted_at IS NULL", [intake_id]))
    return rows[0] if rows else None


def intakes_for_client(db: sqlite_utils.Database, client_id: str) -> list[dict]:
    """Newest first."""
    return list(
        db.query(
            "SELECT * FROM intakes WHERE client_id = ? AND deleted_at IS NULL "
            "ORDER BY coalesce(intake_date, created_at) DESC, created_at DESC",
            [client_id],
        )
    )


def demand_lines(db: sqlite_utils.Database, intake_id: str) -> list[dict]:
    """The intake's demand lines in their order, lists decoded."""
    return [
        _decode_line(row)
        for row in db.query(
            "SELECT * FROM demand_lines WHERE intake_id = ? AND deleted_at IS NULL "
            "ORDER BY position, created_at",
            [intake_id],
        )
    ]


def get_demand_line(db: sqlite_utils.Database, line_id: str) -> dict | None:
    """One demand line, lists decoded, with ``client_id``, ``client_name`` and
    ``intake_title`` of the intake it belongs to."""
    rows = list(
        db.query(
            "SELECT d.*, i.client_id, c.name AS client_name, i.title AS intake_title "
            "FROM demand_lines d JOIN intakes i ON i.id = d.intake_id "
            "JOIN clients c ON c.id = i.client_id "
            "WHERE d.id = ? AND d.deleted_at IS NULL",
            [line_id],
        )
    )
    return _decode_line(rows[0]) if rows else None


# -- writing (the intake form saves every change on its own) ---------------------------------

INTAKE_STATUSES = ("open", "afgerond")
INTAKE_FIELDS = ("title", "intake_date", "status", "notes")
_WHOLE_FIELDS = ("participants", "max_distance_km", "budget_per_participant_cents")
_TERM_FIELDS = {
    "current_level": vocab.LEVELS,
    "target_level": vocab.LEVELS,
    "credential": vocab.CREDENTIALS,
}
_LIST_TERMS = {
    "delivery": vocab.DELIVERY,
    "schedule": vocab.SCHEDULE,
    "must": vocab.MUST_CONSTRAINTS,
}
PARTICIPANT_FIELDS = ("name", "function", "email")  # AVG: nothing else, never a BSN
_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;.]{2,}$")


class IntakeWriteError(ValueError):
    """A value the store refuses to write (the form shows its own message before this)."""


def _refuse_bsn(name: str, value: object) -> None:
    """AVG: a citizen service number is never stored (the window says so before this)."""
    if isinstance(value, str) and find_bsn(value):
        raise IntakeWriteError(f"{name}: looks like a BSN")


def is_email(text: str) -> bool:
    """A plausible e-mail address: something@domain.tld, no spaces."""
    return bool(_EMAIL.match(text.strip()))


def _touch_update(
    db: sqlite_utils.Database, table: str, row_id: str, values: Mapping[str, object]
) -> None:
    if not values:
        return
    assignments = ", ".join(f"{name} = ?" for name in values)
    with db.atomic():
        changed = audit.changed_fields(db, table, row_id, dict(values))
        cursor = db.conn.execute(
            f"UPDATE {table} SET {assignments}, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
            [*values.values(), now_utc(), row_id],
        )
        if cursor.rowcount != 1:
            raise IntakeWriteError(f"{table} {row_id} not found")
        audit.record_update(db, table, row_id, changed)


def _employer_defaults(db: sqlite_utils.Database, client_id: str) -> dict[str, object]:
    """What a new demand line takes over from the employer: its sector and its place."""
    row = db.execute("SELECT sector, city FROM clients WHERE id = ?", [client_id]).fetchone()
    if row is None:
        return {}
    return {name: value for name, value in zip(("sector", "city"), row, strict=True) if value}


def create_intake(
    db: sqlite_utils.Database,
    client_id: str,
    *,
    title: str | None = None,
    intake_date: str | None = None,
    notes: str | None = None,
    first_line: bool = True,
) -> str:
    """A new open intake for the employer, with an empty first demand line (``first_line``)
    that takes over the employer's sector and place."""
    with db.atomic():
        intake_id = insert_intake(db, client_id, title=title, intake_date=intake_date, notes=notes)
        if first_line:
            insert_demand_line(db, intake_id, 0, {"text": "", **_employer_defaults(db, client_id)})
    return intake_id


def update_intake(db: sqlite_utils.Database, intake_id: str, **fields: object) -> None:
    """Change title, intake_date (ISO), status (open/afgerond) or notes."""
    unknown = set(fields) - set(INTAKE_FIELDS)
    if unknown:
        raise IntakeWriteError(f"unknown intake fields: {sorted(unknown)}")
    if "status" in fields and fields["status"] not in INTAKE_STATUSES:
        raise IntakeWriteError(f"status {fields['status']!r}")
    if fields.get("intake_date"):
        date.fromisoformat(str(fields["intake_date"]))
    for name in ("title", "notes"):
        _refuse_bsn(name, fields.get(name))
    _touch_update(db, "intakes", intake_id, fields)


def client_choices(db: sqlite_utils.Database) -> list[dict]:
    """Live employers (id, name, city) by name, for choosing whose intake it is."""
    return list(
        db.query(
            "SELECT id, name, city FROM clients WHERE deleted_at IS NULL "
            "ORDER BY name COLLATE NOCASE, created_at"
        )
    )


def recent_intakes(db: sqlite_utils.Database, *, status: str | None = None) -> list[dict]:
    """Intakes of every employer with ``client_name``, the newest conversation first."""
    sql = (
        "SELECT i.*, c.name AS client_name FROM intakes i JOIN clients c ON c.id = i.client_id "
        "WHERE i.deleted_at IS NULL AND c.deleted_at IS NULL"
    )
    params: list[object] = []
    if status:
        sql += " AND i.status = ?"
        params.append(status)
    order = " ORDER BY coalesce(i.intake_date, substr(i.created_at, 1, 10)) DESC, i.created_at DESC"
    return list(db.query(sql + order, params))


def _check_line_value(name: str, value: object) -> object:
    if name in _WHOLE_FIELDS:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise IntakeWriteError(f"{name}: {value!r}")
        return value
    if name in _TERM_FIELDS:
        if value in (None, ""):
            return None
        if value not in _TERM_FIELDS[name]:
            raise IntakeWriteError(f"{name}: {value!r}")
        return value
    if name in ("start_after", "start_before"):
        if value in (None, ""):
            return None
        return date.fromisoformat(str(value)).isoformat()
    if name == "text":
        if not isinstance(value, str):
            raise IntakeWriteError(f"text: {value!r}")
        return value
    if value is None:
        return None
    if not isinstance(value, str):
        raise IntakeWriteError(f"{name}: {value!r}")
    return value.strip() or None


def _check_line_list(name: str, value: object) -> str:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise IntakeWriteError(f"{name}: {value!r}")
    items = list(dict.fromkeys(v.strip() for v in value if v.strip()))
    terms = _LIST_TERMS.get(name)
    if terms is not None and any(v not in terms for v in items):
        raise IntakeWriteError(f"{name}: {value!r}")
    return to_json(items)


def update_demand_line(db: sqlite_utils.Database, line_id: str, **fields: object) -> None:
    """Change one or more fields of a demand line; lists (competences, delivery, schedule, must)
    are stored as JSON. A refused value raises IntakeWriteError and writes nothing."""
    values: dict[str, object] = {}
    for name, value in fields.items():
        if name in DEMAND_FIELDS:
            values[name] = _check_line_value(name, value)
            _refuse_bsn(name, values[name])
        elif name in DEMAND_LISTS:
            values[name] = _check_line_list(name, value)
        else:
            raise IntakeWriteError(f"unknown demand line field: {name}")
    _touch_update(db, "demand_lines", line_id, values)


def add_demand_line(
    db: sqlite_utils.Database, intake_id: str, line: Mapping[str, object] | None = None
) -> str:
    """A new demand line after the intake's others; the employer's sector and place unless
    ``line`` says otherwise."""
    with db.atomic():
        last = db.execute(
            "SELECT max(position) FROM demand_lines WHERE intake_id = ? AND deleted_at IS NULL",
            [intake_id],
        ).fetchone()[0]
        owner = db.execute("SELECT client_id FROM intakes WHERE id = ?", [intake_id]).fetchone()
        defaults = _employer_defaults(db, owner[0]) if owner else {}
        values = {"text": "", **defaults, **(line or {})}
        line_id = insert_demand_line(db, intake_id, 0 if last is None else last + 1, values)
        db.conn.execute("UPDATE intakes SET updated_at = ? WHERE id = ?", [now_utc(), intake_id])
    return line_id


def move_demand_line(db: sqlite_utils.Database, line_id: str, position: int) -> None:
    """Put the line at ``position`` (0 = first) among its intake's live lines; renumbers all."""
    with db.atomic():
        row = db.execute("SELECT intake_id FROM demand_lines WHERE id = ?", [line_id]).fetchone()
        if row is None:
            raise IntakeWriteError(f"demand line {line_id} not found")
        ids = [line["id"] for line in demand_lines(db, row[0]) if line["id"] != line_id]
        ids.insert(max(0, min(position, len(ids))), line_id)
        now = now_utc()
        moved = 0
        for index, other in enumerate(ids):
            moved += db.conn.execute(
                "UPDATE demand_lines SET position = ?, updated_at = ? "
                "WHERE id = ? AND position IS NOT ?",
                [index, now, other, index],
            ).rowcount
        if moved:
            audit.record_update(db, "demand_lines", line_id, ["position"])


def delete_demand_line(db: sqlite_utils.Database, line_id: str) -> None:
    """Soft-delete the line and its participants."""
    now = now_utc()
    with db.atomic():
        deleted = db.conn.execute(
            "UPDATE demand_lines SET deleted_at = ?, updated_at = ? WHERE id = ? "
            "AND deleted_at IS NULL",
            [now, now, line_id],
        ).rowcount
        gone = db.conn.execute(
            "UPDATE participants SET deleted_at = ?, updated_at = ? "
            "WHERE demand_line_id = ? AND deleted_at IS NULL",
            [now, now, line_id],
        ).rowcount
        if deleted:
            audit.record(db, audit.DELETE, "demand_lines", line_id, {"participants": gone})


def participants(db: sqlite_utils.Database, line_id: str) -> list[dict]:
    """The line's participants in the order they were added."""
    return list(
        db.query(
            "SELECT id, demand_line_id, name, function, email FROM participants "
            "WHERE demand_line_id = ? AND deleted_at IS NULL ORDER BY created_at, id",
            [line_id],
        )
    )


def _participant_values(fields: Mapping[str, object]) -> dict[str, object]:
    unknown = set(fields) - set(PARTICIPANT_FIELDS)
    if unknown:
        raise IntakeWriteError(f"participants hold only name, function and e-mail: {unknown}")
    values: dict[str, object] = {}
    for name, value in fields.items():
        text = str(value or "").strip()
        if name == "email" and text and not is_email(text):
            raise IntakeWriteError(f"email: {text!r}")
        _refuse_bsn(name, text)
        values[name] = text or None
    return values


def add_participant(db: sqlite_utils.Database, line_id: str, **fields: object) -> str:
    """A participant of the demand line (name, function, email only)."""
    values = _participant_values(fields)
    with db.atomic():
        row = db.execute(
            "SELECT i.client_id FROM demand_lines d JOIN intakes i ON i.id = d.intake_id "
            "WHERE d.id = ?",
            [line_id],
        ).fetchone()
        if row is None:
            raise IntakeWriteError(f"demand line {line_id} not found")
        now = now_utc()
        participant_id = new_id()
        db.conn.execute(
            "INSERT INTO participants (id, client_id, demand_line_id, name, function, email, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [participant_id, row[0], line_id, values.get("name"), values.get("function"),
             values.get("email"), now, now],
        )  # fmt: skip
        audit.record(db, audit.CREATE, "participants", participant_id,
                     {"fields": sorted(k for k, v in values.items() if v)})  # fmt: skip
    return participant_id


def update_participant(db: sqlite_utils.Database, participant_id: str, **fields: object) -> None:
    _touch_update(db, "participants", participant_id, _participant_values(fields))


def delete_participant(db: sqlite_utils.Database, participant_id: str) -> None:
    now = now_utc()
    with db.atomic():
        cursor = db.conn.execute(
            "UPDATE participants SET deleted_at = ?, updated_at = ? WHERE id = ? "
            "AND deleted_at IS NULL",
            [now, now, participant_id],
        )
        if cursor.rowcount:
            audit.record(db, audit.DELETE, "participants", participant_id)
