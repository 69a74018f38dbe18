"""Writing which constraints of a demand line are musts (the matching page's "Opslaan in intake").

Kept apart from the intake form's writers: the matching page only ever changes ``must``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from broker_app.domain.vocab import MUST_CONSTRAINTS
from broker_app.store import audit
from broker_app.store.records import now_utc, to_json


def set_demand_musts(db: sqlite_utils.Database, line_id: str, musts: Sequence[str]) -> bool:
    """Store ``musts`` (known constraint names, in the vocabulary's order, without doubles) on
    the demand line; False when the line does not exist (or was deleted)."""
    unknown = [m for m in musts if m not in MUST_CONSTRAINTS]
    if unknown:
        raise ValueError(f"unknown must: {', '.join(unknown)}")
    ordered = [code for code in MUST_CONSTRAINTS.codes if code in set(musts)]
    changed = audit.changed_fields(db, "demand_lines", line_id, {"must": to_json(ordered)})
    cursor = db.conn.execute(
        "UPDATE demand_lines SET must = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL",
        (to_json(ordered), now_utc(), line_id),
    )
    if cursor.rowcount == 1:
        audit.record_update(db, "demand_lines", line_id, changed)
    return cursor.rowcount == 1


def demand_line_choices(db: sqlite_utils.Database) -> list[dict]:
    """Every live demand line with its intake and employer, for a chooser: employer by name,
    newest intake first, lines in their order. Keys: ``id``, ``title``, ``text``, ``number``
    (the line's place in its intake, 1, 2, … as the intake page numbers its tabs),
    ``intake_id``, ``intake_title``, ``intake_date``, ``client_id``, ``client_name``."""
    return list(
        db.query(
            "SELECT d.id, d.title, d.text, "
            "ROW_NUMBER() OVER (PARTITION BY d.intake_id ORDER BY d.position, d.created_at) "
            "AS number, i.id AS intake_id, i.title AS intake_title, "
            "i.intake_date, c.id AS client_id, c.name AS client_name "
            "FROM demand_lines d JOIN intakes i ON i.id = d.intake_id "
            "JOIN clients c ON c.id = i.client_id "
            "WHERE d.deleted_at IS NULL AND i.deleted_at IS NULL AND c.deleted_at IS NULL "
            "ORDER BY c.name COLLATE NOCASE, coalesce(i.intake_date, i.created_at) DESC, "
            "i.created_at DESC, d.position, d.created_at"
        )
    )
