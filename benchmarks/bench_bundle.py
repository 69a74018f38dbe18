"""The desktop bundle (build.spec): its size, what takes the room, and how fast it starts.

Run after a build:  python benchmarks/bench_bundle.py [dist/broker-app] [--runs 5]

Size is the sum of the files (what a broker copies or unzips; symbolic links count as nothing),
in MB of 1,000,000 bytes, with the zipped size beside it (deflate level 9, how the folder is
handed out). Start: ``broker-app --version`` (bootloader, Python and the command line's imports)
and ``broker-app --self-test`` (16 steps, the window and all seven pages offscreen), each in a
fresh process from an empty folder. Results go to benchmarks/out/bundle.json.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

from common import ROOT, table, write_json

GOAL_MB = 150.0
EXE_NAME = "broker-app.exe" if sys.platform == "win32" else "broker-app"


def part_of(relative: str) -> str:
    """Which component a file of ``_internal/`` belongs to, for the breakdown."""
    parts = relative.split("/")
    name = parts[-1]
    if "icudata" in name or "icudt" in name:
        return "Qt: ICU data"
    if parts[0] in ("PySide6", "shiboken6") or name.startswith(("libQt6", "Qt6", "libicu")):
        return "Qt (PySide6)"
    if parts[0] in ("PIL", "pillow.libs"):
        return "Pillow"
    if parts[0] in ("rapidfuzz", "pypdfium2_raw", "pypdfium2", "babel", "reportlab"):
        return parts[0].removesuffix("_raw")
    if parts[0] in ("db", "reports", "resources"):
        return "the program's data"
    if parts[0].startswith("python3") or name.startswith(("base_library", "libpython", "python")):
        return "Python"
    if (len(parts) == 1 and ".so" in name) or name.endswith(".dll"):
        return "system libraries copied in"
    return "other"


def sizes(bundle: Path) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            relative = path.relative_to(bundle).as_posix()
            inner = relative.removeprefix("_internal/")
            totals[
                "the executable (Python code inside)" if inner == relative else part_of(inner)
            ] += path.stat().st_size
    return dict(totals)


def zipped_size(bundle: Path) -> int:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file() and not path.is_symlink():
                archive.write(path, path.relative_to(bundle.parent).as_posix())
    return buffer.tell()


def timed(exe: Path, args: list[str], runs: int) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    seconds = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as empty:
            started = time.perf_counter()
            subprocess.run([str(exe), *args], cwd=empty, env=env, check=True, capture_output=True)
            seconds.append(time.perf_counter() - started)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "broker-app"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bundle = Path(args.bundle).resolve()
    exe = bundle / EXE_NAME
    if not exe.is_file():
        raise SystemExit(f"no bundle at {bundle}: build it first (docs/building.md)")

    parts = sizes(bundle)
    total = sum(parts.values())
    rows = [
        [name, f"{size / 1e6:.1f}"] for name, size in sorted(parts.items(), key=lambda p: -p[1])
    ]
    rows.append(["total", f"{total / 1e6:.1f}"])
    print(table(["part", "MB"], rows))
    zipped = zipped_size(bundle)
    verdict = "under" if total / 1e6 < GOAL_MB else "OVER"
    print(f"\ntotal {total / 1e6:.1f} MB ({verdict} the goal of {GOAL_MB:.0f} MB), "
          f"zipped {zipped / 1e6:.1f} MB")  # fmt: skip

    version = timed(exe, ["--version"], args.runs)
    self_test = timed(exe, ["--self-test"], max(1, args.runs // 2))
    print(table(["start (fresh process)", "runs", "median s", "max s"], [
        ["--version", len(version), f"{statistics.median(version):.2f}", f"{max(version):.2f}"],
        ["--self-test", len(self_test), f"{statistics.median(self_test):.2f}",
         f"{max(self_test):.2f}"],
    ]))  # fmt: skip
    write_json("bundle.json", {
        "bundle": bundle.name, "bytes": total, "zipped_bytes": zipped, "parts": parts,
        "version_s": version, "self_test_s": self_test,
    })  # fmt: skip


if __name__ == "__main__":
    main()
