"""The settings table: one JSON value per key (the broker's organisation, weights, texts...)."""

from __future__ import annotations

import json

import sqlite_utils

from broker_app.store import audit
from broker_app.store.records import now_utc


def get_setting(db: sqlite_utils.Database, key: str, default: object = None) -> object:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except json.JSONDecodeError:
        return default


# Settings the program keeps for itself: not the broker's choices, so not in the audit log.
UNLOGGED = frozenset({"catalogue.index_version", "demo.removed", "privacy.anonymous_clients"})


def _changed_keys(old: object, new: object) -> list[str]:
    """The top-level keys that differ, when both values are objects (``broker.organisation``:
    name, email...); else []. Keys only: the values may be personal data."""
    if isinstance(old, dict) and isinstance(new, dict):
        return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
    if isinstance(new, dict) and old is None:
        return sorted(new)
    return []


def set_setting(db: sqlite_utils.Database, key: str, value: object) -> None:
    """Store ``value``; a change of a broker's setting is written to the audit log (coalesced,
    with the keys that changed inside it, never the values)."""
    text = json.dumps(value, ensure_ascii=False)
    before = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    db.conn.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        (key, text, now_utc()),
    )
    if key in UNLOGGED or (before is not None and before[0] == text):
        return
    try:
        old = json.loads(before[0]) if before is not None else None
    except json.JSONDecodeError:
        old = None
    audit.record_update(db, "settings", key, _changed_keys(old, value), {"key": key})
