"""Cues that a name is a person, read from what the sentence does with it rather than from a title.

News prose often names someone without a title, a role or a known given name, and then says
something only a person can undergo or have: "Tarvo Ilves was arrested on Friday", "Ilves and his
wife", "Ilves's widow", "Interfax quoted Ilves as saying", "Ilves is the chairman of ...". These
rules give such a mention its person cue. They are asked only for a name that has no cue yet, and
each is one anchored match at the name's end (no search through the sentence), so they cost
almost nothing.
"""

from __future__ import annotations

import re

from briefing.analysis.text import Sentence
from briefing.analysis.wordforms import ROLE_HEADS, Mention

# what happens to people, not to firms or places: a company is "charged" or "sold", never "arrested"
_SUFFERED = re.compile(
    r"(?:\s+(?:also|later|then|reportedly|allegedly))?\s+(?:was|were|had\s+been|has\s+been|is\s+being|was\s+being)\s+"
    r"(?:(?:later|then|also|reportedly|allegedly|briefly)\s+)?"
    r"(?:arrested|detained|executed|jailed|imprisoned|kidnapped|abducted|murdered|assassinated|stabbed|hanged|"
    r"born|extradited|deported|hospitali[sz]ed|paroled|acquitted|beheaded|strangled)\b")
# kin: "X and his wife", "X's widow" (a firm has lawyers and staff, but no wife or son)
_KIN = r"(?:wife|husband|widow|widower|son|sons|daughter|daughters|mother|father|brother|sister|fiancee|fiance)"
_AND_KIN = re.compile(rf"\s+and\s+(?:his|her)\s+{_KIN}\b")
_POSSESSIVE_KIN = re.compile(rf"(?:'s|’s|')\s+(?:\w+\s+)?{_KIN}\b")
# "X is the chairman of ...", "X was a senior aide to ...": a role stated as what the name is
_IS_ROLE = re.compile(r"\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?P<head>[a-z][\w\-]*)"
                      r"(?=\s+(?:of|to|for|at|in|who)\b|[,.])")
# role heads that a firm or a country can also be ("the market leader", "a member of", "the main supplier")
_SHARED_HEADS = frozenset({
    "leader", "owner", "member", "partner", "supporter", "investor", "seller", "exporter", "importer",
    "developer", "builder", "player", "rival", "challenger", "defendant", "plaintiff", "successor",
    "predecessor", "ally", "counterpart", "dealer", "broker", "trader", "landlord", "tenant", "champion",
    "incumbent", "opponent", "head", "founder", "co-founder", "victim", "winner", "organiser", "organizer",
    "mediator", "negotiator", "delegate", "representative", "veteran", "witness", "guard", "survivor",
})
_QUOTED_BEFORE = re.compile(r"\bquoted\s+$")
_AS_SAYING = re.compile(r"(?:'s|’s)?\s+as\s+saying\b")


def context_person_cue(text: str, sentence: Sentence, mention: Mention) -> str | None:
    """Why the sentence shows this name to be a person, or None. Ask only for a name without a cue."""
    end = mention.end
    tail_end = min(sentence.end, end + 80)
    if _SUFFERED.match(text, end, tail_end):
        return "what befalls a person"
    if _AND_KIN.match(text, end, tail_end) or _POSSESSIVE_KIN.match(text, end, tail_end):
        return "kin"
    role = _IS_ROLE.match(text, end, tail_end)
    if role and role.group("head") in ROLE_HEADS and role.group("head") not in _SHARED_HEADS:
        return f"is a {role.group('head')}"
    start = mention.start
    if _AS_SAYING.match(text, end, tail_end) and _QUOTED_BEFORE.search(text, max(sentence.start, start - 8), start):
        return "quoted as saying"
    return None


_INITIAL = re.compile(r"[A-Z]\.?")


def without_middle_initials(words: list[str]) -> list[str]:
    """"Franklin D. Roosevelt" read as "Franklin Roosevelt": a middle initial hides the given name-surname shape.

    Only an initial between two words is dropped: a leading one ("J. Crew", "A. Moller") is how many
    firms are named, so it proves nothing.
    """
    if len(words) < 3 or not any(len(w) <= 2 for w in words[1:-1]):
        return words
    return [words[0], *(w for w in words[1:-1] if not _INITIAL.fullmatch(w)), words[-1]]
