"""Intakes read back as they were stored, and a stored line matches like the JSON it came from."""

from __future__ import annotations

from datetime import date

from broker_app.domain.demand import Demand, parse_demand
from broker_app.proposals.service import client_for, store_intake
from broker_app.store import intakes
from broker_app.store.database import Store


def test_a_stored_demand_comes_back_as_the_same_demand(store: Store) -> None:
    demand = parse_demand(
        {
            "client": "Zorggroep Noord",
            "text": "medicatie veilig aanreiken",
            "competences": ["medicatie", "rapporteren"],
            "target_level": "mbo-3",
            "delivery": ["blended"],
            "city": "Zwolle",
            "max_distance_km": 25,
            "budget_per_participant": 1500,
            "start_after": "2027-01-01",
            "must": ["level", "distance"],
        }
    )
    client = client_for(store, demand.client)
    intake_id = store_intake(store, client["id"], demand, date(2026, 11, 29))

    [line] = intakes.demand_lines(store.db, intake_id)
    again = intakes.get_demand_line(store.db, line["id"])
    assert again is not None
    assert again["client_name"] == "Zorggroep Noord"
    assert Demand.from_line(again, again["client_name"]) == demand
    assert [i["id"] for i in intakes.intakes_for_client(store.db, client["id"])] == [intake_id]
