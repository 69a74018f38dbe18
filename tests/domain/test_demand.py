"""Demand JSON v1 as a checked object: every bad field named, in Dutch and English."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from broker_app.domain.demand import FIELDS, parse_demand
from broker_app.domain.problems import InputRefused

EXAMPLE = {
    "client": "Thuiszorg De Vecht",
    "title": "Helpenden breder inzetbaar",
    "text": "Onze helpenden (niveau 2) moeten medicatie kunnen aanreiken en zorgplannen bijhouden.",
    "competences": ["medicatie aanreiken", "zorgplan bijhouden"],
    "sector": "zorg",
    "participants": 12,
    "current_level": "mbo-2",
    "target_level": "mbo-3",
    "credential": "mbo-certificaat",
    "delivery": ["online", "blended"],
    "schedule": ["avond"],
    "city": "Zwolle",
    "max_distance_km": 40,
    "budget_per_participant": 1500,
    "start_after": "2027-01-01",
    "start_before": "2027-06-30",
    "must": ["delivery", "budget"],
}


def refused(data: object, lang: str = "nl") -> list[str]:
    with pytest.raises(InputRefused) as info:
        parse_demand(data)
    return info.value.render(lang).splitlines()


def test_the_formats_example_is_read_completely() -> None:
    demand = parse_demand(EXAMPLE)
    assert demand.client == "Thuiszorg De Vecht"
    assert demand.budget_per_participant_cents == 150_000
    assert (demand.start_after, demand.start_before) == (date(2027, 1, 1), date(2027, 6, 30))
    assert demand.must == ["delivery", "budget"] and demand.is_must("budget")
    assert demand.wanted_level == "mbo-3"
    assert demand.to_json() == EXAMPLE


def test_only_client_and_text_are_required() -> None:
    demand = parse_demand({"client": "Bouwbedrijf Salland", "text": "metselen"})
    assert demand.must == [] and demand.city is None
    assert refused({"client": "X"}) == ["veld text: is verplicht maar leeg"]


def test_every_bad_field_is_named() -> None:
    bad = dict(EXAMPLE, participants=-3, target_level="mbo-9", delivery="online",
               must=["prijs"], budget_per_participant="veel", start_after="1-2-2027",
               max_distance_km=12.5)  # fmt: skip
    lines = refused(bad)
    assert 'veld participants: "-3" mag niet negatief zijn' in lines
    assert any(
        line.startswith('veld target_level: "mbo-9" is geen bekende waarde') for line in lines
    )
    assert "veld delivery: online is geen lijst van teksten" in lines
    assert any(line.startswith('veld must: "prijs" is geen bekende waarde') for line in lines)
    assert 'veld budget_per_participant: "veel" is geen bedrag' in lines
    assert 'veld start_after: "1-2-2027" is geen datum (gebruik JJJJ-MM-DD)' in lines
    assert 'veld max_distance_km: "12.5" is geen heel getal' in lines
    english = refused(bad, "en")
    assert 'field participants: "-3" must not be negative' in english


def test_wrong_types_and_unknown_fields() -> None:
    lines = refused({"client": 12, "text": ["a"], "budget": 100})
    assert "veld client: 12 is geen tekst" in lines
    assert "veld text: ['a'] is geen tekst" in lines
    assert lines[0].startswith("veld budget: onbekend veld")
    assert refused([1, 2]) == ["de vraag moet een JSON-object zijn ({...})"]
    assert refused({"client": "X", "text": "y", "participants": True})[0].startswith(
        "veld participants"
    )


def test_a_period_that_ends_before_it_starts_and_a_distance_must_without_place() -> None:
    lines = refused(dict(EXAMPLE, start_after="2027-06-01", start_before="2027-01-01"))
    assert lines == [
        "veld start_before: start_before (2027-01-01) ligt vóór start_after (2027-06-01)"
    ]
    lines = refused({"client": "X", "text": "y", "must": ["distance"]})
    assert lines == ["veld must: moet distance vraagt ook om city, max_distance_km"]


@given(st.dictionaries(st.sampled_from([*FIELDS, "extra"]), st.one_of(
    st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=True),
    st.text(max_size=20), st.lists(st.text(max_size=10), max_size=3))))  # fmt: skip
def test_any_object_is_a_demand_or_a_clear_refusal(data: dict) -> None:
    try:
        parse_demand(data)
    except InputRefused as refusal:
        assert all(line for line in refusal.render("nl").splitlines())
        assert refusal.render("en")
