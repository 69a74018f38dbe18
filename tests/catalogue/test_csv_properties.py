"""Whatever a CSV file holds, an import ends in a result or a clear refusal, never a crash or a
half-written catalogue (tests/import_outcome.py says what is checked)."""

from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from broker_app.catalogue.columns import COLUMNS
from broker_app.store.database import Store
from tests.csvfiles import csv_text, offering
from tests.import_outcome import import_and_check

cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
# Cells that look like what people type: numbers, dates, lists, formulas, quotes, line breaks.
typed = st.one_of(
    cell,
    st.sampled_from(["", " ", "0", "-1", "1e9", "12,50", "€ 1.250,50", "NaN", "ja", "nee",
                     "2027-02-30", "2027-02-01|", "|", '"', "=1+1", "\r\n", "mbo-9", "n.v.t."]),
    st.integers(-(10**12), 10**12).map(str),
    st.dates().map(lambda d: d.isoformat()),
)  # fmt: skip
FIXED = settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FIXED
@given(data=st.binary(max_size=2000))
def test_arbitrary_bytes(tmp_path: Path, store: Store, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    import_and_check(store, path)


@FIXED
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
    import_and_check(store, path)


@FIXED
@given(
    rows=st.lists(
        st.dictionaries(st.sampled_from(COLUMNS), typed, max_size=4), min_size=1, max_size=6
    ),
    codes=st.lists(st.sampled_from(["A", "B", "a", "C", ""]), min_size=6, max_size=6),
    skip_invalid=st.booleans(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_several_rows_all_or_nothing_or_exactly_the_valid_ones(
    tmp_path: Path,
    store: Store,
    rows: list[dict[str, str]],
    codes: list[str],
    skip_invalid: bool,
    encoding: str,
) -> None:
    """Good and bad rows (and duplicate codes) mixed: refused whole, or with ``skip_invalid``
    exactly the good rows written with one import batch. Twice, so the second run updates."""
    built = [offering(**{"code": codes[i], **values}) for i, values in enumerate(rows)]
    path = tmp_path / "rows.csv"
    try:
        path.write_bytes(csv_text(built, ";").encode(encoding))
    except UnicodeEncodeError:
        path.write_bytes(csv_text(built, ";").encode("utf-8"))
    first = import_and_check(store, path, skip_invalid)
    event("written" if first and first.written else "not written")
    import_and_check(store, path, skip_invalid)
