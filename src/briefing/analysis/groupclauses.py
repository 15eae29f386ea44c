"""The clause of a sentence a group speaks in: "X want ..., and Y feel ..." holds two views, and "It remains unclear
when ..., but officials hope to ..." rests only its last clause on the officials.

Kept apart from the caveat wording, which asks for these clauses: they read the text alone.
"""

from __future__ import annotations

import re

from briefing.analysis.text import Sentence


def clause_at(sentence: Sentence, position: int) -> str:
    """The clause of `sentence` that holds `position`: "X want ..., and Y feel ..." holds two views, and "In
    the campaign, many aides feel ..." or "Schilling did not back down, even as advocates called for ..." put
    the group's view after a phrase or a clause of their own."""
    text, at = sentence.text, position - sentence.start
    begin = 0
    opening = ADVERBIAL_OPENING.match(text)
    if opening and opening.end() <= at:
        begin = opening.end()
    for boundary in _CLAUSE_BOUNDARY.finditer(text, 0, at):
        begin = max(begin, boundary.end())
    end = next((b.start() for b in _CLAUSE_BOUNDARY.finditer(text, at)), len(text))
    return text[begin:end]


def own_clause(sentence: Sentence, position: int) -> str:
    """From the clause that holds `position` to the sentence's end when a clause before it says something else
    ("It remains unclear when ..., but officials hope to ..."), without its conjunction; "" otherwise."""
    text, at = sentence.text, position - sentence.start
    begin = max((b.end() for b in _CLAUSE_BOUNDARY.finditer(text, 0, at)), default=0)
    if not begin or text[:begin].count('"') % 2 or text[:begin].count("“") > text[:begin].count("”"):
        return ""  # no clause before it, or the boundary is inside a quotation
    own = re.sub(r"^(?:and|but|while|whereas|yet|even\s+as|although|though|because)\s+", "", text[begin:])
    if re.match(r"(?:before|after|when|until|since|as|if|unless|once)\s", own):
        return ""  # "..., but before city officials had weighed in, Trump said ...": a clause of time, not theirs
    return own if len(own.split()) >= 5 else ""


# where a clause of its own starts: after a comma before a conjunction, or after a semicolon
_CLAUSE_BOUNDARY = re.compile(r"[,;]\s+(?=(?:and|but|while|whereas|yet|even\s+as|although|though|because)\s)|;\s+")
# a phrase that opens the sentence before its subject: "In Clinton's campaign, ...", "Despite the gap, ..."
ADVERBIAL_OPENING = re.compile(r"(?:In|At|On|For|Despite|After|Before|With|Amid|Under|Unlike|Since|During)\s"
                               r"(?P<phrase>[^,;]{1,80}),\s+")
