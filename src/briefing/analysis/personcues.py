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
from collections.abc import Callable

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.text import Sentence, Token
from briefing.analysis.wordforms import ROLE_HEADS, Mention, is_title_token, low_word

# what happens to people, not to firms or places: a company is "charged" or "sold", never "arrested"
_SUFFERED = re.compile(
    r"(?:\s+(?:also|later|then|reportedly|allegedly))?\s+(?:was|were|had\s+been|has\s+been|is\s+being|was\s+being)\s+"
    r"(?:(?:later|then|also|reportedly|allegedly|briefly)\s+)?"
    r"(?:arrested|detained|executed|jailed|imprisoned|kidnapped|abducted|murdered|assassinated|stabbed|hanged|"
    r"born|extradited|deported|hospitali[sz]ed|paroled|acquitted|beheaded|strangled)\b"
    r"|\s+born(?=\s*[.,;]|\s+(?:in|on)\s)")  # a chronology's "1914 - Tomas Arle born."
# kin: "X and his wife", "X's widow" (a firm has lawyers and staff, but no wife or son)
_KIN = r"(?:wife|husband|widow|widower|son|sons|daughter|daughters|mother|father|brother|sister|fiancee|fiance)"
_AND_KIN = re.compile(rf"\s+and\s+(?:his|her)\s+{_KIN}\b")
# "Ilves's widow", "Ilves's arrest", "Ilves's funeral": what a person has, and a body never does
_POSSESSIVE_KIN = re.compile(rf"(?:'s|’s|')\s+(?:\w+\s+)?(?:{_KIN}|arrest|funeral|assassination|birthday|"
                             r"resignation|bodyguards?|widow)\b")
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
_KIN_HEAD = re.compile(rf"(?:great-)*(?:grand|step)?{_KIN}")


def _person_head(head: str, phrase: str, of_after: bool) -> bool:
    """"is the chairman of", "is the great-granddaughter of", "is the leader of" (but not "the market leader"
    nor "the leader in tyres")."""
    if head in ROLE_HEADS:
        return head not in _SHARED_HEADS or (head == "leader" and of_after and phrase.split()[-2] in ("the", "a"))
    return bool(_KIN_HEAD.fullmatch(head))


# "the Tarnow administration", "Tarnow aides": only a leader has an administration or a presidency
_LEADERS_OWN = re.compile(r"\s+(?:administration|presidency|aides)\b")
_QUOTED_BEFORE = re.compile(r"\bquoted\s+$")
_AS_SAYING = re.compile(r"(?:'s|’s)?\s+as\s+saying\b")


def context_person_cue(text: str, sentence: Sentence, mention: Mention) -> str | None:
    """Why the sentence shows this name to be a person, or None. Ask only for a name without a cue."""
    end = mention.end
    tail_end = min(sentence.end, end + 80)
    if _SUFFERED.match(text, end, tail_end):
        return "what befalls a person"
    if _AND_KIN.match(text, end, tail_end) or _POSSESSIVE_KIN.match(text, end, tail_end):
        return "kin or what befalls a person"
    if _LEADERS_OWN.match(text, end, tail_end) and not mention.words[-1].isupper():
        return "a leader's administration"
    role = _IS_ROLE.match(text, end, tail_end)
    if role and _person_head(role.group("head"), role.group(0), text.startswith(" of ", role.end())):
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


# the last word of an office written out in full: "Minister of Trade and Industry", "Secretary for ... Affairs"
_PORTFOLIO_END = wl.word_set("portfolio_words")
_OFFICE_BEFORE = re.compile(
    r"\b(?:Under-|Deputy\s+|Assistant\s+|Vice\s+|Vice-)?(?:Minister|Secretary|President|Commissioner|Director|"
    r"Chairman|Ambassador|Envoy|Governor)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w\-'’]*\s+(?:(?:and|of|for)\s+(?:the\s+)?)?)*$")


