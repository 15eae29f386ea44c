"""Benchmark `briefing.analysis`: 200 generated news articles (~150,000 words) and one article.

Targets: the whole set under 3 s, one article under 50 ms. Run from a checkout:
    PYTHONPATH=src python benchmarks/bench_analysis.py [--articles 200] [--repeat 3]
The articles are generated (seeded, so every run sees the same text) from the project's own
development corpus: its paragraphs are shuffled across stories and its names varied, so the
rules meet realistic sentences rather than a repeated block.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from briefing.analysis import analyze_texts  # noqa: E402

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = generate(args.articles)
    words = sum(len(a.split()) for a in articles)
    analyze_texts(articles[:2])  # warm up regex caches
    # CPU time as well as wall time: on a shared machine the wall clock also measures the neighbours
    batch, batch_cpu = [], []
    for _ in range(args.repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        analyze_texts(articles)
        batch.append(time.perf_counter() - started)
        batch_cpu.append(time.process_time() - started_cpu)
    singles, singles_cpu = [], []
    for article in articles[:50]:
        started, started_cpu = time.perf_counter(), time.process_time()
        analyze_texts([article])
        singles.append(time.perf_counter() - started)
        singles_cpu.append(time.process_time() - started_cpu)
    print(f"{len(articles)} articles, {words} words: wall best {min(batch):.2f} s, CPU best {min(batch_cpu):.2f} s"
          f" (target < 3 s)")
    print(f"one article (~{words // len(articles)} words): wall median {statistics.median(singles) * 1000:.1f} ms, "
          f"CPU median {statistics.median(singles_cpu) * 1000:.1f} ms, CPU max {max(singles_cpu) * 1000:.1f} ms"
          f" (target < 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
