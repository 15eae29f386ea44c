"""Analysis: deterministic, offline suggestions (actors, caveats, questions, summary) with evidence.

`analyze(sources)` reads model Sources; `analyze_texts(texts)` reads plain strings. Both return
`Suggestions`, whose every item carries the exact span of source text it rests on and the cue
that produced it. Pure Python rules: no network, no model files, same input -> same output.
"""

from briefing.analysis.engine import analyze, analyze_texts
from briefing.analysis.estimative import EstimativeIssue, estimative_issues
from briefing.analysis.suggestions import (
    ActorSuggestion,
    CaveatSuggestion,
    QuestionSuggestion,
    Suggestions,
    SummarySuggestion,
)

__all__ = [
    "ActorSuggestion",
    "CaveatSuggestion",
    "EstimativeIssue",
    "QuestionSuggestion",
    "Suggestions",
    "SummarySuggestion",
    "analyze",
    "analyze_texts",
    "estimative_issues",
]
