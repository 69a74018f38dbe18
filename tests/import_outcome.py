"""The promise every catalogue import keeps, checked by the property tests: a file ends in a
report or a clear refusal (``InputRefused`` whose problems render in Dutch and English), never
another exception and never a partial write."""

from __future__ import annotations

from pathlib import Path

from broker_app.catalogue.importer import check_rows, import_catalogue, read_file
from broker_app.domain.models import ImportReport
from broker_app.domain.problems import InputRefused, Problem
from broker_app.store.database import Store


def table_rows(store: Store) -> dict[str, int]:
    """Every table's row count (deleted rows included): any write shows here."""
    names = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'offering_search_%'"
        ).fetchall()
    ]
    return {n: store.db.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0] for n in names}


def renders(problem: Problem) -> None:
    """A problem says itself in both languages (no KeyError, no missing placeholder)."""
    for lang in ("nl", "en"):
        text = problem.render(lang)
        assert isinstance(text, str) and text.strip(), (problem, lang)


def import_and_check(store: Store, path: Path, skip_invalid: bool = False) -> ImportReport | None:
    """Import ``path`` and check the outcome; the report, or None when the file was refused."""
    before = table_rows(store)
    try:
        report = import_catalogue(store, path, skip_invalid=skip_invalid)
    except InputRefused as refused:
        assert refused.problems
        for problem in refused.problems:
            renders(problem)
        assert table_rows(store) == before
        return None
    for problem in report.problems:
        renders(problem)
    after = table_rows(store)
    if not report.written:
        assert report.errors and not skip_invalid
        assert after == before
        return report
    # Written: one batch, exactly the valid rows.
    assert after["import_batches"] == before["import_batches"] + 1
    records, _, bad_rows = check_rows(read_file(path))
    assert report.skipped == bad_rows
    assert report.inserted + report.updated + report.unchanged + report.merged == len(records)
    assert after["offerings"] == before["offerings"] + report.inserted
    keys = {r.key for r in records}
    stored = {
        (p.casefold(), c.casefold())
        for p, c in store.db.execute(
            "SELECT p.name, o.code FROM offerings o JOIN providers p ON p.id = o.provider_id "
            "WHERE o.deleted_at IS NULL"
        ).fetchall()
    }
    assert keys <= stored
    if not skip_invalid:
        assert not report.errors
    return report
