"""Dumping briefs: readable, deterministic, and exact for every kind of awkward text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from briefing.model import Brief, Citation, Grade, Item, Release, Section, Source
from briefing.resources import resource
from briefing.spec import SpecError, build_brief, dump_brief, load_spec
from briefing.templating import load_template

AWKWARD = [
    "plain words",
    "trailing space ",
    " leading space",
    "line one\nline two\n",
    "ends without newline\nsecond",
    "trailing spaces on a line  \nnext\n",
    "several trailing newlines\n\n\n",
    "\n",
    "\n\nstarts with blank lines",
    "carriage\r\nreturns\rhere",
    "tab\tinside\n\tand indented",
    "control \x00\x01\x07\x1b\x7f chars",
    "next line \x85 and separators \u2028 \u2029",
    "byte order mark \ufeff inside",
    "markup <b>bold</b> & <script>alert('x')</script> &amp;",
    "quotes 'single' \"double\" `back` ‘curly’ “double curly”",
    "yaml syntax: - [a, b] {c: d} # not a comment | > ! & * % @",
    "emoji 🛰️ 👩🏽‍💻 🇪🇪",
    "RTL עברית and العربية mixed \u200f\u202e override",
    "combining e\u0301 vs \u00e9",
    "null",
    "~",
    "yes",
    "0x1F",
    "2025-11-20",
    "12:30",
    "---",
    "...",
    "",
    " ",
    "x" * 300,
    "a long line of words " * 20,
]


def brief_with(text: str) -> Brief:
    """A brief that puts `text` into every kind of text field."""
    source_text = "Intro. " + text + " Outro."
    source = Source(title=text, text=source_text, id="s1", publisher=text, author=text, url=text, notes=text,
                    marking=text, origin=text, extra={text: text})
    quote = source_text[7:7 + len(text)] or "Intro"
    start = source_text.find(quote) if text else 0
    item = Item(kind="prose", text=text, id="i1", portion=text,
                citations=[Citation("s1", start, start + len(quote), quote)])
    actor = Item(kind="actor", text=text, id="i2", name=text, role=text, affiliation=text, actor_type=text)
    caveat = Item(kind="caveat", text=text, id="i3", caveat_kind=text)
    return Brief(
        title=text, subtitle=text, author=text, organization=text, reference=text, distribution=[text],
        sources=[source],
        sections=[Section("summary", [item]), Section("actors", [actor]), Section("caveats", [caveat])],
        dismissed={text}, template_snapshot=load_template("situation-brief").source_text,
        releases=[Release(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), text, [text], text, text, text, text)],
    )


@pytest.mark.parametrize("text", AWKWARD, ids=range(len(AWKWARD)))
def test_awkward_text_round_trips_in_every_field(text: str) -> None:
    brief = brief_with(text)
    dumped = dump_brief(brief)
    assert build_brief(dumped) == brief
    assert dump_brief(build_brief(dumped)) == dumped


def test_dump_is_deterministic_and_readable() -> None:
    brief = load_spec(resource("samples", "sample-brief.yaml"))
    dumped = dump_brief(brief)
    assert dump_brief(brief) == dumped
    assert "    text: |\n      Corvania detains cargo ship" in dumped  # source text as a literal block
    assert "\n  - id: hw\n" in dumped  # list items indented under their key
    assert "date: 2026-03-12T15:00:00Z\n" in dumped
    assert "published: 2026-03-11\n" in dumped
    assert "Radoslav Vukčević" in dumped and "\\u" not in dumped  # Unicode written as itself
    assert "&" not in dumped and "*" not in dumped.replace("**", "")  # no anchors or aliases
    assert build_brief(dumped) == brief


def test_texts_a_literal_block_would_alter_are_double_quoted() -> None:
    brief = brief_with("a\r\nb")
    dumped = dump_brief(brief)
    assert 'title: "a\\r\\nb"' in dumped
    brief = brief_with("space before break \nx")
    assert 'title: "space before break \\nx"' in dump_brief(brief)
    brief = brief_with("bell\x07")
    assert 'title: "bell\\a"' in dump_brief(brief)


def test_at_is_written_only_for_a_later_occurrence() -> None:
    source = Source(title="S", text="the plan and the plan", id="s")
    first = Item(text="a", id="a", citations=[Citation("s", 0, 8, "the plan")])
    later = Item(text="b", id="b", citations=[Citation("s", 13, 21, "the plan")])
    brief = Brief(title="T", sources=[source], sections=[Section("summary", [first, later])],
                  template_snapshot=load_template("situation-brief").source_text)
    data = yaml.safe_load(dump_brief(brief))
    cites = [item["cites"][0] for item in data["sections"]["summary"]]
    assert cites == [{"source": "s", "quote": "the plan"}, {"source": "s", "quote": "the plan", "at": 13}]
    assert build_brief(dump_brief(brief)) == brief


@pytest.mark.parametrize("offset", [timedelta(0), timedelta(hours=5, minutes=30), timedelta(hours=-3),
                                    timedelta(seconds=3723)])
def test_dates_keep_their_instant_and_offset(offset: timedelta) -> None:
    moment = datetime(2025, 11, 20, 16, 30, 15, 250, tzinfo=timezone(offset))
    brief = Brief(title="T", date=moment, template_snapshot=load_template("situation-brief").source_text,
                  sources=[Source("S", "x", id="s", published=date(2025, 11, 19), accessed=date(2025, 11, 20))])
    rebuilt = build_brief(dump_brief(brief))
    assert rebuilt == brief
    assert rebuilt.date is not None and rebuilt.date.utcoffset() == offset


def test_grades_and_source_metadata_survive(tmp_path: Path) -> None:
    source = Source("S", "text\n\nmore", id="s", grade=Grade("F", 6), media_type="text/html",
                    paragraphs=[(0, 4)], sha256="abc", extra={"language": "fi"})
    brief = Brief(title="T", sources=[source], template_snapshot=load_template("situation-brief").source_text)
    dumped = dump_brief(brief)
    assert "paragraphs:\n      - [0, 4]\n" in dumped
    assert build_brief(dumped) == brief


def test_a_release_recorded_without_timezone_still_round_trips() -> None:
    release = Release(datetime(2026, 1, 2, 3, 4, 5), "sent", ["desk@example.org"], "TLP:AMBER", "b.pdf", "00", "")
    brief = Brief(title="T", releases=[release], template_snapshot=load_template("situation-brief").source_text)
    assert build_brief(dump_brief(brief)) == brief


def test_snapshot_is_written_only_when_it_differs_from_the_installed_template() -> None:
    installed = load_template("situation-brief").source_text
    brief = Brief(title="T", template_snapshot=installed)
    assert "template_snapshot" not in dump_brief(brief)
    for snapshot in (None, installed.replace("Situation brief", "Situation brief (2024 edition)")):
        brief = Brief(title="T", template_snapshot=snapshot)
        dumped = dump_brief(brief)
        assert "template_snapshot:" in dumped
        assert build_brief(dumped) == brief


def test_a_spec_carrying_its_template_builds_where_the_template_is_not_installed() -> None:
    snapshot = "id: field-note\nname: Field note\nsections:\n  - {key: notes, title: Notes, kind: prose}\n"
    brief = Brief(title="T", template_id="field-note", template_snapshot=snapshot,
                  sections=[Section("notes", [Item(text="seen at the port", id="n1")])])
    rebuilt = build_brief(dump_brief(brief))
    assert rebuilt == brief and rebuilt.template_snapshot == snapshot
    with pytest.raises(SpecError) as problems:
        build_brief(dump_brief(brief).replace("key: notes", "key: [notes"))
    [problem] = problems.value.problems
    assert "template_snapshot: the stored template cannot be used" in problem
