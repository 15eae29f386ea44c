"""News outlets in a source: its own publisher, the bylines, and names that are outlets the story cites.

An outlet the story cites ("Interfax news agency said") is an organisation among the actors; the
source's own publisher and its reporters are not (they are the source itself). These rules tell
which is which, from the dateline, the byline, credit lines and how the text names an outlet.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.wordforms import WordBeforeName

GENERIC_OUTLET = wl.word_set("outlet_heads")


_BARE_MEDIA = frozenset({"tv", "radio", "television", "press", "wire"})


def names_an_outlet(words: tuple[str, ...]) -> bool:
    """"Interfax", "Zycie Warszawy", "Damascus Radio" name an outlet; "TV", "Times" alone or "Yugoslav"
    (from "Yugoslav news agency") are a kind of outlet or where it is from, not its name."""
    if len(words) != 1:
        return True
    low = words[0].lower()
    return not (low in _BARE_MEDIA or low in GENERIC_OUTLET or low in lx.MEDIA_NOUNS or low in lx.PLACES
                or lx.is_nationality(words[0]))


CREDIT = re.compile(
    r"^(?:\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ontributing|[Rr]esearch)(?:\s+by)?:?\s+"
    r"(?P<names>[^;)\n]{3,200}))"
    r"|^(?P<names2>[A-Z][^.\n]{3,120}?)\s+contributed(?:\s+reporting|\s+to\s+this\s+(?:report|story|article))")


# what a credit line opens with; one that opens otherwise must hold "contributed"
_CREDIT_OPENING = re.compile(r"\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ontributing|[Rr]esearch)")


def credit_line(body: str) -> re.Match[str] | None:
    """CREDIT on one sentence, tried only where it can match (most sentences are no credit line)."""
    return CREDIT.search(body) if "contributed" in body or _CREDIT_OPENING.match(body) else None


def byline_names(line: str) -> set[str]:
    body = re.split(r"[|,;]| and |\s+in\s+[A-Z]", line[3:])
    names = set()
    for part in body:
        part = re.sub(r"^(?:Editing|Writing|Reporting)\s+by\s+|^[A-Z][\w.]+(?:\s+News)?['’]s?\s+(?=[A-Z])", "",
                      part.strip())
        if part:
            names.add(part.strip(" ."))
    return names


_TOLD_OUTLET = re.compile(r"\b(?:told|confirmed\s+to|spoke\s+(?:with|to)|said\s+to|in\s+an\s+interview\s+with|"
                          r"(?:obtained|reviewed)\s+by|provided\s+to|(?:in\s+a\s+statement|in\s+an\s+e-?mail)\s+to)\s+"
                          r"(?:the\s+)?"
                          r"(?P<outlet>(?:[A-Z][\w.&'’\-]*\s+){0,3}[A-Z][\w.&'’\-]*)")

# a word every match of _TOLD_OUTLET holds
_TOLD_HINTS = ("told", "confirmed", "spoke", "said", "interview", "obtained", "reviewed", "provided", "statement",
               "mail")


def own_publisher(text: str) -> str | None:
    """The outlet a story's own reporters work for, when only its first-hand interviews show it.

    An article by CBS News says "an official told CBS News" again and again and never "CBS News
    reported": an outlet told things at least twice, and never cited as reporting, is the publisher.
    """
    counts: dict[str, int] = {}
    if not any(map(text.__contains__, _TOLD_HINTS)):
        return None  # a text with none (every Russian or Ukrainian one) is spared a search of all of it
    for match in _TOLD_OUTLET.finditer(text):
        name = match.group("outlet")
        words = name.split()
        if any(w.lower() in lx.OUTLETS for w in words) or " ".join(words).lower() in lx.OUTLET_NAMES:
            counts[name] = counts.get(name, 0) + 1
    for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        cited = re.search(rf"\b(?:{re.escape(name)}\s+(?:first\s+|also\s+)?reported|(?:according\s+to|reported\s+by|"
                          rf"reports?\s+by|citing)\s+(?:the\s+)?{re.escape(name)})", text)
        if count >= 2 and not cited:
            return name
    return None


def own_outlet(text: str) -> tuple[str | None, tuple[int, int]]:
    """The publication a story comes from, as its dateline or byline names it, and where it is named."""
    head = text[:600]
    match = re.search(r"\(([A-Z][^()\n]{2,50})\)\s*(?:—|–|--|-)", head)
    if match:
        return match.group(1).strip(), match.span(1)
    match = re.search(r"^By [^\n|]+\|\s*([^\n]{2,60})$", head, re.MULTILINE)
    if match:
        return match.group(1).strip(), match.span(1)
    return None, (0, 0)


def lookslike_outlet_context(before: str, after: str, words: list[str]) -> bool:
    """A name right after "told"/"according to" or before "reported" reads as a news organisation
    unless it is shaped like a person's name (which the person rules decide)."""
    lows = [w.lower() for w in words]
    if any(low in lx.OUTLETS for low in lows):
        return True
    return bool(re.search(r"(?:newspaper|magazine|agency|broadcaster|channel|outlet|website)\s+$", before,
                          re.IGNORECASE)) or bool(OUTLET_NOUN_AFTER.match(after))


# "the Yugoslav news agency Tanjug", "newspaper Le Populaire": the noun names what follows, given name or not
OUTLET_NOUN_BEFORE = WordBeforeName(re.compile(r"\b(?:news\s+agency|newspaper|magazine|broadcaster|tabloid)\s+$"),
                                    ("agency", "newspaper", "magazine", "broadcaster", "tabloid"))
# "the opposition daily La Gazette", "the journal Lumen": a paper named by what it is; "daily" and "weekly"
# are also adjectives ("the weekly Tuesday meeting"), so a name that opens with a given name is left to the
# person rules
PAPER_NOUN_BEFORE = WordBeforeName(re.compile(
    r"\b(?:[Tt]he|in|of|by|to|from|told|opposition|official|government|pro-government|independent|[a-z]+-selling"
    r"|[A-Z][a-z]+(?:ian|ese|ish|an|i))\s+(?:daily|weekly|monthly)\s+$|\b(?:scientific|medical|trade|[Tt]he)\s+journal\s+$"),
    ("daily", "weekly", "monthly", "journal"))
OUTLET_NOUN_AFTER = re.compile(r"\s*(?:magazine|newspaper|news agency|daily|weekly|paper\s+(?:said|reported))\b")




# a press review: "Following are the main stories in Corvanian newspapers:", then each paper's name in
# capitals on a line of its own, its stories as "- " lines under it
_DIGEST_INTRO = re.compile(r"\b(?:newspapers|press|dailies)\b", re.IGNORECASE)
_DIGEST_PAPER = re.compile(r"^(?P<name>[A-Z][A-Z'’\-]*(?:[ \t]+[A-Z][A-Z'’\-]*){0,3})[ \t]*\n(?=[ \t]*-{1,2}[ \t])",
                           re.MULTILINE)


def digest_papers(text: str) -> list[tuple[int, int]]:
    """Where a press review names the papers it quotes: a line of capitals heading "- " story lines."""
    if not _DIGEST_INTRO.search(text, 0, 600):
        return []
    return [match.span("name") for match in _DIGEST_PAPER.finditer(text)
            if match.group("name").split()[-1] not in _DIGEST_SECTIONS]


_DIGEST_SECTIONS = frozenset(["PAGE", "PAGES", "SECTION", "SECTIONS", "EDITORIAL", "EDITORIALS", "HEADLINES",
                              "STORIES", "SUPPLEMENT"])  # "FRONT PAGE", "BUSINESS PAGES": a part of a paper
