"""Proposal use cases: start one for a client, add offerings, send (freeze), revise, decide.

Sending stores a snapshot of everything the employer sees (client, lines with the offerings'
details, VAT reasons, totals); printing a sent version reads only that snapshot, so a later
catalogue edit never changes a proposal the employer holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from broker_app.domain.demand import Demand
from broker_app.domain.pricing import (
    Funding,
    PriceLine,
    Scheme,
    VatDecision,
    decide_vat,
    schemes_from,
    totals,
)
from broker_app.domain.problems import InputRefused, Problem
from broker_app.domain.proposal import ProposalError, check_move, effective_status
from broker_app.paths import data_dir
from broker_app.store import catalogue as catalogue_repo
from broker_app.store import clients as clients_repo
from broker_app.store import proposals as repo
from broker_app.store.database import Store
from broker_app.store.settings import get_setting

DEFAULT_VALID_DAYS = 30
SNAPSHOT_VERSION = 1


@dataclass
class ProposalRef:
    proposal_id: str
    number: str


def start(
    store: Store,
    client_id: str,
    *,
    intake_id: str | None = None,
    title: str | None = None,
    today: date | None = None,
    valid_days: int = DEFAULT_VALID_DAYS,
    lang: str = "nl",
) -> ProposalRef:
    today = today or date.today()
    with store.transaction() as db:
        proposal_id, number = repo.create_proposal(
            db, client_id=client_id, intake_id=intake_id, title=title, year=today.year,
            valid_until=(today + timedelta(days=valid_days)).isoformat(), language=lang,
        )  # fmt: skip
    return ProposalRef(proposal_id, number)


def open_concept_for(
    store: Store,
    client_id: str,
    intake_id: str | None,
    *,
    title: str | None = None,
    today: date | None = None,
    lang: str = "nl",
) -> ProposalRef:
    """The intake's concept proposal to add offerings to; a new one when there is none."""
    if intake_id:
        found = repo.latest_concept_for_intake(store.db, intake_id)
        if found is not None:
            return ProposalRef(found["id"], found["number"])
    return start(store, client_id, intake_id=intake_id, title=title, today=today, lang=lang)


def _concept(store: Store, proposal_id: str) -> dict:
    version = repo.current_version(store.db, proposal_id)
    if version["status"] != "concept":
        raise ProposalError("proposal.sent_is_frozen")
    return version


def add_offering(
    store: Store,
    proposal_id: str,
    offering_id: str,
    *,
    participants: int = 1,
    group_price_cents: int | None = None,
    discount_cents: int = 0,
) -> str:
    """A line for an offering, priced and with its VAT decided now (and frozen when sent)."""
    version = _concept(store, proposal_id)
    offering = catalogue_repo.get_offering(store.db, offering_id)
    if offering is None:
        raise InputRefused([Problem("error", "proposal.no_offering", params={"id": offering_id})])
    vat = decide_vat(_flag(offering["funded"]), _flag(offering["crkbo"]), offering["vat"])
    # Check the line as a whole before it is stored (negative counts, too much discount).
    PriceLine(offering["title"], participants, offering["price_cents"], vat,
              group_price_cents, discount_cents)  # fmt: skip
    with store.transaction() as db:
        position = len(repo.lines(db, version["id"]))
        return repo.add_line(db, version["id"], {
            "position": position, "offering_id": offering_id, "title": offering["title"],
            "provider": offering["provider"], "participants": participants,
            "price_cents": offering["price_cents"], "group_price_cents": group_price_cents,
            "discount_cents": discount_cents, "vat": str(vat.rate), "vat_reason": vat.reason,
        })  # fmt: skip


FUNDING_SETTING = "proposal.funding_schemes"


def funding_schemes(store: Store) -> list[Scheme]:
    """The broker's schemes from settings, else the bundled list in reports/."""
    stored = get_setting(store.db, FUNDING_SETTING)
    if stored:
        return schemes_from(stored)
    bundled = data_dir("reports") / "funding_schemes.json"
    return schemes_from(json.loads(bundled.read_text(encoding="utf-8")))


