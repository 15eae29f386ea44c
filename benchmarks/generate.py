"""Large, deterministic briefs for benchmarks: `make_brief(words, citations, sources)`.

The text is fictional filler built from a fixed vocabulary with a seeded generator, so every
run measures the same brief. Citations quote real spans of their source's text, so the brief
passes the same checks as a hand-made one.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

from briefing.model import Brief, Citation, Grade, Item, Section, Source

_WORDS = (
    "harbour port authority ministry official convoy shipment border crossing council envoy delegation "
    "statement report agency coast freight union vessel patrol northern southern eastern western region "
    "capital province minister spokesperson analyst assessment talks agreement proposal draft plan "
    "ceasefire observers mission supply route corridor grain fuel price market exports imports "
    "reportedly confirmed denied announced said warned expected planned delayed closed reopened "
    "the a of in on to for with by from after before during while and but or as at that which"
)
VOCABULARY = tuple(_WORDS.split(" "))
SECTION_KINDS = (("summary", "prose"), ("actors", "actor"), ("questions", "question"), ("caveats", "caveat"),
                 ("judgments", "judgment"))
WORDS_PER_ITEM = 50


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(VOCABULARY) for _ in range(words))
    return text[:1].upper() + text[1:] + "."


def make_sources(count: int, rng: random.Random, words_per_source: int = 600) -> list[Source]:
    sources = []
    for index in range(count):
        paragraphs = ["\n".join(_sentence(rng, 15) for _ in range(words_per_source // 60)) for _ in range(4)]
        sources.append(Source(
            title=f"Generated report {index + 1} on regional shipping", text="\n\n".join(paragraphs),
            id=f"src{index + 1}", publisher=f"Publisher {index % 7 + 1}", published=date(2031, 1, 1 + index % 28),
            url=f"https://news.example.org/generated/{index + 1}/regional-shipping-report-{index + 1}",
            accessed=date(2031, 2, 1), grade=Grade("ABCDEF"[index % 6], index % 6 + 1),
        ))
    return sources


def make_brief(words: int = 100_000, citations: int = 1_000, sources: int = 50, seed: int = 7,
               kinds: tuple[tuple[str, str], ...] = SECTION_KINDS) -> Brief:
    """A brief of about `words` words in its items, `citations` citations over `sources` sources.

    `kinds` names the sections (key, item kind) to fill; pass the sections of the template the
    brief will be exported with, so that no words are left out of the output."""
    rng = random.Random(seed)
    source_list = make_sources(max(sources, 1), rng)
    brief = Brief(title="Generated benchmark brief", subtitle="Regional shipping, synthetic", author="Benchmark",
                  organization="Benchmarks", date=datetime(2031, 3, 5, 9, 30, tzinfo=UTC), reference="BENCH-1",
                  marking="TLP:AMBER", distribution=["Benchmarks"], sources=source_list)
    items_total = max(words // WORDS_PER_ITEM, 1)
    sections = {key: Section(key) for key, _ in kinds}
    for index in range(items_total):
        key, kind = kinds[index % len(kinds)]
        text = " ".join(_sentence(rng, 10) for _ in range(WORDS_PER_ITEM // 10))
        item = Item(kind, text)
        if kind == "actor":
            item.name, item.role, item.affiliation = f"Actor {index}", "Official", f"Agency {index % 13}"
        if kind == "judgment":
            item.likelihood, item.confidence = "likely", "moderate"
        sections[key].items.append(item)
    items = [item for section in sections.values() for item in section.items]
    for number in range(citations):
        source = source_list[number % len(source_list)]
        start = rng.randrange(0, max(len(source.text) - 40, 1))
        quote = source.text[start:start + 30]
        items[(number * 7919) % len(items)].citations.append(Citation(source.id, start, start + len(quote), quote))
    brief.sections = list(sections.values())
    return brief
