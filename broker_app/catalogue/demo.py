"""The bundled demo data: a catalogue and employers with intakes, loaded idempotently."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.money import to_cents
from broker_app.paths import data_dir
from broker_app.store import audit, demo_data
from broker_app.store import catalogue as repo
from broker_app.store import clients as clients_repo
from broker_app.store.database import Store


@dataclass
class DemoReport:
    offerings: int
    providers: int
    clients: int
    clients_added: int


def demo_folder():
    return data_dir("db") / "demo"


def _demand_line(line: dict) -> dict:
    """Demand JSON v1 as the demo file writes it, into demand-line columns."""
    values = dict(line)
    budget = values.pop("budget_per_participant", None)
    if budget is not None:
        values["budget_per_participant_cents"] = to_cents(Decimal(str(budget)))
    return values


def load_demo(store: Store) -> DemoReport:
    """Load (or refresh) the demo catalogue and add the demo employers that are not there yet."""
    folder = demo_folder()
    import_catalogue(store, folder / "catalogue.csv")
    data = json.loads((folder / "clients.json").read_text(encoding="utf-8"))
    db = store.db
    added = 0
    with store.transaction(), audit.paused(db):  # the demo is not the broker's work
        for client in data["clients"]:
            if clients_repo.find_client_by_name(db, client["name"]):
                continue
            client_id = clients_repo.insert_client(db, client, is_demo=True)
            for contact in client.get("contacts", []):
                clients_repo.insert_contact(db, client_id, contact)
            for intake in client.get("intakes", []):
                intake_id = clients_repo.insert_intake(
                    db,
                    client_id,
                    title=intake.get("title"),
                    intake_date=intake.get("date"),
                    notes=intake.get("notes"),
                )
                for position, line in enumerate(intake.get("demand_lines", [])):
                    clients_repo.insert_demand_line(db, intake_id, position, _demand_line(line))
            added += 1
    counts = repo.table_counts(db, ["offerings", "providers", "clients"])
    return DemoReport(counts["offerings"], counts["providers"], counts["clients"], added)


def is_empty(store: Store) -> bool:
    counts = repo.table_counts(store.db, ["offerings", "clients"])
    return not any(counts.values())


@cache
def demo_catalogue_keys() -> frozenset[tuple[str, str]]:
    """(provider, code) of every offering in the demo catalogue file, casefolded as the
    catalogue keys them."""
    path = demo_folder() / demo_data.DEMO_CATALOGUE_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(
            (row["provider"].strip().casefold(), row["code"].strip().casefold())
            for row in csv.DictReader(handle)
        )


def demo_present(store: Store) -> demo_data.DemoCounts:
    """How much of the demo data is still in the database (and would be removed)."""
    return demo_data.demo_counts(store.db, demo_catalogue_keys())


def remove_demo(store: Store) -> demo_data.DemoCounts:
    """Remove the demo employers, all that hangs from them and the untouched demo offerings
    (soft delete, one transaction); the demo is not loaded again at a next start. Make a backup
    first (``store.backups.make_backup``): this function does not."""
    keys = demo_catalogue_keys()
    with store.transaction() as db:
        return demo_data.remove_demo(db, keys)


def demo_removed(store: Store) -> bool:
    return demo_data.demo_removed(store.db)
