"""Every field of a brief survives the .brief file exactly, through full writes and incremental saves."""

from __future__ import annotations

import copy
import sqlite3
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_samples import rich_brief

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
from briefing.store import APPLICATION_ID, SCHEMA_VERSION, BriefFile, StoreError, load_brief, save_brief
from briefing.store.codec import private_origin

# Any Unicode but surrogates: control characters, NUL, markup, right-to-left marks, emoji.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
OPTIONAL = st.none() | TEXT
INTS = st.integers(min_value=0, max_value=2**62)
OFFSETS = st.builds(timezone, st.timedeltas(min_value=-timedelta(hours=23, minutes=59),
                                            max_value=timedelta(hours=23, minutes=59)))
DATETIMES = st.datetimes(timezones=st.none() | OFFSETS)
DATES = st.none() | st.dates()


@st.composite
def citations(draw: st.DrawFn) -> Citation:
    start = draw(INTS)
    return Citation(draw(TEXT), start, start + draw(st.integers(0, 10_000)), draw(TEXT))


ITEMS = st.builds(
    Item,
    kind=st.sampled_from(ITEM_KINDS),
    text=TEXT,
    citations=st.lists(citations(), max_size=3),
    id=TEXT,  # ids may even repeat: the store keeps items apart by their place
    name=OPTIONAL, role=OPTIONAL, affiliation=OPTIONAL, actor_type=OPTIONAL,
    likelihood=st.none() | st.sampled_from(sorted(LIKELIHOOD_TERMS)),
    confidence=st.none() | st.sampled_from(CONFIDENCE_TERMS),
    caveat_kind=OPTIONAL, portion=OPTIONAL,
)
SOURCES = st.builds(
    Source,
    title=TEXT, text=st.text(st.characters(exclude_categories=("Cs",)), max_size=300), id=TEXT,
    publisher=OPTIONAL, author=OPTIONAL, published=DATES, url=OPTIONAL, accessed=DATES,
    grade=st.builds(Grade, st.none() | st.sampled_from(sorted(RELIABILITY)),
                    st.none() | st.sampled_from(sorted(CREDIBILITY))),
    marking=OPTIONAL, notes=TEXT, media_type=TEXT, origin=OPTIONAL.map(private_origin),  # as stored
    paragraphs=st.lists(st.tuples(INTS, INTS), max_size=4), sha256=TEXT,
    extra=st.dictionaries(TEXT, TEXT, max_size=3),
)
RELEASES = st.builds(Release, at=DATETIMES, action=TEXT, recipients=st.lists(TEXT, max_size=3), marking=OPTIONAL,
                     filename=TEXT, sha256=TEXT, detail=TEXT)
BRIEFS = st.builds(
    Brief,
    title=TEXT, template_id=TEXT, subtitle=OPTIONAL, author=OPTIONAL, organization=OPTIONAL,
    date=st.none() | DATETIMES, reference=OPTIONAL, marking=OPTIONAL, distribution=st.lists(TEXT, max_size=3),
    sources=st.lists(SOURCES, max_size=4, unique_by=lambda source: source.id),
    sections=st.lists(st.builds(Section, key=TEXT, items=st.lists(ITEMS, max_size=3)), max_size=4),
    dismissed=st.sets(TEXT, max_size=4), template_snapshot=OPTIONAL, releases=st.lists(RELEASES, max_size=2),
)


def assert_same(loaded: Brief, expected: Brief) -> None:
    assert loaded == expected
    # == on datetimes compares instants: check the offsets (and naive/aware) too.
    assert repr(loaded.date) == repr(expected.date) or loaded.date == expected.date
    assert [r.at.utcoffset() for r in loaded.releases] == [r.at.utcoffset() for r in expected.releases]
    assert [type(s.published) for s in loaded.sources] == [type(s.published) for s in expected.sources]


