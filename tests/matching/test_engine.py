"""Matching as a broker judges it: the order of the shortlist, the reasons, the musts."""

from datetime import date
from pathlib import Path

import pytest

from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.demand import parse_demand
from broker_app.matching import engine
from broker_app.matching.synonyms import Synonyms, parse_groups
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv

TODAY = date(2026, 11, 29)


def course(code: str, **overrides: str) -> dict[str, str]:
    values = {
        "code": code, "title": "Medicatie aanreiken", "sector": "zorg", "level": "mbo-3",
        "outcomes": "medicatie aanreiken|werken met het zorgplan|rapporteren",
        "keywords": "medicijnen", "description": "Veilig medicatie aanreiken in de thuiszorg.",
        "delivery": "klassikaal", "schedule": "avond", "city": "Zwolle", "price": "450",
        "start_dates": "2027-02-01", "credential": "certificaat",
    }  # fmt: skip
    values.update(overrides)
    return offering(**values)


@pytest.fixture
def catalogue(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    rows = [
        course("NEAR"),
        course("FAR", city="Maastricht"),
        course("PAST", city="Zwolle", start_dates="2026-03-01"),
        course("LVL2", level="mbo-2", city="Kampen"),
        course("ONLINE", delivery="online", city="", price="2450"),
        course("NODEL", delivery="", city="Deventer"),
        course("HEF", title="Heftruck rijden", sector="logistiek", outcomes="heftruck besturen",
               keywords="vorkheftruck", description="Rijden met de heftruck.", level="mbo-2"),
    ]  # fmt: skip
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))
    groups = parse_groups(["pillen, medicijnen, medicatie", "heftruck, vorkheftruck"])
    monkeypatch.setattr(engine, "synonyms", lambda: Synonyms(groups))
    return store


def run(store: Store, **demand: object) -> engine.MatchResult:
    data = {"client": "Thuiszorg De Vecht", "text": "medicatie", **demand}
    return engine.match(store, parse_demand(data), top=10, today=TODAY)


def codes(result: engine.MatchResult) -> list[str]:
    return [m.facts.code for m in result.results]


def test_the_employers_words_find_the_providers_words(catalogue: Store) -> None:
    result = run(catalogue, text="Onze mensen moeten pillen kunnen geven",
                 competences=["pillen geven"])  # fmt: skip
    assert "HEF" not in codes(result)
    assert codes(result)[0] in {"NEAR", "LVL2", "NODEL", "ONLINE", "FAR"}
    assert "sluit aan op: pillen geven" in result.results[0].reasons


def test_bookable_near_and_at_the_right_level_come_first(catalogue: Store) -> None:
    result = run(catalogue, target_level="mbo-3", current_level="mbo-2", city="Zwolle",
                 max_distance_km=40, competences=["medicatie aanreiken"])  # fmt: skip
    order = codes(result)
    assert order[0] == "NEAR"
    assert order.index("NEAR") < order.index("FAR")
    assert order.index("NEAR") < order.index("LVL2")
    assert order.index("PAST") > order.index("NEAR") and order.index("PAST") > order.index("FAR")
    near = result.results[0].reasons
    assert "niveau 3 zoals gevraagd" in near
    assert "in Zwolle" in near
    assert "start 1 februari 2027" in near
    past = next(m for m in result.results if m.facts.code == "PAST")
    assert "geen startdatum meer gepland" in past.reasons


def test_a_must_excludes_and_an_unknown_value_is_flagged(catalogue: Store) -> None:
    result = run(catalogue, delivery=["online"], must=["delivery"])
    assert set(codes(result)) == {"ONLINE", "NODEL"}
    nodel = next(m for m in result.results if m.facts.code == "NODEL")
    assert nodel.assessment.unknown == ["delivery"]
    assert {n.assessment.facts.code for n in result.near_misses} >= {"NEAR"}
    assert all(n.must == "delivery" for n in result.near_misses)


