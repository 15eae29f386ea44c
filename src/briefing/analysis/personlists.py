"""Names listed with people are people: "two girls, Mira Osk and Lene Vaht", "Tom Hale and Ardo Kibet".

A name from another language often carries nothing a rule knows as a person's ("Ardo Kibet": no
listed given name, no title). A list says it for the writer, the mirror of `orglists.py`: names
after a plural noun for people ("the generals ...", "his daughters ..."), or coordinated with a
name already marked as a person, are people too. A list that holds an organisation is left alone.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis.wordforms import Mention

_LIST_GAP = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
# a plural noun for people right before the names: "two other girls, ...", "former police generals ..."
_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s*[,:]?\s+$")
# nouns for people that also stand before firms or states ("brokers Orvell and Tarn", "allies Corvania and ...")
_NOT_FOR_PEOPLE = frozenset(["ally", "banker", "broker", "client", "customer", "dealer", "investor", "lender",
                             "member", "neighbour", "neighbor", "owner", "partner", "rival", "shareholder",
                             "sponsor", "supplier"])


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word == "children":
        return "child"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else ""


def _people_noun(text: str, first: Mention) -> bool:
    match = _NOUN_BEFORE.search(text, max(first.sentence.start, first.start - 40), first.start)
    if match is None:
        return False
    noun = _singular(match.group(1))
    return bool(noun) and noun not in _NOT_FOR_PEOPLE and (noun in lx.PERSON_NOUNS or noun in lx.TITLE_WORDS)


def _capitals(word: str) -> bool:
    """A word in capitals, as a headline writes it ("SAO PAULO"); initials ("O.K. Lindqvist") are not one."""
    return word.isupper() and len(word.replace(".", "")) > 2


def _marked(mention: Mention) -> bool:
    return mention.kind == "person" or (mention.kind == "unknown" and bool(mention.person_cue or mention.given_name))


def people_in_lists(text: str, mentions: list[Mention]) -> None:
    """Give a person cue to the unmarked names of a list that follows a plural noun for people or holds a
    person (`mentions`: those of one sentence, in text order; changed in place)."""
    run: list[Mention] = []
    for mention in [*mentions, None]:
        if mention is not None and run and _LIST_GAP.fullmatch(text[run[-1].end:mention.start]):
            run.append(mention)
            continue
        if len(run) > 1:
            _mark(text, run)
        run = [mention] if mention is not None else []


def _mark(text: str, run: list[Mention]) -> None:
    if any(m.kind not in ("unknown", "person") for m in run):
        return  # "Tom Hale and Orvell Bank": a list of all kinds says nothing of its names
    led = _people_noun(text, run[0])
    if not led and not any(_marked(m) for m in run):
        return
    for mention in run:
        if mention.kind != "unknown" or mention.person_cue or any(_capitals(w) for w in mention.words) \
                or lx.is_nationality(mention.words[0]):
            continue  # "Corvanian Serbs", "SAO PAULO": a people or a headline, not someone's name
        if mention.start == mention.sentence.start and (mention.single or not led):
            continue  # a list's first word may be capitalised only for opening the sentence
        if not led and mention.single:
            continue  # "Hale and Tarn": a bare word next to a person may still be a firm or a place
        mention.person_cue = "listed with people" if led else "listed with a person"
