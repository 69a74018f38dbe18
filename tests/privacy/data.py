"""Two employers with everything a broker records, built through the real services: the demo
employers (contacts, intakes, sent proposals) plus named participants."""

from __future__ import annotations

from dataclasses import dataclass

from broker_app.catalogue.demo import load_demo
from broker_app.proposals.demo import load_demo_proposals
from broker_app.store import intakes
from broker_app.store.database import Store

ZORG = "Thuiszorg IJsseldelta"  # has a sent proposal
OTHER = "Veluwe Distributie B.V."  # has a sent proposal too


@dataclass
class Client:
    id: str
    name: str
    secrets: list[str]  # every piece of personal data stored about it


def client(store: Store, name: str) -> Client:
    row = store.db.execute(
        "SELECT id, kvk, address, email, phone FROM clients WHERE name = ?", [name]
    ).fetchone()
    client_id = row[0]
    line = store.db.execute(
        "SELECT d.id FROM demand_lines d JOIN intakes i ON i.id = d.intake_id "
        "WHERE i.client_id = ? ORDER BY i.created_at, d.position LIMIT 1",
        [client_id],
    ).fetchone()[0]
    short = name.split()[0]
    people = [(f"Anouk {short}berg", "verzorgende IG"), (f"Bram {short}huis", "planner")]
    for person, function in people:
        email = person.lower().replace(" ", ".") + "@voorbeeld.nl"
        intakes.add_participant(store.db, line, name=person, function=function, email=email)
    contacts = store.db.execute(
        "SELECT name, email, phone FROM contacts WHERE client_id = ?", [client_id]
    ).fetchall()
    secrets = [name, *row[1:]]
    secrets += [value for contact in contacts for value in contact if value]
    secrets += [person for person, _ in people]
    secrets += [person.lower().replace(" ", ".") + "@voorbeeld.nl" for person, _ in people]
    return Client(client_id, name, [s for s in secrets if s])


def fill(store: Store) -> tuple[Client, Client]:
    load_demo(store)
    load_demo_proposals(store)
    return client(store, ZORG), client(store, OTHER)
