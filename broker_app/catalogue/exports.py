"""Safe exports of the clients and of the proposal list, as CSV or as an Excel workbook.

Every text cell is neutralised the way the catalogue export does it (a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets an apostrophe in front), and in a
workbook text is always a text cell, never a formula: a client named ``=HYPERLINK(...)`` stays
a name. Amounts: ``1250.50`` in CSV, numbers in euro format in a workbook; dates ISO text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl.cell import WriteOnlyCell

from broker_app.catalogue import csv_v1, xlsx_v1
from broker_app.catalogue.exporter import kind_of, write_atomically
from broker_app.domain import audit as audit_words
from broker_app.domain.problems import InputRefused, Problem
from broker_app.store import audit as audit_repo
from broker_app.store import exports as repo
from broker_app.store.database import Store

WHAT = ("catalogue", "clients", "proposals")
# (column, kind): kind is text, whole, money (cents) or date.
CLIENT_COLUMNS = (
    ("name", "text"), ("kvk", "text"), ("sector", "text"), ("address", "text"),
    ("postcode", "text"), ("city", "text"), ("email", "text"), ("phone", "text"),
    ("intakes", "whole"), ("proposals", "whole"),
)  # fmt: skip
PROPOSAL_COLUMNS = (
    ("number", "text"), ("client", "text"), ("title", "text"), ("status", "text"),
    ("version", "whole"), ("total_excl", "money"), ("total_vat", "money"),
    ("total_incl", "money"), ("valid_until", "date"), ("sent_on", "date"),
)  # fmt: skip
WIDTHS = {"name": 34, "client": 34, "title": 44, "address": 30, "email": 30, "city": 18,
          "phone": 16, "number": 12, "status": 14, "total_excl": 14, "total_vat": 14,
          "total_incl": 14, "valid_until": 13, "sent_on": 13,
          "moment": 19, "profile": 22, "what": 60, "record": 40, "table": 14, "record_id": 38,
          "action": 12, "fields": 30}  # fmt: skip


def check_what(what: str) -> str:
    if what not in WHAT:
        raise InputRefused(
            [Problem("error", "export.unknown_what", params={"what": what,
                                                             "choices": ", ".join(WHAT)})]
        )  # fmt: skip
    return what


def _text(value: object, kind: str) -> str:
    if value is None:
        return ""
    if kind == "money":
        cents = int(value)  # type: ignore[call-overload]
        sign = "-" if cents < 0 else ""
        cents = abs(cents)
        return f"{sign}{cents // 100}.{cents % 100:02d}"
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind == "whole":
        return str(value)
    return csv_v1.neutralise(str(value))


def _cell(ws: object, value: object, kind: str) -> WriteOnlyCell:
    if value is None or value == "":
        return WriteOnlyCell(ws)
    if kind == "money":
        return xlsx_v1.number_cell(ws, int(value) / 100, xlsx_v1.EURO_FORMAT)  # type: ignore[call-overload]
    if kind == "whole":
        return xlsx_v1.number_cell(ws, int(value), xlsx_v1.WHOLE_FORMAT)  # type: ignore[call-overload]
    if kind == "date":
        return xlsx_v1.text_cell(ws, _text(value, kind))
    return xlsx_v1.text_cell(ws, str(value))


def write_table(
    path: Path,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Iterable[Sequence[object]],
    headers: Sequence[str] | None = None,
) -> int:
    """Rows (values in the order of ``columns``) to CSV or XLSX by the file name; returns how
    many rows. The header row is ``headers`` (words for a person) or else the column names.
    The file appears whole or not at all."""
    kind = kind_of(path)
    columns_names = [name for name, _ in columns]
    names = list(headers) if headers is not None else columns_names
    widths = {head: WIDTHS[name] for head, name in zip(names, columns_names, strict=True)
              if name in WIDTHS}  # fmt: skip
    kinds = [k for _, k in columns]

    def write_csv(tmp: Path) -> int:
        count = 0
        with tmp.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(names)
            for row in rows:
                writer.writerow([_text(v, k) for v, k in zip(row, kinds, strict=True)])
                count += 1
        return count

    def write_xlsx(tmp: Path) -> int:
        sheet = xlsx_v1.SheetWriter(title, names, widths)
        count = 0
        for row in rows:
            sheet.append([_cell(sheet.sheet, v, k) for v, k in zip(row, kinds, strict=True)])
            count += 1
        sheet.save(tmp)
        return count

    return write_atomically(path, write_xlsx if kind == "xlsx" else write_csv)


def export_clients(store: Store, path: Path | str) -> int:
    """Every client with its numbers of intakes and proposals."""
    rows = ([r[name] for name, _ in CLIENT_COLUMNS] for r in repo.client_rows(store.db))
    return write_table(Path(path), "werkgevers", CLIENT_COLUMNS, rows)


def _local_day(stamp: str | None) -> date | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone().date()
    except ValueError:
        return None


def export_proposals(store: Store, path: Path | str, listed: Iterable[dict]) -> int:
    """The proposal list as the window shows it: ``listed`` is
    ``proposals.service.list_proposals(store)`` (effective status, totals of concepts
    computed from their lines); the day each current version was sent is added here."""
    sent = repo.sent_moments(store.db)
    rows = (
        [
            p["number"], p["client_name"], p["title"], p["effective_status"], p["version"],
            p["excl_cents"], p["vat_cents"], p["incl_cents"], p["valid_until"],
            _local_day(sent.get(p["id"])),
        ]
        for p in listed
    )  # fmt: skip
    return write_table(Path(path), "voorstellen", PROPOSAL_COLUMNS, rows)


# -- the audit log ----------------------------------------------------------------------------

AUDIT_COLUMNS = (
    ("moment", "text"), ("profile", "text"), ("what", "text"), ("record", "text"),
    ("table", "text"), ("record_id", "text"), ("action", "text"), ("fields", "text"),
)  # fmt: skip


def audit_rows(store: Store, f: audit_repo.AuditFilter, lang: str = "nl") -> Iterator[list]:
    """The log as it is shown: local time (``2026-11-29 14:05:07``), profile, the sentence in
    ``lang``, the record as it is called now (else empty), and the raw table, id, action and
    field names for a spreadsheet's own filtering. Newest first."""
    db = store.db
    batch: list[dict] = []

    def flush() -> Iterator[list]:
        names = audit_repo.record_names(db, [(e["table_name"], e["record_id"]) for e in batch])
        for e in batch:
            moment = audit_words.local_moment(e["at"])
            yield [
                moment.strftime("%Y-%m-%d %H:%M:%S") if moment else e["at"],
                e["profile"],
                audit_words.describe(e["action"], e["table_name"], e["details"], lang,
                                     e["record_id"]),
                names.get((e["table_name"], e["record_id"]), ""),
                e["table_name"], e["record_id"], e["action"],
                ", ".join(map(str, e["details"].get("fields") or [])),
            ]  # fmt: skip

    for entry in audit_repo.iter_entries(db, f):
        batch.append(entry)
        if len(batch) >= 1000:
            yield from flush()
            batch = []
    yield from flush()


def export_audit(
    store: Store, path: Path | str, f: audit_repo.AuditFilter | None = None, lang: str = "nl"
) -> int:
    """The audit log (or the part ``f`` selects) as CSV or XLSX; returns how many entries."""
    rows = audit_rows(store, f or audit_repo.AuditFilter(), lang)
    headers = audit_words.export_headers([name for name, _ in AUDIT_COLUMNS], lang)
    return write_table(Path(path), "auditlog", AUDIT_COLUMNS, rows, headers)
