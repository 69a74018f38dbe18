"""Employers, their contacts, intakes and demand lines."""

from __future__ import annotations

from collections.abc import Mapping

import sqlite_utils

from broker_app.store.records import new_id, now_utc, to_json

_CLIENT_FIELDS = ("name", "kvk", "sector", "address", "postcode", "city", "email", "phone", "notes")
_CONTACT_FIELDS = ("name", "role", "email", "phone")
_DEMAND_FIELDS = (
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
    return _insert(db, "clients", values)


def insert_contact(db: sqlite_utils.Database, client_id: str, contact: Mapping[str, object]) -> str:
    return _insert(
        db, "contacts", {"client_id": client_id, **{k: contact.get(k) for k in _CONTACT_FIELDS}}
    )


def insert_intake(
    db: sqlite_utils.Database,
    client_id: str,
    *,
    title: str | None,
    intake_date: str | None,
    notes: str | None = None,
) -> str:
    return _insert(
        db,
        "intakes",
        {"client_id": client_id, "title": title, "intake_date": intake_date, "notes": notes},
    )


def insert_demand_line(
    db: sqlite_utils.Database, intake_id: str, position: int, line: Mapping[str, object]
) -> str:
    values: dict[str, object] = {"intake_id": intake_id, "position": position}
    values.update({k: line.get(k) for k in _DEMAND_FIELDS})
    values.update({k: to_json(list(line.get(k) or [])) for k in _DEMAND_LISTS})
    return _insert(db, "demand_lines", values)
