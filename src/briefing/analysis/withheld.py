"""What a text says has not been made public or established, asked for by name: a document ("What does the
surveyor's report say?"), a fact ("What is the cost of the package?"), who someone is ("Who are the victims?"), a
cause under investigation ("What is the cause of the fire?").
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis.silence import NOT_A_SUBJECT, lower_opening
from briefing.analysis.wordlists import word_set

_DOCUMENT_NOUNS = word_set("document_nouns")
_FACT_NOUNS = word_set("withheld_fact_nouns")
# "The cost of the package has not been made public": the fact's noun first, then what it is of
_WITHHELD_FACT = re.compile(
    r"^(?P<subject>(?:The|Its|His|Her|Their)\s+(?:(?:exact|precise|full|final|official|true)\s+)?(?P<noun>[a-z]+)"
    r"(?:\s+of\s+[^,;]{1,60}?)?)"
    r"\s+(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+"
    r"(?P<verb>made\s+public|published|released|disclosed|announced|revealed|given|determined|established|identified|"
    r"named)\b")
_WITHHELD = re.compile(
    r"^(?P<subject>(?:The|Its|His|Her|Their)\s+(?:[\w'’-]+\s+){0,4}?(?P<noun>[a-z]+))"
    r"(?:,[^,]{1,160},)?\s+(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+"
    r"(?:made\s+public|published|released|disclosed|shared)\b")
_UNDER_INVESTIGATION = re.compile(r"(?P<subject>The\s+(?:cause|causes|origin|circumstances|reason)\s+of\s+"
                                  r"[^,;]{3,80}?)\s+(?P<verb>is|are|remains|remain)\s+(?:still\s+)?under\s+"
                                  r"investigation\.?$")


def cause_under_investigation(sentence: str) -> str | None:
    """"The cause of the fire is under investigation" -> "What is the cause of the fire?" (only a cause, an origin,
    circumstances or a reason: "The incident is under investigation" names nothing to ask for)."""
    investigated = _UNDER_INVESTIGATION.match(sentence)
    if investigated is None:
        return None
    copula = "are" if investigated.group("verb") in ("are", "remain") else "is"
    subject = investigated.group("subject")
    return f"What {copula} {subject[0].lower()}{subject[1:]}?"


def withheld_fact_question(sentence: str) -> str | None:
    """"The surveyor's report, which …, has not been made public" -> "What does the surveyor's report say?";
    "The cost of the package has not been made public" -> "What is the cost of the package?"; "The victims have
    not been identified" -> "Who are the victims?". None for a sentence that names no such fact."""
    fact = _WITHHELD_FACT.match(sentence)
    if fact is not None and fact.group("noun").lower().removesuffix("s") in lx.PERSON_NOUNS \
            and " of " not in fact.group("subject") \
            and fact.group("verb") in ("identified", "named"):
        subject = fact.group("subject")  # "The victims have not been identified": who they are
        return f"Who {'are' if subject.endswith('s') else 'is'} {subject[0].lower()}{subject[1:]}?"
    if fact is not None and fact.group("noun").lower() in _FACT_NOUNS:
        noun = fact.group("noun").lower()
        plural = noun.endswith("s") and noun != "whereabouts"  # "details", "names", "terms": plurals
        subject = fact.group("subject")
        return f"What {'are' if plural else 'is'} {subject[0].lower()}{subject[1:]}?"
    match = _WITHHELD.match(sentence)
    if match is None or match.group("noun") not in _DOCUMENT_NOUNS:
        return None
    subject = match.group("subject")
    plural = match.group("noun").endswith("s")  # the listed nouns in -s are plurals: findings, terms
    return f"What {'do' if plural else 'does'} {subject[0].lower()}{subject[1:]} say?"


def undecided(before_cue: str, after_cue: str) -> str | None:
    """"The Pentagon has not decided whether to send more interceptors" -> "Will the Pentagon send more
    interceptors?"."""
    subject = before_cue.strip()
    act = re.match(r"\s*(?:whether|if)\s+to\s+(?P<act>[^;:,]+?)[.]?(?:,|$)", after_cue)  # not ", a spokesman said"
    if act is None or not 1 <= len(subject.split()) <= 6 or subject.split()[0].lower() in NOT_A_SUBJECT:
        return None
    if subject.split()[0] in ("The", "A", "An"):
        subject = subject[:1].lower() + subject[1:]  # "the Pentagon", a name keeps its capital
    return f"Will {subject} {act.group('act')}?"


def unbalanced_quote(clause: str) -> bool:
    """A clause that opens or closes a quotation it does not hold whole."""
    return clause.count('"') % 2 == 1 or clause.count("“") != clause.count("”")


_EVIDENCE_FOR = re.compile(r"^(?P<owner>(?:The\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,2}?)\s+(?:did|has|have|had)\s+not\s+"
                           r"\w+\s+(?:any\s+)?(?:the\s+)?(?P<noun>evidence|proof|data)\s+(?:behind|for|supporting)\s+"
                           r"(?P<whose>the|its|their|this|that)\s+(?P<thing>[a-z]+)\b")


def evidence_asked_for(sentence: str) -> str | None:
    """"The ministry did not publish the data behind its estimate" -> "What data lies behind the ministry's
    estimate?" (when no sentence before it in its paragraph holds the claim)."""
    wanted = _EVIDENCE_FOR.match(sentence)
    if wanted is None:
        return None
    whose, thing = wanted.group("whose"), wanted.group("thing")
    if whose in ("its", "their"):
        apostrophe = "’" if "’" in sentence else "'"
        whose = f"{lower_opening(wanted.group('owner'))}{apostrophe}s"
    if wanted.group("noun") == "data":
        return f"What data lies behind {whose} {thing}?"
    return f"What {wanted.group('noun')} is there for {whose} {thing}?"
