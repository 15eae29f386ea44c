"""Broken templates: every problem reported at once, one line each, with file, line and key; never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing.errors import ProblemList
from briefing.templating import template_from_text, validate_template_file
from briefing.templating.source import MAX_TEMPLATE_BYTES

BROKEN = Path(__file__).parent / "broken"

# file -> (line, words that must appear in the first problem)
EXPECTED: dict[str, tuple[int | None, list[str]]] = {
    "unknown-key.yaml": (3, ["sectoins", "did you mean 'sections'"]),
    "section-unknown-key.yaml": (5, ["sections[0].titel", "did you mean 'title'"]),
    "wrong-type.yaml": (3, ["toc", "true or false"]),
    "missing-sections.yaml": (1, ["no sections", "sections:"]),
    "unknown-kind.yaml": (6, ["sections[0].kind", "'prse'", "did you mean 'prose'"]),
    "python-tag.yaml": (3, ["!!python/object/apply:os.system", "not allowed"]),
    "logo-outside.yaml": (4, ["branding.logo", "leaves the template's folder"]),
    "logo-absolute.yaml": (4, ["branding.logo", "absolute path"]),
    "not-utf8.yaml": (2, ["not UTF-8", "0xE9"]),
    "not-a-mapping.yaml": (1, ["must be a YAML mapping", "not a list"]),
    "empty.yaml": (1, ["empty"]),
    "syntax-error.yaml": (5, ["not valid YAML"]),
    "missing-parent.yaml": (3, ["extends", "'situation-breif' is not an installed template",
                                "did you mean 'situation-brief'"]),
    "bad-marking.yaml": (8, ["marking.levels[1].colour", "'red' is not a colour"]),
}


def test_the_table_covers_every_broken_file() -> None:
    assert sorted(EXPECTED) == sorted(p.name for p in BROKEN.glob("*.yaml"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_template_gives_a_located_one_line_message(name: str) -> None:
    line, words = EXPECTED[name]
    problems = validate_template_file(BROKEN / name)
    assert problems, f"{name} was accepted"
    first = problems[0]
    assert "\n" not in first
    assert first.startswith(f"{BROKEN / name}:{line}:" if line else f"{BROKEN / name}:")
    for word in words:
        assert word in first, (word, first)


def test_several_problems_are_reported_together() -> None:
    problems = validate_template_file(BROKEN / "wrong-type.yaml")
    assert len(problems) == 2
    assert "sections[0].max_words" in problems[1] and ":8:" in problems[1]
    marking = validate_template_file(BROKEN / "bad-marking.yaml")
    assert any("'TOP SECRET' is not a level" in p and ":5:" in p for p in marking)


def test_a_misspelt_key_is_not_reported_twice() -> None:
    problems = validate_template_file(BROKEN / "unknown-key.yaml")
    assert len(problems) == 1, problems


def test_an_extends_cycle_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(BROKEN / "cycle"))
    problems = validate_template_file(BROKEN / "cycle" / "cycle-a.yaml")
    assert len(problems) == 1
    assert "leads back to this template" in problems[0]
    assert "cycle-a.yaml → cycle-b.yaml" in problems[0] or "cycle-b.yaml → cycle-a.yaml" in problems[0]


def test_a_file_of_50_mb_is_refused_before_parsing(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as out:
        out.truncate(50_000_000)
    problems = validate_template_file(huge)
    assert problems == [f"{huge}: the file is 50 MB; a template may be at most 1 MB "
                        "(put large assets such as logos in files next to it)"]
    assert MAX_TEMPLATE_BYTES == 1_000_000


def test_the_python_tag_is_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = f"id: x\nname: x\nsections: !!python/object/apply:pathlib.Path.touch [{str(marker)!r}]\n"
    with pytest.raises(ProblemList):
        template_from_text(text)
    assert not marker.exists()


def test_alias_bombs_are_refused() -> None:
    lines = ["id: bomb", "name: bomb", "a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in range(1, 8):
        lines.append(f"{chr(97 + level)}: &{chr(97 + level)} [" + ", ".join([f"*{chr(96 + level)}"] * 10) + "]")
    lines.append("sections: [{key: s, title: S, kind: prose}]")
    with pytest.raises(ProblemList) as caught:
        template_from_text("\n".join(lines))
    assert "too large or too deeply nested" in str(caught.value)


@pytest.mark.parametrize(("snippet", "expected"), [
    ("page: {size: A5}", "page.size: 'A5' is not one of A4, Letter, Legal"),
    ("page: {margins: {top: 3 inches}}", "page.margins.top: '3 inches' is not a length"),
    ("page: {margins: 500mm}", "page.margins: '500mm' is out of range"),
    ("typography: {body_font: Comic Sans}", "'Comic Sans' is not a bundled font"),
    ("typography: {body_font: dejavu serif, heading_sizes: [16, 13]}", "typography.heading_sizes: must be a list"),
    ("typography: {body_font: fonts/missing.ttf}", "'fonts/missing.ttf' does not exist"),
    ("branding: {accent_color: '#FF0000'}", "did you mean 'accent_colour'"),
    ("branding: {logo: logo.svg}", "SVG logos are not supported"),
    ("marking: {scheme: tlp, default: TLP:AMBR}", "did you mean 'TLP:AMBER'"),
    ("marking: {scheme: tlp, levels: []}", "levels belong to the classification scheme only"),
    ("marking: {scheme: none, portion_marks: true}", "portion marks need a marking scheme"),
    ("marking: {scheme: classification}", "needs `levels`"),
    # regression: a level that only looks like another (Cyrillic "Е") would slip past a policy keyed on it
    ("marking: {scheme: classification, levels: [{label: \"S\u0415CRET\", colour: '#FF0000'}]}",
     "mixes Cyrillic and Latin letters"),
    ("marking: {scheme: classification, levels: [{label: SECRET, colour: '#FF0000'}, "
     "{label: \"SE\u200bCRET\", colour: '#FF0000'}]}", "listed twice"),
    ("cover: {fields: [title, dtg]}", "'dtg' is not one of"),
    ("citation_style: endnotes", "'endnotes' is not one of numbered, footnotes"),
    ("labels: {page: 'Seite {page} von {total}'}", "uses {total}, which this label does not provide"),
    ("labels: {sources: 'Quellen {'}", "unmatched brace"),
    ("labels: {source: Quellen}", "did you mean 'sources'"),
    ("id: Situation Brief", "id: 'Situation Brief' is not of the expected form"),
    ("toc: yes\ntoc: no", "toc: is written twice"),
])
def test_value_problems(tmp_path: Path, snippet: str, expected: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("id: t\nname: T\nsections:\n  - {key: summary, title: S, kind: prose}\n" + snippet + "\n",
                    encoding="utf-8")
    problems = validate_template_file(path)
    assert any(expected in p for p in problems), problems
    assert all(p.startswith(f"{path}:") for p in problems)


@pytest.mark.parametrize(("sections", "expected"), [
    ("[{key: a, title: A, kind: prose}, {key: a, title: B, kind: prose}]", "'a' is used by another section"),
    ("[{key: a, title: A, kind: prose, min_items: 3, max_items: 2}]", "min_items (3) is more than max_items (2)"),
    ("[{key: s, title: S, kind: sources, max_words: 10}]", "does not apply to the sources section"),
    ("[{key: s, title: S, kind: sources}, {key: t, title: T, kind: sources}]", "more than one section of kind"),
    ("[{key: a, title: A, kind: prose, columns: [name]}]", "columns apply only to sections of kind actors"),
    ("[{key: a, title: A, kind: actors, columns: [role, phone]}]", "'phone' is not one of"),
    ("[{key: a, title: A, kind: actors, columns: [role]}]", "needs the name column"),
    ("[]", "must be a non-empty list"),
    ("{summary: {title: S}}", "patches the parent's sections only with `extends`"),
    ("[{key: Summary!, title: S, kind: prose}]", "is not of the expected form"),
    ("[{key: a, title: A, kind: prose, max_words: -5}]", "out of range"),
    ("[{key: a, title: A, kind: prose, required: 1}]", "must be true or false"),
])
def test_section_problems(tmp_path: Path, sections: str, expected: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(f"id: t\nname: T\nsections: {sections}\n", encoding="utf-8")
    problems = validate_template_file(path)
    assert any(expected in p for p in problems), problems


def test_validate_cli_reports_each_broken_file_and_exits_1(cli_env: dict[str, str]) -> None:
    result = subprocess.run([sys.executable, "-m", "briefing", "templates", "validate", str(BROKEN)],
                            capture_output=True, text=True, env=cli_env, timeout=120, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for name in EXPECTED:
        assert f"{BROKEN / name}:" in result.stderr, name
    assert all(line.startswith("briefing: ") for line in result.stderr.splitlines())
