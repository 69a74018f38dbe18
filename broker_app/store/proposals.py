"""Proposals, their versions and lines. A sent version keeps a frozen snapshot (JSON) of
everything the employer was shown, so later catalogue edits never alter it."""

from __future__ import annotations

import json
from collections.abc import Mapping

import sqlite_utils

from broker_app.domain.proposal import proposal_number
from broker_app.store import audit
from broker_app.store.records import new_id, now_utc

_LINE_FIELDS = (
    "position", "kind", "offering_id", "title", "provider", "participants", "price_cents",
    "group_price_cents", "discount_cents", "vat", "vat_reason", "funding_scheme", "notes",
)  # fmt: skip


def create_proposal(
    db: sqlite_utils.Database,
    *,
    client_id: str,
    intake_id: str | None,
    title: str | None,
    year: int,
    valid_until: str | None,
    language: str,
) -> tuple[str, str]:
    """A new proposal with its first (concept) version; returns (id, number). The caller holds
    the transaction, so two brokers never get the same number."""
    sequence = db.execute(
        "SELECT coalesce(max(sequence), 0) + 1 FROM proposals WHERE year = ?", [year]
    ).fetchone()[0]
    now = now_utc()
    proposal_id = new_id()
    number = proposal_number(year, sequence)
    db.conn.execute(
        "INSERT INTO proposals (id, client_id, intake_id, number, year, sequence, title, status, "
        "language, valid_until, current_version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'concept', ?, ?, 1, ?, ?)",
        (proposal_id, client_id, intake_id, number, year, sequence, title, language, valid_until,
         now, now),
    )  # fmt: skip
    _insert_version(db, proposal_id, 1)
    audit.record(db, audit.CREATE, "proposals", proposal_id)
    return proposal_id, number


def _insert_version(db: sqlite_utils.Database, proposal_id: str, version: int) -> str:
    now = now_utc()
    version_id = new_id()
    db.conn.execute(
        "INSERT INTO proposal_versions (id, proposal_id, version, status, created_at, updated_at) "
        "VALUES (?, ?, ?, 'concept', ?, ?)",
        (version_id, proposal_id, version, now, now),
    )
    return version_id


def get_proposal(db: sqlite_utils.Database, proposal_id: str) -> dict | None:
    rows = list(db.query("SELECT * FROM proposals WHERE id = ?", [proposal_id]))
    return rows[0] if rows else None


def versions(db: sqlite_utils.Database, proposal_id: str) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM proposal_versions WHERE proposal_id = ? ORDER BY version", [proposal_id]
        )
    )


def current_version(db: sqlite_utils.Database, proposal_id: str) -> dict:
    rows = list(
        db.query(
            "SELECT v.* FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id "
            "AND v.version = p.current_version WHERE p.id = ?",
            [proposal_id],
        )
    )
    return rows[0]


def add_line(db: sqlite_utils.Database, version_id: str, line: Mapping[str, object]) -> str:
    now = now_utc()
    line_id = new_id()
    values = {k: line.get(k) for k in _LINE_FIELDS}
    values["kind"] = values["kind"] or "offering"
    values["participants"] = values["participants"] or 1
    values["discount_cents"] = values["discount_cents"] or 0
    cols = ["id", "version_id", *values, "created_at", "updated_at"]
    db.conn.execute(
        f"INSERT INTO proposal_lines ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [line_id, version_id, *values.values(), now, now],
    )
    return line_id


def lines(db: sqlite_utils.Database, version_id: str) -> list[dict]:
    return list(
        db.query(
            "SELECT * FROM proposal_lines WHERE version_id = ? AND deleted_at IS NULL "
            "ORDER BY position, created_at",
            [version_id],
        )
    )


