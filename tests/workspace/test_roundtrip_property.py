"""Any brief the workspace can hold comes back from push and pull exactly; `place` keeps order with few writes."""

from __future__ import annotations

import tempfile
from datetime import timedelta, timezone
from pathlib import Path

import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

from briefing.model import (
    CONFIDENCE_TERMS,
    CREDIBILITY,
    ITEM_KINDS,
    LIKELIHOOD_TERMS,
    RELIABILITY,
    Brief,
    Citation,
    Grade,
    Item,
    Release,
    Section,
    Source,
)
from briefing.store import load_brief, save_brief
from briefing.workspace import pull, push
from briefing.workspace.rows import place

from .conftest import Workspace

# Any text but NUL (PostgreSQL stores no NUL in text; check_storable refuses it in one sentence).
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30)
OPTIONAL = st.none() | TEXT
INTS = st.integers(min_value=0, max_value=2**62)
OFFSETS = st.builds(timezone, st.timedeltas(min_value=-timedelta(hours=23, minutes=59),
                                            max_value=timedelta(hours=23, minutes=59)))
DATETIMES = st.datetimes(timezones=st.none() | OFFSETS)
IDS = st.text("abcdef0123456789", min_size=1, max_size=12)


@st.composite
def citations(draw: st.DrawFn) -> Citation:
    start = draw(INTS)
    return Citation(draw(TEXT), start, start + draw(st.integers(0, 10_000)), draw(TEXT))


def items(item_id: str) -> st.SearchStrategy[Item]:
    return st.builds(
        Item, kind=st.sampled_from(ITEM_KINDS), text=TEXT, citations=st.lists(citations(), max_size=2),
        id=st.just(item_id), name=OPTIONAL, role=OPTIONAL, affiliation=OPTIONAL, actor_type=OPTIONAL,
        likelihood=st.none() | st.sampled_from(sorted(LIKELIHOOD_TERMS)),
        confidence=st.none() | st.sampled_from(CONFIDENCE_TERMS), caveat_kind=OPTIONAL, portion=OPTIONAL)


SOURCES = st.builds(
    Source, title=TEXT, text=st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
                                     max_size=200),
    id=IDS, publisher=OPTIONAL, author=OPTIONAL, published=st.none() | st.dates(), url=OPTIONAL,
    accessed=st.none() | st.dates(),
    grade=st.builds(Grade, st.none() | st.sampled_from(sorted(RELIABILITY)),
                    st.none() | st.sampled_from(sorted(CREDIBILITY))),
    marking=OPTIONAL, notes=TEXT, media_type=TEXT, origin=OPTIONAL,
    paragraphs=st.lists(st.tuples(INTS, INTS), max_size=3), sha256=TEXT, extra=st.dictionaries(TEXT, TEXT, max_size=2),
)
RELEASES = st.builds(Release, at=DATETIMES, action=TEXT, recipients=st.lists(TEXT, max_size=2), marking=OPTIONAL,
                     filename=TEXT, sha256=TEXT, detail=TEXT)


@st.composite
def briefs(draw: st.DrawFn) -> Brief:
    keys = draw(st.lists(TEXT, max_size=3, unique=True))
    ids = iter(draw(st.lists(IDS, min_size=9, max_size=9, unique=True)))
    sections = [Section(key, [draw(items(next(ids))) for _ in range(draw(st.integers(0, 3)))]) for key in keys]
    return Brief(
        title=draw(TEXT), template_id=draw(TEXT), subtitle=draw(OPTIONAL), author=draw(OPTIONAL),
        organization=draw(OPTIONAL), date=draw(st.none() | DATETIMES), reference=draw(OPTIONAL),
        marking=draw(st.none() | st.sampled_from(["TLP:AMBER", "TLP:CLEAR", "SECRET"])),
        distribution=draw(st.lists(TEXT, max_size=2)),
        sources=draw(st.lists(SOURCES, max_size=3, unique_by=lambda s: s.id)), sections=sections,
        dismissed=draw(st.sets(TEXT, max_size=3)), template_snapshot=draw(OPTIONAL),
        releases=draw(st.lists(RELEASES, max_size=2)))


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(briefs())
def test_any_brief_comes_back_from_push_and_pull_exactly(workspace: Workspace, generated: Brief) -> None:
    url = workspace.add_user("ana")
    with tempfile.TemporaryDirectory() as folder:
        path, back = Path(folder) / "any.brief", Path(folder) / "back.brief"
        save_brief(path, generated)
        expected = load_brief(path)  # what the file holds (the store keeps, e.g., only a private origin)
        result = push(path, url, prompt=None)
        pull(url, result.brief_id, back, prompt=None)
        pulled = load_brief(back)
    pulled.origin = None
    assert pulled == expected
    assert repr(pulled.date) == repr(expected.date) or pulled.date == expected.date
    assert [r.at.utcoffset() for r in pulled.releases] == [r.at.utcoffset() for r in expected.releases]


@given(st.dictionaries(IDS, st.integers(-10**6, 10**6).map(float), max_size=12), st.randoms())
def test_place_orders_every_id_and_moves_few(known: dict[str, float], rng: object) -> None:
    order = [*known, "new1", "new2"]
    rng.shuffle(order)  # type: ignore[attr-defined]
    moved = place(order, known)
    final = {i: moved.get(i, known.get(i)) for i in order}
    positions = [final[i] for i in order]
    assert all(p is not None for p in positions)
    assert positions == sorted(positions) and len(set(positions)) == len(positions)
    assert "new1" in moved and "new2" in moved
    in_order = [known[i] for i in order if i in known]
    if in_order == sorted(in_order) and len(set(in_order)) == len(in_order):
        assert set(moved) == {"new1", "new2"}  # nothing already in place is written again
