"""Word-level helpers shared by the name rules: the mention record, word tests and word classes."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.text import Sentence, Token

SPEECH_VERBS = wl.word_set("speech_verbs")

ORG_NOUNS = wl.word_set("org_nouns")

ROLE_HEADS = lx.PERSON_NOUNS | wl.word_set("role_heads")

DETERMINERS = wl.word_set("determiners")

PREFIXED_NAME = re.compile(r"(?:al|el|ad|ash|as|az|ar|an|at|bin|ibn|abu|d)[-'’][A-Z]")

class WordBeforeName:
    """An expression for the words right in front of a name, anchored at the end ("... tobacco company "), with
    the words its match must end on. The name rules search the sixty characters before every name with
    several of these; a search would try the expression at each of them, while the text's last word rules
    out nearly all at once. `search` answers as the expression does (tests hold the word lists to it)."""

    def __init__(self, pattern: re.Pattern[str], last_words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.last_words = last_words

    def search(self, text: str) -> re.Match[str] | None:
        stripped = text.rstrip()  # the same white space as `\s`: every pattern ends on `\s+$`
        if len(stripped) == len(text) or not stripped.endswith(self.last_words):
            return None
        return self.pattern.search(text)


POSSESSIVE_IN_NAMES = frozenset({"people", "women", "men", "children", "workers", "veterans", "citizens",
                                  "farmers", "peoples",
                                  # firms named with a possessive: "Lloyd's List Intelligence", "Moody's Investors
                                  # Service"
                                  "lloyd", "moody", "sotheby", "mcdonald"})


@dataclass
class Mention:
    """One occurrence of a name in a source, with what its context says about it."""

    source: int
    sentence: Sentence
    start: int  # the name itself, without title or possessive
    end: int
    name: str
    words: tuple[str, ...]
    kind: str = "unknown"  # person, org, outlet, place, unknown
    person_cue: str | None = None  # why this mention reads as a person
    role: str | None = None
    role_start: int = -1  # evidence span covering the role and the name
    role_end: int = -1
    evidence_start: int = -1  # the name with its title, for the "first mention" evidence
    aliases: list[str] = field(default_factory=list)
    given_name: bool = False  # opens with a known given name ("Freddy Pinas")
    org_cue: bool = False  # named as someone's employer ("Harlowe analyst ..."): a body, unless a person elsewhere
    affiliated: str | None = None  # "Greta Lind of the Asterby Consumers' Association": a body, with no role
    affiliated_end: int = -1  # where the body's name ends (the evidence runs from the name to it)

    @property
    def single(self) -> bool:
        return len(self.words) == 1


def low_word(token: Token) -> str:
    return token.text.lower().rstrip(".")


def strip_possessive(text: str) -> str:
    if "'" not in text and "’" not in text:
        return text
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)]
    return text


def is_acronym(word: str) -> bool:
    """NATO, OPEC+, G7, M23: capitals (and digits), at most seven characters, not a unit or time zone."""
    core = word.rstrip("+")
    return (2 <= len(core) <= 7 and core.isupper() and core.isalnum() and core[0].isalpha()
            and not core.isdigit() and core.lower() not in lx.NOT_ORG_ACRONYMS)


def joinable(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end:right.start]
    if gap == " ":
        return True
    if gap.strip() == "" and "\n" not in gap:
        return True
    if gap == " & ":
        return True  # "Harwick & Lomm", "A.B. Harwick & Sons": a firm's name
    if gap in ("' ", "’ ") and left.text.endswith("s") and (
            right.text.lower() in ORG_NOUNS
            or (left.text.lower() in POSSESSIVE_IN_NAMES and right.text.lower() in lx.ORG_HEADS)):
        # "Ridgeford Drivers' Union", "Workers' Party", "Maritime Workers' Guild": a plural possessive inside a
        # body's name (not "The Democrats' Senate leader")
        return True
    return gap in (". ",) and len(left.text) == 1  # an initial: "John F. Kennedy"


def is_role_word(low: str) -> bool:
    """A title or a noun for a person, singular or plural ("President", "MPs", "Ministers")."""
    for form in (low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low):
        if is_title_token(form) or form in lx.PERSON_NOUNS:
            return True
    return False


def is_title_token(low: str) -> bool:
    return (low in lx.HONORIFICS or low in lx.TITLE_WORDS or low in lx.DEMONYMS or f"{low}." in lx.DEMONYMS
            or low in lx.COMMON_TITLE_MODIFIERS)


def tokens_ending_by(toks: list[Token], position: int, count: int) -> list[Token]:
    """The last `count` tokens that end at or before `position` (binary search: sentences can be huge)."""
    index = bisect_right(toks, position, key=lambda t: t.end)
    return toks[max(0, index - count):index]


def tokens_between(toks: list[Token], start: int, end: int) -> list[Token]:
    """Tokens lying within [start, end)."""
    first = bisect_left(toks, start, key=lambda t: t.start)
    last = bisect_right(toks, end, key=lambda t: t.end)
    return toks[first:last]


# what closes the name of a public body or an association, never a firm's ("Marlow and Harbour Motors Corp")
_BODY_HEADS = frozenset(["commission", "committee", "office", "council", "authority", "board", "tribunal",
                         "administration", "agency", "association", "community", "federation", "institute",
                         "observatory", "organisation", "organization", "union",
                         # "Immigration and Customs Enforcement", "Customs and Border Protection", "Fish and Wildlife
                         # Service"
                         "enforcement", "protection", "service"])


def body_of_members(text: str, chunk: list[Token]) -> bool:
    """A body named for its members: "League of Women Voters", "A.B. Harwick & Sons" (a plural noun for
    people closes the name, where in "Labour MPs" it follows one)."""
    return " & " in text[chunk[0].start:chunk[-1].end] or any(
        low_word(t) in ("of", "for") and low_word(chunk[i]) in lx.ORG_HEADS for i, t in enumerate(chunk[1:-1]))


def _where_from(token: Token) -> bool:
    low = low_word(token)
    return low in lx.PLACES or low in lx.DEMONYMS or f"{low}." in lx.DEMONYMS or is_acronym(token.text) or low == "the"


def body_after_and(text: str, toks: list[Token], index: int, run: list[Token]) -> int:
    """How many words after "and" finish a public body's name that "and" runs through: "Securities and
    Exchange Commission", "Truth and Reconciliation Commission" (0 when it does not: "Ford and Labour")."""
    if is_acronym(run[-1].text) or low_word(run[-1]) in lx.PLACES or low_word(run[-1]) in lx.DEMONYMS or not all(
            _where_from(t) for t in run[:-1]):
        return 0  # "U.S. Securities and ...": only where the body is from may come before its first word
    for size in (3, 2, 1):
        end = index + size
        if end >= len(toks) or not all(t.text[0].isupper() and joinable(text, a, t)
                                       for a, t in zip(toks[index:end], toks[index + 1:end + 1], strict=True)):
            continue
        after = toks[end + 1] if end + 1 < len(toks) else None
        if low_word(toks[end]) in _BODY_HEADS and (after is None or not after.text[0].isupper()
                                                   or not joinable(text, toks[end], after)
                                                   or low_word(after) in lx.COMMON_CAPITALIZED):  # "... Wednesday"
            return size
    return 0

# a sentence's first word that is a contraction, never a name: "I'll", "We're", "Don't" (not a possessive)
CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m)$|n['’]t$")
