"""Cold start to a usable window, over a catalogue of 100,000 offerings.

Each run is a fresh process (interpreter, imports, Qt, the database, the main window) timed by
this script from spawn until the child reports that the window is shown and painted and its
first page (Overzicht) shows its figures, read in the background. The database is opened as
the window opens it (issue 7): ``PRAGMA quick_check`` in a thread while the window is built,
awaited before it shows. The daily
backup the window starts after it shows (once a day, in the background) is not part of this.
The same is measured for a bare QMainWindow, so the figure can be read as a ratio on any
machine.

    python benchmarks/bench_startup.py [--offerings 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_search import database
from benchmarks.common import table, write_json

GOAL_S = 1.5

_EMPTY = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1400, 860)
window.show()
app.processEvents()
window.grab()
print("ready", flush=True)
"""

_APP = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QSettings
from broker_app.store.startup import open_checked
from broker_app.ui.app import application, load_demo_when_empty
from broker_app.ui.main_window import MainWindow
app = application([])
opened = open_checked(Path(sys.argv[1]), create=True, check_in_background=True)
store, check = opened.store, opened.check  # quick_check beside the window, as the window does
load_demo_when_empty(store)
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(store, "nl", settings)
assert check is None or check.problems() == ["ok"]  # the window waits for it before it shows
window.show()
app.processEvents()
while window.context.tasks.busy:  # the first page's figures are read in the background
    app.processEvents()
    time.sleep(0.002)
app.processEvents()
window.grab()  # painted: every visible widget has drawn itself once, with its figures
print("ready", window.catalogue_page.counts()[1], flush=True)
store.close()
"""


def run_once(script: str, *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.wait(timeout=60)
    if not line.startswith("ready"):
        raise SystemExit(f"the child did not start: {line!r}")
    return elapsed, line.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--offerings", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    source = database(args.offerings, args.seed, rebuild=False)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "catalogue.sqlite"
        shutil.copy(source, db)
        run_once(_APP, str(db), str(Path(tmp) / "warm.ini"))  # migrations, page cache
        empty, app = [], []
        for run in range(args.runs):
            empty.append(run_once(_EMPTY)[0])
            seconds, line = run_once(_APP, str(db), str(Path(tmp) / f"run{run}.ini"))
            app.append(seconds)
        shown = line.split()[1]
    empty_median, app_median = statistics.median(empty), statistics.median(app)
    rows = [
        ["empty QMainWindow", f"{empty_median:.2f}", f"{max(empty):.2f}", ""],
        [f"Opleidingsmakelaar, {shown} offerings", f"{app_median:.2f}", f"{max(app):.2f}",
         f"{app_median / empty_median:.1f}×"],
    ]  # fmt: skip
    print(table(["cold start to a usable window", "median s", "max s", "ratio"], rows))
    print(f"goal: under {GOAL_S} s — {'met' if app_median < GOAL_S else 'NOT met'}")
    write_json(
        "startup.json",
        {
            "offerings": int(shown),
            "runs": args.runs,
            "empty_window_s": empty,
            "app_s": app,
            "empty_median_s": empty_median,
            "app_median_s": app_median,
            "ratio": app_median / empty_median,
            "goal_s": GOAL_S,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
