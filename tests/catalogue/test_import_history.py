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


def changes(store, batch_id: str) -> dict[str, tuple[str, object]]:
    """code -> (action, decoded previous) of the batch's history."""
    import json

    rows = store.db.execute(
        "SELECT o.code, c.action, c.previous FROM import_changes c "
        "JOIN offerings o ON o.id = c.offering_id WHERE c.batch_id = ?",
        [batch_id],
    ).fetchall()
    return {code: (action, json.loads(prev) if prev else None) for code, action, prev in rows}


def written_at(store) -> dict[str, tuple]:
    """code -> (offering updated_at, start-date row ids, price line id and created_at)."""
    out = {}
    for oid, code, updated in store.db.execute("SELECT id, code, updated_at FROM offerings"):
        dates = tuple(r[0] for r in store.db.execute(
            "SELECT id FROM start_dates WHERE offering_id = ? ORDER BY id", [oid]))  # fmt: skip
        line = store.db.execute(
            "SELECT id, created_at FROM price_lines WHERE offering_id = ?", [oid]
        ).fetchone()
        out[code] = (updated, dates, line)
    return out


def test_reimport_of_the_same_file_stores_no_snapshot_and_rewrites_nothing(
    store, two_imports, tmp_path
) -> None:
    _, second, _ = two_imports
    before = state(store)
    rows_before = written_at(store)
    version = store.db.execute(
        "SELECT value FROM settings WHERE key = 'catalogue.index_version'"
    ).fetchone()
    again = import_catalogue(store, write_csv(tmp_path / "tweede.csv", SECOND))
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)
    # one compact 'kept' row per offering: the previous batch; no columns, dates or prices
    recorded = changes(store, again.batch_id)
    assert {code: action for code, (action, _) in recorded.items()} == dict.fromkeys(
        ("A-1", "A-2", "B-1"), "kept"
    )
    assert all(prev[0] == second.batch_id for _, prev in recorded.values())
    # nothing rewritten: same offering timestamps, same start-date rows, same price lines;
    # the search index untouched; only the owning batch moved on
    after = written_at(store)
    for code, (updated, dates, line) in rows_before.items():
        assert after[code][0] == updated and after[code][1] == dates
        assert after[code][2][0] == line[0]  # the same price line, stated again
    assert (
        store.db.execute(
            "SELECT value FROM settings WHERE key = 'catalogue.index_version'"
        ).fetchone()
        == version
    )
    owners = {row[0]: row[4] for row in state(store)}
    assert [owners[c] for c in ("A-1", "A-2", "B-1")] == [again.batch_id] * 3
    # undo gives every offering back to the batch that had it, with the price time as it was
    result = history.undo(store, again.batch_id)
    assert (result.removed, result.restored) == (0, 3)
    assert state(store) == before
    assert written_at(store) == rows_before
    assert titles(store, "heftruck") == ["Heftruckcertificaat behalen"]
    # and the older batch can be undone after it, as before
    history.undo(store, second.batch_id)
    assert [row[1] for row in state(store)] == [
        "Werken met het zorgplan", "Veilig tillen in de thuiszorg", "Medicatie aanreiken"
    ]  # fmt: skip


def test_one_changed_price_stores_only_that_price_and_undo_restores_it(
    store, two_imports, tmp_path
) -> None:
    _, second, _ = two_imports
    before = state(store)
    rows_before = written_at(store)
    changed = [dict(row) for row in SECOND]
    changed[1]["price"] = "349,50"
    again = import_catalogue(store, write_csv(tmp_path / "tweede-b.csv", changed))
    recorded = changes(store, again.batch_id)
    assert recorded["A-1"][0] == recorded["B-1"][0] == "kept"
    action, snap = recorded["A-2"]
    assert action == "updated"
    assert snap["columns"] == {
        "price_cents": 32500, "import_batch_id": second.batch_id, "deleted_at": None
    }  # fmt: skip
    assert "start_dates" not in snap  # the dates did not change
    assert [line[4] for line in snap["price_lines"]] == [32500]
    a2 = next(row for row in state(store) if row[0] == "A-2")
    assert a2[2] == 34950 and a2[6] == [(34950, "vrijgesteld")]
    assert a2[5] == ["2027-03-01", "2027-11-01"]
    assert store.db.execute(
        "SELECT count(*) FROM import_changes WHERE batch_id = ? AND previous LIKE '%start_dates%'",
        [again.batch_id],
    ).fetchone() == (0,)
    history.undo(store, again.batch_id)
    assert state(store) == before
    assert written_at(store)["A-2"][1:] == rows_before["A-2"][1:]


def test_changed_start_dates_are_kept_for_that_offering_only(store, two_imports, tmp_path):
    before = state(store)
    changed = [dict(row) for row in SECOND]
    changed[0]["start_dates"] = "2027-10-01|2028-01-15"
    again = import_catalogue(store, write_csv(tmp_path / "tweede-c.csv", changed))
    recorded = changes(store, again.batch_id)
    action, snap = recorded["A-1"]
    assert action == "updated" and "price_lines" not in snap
    assert [row[2] for row in snap["start_dates"]] == ["2027-10-01"]
    assert set(snap["columns"]) == {"import_batch_id", "deleted_at"}
    assert [recorded[c][0] for c in ("A-2", "B-1")] == ["kept", "kept"]
    history.undo(store, again.batch_id)
    assert state(store) == before


def test_a_revived_offering_is_recorded_and_indexed_again(store, two_imports, tmp_path):
    from broker_app.store.catalogue import soft_delete_offering

    oid = store.db.execute("SELECT id FROM offerings WHERE code = 'B-1'").fetchone()[0]
    with store.transaction() as db:
        soft_delete_offering(db, oid)
    assert titles(store, "heftruck") == []
    again = import_catalogue(store, write_csv(tmp_path / "tweede.csv", SECOND))
    assert titles(store, "heftruck") == ["Heftruckcertificaat behalen"]
    action, snap = changes(store, again.batch_id)["B-1"]
    assert action == "updated" and snap["columns"]["deleted_at"] is not None
    history.undo(store, again.batch_id)
    assert titles(store, "heftruck") == []
    assert search_index_count(store.db) == (3, 3)


def test_reimport_history_rows_stay_small(store, tmp_path) -> None:
    """The size of the history of a re-import of 300 unchanged offerings, counted: no start
    dates or price lines in it, a few dozen bytes per offering."""
    rows = [
        offering(code=f"R-{i}", title=f"Cursus nummer {i}", price="250",
                 start_dates="2027-02-01|2027-09-01")
        for i in range(300)
    ]  # fmt: skip
    path = write_csv(tmp_path / "groot.csv", rows)
    import_catalogue(store, path)
    again = import_catalogue(store, path)
    count, size = store.db.execute(
        "SELECT count(*), sum(length(previous)) FROM import_changes WHERE batch_id = ?",
        [again.batch_id],
    ).fetchone()
    assert count == 300
    assert size / count < 80
    assert store.db.execute(
        "SELECT count(*) FROM import_changes WHERE action = 'updated'"
    ).fetchone() == (0,)
