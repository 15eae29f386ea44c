"""Preflight checks of a brief (`briefing check`, the app's Checks panel).

Each finding names its severity, the place it concerns (section key, item id, source id)
and one sentence for the user. Errors are what a reader must not receive (a citation that no
longer says what the brief claims, a marking nobody can interpret, an empty required section);
warnings are what an editor would query.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from briefing.analysis.estimative import estimative_issues
from briefing.errors import ProblemList
from briefing.model import Brief, Item
from briefing.templating.model import SectionSpec, Template

Severity = Literal["error", "warning", "info"]
_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Finding:
    """One preflight problem: how bad, a stable code, one sentence, and where (section, item, source)."""

    severity: Severity
    code: str
    message: str
    section: str | None = None
    item_id: str | None = None
    source_id: str | None = None


def run_checks(brief: Brief, template: Template | None = None) -> list[Finding]:
    """All findings for `brief`, errors first, in a stable order."""
    findings: list[Finding] = []
    findings.extend(_citation_findings(brief))
    if template is not None:
        findings.extend(_section_findings(brief, template))
        findings.extend(_marking_findings(brief, template))
    findings.extend(_grade_findings(brief))
    findings.extend(_estimative_findings(brief, template))
    return sorted(findings, key=lambda f: _ORDER[f.severity])


def _title(template: Template | None, key: str) -> str:
    spec = template.section(key) if template else None
    return spec.title if spec else key


def _item_name(item: Item) -> str:
    text = (item.label or "").strip().replace("\n", " ")
    return repr(text[:50] + ("…" if len(text) > 50 else ""))


def _citation_findings(brief: Brief) -> list[Finding]:
    findings: list[Finding] = []
    for section in brief.sections:
        for item in section.items:
            for citation in item.citations:
                source = brief.find_source(citation.source_id)
                if source is None:
                    findings.append(Finding("error", "citation-source-missing",
                                            f"a citation of item {_item_name(item)} in {section.key!r} points to a "
                                            "source that is no longer in the brief; cite another source",
                                            section.key, item.id, citation.source_id))
                elif not citation.matches(source):
                    findings.append(Finding("error", "citation-mismatch",
                                            f"the quote {citation.quote[:60]!r} cited by item {_item_name(item)} no "
                                            f"longer matches the text of {source.title!r}; cite the passage again",
                                            section.key, item.id, source.id))
    return findings


def _section_findings(brief: Brief, template: Template) -> list[Finding]:
    findings: list[Finding] = []
    for spec in template.sections:
        section = next((s for s in brief.sections if s.key == spec.key), None)
        items = section.items if section else []
        findings.extend(_one_section(brief, spec, items))
    return findings


def _one_section(brief: Brief, spec: SectionSpec, items: list[Item]) -> list[Finding]:
    findings: list[Finding] = []
    filled = [item for item in items if item.text.strip() or (item.name or "").strip()]
    if spec.kind == "sources":
        if spec.required and not brief.sources:
            findings.append(Finding("error", "section-empty",
                                    f"the required section {spec.title!r} is empty: the brief has no sources",
                                    spec.key))
        return findings
    if spec.required and not filled:
        findings.append(Finding("error", "section-empty",
                                f"the required section {spec.title!r} is empty; add at least one entry", spec.key))
    if spec.min_items is not None and filled and len(filled) < spec.min_items:
        findings.append(Finding("warning", "too-few-items",
                                f"{spec.title!r} has {len(filled)} entries; the template asks for at least "
                                f"{spec.min_items}", spec.key))
    if spec.max_items is not None and len(filled) > spec.max_items:
        findings.append(Finding("warning", "too-many-items",
                                f"{spec.title!r} has {len(filled)} entries; the template allows at most "
                                f"{spec.max_items}", spec.key))
    words = sum(item.word_count() for item in items)
    if spec.max_words is not None and words > spec.max_words:
        findings.append(Finding("warning", "word-limit",
                                f"{spec.title!r} has {words} words; the template allows {spec.max_words}",
                                spec.key))
    if spec.cites_required:
        for item in filled:
            if not item.citations:
                findings.append(Finding("error", "citation-required",
                                        f"item {_item_name(item)} in {spec.title!r} cites no source; this section "
                                        "requires a citation for every entry", spec.key, item.id))
    return findings


def _marking_findings(brief: Brief, template: Template) -> list[Finding]:
    """A brief marking or a portion mark the scheme cannot print is an error (the reader would get the
    brief unmarked, or marked with something nobody's policy knows); a source's is a warning."""
    scheme = template.marking
    findings: list[Finding] = []
    if brief.marking:
        problem = scheme.problem(brief.marking)
        if problem:
            findings.append(Finding("error", "marking-unknown", problem))
    if scheme.kind == "none":
        return findings
    for section in brief.sections:
        for item in section.items:
            problem = scheme.problem(item.portion) if item.portion else None
            if problem:
                findings.append(Finding("error", "marking-unknown",
                                        f"item {_item_name(item)}: portion marking: {problem}", section.key, item.id))
    for source in brief.sources:
        problem = scheme.problem(source.marking) if source.marking else None
        if problem:
            findings.append(Finding("warning", "marking-unknown", f"source {source.title!r}: {problem}",
                                    source_id=source.id))
    return findings


def marking_errors(brief: Brief, template: Template) -> list[Finding]:
    """The marking errors `check` reports, which every release path (export, e-mail, send) refuses:
    a brief is never released without the marking it carries, nor with one nobody's policy matches."""
    return [f for f in _marking_findings(brief, template) if f.severity == "error"]


def refuse_marking_errors(brief: Brief, template: Template) -> None:
    """Raise the marking errors of `brief` as one BriefingError (one line per problem)."""
    problems = [f.message for f in marking_errors(brief, template)]
    if problems:
        raise ProblemList([f"not exported: {problem}" for problem in problems])


def _grade_findings(brief: Brief) -> list[Finding]:
    findings: list[Finding] = []
    for source in brief.sources:
        if not source.grade.is_set:
            findings.append(Finding("warning", "source-ungraded",
                                    f"the source {source.title!r} has no Admiralty grade; assess its reliability "
                                    "(A–F) and credibility (1–6)", source_id=source.id))
        elif not source.grade.is_complete:
            findings.append(Finding("warning", "source-ungraded",
                                    f"the grade of the source {source.title!r} is incomplete "
                                    f"({source.grade.code()}); give both reliability and credibility",
                                    source_id=source.id))
    return findings


def _estimative_findings(brief: Brief, template: Template | None) -> list[Finding]:
    findings: list[Finding] = []
    for section in brief.sections:
        for item in section.items:
            for issue in estimative_issues(item.text):
                if issue.kind == "likelihood-with-confidence":
                    findings.append(Finding("warning", "likelihood-with-confidence",
                                            f"in {_title(template, section.key)!r}: {issue.message}",
                                            section.key, item.id))
                else:
                    findings.append(Finding("info", "off-scale-likelihood",
                                            f"in {_title(template, section.key)!r}: {issue.message}",
                                            section.key, item.id))
    return findings


def describe(finding: Finding) -> str:
    """One line for the command line: severity, then the sentence."""
    return f"{finding.severity}: {finding.message}"


def exit_status(findings: list[Finding]) -> int:
    """What `briefing check` returns: 1 when any finding is an error, else 0."""
    return 1 if any(f.severity == "error" for f in findings) else 0
