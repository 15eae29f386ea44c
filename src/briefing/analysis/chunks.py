"""Runs of capitalised words in a sentence: the stretches of text a name can be read from.

A run holds name particles ("bin", "van den") and, inside organisation names, connectors ("of", "for",
"and", "in the"): "Organisation for Security and Co-operation in Europe" is one run. `mentions.py` reads
each run for what it names.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis.orgcues import LEGAL_SUFFIXES
from briefing.analysis.text import Sentence, Token, tokens
from briefing.analysis.wordforms import (
    POSSESSIVE_IN_NAMES,
    PREFIXED_NAME,
    body_after_and,
    is_acronym,
    joinable,
    low_word,
    strip_possessive,
    tokens_between,
)

_HEAD_OF_STATE = frozenset(["president", "premier", "chancellor", "prime", "governor", "mayor", "senator", "general"])


def chunk_sentence(text: str, sentence: Sentence, toks: list[Token] | None = None) -> list[list[Token]]:
    """Runs of capitalised tokens in a sentence, joined by name particles and by "of" in organisation names."""
    if toks is None:
        toks = tokens(text, sentence.start, sentence.end)
    chunks: list[list[Token]] = []
    index = 0
    count = len(toks)
    while index < count:
        token = toks[index]
        if not token.text[0].isupper():
            index += 1
            continue
        run = [token]
        index += 1
        while index < count:
            previous = run[-1]
            current = toks[index]
            if not joinable(text, previous, current):
                break
            if current.text[0].isupper() or (PREFIXED_NAME.match(current.text) and run):
                if strip_possessive(previous.text) != previous.text and \
                        strip_possessive(previous.text).lower() not in POSSESSIVE_IN_NAMES:
                    break  # a possessive ends a name, except in "People's Liberation Army" and the like
                run.append(current)
                index += 1
                continue
            low = current.text.lower()
            # particles inside personal names ("von der Leyen"), connectors inside institution names
            if low in lx.NAME_PARTICLES:
                end = index
                while end < count and toks[end].text.lower() in lx.NAME_PARTICLES and end - index < 3 \
                        and joinable(text, toks[end - 1] if end > index else previous, toks[end]):
                    end += 1
                if end < count and end > index and toks[end].text[0].isupper() and joinable(text, toks[end - 1],
                                                                                              toks[end]):
                    run.extend(toks[index:end + 1])
                    index = end + 1
                    continue
            nxt = toks[index + 1] if index + 1 < count else None
            if nxt is None or not nxt.text[0].isupper() or not joinable(text, current, nxt):
                break
            head = low_word(previous)
            if low in ("of", "for") and (low_word(nxt) in lx.HONORIFICS or low_word(nxt) in _HEAD_OF_STATE):
                break  # "the Democrats of President Sali Berisha": the party, then a person
            body = body_after_and(text, toks, index, run) if low == "and" else 0
            if body:
                run.extend(toks[index:index + body + 1])
                index += body + 1
                continue
            # "Organisation for Security and Co-operation in Europe", "Institute for the Study of War"
            inside_of_name = (low in ("and", "in", "on") or (low == "of" and any(low_word(t) == "for" for t in run))) \
                and any(low_word(t) in lx.ORG_STARTS for t in run[:2]) \
                and any(low_word(t) in ("of", "for") for t in run)
            # "Party of Action and Solidarity (PAS)": the initials in brackets after it say where the name ends
            inside_of_name = inside_of_name or (low in ("and", "in", "of", "for", "on")
                                                and initials_in_brackets(text, [*run, nxt]))
            if low == "and" and is_acronym(nxt.text) and len(run) > 1:
                break  # "Council of Europe and NATO": a second body, not the end of the first
            if low == "and" and head in lx.ORG_HEADS and not inside_of_name and not any(
                    low_word(t) in ("of", "for") for t in run):
                break  # "Heart Foundation and Lindqvist Pharma GmbH", "Navy and Air Corps": two whole bodies
            if low in ("and", "of") and head in LEGAL_SUFFIXES:
                break  # "Brisk Controls Inc and Tarn Corp": two companies; "Ostra Chemical Co of the United States"
            if low in ("on", "in") and low_word(nxt) in lx.DAYS_AND_MONTHS:
                break  # "the Harbour Board on Monday", "the Port Authority in May": when, not part of the name
            if inside_of_name or (low in ("of", "for", "on", "in", "and") and (
                head in lx.ORG_STARTS or head in lx.ORG_HEADS or head in ("community", "secretary", "minister",
                                                                        "commissioner", "chief", "director",
                                                                        "head", "house", "states", "republic",
                                                                        "kingdom")
                or (low == "in" and head == "investment")
            )):
                run.extend((current, nxt))
                index += 2
                # "in the United States": allow "the" after a connector
                continue
            if low == "the" and run and low_word(run[-1]) in ("of", "in", "on", "for"):
                run.extend((current, nxt))
                index += 2
                continue
            break
        chunks.append(run)
    return _join_remits(text, toks, _fix_the_connectors(text, toks, chunks))


_BRACKETED = re.compile(r"\s*\(([A-Z]{3,8})\)")


def initials_in_brackets(text: str, run: list[Token]) -> bool:
    """Whether "(PAS)" follows `run` and is the initials of its capitalised words."""
    bracketed = _BRACKETED.match(text, run[-1].end)
    return bracketed is not None and bracketed.group(1) == "".join(t.text[0] for t in run if t.text[0].isupper())


def _fix_the_connectors(text: str, toks: list[Token], chunks: list[list[Token]]) -> list[list[Token]]:
    """Join "Committee on Foreign Investment in" + "the United States": a connector followed by "the"."""
    result: list[list[Token]] = []
    for chunk in chunks:
        if result:
            last = result[-1]
            opening = last[1] if len(last) > 1 and low_word(last[0]) == "the" else last[0]  # "The Institute ..."
            # most gaps hold no "the" at all: skip the token search for them
            gap = text[last[-1].end:chunk[0].start]
            between = tokens_between(toks, last[-1].end, chunk[0].start) if "the" in gap or gap == " of " else []
            if (len(between) == 2 and [t.text for t in between][1] == "the"
                    and low_word(last[-1]) not in LEGAL_SUFFIXES
                    and between[0].text in ("of", "in", "on", "for")
                    and (low_word(last[-1]) in lx.ORG_HEADS or low_word(opening) in lx.ORG_STARTS
                         or low_word(last[-1]) in ("investment", "community", "secretary", "commissioner"))
                    and all(joinable(text, a, b) for a, b in zip([last[-1], *between], [*between, chunk[0]],
                                                                   strict=True))):
                result[-1] = [*last, *between, *chunk]
                continue
            if (len(between) == 1 and between[0].text == "of" and low_word(opening) in lx.ORG_STARTS
                    and any(t.text == "for" for t in last) and joinable(text, last[-1], between[0])
                    and joinable(text, between[0], chunk[0])):
                result[-1] = [*last, *between, *chunk]  # "Institute for the Study" + "of War"
                continue
        result.append(chunk)
    return result


# bodies whose name lists what they deal with: "Bureau of Alcohol, Tobacco and Firearms", "Ministry of Labour,
# Health and Welfare" (a bank's or a university's "of" names a place: "Bank of England, Barclays and Lloyds")
_REMIT_HEADS = frozenset(["administration", "agency", "bureau", "commission", "committee", "department", "ministry",
                          "office"])


def _remit_word(token: Token) -> bool:
    """One capitalised word that can be a body's field ("Tobacco", "Welfare"): no acronym and no place."""
    low = low_word(token)
    return token.text.isalpha() and not token.text.isupper() and low not in lx.PLACES and low not in lx.DEMONYMS


def _join_remits(text: str, toks: list[Token], chunks: list[list[Token]]) -> list[list[Token]]:
    """Join "Bureau of Alcohol" + ", Tobacco" + "and Firearms": the fields a body's name lists after "of"."""
    result: list[list[Token]] = []
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        index += 1
        if len(chunk) < 3 or low_word(chunk[-2]) not in ("of", "for") or low_word(chunk[-3]) not in _REMIT_HEADS \
                or not _remit_word(chunk[-1]):
            result.append(chunk)
            continue
        items = index
        while items < len(chunks) and len(chunks[items]) == 1 and _remit_word(chunks[items][0]) \
                and text[chunks[items - 1][-1].end:chunks[items][0].start] == ", ":
            items += 1
        last = chunks[items] if items < len(chunks) else None
        if items == index or last is None or len(last) != 1 or not _remit_word(last[0]) \
                or text[chunks[items - 1][-1].end:last[0].start] not in (" and ", ", and "):
            result.append(chunk)
            continue
        joined = [*chunk]
        for item in chunks[index:items + 1]:
            joined.extend(t for t in tokens_between(toks, joined[-1].end, item[0].start) if t.text == "and")
            joined.extend(item)
        result.append(joined)
        index = items + 1
    return result
