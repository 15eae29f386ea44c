"""What a party that would not comment is asked: "Russia's foreign ministry has not commented" -> "What does
Russia's foreign ministry say?".

A spokesman speaks for the body he names, a name set off after a description is the name, and a party that
only states its policy of not commenting has said something. The subject words below are shared with the other
question rules: what may open a subject, and what never is one.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis.wordlists import word_set

# what a clause's subject opens with: a determiner or a possessive, a capital, a digit
SUBJECT_START = re.compile(r"^(?:(?i:the|a|an|this|that|these|those|its|his|her|their|our)\b|[A-Z]|\d)")
_SOURCE_NOUNS = word_set("source_nouns")


# a party that would not comment ("has not commented", "declined to comment", "did not respond")
_NO_COMMENT = re.compile(r"(?:declined|refused)\s+to\s+comment|(?P<aux>has|have|had)\s+not\s+(?:yet\s+)?"
                         r"(?:commented|responded|replied)|did\s+not\s+(?:respond|comment|reply|answer|return)"
                         r"|(?P<now>does|do)\s+not\s+comment",
                         re.IGNORECASE)
_WHO_SPOKE_FOR = re.compile(r"(?:a|an|the)\s+(?:spokes(?:man|woman|person)|representative)\s+(?:for|of)\s+"
                            r"(?P<body>.+)$", re.IGNORECASE)
_BODYS_SPOKESMAN = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?P<body>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s+"
                              r"(?:spokes(?:man|woman|person)|representative)")
NOT_A_SUBJECT = frozenset(("he", "she", "they", "it", "we", "i", "you", "this", "that", "who", "which", "through",
                            "in", "at", "on", "for", "with", "by", "from", "after", "when", "but", "and"))
OPENING_WORDS = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our"))
_SELF = re.compile(r"\s+(?:himself|herself|itself|themselves)$", re.IGNORECASE)
_JOINING = re.compile(r"^(?:but|and|though|although|while|yet)\s+(?=\S)", re.IGNORECASE)
_TOLD_BY = re.compile(r"^.*\b(?:said|says|added|noted|told\s+\w+)\s+(?:that\s+)?(?=\S)", re.IGNORECASE)
# "The vessel's owner, Gulf Horizon Shipping,": a name set off after a description
_APPOSED_NAME = re.compile(r"(?:[A-Z][\w&'’.\-]*\s+){0,4}[A-Z][\w&'’.\-]*")
_JOINED_CLAUSE = re.compile(r",\s+(?:but|and|though|although|while|yet)\s+", re.IGNORECASE)


def what_it_says(subject: str, cue: str) -> str | None:
    """"Russia's foreign ministry has not commented" -> "What does Russia's foreign ministry say?"; a spokesman
    speaks for the body he names ("A spokesman for the Harbour Board declined" -> "the Harbour Board"), and a
    name with its apposition is the name ("Hope Hicks, a campaign spokeswoman"). None for a pronoun, a phrase
    that opens on a preposition or a long subject, none of which would say who; "" for unnamed people no one could
    ask ("Aides declined to comment")."""
    no_comment = _NO_COMMENT.fullmatch(cue)
    # "..., and the harbour board has not commented": the board; "Hope Hicks, a campaign spokeswoman": Hope Hicks
    subject = _JOINED_CLAUSE.split(" ".join(subject.split()).strip(" ,"))[-1]
    parts = _JOINING.sub("", subject).split(",")
    # "The vessel's owner, Gulf Horizon Shipping,": the name set off after the description
    named = parts[1].strip() if len(parts) >= 2 and _APPOSED_NAME.fullmatch(parts[1].strip()) else None
    subject = _SELF.sub("", named or parts[0])  # "Reddick himself"
    subject = _TOLD_BY.sub("", subject)  # "Ramos said Trump has not replied": Trump
    subject = re.sub(r"\s\([A-Z]{2,8}\)$", "", subject)  # "The Security Service of Ukraine (SBU)": the name
    words = subject.split()
    if no_comment is None or not words or len(words) > 8 or not SUBJECT_START.match(subject) \
            or words[0].lower() in NOT_A_SUBJECT:
        return None
    spoke_for = _WHO_SPOKE_FOR.match(subject)
    whose = _BODYS_SPOKESMAN.fullmatch(subject) if spoke_for is None else None
    if spoke_for:
        subject = spoke_for.group("body")
        words = subject.split()
    elif whose:  # "A Commission spokesperson declined": the Commission; "A Gazprom spokesman": Gazprom
        body = whose.group("body")
        subject = f"the {body}" if body.split()[-1].lower() in lx.ORG_HEADS else body
        words = subject.split()
    aux = (no_comment.group("aux") or {"does": "has", "do": "have"}.get((no_comment.group("now") or "").lower(), ""))
    aux = aux.lower()
    head = words[-1]
    first = words[0].lower()
    if len(words) == 1 and first in _SOURCE_NOUNS:
        return ""  # "Aides declined to comment": no one the brief could ask, and no question
    plural = aux == "have" or " and " in subject or (
        aux != "has" and head.islower() and head.endswith("s") and not head.endswith(("ss", "'s", "’s")))
    if first in OPENING_WORDS or (first in _SOURCE_NOUNS and words[0][1:].islower()):
        subject = subject[0].lower() + subject[1:]  # "the harbour board", "officials at the port"; names keep capitals
    return f"What {'do' if plural else 'does'} {subject} say?"


def lower_opening(text: str) -> str:
    """"The ministry" inside a question reads "the ministry": an opening word loses its sentence capital, a name
    keeps it."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    if first.lower() in OPENING_WORDS:
        return text[0].lower() + text[1:]
    return text
