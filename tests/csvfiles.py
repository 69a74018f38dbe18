"""Building catalogue files for tests: a valid row to start from, and a writer."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from broker_app.catalogue.columns import COLUMNS


def offering(**overrides: str) -> dict[str, str]:
    row = {
        "provider": "Deltion College",
        "code": "ZORG-01",
        "title": "Werken met het zorgplan",
        "type": "module",
        "level": "mbo-3",
        "sector": "zorg",
        "description": "Helpenden leren het zorgplan bijhouden en rapporteren.",
        "outcomes": "zorgplan bijhouden|rapporteren in het cliëntdossier",
        "keywords": "dossier|rapportage",
        "qualification_code": "",
        "hours": "40",
        "ec": "",
        "duration_weeks": "8",
        "delivery": "blended",
        "schedule": "avond",
        "city": "Zwolle",
        "price": "450",
        "vat": "vrijgesteld",
        # far enough ahead that a default row never becomes stale while these tests are used
        "start_dates": "2027-02-01|2030-09-01",
        "credential": "certificaat",
        "min_participants": "6",
        "max_participants": "16",
        "language": "nl",
        "funded": "ja",
        "provider_kind": "roc",
        "crkbo": "nee",
        "url": "https://www.deltion.nl/zorgplan",
    }
    row.update(overrides)
    return row


def csv_text(
    rows: list[dict[str, str]], delimiter: str = ",", columns: list[str] | None = None
) -> str:
    columns = columns or list(COLUMNS)
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=columns, delimiter=delimiter, extrasaction="ignore", lineterminator="\r\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_csv(
    path: Path,
    rows: list[dict[str, str]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    columns: list[str] | None = None,
) -> Path:
    path.write_bytes(csv_text(rows, delimiter, columns).encode(encoding))
    return path
