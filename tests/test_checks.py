"""run_checks: every preflight finding `briefing check` reports, on a brief built in Python."""

from __future__ import annotations

from briefing.checks import run_checks
from briefing.model import Citation, Grade, Item
from compose.conftest import situation_template
from compose.samples import sample_brief


def _codes(findings: list) -> list[str]:  # type: ignore[type-arg]
    return [f.code for f in findings]


def test_a_sound_brief_has_only_the_expected_findings() -> None:
    brief = sample_brief()
    findings = run_checks(brief, situation_template())
    # the background source has no grade; "probably" is not an ICD 203 term
    assert sorted(_codes(findings)) == ["off-scale-likelihood", "source-ungraded"]
    assert [f.source_id for f in findings if f.code == "source-ungraded"] == ["background"]


def test_empty_required_section_is_an_error() -> None:
    brief = sample_brief()
    brief.section("summary").items.clear()
    findings = run_checks(brief, situation_template())
    empty = [f for f in findings if f.code == "section-empty"]
    assert len(empty) == 1 and empty[0].severity == "error" and empty[0].section == "summary"
    assert "'Bottom line' is empty" in empty[0].message
    assert findings[0].severity == "error"  # errors come first


def test_word_limit_and_missing_citations() -> None:
    brief = sample_brief()
    brief.section("summary").items.append(Item("prose", " ".join(["word"] * 80)))
    findings = run_checks(brief, situation_template())
    limit = next(f for f in findings if f.code == "word-limit")
    assert limit.severity == "warning" and "allows 75" in limit.message
    uncited = [f for f in findings if f.code == "citation-required"]
    assert len(uncited) == 1 and uncited[0].item_id == brief.section("summary").items[-1].id


def test_citation_whose_quote_no_longer_matches() -> None:
    brief = sample_brief()
    brief.section("questions").items[0].citations.append(Citation("harbour", 0, 10, "not there"))
    brief.section("caveats").items[0].citations.append(Citation("vanished", 0, 3, "abc"))
    findings = run_checks(brief, situation_template())
    assert _codes(findings).count("citation-mismatch") == 1
    assert _codes(findings).count("citation-source-missing") == 1


def test_grades_and_markings() -> None:
    brief = sample_brief()
    brief.sources[1].grade = Grade("C", None)
    brief.marking = "TLP:PURPLE"
    brief.section("summary").items[0].portion = "SECRET"
    findings = run_checks(brief, situation_template())
    assert any(f.code == "source-ungraded" and "incomplete (C?)" in f.message for f in findings)
    unknown = [f for f in findings if f.code == "marking-unknown"]
    assert len(unknown) == 2 and all(f.severity == "error" for f in unknown)
    assert "TLP:CLEAR, TLP:GREEN" in unknown[0].message


def test_likelihood_and_confidence_in_one_sentence() -> None:
    brief = sample_brief()
    brief.section("summary").items[1].text = "The closure will likely last weeks; we have high confidence in this."
    findings = run_checks(brief, situation_template())
    mixed = [f for f in findings if f.code == "likelihood-with-confidence"]
    assert len(mixed) == 1 and mixed[0].severity == "warning" and mixed[0].section == "summary"
    assert "'Bottom line'" in mixed[0].message


def test_checks_without_a_template_still_check_citations_and_grades() -> None:
    brief = sample_brief()
    brief.section("summary").items.clear()
    assert "section-empty" not in _codes(run_checks(brief))
    assert "source-ungraded" in _codes(run_checks(brief))


def test_command_line_helpers() -> None:
    from briefing.checks import describe, exit_status

    brief = sample_brief()
    findings = run_checks(brief, situation_template())
    assert exit_status(findings) == 0
    assert describe(findings[0]).startswith("warning: ")
    brief.section("summary").items.clear()
    assert exit_status(run_checks(brief, situation_template())) == 1
