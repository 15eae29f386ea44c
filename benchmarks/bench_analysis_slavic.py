"""Benchmark `briefing.analysis` on Russian and Ukrainian: 200 generated articles and one article.

Targets (as for English): one article under 50 ms, 200 articles under 3 s, peak memory under 300 MB.
Run from a checkout:
    python benchmarks/bench_analysis_slavic.py [--quick] [--json]
    (or: python benchmarks/run.py --only analysis_slavic)
The articles are built (seeded) from the paragraphs of the project's own Russian and Ukrainian test
texts, shuffled across stories, with a sentence naming a varied person in varied grammatical cases,
so names, roles, merging and caveats all meet fresh words. Loading pymorphy3's two dictionaries
(~0.5 s, once per process) is reported on its own row; the article rows are measured after it.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import REPO, Row, cli_analyze_rows, parse_args, peak_rss_mb, report, timed, workers_row

CORPUS = REPO / "tests" / "analysis" / "corpus" / "slavic"
PEOPLE = {
    "ru": (["Андрей", "Марина", "Геннадий", "Ольга", "Тимур", "Светлана", "Игорь", "Вера"],
           ["Воронцов", "Белозерская", "Карпенко", "Лисицына", "Дорохов", "Мельникова", "Сухарев", "Греков"],
           "{name}, советник министра финансов, заявил, что план выполняется. По словам {genitive}, "
           "источник в министерстве якобы подтвердил сроки. "),
    "uk": (["Андрій", "Марина", "Тарас", "Ольга", "Остап", "Світлана", "Ігор", "Віра"],
           ["Ворона", "Білозерська", "Карпенко", "Лисиченко", "Дорошенко", "Мельничук", "Сухоребрий", "Гречко"],
           "{name}, радник міністра фінансів, заявив, що план виконується. За словами {genitive}, "
           "джерело в міністерстві нібито підтвердило терміни. "),
}


def _genitive(surname: str, language: str) -> str:
    from briefing.analysis.slavic.morph import analyzer

    parse = analyzer(language).parse(surname)[0]
    inflected = parse.inflect({"gent"})
    word = inflected.word if inflected is not None else surname
    return word[:1].upper() + word[1:]


def generate(count: int, words_per_article: int = 750, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    paragraphs: dict[str, list[str]] = {"ru": [], "uk": []}
    for path in sorted(CORPUS.glob("?01-*.txt")):  # the first two texts: later ones keep the series comparable
        language = "uk" if path.name.startswith("u") else "ru"
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        paragraphs[language].extend(b for b in blocks[1:] if len(b.split()) > 12)
    articles = []
    for number in range(count):
        language = "ru" if number % 2 == 0 else "uk"
        given, family, template = PEOPLE[language]
        surname = rng.choice(family)
        name = f"{rng.choice(given)} {surname}"
        parts = [f"Материал {number}" if language == "ru" else f"Матеріал {number}", ""]
        total = 0
        while total < words_per_article:
            paragraph = rng.choice(paragraphs[language])
            if rng.random() < 0.3:
                paragraph = template.format(name=name, genitive=_genitive(surname, language)) + paragraph
            parts.extend([paragraph, ""])
            total += len(paragraph.split())
        articles.append("\n".join(parts))
    return articles


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    started = time.perf_counter()
    from briefing.analysis import analyze_texts
    from briefing.analysis.slavic.morph import analyzer

    analyzer("ru")
    analyzer("uk")
    load = time.perf_counter() - started
    sizes = (1, 3, 10) if args.quick else (1, 20, 200)
    runs = 2 if args.quick else 5
    articles = generate(sizes[-1])
    rows = [Row("analysis (ru/uk)", "load both dictionaries (once per process)", load, 0.0, 1, peak_rss_mb(),
                "", "pymorphy3 ru + uk")]
    analyze_texts(articles[:2])  # warm the caches of the first words and the regular expressions
    for count in sizes:
        chosen = articles[:count]
        words = sum(len(a.split()) for a in chosen)
        repeat = runs * 10 if count == 1 else runs
        median, spread = timed(partial(analyze_texts, chosen), repeat)
        cpu = statistics.median(_cpu(partial(analyze_texts, chosen)) for _ in range(3))
        name = "one article" if count == 1 else f"{count} articles"
        target = "< 50 ms" if count == 1 else ("< 3 s, < 300 MB" if count == 200 else "")
        rows.append(Row("analysis (ru/uk)", f"{name}, {words:,} words", median, spread, repeat,
                        peak_rss_mb() if count == sizes[-1] else None, target,
                        f"CPU {cpu * 1000:.1f} ms; {median / words * 1e6:.1f} µs/word"))
    # the whole process, dictionaries loaded and all: what `briefing analyze` costs a user
    rows.append(workers_row("analysis (ru/uk)", articles, runs))
    rows.extend(cli_analyze_rows("analysis (ru/uk)", articles, (1, sizes[-1]), args.quick,
                                 {1: "< 300 MB", 200: "< 3 s, < 300 MB"}))
    report(rows, args.json)
    return 0


def _cpu(fn: partial[object]) -> float:
    started = time.process_time()
    fn()
    return time.process_time() - started


if __name__ == "__main__":
    sys.exit(main())
