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


def run_process(argv: list[str], runs: int, env: dict[str, str] | None = None, warmup: int = 0,
                cwd: Path | None = None) -> tuple[float, float, float, float]:
    """Whole-process timing: median, spread, the largest peak memory (MB) of the child and its median CPU
    time (user + system, seconds: on a shared machine, the work itself) over `runs` runs.

    Each child's own peak comes from `os.wait4`, so earlier children (or this process) never colour it.
    """
    samples, cpu = [], []
    peak = 0.0
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(SRC) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env or {})
    for number in range(warmup + runs):
        start = time.perf_counter()
        child = subprocess.Popen(argv, env=full_env, cwd=cwd, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)
        assert child.stderr is not None
        errors = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - start
        child.stderr.close()
        if child.returncode != 0:
            last = (errors.decode(errors="replace").strip().splitlines() or ["no message"])[-1]
            raise RuntimeError(f"{Path(argv[0]).name} exited with {child.returncode}: {last}")
        if number >= warmup:
            samples.append(elapsed)
            cpu.append(usage.ru_utime + usage.ru_stime)
            peak = max(peak, usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024)
    return statistics.median(samples), max(samples) - min(samples), peak, statistics.median(cpu)


def isolated(script: Path, case: str, quick: bool, *extra: str) -> list[Row]:
    """Run one case of a script (`--case CASE`) in a fresh interpreter, so its peak memory is its own."""
    argv = [sys.executable, str(script), "--json", "--case", case, *extra] + (["--quick"] if quick else [])
    result = subprocess.run(argv, check=False, capture_output=True, text=True)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["failed"])[-1]
        raise RuntimeError(f"{script.name} --case {case}: {last}")
    return [Row(**json.loads(line)) for line in result.stdout.splitlines() if line.startswith("{")]


def parse_args(description: str) -> argparse.Namespace:
    """The options every script takes; `--case` runs one case alone (see `isolated`)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="small sizes and few runs, for development")
    parser.add_argument("--json", action="store_true", help="print one JSON object per row (used by run.py)")
    parser.add_argument("--case", help="run this one case only (used to measure it in its own process)")
    parser.add_argument("--arg", action="append", default=[], help="an argument of the case")
    return parser.parse_args()


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
