"""Privacy (AVG) on the client data: everything about one employer as JSON, erasing an
employer's personal data, and anonymising participants after a period without activity.

What counts as personal data and what stays is written down in docs/privacy.md. In short:
names, addresses, e-mail addresses, phone numbers, the KvK number, notes and other free text go;
sector, place, the four digits of the postcode, counts, levels, amounts, statuses and dates
stay, so the Overzicht adds up to the same figures after an erasure.

Erasing and anonymising run with ``PRAGMA secure_delete`` on, so SQLite overwrites the old text
with zeros instead of leaving it in freed space, and fold the write-ahead log back into the file
afterwards (the log would otherwise still hold the pages as they were).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import sqlite_utils

from broker_app.domain.audit import local_moment
from broker_app.domain.privacy import (
    RETENTION_DEFAULT_MONTHS,
    RETENTION_MAX_MONTHS,
    anonymous_client_name,
    anonymous_participant_name,
    erase_snapshot,
    months_before,
)
from broker_app.store import audit, erasures
from broker_app.store.database import Store
from broker_app.store.records import from_json_list, now_utc
from broker_app.store.settings import get_setting, set_setting

EXPORT_FORMAT = "broker-app-client-export"
EXPORT_VERSION = 1
RETENTION_SETTING = "privacy.retention_months"
ANONYMOUS_COUNTER = "privacy.anonymous_clients"  # the last number given to an erased employer
_LISTS = ("competences", "delivery", "schedule", "must")


# -- finding the employer (the command line names it by id, KvK number or name) --------------


def find_clients(db: sqlite_utils.Database, text: str) -> list[dict]:
    """The employers ``text`` names: its id (also a deleted one), else its KvK number (typed
    with or without dots and spaces), else its exact name (case-insensitive). More than one
    row means the name or number is ambiguous; none means unknown."""
    text = text.strip()
    if not text:
        return []
    columns = "id, name, kvk, city, deleted_at"
    rows = list(db.query(f"SELECT {columns} FROM clients WHERE id = ?", [text]))
    if rows:
        return rows
    digits = re.sub(r"[\s.\-]", "", text)
    if digits.isdigit():
        rows = list(
            db.query(
                f"SELECT {columns} FROM clients WHERE kvk = ? AND deleted_at IS NULL "
                "ORDER BY name COLLATE NOCASE",
                [digits],
            )
        )
        if rows:
            return rows
    return list(
        db.query(
            f"SELECT {columns} FROM clients WHERE lower(name) = lower(?) AND deleted_at IS NULL "
            "ORDER BY created_at",
            [text],
        )
    )


# -- everything about one employer ---------------------------------------------------------


def _ids(db: sqlite_utils.Database, sql: str, params: list) -> list[str]:
    return [row[0] for row in db.execute(sql, params).fetchall()]


def _decoded(row: dict, names: tuple[str, ...]) -> dict:
    for name in names:
        if name in row:
            value = row[name]
            row[name] = from_json_list(value) if name in _LISTS else _json(value)
    return row


def _json(value: object) -> object:
    if not isinstance(value, str) or not value:
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        return value


def client_data(db: sqlite_utils.Database, client_id: str) -> dict | None:
    """Every row the database holds about the employer, soft-deleted ones included (their
    ``deleted_at`` says so), as plain JSON-ready data; None when the id is unknown. The shape
    is documented in docs/privacy.md."""
    clients = list(db.query("SELECT * FROM clients WHERE id = ?", [client_id]))
    if not clients:
        return None
    by_client = [client_id]
    contacts = list(
        db.query("SELECT * FROM contacts WHERE client_id = ? ORDER BY created_at, id", by_client)
    )
    intakes = list(
        db.query("SELECT * FROM intakes WHERE client_id = ? ORDER BY created_at, id", by_client)
    )
    lines = [
        _decoded(row, _LISTS)
        for row in db.query(
            "SELECT d.* FROM demand_lines d JOIN intakes i ON i.id = d.intake_id "
            "WHERE i.client_id = ? ORDER BY i.created_at, d.position, d.created_at",
            by_client,
        )
    ]
    participants = list(
        db.query(
            "SELECT * FROM participants WHERE client_id = ? ORDER BY created_at, id", by_client
        )
    )
    proposals = []
    for proposal in db.query(
        "SELECT * FROM proposals WHERE client_id = ? ORDER BY year, sequence", by_client
    ):
        versions = []
        for version in db.query(
            "SELECT * FROM proposal_versions WHERE proposal_id = ? ORDER BY version",
            [proposal["id"]],
        ):
            version = _decoded(version, ("snapshot",))
            version["lines"] = list(
                db.query(
                    "SELECT * FROM proposal_lines WHERE version_id = ? ORDER BY position, id",
                    [version["id"]],
                )
            )
            versions.append(version)
        proposal["versions"] = versions
        proposals.append(proposal)
    about = _record_ids(db, client_id)
    audit_rows = [
        _decoded(row, ("details",))
        for row in db.query(
            "SELECT id, at, profile, action, table_name, record_id, details FROM audit_log "
            "WHERE record_id IN (SELECT value FROM json_each(?)) ORDER BY id",
            [json.dumps(about)],
        )
    ]
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "exported_at": now_utc(),
        "client": clients[0],
        "contacts": contacts,
        "intakes": intakes,
        "demand_lines": lines,
        "participants": participants,
        "proposals": proposals,
        "audit_log": audit_rows,
    }


def _record_ids(db: sqlite_utils.Database, client_id: str) -> list[str]:
    """The keys of every row about the employer (the audit log names rows by key)."""
    p = [client_id]
    ids = [client_id]
    ids += _ids(db, "SELECT id FROM contacts WHERE client_id = ?", p)
    ids += _ids(db, "SELECT id FROM intakes WHERE client_id = ?", p)
    ids += _ids(
        db,
        "SELECT d.id FROM demand_lines d JOIN intakes i ON i.id = d.intake_id "
        "WHERE i.client_id = ?",
        p,
    )
    ids += _ids(db, "SELECT id FROM participants WHERE client_id = ?", p)
    ids += _ids(db, "SELECT id FROM proposals WHERE client_id = ?", p)
    ids += _ids(
        db,
        "SELECT v.id FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id "
        "WHERE p.client_id = ?",
        p,
    )
    return ids


def export_client(store: Store, client_id: str, path: Path) -> dict:
    """Write everything about the employer to ``path`` (UTF-8 JSON; written beside it and
    then moved into place, so a failed write leaves no half file) and note the export in the
    audit log. Returns the data written. Raises LookupError for an unknown employer and OSError
    when the file cannot be written."""
    with store.transaction() as db:
        data = client_data(db, client_id)
        if data is None:
            raise LookupError(client_id)
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
        temporary = path.with_name(path.name + ".part")
        try:
            temporary.write_text(text + "\n", encoding="utf-8")
            os.replace(temporary, path)
        finally:
            if temporary.exists():
                temporary.unlink()
        audit.record(db, audit.EXPORT, "clients", client_id, _export_counts(data))
    return data


def _export_counts(data: dict) -> dict:
    return {
        name: len(data[name])
        for name in ("contacts", "intakes", "demand_lines", "participants", "proposals")
    }


# -- erasing an employer's personal data --------------------------------------------------


@dataclass(frozen=True)
class ErasePreview:
    """What an erasure would touch, for the confirmation."""

    name: str
    contacts: int
    participants: int
    intakes: int
    proposals: int
    sent_versions: int
    placeholder: str = ""  # the name the employer has after the erasure


def erase_preview(db: sqlite_utils.Database, client_id: str) -> ErasePreview | None:
    row = db.execute("SELECT name FROM clients WHERE id = ?", [client_id]).fetchone()
    if row is None:
        return None
    p = [client_id]

    def count(sql: str) -> int:
        return db.execute(sql, p).fetchone()[0]

    return ErasePreview(
        name=row[0],
        contacts=count("SELECT count(*) FROM contacts WHERE client_id = ?"),
        participants=count("SELECT count(*) FROM participants WHERE client_id = ?"),
        intakes=count("SELECT count(*) FROM intakes WHERE client_id = ?"),
        proposals=count("SELECT count(*) FROM proposals WHERE client_id = ?"),
        sent_versions=count(
            "SELECT count(*) FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id "
            "WHERE p.client_id = ? AND v.snapshot IS NOT NULL"
        ),
    )


def erased_on(db: sqlite_utils.Database, client_id: str) -> date | None:
    """The (local) day the employer's personal data were erased, when there is nothing new
    to erase since: no change of the employer's own record after the erasure, no contact
    and no participant with personal data. None when erasing still has something to do.

    The marker is the erasure's own audit entry (no extra column: the log is written in the
    same transaction as the erasure and is never paused for it)."""
    row = db.execute(
        "SELECT id, at FROM audit_log WHERE table_name = 'clients' AND record_id = ? "
        "AND action IN (?, 'erase') ORDER BY id DESC LIMIT 1",
        [client_id, audit.ERASE],
    ).fetchone()
    if row is None:
        return None
    entry_id, at = row
    if db.execute(
        "SELECT 1 FROM audit_log WHERE table_name = 'clients' AND record_id = ? AND id > ? "
        "AND action = 'update' LIMIT 1",
        [client_id, entry_id],
    ).fetchone():
        return None  # the broker typed in the employer's details again
    if db.execute("SELECT 1 FROM contacts WHERE client_id = ? LIMIT 1", [client_id]).fetchone():
        return None
    if db.execute(
        "SELECT 1 FROM participants WHERE client_id = ? AND (function IS NOT NULL "
        "OR email IS NOT NULL OR name IS NULL OR name NOT LIKE 'Deelnemer %') LIMIT 1",
        [client_id],
    ).fetchone():
        return None
    moment = local_moment(at)
    return moment.date() if moment else None


@contextmanager
def erasing(store: Store) -> Iterator[None]:
    """Freed pages and cells are overwritten with zeros while inside; afterwards the
    write-ahead log is folded into the file and emptied."""
    conn = store.db.conn
    before = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(before)}")
    store.checkpoint()


def _postcode_digits(postcode: object) -> str | None:
    """``8017 JL`` -> ``8017``: the region, not the street."""
    match = re.match(r"\s*(\d{4})", str(postcode or ""))
    return match.group(1) if match else None


def _anonymise_participants(db: sqlite_utils.Database, client_id: str) -> int:
    """Participant n of the employer becomes "Deelnemer n" without function or e-mail (the
    rows stay, so the counts do). Returns how many rows held something to remove."""
    rows = db.execute(
        "SELECT id, name, function, email FROM participants WHERE client_id = ? "
        "ORDER BY created_at, id",
        [client_id],
    ).fetchall()
    now = now_utc()
    changed = 0
    for number, (participant_id, name, function, email) in enumerate(rows, start=1):
        anonymous = anonymous_participant_name(number)
        if name == anonymous and function is None and email is None:
            continue
        db.conn.execute(
            "UPDATE participants SET name = ?, function = NULL, email = NULL, updated_at = ? "
            "WHERE id = ?",
            [anonymous, now, participant_id],
        )
        changed += 1
    return changed


ERASE_ACTIONS = ("erase_client", audit.ERASE)  # how an erasure is written in the audit log


def erase_client(store: Store, client_id: str) -> ErasePreview:
    """Erase the employer's personal data in one transaction; returns what was there (the
    preview, with the old name only for the caller's message). Rows stay, with their counts,
    amounts, statuses and dates; see the module text. Raises LookupError when unknown.

    The erasure is first written to the erasure register beside the database
    (``store/erasures.py``), so a restore of an older backup cannot bring the data back."""
    if erase_preview(store.db, client_id) is None:
        raise LookupError(client_id)
    added = erasures.add(store.path, client_id)
    try:
        with erasing(store), store.transaction() as db:
            return _erase(db, client_id)
    except BaseException:
        if added:
            with contextlib.suppress(OSError):
                erasures.remove(store.path, client_id)
        raise


def erased_in(db: sqlite_utils.Database, client_id: str) -> bool:
    """Whether this database's own audit log says the client was erased."""
    marks = ", ".join("?" for _ in ERASE_ACTIONS)
    row = db.execute(
        f"SELECT 1 FROM audit_log WHERE table_name = 'clients' AND record_id = ? "
        f"AND action IN ({marks}) LIMIT 1",
        [client_id, *ERASE_ACTIONS],
    ).fetchone()
    return row is not None


