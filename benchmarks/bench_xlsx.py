"""XLSX import speed: reading a 100,000-row workbook, and the full import of it, beside CSV.

Run:  python benchmarks/bench_xlsx.py [--n 100000] [--seed 7] [--runs 2] [--profile]

The workbook is the generated catalogue (``generate_catalogue.py``) imported once and written
with the project's own XLSX export (``export_catalogue``), so it holds what the app writes:
shared strings, numbers with number formats, a frozen header. It is cached as
``out/catalogue-<n>-seed<seed>.xlsx`` and made again when the CSV is newer. Each run times
``importer.read_file`` alone (the XLSX reader, garbage collector on) and a full
``import_catalogue`` into a fresh database with its phases (read, check, write; the importer
turns the garbage collector off); the same for the CSV for comparison. Medians go to
benchmarks/out/xlsx.json.
``--profile`` profiles one read of the workbook with cProfile instead.
"""

from __future__ import annotations

import argparse
import cProfile
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from common import OUT, ROOT, profile_report, table, write_json

# Measure this checkout's package, not whichever one the interpreter has installed.
sys.path.insert(0, str(ROOT))

from bench_import import PHASES, timed_phases
from generate_catalogue import cached

from broker_app.catalogue import importer
from broker_app.catalogue.exporter import export_catalogue
from broker_app.store.database import Store


def cached_workbook(n: int, seed: int) -> Path:
    """The generated catalogue as the app exports it to .xlsx (made once, then cached)."""
    csv_path = cached(n, OUT, seed)
    path = OUT / f"catalogue-{n}-seed{seed}.xlsx"
    if path.exists() and path.stat().st_mtime >= csv_path.stat().st_mtime:
        return path
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-xlsx-") as folder:
        store = Store(Path(folder) / "source.sqlite")
        try:
            report = importer.import_catalogue(store, csv_path)
            if not report.written:
                raise SystemExit("the generated CSV did not import")
            export_catalogue(store, path)
        finally:
            store.close()
    print(f"workbook written: {path} in {time.perf_counter() - started:.1f} s")
    return path


def time_read(path: Path) -> float:
    """``read_file`` alone, as a caller outside the importer sees it (garbage collector on)."""
    started = time.perf_counter()
    sheet = importer.read_file(path)
    seconds = time.perf_counter() - started
    if sheet.broken:
        raise SystemExit(f"{path.name}: {len(sheet.broken)} rows unreadable")
    return seconds


def time_import(path: Path) -> dict[str, Any]:
    """A full ``import_catalogue`` into a fresh database, with its read/check/write phases."""
    with tempfile.TemporaryDirectory(prefix="bench-xlsx-") as folder:
        store = Store(Path(folder) / "bench.sqlite")
        try:
            with timed_phases() as phases:
                started = time.perf_counter()
                report = importer.import_catalogue(store, path)
                seconds = time.perf_counter() - started
        finally:
            store.close()
    if not report.written:
        errors = [p.render("en") for p in report.problems if p.is_error][:5]
        raise SystemExit(f"import refused: {errors}")
    return {"seconds": seconds, "rows": report.inserted, "phases": dict(phases)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="number of offerings")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=2, help="runs per measurement (median)")
    parser.add_argument("--no-csv", action="store_true", help="skip the CSV comparison")
    parser.add_argument("--profile", action="store_true", help="profile one XLSX read only")
    args = parser.parse_args(argv)

    xlsx_path = cached_workbook(args.n, args.seed)
    csv_path = cached(args.n, OUT, args.seed)
    print(f"code: {importer.__file__}")
    print(f"workbook: {xlsx_path} ({xlsx_path.stat().st_size / 1e6:.1f} MB)")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        seconds = time_read(xlsx_path)
        profiler.disable()
        print(profile_report(profiler, OUT / "xlsx-read.prof"))
        print(f"read (profiled): {seconds:.2f} s")
        return 0

    files = [("xlsx", xlsx_path)] + ([] if args.no_csv else [("csv", csv_path)])
    results: dict[str, dict[str, Any]] = {}
    for kind, path in files:
        reads = [time_read(path) for _ in range(args.runs)]
        imports = [time_import(path) for _ in range(args.runs)]
        phase = {
            label: round(statistics.median(r["phases"].get(label, 0.0) for r in imports), 3)
            for _, _, label in PHASES
        }
        results[kind] = {
            "bytes": path.stat().st_size,
            "read_alone_seconds": [round(s, 3) for s in reads],
            "import_seconds": [round(r["seconds"], 3) for r in imports],
            "read_alone_median": round(statistics.median(reads), 3),
            "import_median": round(statistics.median(r["seconds"] for r in imports), 3),
            "import_phases_median": phase,
            "rows": imports[0]["rows"],
        }
    rows = [
        [
            kind,
            f"{r['bytes'] / 1e6:.1f}",
            f"{r['read_alone_median']:.2f}",
            f"{r['import_median']:.2f}",
            *(f"{r['import_phases_median'][label]:.2f}" for _, _, label in PHASES),
            f"{r['rows'] / r['import_median']:,.0f}",
        ]
        for kind, r in results.items()
    ]
    print()
    print(
        table(
            ["file", "MB", "read alone s", "import s", "read s", "check s", "write s", "rows/s"],
            rows,
        )
    )
    ratio = results["xlsx"]["import_median"] / results["csv"]["import_median"]
    print(
        f"\n{args.n:,} offerings, median of {args.runs} runs; "
        f"XLSX import takes {ratio:.1f}x the CSV import (no goal of its own; CSV's is 20 s)"
    )
    path = write_json(
        "xlsx.json",
        {"n": args.n, "seed": args.seed, "runs": args.runs,
         **results},
    )  # fmt: skip
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