def test_rich_brief_round_trips(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "rich.brief"
    save_brief(path, brief)
    assert_same(load_brief(path), rich_brief())


def test_file_is_marked_as_a_brief_of_this_schema(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "marked.brief"
    save_brief(path, brief)
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x42524946  # "BRIF"
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
    assert path.read_bytes()[68:72] == b"BRIF"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BRIEFS)
def test_any_brief_round_trips_exactly(generated: Brief) -> None:
    expected = copy.deepcopy(generated)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.brief"
        save_brief(path, generated)
        assert_same(load_brief(path), expected)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BRIEFS, BRIEFS)
def test_saving_one_brief_over_another_leaves_exactly_the_second(first: Brief, second: Brief) -> None:
    """... except the release history, which a save only ever appends to."""
    expected = copy.deepcopy(second)
    unmatched = list(first.releases)
    appended = []
    for release in second.releases:
        if release in unmatched:
            unmatched.remove(release)
        else:
            appended.append(release)
    expected.releases = [*first.releases, *appended]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "twice.brief"
        with BriefFile.create(path, first) as opened:
            opened.save(second)
            assert_same(opened.load(), expected)
        assert_same(load_brief(path), expected)


# --- incremental saves ------------------------------------------------------------------------

EDITS = st.lists(
    st.tuples(
        st.sampled_from([
            "edit item", "add item", "remove item", "move item", "cite", "edit source", "retitle source",
            "replace text", "add source", "remove source", "reorder sources", "metadata", "dismiss", "release",
            "add section", "remove section", "duplicate item id",
        ]),
        st.integers(0, 1000),
        TEXT,
    ),
    min_size=1, max_size=12,
)


def holder(brief: Brief, item: Item) -> Section:
    """The section holding this very item (ids may repeat, so not by id)."""
    return next(section for section in brief.sections if any(other is item for other in section.items))