def office_holder(source: int, text: str, sentence: Sentence, chunk: list[Token]) -> Mention | None:
    """The person named right after an office spelled out in full, when the run of capitals holds both.

    "Minister of Trade and Industry Pelle Ostrand", "Assistant Secretary for Near Eastern Affairs Daniel
    Quarrie", "the President of the Republic Andreas Kolvar": the office's "of" and "for" join its words
    into one run with the name, which then reads as a body's name ("... Industry Pelle Ostrand") or as
    nothing at all. A portfolio word ("Affairs", "Industry", "Republic") ends the office when a title with
    "of" or "for" opens it; the one to three capitalised words after it are the holder's name.
    """
    last = len(chunk) - 1
    end = -1
    for index in range(last - 1, max(-1, last - 5), -1):  # the name is at most 3 words (and an honorific)
        if low_word(chunk[index]) in _PORTFOLIO_END:
            end = index
            break
    if end < 0:
        return None
    name = chunk[end + 1:]
    while len(name) > 1 and low_word(name[0]) in lx.HONORIFICS:
        name = name[1:]  # "Minister of Defence Prince Faisal": the name after the honorific
    if len(name) > 3 or any(not t.text[0].isupper() or t.text.isupper() or is_title_token(low_word(t))
                            or low_word(t) in lx.ORG_HEADS or low_word(t) in lx.PLACES for t in name):
        return None
    office_start = next((chunk[0].start for i, t in enumerate(chunk[:end]) if low_word(t) in ROLE_HEADS
                         and low_word(chunk[i + 1]) in ("of", "for")), None)
    if office_start is None:
        before = _OFFICE_BEFORE.search(text, max(sentence.start, chunk[0].start - 90), chunk[0].start)
        if before is None:
            return None
        office_start = before.start()
    start, stop = name[0].start, name[-1].end
    words = tuple(t.text for t in name)
    if words[-1].endswith(("'s", "’s")):
        words = (*words[:-1], words[-1][:-2])
        stop -= 2
    mention = Mention(source, sentence, start, stop, " ".join(words), words)
    office = " ".join(text[office_start:chunk[end].end].split())
    mention.person_cue = f"title {office!r}"
    mention.role = office
    mention.role_start, mention.role_end = office_start, stop
    mention.evidence_start = office_start
    return mention


_GIVEN_NAMES = wl.word_set("given_names")
_NOT_GIVEN_NAMES = wl.word_set("not_given_names")


def title_before_name(chunk: list[Token], index: int) -> bool:
    """Whether the capitalised word at `index` of a run is a title, so that the name starts after it.

    A title word proper ("Minister"), an honorific ("Bishop"), or a plain noun for a person when a known
    given name follows it ("British Journalist | Ann Sole"); a noun for a person followed by anything else
    is part of a name ("Boy Scout Rally", "Trooper Hill").
    """
    low = low_word(chunk[index])
    if (low in ROLE_HEADS and low in lx.TITLE_WORDS) or low in lx.HONORIFICS or (
            low in _TITLE_ABBREVIATIONS and chunk[index].text.endswith(".")):
        return True  # "Ohio Gov. | Ann Lind": an abbreviated title ends the place in front of it
    if low not in lx.PERSON_NOUNS:
        return False
    following = low_word(chunk[index + 1])
    return following in _GIVEN_NAMES and following not in _NOT_GIVEN_NAMES and following not in lx.COMMON_CAPITALIZED


_NATIONALITY_NOUNS = wl.word_set("nationality_nouns")
_TITLE_ABBREVIATIONS = wl.word_set("title_abbreviations")


def nationality_words(words: list[str], given_name_first: Callable[[list[str]], bool]) -> int:
    """How many leading words of a run say where the person named after them is from (0 when none).

    "American | Anne Miller", "South African | Elsa Brink" (a known given name must follow an
    adjective, which may also open a firm's name: "American Home Products"), "Pole | Zenon Kral"
    (a noun such as "Pole" or "Frenchman" is itself a person: any name of two or three words follows).
    """
    if len(words) < 3:
        return 0
    first = words[0].lower()
    if first in _NATIONALITY_NOUNS and not first.endswith("s") and len(words) <= 4 and all(
            w[:1].isupper() and not w.isupper() and w.lower() not in lx.ORG_HEADS and w.lower() not in lx.PLACES
            for w in words[1:]):
        return 1
    if lx.is_nationality(words[0]) and given_name_first(words[1:]):
        return 1
    if len(words) >= 4 and f"{first} {words[1].lower()}" in lx.DEMONYMS and given_name_first(words[2:]):
        return 2
    return 0


def abbreviated_place(words: list[str]) -> bool:
    """"S. Korea", "N. Ireland": a compass initial before a place is a place, not an initial and a surname."""
    if len(words) != 2 or words[0].rstrip(".") not in _COMPASS:
        return False
    place = words[1].lower()
    return place in lx.PLACES or f"{_COMPASS[words[0].rstrip('.')]} {place}" in lx.PLACE_NAMES


_COMPASS = {"N": "north", "S": "south", "E": "east", "W": "west"}
