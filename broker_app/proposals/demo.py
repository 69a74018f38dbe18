"""Demo proposals on the demo intakes, so the first start shows a broker's week, not blanks."""

from __future__ import annotations

import json
from datetime import date, timedelta

from broker_app.paths import data_dir
from broker_app.proposals import service
from broker_app.store import audit, lookup
from broker_app.store import catalogue as catalogue_repo
from broker_app.store import clients as clients_repo
from broker_app.store import intakes as intakes_repo
from broker_app.store.database import Store

DECIDED_AFTER_DAYS = 7  # a demo employer answers a week after the proposal was sent


def load_demo_proposals(store: Store, today: date | None = None) -> int:
    """Add the demo proposals whose intake has none yet; returns how many were added.

    Idempotent: a second call adds nothing. Entries whose client, intake or offerings are
    missing (a broker removed them) are skipped.
    """
    today = today or date.today()
    with audit.paused(store.db):  # the demo is not the broker's work
        return _load(store, today)


def _load(store: Store, today: date) -> int:
    data = json.loads((data_dir("db") / "demo" / "proposals.json").read_text(encoding="utf-8"))
    added = 0
    for entry in data["proposals"]:
        client = clients_repo.find_client_by_name(store.db, entry["client"])
        if client is None:
            continue
        intake = next(
            (i for i in intakes_repo.intakes_for_client(store.db, client["id"])
             if i["title"] == entry["intake"]),
            None,
        )  # fmt: skip
        if intake is None or _has_proposal(store, intake["id"]):
            continue
        keys = [(line["provider"].casefold(), line["code"].casefold()) for line in entry["lines"]]
        found = catalogue_repo.existing_offerings(store.db, keys)
        if len(found) != len(keys):
            continue
        started = today - timedelta(days=entry["started_days_ago"])
        ref = service.start(store, client["id"], intake_id=intake["id"], title=entry["title"],
                            today=started)  # fmt: skip
        for line, key in zip(entry["lines"], keys, strict=True):
            service.add_offering(store, ref.proposal_id, found[key][0],  # demo history:
                                 participants=line["participants"], confirm_stale=True)  # fmt: skip
        for scheme in entry.get("funding", []):
            service.add_scheme_estimate(store, ref.proposal_id, scheme)
        if entry["status"] != "concept":
            # sent the day it was made: the stored send date is the date in its PDF
            service.send(store, ref.proposal_id, service._client_view(client), today=started)
            if entry["status"] in ("geaccepteerd", "afgewezen"):
                decided = min(today, started + timedelta(days=DECIDED_AFTER_DAYS))
                service.decide(store, ref.proposal_id, entry["status"], today=decided)
        added += 1
    return added


def _has_proposal(store: Store, intake_id: str) -> bool:
    return lookup.proposal_count_for_intake(store.db, intake_id) > 0
