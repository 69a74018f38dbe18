"""The bundled demo data: big and varied enough to show the product, and loaded idempotently."""

import json
from datetime import date

import pytest

from broker_app.catalogue.demo import demo_folder, is_empty, load_demo
from broker_app.catalogue.search import search
from broker_app.domain import vocab
from broker_app.store.catalogue import get_offering
from broker_app.store.database import Store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    store = Store(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    assert is_empty(store)
    load_demo(store)
    yield store
    store.close()


def values(store: Store, sql: str) -> list:
    return [row[0] for row in store.db.execute(sql).fetchall()]


def test_size_and_providers(demo: Store) -> None:
    assert values(demo, "SELECT count(*) FROM offerings")[0] >= 400
    assert values(demo, "SELECT count(*) FROM providers")[0] >= 20
    kinds = set(values(demo, "SELECT DISTINCT kind FROM providers"))
    assert kinds == set(vocab.PROVIDER_KINDS.codes)


@pytest.mark.parametrize(
    ("provider", "title"),
    [
        ("ROC Mondriaan", "Regievoering en vakontwikkeling in de zorg"),
        ("Nimeto", "Technisch adviseren vastgoedonderhoud"),
        ("Cibap", "Decoratie- en restauratieschilder"),
    ],
)
def test_the_certificates_of_the_flexible_mbo_letter(
    demo: Store, provider: str, title: str
) -> None:
    rows = demo.db.execute(
        "SELECT o.type FROM offerings o JOIN providers p ON p.id = o.provider_id "
        "WHERE p.name LIKE ? AND o.title LIKE ?",
        (f"%{provider}%", f"%{title}%"),
    ).fetchall()
    assert ("mbo-certificaat",) in rows


@pytest.mark.parametrize(
    ("first", "second"), [("Aventus", "Litop"), ("Twente", "LOI"), ("Deltion", "ORGB")]
)
def test_the_named_partnerships(demo: Store, first: str, second: str) -> None:
    count = demo.db.execute(
        "SELECT count(*) FROM offerings o JOIN providers p ON p.id = o.provider_id "
        "WHERE p.name LIKE ? AND (o.description LIKE ? OR o.title LIKE ?)",
        (f"%{first}%", f"%{second}%", f"%{second}%"),
    ).fetchone()[0]
    assert count >= 1


def test_every_vocabulary_value_occurs(demo: Store) -> None:
    assert set(values(demo, "SELECT DISTINCT type FROM offerings")) == set(
        vocab.OFFERING_TYPES.codes
    )
    assert set(values(demo, "SELECT DISTINCT level FROM offerings")) == set(vocab.LEVELS.codes)
    assert set(
        values(demo, "SELECT DISTINCT credential FROM offerings WHERE credential IS NOT NULL")
    ) == set(vocab.CREDENTIALS.codes)
    for column, vocabulary in (("delivery", vocab.DELIVERY), ("schedule", vocab.SCHEDULE)):
        seen = {
            v for text in values(demo, f"SELECT {column} FROM offerings") for v in json.loads(text)
        }
        assert seen == set(vocabulary.codes), column


def test_sectors(demo: Store) -> None:
    sectors = set(values(demo, "SELECT DISTINCT sector FROM offerings"))
    assert {
        "zorg",
        "welzijn",
        "kinderopvang",
        "bouw",
        "installatie",
        "energie",
        "procesindustrie",
        "logistiek",
        "ict",
        "horeca",
        "retail",
        "administratie",
        "groen",
    } <= sectors


def test_start_dates_spread_over_the_coming_18_months_and_some_past(demo: Store) -> None:
    today = date(2026, 11, 29).isoformat()
    dates = values(demo, "SELECT start_date FROM start_dates")
    future = [d for d in dates if d >= today]
    assert min(future) < "2027-01-01" and max(future) >= "2028-03-01"
    assert max(dates) <= "2028-06-01"
    months = {d[:7] for d in future}
    assert len(months) >= 15
    only_past = values(
        demo,
        "SELECT count(*) FROM offerings o WHERE continuous_intake = 0 AND "
        "NOT EXISTS (SELECT 1 FROM start_dates s WHERE s.offering_id = o.id "
        f"AND s.start_date >= '{today}') AND EXISTS (SELECT 1 FROM "
        "start_dates s WHERE s.offering_id = o.id)",
    )[0]
    assert only_past >= 5
    assert values(demo, "SELECT count(*) FROM offerings WHERE continuous_intake = 1")[0] >= 10


def test_employers_with_contacts_and_intakes(demo: Store) -> None:
    assert values(demo, "SELECT count(*) FROM clients WHERE is_demo = 1")[0] >= 6
    assert values(demo, "SELECT count(DISTINCT client_id) FROM contacts")[0] >= 6
    assert values(demo, "SELECT count(DISTINCT client_id) FROM intakes")[0] >= 6
    assert values(demo, "SELECT count(*) FROM demand_lines")[0] >= 6


def test_marked_as_demo_data() -> None:
    readme = (demo_folder() / "README.md").read_text(encoding="utf-8").lower()
    assert ("demo" in readme and "illustratie" in readme) or "illustrative" in readme
    assert json.loads((demo_folder() / "clients.json").read_text(encoding="utf-8"))["demo"]


def test_loading_twice_changes_nothing(demo: Store) -> None:
    tables = (
        "offerings",
        "providers",
        "start_dates",
        "price_lines",
        "clients",
        "contacts",
        "intakes",
        "demand_lines",
    )
    before = {t: values(demo, f"SELECT count(*) FROM {t}")[0] for t in tables}
    report = load_demo(demo)
    after = {t: values(demo, f"SELECT count(*) FROM {t}")[0] for t in tables}
    assert after == before and report.clients_added == 0


def test_the_search_examples_of_the_issue(demo: Store) -> None:
    assert any("Hygiënecode" in h.title for h in search(demo, "hygiene").hits)
    hits = search(demo, "zorgplannen", top=20).hits
    texts = [
        " ".join([o["title"], *o["outcomes"]]).lower()
        for o in (get_offering(demo.db, h.offering_id) for h in hits)
    ]
    assert texts and all("zorgplan" in t for t in texts[:5])
