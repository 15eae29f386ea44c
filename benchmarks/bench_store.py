"""Benchmark of the .brief store: create, open, load, a one-item save, search; prints a table.

    PYTHONPATH=src python benchmarks/bench_store.py [--sources 1000] [--items 5000] [--kb 10]

The brief is generated (fictional text from a fixed word list, a tenth of it in Cyrillic
and a few sources in Chinese) so that runs are comparable from machine to machine.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefing.model import Brief, Citation, Item, Source
from briefing.store import BriefFile, search_sources

WORDS = [
    "ministry", "envoy", "draft", "plan", "council", "talks", "border", "ceasefire", "delegation",
    "official", "statement", "report", "agency", "minister", "spokesperson", "parliament", "vote",
    "sanctions", "convoy", "port", "grain", "shipment", "harbour", "province", "governor", "militia",
    "pipeline", "energy", "tariff", "summit", "communique", "observer", "mission", "election", "budget",
    "treaty", "accord", "negotiator", "capital", "region", "river", "bridge", "airport", "railway",
    "customs", "inspector",
]
CYRILLIC = [
    "министр", "переговоры", "граница", "делегация", "заявление", "доклад", "агентство", "парламент",
    "санкции", "порт",
]
CHINESE = "和平计划已送达基辅外交部发言人表示谈判将在下周继续举行"


def sentence(rng: random.Random, words: list[str]) -> str:
    chosen = [rng.choice(words) for _ in range(rng.randint(8, 20))]
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."


def source_text(rng: random.Random, index: int, size: int) -> str:
    if index % 100 == 7:
        return "".join(rng.choice(CHINESE) for _ in range(size // 3)) + "。"
    words = CYRILLIC if index % 10 == 3 else WORDS
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(sentence(rng, words) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def make_brief(sources: int, items: int, kb: int, seed: int = 1) -> Brief:
    rng = random.Random(seed)
    brief = Brief(title="Benchmark brief", author="Desk analyst", distribution=["Europe directorate"])
    for index in range(sources):
        text = source_text(rng, index, kb * 1000)
        brief.sources.append(Source(f"Report {index}: {sentence(rng, WORDS)}", text, id=f"s{index:05d}",
                                    publisher="Fictional Wire"))
    keys = ("summary", "actors", "questions", "caveats", "judgments")
    kinds = ("prose", "actor", "question", "caveat", "judgment")
    for index in range(items):
        section = index % len(keys)
        source = brief.sources[rng.randrange(sources)]
        start = rng.randrange(max(1, len(source.text) - 40))
        citation = Citation(source.id, start, start + 30, source.text[start:start + 30])
        item = Item(kind=kinds[section], text=sentence(rng, WORDS), citations=[citation],  # type: ignore[arg-type]
                    name=f"Actor {index}" if kinds[section] == "actor" else None)
        brief.section(keys[section]).items.append(item)
    return brief


def timed(function: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    results: list[float] = []
    value: object = None
    for _ in range(repeat):
        started = time.perf_counter()
        value = function()
        results.append(time.perf_counter() - started)
    return statistics.median(results), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--kb", type=int, default=10, help="kilobytes of text per source")
    options = parser.parse_args()

    rows: list[tuple[str, float]] = []
    started = time.perf_counter()
    brief = make_brief(options.sources, options.items, options.kb)
    text_mb = sum(len(s.text) for s in brief.sources) / 1e6
    rows.append(("generate the brief in memory", time.perf_counter() - started))

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.brief"
        seconds, opened = timed(lambda: BriefFile.create(path, brief))
        rows.append(("create (write everything, index sources)", seconds))
        assert isinstance(opened, BriefFile)
        opened.close()
        size_mb = path.stat().st_size / 1e6

        def open_close() -> None:
            BriefFile.open(path).close()

        rows.append(("open + close (lock, identify)", timed(open_close, 5)[0]))

        opened = BriefFile.open(path)
        seconds, loaded = timed(opened.load, 3)
        rows.append(("load (whole brief into the model)", seconds))
        assert isinstance(loaded, Brief)

        def open_and_load() -> None:
            with BriefFile.open(path) as again:
                again.load()

        opened.close()
        rows.append(("open + load + close", timed(open_and_load, 3)[0]))
        opened = BriefFile.open(path)
        loaded = opened.load()

        rows.append(("save, nothing changed", timed(lambda: opened.save(loaded), 5)[0]))
        item = loaded.sections[0].items[0]

        def edit_item() -> None:
            item.text += " More."
            opened.save(loaded)

        rows.append(("save after editing one item's text", timed(edit_item, 5)[0]))

        def add_item() -> None:
            loaded.sections[1].items.insert(0, Item(kind="actor", name="New actor"))
            opened.save(loaded)

        rows.append(("save after inserting an item at the top", timed(add_item, 5)[0]))

        def regrade() -> None:
            loaded.sources[500 % len(loaded.sources)].notes += "x"
            opened.save(loaded)

        rows.append(("save after editing one source's notes", timed(regrade, 5)[0]))

        def add_source() -> None:
            loaded.sources.append(Source("Late report", source_text(random.Random(9), 1, options.kb * 1000)))
            opened.save(loaded)

        rows.append(("save after adding one source", timed(add_source, 5)[0]))

        for query in ("ceasefire", "envoy plan", '"draft plan"', "summit OR treaty -port", "переговоры", "和平计划",
                      "gov*"):
            seconds, hits = timed(lambda q=query: opened.search(q), 5)  # type: ignore[misc]
            count = len(hits) if isinstance(hits, list) else 0
            rows.append((f"search {query!r} ({count} hits shown)", seconds))
        rows.append(("search_sources on a path (open, search, close)",
                     timed(lambda: search_sources(path, "ceasefire"), 3)[0]))

        def quick_check() -> None:
            connection = sqlite3.connect(path)
            connection.execute("PRAGMA quick_check").fetchall()
            connection.close()

        rows.append(("PRAGMA quick_check (for reference)", timed(quick_check, 3)[0]))
        opened.close()

    print(f"{options.sources} sources, {text_mb:.1f} MB of text, {options.items} items; file {size_mb:.1f} MB")
    width = max(len(name) for name, _ in rows)
    print(f"{'operation':<{width}}  {'ms':>9}")
    print("-" * (width + 11))
    for name, seconds in rows:
        print(f"{name:<{width}}  {seconds * 1000:9.1f}")


if __name__ == "__main__":
    main()
