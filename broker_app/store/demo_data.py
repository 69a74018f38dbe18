"""The demo data in the broker's own database: what of it is there, and removing it.

The first start loads made-up employers (``clients.is_demo = 1``) with their contacts, intakes,
demand lines and proposals, and the demo catalogue. Removing it is a soft delete (``deleted_at``
set, one stamp for everything) in one transaction:

- every demo employer and all that hangs from it: contacts, intakes, demand lines, participants,
  proposals with their versions and lines (also the proposals of a demo employer the broker had
  deleted already: deleting an employer keeps its proposals, removing the demo does not);
- the demo catalogue's offerings (with their start dates and price lines): an offering counts as
  demo when its (provider, code) is in the demo file, its last import was a demo import batch
  (``file_name`` = the demo file's name) and the broker has not touched it since: no notes, no
  tags, not edited after that import, and not on a proposal of a real employer;
- demo providers that are left without a live offering.

The setting ``demo.removed`` (True) is written in the same transaction: the window's first-start
courtesy (load the demo into an empty database) must not bring the demo back.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass

import sqlite_utils

from broker_app.store import audit
from broker_app.store.catalogue import _reindex
from broker_app.store.records import now_utc
from broker_app.store.settings import get_setting, set_setting

REMOVED_SETTING = "demo.removed"
DEMO_CATALOGUE_FILE = "catalogue.csv"  # the name a demo import batch records

Key = tuple[str, str]  # (provider name key, code key), both casefolded


@dataclass(frozen=True)
class DemoCounts:
    """Live demo records, as a removal would soft delete them."""

    clients: int = 0
    contacts: int = 0
    intakes: int = 0
    demand_lines: int = 0
    participants: int = 0
    proposals: int = 0
    offerings: int = 0

    @property
    def any(self) -> bool:
        return any(
            (self.clients, self.contacts, self.intakes, self.demand_lines, self.participants,
             self.proposals, self.offerings)
        )  # fmt: skip


_DEMO_CLIENTS = "SELECT id FROM clients WHERE is_demo = 1"
_DEMO_INTAKES = f"SELECT id FROM intakes WHERE client_id IN ({_DEMO_CLIENTS})"
_DEMO_PROPOSALS = f"SELECT id FROM proposals WHERE client_id IN ({_DEMO_CLIENTS})"
_DEMO_VERSIONS = f"SELECT id FROM proposal_versions WHERE proposal_id IN ({_DEMO_PROPOSALS})"

# (table, the condition that ties a row to the demo employers); live rows only are touched
_HANGING = (
    ("clients", "is_demo = 1"),
    ("contacts", f"client_id IN ({_DEMO_CLIENTS})"),
    ("intakes", f"client_id IN ({_DEMO_CLIENTS})"),
    ("demand_lines", f"intake_id IN ({_DEMO_INTAKES})"),
    ("participants", f"client_id IN ({_DEMO_CLIENTS})"),
    ("proposals", f"client_id IN ({_DEMO_CLIENTS})"),
    ("proposal_versions", f"proposal_id IN ({_DEMO_PROPOSALS})"),
    ("proposal_lines", f"version_id IN ({_DEMO_VERSIONS})"),
)

_CANDIDATES = """
SELECT o.id, o.num, p.name_key, o.code_key
FROM offerings o
JOIN providers p ON p.id = o.provider_id
JOIN import_batches b ON b.id = o.import_batch_id
WHERE o.deleted_at IS NULL
  AND b.file_name = :file_name
  AND (o.notes IS NULL OR trim(o.notes) = '')
  AND (o.tags IS NULL OR o.tags = '[]')
  AND o.updated_at <= coalesce(b.finished_at, b.updated_at)
  AND NOT EXISTS (
    SELECT 1 FROM proposal_lines l
    JOIN proposal_versions v ON v.id = l.version_id
    JOIN proposals pr ON pr.id = v.proposal_id
    JOIN clients c ON c.id = pr.client_id
    WHERE l.offering_id = o.id AND l.deleted_at IS NULL AND pr.deleted_at IS NULL
      AND c.is_demo = 0)
"""


def demo_offerings(db: sqlite_utils.Database, keys: Collection[Key]) -> list[tuple[str, int]]:
    """(id, num) of the live demo offerings the broker has left as the demo import wrote them."""
    wanted = set(keys)
    return [
        (offering_id, num)
        for offering_id, num, name_key, code_key in db.execute(
            _CANDIDATES, {"file_name": DEMO_CATALOGUE_FILE}
        )
        if (name_key, code_key) in wanted
    ]


def _live_count(db: sqlite_utils.Database, table: str, condition: str) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL AND {condition}"
    return db.execute(sql).fetchone()[0]


def demo_counts(db: sqlite_utils.Database, keys: Collection[Key]) -> DemoCounts:
    """How much live demo data there is (what a removal would take away)."""
    counts = {table: _live_count(db, table, condition) for table, condition in _HANGING}
    return DemoCounts(
        clients=counts["clients"],
        contacts=counts["contacts"],
        intakes=counts["intakes"],
        demand_lines=counts["demand_lines"],
        participants=counts["participants"],
        proposals=counts["proposals"],
        offerings=len(demo_offerings(db, keys)),
    )


def remove_demo(db: sqlite_utils.Database, keys: Collection[Key]) -> DemoCounts:
    """Soft delete the demo data (see the module's text); returns what was removed.

    The caller holds the transaction (``with store.transaction():``)."""
    removed = demo_counts(db, keys)
    offerings = demo_offerings(db, keys)
    stamp = now_utc()
    for table, condition in _HANGING:
        db.conn.execute(
            f"UPDATE {table} SET deleted_at = ?, updated_at = ? "
            f"WHERE deleted_at IS NULL AND {condition}",
            [stamp, stamp],
        )
    if offerings:
        ids = [(stamp, stamp, offering_id) for offering_id, _num in offerings]
        db.conn.executemany("UPDATE offerings SET deleted_at = ?, updated_at = ? WHERE id = ?", ids)
        for table in ("start_dates", "price_lines"):
            db.conn.executemany(
                f"UPDATE {table} SET deleted_at = ?, updated_at = ? "
                "WHERE offering_id = ? AND deleted_at IS NULL",
                ids,
            )
        _reindex(db, [num for _id, num in offerings], [])  # they leave the search at once
        provider_keys = sorted({name_key for name_key, _code in keys})
        db.conn.executemany(
            "UPDATE providers SET deleted_at = ?, updated_at = ? WHERE name_key = ? "
            "AND deleted_at IS NULL AND (notes IS NULL OR trim(notes) = '') AND NOT EXISTS "
            "(SELECT 1 FROM offerings o WHERE o.provider_id = providers.id "
            "AND o.deleted_at IS NULL)",
            [(stamp, stamp, key) for key in provider_keys],
        )
    set_setting(db, REMOVED_SETTING, True)
    audit.record(db, audit.DEMO_REMOVE, "demo", None,
                 {k: v for k, v in asdict(removed).items() if v})  # fmt: skip
    return removed


def demo_removed(db: sqlite_utils.Database) -> bool:
    """True once the broker removed the demo data: it is not loaded again."""
    return get_setting(db, REMOVED_SETTING) is True
