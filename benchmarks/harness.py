"""Shared measuring helpers for the benchmark scripts: timing with median and spread, peak memory, output.

Every `bench_*.py` script measures one area and calls `report(rows)`, which prints a table, or JSON
lines when run by `run.py` (`--json`), so the runner can gather one table for the whole product.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SRC = REPO / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))
if str(REPO / "benchmarks") not in sys.path:
    sys.path.insert(0, str(REPO / "benchmarks"))


@dataclass
class Row:
    area: str
    case: str
    median_s: float
    spread_s: float  # max - min over the runs
    runs: int
    peak_mb: float | None = None
    target: str = ""
    note: str = ""


def parse_args(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="small sizes and few runs, for development")
    parser.add_argument("--json", action="store_true", help="print one JSON object per row (used by run.py)")
    return parser.parse_args()


def timed(fn: Callable[[], object], runs: int, warmup: int = 0) -> tuple[float, float]:
    """Median and spread (max - min) of `runs` calls, in seconds."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), max(samples) - min(samples)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, as the operating system counts it."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_process(argv: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Whole-process timing: median, spread and the peak memory of the child (MB) over `runs` runs."""
    samples = []
    peak = 0.0
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(SRC) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env or {})
    for _ in range(runs):
        start = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run(argv, check=True, env=full_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        peak = max(peak, after / 1024, before / 1024)
    return statistics.median(samples), max(samples) - min(samples), peak


def isolated(script: Path, case: str, quick: bool) -> list[Row]:
    """Run one case of a script in a fresh interpreter, so its peak memory is its own."""
    argv = [sys.executable, str(script), "--json", "--case", case] + (["--quick"] if quick else [])
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    return [Row(**json.loads(line)) for line in out.splitlines() if line.startswith("{")]


def report(rows: list[Row], as_json: bool) -> None:
    if as_json:
        for row in rows:
            print(json.dumps(asdict(row)), flush=True)
        return
    print(format_table(rows))


def format_table(rows: list[Row]) -> str:
    header = ("area", "case", "median", "spread", "runs", "peak MB", "target", "note")
    lines = [header]
    for r in rows:
        lines.append((
            r.area, r.case, f"{r.median_s * 1000:.1f} ms" if r.median_s < 1 else f"{r.median_s:.2f} s",
            f"±{r.spread_s * 1000:.1f} ms" if r.spread_s < 1 else f"±{r.spread_s:.2f} s",
            str(r.runs), f"{r.peak_mb:.0f}" if r.peak_mb is not None else "", r.target, r.note,
        ))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = ["| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)) + " |" for line in lines]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)