def erasures_due(db: sqlite_utils.Database, db_path: Path) -> list[str]:
    """Clients the erasure register names that this database holds and has not erased (a
    restored older backup, or a crash between the register and the erasure)."""
    listed = sorted(erasures.erased_ids(db_path))
    due = []
    for client_id in listed:
        exists = db.execute("SELECT 1 FROM clients WHERE id = ?", [client_id]).fetchone()
        if exists is not None and not erased_in(db, client_id):
            due.append(client_id)
    return due


def reapply_erasures_in(db: sqlite_utils.Database, db_path: Path) -> int:
    """Erase again, inside the caller's transaction, every client that is due (see
    :func:`erasures_due`); each gets its own ``erase_client`` entry marked ``again``."""
    due = erasures_due(db, db_path)
    for client_id in due:
        _erase(db, client_id, again=True)
    return len(due)


def reapply_erasures(store: Store) -> int:
    """:func:`reapply_erasures_in` in one transaction of its own, with secure delete; returns
    how many clients were erased again (0, quickly, when the register names none)."""
    if not erasures.erased_ids(store.path) or not erasures_due(store.db, store.path):
        return 0
    with erasing(store), store.transaction() as db:
        return reapply_erasures_in(db, store.path)


def _erase(db: sqlite_utils.Database, client_id: str, again: bool = False) -> ErasePreview:
    preview = erase_preview(db, client_id)
    if preview is None:
        raise LookupError(client_id)
    number = int(get_setting(db, ANONYMOUS_COUNTER, 0) or 0) + 1
    set_setting(db, ANONYMOUS_COUNTER, number)
    placeholder = anonymous_client_name(number)
    now = now_utc()
    postcode = db.execute("SELECT postcode FROM clients WHERE id = ?", [client_id]).fetchone()
    db.conn.execute(
        "UPDATE clients SET name = ?, kvk = NULL, address = NULL, postcode = ?, email = NULL, "
        "phone = NULL, notes = NULL, updated_at = ? WHERE id = ?",
        [placeholder, _postcode_digits(postcode[0]), now, client_id],
    )
    db.conn.execute("DELETE FROM contacts WHERE client_id = ?", [client_id])
    _anonymise_participants(db, client_id)
    db.conn.execute(
        "UPDATE intakes SET title = NULL, notes = NULL, updated_at = ? WHERE client_id = ?",
        [now, client_id],
    )
    db.conn.execute(
        "UPDATE demand_lines SET title = NULL, text = '', updated_at = ? "
        "WHERE intake_id IN (SELECT id FROM intakes WHERE client_id = ?)",
        [now, client_id],
    )
    db.conn.execute(
        "UPDATE proposals SET title = NULL, updated_at = ? WHERE client_id = ?",
        [now, client_id],
    )
    versions = db.execute(
        "SELECT v.id, v.snapshot FROM proposal_versions v "
        "JOIN proposals p ON p.id = v.proposal_id WHERE p.client_id = ?",
        [client_id],
    ).fetchall()
    for version_id, snapshot in versions:
        db.conn.execute(
            "UPDATE proposal_lines SET notes = NULL WHERE version_id = ? AND notes IS NOT NULL",
            [version_id],
        )
        if snapshot:
            erased = erase_snapshot(json.loads(snapshot), placeholder)
            db.conn.execute(
                "UPDATE proposal_versions SET snapshot = ? WHERE id = ?",
                [json.dumps(erased, ensure_ascii=False), version_id],
            )
    audit.record(
        db,
        audit.ERASE,
        "clients",
        client_id,
        {
            "contacts": preview.contacts,
            "participants": preview.participants,
            "intakes": preview.intakes,
            "proposals": preview.proposals,
            "sent_versions": preview.sent_versions,
            **({"again": 1} if again else {}),
        },
    )
    return replace(preview, placeholder=placeholder)


