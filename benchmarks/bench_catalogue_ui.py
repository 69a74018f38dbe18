"""Responsiveness of the "Aanbod" page with 100,000 offerings: the longest GUI-thread stall.

Run:  python benchmarks/bench_catalogue_ui.py [--n 100000] [--db FILE] [--scroll-pages 100]

A QTimer beats every 5 ms on the GUI thread; whenever a beat comes late, the window was frozen
for that long (the gap minus 5 ms). The script opens the window on the page and, in turn, types
a search word key by key, ticks and unticks facets, sets a price range and a start window, and
scrolls the table to its end (each page is fetched as the view asks for it). For every phase it
prints the longest stall, the stalls over 50 ms and how long the answer took. The goal: no
stall over 100 ms. Results go to benchmarks/out/catalogue_ui.json.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import table, write_json

HEARTBEAT_MS = 5


class Heartbeat:
    """Records how late each beat of a fast timer came: a late beat is a frozen window."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.gaps: list[float] = []

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(max(0.0, (now - self.last) * 1000 - HEARTBEAT_MS))
        self.last = now

    def take(self) -> list[float]:
        gaps, self.gaps = self.gaps, []
        return gaps


def spin(app, condition: Callable[[], bool], timeout_s: float = 900.0) -> float:
    """Run the event loop until ``condition`` holds; returns the seconds it took."""
    started = time.perf_counter()
    while not condition():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - started > timeout_s:
            raise TimeoutError("no answer within the timeout")
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="an existing catalogue database to use")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--scroll-pages",
        type=int,
        default=100,
        help="stop scrolling after this many pages of 200 (0: to the very end, minutes: the "
        "pages are chosen with OFFSET, about 150 ms each deep in 100,000 rows)",
    )
    args = parser.parse_args(argv)

    from PySide6.QtCore import QDate, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from broker_app.store.database import Store
    from broker_app.ui.main_window import MainWindow
    from broker_app.ui.views.partials.catalogue_facets import tick

    if args.db:
        path = args.db
    else:
        from bench_search import database

        path = database(args.n, args.seed, rebuild=False)
    app = QApplication.instance() or QApplication([])
    store = Store(path)
    settings = QSettings(str(Path("/tmp") / "bench_catalogue_ui.ini"), QSettings.Format.IniFormat)
    settings.clear()
    beat = Heartbeat()
    results: list[dict[str, object]] = []

    window = MainWindow(store, "nl", settings)
    window.resize(1400, 860)
    window.show()
    page = window.catalogue_page
    model = page.model
    facets_done = {"count": 0}
    original = page.facets.set_counts

    def counted(counts) -> None:
        facets_done["count"] += 1
        original(counts)

    page.facets.set_counts = counted  # type: ignore[method-assign]

    def idle() -> bool:
        busy = model.loading or page._facets_in_flight or page._search_timer.isActive()
        return not busy

    def phase(name: str, action: Callable[[], None], done: Callable[[], bool]) -> None:
        beat.take()
        started = time.perf_counter()
        action()
        spin(app, done)
        seconds = time.perf_counter() - started
        gaps = beat.take()
        results.append(
            {
                "phase": name,
                "answer_ms": round(seconds * 1000),
                "max_stall_ms": round(max(gaps, default=0.0), 1),
                "stalls_over_50ms": sum(1 for g in gaps if g > 50),
                "stalls_over_100ms": sum(1 for g in gaps if g > 100),
                "rows": model.rowCount(),
                "matching": model.matching_count,
            }
        )

    beat.start()
    before = facets_done["count"]
    phase(
        "open page (first page + facet counts)",
        lambda: window.show_page("catalogue"),
        lambda: idle() and facets_done["count"] > before,
    )

    # Typing: one key every 120 ms (a quick typist), then the answer.
    word = "zorgplan"
    typed = {"n": 0}

    def type_next() -> None:
        if typed["n"] < len(word):
            page.search_edit.setText(word[: typed["n"] + 1])
            typed["n"] += 1
            QTimer.singleShot(120, type_next)

    before = facets_done["count"]
    phase(
        "type 'zorgplan' key by key",
        type_next,
        lambda: typed["n"] == len(word) and idle() and facets_done["count"] > before,
    )
    before = facets_done["count"]
    phase(
        "clear the search",
        page.search_edit.clear,
        lambda: idle() and facets_done["count"] > before and model.matching_count == args.n,
    )

    def facet_step(name: str, facet: str, code: str, on: bool = True) -> None:
        before = facets_done["count"]

        def act() -> None:
            tick(page.facets, facet, code, on)

        phase(
            name,
            act,
            lambda: not page._facet_timer.isActive() and idle() and facets_done["count"] > before,
        )

    facet_step("tick type 'cursus'", "types", "cursus")
    facet_step("tick delivery 'online'", "deliveries", "online")
    facet_step("tick level 'mbo-3'", "levels", "mbo-3")
    facet_step("tick credential 'certificaat'", "credentials", "certificaat")
    before = facets_done["count"]
    phase(
        "price range 250-1.000",
        lambda: page.facets.set_price_range("250", "1.000"),
        lambda: not page._facet_timer.isActive() and idle() and facets_done["count"] > before,
    )
    before = facets_done["count"]
    phase(
        "start window March-April 2027",
        lambda: page.facets.set_start_window(QDate(2027, 3, 1), QDate(2027, 4, 30)),
        lambda: not page._facet_timer.isActive() and idle() and facets_done["count"] > before,
    )
    before = facets_done["count"]
    phase(
        "Filters wissen",
        page.clear_filters,
        lambda: idle() and facets_done["count"] > before and model.matching_count == args.n,
    )

    # Scroll to the end: the view asks for the next page when its last row comes into view.
    limit = args.scroll_pages or 10**9
    target = min(model.matching_count, limit * 200)
    scroll_state = {"last": -1}

    def keep_scrolling() -> bool:
        if model.rowCount() != scroll_state["last"]:
            scroll_state["last"] = model.rowCount()
            page.table.scrollToBottom()
        return model.rowCount() >= target

    phase(
        f"scroll to the end ({target:,} rows)",
        lambda: page.table.scrollToBottom(),
        keep_scrolling,
    )

    beat.stop()
    window.close()
    window.context.tasks.pool.waitForDone(10_000)
    store.close()

    header = ["phase", "answer ms", "max stall ms", "stalls >50 ms", ">100 ms", "rows", "matching"]
    rows = [
        [
            r["phase"],
            r["answer_ms"],
            r["max_stall_ms"],
            r["stalls_over_50ms"],
            r["stalls_over_100ms"],
            r["rows"],
            r["matching"],
        ]
        for r in results
    ]
    print(table(header, rows))
    worst = max(float(r["max_stall_ms"]) for r in results)  # type: ignore[arg-type]
    print(f"\nlongest GUI-thread stall: {worst:.1f} ms (goal: under 100 ms)")
    out = write_json("catalogue_ui.json", {"n": args.n, "phases": results, "worst_ms": worst})
    print(f"written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