def freeze_version(
    db: sqlite_utils.Database,
    version_id: str,
    snapshot: Mapping[str, object],
    totals: tuple,
    sent_at: str | None = None,
) -> None:
    """Mark a version sent, with the snapshot and totals (excl, vat, incl) it was sent with;
    ``sent_at`` (UTC, ISO 8601) when it was sent on another moment than now."""
    now = now_utc()
    excl, vat, incl = totals
    db.conn.execute(
        "UPDATE proposal_versions SET status = 'verzonden', sent_at = ?, snapshot = ?, "
        "total_excl_cents = ?, total_vat_cents = ?, total_incl_cents = ?, updated_at = ? "
        "WHERE id = ? AND snapshot IS NULL",
        (sent_at or now, json.dumps(snapshot, ensure_ascii=False), excl, vat, incl, now,
         version_id),
    )  # fmt: skip


def set_status(
    db: sqlite_utils.Database, proposal_id: str, status: str, at: str | None = None
) -> None:
    """The new status; ``updated_at`` is the moment of the change (``at`` when given), which
    is the date shown for a decision."""
    db.conn.execute(
        "UPDATE proposals SET status = ?, updated_at = ? WHERE id = ?",
        (status, at or now_utc(), proposal_id),
    )


def set_language(db: sqlite_utils.Database, proposal_id: str, language: str) -> None:
    """The language the proposal is written in ("nl" or "en")."""
    db.conn.execute(
        "UPDATE proposals SET language = ?, updated_at = ? WHERE id = ?",
        (language, now_utc(), proposal_id),
    )


def next_version(db: sqlite_utils.Database, proposal_id: str) -> str:
    """Version n+1 as a concept, with the lines of version n copied; version n stays as sent."""
    current = current_version(db, proposal_id)
    number = current["version"] + 1
    version_id = _insert_version(db, proposal_id, number)
    for line in lines(db, current["id"]):
        add_line(db, version_id, line)
    db.conn.execute(
        "UPDATE proposals SET current_version = ?, status = 'concept', updated_at = ? WHERE id = ?",
        (number, now_utc(), proposal_id),
    )
    return version_id


def snapshot_of(db: sqlite_utils.Database, version_id: str) -> dict | None:
    row = db.execute("SELECT snapshot FROM proposal_versions WHERE id = ?", [version_id]).fetchone()
    return json.loads(row[0]) if row and row[0] else None


def find_by_number(db: sqlite_utils.Database, number: str) -> dict | None:
    rows = list(db.query("SELECT * FROM proposals WHERE number = ?", [number.strip()]))
    return rows[0] if rows else None


def latest_concept_for_intake(db: sqlite_utils.Database, intake_id: str) -> dict | None:
    """The newest proposal of an intake that can still be edited (status concept)."""
    rows = list(
        db.query(
            "SELECT * FROM proposals WHERE intake_id = ? AND status = 'concept' "
            "AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 1",
            [intake_id],
        )
    )
    return rows[0] if rows else None


# -- the proposals page: the list, one version, editing the lines of a concept ----------------

_EDITABLE_LINE_FIELDS = ("participants", "group_price_cents", "discount_cents", "price_cents")


def list_proposals(db: sqlite_utils.Database) -> list[dict]:
    """Every proposal with its client's name and its current version (id, status, stored
    totals; the totals are NULL while the version is a concept). Newest change first."""
    return list(
        db.query(
            "SELECT p.*, c.name AS client_name, v.id AS version_id, v.status AS version_status, "
            "v.sent_at, v.total_excl_cents, v.total_vat_cents, v.total_incl_cents "
            "FROM proposals p JOIN clients c ON c.id = p.client_id "
            "LEFT JOIN proposal_versions v ON v.proposal_id = p.id "
            "AND v.version = p.current_version "
            "WHERE p.deleted_at IS NULL ORDER BY p.updated_at DESC, p.number DESC"
        )
    )


def lines_of_versions(db: sqlite_utils.Database, version_ids: list[str]) -> dict[str, list[dict]]:
    """The lines of several versions at once (for the totals of concepts in the list)."""
    found: dict[str, list[dict]] = {v: [] for v in version_ids}
    for start in range(0, len(version_ids), 500):
        chunk = version_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in db.query(
            f"SELECT * FROM proposal_lines WHERE version_id IN ({marks}) AND deleted_at IS NULL "
            "ORDER BY position, created_at",
            chunk,
        ):
            found[row["version_id"]].append(row)
    return found


