"""What the safe exports of clients and the proposal list read from the database."""

from __future__ import annotations

import sqlite_utils


def client_rows(db: sqlite_utils.Database) -> list[dict]:
    """Every live client with the number of its live intakes and proposals, by name."""
    return list(
        db.query(
            "SELECT c.name, c.kvk, c.sector, c.address, c.postcode, c.city, c.email, c.phone, "
            "(SELECT count(*) FROM intakes i WHERE i.client_id = c.id AND i.deleted_at IS NULL)"
            " AS intakes, "
            "(SELECT count(*) FROM proposals p WHERE p.client_id = c.id "
            "AND p.deleted_at IS NULL) AS proposals "
            "FROM clients c WHERE c.deleted_at IS NULL ORDER BY c.name COLLATE NOCASE, c.id"
        )
    )


def sent_moments(db: sqlite_utils.Database) -> dict[str, str]:
    """Proposal id → when its current version was sent (UTC, ISO 8601); concepts are absent."""
    return {
        r["proposal_id"]: r["sent_at"]
        for r in db.query(
            "SELECT p.id AS proposal_id, v.sent_at FROM proposals p "
            "JOIN proposal_versions v ON v.proposal_id = p.id AND v.version = p.current_version "
            "WHERE p.deleted_at IS NULL AND v.sent_at IS NOT NULL"
        )
    }
