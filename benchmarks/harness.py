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
import tempfile
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


# A small launcher between us and each measured command. A child's peak memory as the kernel counts
# it starts from the memory of the process it was forked from, so a child forked straight from a
# benchmark holding a large brief would be charged for that brief; forked from this small launcher,
# it is charged for itself. The launcher also times the child, so its own start-up is not counted.
_LAUNCHER = """
import os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - started
sys.stderr.write(f"\\n@@measured {elapsed} {usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def launch(argv: list[str], env: dict[str, str] | None = None, cwd: Path | None = None,
            capture: bool = False) -> tuple[str, float, float, float]:
    """Run `argv` through the launcher: its stdout (if `capture`), wall seconds, peak MB and CPU seconds."""
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(SRC) + os.pathsep + full_env.get("PYTHONPATH", "")
    full_env.update(env or {})
    result = subprocess.run([sys.executable, "-S", "-c", _LAUNCHER, *argv], env=full_env, cwd=cwd, text=True,
                            stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=subprocess.PIPE,
                            check=False)
    lines = result.stderr.strip().splitlines()
    if result.returncode != 0 or not lines or not lines[-1].startswith("@@measured "):
        last = next((line for line in reversed(lines) if line.strip() and not line.startswith("@@")), "failed")
        raise RuntimeError(f"{Path(argv[0]).name} exited with {result.returncode}: {last}")
    _, wall, peak, cpu = lines[-1].split()
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return result.stdout or "", float(wall), int(peak) / scale, float(cpu)


def run_process(argv: list[str], runs: int, env: dict[str, str] | None = None, warmup: int = 0,
                cwd: Path | None = None) -> tuple[float, float, float, float]:
    """Whole-process timing: median, spread, the largest peak memory (MB) of the child and its median CPU
    time (user + system, seconds: on a shared machine, the work itself) over `runs` runs."""
    samples, cpu = [], []
    peak = 0.0
    for number in range(warmup + runs):
        _, wall, child_peak, child_cpu = launch(argv, env, cwd)
        if number >= warmup:
            samples.append(wall)
            cpu.append(child_cpu)
            peak = max(peak, child_peak)
    return statistics.median(samples), max(samples) - min(samples), peak, statistics.median(cpu)


def isolated(script: Path, case: str, quick: bool, *extra: str) -> list[Row]:
    """Run one case of a script (`--case CASE`) in a fresh interpreter, so its peak memory is its own
    (rows that report a peak get the child's, as the operating system counted it)."""
    argv = [sys.executable, str(script), "--json", "--case", case, *extra] + (["--quick"] if quick else [])
    out, _, peak, _ = launch(argv, capture=True)
    rows = [Row(**json.loads(line)) for line in out.splitlines() if line.startswith("{")]
    for row in rows:
        if row.peak_mb is not None:
            row.peak_mb = peak
    return rows


def cli_analyze_rows(case: str, articles: list[str], counts: tuple[int, ...], quick: bool,
                     targets: dict[int, str]) -> list[Row]:
    """`briefing analyze --json FILE…` as a user runs it, on the first COUNT articles written to files:
    interpreter start, imports, reading the files, the analysis and the output, one row per count (with the
    target `targets` gives that count, if any)."""
    rows = []
    with tempfile.TemporaryDirectory() as name:
        paths = []
        for number, article in enumerate(articles[:max(counts)]):
            path = Path(name) / f"article-{number:03}.txt"
            path.write_text(article, encoding="utf-8")
            paths.append(str(path))
        for count in counts:
            argv = [sys.executable, "-m", "briefing", "analyze", "--json", *paths[:count]]
            runs = 1 if quick else 3
            median, spread, peak, cpu = run_process(argv, runs, warmup=0 if quick else 1)
            label = "one article" if count == 1 else f"{count} articles"
            rows.append(Row(case, f"CLI `briefing analyze` {label}", median, spread, runs, peak, targets.get(count, ""),
                            f"whole process; CPU {cpu:.2f} s (all its processes)"))
    return rows


def workers_row(case: str, articles: list[str], runs: int) -> Row:
    """The analysis of `articles` in this process with its sources read on every core it may use, as
    `briefing analyze` reads them (`briefing.analysis.reading`)."""
    from briefing.analysis import analyze_texts
    from briefing.analysis.reading import available_workers

    workers = available_workers()
    median, spread = timed(lambda: analyze_texts(articles, workers=workers), runs)
    return Row(case, f"{len(articles)} articles, read in {workers} processes", median, spread, runs, None,
               "< 3 s" if len(articles) == 200 else "", "forked workers read the sources; this process joins them")


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