def apply_edit(brief: Brief, edit: str, number: int, text: str) -> None:
    """One change of the kind the GUI makes between two saves."""
    items = brief.items()
    if edit == "edit item" and items:
        items[number % len(items)].text = text
    elif edit == "add item":
        section = brief.sections[number % len(brief.sections)] if brief.sections else brief.section("new")
        section.items.insert(number % (len(section.items) + 1), Item(kind="question", text=text))
    elif edit == "remove item" and items:
        item = items[number % len(items)]
        holder(brief, item).items.remove(item)
    elif edit == "move item" and items and brief.sections:
        item = items[number % len(items)]
        holder(brief, item).items.remove(item)
        target = brief.sections[(number // 7) % len(brief.sections)]
        target.items.insert(number % (len(target.items) + 1), item)
    elif edit == "cite" and items and brief.sources:
        source = brief.sources[number % len(brief.sources)]
        items[number % len(items)].citations.append(Citation(source.id, 0, 3, source.text[:3]))
    elif edit == "edit source" and brief.sources:
        source = brief.sources[number % len(brief.sources)]
        source.notes, source.grade = text, Grade("A", 1)
        source.extra[text] = "x"
    elif edit == "retitle source" and brief.sources:
        brief.sources[number % len(brief.sources)].title = text
    elif edit == "replace text" and brief.sources:
        source = brief.sources[number % len(brief.sources)]
        source.text = text + " appended words"
    elif edit == "add source":
        brief.sources.insert(number % (len(brief.sources) + 1), Source(f"Added {number}", f"Words {text} more"))
    elif edit == "remove source" and brief.sources:
        brief.sources.pop(number % len(brief.sources))
    elif edit == "reorder sources":
        brief.sources.reverse()
    elif edit == "metadata":
        brief.title, brief.marking = text, None
        brief.distribution.append(text)
    elif edit == "dismiss":
        if brief.dismissed and number % 2:
            brief.dismissed.pop()
        brief.dismissed.add(text)
    elif edit == "release":
        brief.releases.append(Release(datetime(2025, 1, 1), "drafted", [text], None, "x.eml", "00"))
    elif edit == "add section":
        brief.sections.insert(number % (len(brief.sections) + 1), Section(text, [Item(text="fresh")]))
    elif edit == "remove section" and brief.sections:
        brief.sections.pop(number % len(brief.sections))
    elif edit == "duplicate item id" and len(items) >= 2:
        items[0].id = items[1].id


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EDITS)
def test_incremental_saves_equal_a_fresh_write(edits: list[tuple[str, int, str]]) -> None:
    brief = rich_brief()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "edited.brief"
        with BriefFile.create(path, brief) as opened:
            for edit, number, text in edits:
                apply_edit(brief, edit, number, text)
                opened.save(brief)
                assert_same(load_brief(path), brief)  # another reader sees exactly the saved brief
            assert_same(opened.load(), brief)
            # After a reload the state is rebuilt from the file: keep editing from there.
            reloaded = opened.load()
            apply_edit(reloaded, "add item", 3, "after reload")
            opened.save(reloaded)
        assert_same(load_brief(path), reloaded)


def test_save_without_load_first_works_from_the_file(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "b.brief"
    save_brief(path, brief)
    changed = rich_brief()
    changed.sources[0].notes = "changed"
    with BriefFile.open(path) as opened:
        opened.save(changed)
    assert load_brief(path).sources[0].notes == "changed"


class Statements:
    """Collects the SQL a connection runs (sqlite3's trace callback)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, statement: str) -> None:
        self.lines.append(" ".join(statement.split()))

    def writes_to(self, table: str) -> list[str]:
        return [line for line in self.lines
                if line.startswith(("INSERT", "UPDATE", "DELETE")) and f" {table} " in f" {line} ".replace("(", " ")]


def test_a_one_item_edit_writes_only_that_item(tmp_path: Path, brief: Brief) -> None:
    for index in range(200):
        brief.sources.append(Source(f"Filler {index}", f"Filler text number {index}. " * 50))
    with BriefFile.create(tmp_path / "cheap.brief", brief) as opened:
        statements = Statements()
        opened._live().set_trace_callback(statements)
        brief.sections[0].items[0].text = "Edited summary."
        opened.save(brief)
        assert statements.writes_to("sources") == []
        assert statements.writes_to("source_index") == []
        assert statements.writes_to("citations") == []
        assert len(statements.writes_to("items")) == 1
        statements.lines.clear()
        opened.save(brief)  # nothing changed: no write, no commit to sync
        assert [line for line in statements.lines if line.startswith(("INSERT", "UPDATE", "DELETE"))] == []
        statements.lines.clear()
        brief.sources[5].notes = "regraded"
        opened.save(brief)
        assert len(statements.writes_to("sources")) == 1
        assert statements.writes_to("source_index") == []  # metadata only: the index is left alone
    assert load_brief(tmp_path / "cheap.brief").sources[5].notes == "regraded"


def test_duplicate_source_ids_are_refused_before_writing(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "dupe.brief"
    save_brief(path, brief)
    before = path.read_bytes()
    brief.sources.append(Source("Copy", "text", id="kyiv"))
    with pytest.raises(StoreError, match="two sources share the id 'kyiv'"):
        save_brief(path, brief)
    with BriefFile.open(path) as opened, pytest.raises(StoreError, match="two sources share"):
        opened.save(brief)
    assert path.read_bytes() == before


def test_values_sqlite_cannot_hold_are_refused_and_the_file_is_unchanged(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "big.brief"
    save_brief(path, brief)
    before = load_brief(path)
    brief.sections[0].items[0].citations.append(Citation("kyiv", 2**64, 2**64 + 1, "x"))
    with BriefFile.open(path) as opened:
        with pytest.raises(StoreError, match="could not be saved"):
            opened.save(brief)
        assert opened.load() == before


def test_readonly_file_refuses_save(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "ro.brief"
    save_brief(path, brief)
    with BriefFile.open(path, readonly=True) as opened, pytest.raises(StoreError, match="read-only"):
        opened.save(brief)


def test_create_refuses_to_replace_unless_asked(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "exists.brief"
    save_brief(path, brief)
    with pytest.raises(StoreError, match="already exists"):
        BriefFile.create(path, Brief(title="Other"))
    BriefFile.create(path, Brief(title="Other"), overwrite=True).close()
    assert load_brief(path).title == "Other"
    with pytest.raises(StoreError, match="already exists"):
        save_brief(path, brief, overwrite=False)


def test_closed_file_leaves_nothing_beside_it(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "alone.brief"
    with BriefFile.create(path, brief) as opened:
        for index in range(5):
            brief.title = f"Edition {index}"
            opened.save(brief)
        opened.save_copy(tmp_path / "copy.brief")
    load_brief(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alone.brief", "copy.brief"]


def test_a_closed_file_says_so(tmp_path: Path, brief: Brief) -> None:
    opened = BriefFile.create(tmp_path / "c.brief", brief)
    opened.close()
    opened.close()  # twice is fine
    with pytest.raises(StoreError, match="has been closed"):
        opened.load()


def test_dates_keep_their_kind(tmp_path: Path) -> None:
    brief = Brief(date=datetime(2025, 3, 1, 9, 30))  # naive stays naive
    brief.sources.append(Source("S", "t", published=date(2024, 2, 29), accessed=None))
    save_brief(tmp_path / "d.brief", brief)
    loaded = load_brief(tmp_path / "d.brief")
    assert loaded.date is not None and loaded.date.tzinfo is None
    assert loaded.sources[0].published == date(2024, 2, 29)


def test_deleted_text_does_not_linger_in_the_file(tmp_path: Path, brief: Brief) -> None:
    secret = "Zanzibar-Quokka-Operation"
    brief.sources.append(Source("To be removed", f"The codeword is {secret}. " * 400, id="secret"))
    for index in range(30):
        brief.sources.append(Source(f"Filler {index}", f"Ordinary words number {index}. " * 200))
    path = tmp_path / "mailed.brief"
    with BriefFile.create(path, brief) as opened:
        size_with_secret = path.stat().st_size
        assert secret.encode() in path.read_bytes()
        brief.sources = [source for source in brief.sources if source.id != "secret"][:5]
        opened.save(brief)
        assert secret.lower().encode() not in path.read_bytes().lower()  # neither the text nor its index
        opened.save_copy(tmp_path / "copy.brief")
    assert secret.lower().encode() not in (tmp_path / "copy.brief").read_bytes().lower()
    assert path.stat().st_size < size_with_secret / 2  # free pages went back on close
    assert load_brief(path) == brief


def test_sub_minute_utc_offsets_survive(tmp_path: Path) -> None:
    """isoformat() writes offsets with seconds and microseconds; reading them back must keep them."""
    odd = timezone(-timedelta(hours=5, seconds=7, microseconds=1))
    brief = Brief(date=datetime(2025, 3, 1, 9, 30, 0, 5, tzinfo=odd),
                  releases=[Release(datetime(2025, 1, 1, tzinfo=timezone(timedelta(microseconds=1))), "sent", [],
                                    None, "x.eml", "00")])
    path = tmp_path / "odd.brief"
    save_brief(path, brief)
    loaded = load_brief(path)
    assert loaded.date is not None and loaded.date.utcoffset() == odd.utcoffset(None)
    assert loaded.releases[0].at.utcoffset() == timedelta(microseconds=1)


def test_release_records_are_never_removed_by_a_save(tmp_path: Path, brief: Brief) -> None:
    """The release history is an audit record: a save appends to it and never takes a record away."""
    from datetime import UTC, datetime

    from briefing.model import Release

    path = tmp_path / "audited.brief"
    save_brief(path, brief)
    recorded = list(brief.releases)
    assert recorded, "the sample brief has releases"
    later = Release(datetime(2026, 12, 1, 9, 0, tzinfo=UTC), "exported", [], "TLP:AMBER", "a.pdf", "ab" * 32)
    with BriefFile.open(path) as opened:
        loaded = opened.load()
        loaded.releases = []  # as an undo of everything would leave it
        loaded.title = "Edited"
        opened.save(loaded)
        loaded.releases = [later]
        opened.save(loaded)
    reread = load_brief(path)
    assert reread.title == "Edited"
    assert reread.releases == [*recorded, later]
