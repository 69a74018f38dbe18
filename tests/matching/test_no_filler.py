"""The shortlist ends where the answers end: no unrelated offering fills it up."""

from __future__ import annotations

from datetime import date

from broker_app.catalogue.demo import load_demo
from broker_app.domain.demand import parse_demand
from broker_app.matching.engine import MIN_TEXT_WITHOUT_COVERAGE, match
from broker_app.store.database import Store


def test_offerings_that_answer_nothing_are_not_listed(store: Store) -> None:
    load_demo(store)
    demand = parse_demand(
        {
            "client": "Thuiszorg IJsseldelta",
            "text": "Onze helpenden moeten pillen en andere medicijnen kunnen aanreiken en "
            "dat goed aftekenen.",
            "competences": ["medicijnen aanreiken", "aftekenen op de toedienlijst"],
            "target_level": "mbo-2",
            "city": "Zwolle",
            "max_distance_km": 30,
            "must": ["distance"],
        }
    )
    result = match(store, demand, top=25, today=date(2026, 11, 29))
    titles = [m.facts.title for m in result.results]
    assert titles[0] == "Medicatie aanreiken en toedienen"
    assert "Gasmeten en werken in besloten ruimten" not in titles
    assert "Power BI: data analyseren en visualiseren" not in titles
    for m in result.results:
        a = m.assessment
        assert a.covered or a.features["text"] >= MIN_TEXT_WITHOUT_COVERAGE, m.facts.title