def add_scheme_estimate(store: Store, proposal_id: str, scheme_name: str) -> str:
    """A funding line estimated by a configured scheme from the current total incl. VAT."""
    scheme = next((s for s in funding_schemes(store) if s.name == scheme_name), None)
    if scheme is None:
        raise InputRefused([Problem("error", "proposal.no_scheme", params={"name": scheme_name})])
    version = _concept(store, proposal_id)
    cost = totals(price_lines(repo.lines(store.db, version["id"]))).incl_cents
    funding = scheme.estimate(cost)
    return add_funding(store, proposal_id, funding.scheme, funding.amount_cents)


def add_funding(store: Store, proposal_id: str, scheme: str, amount_cents: int) -> str:
    """An estimated contribution (sector training fund, SLIM scholingssubsidie, ...). The
    STAP-budget ended on 1 January 2024 and is refused."""
    Funding(scheme, amount_cents)  # refuses STAP and negative amounts
    version = _concept(store, proposal_id)
    with store.transaction() as db:
        position = len(repo.lines(db, version["id"]))
        return repo.add_line(db, version["id"], {
            "position": position, "kind": "funding", "title": scheme, "funding_scheme": scheme,
            "price_cents": amount_cents, "participants": 1,
        })  # fmt: skip


def _flag(value: object) -> bool | None:
    return None if value is None else bool(value)


def price_lines(rows: list[dict]) -> list[PriceLine]:
    """The stored offering lines as priced lines (VAT as decided when they were added)."""
    return [
        PriceLine(r["title"], r["participants"], r["price_cents"],
                  VatDecision(Decimal(r["vat"] or 0), r["vat_reason"] or "standard"),
                  r["group_price_cents"], r["discount_cents"])
        for r in rows if r["kind"] == "offering"
    ]  # fmt: skip


def _offering_snapshot(
    store: Store,
    offering_id: str | None,
    distances: dict[str, float] | None = None,
    origin: str | None = None,
) -> dict | None:
    if not offering_id:
        return None
    o = catalogue_repo.get_offering(store.db, offering_id)
    if o is None:
        return None
    if distances and offering_id in distances and origin:
        o["distance_km"], o["distance_from"] = round(distances[offering_id], 1), origin
    keep = ("code", "title", "provider", "type", "level", "sector", "description", "outcomes",
            "hours", "ec", "duration_weeks", "delivery", "schedule", "city", "credential",
            "start_dates", "continuous_intake", "url", "language", "distance_km",
            "distance_from")  # fmt: skip
    return {k: o.get(k) for k in keep}


def send(
    store: Store,
    proposal_id: str,
    client: dict,
    today: date | None = None,
    demand: dict | None = None,
    distances: dict[str, float] | None = None,
) -> dict:
    """Freeze the current version with everything the employer sees (the demand it answers,
    when given); returns the snapshot."""
    today = today or date.today()
    db = store.db
    proposal = repo.get_proposal(db, proposal_id)
    if proposal is None:
        raise InputRefused([Problem("error", "proposal.missing", params={"id": proposal_id})])
    check_move(proposal["status"], "verzonden")
    version = repo.current_version(db, proposal_id)
    rows = repo.lines(db, version["id"])
    funding = [Funding(r["funding_scheme"] or r["title"], r["price_cents"] or 0)
               for r in rows if r["kind"] == "funding"]  # fmt: skip
    result = totals(price_lines(rows), funding)
    snapshot = {
        "snapshot_version": SNAPSHOT_VERSION,
        "number": proposal["number"], "version": version["version"], "title": proposal["title"],
        "language": proposal["language"], "sent_on": today.isoformat(),
        "valid_until": proposal["valid_until"], "client": client, "demand": demand,
        "lines": [dict(r, offering=_offering_snapshot(store, r["offering_id"], distances,
                                                      (demand or {}).get("city")))
                  for r in rows],
        "totals": {"excl_cents": result.excl_cents, "vat_cents": result.vat_cents,
                   "incl_cents": result.incl_cents, "complete": result.complete,
                   "funding_cents": result.funding_cents,
                   "employer_cents": result.employer_cents},
    }  # fmt: skip
    with store.transaction() as tx:
        repo.freeze_version(tx, version["id"], snapshot,
                            (result.excl_cents, result.vat_cents, result.incl_cents))  # fmt: skip
        repo.set_status(tx, proposal_id, "verzonden")
    return snapshot


