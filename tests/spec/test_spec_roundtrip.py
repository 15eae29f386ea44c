"""build_brief(dump_brief(b)) == b for generated briefs with hostile text in every field."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_support import ALL_KINDS_YAML, all_kinds_installed, all_kinds_template

from briefing.model import (
    CONFIDENCE_TERMS,
    LIKELIHOOD_TERMS,
    TLP_LABELS,
    Brief,
    Citation,
    Grade,
    Item,
    Release,
    Section,
    Source,
)
from briefing.spec import build_brief, dump_brief
from briefing.spec.schema import SOURCE_ID

TRICKY = "\r\n\t\x00\x07\x1b\x7f\x85\u2028\u2029\ufeff\u200f\u202e<>&\"'\\ #:-|>{}[],%@`!*?~ "
TRICKY_WORDS = ["null", "~", "true", "no", "1.5", "0x1F", "2025-11-20", "- x", "# c", "a: b", "...", "---",
                "שלום עולם", "مرحبا", "🛰️👩🏽‍💻", "e\u0301", "  lead", "trail  ", "\n", "\n\n", "x\n", "x\n\n"]

# A template a brief may carry that differs from the installed one (same keys, other name).
CUSTOM_TEMPLATE = ALL_KINDS_YAML.replace("name: Every section kind", "name: Every kind, as this brief was made")

chars = st.characters(exclude_categories=("Cs",))
texts = st.one_of(
    st.text(chars | st.sampled_from(TRICKY), max_size=30),
    st.sampled_from(TRICKY_WORDS),
    st.lists(st.sampled_from(TRICKY_WORDS) | st.text(chars, max_size=5), max_size=6).map("".join),
)
long_texts = st.one_of(
    texts,
    st.lists(texts, min_size=2, max_size=8).map("\n".join),
)
optional = st.none() | texts
offsets = st.one_of(
    st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timedelta(minutes=m)),
    st.integers(-86399, 86399).map(lambda s: timedelta(seconds=s)),
)
moments = st.builds(
    lambda naive, offset: naive.replace(tzinfo=timezone(offset)),
    st.datetimes(min_value=datetime(2, 1, 1), max_value=datetime(9998, 12, 31)),
    offsets,
)


@st.composite
def sources(draw: st.DrawFn, source_id: str) -> Source:
    text = draw(long_texts)
    source = Source(
        title=draw(texts),
        text=text,
        id=source_id,
        publisher=draw(optional),
        author=draw(optional),
        published=draw(st.none() | st.dates()),
        url=draw(optional),
        accessed=draw(st.none() | st.dates()),
        grade=Grade(draw(st.none() | st.sampled_from("ABCDEF")), draw(st.none() | st.integers(1, 6))),
        marking=draw(optional),
        notes=draw(texts),
        media_type=draw(st.sampled_from(["text/plain", "text/html", "application/pdf"])),
        origin=draw(optional),
        extra=draw(st.dictionaries(texts, texts, max_size=2)),
    )
    if draw(st.booleans()):
        source.paragraphs = draw(st.lists(st.tuples(st.integers(0, 500), st.integers(0, 500)), min_size=1, max_size=3))
    if draw(st.booleans()):
        source.sha256 = draw(st.text(min_size=1, max_size=10))
    return source


@st.composite
def citations(draw: st.DrawFn, pool: list[Source]) -> Citation:
    source = draw(st.sampled_from(pool))
    start = draw(st.integers(0, len(source.text) - 1))
    end = draw(st.integers(start + 1, min(len(source.text), start + 40)))
    return Citation(source.id, start, end, source.text[start:end])


@st.composite
def items(draw: st.DrawFn, kind: str, pool: list[Source], number: int) -> Item:
    item = Item(kind=kind, id=draw(st.text(chars, min_size=1, max_size=8)) + f"#{number}")  # type: ignore[arg-type]
    if pool:
        item.citations = draw(st.lists(citations(pool), max_size=3))
    item.portion = draw(optional)
    if kind == "actor":
        item.name = draw(optional)
        item.role = draw(optional)
        item.affiliation = draw(optional)
        item.actor_type = draw(optional)
        item.text = draw(texts)
    else:
        item.text = draw(long_texts)
    if kind == "caveat":
        item.caveat_kind = draw(st.none() | st.sampled_from(["anonymous-source", "second-hand", "hedged"]) | texts)
    if kind == "judgment":
        item.likelihood = draw(st.none() | st.sampled_from(sorted(LIKELIHOOD_TERMS)))
        item.confidence = draw(st.none() | st.sampled_from(CONFIDENCE_TERMS))
    return item


@st.composite
def briefs(draw: st.DrawFn) -> Brief:
    template = all_kinds_template()
    ids = draw(st.lists(st.from_regex(SOURCE_ID, fullmatch=True), max_size=3, unique=True))
    pool = [draw(sources(source_id)) for source_id in ids]
    citable = [source for source in pool if source.text]
    brief = Brief(
        title=draw(texts),
        template_id=template.id,
        subtitle=draw(optional),
        author=draw(optional),
        organization=draw(optional),
        date=draw(st.none() | moments),
        reference=draw(optional),
        marking=draw(st.none() | st.sampled_from([m.label for m in TLP_LABELS])),
        distribution=draw(st.lists(texts, max_size=3)),
        sources=pool,
        dismissed=draw(st.sets(texts, max_size=3)),
        template_snapshot=draw(st.sampled_from([template.source_text, CUSTOM_TEMPLATE])),
    )
    specs = draw(st.permutations(template.sections))
    counter = 0
    for spec in specs[: draw(st.integers(0, len(specs)))]:
        section = Section(spec.key)
        if spec.item_kind is not None:
            for _ in range(draw(st.integers(0, 3))):
                counter += 1
                section.items.append(draw(items(spec.item_kind, citable, counter)))
        brief.sections.append(section)
    brief.releases = draw(st.lists(st.builds(
        Release, at=moments | st.datetimes(), action=texts, recipients=st.lists(texts, max_size=2), marking=optional,
        filename=texts, sha256=texts, detail=texts,
    ), max_size=2))
    return brief


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefs())
def test_build_of_dump_is_identity(brief: Brief) -> None:
    with all_kinds_installed():
        text = dump_brief(brief)
        rebuilt = build_brief(text)
        assert rebuilt == brief
        assert dump_brief(rebuilt) == text
    assert build_brief(dump_brief(brief)) == brief  # not installed: the dump carries the template itself
