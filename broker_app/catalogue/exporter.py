"""Exporting the catalogue as CSV v1 or as an Excel workbook with the same columns, so it
imports back into the same catalogue."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from broker_app.catalogue import csv_v1, xlsx_v1
from broker_app.domain.problems import InputRefused, Problem
from broker_app.store import catalogue as repo
from broker_app.store.database import Store

WRITERS = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx"}


def kind_of(path: Path) -> str:
    """``csv`` or ``xlsx`` by the file name; refuses any other name."""
    kind = WRITERS.get(path.suffix.lower())
    if kind is None:
        raise InputRefused(
            [
                Problem(
                    "error",
                    "file.format_not_supported",
                    params={"suffix": path.suffix or path.name, "accepted": ", ".join(WRITERS)},
                )
            ]
        )
    return kind


def write_atomically(path: Path, write: Callable[[Path], int]) -> int:
    """``write(tmp)`` into a file beside ``path``, then put it in place: a failed export
    never leaves half a file under the broker's name."""
    tmp = path.with_name(path.name + ".part")
    try:
        count = write(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputRefused(
            [Problem("error", "file.unwritable", params={"path": str(path)})]
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def export_catalogue(store: Store, path: Path | str) -> int:
    """Write every live offering to ``path``; returns how many. CSV: UTF-8 with BOM so Excel
    reads é; ``.xlsx``: a workbook with the same columns."""
    path = Path(path)
    kind = kind_of(path)

    def write_csv(tmp: Path) -> int:
        with tmp.open("w", encoding="utf-8-sig", newline="") as out:
            return csv_v1.write_csv(repo.export_rows(store.db), out)

    def write_xlsx(tmp: Path) -> int:
        return xlsx_v1.write_xlsx(repo.export_rows(store.db), tmp)

    return write_atomically(path, write_xlsx if kind == "xlsx" else write_csv)
