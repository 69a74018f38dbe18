"""The gazetteer of Dutch places: distances a broker would recognise, the names brokers type
(Den Bosch, den haag, 's-Gravenhage), every demo city, and the GeoNames credit."""

from __future__ import annotations

import csv
import importlib.util
import json
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from broker_app.domain.geo import Place, haversine_km, place_key
from broker_app.matching.places import COLUMNS, Gazetteer, default_path, gazetteer

ROOT = Path(__file__).resolve().parent.parent.parent
PLACES = ROOT / "resources" / "places"
DEMO = ROOT / "db" / "demo"


def _demo_cities() -> list[str]:
    with (DEMO / "catalogue.csv").open(encoding="utf-8", newline="") as handle:
        cities = {row["city"].strip() for row in csv.DictReader(handle)}
    clients = json.loads((DEMO / "clients.json").read_text(encoding="utf-8"))["clients"]
    cities.update(client["city"].strip() for client in clients)
    return sorted(c for c in cities if c)


# --- distances -----------------------------------------------------------------------------


# Straight lines between the town centres (Wikipedia coordinates: Zwolle 52°31'N 6°6'E, Deventer
# 52°15'N 6°10'E, Maastricht 50°51'N 5°41'E give 30.0 and 187.5 km). The road is longer; a
# "35 km" or "200 km" check would only pass with a tolerance too wide to catch a wrong place.


def test_zwolle_to_deventer_is_about_30_km_in_a_straight_line() -> None:
    assert gazetteer().distance_km("Zwolle", "Deventer") == pytest.approx(30, abs=2)


def test_zwolle_to_maastricht_is_about_187_km_in_a_straight_line() -> None:
    assert gazetteer().distance_km("Zwolle", "Maastricht") == pytest.approx(187, abs=3)


def test_distance_is_symmetric_and_zero_to_itself() -> None:
    g = gazetteer()
    assert g.distance_km("Zwolle", "Kampen") == pytest.approx(g.distance_km("Kampen", "Zwolle"))
    assert g.distance_km("Zwolle", "zwolle") == 0


def test_haversine_on_known_points() -> None:
    # a quarter of the equator; one degree of latitude along a meridian
    assert haversine_km(0, 0, 0, 90) == pytest.approx(math.pi / 2 * 6371.0088)
    assert haversine_km(52, 6, 53, 6) == pytest.approx(111.19, abs=0.01)
    assert haversine_km(52.5, 6.1, 52.5, 6.1) == 0


# --- names ---------------------------------------------------------------------------------


def test_den_haag_and_s_gravenhage_are_the_same_place() -> None:
    g = gazetteer()
    den_haag = g.find("Den Haag")
    assert den_haag is not None and den_haag.province == "Zuid-Holland"
    for spelling in ("'s-Gravenhage", "s-Gravenhage", "S-Gravenhage", "’s Gravenhage", "den haag"):
        assert g.find(spelling) == den_haag, spelling
    assert g.find("The Hague") == den_haag


def test_den_bosch_is_s_hertogenbosch() -> None:
    g = gazetteer()
    bosch = g.find("'s-Hertogenbosch")
    assert bosch is not None and bosch.name == "'s-Hertogenbosch"
    for spelling in ("Den Bosch", "den bosch", "S-Hertogenbosch", "Hertogenbosch"):
        assert g.find(spelling) == bosch, spelling


def test_case_spaces_and_diacritics_do_not_matter() -> None:
    g = gazetteer()
    zwolle = g.find("Zwolle")
    assert zwolle is not None
    assert g.find("ZWOLLE") == g.find(" zwolle ") == g.find("Zwólle") == zwolle
    damwald = g.find("Damwâld")
    assert damwald is not None and g.find("Damwald") == damwald
    assert g.find("Nieuw Vennep") == g.find("nieuw-vennep") == g.find("Nieuw-Vennep") is not None


def test_frisian_names_find_the_place() -> None:
    g = gazetteer()
    assert g.find("Ljouwert") == g.find("Leeuwarden") is not None
    assert g.find("Snits") == g.find("Sneek") is not None


def test_the_larger_of_two_places_with_one_name_wins() -> None:
    hengelo = gazetteer().find("Hengelo")
    assert hengelo is not None and hengelo.province == "Overijssel"


def test_an_own_name_wins_over_another_places_alternative() -> None:
    # Almere Stad is found as "Almere"; Alphen (Noord-Brabant) keeps its own name.
    g = gazetteer()
    almere = g.find("Almere")
    assert almere is not None and almere.name == "Almere Stad"
    alphen = g.find("Alphen")
    assert alphen is not None and alphen.province == "Noord-Brabant"


