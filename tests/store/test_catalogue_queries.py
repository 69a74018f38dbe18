from pathlib import Path

from broker_app.catalogue.importer import import_catalogue
from broker_app.store.catalogue import OfferingFilter, count_offerings, list_offerings
from broker_app.store.database import Store
from tests.csvfiles import offering, write_csv


def _fill(store: Store, tmp_path: Path) -> None:
    rows = [
        offering(code="A", title="A", price="300", level="mbo-4", start_dates="2027-05-01"),
        offering(code="B", title="B", price="", level="hbo-ad", start_dates=""),
        offering(code="C", title="C", price="100", level="mbo-2", start_dates="2027-03-01"),
        offering(code="D", title="D", price="200", level="geen", start_dates="2026-01-05"),
    ]
    import_catalogue(store, write_csv(tmp_path / "c.csv", rows))


def codes(store: Store, **kwargs) -> list[str]:
    f = OfferingFilter(today="2026-11-29")
    return [r["code"] for r in list_offerings(store.db, f, **kwargs)]


def test_unknown_values_sort_last_in_both_directions(store: Store, tmp_path: Path) -> None:
    _fill(store, tmp_path)
    assert codes(store, order_by="price") == ["C", "D", "A", "B"]
    assert codes(store, order_by="price", descending=True) == ["A", "D", "C", "B"]
    # D only started in the past: it has no next start, like B.
    assert codes(store, order_by="next_start")[:2] == ["C", "A"]


def test_levels_sort_by_nlqf_not_by_code(store: Store, tmp_path: Path) -> None:
    _fill(store, tmp_path)
    assert codes(store, order_by="level") == ["C", "A", "B", "D"]


def test_paging_and_counting(store: Store, tmp_path: Path) -> None:
    _fill(store, tmp_path)
    f = OfferingFilter()
    assert count_offerings(store.db, f) == 4
    assert codes(store, offset=1, limit=2) == ["B", "C"]
    assert count_offerings(store.db, OfferingFilter(levels=["mbo-2", "mbo-4"])) == 2
