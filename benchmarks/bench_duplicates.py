"""Likely duplicates over a 100,000-offering catalogue, with and without rapidfuzz's AVX2 copies.

Run:  python benchmarks/bench_duplicates.py [--n 100000] [--runs 3]

rapidfuzz ships each routine twice: plain and built for AVX2 processors (5.3 MB of the desktop
bundle). This times ``catalogue.duplicates.find_duplicates`` in a fresh process per run, once as
installed and once with the AVX2 modules blocked (rapidfuzz then falls back to the plain ones,
as in the bundle, which leaves them out). The database is bench_search.py's. Results go to
benchmarks/out/duplicates.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from bench_search import database
from common import ROOT, table, write_json

AVX2_MODULES = ("rapidfuzz.fuzz_cpp_avx2", "rapidfuzz.distance.metrics_cpp_avx2")

# Runs in a fresh interpreter, so that blocking modules affects nothing else.
ONE_RUN = """
import json, sys, time
if sys.argv[2] == "plain":
    for name in {blocked!r}:
        sys.modules[name] = None  # import fails: rapidfuzz falls back to the plain module
from rapidfuzz import fuzz
from broker_app.catalogue.duplicates import find_duplicates
from broker_app.store.database import Store
store = Store(sys.argv[1])
started = time.perf_counter()
pairs = find_duplicates(store)
print(json.dumps({{"s": time.perf_counter() - started, "pairs": len(pairs),
                  "module": fuzz.ratio.__module__}}))
"""


def one_run(path: Path, variant: str) -> dict:
    code = ONE_RUN.format(blocked=AVX2_MODULES)
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), variant],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = database(args.n, args.seed, rebuild=False)
    results: dict[str, list[dict]] = {"as installed": [], "plain (as bundled)": []}
    for _ in range(args.runs):  # interleaved, so that a busy moment hits both
        results["as installed"].append(one_run(path, "installed"))
        results["plain (as bundled)"].append(one_run(path, "plain"))
    rows = []
    for variant, runs in results.items():
        seconds = sorted(r["s"] for r in runs)
        rows.append([variant, runs[0]["module"], runs[0]["pairs"], f"{seconds[0]:.2f}",
                     f"{seconds[len(seconds) // 2]:.2f}", f"{seconds[-1]:.2f}"])  # fmt: skip
    print(f"find_duplicates over {args.n:,} offerings, {args.runs} runs each")
    print(table(["variant", "rapidfuzz module", "pairs", "min s", "median s", "max s"], rows))
    write_json("duplicates.json", {"n": args.n, "runs": results})


if __name__ == "__main__":
    main()