def test_unknown_places_give_none() -> None:
    g = gazetteer()
    assert g.find("Atlantis") is None
    assert g.find("") is None
    assert g.find("   ") is None
    assert g.find("Зволле") is None  # a script the key does not read
    assert g.distance_km("Zwolle", "Atlantis") is None
    assert g.distance_km("Atlantis", "Zwolle") is None
    # a Belgian city GeoNames lists as an alternative of Gendt is not taken for Gendt
    assert g.find("Gent") is None


def test_place_key_examples() -> None:
    assert place_key("Zwolle ") == "zwolle"
    assert place_key("Den Haag") == place_key("den  haag") == "den haag"
    assert place_key("'s-Gravenhage") == place_key("S-Gravenhage") == "gravenhage"
    assert place_key("’s Hertogenbosch") == "hertogenbosch"
    assert place_key("Nieuw-Vennep") == place_key("Nieuw Vennep") == "nieuw vennep"
    assert place_key("Mûnein") == "munein"
    assert place_key("IJsselstein") == place_key("Ĳsselstein") == "ijsselstein"
    assert place_key("St. Oedenrode") == place_key("Sint-Oedenrode") == "sint oedenrode"
    assert place_key("'t Harde") == "t harde"


DUTCH_LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúàèëïöüâêôû"


@given(st.text(alphabet=DUTCH_LETTERS + DUTCH_LETTERS.upper() + " -'.’", max_size=30))
def test_place_key_ignores_case_and_separator_style(name: str) -> None:
    key = place_key(name)
    assert key == key.strip() and "  " not in key
    assert set(key) <= set("abcdefghijklmnopqrstuvwxyz0123456789 ")
    assert place_key(name.upper()) == key
    assert place_key(name.replace(" ", "-")) == place_key(name.replace("-", " ")) == key


# --- the file ------------------------------------------------------------------------------


@pytest.mark.parametrize("city", _demo_cities())
def test_every_demo_city_resolves(city: str) -> None:
    place = gazetteer().find(city)
    assert place is not None, city
    assert 50.7 < place.latitude < 53.6 and 3.3 < place.longitude < 7.3


def test_the_demo_has_cities_to_check() -> None:
    assert len(_demo_cities()) >= 30


def test_the_file_has_the_columns_and_enough_places() -> None:
    path = default_path()
    assert path == PLACES / "nl_places.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == COLUMNS
    body = rows[1:]
    assert len(body) >= 1500
    assert len(gazetteer()) == len(body)
    provinces = {row[1] for row in body}
    assert len(provinces) == 12 and "Fryslân" in provinces and "Noord-Brabant" in provinces
    for row in body:
        for value in row[2:4]:
            assert len(value.split(".")[1]) <= 4, row
    names = [place_key(row[0]) for row in body]
    assert names == sorted(names)


def test_the_readme_credits_geonames_under_cc_by() -> None:
    readme = (PLACES / "README.md").read_text(encoding="utf-8")
    credit = [line for line in readme.splitlines() if "CC BY 4.0" in line]
    assert len(credit) == 1
    assert "GeoNames" in credit[0] and "geonames.org" in credit[0]


def test_a_file_with_other_columns_is_refused(tmp_path: Path) -> None:
    wrong = tmp_path / "places.csv"
    wrong.write_text("naam,lat,lon\nZwolle,52.5,6.1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected columns"):
        Gazetteer.from_csv(wrong)


def test_a_gazetteer_from_entries() -> None:
    small = Place("Klein", "Drenthe", 52.0, 6.0, 600)
    large = Place("Groot", "Drenthe", 52.1, 6.1, 9000)
    g = Gazetteer([(small, ["Dorp"]), (large, ["Dorp", "Stad"])])
    assert len(g) == 2
    assert g.find("dorp") == large
    assert g.find("klein") == small
    assert g.distance_km("Klein", "Stad") == pytest.approx(haversine_km(52.0, 6.0, 52.1, 6.1))


def test_the_build_script_finds_the_demo_cities() -> None:
    """The developer's script reads the same demo files the tests do."""
    spec = importlib.util.spec_from_file_location("build_gazetteer", PLACES / "build_gazetteer.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.demo_cities() == set(_demo_cities())
    assert script.skeleton("Tilburch") == script.skeleton("Tilburg")
    assert script.looks_transliterated("Khelmond", "Helmond")
    assert not script.looks_transliterated("Ljouwert", "Leeuwarden")
