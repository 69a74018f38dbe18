"""The audit log: what changed, when, and by which broker profile (AVG accountability).

Every write that a broker would want to account for adds one row through :func:`record`,
inside the same transaction as the change itself, so the log never claims what did not happen.
``details`` is a small JSON object (which fields changed, counts); never the personal data
itself, so erasing a client does not leave their name behind in the log.
"""

from __future__ import annotations

import sqlite_utils

from broker_app.store.records import now_utc, to_json
from broker_app.store.settings import get_setting

PROFILE_SETTING = "audit.profile"  # the name of the broker working in this database


def current_profile(db: sqlite_utils.Database) -> str | None:
    """The broker profile that acts now (set in Instellingen), or None when none is set."""
    value = get_setting(db, PROFILE_SETTING, None)
    return str(value) if value else None


def record(
    db: sqlite_utils.Database,
    action: str,
    table: str | None = None,
    record_id: str | None = None,
    details: dict | None = None,
) -> None:
    """Add one entry; call inside the transaction that makes the change."""
    db.conn.execute(
        "INSERT INTO audit_log (at, profile, action, table_name, record_id, details) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (now_utc(), current_profile(db), action, table, record_id, to_json(details or {})),
    )
