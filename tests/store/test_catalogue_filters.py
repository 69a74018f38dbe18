"""The catalogue's facets in SQL: each narrows the list and the counts, as a broker expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from broker_app.catalogue.importer import import_catalogue
from broker_app.catalogue.rows import parse_row
from broker_app.catalogue.search import make_filter
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv

ROWS = [
    offering(code="A", title="Zorgplan basis", type="module", level="mbo-3", sector="zorg",
             delivery="online", credential="certificaat", price="300", city="Zwolle",
             start_dates="2027-03-10", provider="Deltion College"),
    offering(code="B", title="Heftruck rijden", type="cursus", level="geen", sector="logistiek",
             delivery="klassikaal|online", credential="bewijs-van-deelname", price="450",
             city="Deventer", start_dates="2027-06-01", provider="Logistiek Centrum",
             description="Veilig rijden.", outcomes="lading zekeren", keywords="magazijn"),
    offering(code="C", title="Zorgplan gevorderd", type="cursus", level="mbo-4", sector="zorg",
             delivery="klassikaal", credential="certificaat", price="1.200,00", city="zwolle",
             start_dates="doorlopend", provider="Deltion College"),
    offering(code="D", title="Leidinggeven", type="module", level="hbo-bachelor", sector="zorg",
             delivery="blended", credential="diploma", price="", city="Apeldoorn",
             start_dates="2027-09-01", provider="Saxion"),
]  # fmt: skip


@pytest.fixture
def catalogue(store: Store, tmp_path: Path) -> Store:
    report = import_catalogue(store, write_csv(tmp_path / "c.csv", ROWS))
    assert report.written
    return store


def titles(store: Store, f: repo.OfferingFilter) -> list[str]:
    return [r["title"] for r in repo.list_offerings(store.db, f)]


def test_each_facet_narrows_the_list_and_its_count(catalogue: Store) -> None:
    db = catalogue.db
    cases = {
        "types": (repo.OfferingFilter(types=["module"]), ["Leidinggeven", "Zorgplan basis"]),
        "delivery": (
            repo.OfferingFilter(deliveries=["online"]),
            ["Heftruck rijden", "Zorgplan basis"],
        ),
        "credential": (
            repo.OfferingFilter(credentials=["certificaat"]),
            ["Zorgplan basis", "Zorgplan gevorderd"],
        ),
        "city, any case": (
            repo.OfferingFilter(city="ZWOLLE"),
            ["Zorgplan basis", "Zorgplan gevorderd"],
        ),
        "two facets": (
            repo.OfferingFilter(sectors=["Zorg"], levels=["mbo-4", "hbo-bachelor"]),
            ["Leidinggeven", "Zorgplan gevorderd"],
        ),
    }
    for name, (f, expected) in cases.items():
        assert titles(catalogue, f) == expected, name
        assert repo.count_offerings(db, f) == len(expected), name


def test_provider_facet_uses_the_provider_ids(catalogue: Store) -> None:
    providers = dict((name, pid) for pid, name in repo.live_providers(catalogue.db))
    assert list(providers) == ["Deltion College", "Logistiek Centrum", "Saxion"]
    f = repo.OfferingFilter(providers=[providers["Saxion"]])
    assert titles(catalogue, f) == ["Leidinggeven"]


def test_price_range_includes_its_ends_and_drops_unknown_prices(catalogue: Store) -> None:
    f = repo.OfferingFilter(price_min=30000, price_max=45000)
    assert titles(catalogue, f) == ["Heftruck rijden", "Zorgplan basis"]
    assert titles(catalogue, repo.OfferingFilter(price_min=100000)) == ["Zorgplan gevorderd"]


def test_start_window_counts_continuous_intake(catalogue: Store) -> None:
    f = repo.OfferingFilter(start_from="2027-03-01", start_to="2027-06-30")
    assert titles(catalogue, f) == ["Heftruck rijden", "Zorgplan basis", "Zorgplan gevorderd"]
    f = repo.OfferingFilter(start_from="2027-07-01")
    assert titles(catalogue, f) == ["Leidinggeven", "Zorgplan gevorderd"]


def test_facets_combine_with_full_text_search(catalogue: Store) -> None:
    f = make_filter("zorgplan")
    f.types = ["cursus"]
    assert titles(catalogue, f) == ["Zorgplan gevorderd"]
    assert repo.count_offerings(catalogue.db, f) == 1


def test_facet_counts_ignore_their_own_choice_but_follow_the_others(catalogue: Store) -> None:
    counts = repo.facet_counts(catalogue.db, repo.OfferingFilter(types=["module"]))
    assert counts["types"] == {"module": 2, "cursus": 2}  # its own choice does not narrow it
    assert counts["sectors"] == {"zorg": 2}  # the modules are both in care
    assert counts["deliveries"] == {"online": 1, "blended": 1}
    assert counts["levels"] == {"mbo-3": 1, "hbo-bachelor": 1}
    searched = repo.facet_counts(catalogue.db, make_filter("heftruck"))
    assert searched["deliveries"] == {"klassikaal": 1, "online": 1}
    assert searched["credentials"] == {"bewijs-van-deelname": 1}


def test_save_offering_rewrites_the_row_and_the_search_index(catalogue: Store) -> None:
    row = repo.list_offerings(catalogue.db, make_filter("heftruck"))[0]
    cells = {**ROWS[1], "title": "Reachtruck veilig besturen", "price": "€ 1.250,50",
             "start_dates": "1-2-2027|2027-05-01"}  # fmt: skip
    record, problems = parse_row(cells, 0)
    assert record is not None, problems
    with catalogue.transaction() as db:
        repo.save_offering(db, row["id"], record, notes="Goede trainer", tags=["favoriet"])
    assert titles(catalogue, make_filter("heftruck")) == []
    assert titles(catalogue, make_filter("reachtruck")) == ["Reachtruck veilig besturen"]
    saved = repo.get_offering(catalogue.db, row["id"])
    assert saved["price_cents"] == 125050
    assert saved["start_dates"] == ["2027-02-01", "2027-05-01"]
    assert saved["notes"] == "Goede trainer" and saved["tags"] == ["favoriet"]
    assert repo.search_index_count(catalogue.db) == (4, 4)
