"""Run every benchmark script and print one table; with --record, append it to RESULTS.md.

Usage: python benchmarks/run.py [--quick] [--only NAME] [--record]

Each `bench_*.py` beside this file measures one area and prints JSON rows with `--json`
(see harness.py). Scripts run one after another in their own interpreter so that neither
their imports nor their memory colour the others' figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import REPO, Row, format_table  # noqa: E402


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    system = f"{platform.system()} {platform.machine()}"
    return f"{os.cpu_count()} cores, {memory:.0f} GiB, {system}, Python {platform.python_version()}"


def commit() -> str:
    """The short hash of HEAD, marked `+changes` when the checkout differs from it (figures of uncommitted code)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                                 capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + (" +changes" if changed else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, few runs (under a minute)")
    parser.add_argument("--only", action="append", default=[], help="run only bench_NAME.py (repeatable)")
    parser.add_argument("--record", action="store_true", help="append the table to benchmarks/RESULTS.md")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in args.only]
    rows: list[Row] = []
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    for script in scripts:
        argv = [sys.executable, str(script), "--json"] + (["--quick"] if args.quick else [])
        print(f"running {script.name} …", file=sys.stderr, flush=True)
        script_started = time.perf_counter()
        result = subprocess.run(argv, check=False, capture_output=True, text=True, cwd=REPO)
        print(f"  {script.name}: {time.perf_counter() - script_started:.0f} s", file=sys.stderr, flush=True)
        for line in result.stdout.splitlines():
            if line.startswith("{"):
                rows.append(Row(**json.loads(line)))
        if result.returncode != 0:
            reason = (result.stderr.strip().splitlines() or ["failed"])[-1]
            rows.append(Row(script.stem.removeprefix("bench_"), "FAILED", 0.0, 0.0, 0, None, "", reason[:80]))
    table = format_table(rows)
    print(table)
    load = f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after (1 min)"
    print(f"\n{len(rows)} rows in {time.perf_counter() - started:.0f} s; {load}", file=sys.stderr)
    if args.record:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        mode = " (quick)" if args.quick else ""
        with (HERE / "RESULTS.md").open("a", encoding="utf-8") as out:
            out.write(f"\n## {stamp}{mode} — commit {commit()}\n\n{machine()}; {load}; "
                      f"{time.perf_counter() - started:.0f} s in all\n\n{table}\n")
    return 1 if any(r.case == "FAILED" for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
