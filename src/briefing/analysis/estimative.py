"""ICD 203 estimative language: find likelihood words off the scale, and likelihood mixed with confidence.

Used by `briefing check` on the analyst's own text: a judgment should say how likely
something is with one of the seven standard terms, and state confidence in a separate sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model.brief import LIKELIHOOD_TERMS

# Words that sound like likelihood but are not on the ICD 203 scale.
OFF_SCALE_TERMS: tuple[str, ...] = (
    "probably", "probable", "improbable", "possibly", "possible", "perhaps", "maybe", "might",
    "highly likely", "highly unlikely", "certainly", "definitely", "doubtful", "conceivably",
    "real possibility", "remote chance", "good chance", "slight chance", "fair chance", "better than even",
)
CONFIDENCE_PATTERN = re.compile(r"\b(low|moderate|high)(?:-|\s)confidence\b|\bconfidence\s+is\s+(low|moderate|high)\b",
                                re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


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
        issues.append(EstimativeIssue(
            "off-scale", match.start(), match.end(), match.group(0),
            f"{match.group(0)!r} is not an ICD 203 likelihood term; use one of: {', '.join(LIKELIHOOD_TERMS)}",
        ))
    for sentence in _SENTENCE.finditer(text):
        body = sentence.group(0)
        likelihood = LIKELIHOOD_PATTERN.search(body)
        confidence = CONFIDENCE_PATTERN.search(body)
        if likelihood and confidence:
            issues.append(EstimativeIssue(
                "likelihood-with-confidence", sentence.start(), sentence.end(), body.strip(),
                f"likelihood ({likelihood.group(0)!r}) and confidence ({confidence.group(0)!r}) are in the same "
                "sentence; state confidence in a sentence of its own",
            ))
    return sorted(issues, key=lambda issue: (issue.start, issue.kind))
