"""A broker's month, built through the real services, for the "Overzicht" tests.

Three open intakes (and one finished, one deleted that must not count), and proposals in every
state: accepted (€ 1.512,50), sent, sent and expiring in 5 days, sent and past its date, and a
concept whose value comes from its lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from broker_app.catalogue.importer import import_catalogue
from broker_app.proposals import service
from broker_app.store import clients as clients_repo
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv

TODAY = date.today()


@dataclass
class Month:
    zorggroep: str  # client ids
    hesselink: str
    jansen: str
    intake_zorg: str  # intake ids
    intake_bouw: str
    intake_empty: str
    accepted: str  # proposal ids
    sent: str
    expiring: str
    expired: str
    concept: str
    roc: str  # offering ids
    priv: str


def _sent(store: Store, client_id: str, offering_id: str, participants: int, days_ago: int) -> str:
    day = TODAY - timedelta(days=days_ago)
    ref = service.start(store, client_id, title="Scholing", today=day)
    service.add_offering(store, ref.proposal_id, offering_id, participants=participants)
    service.send(store, ref.proposal_id, {"name": "x"}, today=day)
    return ref.proposal_id


def fill_month(store: Store, folder: Path) -> Month:
    rows = [
        offering(code="ROC", price="450", funded="ja", crkbo="nee"),
        offering(provider="Trainingsbureau Noord", code="PRIV", title="Excel gevorderd",
                 price="1250", funded="nee", crkbo="nee", provider_kind="particulier",
                 vat="21"),
    ]  # fmt: skip
    import_catalogue(store, write_csv(folder / "catalogue.csv", rows))
    ids = dict(store.db.execute("SELECT code, id FROM offerings").fetchall())
    with store.transaction() as db:
        zorggroep = clients_repo.insert_client(db, {"name": "Zorggroep Noord", "sector": "zorg"})
        hesselink = clients_repo.insert_client(db, {"name": "Bouwbedrijf Hesselink",
                                                    "sector": "bouw"})  # fmt: skip
        jansen = clients_repo.insert_client(db, {"name": "Jansen & Zn <b>"})
        intake_zorg = clients_repo.insert_intake(
            db, zorggroep, title="Medicatie en zorgplan", intake_date="2026-11-20"
        )
        for position, (sector, people) in enumerate([("zorg", 8), ("Zorg", 4), (None, 2)]):
            clients_repo.insert_demand_line(
                db, intake_zorg, position, {"text": "medicatie", "sector": sector,
                                            "participants": people}
            )  # fmt: skip
        intake_bouw = clients_repo.insert_intake(
            db, hesselink, title="Doorgroei werkvoorbereiding", intake_date="2026-11-25"
        )
        for position, sector in enumerate([None, "Bouw ", "logistiek"]):
            clients_repo.insert_demand_line(
                db, intake_bouw, position, {"text": "werkvoorbereiding", "sector": sector,
                                            "participants": 3}
            )  # fmt: skip
        intake_empty = clients_repo.insert_intake(
            db, jansen, title="Eerste gesprek", intake_date="2026-10-01"
        )
        finished = clients_repo.insert_intake(db, jansen, title="Klaar", intake_date="2026-11-28")
        gone = clients_repo.insert_intake(db, jansen, title="Weg", intake_date="2026-11-28")
        for intake_id in (finished, gone):
            for position in range(5):
                clients_repo.insert_demand_line(
                    db, intake_id, position, {"text": "x", "sector": "horeca"}
                )
        db.execute("UPDATE intakes SET status = 'afgerond' WHERE id = ?", [finished])
        db.execute("UPDATE intakes SET deleted_at = '2026-11-28T10:00:00Z' WHERE id = ?", [gone])

    accepted = _sent(store, hesselink, ids["PRIV"], 1, days_ago=3)  # 1.250 + 21 % = 1.512,50
    service.decide(store, accepted, "geaccepteerd", today=TODAY)
    sent = _sent(store, zorggroep, ids["ROC"], 2, days_ago=1)  # 900,00, valid for 29 more days
    expiring = _sent(store, hesselink, ids["ROC"], 1, days_ago=25)  # 450,00, 5 days left
    expired = _sent(store, jansen, ids["ROC"], 1, days_ago=40)  # 450,00, 10 days past its date
    concept = service.start(store, zorggroep, today=TODAY).proposal_id
    service.add_offering(store, concept, ids["PRIV"], participants=2)  # 2.500 + 525 = 3.025,00
    return Month(zorggroep, hesselink, jansen, intake_zorg, intake_bouw, intake_empty,
                 accepted, sent, expiring, expired, concept, ids["ROC"], ids["PRIV"])  # fmt: skip
