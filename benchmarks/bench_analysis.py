"""Benchmark `briefing.analysis`: 200 generated news articles (~150,000 words) and one article.

Targets: the whole set under 3 s, one article under 50 ms. Run from a checkout:
    python benchmarks/bench_analysis.py [--quick] [--json]     (or: python benchmarks/run.py --only analysis)
CPU time is reported beside the wall-clock median: on a shared machine the wall clock also
measures the neighbours.
The articles are generated (seeded, so every run sees the same text) from the project's own
development corpus: its paragraphs are shuffled across stories and its names varied, so the
rules meet realistic sentences rather than a repeated block.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import REPO, Row, cli_analyze_rows, parse_args, peak_rss_mb, report, timed, workers_row

from briefing.analysis import analyze_texts

ROOT = REPO

CORPUS = ROOT / "tests" / "analysis" / "corpus" / "dev"
GIVEN = ["Amina", "Jonas", "Keiko", "Rafael", "Olena", "Tariq", "Ingrid", "Kwabena", "Mei", "Dmitri", "Lucía",
         "Arjun", "Fatou", "Henrik", "Yusuf", "Chiara"]
FAMILY = ["Okafor", "Lindqvist", "Tanaka", "Moreno", "Kovalenko", "Haddad", "Berg", "Mensah", "Chen", "Volkov",
          "Ferreira", "Iyer", "Diop", "Aasland", "Demir", "Russo"]


def generate(count: int, words_per_article: int = 750, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        paragraphs.extend(b for b in blocks[1:] if len(b.split()) > 12)
    articles = []
    for number in range(count):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        parts = [f"Story {number}: talks resume as {name} weighs options", ""]
        total = 0
        while total < words_per_article:
            paragraph = rng.choice(paragraphs)
            if rng.random() < 0.3:
                paragraph = f"{name}, a senior adviser to the minister, said the plan was on track. " + paragraph
            parts.extend([paragraph, ""])
            total += len(paragraph.split())
        articles.append("\n".join(parts))
    return articles


def _cpu(fn: Callable[[], object]) -> float:
    started = time.process_time()
    fn()
    return time.process_time() - started


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    sizes = (1, 3, 10) if args.quick else (1, 20, 200)
    runs = 2 if args.quick else 5
    articles = generate(sizes[-1])
    analyze_texts(articles[:2])  # warm up the regular-expression cache
    rows: list[Row] = []
    per_word: list[float] = []
    for count in sizes:  # the same articles at three sizes: the time per word shows how the cost grows
        chosen = articles[:count]
        words = sum(len(a.split()) for a in chosen)
        repeat = runs * 10 if count == 1 else runs
        median, spread = timed(partial(analyze_texts, chosen), repeat)
        cpu = statistics.median(_cpu(partial(analyze_texts, chosen)) for _ in range(3))
        per_word.append(median / words)
        name = "one article" if count == 1 else f"{count} articles"
        target = "< 50 ms" if count == 1 else ("< 3 s" if count == 200 else "")
        rows.append(Row("analysis", f"{name}, {words:,} words", median, spread, repeat,
                        peak_rss_mb() if count == sizes[-1] else None, target + (", < 500 MB" if count == 200 else ""),
                        f"CPU {cpu * 1000:.1f} ms; {median / words * 1e6:.1f} µs/word"))
    rows.append(Row("analysis", f"growth 1 → {sizes[-1]} articles", rows[-1].median_s, rows[-1].spread_s,
                    rows[-1].runs, None, "≈ linear",
                    f"time per word ×{per_word[1] / per_word[0]:.2f} then ×{per_word[2] / per_word[1]:.2f} "
                    "from size to size (1 = linear)"))
    rows.append(workers_row("analysis", articles, runs))
    rows.extend(cli_analyze_rows("analysis", articles, (1, sizes[-1]), args.quick,
                                 {1: "< 500 MB", sizes[-1]: "< 500 MB"}))
    report(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
