"""Exporting the catalogue as CSV v1, so it imports back into the same catalogue."""

from __future__ import annotations

from pathlib import Path

from broker_app.catalogue import csv_v1
from broker_app.domain.problems import InputRefused, Problem
from broker_app.store import catalogue as repo
from broker_app.store.database import Store


def export_catalogue(store: Store, path: Path | str) -> int:
    """Write every live offering to ``path``; returns how many. UTF-8 with BOM so Excel reads é."""
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".txt"):
        raise InputRefused(
            [Problem("error", "file.unknown_format", params={"suffix": path.suffix or path.name})]
        )
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as out:
            count = csv_v1.write_csv(repo.export_rows(store.db), out)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputRefused(
            [Problem("error", "file.unwritable", params={"path": str(path)})]
        ) from exc
    return count
