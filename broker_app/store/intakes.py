"""Reading intakes and their demand lines (writing lives beside it, with the intake form)."""

from __future__ import annotations

import sqlite_utils

from broker_app.store.records import from_json_list

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
