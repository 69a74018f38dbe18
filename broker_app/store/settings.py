"""The settings table: one JSON value per key (the broker's organisation, weights, texts...)."""

from __future__ import annotations

import json

import sqlite_utils

from broker_app.store.records import now_utc


def get_setting(db: sqlite_utils.Database, key: str, default: object = None) -> object:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except json.JSONDecodeError:
        return default


def set_setting(db: sqlite_utils.Database, key: str, value: object) -> None:
    db.conn.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        (key, json.dumps(value, ensure_ascii=False), now_utc()),
    )
