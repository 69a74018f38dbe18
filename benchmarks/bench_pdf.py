"""PDF speed: a proposal of about five pages, rendered again and again.

Run:  python benchmarks/bench_pdf.py [--runs 30] [--lines 8]

Goal: under 150 ms per PDF. The snapshot is built here (8 offerings with full details: five
pages), the way `proposals.service.send` freezes one; only `render_pdf` is timed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from common import summary, table, write_json
from pypdf import PdfReader

from broker_app.proposals.pdf import render_pdf

GOAL_MS = 150.0
DESCRIPTION = (
    "Deelnemers leren in deze opleiding de vaardigheden die zij direct in hun werk toepassen. "
    "De lessen wisselen theorie af met oefeningen uit de eigen praktijk, en elke bijeenkomst "
    "sluit af met een opdracht voor op de werkvloer. "
)


def snapshot(lines: int = 12) -> dict:
    """A sent proposal with ``lines`` offerings, each with description, outcomes and dates."""
    rows = []
    for i in range(lines):
        rows.append({
            "kind": "offering", "title": f"Leidinggeven in de praktijk, deel {i + 1}",
            "provider": "ROC Midden", "participants": 8, "price_cents": 125050 + 1000 * i,
            "group_price_cents": None, "discount_cents": 0,
            "vat": "0" if i % 3 else "21", "vat_reason": "exempt_funded" if i % 3 else "standard",
            "offering": {
                "code": f"LP-{i}", "title": f"Leidinggeven in de praktijk, deel {i + 1}",
                "provider": "ROC Midden", "type": "module", "level": "mbo-4",
                "description": DESCRIPTION * 3, "hours": 40, "delivery": ["klassikaal"],
                "outcomes": ["feedback geven", "een team motiveren", "gesprekken voeren"],
                "city": "Zwolle", "start_dates": ["2027-02-01", "2027-09-06"],
                "continuous_intake": False, "credential": "certificaat",
            },
        })  # fmt: skip
    return {
        "snapshot_version": 1, "number": "2027-0042", "version": 1, "title": "Leiderschap",
        "language": "nl", "sent_on": "2027-01-12", "valid_until": "2027-02-11",
        "client": {"name": "Thuiszorg De Vecht", "city": "Zwolle"}, "lines": rows,
        "totals": {"excl_cents": 0, "vat_cents": 0, "incl_cents": 0, "complete": True},
    }  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--lines", type=int, default=8)
    args = parser.parse_args(argv)
    data = snapshot(args.lines)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "voorstel.pdf"
        render_pdf(data, out)  # warm up: fonts registered, modules loaded
        pages = len(PdfReader(out).pages)
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            render_pdf(data, out)
            times.append((time.perf_counter() - started) * 1000)
    stats = summary(times)
    print(f"{args.lines} offerings, {pages} pages, {args.runs} runs\n")
    row = ("render_pdf", stats["p50"], stats["p95"], stats["max"], stats["mean"])
    print(table(("ms", "p50", "p95", "max", "mean"), [row]))
    verdict = "OK" if stats["p50"] < GOAL_MS else "SLOWER THAN GOAL"
    print(f"\ngoal < {GOAL_MS:.0f} ms per PDF: {verdict}")
    path = write_json("pdf.json", {"lines": args.lines, "pages": pages, "runs": args.runs,
                                   "goal_ms": GOAL_MS, "results": stats})  # fmt: skip
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
