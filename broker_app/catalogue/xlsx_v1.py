"""Reading and writing catalogue v1 as an Excel workbook (.xlsx), with the CSV v1 columns.

Reading turns every cell, whatever its Excel type, into the text the CSV rules expect, so the
same row checks (:mod:`broker_app.catalogue.rows`) apply: whole numbers as ``1250``, amounts as
``1250.50``, dates as ``YYYY-MM-DD``, true/false as ``ja``/``nee``, an empty cell as unknown.
Row numbers are the ones Excel shows. Formulas count with the value Excel saved for them.

Writing puts text in text cells only (never a formula) and neutralises cells that start like a
formula exactly as the CSV export does, so a workbook imports back unchanged.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import IO

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from broker_app.catalogue import csv_v1
from broker_app.catalogue.columns import COLUMNS, REQUIRED
from broker_app.domain.problems import InputRefused, Problem

FORMAT = "xlsx-v1"
EURO_FORMAT = '"€" #,##0.00'
WHOLE_FORMAT = "0"
AMOUNT_COLUMNS = frozenset({"price"})
# Excel's own error values: a formula that failed. Never a catalogue value.
EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!"}
)
_FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s>/]")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")  # what XML cannot hold
# Excel keeps 15 significant digits; anything beyond is binary noise (0.1 + 0.2).
_SIGNIFICANT = 15


# ---------------------------------------------------------------------------------- reading


def _refuse(key: str, **params: object) -> InputRefused:
    return InputRefused([Problem("error", key, params=params)])


def check_container(data_start: bytes, path: Path) -> None:
    """Refuse what is not an .xlsx workbook by its first bytes, naming what it is instead."""
    if not data_start.strip():
        raise _refuse("file.empty")
    if data_start.startswith(_OLE):
        # An OLE container: a workbook encrypted with a password, or an old .xls.
        with path.open("rb") as f:
            head = f.read(1 << 20)
        if "EncryptedPackage".encode("utf-16-le") in head:
            raise _refuse("xlsx.password")
        raise _refuse("xlsx.not_xlsx", kind="Excel 97-2003 (.xls)")
    if data_start.startswith(b"PK"):
        return
    if data_start.startswith(b"%PDF"):
        raise _refuse("xlsx.not_xlsx", kind="PDF")
    if b"\x00" not in data_start[:4096]:
        raise _refuse("xlsx.is_text")
    raise _refuse("xlsx.corrupt")


def cell_text(value: object, column: str | None = None) -> tuple[str, str | None]:
    """The text the CSV rules expect for one cell value, and the value before rounding when the
    amount had to be rounded to whole cents (a warning), else None."""
    if value is None:
        return "", None
    if isinstance(value, bool):
        return ("ja" if value else "nee"), None
    if isinstance(value, datetime):
        return value.date().isoformat(), None
    if isinstance(value, date):
        return value.isoformat(), None
    if isinstance(value, (time, timedelta)):
        return str(value), None
    if isinstance(value, int):
        return str(value), None
    if isinstance(value, float):
        return _number_text(value, column)
    if isinstance(value, Decimal):
        return _number_text(float(value), column)
    return str(value), None


def _number_text(value: float, column: str | None) -> tuple[str, str | None]:
    if value != value or value in (float("inf"), float("-inf")):
        return str(value), None
    # Through 15 significant digits: 1250.4999999999998 (a computed cell) is 1250.5.
    try:
        number = Decimal(format(value, f".{_SIGNIFICANT}g"))
    except InvalidOperation:
        return str(value), None
    if number == number.to_integral_value():
        # to_integral_value, not quantize: quantize needs the digits to fit the context (28),
        # and a cell may hold 1E+28.
        return f"{number.to_integral_value():f}", None
    if column in AMOUNT_COLUMNS:
        cents = number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        text = f"{cents:f}"
        return text, (None if cents == number else f"{number.normalize():f}")
    return f"{number.normalize():f}", None


def _formula_cells_possible(archive_path: Path, sheet_path: str) -> bool:
    """Does the first sheet hold any formula? (A quick scan, so the second pass that finds
    formulas without a saved value is only paid for workbooks that have formulas.)"""
    with zipfile.ZipFile(archive_path) as z, z.open(sheet_path) as src:
        tail = b""
        while chunk := src.read(1 << 20):
            if _FORMULA_TAG.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def _grid(handle: IO[bytes], data_only: bool) -> tuple[str, str, Iterator[tuple]]:
    wb = load_workbook(handle, read_only=True, data_only=data_only, keep_links=False)
    if not wb.worksheets:
        raise _refuse("xlsx.corrupt")
    ws = wb.worksheets[0]
    if not hasattr(ws, "reset_dimensions"):  # a chart sheet first
        raise _refuse("xlsx.corrupt")
    ws.reset_dimensions()  # some programs write a wrong <dimension>; read what is there
    return ws.title, getattr(ws, "_worksheet_path", ""), ws.iter_rows(values_only=True)


def read_xlsx(
    path: Path,
    known: Iterable[str] | None = COLUMNS,
    required: Iterable[str] = REQUIRED,
) -> csv_v1.SheetRows:
    """The rows of the first sheet of a workbook as CSV v1 text; refuses what cannot be read."""
    try:
        with path.open("rb") as f:
            check_container(f.read(8192), path)
    except OSError as exc:
        raise _refuse("file.unreadable", path=str(path)) from exc
    try:
        return _read(path, known, required)
    except InputRefused:
        raise
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError,
            IndexError, AttributeError, EOFError, zipfile.LargeZipFile, zlib.error,
            NotImplementedError) as exc:  # fmt: skip
        # zlib.error: a damaged compressed part; NotImplementedError: a compression method
        # zipfile does not know (both found by tests/catalogue/test_xlsx_properties.py).
        raise _refuse("xlsx.corrupt") from exc
    except RuntimeError as exc:  # zipfile: a part encrypted with a password
        if "encrypted" in str(exc):
            raise _refuse("xlsx.password") from exc
        raise
    except Exception as exc:  # lxml/ElementTree parse errors of a damaged sheet
        if type(exc).__name__ in ("ParseError", "XMLSyntaxError"):
            raise _refuse("xlsx.corrupt") from exc
        raise


def _read(path: Path, known: Iterable[str] | None, required: Iterable[str]) -> csv_v1.SheetRows:
    problems: list[Problem] = []
    with path.open("rb") as handle:
        _, sheet_path, rows = _grid(handle, data_only=True)
        values = [tuple(r) for r in rows]
    missing: set[tuple[int, int]] = set()
    if sheet_path and _formula_cells_possible(path, sheet_path):
        with path.open("rb") as handle:
            _, _, formulas = _grid(handle, data_only=False)
            for r, (cached, raw) in enumerate(zip(values, formulas, strict=False), start=1):
                for c, formula in enumerate(raw, start=1):
                    if formula is not None and (c > len(cached) or cached[c - 1] is None):
                        missing.add((r, c))
    # The header: the first row with anything in it.
    start = next((i for i, r in enumerate(values) if any(_filled(v) for v in r)), None)
    if start is None:
        raise _refuse("file.empty")
    header = [cell_text(v)[0] for v in values[start]]
    while header and not header[-1].strip():
        header.pop()
    clean = csv_v1.raw_header if known is None else csv_v1.normalise_header
    names = [clean(h) for h in header]
    width = len(header)
    records: list[list[str]] = [[] for _ in range(start)]
    records.append(header)
    unnamed: set[int] = set()
    for r, row in enumerate(values[start + 1 :], start=start + 2):
        cells = []
        for c, value in enumerate(row, start=1):
            if c > width:
                if _filled(value):
                    unnamed.add(c)
                continue
            column = names[c - 1]
            if (r, c) in missing:
                problems.append(Problem("error", "xlsx.no_cached_value", r, column or _letter(c)))
                cells.append("")
                continue
            if isinstance(value, str) and value.strip() in EXCEL_ERRORS:
                problems.append(
                    Problem("error", "xlsx.cell_error", r, column or _letter(c), {"value": value})
                )
                cells.append("")
                continue
            text, rounded_from = cell_text(value, column)
            if rounded_from is not None:
                problems.append(
                    Problem("warning", "value.read_as", r, column, {"value": rounded_from,
                                                                    "code": text})
                )  # fmt: skip
            cells.append(text)
        cells += [""] * (width - len(cells))
        records.append(cells)
    sheet = csv_v1.table_from_records(records, known, required)
    for c in sorted(unnamed):
        sheet.problems.append(
            Problem("warning", "xlsx.unnamed_column", start + 1, _letter(c), {"column": _letter(c)})
        )
    # A row with a failed or missing formula value is refused: its first such problem marks
    # the row as unreadable, the others are listed too.
    for p in problems:
        if p.is_error and p.row not in sheet.broken:
            sheet.broken[p.row] = p
        else:
            sheet.problems.append(p)
    sheet.encoding = FORMAT
    return sheet


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _letter(column: int) -> str:
    return get_column_letter(column)


# ---------------------------------------------------------------------------------- writing

NUMBER_COLUMNS = frozenset({"hours", "ec", "duration_weeks", "min_participants",
                            "max_participants"})  # fmt: skip
WIDTHS = {"provider": 28, "code": 14, "title": 44, "description": 60, "outcomes": 40,
          "keywords": 30, "qualification_code": 12, "start_dates": 26, "city": 16,
          "url": 36, "credential": 16, "type": 16, "level": 14, "provider_kind": 14,
          "delivery": 18, "schedule": 14}  # fmt: skip


def text_cell(ws: object, value: str) -> WriteOnlyCell:
    """A cell that holds text and only text: neutralised like the CSV, never a formula."""
    cell = WriteOnlyCell(ws, value=None)
    cell.value = csv_v1.neutralise(_ILLEGAL.sub("", value))
    cell.data_type = "s"
    return cell


def number_cell(ws: object, value: float | int | None, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    if value is not None:
        cell.number_format = number_format
    return cell


class SheetWriter:
    """A write-only workbook of one sheet: bold frozen header, sensible widths, typed cells."""

    def __init__(self, title: str, columns: Sequence[str], widths: dict[str, int]) -> None:
        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet(title)
        self.columns = list(columns)
        for i, name in enumerate(self.columns, start=1):
            self.sheet.column_dimensions[get_column_letter(i)].width = widths.get(
                name, max(10, len(name) + 4)
            )
        self.sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for name in self.columns:
            cell = text_cell(self.sheet, name)
            cell.font = bold
            cell.alignment = Alignment(vertical="top")
            header.append(cell)
        self.sheet.append(header)

    def append(self, cells: list[WriteOnlyCell]) -> None:
        self.sheet.append(cells)

    def save(self, path: Path) -> None:
        try:
            self.workbook.save(path)
        except BaseException:
            # The rows wait in a temporary file of openpyxl; finish it so nothing dangles.
            if not self.sheet.closed:
                with contextlib.suppress(Exception):  # the first error is the one to report
                    self.sheet.close()
            raise


def write_xlsx(rows: Iterable[dict], path: Path) -> int:
    """The catalogue as a workbook with the CSV v1 columns; returns the number of offerings."""
    writer = SheetWriter("catalogus", COLUMNS, WIDTHS)
    ws = writer.sheet
    count = 0
    for row in rows:
        texts = dict(zip(COLUMNS, csv_v1.format_row(row), strict=True))
        cells = []
        for column in COLUMNS:
            if column == "price":
                cents = row.get("price_cents")
                cells.append(number_cell(ws, None if cents is None else cents / 100, EURO_FORMAT))
            elif column == "ec":
                ec = row.get("ec")
                cells.append(number_cell(ws, None if ec is None else float(ec), "0.##"))
            elif column in NUMBER_COLUMNS:
                cells.append(number_cell(ws, row.get(column), WHOLE_FORMAT))
            else:
                cells.append(text_cell(ws, texts[column]) if texts[column] else WriteOnlyCell(ws))
        writer.append(cells)
        count += 1
    writer.save(path)
    return count
