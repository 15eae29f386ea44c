"""Export benchmark: a 100,000-word brief with 1,000 citations to PDF and to DOCX.

Targets: PDF under 1.5 s, DOCX under 0.7 s (for scale: pandoc takes about 1.5 s for a DOCX of
that size, LibreOffice about 4.6 s for DOCX→PDF). Each format runs in its own interpreter, so
the peak memory reported (operating system's count, and tracemalloc's Python-heap peak) is its own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import asdict
from pathlib import Path

from harness import Row, format_table, peak_rss_mb, timed  # also puts src/ on sys.path

# isort: split
from generate import make_brief

from briefing.compose import compose
from briefing.templating.model import MarkingScheme, SectionSpec, Template
from briefing.writers import docx as docx_writer
from briefing.writers import pdf as pdf_writer

TARGETS = {"pdf": "< 1.5 s", "docx": "< 0.7 s"}


def template() -> Template:
    return Template(id="bench", name="Benchmark", marking=MarkingScheme(), sections=[
        SectionSpec("summary", "Bottom line", "prose"), SectionSpec("actors", "Key actors", "actors"),
        SectionSpec("questions", "Open questions", "questions"), SectionSpec("caveats", "Caveats", "caveats"),
        SectionSpec("judgments", "Key judgments", "judgments"), SectionSpec("sources", "Sources", "sources")])


def measure(fmt: str, quick: bool) -> list[Row]:
    words, citations = (10_000, 100) if quick else (100_000, 1_000)
    runs = 1 if quick else 3
    brief = make_brief(words, citations, 50)
    tmpl = template()
    write = pdf_writer.write if fmt == "pdf" else docx_writer.write
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"bench.{fmt}"
        compose_median, compose_spread = timed(lambda: compose(brief, tmpl), runs)
        document = compose(brief, tmpl)
        median, spread = timed(lambda: write(document, out, None), runs, warmup=1)
        cpu_start = time.process_time()
        write(document, out, None)
        cpu = time.process_time() - cpu_start  # the machine may be shared: CPU time shows the work itself
        tracemalloc.start()
        write(document, out, None)
        _, heap_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        size = out.stat().st_size
    case = f"{words // 1000}k words, {citations} citations"
    return [
        Row("export", f"compose ({case})", compose_median, compose_spread, runs),
        Row("export", f"{fmt.upper()} write ({case})", median, spread, runs, peak_rss_mb(), TARGETS[fmt],
            f"CPU {cpu:.2f} s; {size / 1e6:.1f} MB file; Python heap peak {heap_peak / 2**20:.0f} MB"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--case", choices=["pdf", "docx"])
    args = parser.parse_args()
    if args.case:
        for row in measure(args.case, args.quick):
            print(json.dumps(asdict(row)), flush=True)
        return 0
    rows: list[Row] = []
    for fmt in ("pdf", "docx"):
        argv = [sys.executable, __file__, "--case", fmt] + (["--quick"] if args.quick else [])
        output = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
        rows.extend(Row(**json.loads(line)) for line in output.splitlines() if line.startswith("{"))
    if args.json:
        for row in rows:
            print(json.dumps(asdict(row)), flush=True)
    else:
        print(format_table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
