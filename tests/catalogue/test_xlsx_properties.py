"""Whatever a workbook holds (typed cells, formulas, Excel errors, odd strings) and whatever a
file named .xlsx really is (random bytes, a truncated or damaged zip), an import ends in a
result or a clear refusal, never a crash or a half-written catalogue."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from broker_app.catalogue.columns import COLUMNS
from broker_app.store.database import Store
from tests.csvfiles import offering
from tests.import_outcome import import_and_check

FIXED = settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])

# openpyxl refuses control characters in cells; the rest of Unicode (no surrogates) is fair.
odd_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
cell_value = st.one_of(
    st.none(),
    odd_text,
    st.sampled_from(["#DIV/0!", "#N/A", " #REF! ", "=1/0", "=SUM(A1:A2)", "=A1", "ja", "mbo-3",
                     "2027-02-01", "1250,50", "€ 450", "  ", "\u200b", "‮Zwolle", "🎓"]),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.times(),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=1000)),
)  # fmt: skip


def _workbook(rows: list[list[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _frame(cells: list[dict[str, object]]) -> list[list[object]]:
    """A CSV v1 header and one row per dict: a valid offering with some cells replaced."""
    rows: list[list[object]] = [list(COLUMNS)]
    for i, replaced in enumerate(cells):
        row = offering(code=f"X{i}")
        rows.append([replaced.get(c, row[c]) for c in COLUMNS])
    return rows


@FIXED
@given(
    cells=st.lists(
        st.dictionaries(st.sampled_from(COLUMNS), cell_value, max_size=5), min_size=1, max_size=4
    ),
    skip_invalid=st.booleans(),
)
@example(cells=[{"provider": 1e28}], skip_invalid=False)  # found: decimal.InvalidOperation
@example(cells=[{"price": 1e26}], skip_invalid=False)  # found: to_cents InvalidOperation
def test_typed_cells_formulas_and_errors_in_a_valid_frame(
    tmp_path: Path, store: Store, cells: list[dict[str, object]], skip_invalid: bool
) -> None:
    path = tmp_path / "cells.xlsx"
    path.write_bytes(_workbook(_frame(cells)))
    import_and_check(store, path, skip_invalid)


@FIXED
@given(
    grid=st.lists(st.lists(cell_value, max_size=8), max_size=6),
)
def test_any_grid_of_cells(tmp_path: Path, store: Store, grid: list[list[object]]) -> None:
    path = tmp_path / "grid.xlsx"
    path.write_bytes(_workbook(grid))
    import_and_check(store, path)


@FIXED
@given(data=st.binary(max_size=3000))
def test_random_bytes_named_xlsx(tmp_path: Path, store: Store, data: bytes) -> None:
    path = tmp_path / "random.xlsx"
    path.write_bytes(data)
    import_and_check(store, path)


_GOOD = _workbook(_frame([{}, {"title": "Tweede"}]))


@FIXED
@given(
    cut=st.integers(0, len(_GOOD)),
    flips=st.lists(st.tuples(st.integers(0, len(_GOOD) - 1), st.integers(0, 255)), max_size=4),
)
def test_truncated_or_damaged_workbook(
    tmp_path: Path, store: Store, cut: int, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(_GOOD)
    for at, value in flips:
        data[at] = value
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data[:cut] if cut < len(data) else data))
    import_and_check(store, path)


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


_PARTS = _members(_GOOD)


@FIXED
@given(
    dropped=st.sets(st.sampled_from(sorted(_PARTS))),
    replaced=st.dictionaries(st.sampled_from(sorted(_PARTS)), st.binary(max_size=200), max_size=2),
)
def test_zip_with_missing_or_garbled_parts(
    tmp_path: Path, store: Store, dropped: set[str], replaced: dict[str, bytes]
) -> None:
    """A zip that is fine as a zip, but its workbook parts are missing or hold rubbish."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in _PARTS.items():
            if name not in dropped:
                z.writestr(name, replaced.get(name, content))
    path = tmp_path / "parts.xlsx"
    path.write_bytes(out.getvalue())
    import_and_check(store, path)


def test_time_and_duration_cells_are_not_a_crash(tmp_path: Path, store: Store) -> None:
    """The example that found nothing but is worth keeping: times and durations in number
    columns are refused per row."""
    path = tmp_path / "times.xlsx"
    path.write_bytes(_workbook(_frame([{"hours": time(1, 30)}, {"price": timedelta(days=2)}])))
    report = import_and_check(store, path)
    assert report is not None and report.errors


def _damaged(how: str) -> bytes:
    """The good workbook with its sheet part damaged in one way, inside a sound zip."""
    data = bytearray(_GOOD)
    with zipfile.ZipFile(io.BytesIO(_GOOD)) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    at = info.header_offset
    if how == "compressed data":  # found: zlib.error, invalid stored block lengths
        start = at + 30 + len(info.filename) + len(info.extra)
        data[start] ^= 0xFF
    else:  # zipfile believes the central directory (its entry: 46 bytes, then the name)
        central = bytes(data).rfind(info.filename.encode()) - 46
        assert data[central : central + 4] == b"PK\x01\x02"
        if how == "compression method":  # one zipfile does not know: NotImplementedError
            data[central + 10] = 99
        else:  # the encrypted flag: RuntimeError, password required for extraction
            data[central + 8] |= 0x01
    return bytes(data)


@pytest.mark.parametrize("how", ["compressed data", "compression method", "encrypted flag"])
def test_a_damaged_sheet_part_is_refused_calmly(tmp_path: Path, store: Store, how: str) -> None:
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(_damaged(how))
    assert import_and_check(store, path) is None