def get_version(db: sqlite_utils.Database, proposal_id: str, version: int) -> dict | None:
    rows = list(
        db.query(
            "SELECT * FROM proposal_versions WHERE proposal_id = ? AND version = ?",
            [proposal_id, version],
        )
    )
    return rows[0] if rows else None


def get_line(db: sqlite_utils.Database, line_id: str) -> dict | None:
    rows = list(
        db.query("SELECT * FROM proposal_lines WHERE id = ? AND deleted_at IS NULL", [line_id])
    )
    return rows[0] if rows else None


def update_line(db: sqlite_utils.Database, line_id: str, values: Mapping[str, object]) -> None:
    """Participants, prices and discount of one line (other keys are ignored)."""
    wanted = {k: v for k, v in values.items() if k in _EDITABLE_LINE_FIELDS}
    if not wanted:
        return
    sets = ", ".join(f"{k} = ?" for k in wanted)
    db.conn.execute(
        f"UPDATE proposal_lines SET {sets}, updated_at = ? WHERE id = ?",
        [*wanted.values(), now_utc(), line_id],
    )


def delete_line(db: sqlite_utils.Database, line_id: str) -> None:
    """Soft delete: the line leaves the proposal but stays in the file."""
    now = now_utc()
    db.conn.execute(
        "UPDATE proposal_lines SET deleted_at = ?, updated_at = ? WHERE id = ?",
        (now, now, line_id),
    )


def set_positions(db: sqlite_utils.Database, line_ids: list[str]) -> None:
    """Number the lines 0, 1, 2 ... in the order given."""
    now = now_utc()
    db.conn.executemany(
        "UPDATE proposal_lines SET position = ?, updated_at = ? WHERE id = ?",
        [(position, now, line_id) for position, line_id in enumerate(line_ids)],
    )


def touch(db: sqlite_utils.Database, proposal_id: str) -> None:
    """The proposal changed (its lines): it moves to the top of the list."""
    db.conn.execute("UPDATE proposals SET updated_at = ? WHERE id = ?", (now_utc(), proposal_id))


def client_of(db: sqlite_utils.Database, proposal_id: str) -> dict | None:
    rows = list(
        db.query(
            "SELECT c.* FROM clients c JOIN proposals p ON p.client_id = c.id WHERE p.id = ?",
            [proposal_id],
        )
    )
    return rows[0] if rows else None


# -- deleting a concept that was never sent -----------------------------------------------------


def ever_sent(db: sqlite_utils.Database, proposal_id: str) -> bool:
    """True when any version of the proposal went to the employer (it is then a document the
    employer may hold, and is never deleted)."""
    return bool(
        db.execute(
            "SELECT count(*) FROM proposal_versions WHERE proposal_id = ? "
            "AND (status != 'concept' OR sent_at IS NOT NULL OR snapshot IS NOT NULL)",
            [proposal_id],
        ).fetchone()[0]
    )


def delete_proposal(db: sqlite_utils.Database, proposal_id: str) -> str | None:
    """Soft delete: the proposal gets a ``deleted_at`` stamp, which is returned for
    :func:`restore_proposal` (None when it was already deleted). Its versions and lines stay as
    they are. The caller checks it was never sent and holds the transaction."""
    stamp = now_utc()
    cursor = db.conn.execute(
        "UPDATE proposals SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
        (stamp, proposal_id),
    )
    if cursor.rowcount:
        audit.record(db, audit.DELETE, "proposals", proposal_id)
    return stamp if cursor.rowcount else None


def restore_proposal(db: sqlite_utils.Database, proposal_id: str, stamp: str) -> bool:
    """Undo :func:`delete_proposal` (only the deletion stamped ``stamp``)."""
    cursor = db.conn.execute(
        "UPDATE proposals SET deleted_at = NULL WHERE id = ? AND deleted_at = ?",
        (proposal_id, stamp),
    )
    if cursor.rowcount:
        audit.record(db, audit.RESTORE, "proposals", proposal_id)
    return cursor.rowcount > 0
