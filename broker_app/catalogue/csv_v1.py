"""Reading and writing catalogue CSV v1: encoding, delimiter and header as FORMATS.md promises.

Reading stops at the file level (empty, binary, unreadable, no required columns); row-level
checks belong to :mod:`broker_app.catalogue.rows`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from broker_app.catalogue.columns import COLUMNS, LIST_SEPARATOR, REQUIRED
from broker_app.domain.problems import InputRefused, Problem

_CONTROL = {b for b in range(32) if b not in (9, 10, 13)}
DELIMITERS = (",", ";", "\t")
# Files that are something else under a .csv name, by their first bytes.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "Excel (.xlsx) of zip"),
    (b"\xd0\xcf\x11\xe0", "Excel 97-2003 (.xls)"),
    (b"{\\rtf", "RTF"),
)
# A description may be long; Python's csv module stops at 128 KB a field by default, and a
# longer cell deserves the "text too long" message of its row and column, not a syntax error.
csv.field_size_limit(64 * 1024 * 1024)


@dataclass
class SheetRows:
    """The rows of a tabular file with the row number a spreadsheet shows for each."""

    columns: list[str]
    rows: list[tuple[int, dict[str, str]]]
    problems: list[Problem] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ","
    broken: dict[int, Problem] = field(default_factory=dict)  # rows that cannot be read at all
    format: str = ""  # set by readers that tell formats apart inside one suffix (.json)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM), else Windows-1252."""
    if not data.strip():
        raise InputRefused([Problem("error", "file.empty")])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode-tekst" is UTF-16
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputRefused([Problem("error", "file.encoding")]) from exc
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputRefused([Problem("error", "file.not_csv", params={"kind": kind})])
    sample = data[:8192]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) // 100 + 2:
        raise InputRefused([Problem("error", "file.binary")])
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise InputRefused([Problem("error", "file.encoding")]) from exc


def detect_delimiter(text: str) -> str:
    """The delimiter of the header line, counted outside quotes (Dutch Excel writes ``;``)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in text[:65536]:
        if ch == '"':
            quoted = not quoted
        elif ch in ("\n", "\r") and not quoted:
            break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def normalise_header(name: str) -> str:
    return name.replace("\ufeff", "").strip().lower().replace(" ", "_")


def raw_header(name: str) -> str:
    return name.replace("\ufeff", "").strip()


def read_table(
    text: str, known: Iterable[str] | None = COLUMNS, required: Iterable[str] = REQUIRED
) -> SheetRows:
    """Split CSV text into header and rows; file-level problems raise InputRefused."""
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise InputRefused(
            [Problem("error", "file.csv_syntax", row=reader.line_num, params={"detail": str(exc)})]
        ) from exc
    return table_from_records(records, known, required, delimiter)


def table_from_records(
    records: list[list[str]],
    known: Iterable[str] | None = COLUMNS,
    required: Iterable[str] = REQUIRED,
    delimiter: str = ",",
) -> SheetRows:
    """Header checks and row numbering for any grid of cells (CSV today, XLSX later).

    ``known=None`` keeps every column under its own name (a file read for a column mapping).
    """
    # Leading empty lines are not the header.
    start = 0
    while start < len(records) and not any(c.strip() for c in records[start]):
        start += 1
    if start >= len(records):
        raise InputRefused([Problem("error", "file.empty")])
    # Raw: the headers as the provider wrote them (the mapping compares them folded).
    clean = raw_header if known is None else normalise_header
    header = [clean(c) for c in records[start]]
    header_row = start + 1
    known_set = set(header if known is None else known)
    problems: list[Problem] = []
    seen: set[str] = set()
    for name in header:
        if not name:
            continue
        if name in seen:
            problems.append(
                Problem("error", "header.duplicate", header_row, name, {"column": name})
            )
        seen.add(name)
        if name not in known_set:
            problems.append(
                Problem("warning", "header.unknown", header_row, name, {"column": name})
            )
    missing = [c for c in required if c not in seen]
    problems += [Problem("error", "header.missing", header_row, c, {"column": c}) for c in missing]
    if any(p.is_error for p in problems):
        raise InputRefused(problems)
    rows: list[tuple[int, dict[str, str]]] = []
    broken: dict[int, Problem] = {}
    width = len(header)
    for index, cells in enumerate(records[start + 1 :], start=header_row + 1):
        if not any(c.strip() for c in cells):
            continue
        # A row cut short (or with text beyond the last column) has shifted or lost cells:
        # reading it would blank fields without a word, so it is refused by name.
        if len(cells) < width or any(c.strip() for c in cells[width:]):
            broken[index] = Problem(
                "error", "row.cell_count", index, None, {"have": len(cells), "want": width}
            )
        rows.append(
            (
                index,
                {
                    name: (unneutralise(cells[i]) if i < len(cells) else "")
                    for i, name in enumerate(header)
                    if name in known_set
                },
            )
        )
    if not rows:
        raise InputRefused([Problem("error", "file.no_rows")])
    return SheetRows(list(header), rows, problems, delimiter=delimiter, broken=broken)


def format_row(row: dict) -> list[str]:
    """One offering (as the store exports it) as CSV v1 cells."""

    def items(values: Iterable[str]) -> str:
        return LIST_SEPARATOR.join(values)

    def yes_no(value: object) -> str:
        return "" if value is None else ("ja" if value else "nee")

    def whole(value: object) -> str:
        return "" if value is None else str(value)

    price = row.get("price_cents")
    ec = row.get("ec")
    starts = list(row.get("start_dates") or [])
    if row.get("continuous_intake"):
        starts.append("doorlopend")
    cells = {
        "provider": row["provider"],
        "code": row["code"],
        "title": row["title"],
        "type": row["type"],
        "level": row["level"],
        "sector": row.get("sector") or "",
        "description": row.get("description") or "",
        "outcomes": items(row.get("outcomes", [])),
        "keywords": items(row.get("keywords", [])),
        "qualification_code": row.get("qualification_code") or "",
        "hours": whole(row.get("hours")),
        "ec": "" if ec is None else f"{ec.normalize():f}",
        "duration_weeks": whole(row.get("duration_weeks")),
        "delivery": items(row.get("delivery", [])),
        "schedule": items(row.get("schedule", [])),
        "city": row.get("city") or "",
        "price": "" if price is None else f"{price // 100}.{price % 100:02d}",
        "vat": row.get("vat") or "",
        "start_dates": items(starts),
        "credential": row.get("credential") or "",
        "min_participants": whole(row.get("min_participants")),
        "max_participants": whole(row.get("max_participants")),
        "language": row.get("language") or "",
        "funded": yes_no(row.get("funded")),
        "provider_kind": row.get("provider_kind") or "",
        "crkbo": yes_no(row.get("crkbo")),
        "url": row.get("url") or "",
    }
    return [neutralise(cells[c]) for c in COLUMNS]


# A cell that starts like a formula is run by Excel when the broker opens the file
# (=HYPERLINK(...), +cmd, @SUM). The export puts an apostrophe in front, which Excel shows as
# text; the import takes it off again, so a catalogue still round-trips unchanged.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def unneutralise(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def write_csv(rows: Iterable[dict], out: io.TextIOBase) -> int:
    """Write CSV v1 (UTF-8, comma, every column); returns the number of offerings written."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(format_row(row))
        count += 1
    return count
