"""Quick look-ups across the broker's records: the window's global search (Ctrl+K)."""

from __future__ import annotations

import sqlite_utils


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def find_clients(db: sqlite_utils.Database, text: str, limit: int = 8) -> list[dict]:
    """Employers whose name, city or KvK number contains ``text``; names starting with it
    first."""
    pattern = _like(text)
    return list(
        db.query(
            "SELECT id, name, city, kvk FROM clients WHERE deleted_at IS NULL AND "
            "(name LIKE :p ESCAPE '\\' OR city LIKE :p ESCAPE '\\' OR kvk LIKE :p ESCAPE '\\') "
            "ORDER BY name NOT LIKE :start ESCAPE '\\', name COLLATE NOCASE LIMIT :limit",
            {"p": pattern, "start": _like(text)[1:], "limit": limit},
        )
    )


def find_proposals(db: sqlite_utils.Database, text: str, limit: int = 8) -> list[dict]:
    """Proposals by number, title or employer name; newest first."""
    pattern = _like(text)
    return list(
        db.query(
            "SELECT p.id, p.number, p.title, p.status, c.name AS client_name "
            "FROM proposals p JOIN clients c ON c.id = p.client_id "
            "WHERE p.deleted_at IS NULL AND (p.number LIKE :p ESCAPE '\\' "
            "OR p.title LIKE :p ESCAPE '\\' OR c.name LIKE :p ESCAPE '\\') "
            "ORDER BY p.created_at DESC LIMIT :limit",
            {"p": pattern, "limit": limit},
        )
    )


def proposal_count_for_intake(db: sqlite_utils.Database, intake_id: str) -> int:
    return db.execute(
        "SELECT count(*) FROM proposals WHERE intake_id = ? AND deleted_at IS NULL", [intake_id]
    ).fetchone()[0]
