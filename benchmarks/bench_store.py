"""Benchmark of the .brief store: create, open, load, small saves and searches of a large brief.

    python benchmarks/bench_store.py [--quick] [--json]

The brief is generated (fictional text: pseudo-words drawn with Zipf's law around a list of
news words, a tenth of it in Cyrillic and a few sources in Chinese) so that runs are
comparable from machine to machine. Saves are dominated by the disk's fsync.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from harness import Row, isolated, parse_args, peak_rss_mb, report, timed

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
CHINESE = "和平计划已送达基辅外交部发言人表示谈判将在下周继续举行的国是不了人我在有他这中大来上个们到说"


class Vocabulary:
    """Words drawn with Zipf's law, as in real text: a few very common, most rare.

    Pseudo-words built from syllables fill the ranks; the named words sit at ranks 60–500,
    where topical words of news text are (each a few times per 10 kB article).
    """

    def __init__(self, named: list[str], syllables: list[str], rng: random.Random, size: int = 3000) -> None:
        pseudo: list[str] = []
        seen = set(named)
        while len(pseudo) < size:
            word = "".join(rng.choice(syllables) for _ in range(rng.randint(1, 4)))
            if word not in seen:
                seen.add(word)
                pseudo.append(word)
        step = max(1, 440 // len(named))
        for offset, word in enumerate(named):
            pseudo.insert(60 + offset * step, word)
        self.words = pseudo
        total = 0.0
        self.cumulative: list[float] = []
        for rank in range(1, len(pseudo) + 1):
            total += 1.0 / rank
            self.cumulative.append(total)

    def sentence(self, rng: random.Random, joiner: str = " ") -> str:
        chosen = rng.choices(self.words, cum_weights=self.cumulative, k=rng.randint(8, 20))
        return joiner.join(chosen).capitalize() + ("。" if joiner == "" else ".")


_RNG = random.Random(0)
SYLLABLES = ["ka", "lo", "ri", "ne", "sta", "mar", "ten", "vi", "do", "ul", "pre", "for", "an", "est", "ion"]
LATIN = Vocabulary(WORDS, SYLLABLES, _RNG)
RUSSIAN = Vocabulary(CYRILLIC, [syllable.translate(str.maketrans("kalorinestmvdupf", "калоринестмвдупф"))
                                for syllable in SYLLABLES], _RNG)
HAN = Vocabulary(list(CHINESE[:4]), list(CHINESE[4:]), _RNG, size=300)


def sentence(rng: random.Random, words: list[str]) -> str:
    """A title-like sentence of named words only."""
    chosen = [rng.choice(words) for _ in range(rng.randint(6, 12))]
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."


def source_text(rng: random.Random, index: int, size: int) -> str:
    """About `size` characters: mostly English-like, every tenth Russian-like, every hundredth Chinese-like."""
    vocabulary, joiner = (HAN, "") if index % 100 == 7 else (RUSSIAN, " ") if index % 10 == 3 else (LATIN, " ")
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = (" " if joiner else "").join(vocabulary.sentence(rng, joiner) for _ in range(rng.randint(3, 6)))
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


def open_load_case(path: Path, runs: int, size: str) -> Row:
    """Open, load and close `path` in this fresh interpreter: the peak memory is that of opening it."""

    def open_load() -> None:
        with BriefFile.open(path) as again:
            again.load()

    median, spread = timed(open_load, runs)
    return Row("store", "open + load + close (own process)", median, spread, runs, peak_rss_mb(),
               "< 1 s (1,000 sources), < 500 MB", f"{size}; peak = interpreter + loaded brief")


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    sources, items, kb, runs = (100, 500, 10, 3) if args.quick else (1000, 5000, 10, 7)
    if args.case == "open":
        report([open_load_case(Path(args.arg[0]), runs, args.arg[1])], args.json)
        return
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

        rows.extend(isolated(Path(__file__), "open", args.quick, "--arg", str(path), "--arg", size))

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
        for query in ("ceasefire", "envoy plan", '"draft plan"', "summit OR treaty -port", "переговоры", "和",
                      "gov*"):
            hits = opened.search(query)
            add(f"search {query}", partial(opened.search, query), target="< 20 ms",
                note=f"{len(hits)} hits")
        opened.close()
        add("search_sources(path, …)", lambda: search_sources(path, "ceasefire"),
            note="open, search, close (no whole-file page check)")
    report(rows, args.json)


if __name__ == "__main__":
    main()
