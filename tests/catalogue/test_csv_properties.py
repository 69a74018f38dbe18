"""Whatever a file holds, an import ends in a result or a clear refusal, never a crash or a
half-written catalogue."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from broker_app.catalogue.columns import COLUMNS
from broker_app.catalogue.importer import import_catalogue
from broker_app.domain.problems import InputRefused
from broker_app.store.database import Store
from tests.csvfiles import csv_text, offering

cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


def _import(store: Store, path: Path) -> None:
    before = store.db.execute("SELECT count(*) FROM offerings").fetchone()[0]
    try:
        report = import_catalogue(store, path)
    except InputRefused as refused:
        assert refused.render("nl") and refused.render("en")
        report = None
    after = store.db.execute("SELECT count(*) FROM offerings").fetchone()[0]
    if report is None or not report.written:
        assert after == before
    else:
        assert not report.errors
        assert after == before + report.inserted
    for problem in report.problems if report else []:
        assert problem.render("nl") and problem.render("en")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes(tmp_path: Path, store: Store, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    _import(store, path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    values=st.dictionaries(st.sampled_from(COLUMNS), cell, max_size=len(COLUMNS)),
    delimiter=st.sampled_from([",", ";"]),
)
def test_arbitrary_cells_in_a_valid_frame(
    tmp_path: Path, store: Store, values: dict[str, str], delimiter: str
) -> None:
    path = tmp_path / "cells.csv"
    row = offering(**values)
    path.write_text(csv_text([row], delimiter), encoding="utf-8")
    _import(store, path)
