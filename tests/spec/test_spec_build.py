"""Building briefs from specs: the shape of the result and every kind of located problem."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from briefing.model import Grade
from briefing.spec import SpecError, build_brief, dump_brief, load_spec
from briefing.templating import load_template

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = "brief: 1\ntemplate: situation-brief\ntitle: T\n"
LINE = re.compile(r"^<spec>:(\d+): [^\n]+$")


def problems_of(text: str, **kwargs: object) -> list[str]:
    with pytest.raises(SpecError) as caught:
        build_brief(text, **kwargs)  # type: ignore[arg-type]
    for problem in caught.value.problems:
        assert "\n" not in problem and "Traceback" not in problem
    return caught.value.problems


def only_problem(text: str) -> tuple[int, str]:
    problems = problems_of(text)
    assert len(problems) == 1, problems
    match = LINE.match(problems[0])
    assert match, problems[0]
    return int(match.group(1)), problems[0]


def test_design_example_builds_the_brief_it_describes() -> None:
    brief = load_spec(FIXTURES / "design-example.yaml")
    assert brief.title == "Draft peace plan delivered to Velmora"
    assert brief.template_id == "situation-brief"
    assert brief.subtitle is None and brief.organization is None
    assert brief.author == "Desk analyst"
    assert brief.date == datetime(2025, 11, 20, 16, 30, tzinfo=UTC)
    assert brief.reference == "SB-2025-117"
    assert brief.marking == "TLP:AMBER"
    assert brief.distribution == ["Europe directorate"]
    assert brief.template_snapshot == load_template("situation-brief").source_text
    [source] = brief.sources
    assert source.id == "mw"
    assert source.publisher == "Meridian Wire"
    assert source.published == date(2025, 11, 20)
    assert source.grade == Grade("B", 2)
    assert source.text.startswith("Velmora receives draft plan")
    assert source.origin == "sources/mw.txt"
    assert [s.key for s in brief.sections] == ["summary", "actors", "questions", "caveats"]
    assert [i.kind for i in brief.items()] == ["prose", "actor", "question", "caveat"]
    actor = brief.section("actors").items[0]
    assert (actor.name, actor.role, actor.affiliation) == ("Anders Kallio", "Special envoy", "Nordmark")
    assert actor.text == "Drafted the plan with an adviser from Ostrava Bay."
    for item in brief.items():
        [citation] = item.citations
        assert citation.source_id == "mw"
        assert source.text[citation.start:citation.end] == citation.quote
        assert source.text.find(citation.quote) == citation.start
    assert brief.section("questions").items[0].citations[0].quote == "it’s not clear whether this plan is the one"


def test_source_files_are_read_as_utf8_with_unified_newlines_and_nfc(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("\ufeffline one\r\nCafe\u0301 two\rthree\n".encode())
    spec = tmp_path / "s.yaml"
    spec.write_text(HEADER + "sources:\n  - {id: a, title: A, file: a.txt}\n"
                    "sections:\n  summary:\n    - text: x\n"
                    "      cites: [{source: a, quote: \"Caf\u00e9 two\\nthree\"}]\n",
                    encoding="utf-8")
    brief = load_spec(spec)
    assert brief.sources[0].text == "line one\nCaf\u00e9 two\nthree\n"
    assert brief.items()[0].citations[0].start == 9


def test_inline_text_is_kept_exactly() -> None:
    brief = build_brief(HEADER + 'sources:\n  - {id: a, title: A, text: "x\\r\\ny e\\u0301"}\n')
    assert brief.sources[0].text == "x\r\ny e\u0301"


def test_at_selects_a_later_occurrence_and_is_checked() -> None:
    spec = HEADER + ("sources:\n  - {id: a, title: A, text: 'the plan and the plan'}\n"
                     "sections:\n  summary:\n    - text: x\n      cites: [{source: a, quote: the plan, at: 13}]\n")
    citation = build_brief(spec).items()[0].citations[0]
    assert (citation.start, citation.end) == (13, 21)
    line, problem = only_problem(spec.replace("at: 13", "at: 5"))
    assert line == 9
    assert "not at offset 5" in problem and "first occurs at offset 0" in problem


def test_a_quote_not_in_the_source_names_the_item_and_the_closest_passage() -> None:
    line, problem = only_problem(HEADER + (
        "sources:\n  - {id: a, title: A, text: 'Officials said the ship was boarded before dawn on Tuesday.'}\n"
        "sections:\n  summary:\n    - text: first\n    - text: second\n"
        "      cites:\n        - {source: a, quote: ship was bordered before dawn}\n"))
    assert line == 11
    assert "sections.summary[2].cites[1].quote" in problem
    assert "not in source 'a'" in problem
    assert 'closest passage (offset 19) is "ship was boarded before dawn"' in problem


def test_every_problem_is_reported_at_once_in_file_order() -> None:
    problems = problems_of(
        "brief: 3\ntemplate: situation-brief\ntitel: T\nmarking: TLP:ORANGE\n"
        "sources:\n  - {id: a, title: A, text: abc, reliability: Q}\n  - {id: a, title: B, text: d}\n"
        "sections:\n  summry: []\n  summary:\n    - text: x\n      cites: [{source: b, quote: x}]\n"
    )
    lines = [int(LINE.match(p).group(1)) for p in problems]  # type: ignore[union-attr]
    assert lines == sorted(lines)
    joined = "\n".join(problems)
    for expected in ("brief: spec format version 3 is not supported",
                     "titel: unknown key; did you mean 'title'?", "'TLP:ORANGE' is not a label",
                     "reliability 'Q' is not an Admiralty grade", "source id 'a' is used twice",
                     "no section 'summry'; did you mean 'summary'?", "cites unknown source 'b'"):
        assert expected in joined
    assert len(problems) == 7  # the misspelt title is not also reported as missing


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("brief: 1\ntemplate: situation-brief\ntitle: 'open\n", 4,
         "yaml: while scanning a quoted scalar started on line 3"),
        ("- a\n- b\n", 1, "spec: expected a mapping of keys to values, found a list"),
        ("", 1, "the spec is empty"),
        ("brief: 1\ntemplate: no-such-template\ntitle: T\n", 2, "template 'no-such-template' is not installed"),
        ("template: situation-brief\ntitle: T\n", 1, "the spec format version (`brief: 1`) is missing"),
        (HEADER + "title: again\n", 4, "title: is given twice (first on line 3)"),
        (HEADER + "date: 2025-11-20T16:30:00\n", 4, "date: the time needs a timezone"),
        (HEADER + "date: tomorrow\n", 4, "date: expected a date and time"),
        (HEADER + "distribution: {a: b}\n", 4, "distribution: expected a list, found a mapping"),
        (HEADER + "sources:\n  - {id: a, title: A, text: x, published: 2025-11-20T10:00:00Z}\n", 5,
         "sources[1].published: expected a date written as YYYY-MM-DD"),
        (HEADER + "sources:\n  - {id: a, title: A, text: x, credibility: 7}\n", 5,
         "sources[1].credibility: information credibility 7 is not an Admiralty grade"),
        (HEADER + "sources:\n  - {id: a, title: A, text: x, credibility: high}\n", 5,
         "sources[1].credibility: expected a whole number, found text"),
        (HEADER + "sources:\n  - {id: 'a b', title: A, text: x}\n", 5, "sources[1].id: \"a b\" is not a short id"),
        (HEADER + "sources:\n  - {id: a, title: A}\n", 5, "the source has no text; add `file:`"),
        (HEADER + "sources:\n  - {id: a, title: A, text: x, file: a.txt}\n", 5, "give either `file:` or `text:`"),
        (HEADER + "sources:\n  - {id: a, title: A, file: a.txt}\n", 5, "a spec given as text cannot name files"),
        (HEADER + "sources:\n  - {id: a, title: A, text: x, publsher: P}\n", 5,
         "sources[1].publsher: unknown key; did you mean 'publisher'?"),
        (HEADER + "sections:\n  summary:\n    - text: x\n      cites: [{source: a, quote: x}]\n", 7,
         "sections.summary[1].cites[1].source: cites unknown source 'a' (sources: none)"),
        (HEADER + "sources:\n  - {id: a, title: A, text: x}\nsections:\n  summary:\n    - text: y\n"
                  "      cites: [{source: a, quote: ''}]\n", 9, "the quote is empty"),
        (HEADER + "sections:\n  summary:\n    - tex: x\n", 6,
         "sections.summary[1].tex: unknown key; did you mean 'text'?"),
        (HEADER + "sections:\n  summary:\n    - {text: x, note: y}\n", 6, "sections.summary[1].note: unknown key"),
        (HEADER + "sections:\n  actors:\n    - {name: A, text: x}\n", 6, "sections.actors[1].text: unknown key"),
        (HEADER + "sections:\n  summary: [{text: [a, b]}]\n", 5,
         "sections.summary[1].text: expected text, found a list"),
        (HEADER + "sections:\n  sources:\n    - text: x\n", 5, "is filled in automatically"),
        (HEADER + "sections: [summary]\n", 4, "sections: expected a mapping"),
        (HEADER + "sections:\n  summary:\n    - {id: x1, text: a}\n    - {id: x1, text: b}\n", 7,
         "item id 'x1' is already used on line 6"),
        (HEADER + "marking: TLP:PURPLE\n", 4, "use one of TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED"),
        (HEADER + "releases:\n  - {at: 2025-11-20T10:00:00Z}\n", 5, "the action (drafted, sent, exported) is missing"),
        (HEADER + "extra_key: 1\n", 4, "extra_key: unknown key; valid keys: brief, template"),
    ],
)
def test_each_problem_is_one_line_with_its_line_number(text: str, line: int, expected: str) -> None:
    found_line, problem = only_problem(text)
    assert expected in problem
    assert found_line == line


def test_unsafe_yaml_tags_are_refused_not_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    problems = problems_of(HEADER + f"subtitle: !!python/object/apply:os.system ['touch {marker}']\n")
    assert "subtitle" in problems[0]
    assert not marker.exists()


def test_plain_scalars_in_text_fields_are_taken_as_written() -> None:
    brief = build_brief("brief: 1\ntemplate: situation-brief\ntitle: 2025\nreference: 0117\nauthor: yes\n")
    assert (brief.title, brief.reference, brief.author) == ("2025", "0117", "yes")


def test_marking_is_matched_case_insensitively_and_stored_canonically() -> None:
    assert build_brief(HEADER + "marking: tlp:amber+strict\n").marking == "TLP:AMBER+STRICT"


def test_judgments_and_caveat_kinds(all_kinds: object) -> None:
    spec = ("brief: 1\ntemplate: all-kinds\ntitle: T\nsections:\n  judgments:\n"
            "    - {text: J, likelihood: very likely, confidence: moderate}\n"
            "  caveats:\n    - {text: C, kind: anonymous-source}\n")
    brief = build_brief(spec)
    judgment = brief.section("judgments").items[0]
    assert (judgment.kind, judgment.likelihood, judgment.confidence) == ("judgment", "very likely", "moderate")
    assert brief.section("caveats").items[0].caveat_kind == "anonymous-source"
    problems = problems_of(spec.replace("very likely", "probable").replace("moderate", "medium"))
    assert len(problems) == 1  # the model stops at the first bad term of an item
    assert problems[0].startswith("<spec>:6: sections.judgments[1].likelihood: likelihood 'probable'")


def test_a_cite_to_a_source_with_problems_is_not_reported_twice(tmp_path: Path) -> None:
    spec = tmp_path / "s.yaml"
    spec.write_text(HEADER + "sources:\n  - {id: a, title: A, file: missing.txt}\n"
                    "sections:\n  summary:\n    - {text: x, cites: [{source: a, quote: q}]}\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(spec)
    assert len(caught.value.problems) == 1
    assert "missing.txt' does not exist" in caught.value.problems[0]
    assert caught.value.problems[0].startswith(f"{spec}:5: sources[1].file:")


def test_load_spec_reports_a_missing_or_non_utf8_file(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="does not exist"):
        load_spec(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"title: \xff\xfe\n")
    with pytest.raises(SpecError, match="is not UTF-8 text"):
        load_spec(bad)


def test_items_without_ids_get_deterministic_unique_ids() -> None:
    spec = HEADER + "sections:\n  summary:\n    - text: same\n    - text: same\n    - {id: mine, text: other}\n"
    first, second = build_brief(spec), build_brief(spec)
    assert first == second
    ids = [item.id for item in first.items()]
    assert len(set(ids)) == 3 and ids[2] == "mine"
    moved = build_brief(spec.replace("sections:\n  summary:\n", "sections:\n  summary:\n    - text: new\n"))
    assert [item.id for item in moved.items()][1:] == ids


def test_a_quote_differing_only_in_typography_says_so() -> None:
    _, problem = only_problem(HEADER + (
        "sources:\n  - {id: a, title: A, text: 'but it\u2019s not clear \u2014 yet'}\n"
        "sections:\n  summary:\n    - {text: x, cites: [{source: a, quote: \"it's not clear - yet\"}]}\n"))
    assert 'other quotation marks, dashes or spaces: "it\u2019s not clear \u2014 yet"' in problem


def test_alias_bombs_are_refused() -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 8):
        levels.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 10) + "]")
    spec = HEADER + "distribution:\n" + "".join(f"  - {line.split(': ', 1)[1]}\n" for line in levels)
    line, problem = only_problem(spec)
    assert line == 1 and "anchors and aliases" in problem


def test_problems_are_also_given_as_data() -> None:
    with pytest.raises(SpecError) as caught:
        build_brief(HEADER + "titel: x\n", origin="brief.yaml")
    [entry] = caught.value.entries
    assert (entry.origin, entry.line, entry.key) == ("brief.yaml", 4, "titel")
    assert str(entry) == caught.value.problems[0] == "brief.yaml:4: titel: unknown key; did you mean 'title'?"


def test_document_formats_are_read_as_an_import_reads_them(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>Harbour notice</title></head><body><h1>Harbour notice</h1>"
        "<p>The port of <b>Vesna</b> is closed &amp; guarded.</p><script>ignored()</script></body></html>",
        encoding="utf-8")
    spec = tmp_path / "s.yaml"
    spec.write_text(HEADER + "sources:\n  - {id: p, title: Notice, file: page.html}\n"
                    "sections:\n  summary:\n    - {text: x, cites: [{source: p, quote: Vesna is closed & guarded}]}\n",
                    encoding="utf-8")
    brief = load_spec(spec)
    source = brief.sources[0]
    assert "The port of Vesna is closed & guarded." in source.text and "ignored" not in source.text
    assert source.media_type == "text/html" and source.title == "Notice"
    assert brief.items()[0].citations[0].matches(source)
    assert build_brief(dump_brief(brief)) == brief
    (tmp_path / "page.html").write_bytes(b"")
    with pytest.raises(SpecError, match=r"s.yaml:5: sources\[1\].file: 'page.html' is empty"):
        load_spec(spec)


def test_a_look_alike_marking_is_refused_in_one_sentence(tmp_path: Path) -> None:
    """Regression: "TLP:RЕD" with a Cyrillic Е passed as an unknown label; it is named as a look-alike."""
    spec = tmp_path / "spec.yaml"
    spec.write_text("brief: 1\ntemplate: situation-brief\ntitle: T\nmarking: \"TLP:R\\u0415D\"\n", encoding="utf-8")
    with pytest.raises(SpecError, match="mixes Cyrillic and Latin letters"):
        load_spec(spec)
