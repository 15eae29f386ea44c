"""ICD 203 estimative language: find likelihood words off the scale, and likelihood mixed with confidence.

Used by `briefing check` on the analyst's own text: a judgment should say how likely
something is with one of the seven standard terms, and state confidence in a separate sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analysis.text import sentences
from briefing.model.brief import LIKELIHOOD_TERMS

# Words that sound like likelihood but are not on the ICD 203 scale.
OFF_SCALE_TERMS: tuple[str, ...] = (
    "probably", "probable", "improbable", "possibly", "possible", "perhaps", "maybe", "might",
    "highly likely", "highly unlikely", "certainly", "definitely", "doubtful", "conceivably",
    "real possibility", "remote chance", "good chance", "slight chance", "fair chance", "better than even",
    "in all likelihood", "chances are", "odds are", "presumably", "undoubtedly", "surely", "little chance",
    "no chance", "even chance", "fifty-fifty", "toss-up", "unlikely but possible", "more likely than not",
)
CONFIDENCE_PATTERN = re.compile(
    r"\b(low|moderate|medium|high)(?:-|\s)confidence\b|\bconfidence\s+(?:is|remains|was)\s+(low|moderate|high)\b"
    r"|\b(?:highly|moderately)\s+confident\b",
    re.IGNORECASE)


def _term_pattern(terms: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(t) for t in ordered) + r")\b", re.IGNORECASE)


LIKELIHOOD_PATTERN = _term_pattern(list(LIKELIHOOD_TERMS))
OFF_SCALE_PATTERN = _term_pattern(OFF_SCALE_TERMS)


@dataclass(frozen=True)
class EstimativeIssue:
    kind: str  # "off-scale" or "likelihood-with-confidence"
    start: int
    end: int
    text: str
    message: str


def estimative_issues(text: str) -> list[EstimativeIssue]:
    """Problems with the estimative language of `text`, in order of position."""
    issues: list[EstimativeIssue] = []
    for match in OFF_SCALE_PATTERN.finditer(text):
        if _inside_quotation(text, match.start()):
            continue  # a quoted source's words are reported, not the analyst's judgment
        issues.append(EstimativeIssue(
            "off-scale", match.start(), match.end(), match.group(0),
            f"{match.group(0)!r} is not an ICD 203 likelihood term; use one of: {', '.join(LIKELIHOOD_TERMS)}",
        ))
    for sentence in sentences(text):
        body = sentence.text
        likelihood = LIKELIHOOD_PATTERN.search(body)
        confidence = CONFIDENCE_PATTERN.search(body)
        if likelihood and confidence:
            issues.append(EstimativeIssue(
                "likelihood-with-confidence", sentence.start, sentence.end, body,
                f"likelihood ({likelihood.group(0)!r}) and confidence ({confidence.group(0)!r}) are in the same "
                "sentence; state confidence in a sentence of its own",
            ))
    return sorted(issues, key=lambda issue: (issue.start, issue.kind))


def _inside_quotation(text: str, position: int) -> bool:
    """True when `position` lies between an opening and a closing double quotation mark of its paragraph."""
    paragraph_start = text.rfind("\n\n", 0, position) + 1
    before = text[paragraph_start:position]
    curly_open = before.count("“") - before.count("”")
    straight = before.count('"')
    return curly_open > 0 or straight % 2 == 1
