"""Proposal use cases: start one for a client, add offerings, send (freeze), revise, decide.

Sending stores a snapshot of everything the employer sees (client, lines with the offerings'
details, VAT reasons, totals); printing a sent version reads only that snapshot, so a later
catalogue edit never changes a proposal the employer holds.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from broker_app.domain.demand import Demand
from broker_app.domain.formatting import money
from broker_app.domain.messages import t
from broker_app.domain.pricing import (
    Funding,
    PriceLine,
    PricingError,
    Scheme,
    Totals,
    VatDecision,
    decide_vat,
    schemes_from,
    totals,
)
from broker_app.domain.problems import InputRefused, Problem
from broker_app.domain.proposal import ProposalError, check_move, effective_status
from broker_app.domain.staleness import OfferingStale
from broker_app.paths import data_dir
from broker_app.store import audit
from broker_app.store import catalogue as catalogue_repo
from broker_app.store import clients as clients_repo
from broker_app.store import intakes as intakes_repo
from broker_app.store import proposals as repo
from broker_app.store import staleness as staleness_repo
from broker_app.store.database import Store
from broker_app.store.settings import get_setting

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
    valid_days: int | None = None,
    lang: str = "nl",
) -> ProposalRef:
    today = today or date.today()
    if valid_days is None:
        from broker_app.proposals.texts import valid_days as configured  # texts imports us

        valid_days = configured(store)
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
    confirm_stale: bool = False,
    today: date | None = None,
) -> str:
    """A line for an offering, priced and with its VAT decided now (and frozen when sent).

    A stale offering (``catalogue.staleness``: no start date left, or a price not checked for a
    year) raises ``OfferingStale`` unless the broker confirmed it (``confirm_stale=True``)."""
    version = _concept(store, proposal_id)
    offering = catalogue_repo.get_offering(store.db, offering_id)
    if offering is None:
        raise InputRefused([Problem("error", "proposal.no_offering", params={"id": offering_id})])
    if not confirm_stale:
        stale = staleness_repo.stale_reasons(store.db, [offering_id], today or date.today())
        if stale:
            raise OfferingStale(offering_id, stale[offering_id])
    vat = decide_vat(_flag(offering["funded"]), _flag(offering["crkbo"]),
                     offering["vat"] or _default_rate(store))  # fmt: skip
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
    """A funding line estimated by a configured scheme from the current total incl. VAT, at
    most what the contributions already in the proposal leave of that total."""
    scheme = next((s for s in funding_schemes(store) if s.name == scheme_name), None)
    if scheme is None:
        raise InputRefused([Problem("error", "proposal.no_scheme", params={"name": scheme_name})])
    version = _concept(store, proposal_id)
    rows = repo.lines(store.db, version["id"])
    sums = totals_of(rows)
    funding = scheme.estimate(sums.incl_cents)
    amount = funding.amount_cents
    if sums.complete:
        left = sums.incl_cents - sums.funding_cents
        if left <= 0:
            raise ProposalError("funding.nothing_left", funding_cents=sums.funding_cents,
                                cost_cents=sums.incl_cents)  # fmt: skip
        amount = min(amount, left)
    return add_funding(store, proposal_id, funding.scheme, amount)


def check_funding_fits(rows: list[dict], amount_cents: int, replacing: str | None = None) -> None:
    """Refuse a contribution of ``amount_cents`` (new, or the new amount of the funding line
    ``replacing``) that would make the contributions more than the cost incl. VAT of the
    offering lines. While a price is unknown the cost is unknown too, and nothing is refused."""
    kept = [r for r in rows if r["id"] != replacing] if replacing else rows
    sums = totals_of(kept)
    if not sums.complete:
        return
    funded = sums.funding_cents + amount_cents
    if funded > sums.incl_cents:
        raise ProposalError("funding.exceeds_cost", funding_cents=funded,
                            cost_cents=sums.incl_cents)  # fmt: skip


def add_funding(store: Store, proposal_id: str, scheme: str, amount_cents: int) -> str:
    """An estimated contribution (sector training fund, SLIM scholingssubsidie, ...). The
    STAP-budget ended on 1 January 2024 and is refused; so is a contribution that would make
    the contributions larger than the cost incl. VAT."""
    Funding(scheme, amount_cents)  # refuses STAP and negative amounts
    version = _concept(store, proposal_id)
    check_funding_fits(repo.lines(store.db, version["id"]), amount_cents)
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


def build_snapshot(
    store: Store,
    proposal_id: str,
    client: dict,
    today: date | None = None,
    demand: dict | None = None,
    distances: dict[str, float] | None = None,
) -> dict:
    """Everything the employer sees of the current version, as :func:`send` freezes it; for a
    concept this is what the PDF would say if it were sent ``today`` (nothing is written)."""
    today = today or date.today()
    db = store.db
    proposal = repo.get_proposal(db, proposal_id)
    if proposal is None:
        raise InputRefused([Problem("error", "proposal.missing", params={"id": proposal_id})])
    version = repo.current_version(db, proposal_id)
    rows = repo.lines(db, version["id"])
    result = totals_of(rows)
    from broker_app.proposals.texts import privacy_note  # texts imports this module

    return {
        "snapshot_version": SNAPSHOT_VERSION,
        "privacy_note": privacy_note(store, proposal["language"] or "nl"),
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
    proposal = repo.get_proposal(store.db, proposal_id)
    if proposal is None:
        raise InputRefused([Problem("error", "proposal.missing", params={"id": proposal_id})])
    check_move(proposal["status"], "verzonden")
    version = repo.current_version(store.db, proposal_id)
    snapshot = build_snapshot(store, proposal_id, client, today, demand, distances)
    sums = snapshot["totals"]
    # A send date given (the demo, a test, the CLI) is stored as the date sent, so the list,
    # the notes and the PDF (the snapshot's sent_on) tell the same day.
    at = _stamp(today) if today is not None else None
    with store.transaction() as tx:
        sent_totals = (sums["excl_cents"], sums["vat_cents"], sums["incl_cents"])
        repo.freeze_version(tx, version["id"], snapshot, sent_totals, sent_at=at)
        repo.set_status(tx, proposal_id, "verzonden", at=at)
        audit.record(tx, audit.SEND, "proposals", proposal_id,
                     {"version": version["version"], "lines": len(snapshot["lines"])})  # fmt: skip
    return snapshot


def _stamp(day: date) -> str:
    """A UTC time stamp on ``day`` (noon) that reads as that day in any Dutch time zone."""
    return f"{day.isoformat()}T12:00:00Z"


def local_day(value: object) -> date | None:
    """The local date of a stored UTC time stamp (``2026-12-01T23:30:00Z`` is 2 December in
    the Netherlands), or of a plain ISO date; None when empty or unreadable."""
    if not value:
        return None
    text = str(value)
    if len(text) <= 10:
        return _day(text)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return _day(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def revise(store: Store, proposal_id: str) -> int:
    """Editing a sent proposal: version n+1 as a concept; every earlier version is kept."""
    proposal = repo.get_proposal(store.db, proposal_id)
    if proposal is None:
        raise InputRefused([Problem("error", "proposal.missing", params={"id": proposal_id})])
    check_move(proposal["status"], "concept")
    with store.transaction() as db:
        repo.next_version(db, proposal_id)
        audit.record(db, audit.REVISE, "proposals", proposal_id,
                     {"version": proposal["current_version"] + 1})  # fmt: skip
    return proposal["current_version"] + 1


def decide(store: Store, proposal_id: str, status: str, today: date | None = None) -> None:
    """Accepted or declined by the employer (or expired); a ``today`` given is stored as the
    date of the decision."""
    given = today is not None
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
        # the time of the change is the date of the decision (decided_on)
        repo.set_status(db, proposal_id, status, at=_stamp(today) if given else None)
        audit.record(db, audit.DECIDE, "proposals", proposal_id,
                     {"status": status, "version": proposal["current_version"]})  # fmt: skip


def can_delete(store: Store, proposal_id: str) -> bool:
    """A concept that never went to the employer may be deleted; a sent one is a document the
    employer may hold (a new version of it is still "sent before")."""
    proposal = repo.get_proposal(store.db, proposal_id)
    return (
        proposal is not None
        and proposal["deleted_at"] is None
        and proposal["status"] == "concept"
        and not repo.ever_sent(store.db, proposal_id)
    )


def delete_concept(store: Store, proposal_id: str) -> str:
    """Soft delete of a concept that was never sent; returns the stamp for
    :func:`restore_concept`. A proposal that was ever sent is refused."""
    proposal = repo.get_proposal(store.db, proposal_id)
    if proposal is None or proposal["deleted_at"] is not None:
        raise InputRefused([Problem("error", "proposal.missing", params={"id": proposal_id})])
    if not can_delete(store, proposal_id):
        raise ProposalError("proposal.delete_sent", number=proposal["number"])
    with store.transaction() as db:
        stamp = repo.delete_proposal(db, proposal_id)
    if stamp is None:  # deleted meanwhile
        raise InputRefused([Problem("error", "proposal.missing", params={"id": proposal_id})])
    return stamp


def restore_concept(store: Store, proposal_id: str, stamp: str) -> bool:
    """Undo :func:`delete_concept`; False when there was nothing to restore."""
    with store.transaction() as db:
        return repo.restore_proposal(db, proposal_id, stamp)


def decided_on(proposal: dict) -> date | None:
    """The day an accepted or declined proposal was decided: its last change, which is the
    change of status (a decided proposal takes no other edits until a new version)."""
    if proposal.get("status") not in ("geaccepteerd", "afgewezen"):
        return None
    return local_day(proposal.get("updated_at"))


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
        # The caller chose these (the command line leaves stale offerings out before it calls).
        add_offering(store, ref.proposal_id, offering_id, participants=demand.participants or 1,
                     confirm_stale=True)  # fmt: skip
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


# -- the proposals page -----------------------------------------------------------------------

DEFAULT_VAT_SETTING = "proposal.default_vat"
VAT_CHOICES = ("21", "9", "0", "vrijgesteld")


def default_vat(store: Store) -> str:
    """The VAT for offerings whose provider gave no rate (and that are neither funded nor
    CRKBO-registered): "21" (the default), "9", "0" or "vrijgesteld"."""
    value = str(get_setting(store.db, DEFAULT_VAT_SETTING, "21") or "21").strip()
    return value if value in VAT_CHOICES else "21"


def _default_rate(store: Store) -> str | None:
    """None for 21 %, so the line keeps the reason "standard" (its own sentence in the PDF)."""
    value = default_vat(store)
    return None if value == "21" else value


def funding_of(rows: list[dict]) -> list[Funding]:
    return [Funding(r["funding_scheme"] or r["title"], r["price_cents"] or 0)
            for r in rows if r["kind"] == "funding"]  # fmt: skip


def totals_of(rows: list[dict]) -> Totals:
    """Totals of stored lines (offering lines priced, funding lines as estimates)."""
    return totals(price_lines(rows), funding_of(rows))


def list_proposals(store: Store, today: date | None = None) -> list[dict]:
    """Every proposal for the list: number, client, title, effective status (a sent proposal
    past its date is "verlopen"), version, totals (of the sent version, or computed from the
    lines of a concept), valid until and last change."""
    today = today or date.today()
    rows = repo.list_proposals(store.db)
    concepts = [
        r["version_id"] for r in rows if r["version_id"] and r["version_status"] == "concept"
    ]
    concept_lines = repo.lines_of_versions(store.db, concepts) if concepts else {}
    result = []
    for row in rows:
        valid = _day(row["valid_until"])
        shown = effective_status(row["status"], valid, today)
        item = {
            "id": row["id"], "number": row["number"], "client_id": row["client_id"],
            "client_name": row["client_name"], "title": row["title"] or "",
            "status": row["status"], "effective_status": shown,
            "version": row["current_version"], "valid_until": valid,
            "updated_at": row["updated_at"], "intake_id": row["intake_id"],
            "excl_cents": row["total_excl_cents"], "vat_cents": row["total_vat_cents"],
            "incl_cents": row["total_incl_cents"],
        }  # fmt: skip
        if row["version_id"] in concept_lines:
            sums = totals_of(concept_lines[row["version_id"]])
            item["excl_cents"], item["vat_cents"] = sums.excl_cents, sums.vat_cents
            item["incl_cents"] = sums.incl_cents
        result.append(item)
    return result


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


@dataclass
class VersionView:
    """One version of a proposal as the page shows it."""

    proposal: dict
    client_name: str
    version: dict
    versions: list[dict]
    lines: list[dict]  # offering and funding lines, in order
    totals: Totals
    editable: bool  # the current version and still a concept
    effective_status: str
    snapshot: dict | None  # the frozen snapshot of a sent version
    can_delete: bool = False  # a concept that never went to the employer


def version_view(
    store: Store, proposal_id: str, version: int | None = None, today: date | None = None
) -> VersionView:
    """A version (the current one when none is given); a sent version shows its snapshot."""
    today = today or date.today()
    db = store.db
    proposal = repo.get_proposal(db, proposal_id)
    if proposal is None:
        raise InputRefused([Problem("error", "proposal.missing", params={"id": proposal_id})])
    wanted = version or proposal["current_version"]
    found = repo.get_version(db, proposal_id, wanted) or repo.current_version(db, proposal_id)
    snapshot = repo.snapshot_of(db, found["id"]) if found["snapshot"] else None
    if snapshot is not None:
        lines = list(snapshot.get("lines") or [])
        sums = snapshot.get("totals") or {}
        shown = Totals(sums.get("excl_cents", 0), sums.get("vat_cents", 0),
                       sums.get("incl_cents", 0), funding_cents=sums.get("funding_cents", 0),
                       employer_cents=sums.get("employer_cents", 0),
                       complete=sums.get("complete", True))  # fmt: skip
    else:
        lines = repo.lines(db, found["id"])
        shown = totals_of(lines)
    client = repo.client_of(db, proposal_id) or {}
    editable = found["version"] == proposal["current_version"] and found["status"] == "concept"
    valid = _day(proposal["valid_until"])
    versions = repo.versions(db, proposal_id)
    never_sent = all(v["status"] == "concept" and not v["sent_at"] for v in versions)
    return VersionView(
        proposal=proposal, client_name=client.get("name") or "", version=found,
        versions=versions, lines=lines, totals=shown, editable=editable,
        effective_status=effective_status(proposal["status"], valid, today), snapshot=snapshot,
        can_delete=proposal["status"] == "concept" and never_sent and not proposal["deleted_at"],
    )  # fmt: skip


def _editable_line(store: Store, proposal_id: str, line_id: str) -> dict:
    version = _concept(store, proposal_id)
    line = repo.get_line(store.db, line_id)
    if line is None or line["version_id"] != version["id"]:
        raise InputRefused([Problem("error", "proposal.missing", params={"id": line_id})])
    return line


_UNSET = object()


def update_line(
    store: Store,
    proposal_id: str,
    line_id: str,
    *,
    participants: int | None = None,
    group_price_cents: int | object | None = _UNSET,
    discount_cents: int | None = None,
    amount_cents: int | None = None,
) -> dict:
    """Change a line of the concept: participants, agreed group price (None: price x
    participants again) or discount of an offering line, the amount of a funding line. The
    whole line is checked first (PricingError: nothing is written); returns the stored line."""
    line = _editable_line(store, proposal_id, line_id)
    changes: dict[str, object] = {}
    if line["kind"] == "funding":
        if amount_cents is not None:
            Funding(line["funding_scheme"] or line["title"], amount_cents)
            rows = repo.lines(store.db, line["version_id"])
            check_funding_fits(rows, amount_cents, replacing=line_id)
            changes["price_cents"] = amount_cents
    else:
        if participants is not None:
            changes["participants"] = participants
        if group_price_cents is not _UNSET:
            changes["group_price_cents"] = group_price_cents
        if discount_cents is not None:
            changes["discount_cents"] = discount_cents
        merged = dict(line, **changes)
        price_lines([merged])  # raises PricingError for negatives and too much discount
    if changes:
        with store.transaction() as db:
            repo.update_line(db, line_id, changes)
            repo.touch(db, proposal_id)
    return repo.get_line(store.db, line_id) or line


def remove_line(store: Store, proposal_id: str, line_id: str) -> None:
    _editable_line(store, proposal_id, line_id)
    version = repo.current_version(store.db, proposal_id)
    with store.transaction() as db:
        repo.delete_line(db, line_id)
        repo.set_positions(db, [r["id"] for r in repo.lines(db, version["id"])])
        repo.touch(db, proposal_id)


def move_line(store: Store, proposal_id: str, line_id: str, steps: int) -> int:
    """Move a line up (negative) or down among the lines of its kind; returns its new index
    among all lines."""
    line = _editable_line(store, proposal_id, line_id)
    version = repo.current_version(store.db, proposal_id)
    rows = repo.lines(store.db, version["id"])
    ids = [r["id"] for r in rows]
    same_kind = [r["id"] for r in rows if r["kind"] == line["kind"]]
    here = same_kind.index(line_id)
    there = max(0, min(len(same_kind) - 1, here + steps))
    if there == here:
        return ids.index(line_id)
    same_kind.insert(there, same_kind.pop(here))
    others = iter(same_kind)
    ordered = [next(others) if r["kind"] == line["kind"] else r["id"] for r in rows]
    with store.transaction() as db:
        repo.set_positions(db, ordered)
        repo.touch(db, proposal_id)
    return ordered.index(line_id)


def client_view_for(store: Store, proposal_id: str) -> dict:
    """The employer as the letter addresses it."""
    return _client_view(repo.client_of(store.db, proposal_id) or {})


def demand_for(store: Store, proposal_id: str) -> dict | None:
    """The demand the proposal answers: the first demand line of its intake (or None)."""
    proposal = repo.get_proposal(store.db, proposal_id)
    if not proposal or not proposal["intake_id"]:
        return None
    found = intakes_repo.demand_lines(store.db, proposal["intake_id"])
    if not found:
        return None
    client = client_view_for(store, proposal_id).get("name", "")
    try:
        return Demand.from_line(found[0], client).to_json()
    except (ValueError, TypeError):
        return None


def concept_snapshot(store: Store, proposal_id: str, today: date | None = None) -> dict:
    """What the current version would look like sent today, without freezing anything."""
    return build_snapshot(store, proposal_id, client_view_for(store, proposal_id), today,
                          demand_for(store, proposal_id))  # fmt: skip


def send_proposal(store: Store, proposal_id: str, today: date | None = None) -> dict:
    """Send (freeze) the current version with the client and demand from the file."""
    return send(store, proposal_id, client_view_for(store, proposal_id), today,
                demand_for(store, proposal_id))  # fmt: skip


def snapshot_for(
    store: Store, proposal_id: str, version: int | None = None, today: date | None = None
) -> dict:
    """The snapshot of a version to print: frozen when sent, built fresh for the concept."""
    view = version_view(store, proposal_id, version, today)
    if view.snapshot is not None:
        return view.snapshot
    return concept_snapshot(store, proposal_id, today)


def message_of(exc: Exception, lang: str = "nl") -> str:
    """The sentence for a refused change (pricing, life cycle, input), in the reader's language:
    a capital first and a full stop (the messages are kept as clauses, so other faces can put
    them inside a sentence of their own). Parameters named ``..._cents`` are shown as money
    under the name without ``_cents``."""
    if isinstance(exc, InputRefused):
        return "\n".join(_sentence(line) for line in exc.render(lang).splitlines())
    if isinstance(exc, (PricingError, ProposalError)):
        params = {}
        for name, value in exc.params.items():
            if name.endswith("_cents") and isinstance(value, int):
                params[name.removesuffix("_cents")] = money(value, lang)
            else:
                params[name] = value
        try:
            return _sentence(t(exc.key, lang, **params))
        except (KeyError, IndexError):
            return str(exc)
    return str(exc)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


# -- the language of a concept, and what to say before sending --------------------------------

LANGUAGES = ("nl", "en")


def set_language(store: Store, proposal_id: str, lang: str) -> None:
    """The language the proposal is written in (its PDF); only while it is a concept."""
    if lang not in LANGUAGES:
        raise InputRefused([Problem("error", "proposal.language", params={"lang": lang})])
    _concept(store, proposal_id)
    with store.transaction() as db:
        repo.set_language(db, proposal_id, lang)
        audit.record_update(db, "proposals", proposal_id, ["language"])


# What the confirm dialog of sending warns about (the page words them):
SEND_PRICES_UNKNOWN = "prices_unknown"  # totals incomplete
SEND_NO_OFFERINGS = "no_offerings"  # no offering lines
SEND_FUNDING_EXCEEDS = "funding_exceeds"  # contributions above the cost (lines changed since)
SEND_NO_ORGANISATION = "no_organisation"  # the letterhead would read "Opleidingsmakelaar"


def send_warnings(store: Store, proposal_id: str) -> list[str]:
    """What is missing or odd in the concept before it is sent (codes above, in this order);
    empty when nothing needs a second look."""
    version = _concept(store, proposal_id)
    rows = repo.lines(store.db, version["id"])
    offerings = [r for r in rows if r["kind"] == "offering"]
    sums = totals_of(rows)
    found = []
    if not offerings:
        found.append(SEND_NO_OFFERINGS)
    elif not sums.complete:
        found.append(SEND_PRICES_UNKNOWN)
    if sums.complete and offerings and sums.funding_cents > sums.incl_cents:
        found.append(SEND_FUNDING_EXCEEDS)
    if not str(broker_profile(store).get("name") or "").strip():
        found.append(SEND_NO_ORGANISATION)
    return found
