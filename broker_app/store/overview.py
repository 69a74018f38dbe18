"""What the "Overzicht" shows: open intakes, proposals per status, proposals about to expire and
the demand per sector. Only the SQL lives here; the money of concept proposals is added up in
``proposals/overview.py`` with the domain's pricing rules.

Every query is an aggregate or a short, limited list, so the page stays quick on a big file:
proposals are read through ``proposals_status`` and their current version through the unique
``(proposal_id, version)`` index; demand lines through ``demand_lines_intake``.
"""

from __future__ import annotations

from datetime import date

import sqlite_utils

# A proposal is expired once its validity date lies before today while it still says "sent"
# (the same rule as ``domain.proposal.effective_status``, here in SQL so it can be grouped).
_EFFECTIVE_STATUS = (
    "CASE WHEN p.status = 'verzonden' AND p.valid_until IS NOT NULL AND p.valid_until < :today "
    "THEN 'verlopen' ELSE p.status END"
)

_OPEN_INTAKE = (
    "i.status = 'open' AND i.deleted_at IS NULL AND c.deleted_at IS NULL"
)  # fmt: skip


def open_intake_count(db: sqlite_utils.Database) -> int:
    return db.execute(
        "SELECT count(*) FROM intakes i JOIN clients c ON c.id = i.client_id WHERE " + _OPEN_INTAKE
    ).fetchone()[0]


def open_intakes(db: sqlite_utils.Database, limit: int = 200) -> list[dict]:
    """The newest open intakes: ``id``, ``client_id``, ``client_name``, ``title``,
    ``intake_date`` (ISO or None) and ``lines`` (the number of demand lines)."""
    return list(
        db.query(
            "SELECT i.id, i.client_id, c.name AS client_name, i.title, i.intake_date, "
            "(SELECT count(*) FROM demand_lines d WHERE d.intake_id = i.id "
            " AND d.deleted_at IS NULL) AS lines "
            "FROM intakes i JOIN clients c ON c.id = i.client_id "
            "WHERE " + _OPEN_INTAKE + " "
            "ORDER BY coalesce(i.intake_date, substr(i.created_at, 1, 10)) DESC, "
            "i.created_at DESC LIMIT :limit",
            {"limit": limit},
        )
    )


def status_totals(db: sqlite_utils.Database, today: date) -> list[dict]:
    """Per effective status: ``status``, ``count`` and ``frozen_incl_cents`` (the sum of the
    totals incl. VAT of current versions that were sent; concepts have no stored total)."""
    return list(
        db.query(
            "SELECT " + _EFFECTIVE_STATUS + " AS status, count(*) AS count, "
            "coalesce(sum(v.total_incl_cents), 0) AS frozen_incl_cents "
            "FROM proposals p JOIN proposal_versions v "
            "ON v.proposal_id = p.id AND v.version = p.current_version "
            "WHERE p.deleted_at IS NULL GROUP BY 1",
            {"today": today.isoformat()},
        )
    )


def concept_lines(db: sqlite_utils.Database) -> list[dict]:
    """The offering lines of current versions not yet sent, with their ``proposal_id``: the
    value of a concept is worked out from these."""
    return list(
        db.query(
            "SELECT p.id AS proposal_id, l.kind, l.title, l.participants, l.price_cents, "
            "l.group_price_cents, l.discount_cents, l.vat, l.vat_reason FROM proposals p "
            "JOIN proposal_versions v ON v.proposal_id = p.id AND v.version = p.current_version "
            "JOIN proposal_lines l ON l.version_id = v.id "
            "WHERE p.status = 'concept' AND p.deleted_at IS NULL AND v.total_incl_cents IS NULL "
            "AND l.deleted_at IS NULL AND l.kind = 'offering' "
            "ORDER BY p.id, l.position"
        )
    )


def expiring_proposals(
    db: sqlite_utils.Database, today: date, until: date, limit: int = 200
) -> list[dict]:
    """Sent proposals valid until a day from ``today`` to ``until`` (both included), soonest
    first: ``id``, ``number``, ``title``, ``client_id``, ``client_name``, ``valid_until`` and
    ``total_incl_cents`` of the current version."""
    return list(
        db.query(
            "SELECT p.id, p.number, p.title, p.client_id, c.name AS client_name, p.valid_until, "
            "v.total_incl_cents FROM proposals p "
            "JOIN clients c ON c.id = p.client_id "
            "JOIN proposal_versions v ON v.proposal_id = p.id AND v.version = p.current_version "
            "WHERE p.status = 'verzonden' AND p.deleted_at IS NULL "
            "AND p.valid_until BETWEEN :today AND :until "
            "ORDER BY p.valid_until, p.number LIMIT :limit",
            {"today": today.isoformat(), "until": until.isoformat(), "limit": limit},
        )
    )


def demand_by_sector(db: sqlite_utils.Database) -> list[dict]:
    """Demand lines of open intakes per sector, most asked first: ``sector`` (lower case; the
    employer's sector when the line names none; None when neither does), ``lines`` and
    ``participants``."""
    return list(
        db.query(
            "SELECT * FROM (SELECT lower(coalesce(nullif(trim(d.sector), ''), "
            "nullif(trim(c.sector), ''))) AS sector, count(*) AS lines, "
            "coalesce(sum(d.participants), 0) AS participants "
            "FROM intakes i JOIN clients c ON c.id = i.client_id "
            "JOIN demand_lines d ON d.intake_id = i.id AND d.deleted_at IS NULL "
            "WHERE " + _OPEN_INTAKE + " GROUP BY 1) "
            "ORDER BY lines DESC, participants DESC, sector IS NULL, sector"
        )
    )