# -- retention: participants anonymised after a period without activity -------------------


def retention_months(db: sqlite_utils.Database) -> int:
    """Months without activity after which participants are anonymised; 0 = never."""
    value = get_setting(db, RETENTION_SETTING, RETENTION_DEFAULT_MONTHS)
    if isinstance(value, bool) or not isinstance(value, int):
        return RETENTION_DEFAULT_MONTHS
    return max(0, min(value, RETENTION_MAX_MONTHS))


def set_retention_months(db: sqlite_utils.Database, months: int) -> None:
    if not 0 <= months <= RETENTION_MAX_MONTHS:
        raise ValueError(months)
    set_setting(
        db, RETENTION_SETTING, months
    )  # logged there: "Instelling gewijzigd: bewaartermijn"


# The latest change of anything in the employer's intakes (the intake, its demand lines) or
# proposals (the proposal, its versions); the participants' own changes do not count, since
# anonymising them is such a change.
_LAST_ACTIVITY = """
SELECT max(at) FROM (
    SELECT updated_at AS at FROM intakes WHERE client_id = :client
    UNION ALL SELECT d.updated_at FROM demand_lines d JOIN intakes i ON i.id = d.intake_id
        WHERE i.client_id = :client
    UNION ALL SELECT updated_at FROM proposals WHERE client_id = :client
    UNION ALL SELECT v.updated_at FROM proposal_versions v JOIN proposals p
        ON p.id = v.proposal_id WHERE p.client_id = :client
)
"""


