"""Import history: batches listed, and undone back to the catalogue as it was before."""

from __future__ import annotations

from pathlib import Path

import pytest

from broker_app.catalogue import history
from broker_app.catalogue.importer import import_catalogue
from broker_app.catalogue.search import search
from broker_app.domain.problems import InputRefused
from broker_app.store.catalogue import search_index_count, set_offering_notes
from tests.csvfiles import offering, write_csv

FIRST = [
    offering(code="A-1", title="Werken met het zorgplan", price="450",
             start_dates="2027-02-01|2027-09-01"),
    offering(code="A-2", title="Veilig tillen in de thuiszorg", price="300",
             start_dates="2027-03-01"),
    offering(code="A-3", title="Medicatie aanreiken", price="200", start_dates="2027-04-01"),
]  # fmt: skip
SECOND = [
    offering(code="A-1", title="Zorgplan en rapportage vernieuwd", price="495",
             start_dates="2027-10-01"),
    offering(code="A-2", title="Veilig tillen in de thuiszorg", price="325",
             start_dates="2027-03-01|2027-11-01"),
    offering(code="B-1", title="Heftruckcertificaat behalen", price="800",
             start_dates="2027-05-01"),
]  # fmt: skip


def state(store) -> list[tuple]:
    """What a broker sees of the live catalogue: code, title, price, price line, start dates."""
    rows = store.db.execute(
        "SELECT o.id, o.code, o.title, o.price_cents, o.vat, o.import_batch_id FROM offerings o "
        "WHERE o.deleted_at IS NULL ORDER BY o.code"
    ).fetchall()
    out = []
    for oid, code, title, price, vat, batch in rows:
        dates = [r[0] for r in store.db.execute(
            "SELECT start_date FROM start_dates WHERE offering_id = ? ORDER BY start_date",
            [oid])]  # fmt: skip
        lines = store.db.execute(
            "SELECT amount_cents, vat FROM price_lines WHERE offering_id = ? AND kind = 'lesgeld'",
            [oid],
        ).fetchall()
        out.append((code, title, price, vat, batch, dates, lines))
    return out


@pytest.fixture
def two_imports(store, tmp_path: Path):
    first = import_catalogue(store, write_csv(tmp_path / "eerste.csv", FIRST))
    after_first = state(store)
    second = import_catalogue(store, write_csv(tmp_path / "tweede.csv", SECOND))
    return first, second, after_first


def titles(store, text: str) -> list[str]:
    return [hit.title for hit in search(store, text, top=20).hits]


def test_batches_are_listed_newest_first_with_counts(store, two_imports) -> None:
    batches = history.list_batches(store)
    assert [b.file_name for b in batches] == ["tweede.csv", "eerste.csv"]
    newest = batches[0]
    assert (newest.inserted, newest.updated, newest.skipped) == (1, 2, 0)
    assert (batches[1].inserted, batches[1].updated) == (3, 0)
    assert newest.format == "csv-v1" and newest.status == "done" and newest.undoable


def test_undo_the_latest_batch_restores_the_state_after_the_first(store, two_imports) -> None:
    _, second, after_first = two_imports
    assert titles(store, "heftruck") == ["Heftruckcertificaat behalen"]
    result = history.undo(store, second.batch_id)
    assert (result.removed, result.restored) == (1, 2)
    assert state(store) == after_first
    assert titles(store, "heftruck") == []
    assert "Werken met het zorgplan" in titles(store, "zorgplan")
    assert "Zorgplan en rapportage vernieuwd" not in titles(store, "rapportage vernieuwd")
    indexed, live = search_index_count(store.db)
    assert indexed == live == 3
    assert history.list_batches(store)[0].status == "undone"


def test_undo_never_touches_the_brokers_notes(store, two_imports) -> None:
    _, second, _ = two_imports
    oid = store.db.execute("SELECT id FROM offerings WHERE code = 'A-1'").fetchone()[0]
    with store.transaction() as db:
        set_offering_notes(db, oid, "Bel eerst Marja", ["favoriet"])
    history.undo(store, second.batch_id)
    notes, tags = store.db.execute(
        "SELECT notes, tags FROM offerings WHERE id = ?", [oid]
    ).fetchone()
    assert notes == "Bel eerst Marja" and "favoriet" in tags


def test_an_older_batch_is_refused_while_a_later_one_changed_its_offerings(
    store, two_imports
) -> None:
    first, second, _ = two_imports
    before = state(store)
    with pytest.raises(InputRefused) as info:
        history.undo(store, first.batch_id)
    message = info.value.render("nl")
    assert "eerste.csv" in message and "tweede.csv" in message and "eerst" in message
    assert "later import (tweede.csv)" in info.value.render("en")
    assert state(store) == before
    assert history.list_batches(store)[1].status == "done"
    # after undoing the later one, the older one can go too: the catalogue is empty again
    history.undo(store, second.batch_id)
    history.undo(store, first.batch_id)
    assert state(store) == []
    assert search_index_count(store.db) == (0, 0)


def test_undoing_twice_or_an_unknown_batch_is_refused(store, two_imports) -> None:
    _, second, _ = two_imports
    short = history.list_batches(store)[0].short_id
    assert len(short) == 8 and second.batch_id.replace("-", "").endswith(short)
    history.undo(store, short.upper())  # the short number a listing shows is enough
    with pytest.raises(InputRefused) as info:
        history.undo(store, second.batch_id)
    assert "al ongedaan" in info.value.render("nl")
    with pytest.raises(InputRefused) as info:
        history.undo(store, "zzzz")
    assert "geen importbatch" in info.value.render("nl")


def test_a_reimport_after_undo_brings_the_offerings_back(store, two_imports, tmp_path) -> None:
    _, second, _ = two_imports
    history.undo(store, second.batch_id)
    again = import_catalogue(store, write_csv(tmp_path / "tweede.csv", SECOND))
    assert titles(store, "heftruck") == ["Heftruckcertificaat behalen"]
    history.undo(store, again.batch_id)
    assert titles(store, "heftruck") == []


def test_a_file_without_price_column_leaves_prices_alone_on_undo(store, two_imports, tmp_path):
    _, second, _ = two_imports
    history.undo(store, second.batch_id)
    before = state(store)
    columns = ["provider", "code", "title", "type", "level"]
    rows = [offering(code="A-3", title="Medicatie veilig aanreiken")]
    third = import_catalogue(store, write_csv(tmp_path / "titels.csv", rows, columns=columns))
    assert third.updated == 1
    history.undo(store, third.batch_id)
    assert state(store) == before


def test_a_snapshot_keeps_only_what_the_batch_changed(store, two_imports, tmp_path) -> None:
    import json

    again = import_catalogue(store, write_csv(tmp_path / "tweede.csv", SECOND))
    snapshots = [json.loads(r[0]) for r in store.db.execute(
        "SELECT previous FROM import_changes WHERE batch_id = ?", [again.batch_id])]  # fmt: skip
    assert len(snapshots) == 3
    assert all(set(s["columns"]) == {"import_batch_id", "deleted_at"} for s in snapshots)
    history.undo(store, again.batch_id)
    assert titles(store, "heftruck") == ["Heftruckcertificaat behalen"]
