"""Benchmark of the .brief store: create, open, load, small saves and searches of a large brief.

    python benchmarks/bench_store.py [--quick] [--json]

The brief is generated (fictional text from a fixed word list, a tenth of it in Cyrillic
and a few sources in Chinese) so that runs are comparable from machine to machine. The
word list is small, so every word occurs far more often than in real text: searches here
are a worst case for locating the best passage. Saves are dominated by the disk's fsync.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from pathlib import Path

from harness import Row, parse_args, peak_rss_mb, report, timed

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


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    sources, items, kb, runs = (100, 500, 10, 3) if args.quick else (1000, 5000, 10, 7)
    size = f"{sources} sources × {kb} kB, {items} items"
    rows: list[Row] = []

    def add(case: str, function: Callable[[], object], target: str = "", note: str = "",
            repeat: int = runs) -> None:
        median, spread = timed(function, repeat)
        rows.append(Row("store", case, median, spread, repeat, peak_rss_mb(), target, note))

    brief = make_brief(sources, items, kb)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.brief"

        def create() -> None:
            BriefFile.create(path, brief, overwrite=True).close()

        add("create (write all, index sources)", create, note=size, repeat=1 if not args.quick else 2)
        megabytes = path.stat().st_size / 1e6

        def open_close() -> None:
            BriefFile.open(path).close()

        add("open + close (lock, identify, quick_check)", open_close, note=f"file {megabytes:.1f} MB")

        def open_load() -> None:
            with BriefFile.open(path) as again:
                again.load()

        add("open + load + close", open_load, target="< 1 s (1,000 sources)")

        opened = BriefFile.open(path)
        loaded = opened.load()
        add("save, nothing changed", lambda: opened.save(loaded))
        item = loaded.sections[0].items[0]

        def edit_item() -> None:
            item.text += " More."
            opened.save(loaded)

        add("save after editing one item", edit_item, note="one UPDATE; the rest is fsync")

        def insert_item() -> None:
            loaded.sections[1].items.insert(0, Item(kind="actor", name="New actor"))
            opened.save(loaded)

        add("save after inserting an item at the top", insert_item, note="renumbers the section")
        middle = loaded.sources[len(loaded.sources) // 2]

        def edit_source() -> None:
            middle.notes += "x"
            opened.save(loaded)

        add("save after editing one source's notes", edit_source)
        counter = iter(range(1000))

        def add_source() -> None:
            number = next(counter)
            loaded.sources.append(Source(f"Late report {number}", source_text(random.Random(number), 1, kb * 1000)))
            opened.save(loaded)

        add("save after adding one source", add_source, note="writes and indexes 10 kB")
        for query in ("ceasefire", "envoy plan", '"draft plan"', "summit OR treaty -port", "переговоры", "和平",
                      "gov*"):
            hits = opened.search(query)
            add(f"search {query}", lambda q=query: opened.search(q), target="< 20 ms",
                note=f"{len(hits)} hits")
        opened.close()
        add("search_sources(path, …)", lambda: search_sources(path, "ceasefire"), note="open, check, search, close")
    report(rows, args.json)


if __name__ == "__main__":
    main()
