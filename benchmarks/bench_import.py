"""Import speed: a generated catalogue into a fresh database, then the same file again.

Run:  python benchmarks/bench_import.py [--n 100000] [--seed 7] [--profile]

Goal: 100,000 offerings imported in under 20 s. The first import inserts every row, the second
updates every row in place. Each import starts with the automatic backup of the database
(online backup API; issue 7), timed as its own phase: nothing for the empty database of the
first import, the whole ~300 MB file before the re-import. Phases (backup, read, check,
write) are timed by wrapping the functions the importer calls; nothing in the package is
changed. Results go to benchmarks/out/import.json.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from common import OUT, profile_report, table, write_json
from generate_catalogue import cached

from broker_app.catalogue import importer
from broker_app.store import backups
from broker_app.store import catalogue as repo
from broker_app.store.database import Store

GOAL_SECONDS = 20.0
PHASES = (
    (backups, "backup_before_import", "backup (before writing)"),
    (importer, "read_file", "read (decode + CSV)"),
    (importer, "check_rows", "check (parse rows)"),
    (repo, "upsert_offerings", "write (SQL + FTS)"),
)


@contextmanager
def timed_phases() -> Iterator[dict[str, float]]:
    """Seconds spent per phase inside the block; the functions are wrapped, then restored."""
    spent: dict[str, float] = {}
    originals: list[tuple[Any, str, Callable[..., Any]]] = []
    for module, name, label in PHASES:
        original = getattr(module, name)

        @functools.wraps(original)
        def wrapper(
            *args: Any, _f: Callable[..., Any] = original, _label: str = label, **kwargs: Any
        ) -> Any:
            started = time.perf_counter()
            try:
                return _f(*args, **kwargs)
            finally:
                spent[_label] = spent.get(_label, 0.0) + time.perf_counter() - started

        originals.append((module, name, original))
        setattr(module, name, wrapper)
    try:
        yield spent
    finally:
        for module, name, original in originals:
            setattr(module, name, original)


def file_bytes(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def run_import(
    store: Store, csv_path: Path, profiler: cProfile.Profile | None = None
) -> dict[str, Any]:
    """One import, timed as a whole and per phase."""
    with timed_phases() as phases:
        if profiler:
            profiler.enable()
        started = time.perf_counter()
        try:
            report = importer.import_catalogue(store, csv_path)
        finally:
            seconds = time.perf_counter() - started
            if profiler:
                profiler.disable()
    if not report.written:
        errors = [p.render("en") for p in report.problems if p.is_error][:5]
        raise SystemExit(f"import refused: {errors}")
    rows = report.inserted + report.updated
    return {
        "seconds": round(seconds, 3),
        "rows": rows,
        "rows_per_second": round(rows / seconds),
        "inserted": report.inserted,
        "updated": report.updated,
        "warnings": len(report.problems),
        "phases": {k: round(v, 3) for k, v in phases.items()},
        "db_bytes": file_bytes(store.path),
        "wal_bytes": file_bytes(Path(f"{store.path}-wal")),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="number of offerings")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--profile",
        action="store_true",
        help="profile both imports with cProfile (slower; figures not comparable)",
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    csv_path = cached(args.n, OUT, args.seed)
    print(
        f"catalogue: {csv_path} ({csv_path.stat().st_size / 1e6:.1f} MB, "
        f"ready in {time.perf_counter() - started:.1f} s)"
    )

    profilers = (cProfile.Profile(), cProfile.Profile()) if args.profile else (None, None)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        db_path = Path(folder) / "bench.sqlite"
        started = time.perf_counter()
        store = Store(db_path)
        migrate_seconds = time.perf_counter() - started
        try:
            first = run_import(store, csv_path, profilers[0])
            again = run_import(store, csv_path, profilers[1])
        finally:
            store.close()

    for name, profiler in zip(("import-first", "import-again"), profilers, strict=True):
        if profiler:
            print(f"\n== cProfile, {name} ==")
            print(profile_report(profiler, OUT / f"{name}.prof"))

    rows = []
    for name, result in (("first import (inserts)", first), ("re-import (updates)", again)):
        rows.append(
            [
                name,
                f"{result['seconds']:.2f}",
                f"{result['rows_per_second']:,}",
                *(f"{result['phases'].get(label, 0.0):.2f}" for _, _, label in PHASES),
                f"{result['db_bytes'] / 1e6:.0f}",
                f"{result['wal_bytes'] / 1e6:.0f}",
            ]
        )
    print()
    print(
        table(
            [
                "run",
                "wall s",
                "rows/s",
                "backup s",
                "read s",
                "check s",
                "write s",
                "db MB",
                "wal MB",
            ],
            rows,
        )
    )
    verdict = "OK" if first["seconds"] < GOAL_SECONDS else "SLOWER THAN GOAL"
    print(
        f"\n{args.n:,} offerings, CSV {csv_path.stat().st_size / 1e6:.1f} MB, "
        f"schema migration {migrate_seconds:.2f} s; goal < {GOAL_SECONDS:.0f} s: {verdict}"
    )

    path = write_json(
        "import-profiled.json" if args.profile else "import.json",
        {
            "n": args.n,
            "seed": args.seed,
            "profiled": args.profile,
            "csv_bytes": csv_path.stat().st_size,
            "goal_seconds": GOAL_SECONDS,
            "migrate_seconds": round(migrate_seconds, 3),
            "first": first,
            "again": again,
        },
    )
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
