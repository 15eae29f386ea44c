"""Names a source shows to be a ship, a state or a dateline's place, whatever cue (speaking, a given
name, capitals) a mention has.

"The bulk carrier Morning Gull" names a vessel: "the Morning Gull said" later in the story, or in
another source, is still the ship. "Mordaliya" is a state when the text also writes "the Mordali
government": an adjective made from the name, used in front of a common noun. Both read like a
person's name to the mention rules, which see one sentence at a time.
"""

from __future__ import annotations

import re

from briefing.analysis.text import Token
from briefing.analysis.wordforms import Mention, strip_possessive

_VESSEL = re.compile(
    r"\b(?:vessel|ship|tanker|freighter|ferry|yacht|trawler|frigate|destroyer|cruiser|submarine|warship|"
    r"dredger|(?:bulk|ore|gas|LNG|aircraft)\s+carrier)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})")


# one of them is in every match ("warship" holds "ship", every "... carrier" "carrier"): a text with none, as every
# Russian or Ukrainian one, is spared the search, which tries every position of the whole text
_VESSEL_HINTS = ("vessel", "ship", "tanker", "freighter", "ferry", "yacht", "trawler", "frigate", "destroyer",
                 "cruiser", "submarine", "dredger", "carrier")


def vessel_names(text: str) -> set[str]:
    """Names written right after a noun for a ship: "the tanker Sea Star", "the vessel Morning Gull"."""
    if not any(map(text.__contains__, _VESSEL_HINTS)):
        return set()
    return {strip_possessive(match.group("name")) for match in _VESSEL.finditer(text)}


def _adjectives(word: str) -> tuple[str, ...]:
    """The adjectives English makes from a state's name: Mordaliya/Mordali, Veloristan/Velori,
    Pakistan/Pakistani, Corvania/Corvanian."""
    if word.endswith("iya"):
        return (word[:-2],)
    if word.endswith("stan"):
        return (word[:-4], word + "i")
    if word.endswith("ia"):
        return (word + "n",)
    return ()


def state_names(text: str, mentions: list[Mention]) -> set[str]:
    """One-word names the text shows to be states, with the adjectives it makes of them.

    The evidence is the adjective before a common noun ("the Mordali foreign ministry"): a person's
    name ending in -iya or -stan has no such adjective.
    """
    found: set[str] = set()
    for word in {m.words[0] for m in mentions if len(m.words) == 1 and len(m.words[0]) >= 5}:
        for adjective in _adjectives(word):
            # the substring test first: most adjectives never occur, and the search compiles an expression
            if len(adjective) >= 4 and adjective in text and re.search(rf"\b{re.escape(adjective)}\s+[a-z]", text):
                found.update((word, adjective))
    return found


_DATELINE_TAIL = re.compile(r",\s+[A-Z][a-z]|\s+\d{4}-\d\d-\d\d")


def dateline_place(text: str, chunk: list[Token]) -> bool:
    """"KARACHI, Pakistan 1996-08-26", "WELLINGTON 1996-08-22": a place in capitals opening a dateline line."""
    return (chunk[0].start == 0 or text[chunk[0].start - 1] == "\n") and all(t.text.isupper() for t in chunk) \
        and bool(_DATELINE_TAIL.match(text, chunk[-1].end))
