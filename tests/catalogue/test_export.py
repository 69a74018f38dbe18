import csv
from pathlib import Path

from broker_app.catalogue.columns import COLUMNS
from broker_app.catalogue.demo import load_demo
from broker_app.catalogue.exporter import export_catalogue
from broker_app.catalogue.importer import import_catalogue
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv

COMPARED = (
    "provider",
    "code",
    "title",
    "type",
    "level",
    "sector",
    "description",
    "outcomes",
    "keywords",
    "qualification_code",
    "hours",
    "ec",
    "duration_weeks",
    "delivery",
    "schedule",
    "city",
    "price_cents",
    "vat",
    "start_dates",
    "continuous_intake",
    "credential",
    "min_participants",
    "max_participants",
    "language",
    "url",
    "provider_kind",
    "crkbo",
    "funded",
)


def snapshot(store: Store) -> list[tuple]:
    return [tuple(str(r[c]) for c in COMPARED) for r in repo.export_rows(store.db)]


def test_export_writes_every_csv_v1_column(store: Store, tmp_path: Path) -> None:
    import_catalogue(store, write_csv(tmp_path / "a.csv", [offering(ec="7.5", hours="")]))
    out = tmp_path / "export.csv"
    assert export_catalogue(store, out) == 1
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == COLUMNS
    assert rows[0]["price"] == "450.00" and rows[0]["ec"] == "7.5" and rows[0]["hours"] == "210"
    assert rows[0]["start_dates"] == "2027-02-01|2030-09-01"


def test_demo_catalogue_round_trips_through_export(tmp_path: Path) -> None:
    first = Store(tmp_path / "one.sqlite")
    load_demo(first)
    out = tmp_path / "export.csv"
    exported = export_catalogue(first, out)
    second = Store(tmp_path / "two.sqlite")
    report = import_catalogue(second, out)
    assert report.inserted == exported and not report.errors
    assert snapshot(second) == snapshot(first)
    # And back into the same catalogue: everything updated, nothing new.
    again = import_catalogue(first, out)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, exported)
    assert snapshot(first) == snapshot(second)
    first.close()
    second.close()


def test_formulas_are_neutralised_and_still_round_trip(store: Store, tmp_path: Path) -> None:
    titles = ['=HYPERLINK("http://x","klik")', "-5% korting op VCA", "@SUM(A1)", "+31 bellen"]
    rows = [offering(code=f"F{i}", title=title) for i, title in enumerate(titles)]
    import_catalogue(store, write_csv(tmp_path / "a.csv", rows))
    out = tmp_path / "export.csv"
    export_catalogue(store, out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        exported = [r["title"] for r in csv.DictReader(f)]
    assert sorted(exported) == sorted("'" + t for t in titles)
    again = Store(tmp_path / "again.sqlite")
    import_catalogue(again, out)
    assert sorted(r[0] for r in again.db.execute("SELECT title FROM offerings")) == sorted(titles)
    again.close()