def revise(store: Store, proposal_id: str) -> int:
    """Editing a sent proposal: version n+1 as a concept; every earlier version is kept."""
    proposal = repo.get_proposal(store.db, proposal_id)
    if proposal is None:
        raise InputRefused([Problem("error", "proposal.missing", params={"id": proposal_id})])
    check_move(proposal["status"], "concept")
    with store.transaction() as db:
        repo.next_version(db, proposal_id)
    return proposal["current_version"] + 1


def decide(store: Store, proposal_id: str, status: str, today: date | None = None) -> None:
    """Accepted or declined by the employer (or expired)."""
    today = today or date.today()
    proposal = repo.get_proposal(store.db, proposal_id)
    if proposal is None:
        raise InputRefused([Problem("error", "proposal.missing", params={"id": proposal_id})])
    valid = date.fromisoformat(proposal["valid_until"]) if proposal["valid_until"] else None
    current = effective_status(proposal["status"], valid, today)
    if current == "verlopen" and status == "geaccepteerd":
        raise ProposalError("proposal.expired")
    check_move(proposal["status"], status)
    with store.transaction() as db:
        repo.set_status(db, proposal_id, status)


def client_for(store: Store, name: str, city: str | None = None) -> dict:
    """The employer called ``name``; created when there is none (Demand JSON v1: ``client``)."""
    db = store.db
    found = clients_repo.find_client_by_name(db, name)
    if found is None:
        with store.transaction() as tx:
            clients_repo.insert_client(tx, {"name": name, "city": city})
        found = clients_repo.find_client_by_name(db, name)
    assert found is not None
    return found


def store_intake(store: Store, client_id: str, demand: Demand, today: date) -> str:
    """The demand as an intake of its client, with one demand line."""
    line = demand.to_json()
    line.pop("client", None)
    budget = line.pop("budget_per_participant", None)
    line["budget_per_participant_cents"] = demand.budget_per_participant_cents if budget else None
    with store.transaction() as db:
        intake_id = clients_repo.insert_intake(
            db, client_id, title=demand.title, intake_date=today.isoformat()
        )
        clients_repo.insert_demand_line(db, intake_id, 0, line)
    return intake_id


def from_demand(
    store: Store,
    demand: Demand,
    offering_ids: list[str],
    today: date | None = None,
    lang: str = "nl",
    distances: dict[str, float] | None = None,
) -> tuple[ProposalRef, dict]:
    """Intake, proposal with the chosen offerings for the demand's participants, sent (frozen);
    returns the reference and the snapshot to print."""
    today = today or date.today()
    client = client_for(store, demand.client, demand.city)
    intake_id = store_intake(store, client["id"], demand, today)
    ref = start(store, client["id"], intake_id=intake_id, title=demand.title, today=today,
                lang=lang)  # fmt: skip
    for offering_id in offering_ids:
        add_offering(store, ref.proposal_id, offering_id, participants=demand.participants or 1)
    snapshot = send(store, ref.proposal_id, _client_view(client), today=today,
                    demand=demand.to_json(), distances=distances)  # fmt: skip
    return ref, snapshot


BROKER_SETTING = "broker.organisation"  # name, address, phone, email, website, kvk


def broker_profile(store: Store) -> dict:
    """The broker's own organisation for the letterhead, from settings ({} when not set)."""
    value = get_setting(store.db, BROKER_SETTING, {})
    return value if isinstance(value, dict) else {}


def _client_view(client: dict) -> dict:
    keep = ("name", "address", "postcode", "city", "email", "kvk")
    return {k: client.get(k) for k in keep if client.get(k)}


def stored_snapshot(store: Store, number: str, version: int | None = None) -> dict:
    """The frozen snapshot of a sent version (the current one when no version is given)."""
    proposal = repo.find_by_number(store.db, number)
    if proposal is None:
        raise InputRefused([Problem("error", "proposal.missing", params={"id": number})])
    wanted = version or proposal["current_version"]
    for v in repo.versions(store.db, proposal["id"]):
        if v["version"] == wanted and v["snapshot"]:
            return repo.snapshot_of(store.db, v["id"]) or {}
    raise InputRefused(
        [Problem("error", "proposal.no_sent_version", params={"number": number, "version": wanted})]
    )
