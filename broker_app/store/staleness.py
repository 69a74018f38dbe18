"""The facts staleness is judged on: start dates, continuous intake, when the price was stated."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import sqlite_utils

from broker_app.domain.staleness import StaleReason, judge, parse_day
from broker_app.store import audit
from broker_app.store.records import from_json_list, now_utc

# Per offering: continuous intake, how many live start dates, the latest one, the price, when
# the broker verified it, and when the tuition price line was last written (by an import that
# had a price column, or by the broker's edit form).
_FACTS = (
    "SELECT o.id, o.continuous_intake, o.delivery, o.price_cents, o.price_verified_at, "
    "(SELECT count(*) FROM start_dates s WHERE s.offering_id = o.id AND s.deleted_at IS NULL), "
    "(SELECT max(s.start_date) FROM start_dates s WHERE s.offering_id = o.id "
    "AND s.deleted_at IS NULL), "
    "(SELECT max(l.created_at) FROM price_lines l WHERE l.offering_id = o.id "
    "AND l.kind = 'lesgeld' AND l.deleted_at IS NULL) "
    "FROM offerings o WHERE o.id IN ({marks})"
)


def staleness_facts(db: sqlite_utils.Database, ids: Sequence[str]) -> list[tuple]:
    """(id, continuous_intake, delivery JSON, price_cents, price_verified_at, start date count,
    last start date, price line written at) for each of ``ids`` that exists."""
    rows: list[tuple] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        sql = _FACTS.format(marks=", ".join("?" for _ in chunk))
        rows += db.execute(sql, chunk).fetchall()
    return rows


def stale_reasons(
    db: sqlite_utils.Database, ids: Sequence[str], today: date
) -> dict[str, list[StaleReason]]:
    """The reasons each of ``ids`` is stale (``domain.staleness.judge``); fresh ones left out."""
    found = {}
    for row in staleness_facts(db, ids):
        offering_id, continuous, delivery, price, verified, count, last, written = row
        reasons = judge(
            continuous_intake=bool(continuous),
            incompany="incompany" in from_json_list(delivery),
            start_count=count,
            last_start=parse_day(last),
            price_cents=price,
            price_verified=parse_day(verified),
            price_written=parse_day(written),
            today=today,
        )
        if reasons:
            found[offering_id] = reasons
    return found


def stale_offering_ids(db: sqlite_utils.Database, today: str, price_before: str) -> list[str]:
    """Live offerings without a start date from ``today`` on and without continuous intake that
    had start dates (or have none and are not taught incompany), or whose price was last stated
    before ``price_before`` (an ISO date). The same rules as ``catalogue.staleness``, in SQL."""
    return [
        r[0]
        for r in db.execute(
            "SELECT o.id FROM offerings o WHERE o.deleted_at IS NULL AND ("
            "(o.continuous_intake = 0 AND NOT EXISTS (SELECT 1 FROM start_dates s "
            "WHERE s.offering_id = o.id AND s.deleted_at IS NULL AND s.start_date >= :today) "
            "AND (EXISTS (SELECT 1 FROM start_dates s WHERE s.offering_id = o.id "
            "AND s.deleted_at IS NULL) OR instr(o.delivery, '\"incompany\"') = 0)) "
            "OR (o.price_cents IS NOT NULL AND substr(max(coalesce(o.price_verified_at, ''), "
            "coalesce((SELECT max(l.created_at) FROM price_lines l WHERE l.offering_id = o.id "
            "AND l.kind = 'lesgeld' AND l.deleted_at IS NULL), '')), 1, 10) < :price_before))",
            {"today": today, "price_before": price_before},
        )
    ]


def mark_price_verified(db: sqlite_utils.Database, offering_id: str) -> None:
    """The broker checked the price with the provider today (told in the audit log as
    "Prijs gecontroleerd")."""
    now = now_utc()
    db.conn.execute(
        "UPDATE offerings SET price_verified_at = ?, updated_at = ? WHERE id = ?",
        (now, now, offering_id),
    )
    audit.record(db, audit.PRICE_CHECKED, "offerings", offering_id)