def test_distance_must_keeps_online_and_near(catalogue: Store) -> None:
    result = run(catalogue, city="Zwolle", max_distance_km=30, must=["distance"])
    assert "FAR" not in codes(result)
    assert {"NEAR", "ONLINE", "LVL2"} <= set(codes(result))
    assert (
        "online, geen reistijd"
        in next(m for m in result.results if m.facts.code == "ONLINE").reasons
    )


def test_over_budget_is_said_in_euros(catalogue: Store) -> None:
    result = run(catalogue, budget_per_participant=1500)
    online = next(m for m in result.results if m.facts.code == "ONLINE")
    assert "boven budget: € 2.450 per deelnemer" in online.reasons
    assert "budget" in online.assessment.violations
    assert online.rank > 1


def test_english_reasons(catalogue: Store) -> None:
    result = engine.match(catalogue, parse_demand({
        "client": "X", "text": "medicatie", "city": "Zwolle", "target_level": "mbo-3"}),
        today=TODAY, lang="en")  # fmt: skip
    assert "level 3 as asked" in result.results[0].reasons
    assert "starts 1 February 2027" in result.results[0].reasons


def test_compounds_split_on_the_catalogues_own_words() -> None:
    known = {"medicijn": 3, "gebruik": 5, "storing": 2, "analys": 4}
    assert engine.split_compound("medicijngebruik", known) == ["medicijn", "gebruik"]
    assert engine.split_compound("storingsanalys", known) == ["storing", "analys"]
    assert engine.split_compound("onbekend", known) is None


def test_weights_from_settings_change_the_order(catalogue: Store) -> None:
    demand = {"text": "medicatie", "city": "Zwolle", "budget_per_participant": 500}
    baseline = codes(run(catalogue, **demand))
    assert baseline.index("NEAR") < baseline.index("ONLINE")
    # A broker who cares only for price and nothing for distance or start dates:
    engine.save_weights(catalogue, {"distance": 0, "bookable": 0, "budget": 1000})
    assert engine.configured_weights(catalogue)["budget"] == 1000
    reordered = codes(run(catalogue, **demand))
    assert reordered[-1] == "ONLINE"  # the only one over budget
    assert reordered.index("PAST") < baseline.index("PAST")


def test_two_words_the_catalogue_writes_as_one(store: Store, tmp_path: Path) -> None:
    rows = [course("GAS", title="Gasmeten in besloten ruimten", outcomes="gasmeten",
                   keywords="", description="")]  # fmt: skip
    import_catalogue(store, write_csv(tmp_path / "g.csv", rows))
    demand = parse_demand({"client": "X", "text": "gas meten", "competences": ["gas meten"]})
    result = engine.match(store, demand, today=TODAY)
    assert codes(result) == ["GAS"]
    assert "sluit aan op: gas meten" in result.results[0].reasons


def test_a_place_the_gazetteer_does_not_know_is_flagged_not_hidden(
    catalogue: Store, tmp_path: Path
) -> None:
    import_catalogue(catalogue, write_csv(tmp_path / "x.csv", [course("ATL", city="Atlantis")]))
    result = run(catalogue, city="Zwolle", max_distance_km=30, must=["distance"])
    atlantis = next(m for m in result.results if m.facts.code == "ATL")
    assert atlantis.assessment.unknown == ["distance"]
    assert "FAR" not in codes(result)


def test_an_offering_described_only_in_its_description_is_found(
    store: Store, tmp_path: Path
) -> None:
    rows = [course("DESC", title="Module 7", outcomes="", keywords="",
                   description="In deze module leert u medicatie veilig aanreiken.")]  # fmt: skip
    import_catalogue(store, write_csv(tmp_path / "d.csv", rows))
    result = engine.match(store, parse_demand({"client": "X", "text": "medicatie aanreiken"}),
                          today=TODAY)  # fmt: skip
    assert codes(result) == ["DESC"]


def test_a_one_letter_part_is_not_a_wanted_word() -> None:
    wanted = engine.wanted_things(
        parse_demand({"client": "X", "text": "e-commerce", "competences": ["e-commerce"]}),
        Synonyms([]), {"commerce": 3, "e": 40}, 50,
    )  # fmt: skip
    assert [sorted(a) for w in wanted for a in w.stems] == [["commerce"]]