def last_activity(db: sqlite_utils.Database, client_id: str) -> str | None:
    """The UTC stamp (ISO 8601) of the employer's last activity, or None when none."""
    return db.execute(_LAST_ACTIVITY, {"client": client_id}).fetchone()[0]


def retention_due(db: sqlite_utils.Database, today: date, months: int) -> list[str]:
    """Employers with participants that still hold personal data and whose last activity
    lies before ``today`` minus ``months`` (nothing when ``months`` is 0)."""
    if months <= 0:
        return []
    cutoff = months_before(today, months).isoformat()
    due = []
    for (client_id,) in db.execute(
        "SELECT DISTINCT client_id FROM participants WHERE function IS NOT NULL "
        "OR email IS NOT NULL OR name IS NULL OR name NOT LIKE 'Deelnemer %'"
    ).fetchall():
        latest = last_activity(db, client_id)
        if latest is not None and latest[:10] < cutoff:
            due.append(client_id)
    return due


@dataclass(frozen=True)
class RetentionResult:
    months: int
    clients: int
    participants: int


def apply_retention(store: Store, today: date | None = None) -> RetentionResult:
    """Anonymise the participants of every employer without activity for the set number of
    months, in one transaction (one audit entry per employer)."""
    today = today or date.today()
    months = retention_months(store.db)
    if not retention_due(store.db, today, months):
        return RetentionResult(months, 0, 0)
    clients = participants = 0
    with erasing(store), store.transaction() as db:
        for client_id in retention_due(db, today, months):
            changed = _anonymise_participants(db, client_id)
            if changed:
                clients += 1
                participants += changed
                audit.record(
                    db,
                    audit.ANONYMISE,
                    "clients",
                    client_id,
                    {"participants": changed, "months": months},
                )
    return RetentionResult(months, clients, participants)
