"""Importing a catalogue file: read, check every row, then write all of it in one transaction.

All-or-nothing by default; ``skip_invalid`` writes the good rows and reports the others;
``dry_run`` reports what would happen and writes nothing. Every run that writes leaves an
import batch record. Rows of offerings the broker merged into another one are skipped with a
warning (``ImportReport.merged``), never brought back.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from broker_app.catalogue import csv_v1, edudex, ooapi, xlsx_v1
from broker_app.catalogue.files import file_bytes
from broker_app.catalogue.mapping import Profile, apply_profile
from broker_app.catalogue.rows import parse_row
from broker_app.domain.models import ImportReport, OfferingRecord
from broker_app.domain.problems import InputRefused, Problem
from broker_app.store import audit, backups
from broker_app.store import catalogue as repo
from broker_app.store.database import Store
from broker_app.store.records import new_id, now_utc

Progress = Callable[[int, int], None]
BIG_IMPORT_ROWS = 5_000  # after this many rows the write-ahead log is folded in at once
JSON_FEED = "json"  # EDU-DEX or OOAPI v5, told apart by content
READERS = {
    ".csv": "csv-v1", ".txt": "csv-v1", ".tsv": "csv-v1", ".xlsx": xlsx_v1.FORMAT,
    ".json": JSON_FEED,
}  # fmt: skip


class ImportCancelled(Exception):
    """The broker pressed cancel; nothing was written."""


def read_file(path: Path, raw: bool = False) -> csv_v1.SheetRows:
    """The rows of a catalogue file; refuses what is not a readable CSV v1 file.

    ``raw``: a spreadsheet (CSV or XLSX) with headers of its own, every column kept under its
    own (normalised) header and none required, for a column mapping to rename.
    """
    if path.is_dir():
        raise InputRefused([Problem("error", "file.is_folder", params={"path": str(path)})])
    if not path.is_file():
        raise InputRefused([Problem("error", "file.missing", params={"path": str(path)})])
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise InputRefused(
            [
                Problem(
                    "error",
                    "file.format_not_supported",
                    params={"suffix": path.suffix or path.name, "accepted": accepted(READERS)},
                )
            ]
        )
    known = None if raw else csv_v1.COLUMNS
    required = () if raw else csv_v1.REQUIRED
    if READERS[suffix] == xlsx_v1.FORMAT:
        return xlsx_v1.read_xlsx(path, known, required)
    if READERS[suffix] == JSON_FEED:
        return read_feed(path)
    text, encoding = csv_v1.decode(file_bytes(path))
    sheet = csv_v1.read_table(text, known, required)
    sheet.encoding = encoding
    return sheet


def read_feed(path: Path) -> csv_v1.SheetRows:
    """An EDU-DEX or OOAPI v5 JSON file, recognised by its content, as CSV v1 rows."""
    data_bytes = file_bytes(path, refuse_empty=True)
    try:
        data = json.loads(data_bytes.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InputRefused([Problem("error", "edudex.encoding")]) from exc
    except json.JSONDecodeError as exc:
        raise InputRefused([Problem("error", "edudex.bad_json", params={
            "line": exc.lineno, "column": exc.colno, "detail": exc.msg})]) from exc  # fmt: skip
    if ooapi.looks_like_ooapi(data):
        sheet = ooapi.parse_ooapi(data)
        sheet.format = ooapi.FORMAT
    elif edudex.looks_like_edudex(data):
        sheet = edudex.rows_from_data(data)
        sheet.format = "edudex"
    else:
        raise InputRefused([Problem("error", "feed.unknown_json")])
    return sheet


def accepted(suffixes: dict[str, str]) -> str:
    """``.csv, .txt, .tsv, .xlsx``: the file names a reader or writer takes."""
    return ", ".join(suffixes)


def check_rows(
    sheet: csv_v1.SheetRows,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[OfferingRecord], list[Problem], int]:
    """Every row read and checked; duplicates of (provider, code) inside the file are errors.

    Returns (valid records, problems, number of rows with errors).
    """
    records: list[OfferingRecord] = []
    problems: list[Problem] = list(sheet.problems)
    first_row: dict[tuple[str, str], int] = {}
    bad_rows = 0
    total = len(sheet.rows)
    for done, (row_number, cells) in enumerate(sheet.rows, start=1):
        if cancelled and done % 500 == 0 and cancelled():
            raise ImportCancelled()
        if row_number in sheet.broken:
            problems.append(sheet.broken[row_number])
            bad_rows += 1
            continue
        record, row_problems = parse_row(cells, row_number)
        if record is not None and record.key in first_row:
            row_problems.append(
                Problem(
                    "error",
                    "row.duplicate",
                    row_number,
                    "code",
                    {
                        "code": record.code,
                        "provider": record.provider,
                        "first": first_row[record.key],
                    },
                )
            )
            record = None
        problems += row_problems
        if record is None:
            bad_rows += 1
        else:
            first_row[record.key] = row_number
            records.append(record)
        if progress and (done % 1000 == 0 or done == total):
            progress(done, total)
    return records, problems, bad_rows


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a large file becomes records.

    An import makes hundreds of thousands of small objects and no reference cycles; the
    collector would walk them again and again (about a tenth of a 100,000-row import).
    Reference counting still frees memory as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _without_merged(
    db, sheet: csv_v1.SheetRows, records: list[OfferingRecord], report: ImportReport
) -> list[OfferingRecord]:
    """The records without those of offerings the broker merged into another (live) one.

    Such a row is skipped with a warning naming the kept offering: the provider still sends the
    old code, but the broker decided it is the same offering as the kept one, so it neither
    comes back nor overwrites the kept one (whose own row in the file updates it).
    """
    merged = repo.merged_offerings(db, {r.key for r in records})
    if not merged:
        return records
    rows: dict[tuple[str, str], int] = {}
    for row_number, cells in sheet.rows:
        key = (
            (cells.get("provider") or "").strip().casefold(),
            (cells.get("code") or "").strip().casefold(),
        )
        if key in merged:
            rows.setdefault(key, row_number)
    kept: list[OfferingRecord] = []
    for rec in records:
        survivor = merged.get(rec.key)
        if survivor is None:
            kept.append(rec)
            continue
        report.merged += 1
        report.problems.append(
            Problem(
                "warning",
                "row.merged",
                rows.get(rec.key),
                "code",
                {
                    "provider": rec.provider,
                    "code": rec.code,
                    "kept": survivor["code"],
                    "title": survivor["title"],
                },
            )
        )
    return kept


def import_catalogue(
    store: Store,
    path: Path | str,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    profile: Profile | None = None,
) -> ImportReport:
    """Import a catalogue file. Raises InputRefused when the file as a whole cannot be read.

    With a ``profile`` (:mod:`broker_app.catalogue.mapping`) a spreadsheet with headers of its
    own is renamed and converted to CSV v1 first.
    """
    with _cyclic_gc_paused():
        return _import(store, Path(path), skip_invalid, dry_run, progress, cancelled, profile)


def _import(
    store: Store,
    path: Path,
    skip_invalid: bool,
    dry_run: bool,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    profile: Profile | None = None,
) -> ImportReport:
    started = now_utc()
    if profile is not None and READERS.get(path.suffix.lower()) == JSON_FEED:
        profile = None  # a JSON feed has its own, fixed mapping
    if profile is None:
        sheet = read_file(path)
    else:
        sheet = apply_profile(read_file(path, raw=True), profile)
    records, problems, bad_rows = check_rows(sheet, progress, cancelled)
    report = ImportReport(
        file_name=path.name,
        rows_total=len(sheet.rows),
        problems=problems,
        dry_run=dry_run,
        skipped=bad_rows,
    )
    if bad_rows and not skip_invalid:
        report.skipped = len(sheet.rows)
        return report
    db = store.db
    records = _without_merged(db, sheet, records, report)
    if dry_run:
        known = repo.existing_offerings(db, [r.key for r in records])
        report.updated = sum(1 for r in records if r.key in known)
        report.inserted = len(records) - report.updated
        return report
    if cancelled and cancelled():
        raise ImportCancelled()
    # Every import that writes is preceded by an automatic backup (rotated with the others);
    # when it cannot be made, nothing is imported (InputRefused).
    report.backup = backups.backup_before_import(store)
    if cancelled and cancelled():
        raise ImportCancelled()
    batch_id = new_id()
    with store.transaction():
        repo.record_import_batch(
            db,
            batch_id=batch_id,
            file_name=path.name,
            fmt=sheet.format or READERS[path.suffix.lower()],
            started_at=started,
            status="done",
            total=len(sheet.rows),
            inserted=0,
            updated=0,
            skipped=bad_rows,
            messages=[p.render("nl") for p in report.problems[:1000]],
        )
        inserted, updated, unchanged = repo.upsert_offerings(db, records, batch_id, sheet.columns)
        repo.finish_import_batch(db, batch_id, inserted=inserted, updated=updated)
        audit.record(db, audit.IMPORT, "import_batches", batch_id,
                     {"inserted": inserted, "updated": updated, "unchanged": unchanged,
                      "skipped": bad_rows, "merged": report.merged})  # fmt: skip
    report.inserted, report.updated, report.unchanged = inserted, updated, unchanged
    report.written = True
    if inserted + updated >= BIG_IMPORT_ROWS:
        store.checkpoint()
    report.batch_id = batch_id
    return report
