"""Preflight checks of a brief (`briefing check`, the app's Checks panel).

Each finding names its severity, the place it concerns (section key, item id, source id)
and one sentence for the user. The export issue extends the list of checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from briefing.model import Brief
from briefing.templating.model import Template

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: str
    section: str | None = None
    item_id: str | None = None
    source_id: str | None = None


def run_checks(brief: Brief, template: Template | None = None) -> list[Finding]:
    """All findings for `brief`, errors first, in a stable order."""
    findings: list[Finding] = []
    for section in brief.sections:
        for item in section.items:
            for citation in item.citations:
                source = brief.find_source(citation.source_id)
                if source is None:
                    findings.append(Finding("error", "citation-source-missing",
                                            f"a citation in {section.key!r} points to a missing source",
                                            section.key, item.id, citation.source_id))
                elif not citation.matches(source):
                    findings.append(Finding("error", "citation-mismatch",
                                            f"the quote {citation.quote[:60]!r} no longer matches {source.title!r}",
                                            section.key, item.id, source.id))
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(findings, key=lambda f: order[f.severity])
