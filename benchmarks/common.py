"""Helpers shared by the benchmark scripts: output folder, machine facts, tables, JSON, profiles."""

from __future__ import annotations

import cProfile
import hashlib
import io
import json
import math
import os
import platform
import pstats
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
# What a benchmark database depends on: rebuild it when one of these is newer.
INDEX_SOURCES = (
    ROOT / "db" / "migrations",
    ROOT / "broker_app" / "domain" / "text.py",
    ROOT / "broker_app" / "store" / "catalogue.py",
)


def git_state() -> str:
    """The commit measured; ``+dirty:<diff hash>`` when package or schema have local edits."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        diff = subprocess.run(
            ["git", "diff", "HEAD", "--", "broker_app", "db"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (f"+dirty:{hashlib.sha1(diff).hexdigest()[:8]}" if diff.strip() else "")


def newest_source() -> float:
    """Modification time of the newest file the search index depends on."""
    times = [0.0]
    for source in INDEX_SOURCES:
        files = source.glob("*.sql") if source.is_dir() else [source]
        times += [f.stat().st_mtime for f in files if f.exists()]
    return max(times)


def machine() -> dict[str, object]:
    """What the figures were measured on."""
    return {
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "code": git_state(),
    }


def write_json(name: str, data: dict[str, object]) -> Path:
    """Write ``data`` with the machine facts to ``benchmarks/out/<name>``."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    path.write_text(
        json.dumps({"machine": machine(), **data}, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return path


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain text table, first column left-aligned, the others right-aligned."""
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        parts = [
            row[0].ljust(widths[0]),
            *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)),
        ]
        lines.append("  ".join(parts))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def profile_report(profiler: cProfile.Profile, path: Path, limit: int = 25) -> str:
    """Save the raw profile to ``path`` and return the top functions by own and total time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(str(path))
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text).strip_dirs()
    stats.sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    return text.getvalue()


def percentile(sorted_values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return 0.0
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def summary(ms: Sequence[float]) -> dict[str, float]:
    """p50, p95, p99, max and mean of the timings."""
    ordered = sorted(ms)
    return {
        "p50": round(percentile(ordered, 50), 2),
        "p95": round(percentile(ordered, 95), 2),
        "p99": round(percentile(ordered, 99), 2),
        "max": round(ordered[-1], 2),
        "mean": round(sum(ordered) / len(ordered), 2),
    }
