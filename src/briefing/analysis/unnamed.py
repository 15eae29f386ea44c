"""Unnamed sources: "a senior official said", "critics say", "people familiar with the talks".

A source is a noun phrase ending in one of the nouns an unnamed source is called by, at the start
of a clause, and something that makes it a source: a verb of saying or judging after it, "according
to" before it, or an anonymity cue ("who spoke on condition of anonymity"). Found by walking back
from each head noun, which is much cheaper than trying optional words at every position.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.anonymity import ANON_CUE, ANON_HINTS, CUE_HINTS, ONE_OF_THEM, ONE_OF_THEM_HINTS, person_before
from briefing.analysis.groupspeech import (
    DIRECT_SPEECH,
    PEOPLE_SPEAK,
    SAYING_LATER,
    SAYING_NEXT,
    SEEN_AS,
    STANCE_AFTER,
    VIEW_GIVEN,
    asked_to_act,
    may_speak,
    relational_source_speaks,
    speech_after,
)
from briefing.analysis.groupviews import ADVOCATES, CLAIM_JUDGED, VIEW_CUE, view_after, view_felt
from briefing.analysis.sourcenames import (
    APPOSITION_OF_NAME,
    APPOSITION_OF_SURNAME,
    NAMED_TELLER_AT_END,
    PARTY_LABELLED,
    UNIQUE_OFFICE,
    named_after,
)
from briefing.analysis.text import Sentence, prefilter_text, quoted_at


class SourceSpan(NamedTuple):
    """An unnamed source: the phrase (with its anonymity cue, if any) and the cue it was known by."""

    start: int
    end: int
    cue: str


# the nouns an unnamed source is called by ("officials", "a person", "critics"), longest first in the pattern
_HEAD = "(?:" + "|".join(sorted(wl.entries("source_nouns"), key=lambda w: (-len(w), w))) + ")"


_SAYS = re.compile(r"\b(?:said|told|says)\b")
_PUT_IT = re.compile(r"\s*(?:\w+ly\s+)?(?:put|puts)\s+it\b")

# the stop comes first so that the look-behinds are tried at stops only, not at every character; a title's stop
# ends no clause ("Aides to Sen. Ana Berg said ...")
_CLAUSE_END = re.compile(r"[.;](?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<![A-Z].)" + "".join(
    rf"(?<!\b{title}.)" for title in ("Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Rev", "Prof", "Jr", "Sr")))

# "Mr. Lind, officials said, has ...": an attribution set off by commas, not an apposition naming the source
_PARENTHETICAL = re.compile(r"\s*(?:also\s+)?(?:said|say|says|added|argued|argue|believe|believed|noted|"
                            r"told\s+\w+)\s*,")

_PEOPLE_HEAD = re.compile(r"\b(?:people|person|persons|individuals|figures|workers|members)$", re.IGNORECASE)

_WHOSE_BEFORE = re.compile(r"\bwhose\s+$", re.IGNORECASE)

_DEMAND = re.compile(r"\b(?:" + "|".join(ADVOCATES) + r")$", re.IGNORECASE)  # what a group presses for


# the group as the agent of a passive verb of judging, or where criticism or praise came from: "criticised by
# activists", "seen by insiders as", "criticism from lawmakers and shipping executives"
_BY_AGENT = re.compile(r"\b(?:(?:echoed|shared|disputed|questioned|challenged|criticized|criticised|condemned|"
                       r"denounced|praised|applauded|welcomed|hailed|endorsed|rejected|dismissed|described|called|"
                       r"seen|viewed|regarded|considered|cited|raised|voiced|expressed|predicted|estimated|expected|"
                       r"urged|opposed|backed|supported|favou?red|contested|mocked|ridiculed)\s+by"
                       r"|(?:criticism|praise|complaints?|warnings?|objections?|opposition|pushback|backlash|concerns?|advice|anger|"
                       r"outrage|scorn|condemnation|"
                       r"calls|protests?|accusations?|allegations?|s[ck]epticism|doubts)"
                       r"\s+from)\s+(?:(?:[^\s,;]+\s+){1,5}and\s+)?$", re.IGNORECASE)
_OWN_PEOPLE = re.compile(r"(?:his|her|their)\s", re.IGNORECASE)
_NAME_AND = re.compile(r"\b(?!(?:They|He|She|We|You|It)\s)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*\s+and\s+$")
# "seen by others as ...": a word that stands for people in general is a source only with a verb of saying
_PRONOUN_LIKE = frozenset(("others", "someone", "somebody"))
_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)  # "as a member of parliament": a role
# an indefinite noun phrase after a copula is a predicate: "Lind is a keen advocate of ...", "she became an
# adviser" ("is now the place officials say ..." is not)
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|become|becomes|became|remain|remains|remained)"
                               r"\s+(?:(?:also|not|now|still|once|long)\s+)?$", re.IGNORECASE)
_CITED_BEFORE = re.compile(r"\b(?:according\s+to|citing|quoting|in\s+the\s+words\s+of)\s+(?:\w+\s+)?$", re.IGNORECASE)
# whose people the group is, named right after it: "aides to Sen. Ana Berg", "officials of the Harbour Board"
_WHOSE_VERB = (r"(?:who|which|said|say|says|told|tell|tells|added|argue|argued|believe|believed|warned|estimated|"
               r"estimate|estimates|expect|expected|predicted|noted|found|have|has|"
               r"had|are|were|is|was|will|would|could|also)\b")
# ("a spokesman for the Polish customs service"): up to five words after "the", one of them capitalised
_WHOSE = re.compile(r"\s+(?:to|of|for|at|in)\s+(?:(?:the\s+(?:[a-z][\w'’\-]*\s+){0,2}?)?"
                    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?"
                    rf"[A-Z][\w'’\-]*(?:\s+(?:of\s+)?[A-Z][\w'’\-]*){{0,3}}(?:\s+(?!{_WHOSE_VERB})[a-z][\w'’\-]*){{0,2}})"
                    # and the name ends there: "members at the Saltmere port remain" are not "members at the Saltmere"
                    rf"(?=\s*[,;:.)]|\s+{_WHOSE_VERB})")
# where the source sits, named before: "a source in the agency said", "officials at the ministry told"
_WHERE_SAID = re.compile(r"\s+(?:(?:in|at|inside|within)\s+the|of\s+(?:her|his|their|its|the)(?:\s+own)?)"
                         r"\s+[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*)?"
                         # ", members of her own party said", "Supporters of the bill argue that ..."
                         r"(?=\s+(?:said|says|say|told|tells|added|argue|argues|argued|warn|warns|warned|insist|"
                         r"insists|insisted|contend|contends|contended)\b)")
_VERB_SLOT = re.compile(r"\b(?:who|to|they|we|I|you|would|will|can|could|should|may|might|must)\s+$")
_OF_THING = re.compile(r"\s+of\s")
# a cue set off by a comma after the person it describes: "..., speaking on condition of anonymity, said"
_SET_OFF_CUE = re.compile(r"(?:speaking|spoke|talking|asked|requested|declined|refused|on\s+condition)\s",
                          re.IGNORECASE)
# "whether ...", "not clear if ...": what is asked ("Even if supporters were worried": a stance all the same)
_WHETHER_BEFORE = re.compile(r"\b(?:whether|(?:say|said|ask|asked|asks|know|known|clear|sure|certain|tell|told)\s+if)"
                             r"\s+$", re.IGNORECASE)
_THERE_ARE = re.compile(r"\b[Tt]here\s+(?:are|were|is|was)\s+$")
# "who like others spoke ...", "unlike critics": a comparison, not a source
_LIKE_BEFORE = re.compile(r"\b(?:un)?like\s+$", re.IGNORECASE)
_LIKE = re.compile(r"(?:un)?like\s", re.IGNORECASE)
# between a source and its anonymity cue: ", who like others spoke on condition of anonymity", ", who also spoke",
# " said, speaking on the condition of anonymity"
_BEFORE_CUE = re.compile(r"[\s,]*who\s(?:[^,.;:]{0,20}\s)?|\s+(?:said|says|added|told\s+[\w.]+),\s+", re.IGNORECASE)
# "according to people familiar with ...", "in the words of a senior aide"
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|in\s+the\s+words\s+of)$", re.IGNORECASE)
_CLOSED_APPOSITION = re.compile(r"[^,;]{0,60}?,")
# the next sentence of the paragraph opens on a named person who speaks: "Michael Kofman, a senior fellow at ..., said"
_NAMED_ONE_OF_THEM = re.compile(r"[ \t]+[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’\-]+"
                                r"(?:,\s+(?:a|an|the)\s+[^,.;]{3,90},)?\s+(?:said|says|told|argued|argues|wrote|writes)\b")
# "..., said two members of the council had voted": the group is the subject of what was said, not the teller
_CLAUSE_VERB_NEXT = re.compile(r"(?:\s+(?:of|in|at|on|from)\s+[^,;]{1,60}?)?\s+(?:had|has|have|were|was|are|is|would|"
                               r"will|could|might|may|should|did|do|does)\s")
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+$|\bin\s+the\s+words\s+of\s+$|\bas\s+$|\b(?:citing|quoting)\s+$|"
                               r"[,\"”]\s*(?:said|says|told|added|wrote)\s+$",
                               re.IGNORECASE)
# "the premier's aide" names no one, and "the majority of lawmakers" points back to no one
_GENERAL_DETERMINER = re.compile(r"the\s(?![^,;]*['’]s\s)(?!(?:\w+\s+)?(?:majority|minority|bulk|rest)\s+of\s)",
                                 re.IGNORECASE)
_SOURCE_HEAD = re.compile(r"\b(?:sources?|insiders?|authorities)$", re.IGNORECASE)  # vague with "the" too
# an unnamed person brought in with an indefinite article ("a witness at the scene"): "the witness" later points
# back to someone still unnamed; kept in the set of heads with this prefix
_INDEFINITE = re.compile(r"(?:an?|another|one)\s", re.IGNORECASE)
_INTRODUCED = "introduced:"
_WHO_SPOKE = re.compile(r"\bwho\s+(?:spoke|talked)")
# "the state officials whose laws were struck down say": a relative clause says which people, none named before,
# and a verb of saying ends it (one inside it, "who rebuked him by expressing sympathy", is the clause's own)
_DEFINING_RELATIVE = re.compile(r"\s+(?:who|whose)\s[^,;]{1,60}?\s(?:say|says|said|told|argue|argues|argued|insist|"
                                r"insists|insisted|warn|warns|warned|believe|believes|believed)\b")
# cues that say how a source stands to the matter ("familiar with", "close to", "involved in"): they describe
# the noun they follow, so they must follow it at once ("people directly involved in the talks")
_RELATIONAL_CUE = re.compile(r"(?:familiar|close|closer|involved|participating|briefed|with)\b", re.IGNORECASE)
_NEXT_TO_NOUN = re.compile(r"[\s,]*(?:(?:who|that)\s+(?:is|are|was|were|(?:ha(?:ve|s|d)\s+)?been)\s+)?"
                           r"(?:\w+ly\s+)?", re.IGNORECASE)
_CUE_OPENING = re.compile(r"(?:who\s+)?(?:spoke|speaking|asked|requested|declined|refused|did\s+not\s+want|"
                          r"didn['’]t\s+want|on\s+condition|was\s+not|were\s+not)",
                          re.IGNORECASE)


_SOURCE_NOUNS = wl.word_set("source_nouns")
_CUE_HINT_SET = frozenset(CUE_HINTS)
_ANON_HINT_SET = frozenset(ANON_HINTS)
_WEAK_SOURCE_NOUNS = wl.word_set("source_nouns_weak")
_LOWER_WORDS = re.compile(r"[a-z]+")
_HEAD_RE = re.compile(rf"\b(?i:{_HEAD})\b")
_WORD = re.compile(r"\w+")
_NP_WORD = re.compile(r"[\w.'’+\-]+")
_QUANTIFIERS = wl.word_set("source_quantifiers")
_MODIFIER_STOPS = wl.word_set("source_modifier_stops")


# words after which a new clause (and so a new subject) starts: "But critics say", "while experts warn"
_CLAUSE_OPENER = re.compile(r"(?:^|\s)(?i:and|or|but|while|as|that|because|though|although|when|so|yet|since|"
                            r"where|if|whereas|after|before|until|unless|once|whether|citing|echoing|quoting)$|(?:^|[,;:—–]\s*)(?i:with)$")
# words that open a relative or comparative clause ("which officials said", "than insiders expected"); with
# "people" they mostly open a generic view ("what people think"), so people are left out there
_RELATIVE_OPENER = re.compile(r"(?:^|\s)(?i:which|who|whom|whose|what|why|how|than|even)$")


# "many of his supporters", "a group of conservative lawmakers", "an unusual coalition of leaders"
_GROUP_OF = re.compile(r"(?:^|(?<=\s))(?i:many|some|several|most|few|none|one|two|three|all|a\s+number|"
                       r"(?:an?|the)\s+(?:\w+\s+)?(?:group|coalition|handful|majority|minority|panel|delegation|"
                       r"team|bloc|chorus|host|number|couple|dozen|slew|raft|lot|crowd|wave|string)|dozens|scores)\s+of$")


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|later|also|then|first|since)\s+)?"
                      r"(?:\w+ed|found|told|thought|seen|known|held|given|shown|heard)$",
                      re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|n['’]t|never)\s+(?:\w+\s+){0,3}\w+$", re.IGNORECASE)  # "did not respond to questions"


# an adverb that opens a clause leaves it open: "Now some allies are hoping", "and still others say"
_OPENING_ADVERB = re.compile(r"(?:^|(?<=\s))(?i:now|still|meanwhile|instead|also|today|earlier|later|indeed|"
                             r"separately|privately|publicly|already|then|increasingly|elsewhere)$")


# a phrase of time that opens the sentence leaves the subject to come: "On Sunday two aides suggested ..."
_OPENING_TIME = re.compile(r"(?i:(?:on|in|by|late|early|earlier|last|this|next|over\s+the)\s+){1,2}"
                           r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|"
                           r"august|september|october|november|december|week|weekend|month|year|night|morning|"
                           r"evening|afternoon)(?i:\s+(?:night|morning|evening|afternoon))?|(?i:yesterday)")


def _at_clause_start(body: str, start: int) -> bool:
    before = body[:start].rstrip()
    adverb = _OPENING_ADVERB.search(before, max(0, len(before) - 16))  # the adverb ends `before`
    if adverb:
        before = before[:adverb.start()].rstrip()
    return not before or before[-1] in ",;:”\"'’(—–-" or bool(_CLAUSE_OPENER.search(before)
                                                               or _RELATIVE_OPENER.search(before)
                                                               or _OPENING_TIME.fullmatch(before))


# source nouns that name people only with a word in front ("a senior party figure", "establishment figures")
_BARE_NOT_PEOPLE = frozenset({"figure", "figures", "groups"})
_FIGURE_RELATION = re.compile(r"\s+(?:close|closer|familiar|in|within|inside|from|around|near)\b")  # "figures close to"


# a counted trade that speaks: "two shipbrokers in Istanbul said", "several underwriters told" (not "said to")
_COUNT_BEFORE = re.compile(r"(?:^|(?<=\s))(?i:two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|some|many)"
                           r"\s+(?:[a-z][\w\-]*\s+){0,2}$")  # "three marine insurance brokers"
_SPEAKS_AFTER = re.compile(r"(?:\s+(?:in|at|from|with|for|of)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)?"
                           r"\s+(?:said|say|says|told|tell|warned|added|estimated|predicted|reported)\b(?!\s+to\b)")
# the words `_counted_trade` needs, looked for only in a sentence with no source noun (the lower-cased sentence)
_MAY_COUNT_TRADE = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|few|some|many)\s+"
                              r"(?:[a-z\-]+\s+){0,2}[a-z]{5,}s\s(?:.{0,40}?\s)?(?:said|says?|told|tell|warned|added|"
                              r"estimated|predicted|reported)\b")
_PERSON_ENDINGS = tuple(sorted(noun for noun in lx.PERSON_NOUNS if len(noun) >= 5 and noun.isalpha()))


def _counted_trade(body: str, head: re.Match[str]) -> bool:
    """"two shipbrokers in Istanbul said": people of a trade the source-noun list lacks, counted and speaking. A
    trade is a person noun, or ends in one ("ship-broker", "under-writer"), or in the "-ist" or "-ian" of a
    person's calling ("cardiologist", "technician"): "two computers said nothing" is no one."""
    word = head.group()
    if not word.endswith("s") or not word.islower() or len(word) < 6:
        return False
    single = word[:-1]
    if not (single in lx.PERSON_NOUNS or single.endswith(("ist", "ian")) or single.endswith(_PERSON_ENDINGS)):
        return False
    return bool(_COUNT_BEFORE.search(body, max(0, head.start() - 30), head.start())
                and _SPEAKS_AFTER.match(body, head.end()))


def _noun_phrases(body: str, may_count_trade: bool = False) -> list[tuple[int, int, bool]]:
    """Noun phrases ending in a source noun ("A senior White House official"): (start, end, quantified).

    Found by walking back from each head noun over at most four modifiers, which is much cheaper
    than a regular expression with optional words tried at every position of every sentence.
    `may_count_trade`: the sentence may hold a counted trade that speaks (`_MAY_COUNT_TRADE`), whose
    word then is a head too.
    """
    found: list[tuple[int, int, bool]] = []
    for head in _WORD.finditer(body):
        if head.group().lower() not in _SOURCE_NOUNS and not (may_count_trade and _counted_trade(body, head)):
            continue  # a set lookup per word: several times faster than the alternation of all source nouns
        head_start, head_end = head.span()
        words = list(_NP_WORD.finditer(body, max(0, head_start - 80), head_start))
        start = right = head_start
        quantified = counted = False
        modifiers = 0
        kept: list[re.Match[str]] = []
        for word in reversed(words):
            if body[word.end():right].strip():
                break
            low = word.group().lower()
            if not low.strip(".'’+-"):
                break  # a dash sets the phrase off like a comma
            if low[:1].isdigit() and body[word.start() - 1:word.start()] in _CURRENCY and word.start() > 0:
                while kept and kept[-1].group().lower() in _AMOUNT_WORDS:
                    kept.pop()  # "the $20 million experts say ...": an amount of money, no count of people
                start = kept[-1].start() if kept else head_start
                break
            if low[:1].isdigit():
                start, counted = word.start(), True
                break  # "2,000 supporters", "26 people": a count of people, not a source
            if low in _QUANTIFIERS:
                start, quantified = word.start(), True
                break
            if low in _POSSESSIVES:
                start = word.start()
                break  # "changes his current aides asked for": the phrase starts at "his"
            if word.group()[:1].isupper() and kept and kept[-1].group().islower() and (
                    kept[-1].group().endswith("ed") or kept[-1].group() in _VERBS_AFTER_NAME):
                kept.pop()  # "Anna Lind rallied supporters": after a name an -ed word is her verb, not a modifier
                start = kept[-1].start() if kept else head_start
                break
            if word.group()[:1].isupper() and low.endswith(("'s", "’s")) and modifiers <= 2:
                start = _name_start(body, words, word)
                break  # "Anna Maria Lind's political allies": a whole name owns the phrase
            if low in _MODIFIER_STOPS or modifiers >= 4 or (word.group()[0].islower() and (
                    low in ("urging", "asking", "telling"))):
                break  # a verb: "a policy urging employees"
            modifiers += 1
            kept.append(word)
            start = right = word.start()
        if counted or (not modifiers and head.group().lower() in _BARE_NOT_PEOPLE
                       and not _FIGURE_RELATION.match(body, head_end)):
            continue  # "a figure the board disputed", "a figure who can argue": a number or a type, not a source
        before = body[:start].rstrip()
        # the group words sit just before the phrase, and end on "of" (`before` ends on no space for "$" to skip)
        group = _GROUP_OF.search(before, max(0, len(before) - 80)) if before.endswith("of") else None
        if group:  # "many of his supporters", "some of the experts", "one of two witnesses"
            start = group.start()
            before = before[:start].rstrip()
        if not quantified:
            people = _PEOPLE_HEAD.search(body, start, head_end)
            if modifiers > 3 or (before and before[-1] not in ",;:”\"(—–-" and not _CLAUSE_OPENER.search(before)
                                 and not _by_agent(body, start) and not _ACCORDING_TO.search(before)
                                 and not view_felt(body, start, body[head_end:head_end + 80])
                                 and (people or not (_RELATIVE_OPENER.search(before)
                                                     or SAYING_NEXT.match(body, head_end)))):
                continue  # mid-clause, unless a verb of saying follows at once ("the place officials say ...")
        owned_body = _THEIR_BODY.match(body, head_end)
        found.append((start, owned_body.end() if owned_body else head_end, quantified))
    return found


# "a grain traders' association": the group owns a body, which is the source, and the phrase ends on it
_THEIR_BODY = re.compile(r"['’]\s+(?:association|union|federation|council|committee|lobby|guild|alliance|"
                         r"chamber)\b", re.IGNORECASE)


def _name_start(body: str, words: list[re.Match[str]], owner: re.Match[str]) -> int:
    """Where the name ending in the possessive `owner` starts: its capitalised words, joined by spaces only."""
    start = owner.start()
    for word in reversed(words[:words.index(owner)]):
        if not word.group()[:1].isupper() or body[word.end():start].strip() or start - word.start() > 40:
            break
        start = word.start()
    return start


def _head_form(phrase: str) -> str:
    """The head noun of a source phrase, singular: "The officials" and "a senior official" share "official"."""
    word = phrase.rsplit(maxsplit=1)[-1].lower() if phrase.split() else ""
    return {"people": "person", "spokesmen": "spokesman", "spokeswomen": "spokeswoman"}.get(
        word, word[:-1] if word.endswith("s") and not word.endswith("ss") else word)


def _singular(phrase: str) -> bool:
    """A singular head: only that can stand in apposition to one name ("Since October, officials said" does not)."""
    last = phrase.rsplit(maxsplit=1)[-1].lower() if phrase.split() else ""
    return _head_form(phrase) == last or bool(_COUNTED.match(phrase))


def _bare_singular(phrase: str, before: str) -> bool:
    """A singular source noun with no article after "and", "or" or "as": a role in a list ("lawyer, treasurer
    and strategist", "a journalist and activist"), not someone who speaks; headlines drop articles, so not there."""
    words = phrase.lower().split()
    if not words or words[-1] in _PRONOUN_LIKE or _head_form(phrase) != words[-1] or phrase[:1].isupper():
        return False
    previous = before.rsplit(maxsplit=1)[-1].lower() if before.strip() else ""
    return previous in ("and", "or", "as") and not any(
        word in _QUANTIFIERS or word in _POSSESSIVES or word in _DETERMINERS or word.endswith(("'s", "’s"))
        for word in words[:1])


# verbs in -s that put a group after a name ("Lind primes supporters"); a plural noun there is a modifier
# ("Iowa biofuels advocates"), so only these
_VERBS_AFTER_NAME = wl.word_set("source_verbs_after_name")
_DETERMINERS = frozenset(("another", "each", "every", "any", "this", "that", "no", "one"))
_POSSESSIVES = frozenset(("his", "her", "their", "its", "our", "my", "your"))
_COUNTED = re.compile(r"(?i:two|three|four|five|six|both)\s")
_CURRENCY = "$€£¥"
_AMOUNT_WORDS = frozenset(("million", "billion", "trillion", "thousand", "hundred", "bn", "m"))


def _by_agent(body: str, start: int) -> bool:
    """The phrase at `start` is the agent of a verb of judging or where criticism came from ("criticised by")."""
    window = body[max(0, start - 90):start]
    return ("by" in window or "from" in window) and _BY_AGENT.search(window) is not None


def _surname_before(body: str, np_start: int, rest: str) -> bool:
    """"Simmons, an early supporter of the mayor, said": a surname, and the phrase set off by commas."""
    surname = APPOSITION_OF_SURNAME.search(body, max(0, np_start - 90), np_start)
    closed = _CLOSED_APPOSITION.match(rest)
    return bool(surname and closed and not _SAYS.search(closed.group(0))
                and surname.group("name").lower() not in lx.COMMON_CAPITALIZED)


_CAPITALISED_NEXT = re.compile(r"\s+(?P<word>[A-Z][a-z][\w'’\-]*)")


def _part_of_name(body: str, np_start: int, np_stop: int) -> bool:
    """A capitalised source noun inside a name: "the Harbour Insider reported", "Representative Ober said".

    Past the start of the sentence a capital on the noun marks a title or a name; at the start, so
    does a capitalised word right after it ("Spokesman Ober"), unless it is a common word ("Officials
    Monday said").
    """
    head_start = body.rfind(" ", np_start, np_stop) + 1 or np_start
    if not body[head_start:head_start + 1].isupper() or body[head_start:np_stop].removesuffix("s").isupper():
        return False
    before = body[:head_start].rstrip(" \"“‘'(")
    if before and before[-1] not in ".:;—–-":  # past a dateline ("PORT ARDEN — Officials said") it is a start
        return True
    after = _CAPITALISED_NEXT.match(body, np_stop)
    return bool(after and after.group("word").lower() not in lx.COMMON_CAPITALIZED)


def _people_speak(phrase: str, rest: str, body: str, np_start: int) -> bool:
    """People said to say, judge or want something, and said to be particular people: "co-op members in the
    villages voiced concerns", "people who have run the ferry for years say", "party members oppose the levy";
    "people think", "many people want" is what anyone might think, not a source, unless a place or a relative
    clause says which people."""
    speak = PEOPLE_SPEAK.match(rest) if may_speak(rest) else None
    if not speak:
        if not view_after(body, np_start, rest):
            return False
        if _PLACE_NEXT.match(rest):
            return True  # "most members of the harbour board want ..."
    elif speak.group("where") or speak.group("who"):
        return True
    *modifiers, head = phrase.lower().split()
    if head in _ANYONE:
        return False
    # "many members were dismayed": counted members of something are particular people; "many people" are not
    return bool(modifiers) if not speak else any(word not in _QUANTIFIERS and word not in _POSSESSIVES
                                                  for word in modifiers)


# "someone in the audience shouted": where the speaker stood, then the verb
_SAYING_AFTER_PLACE = re.compile(r"\s+(?:in|at|on|from)\s+the\s+\w+(?:\s+\w+)?" + SAYING_NEXT.pattern, re.IGNORECASE)
_PLACE_NEXT = re.compile(r"\s+(?:of|in|from|at|across|within)\s", re.IGNORECASE)
_ANYONE = frozenset(("people", "person", "persons", "individuals"))  # "make people think twice": anyone at all


def unnamed_sources(text: str, sentence: Sentence, unnamed_heads: set[str],
                    lowered: str | None = None, present: frozenset[str] | None = None) -> list[SourceSpan]:
    """Unnamed sources of one sentence; `unnamed_heads` carries the head nouns of those already found.

    `lowered` is the sentence's prefilter_text when the caller has it already (it is the same for every rule),
    and `present` the hints it holds, from a `HintIndex` that holds CUE_HINTS and ANON_HINTS (caveats.py has one).
    """
    hits: list[SourceSpan] = []
    body = sentence.text
    if lowered is None:
        lowered = prefilter_text(body)
    if present is None:
        has_cue = any(map(lowered.__contains__, CUE_HINTS))
        has_hint = has_cue or any(map(lowered.__contains__, ANON_HINTS))
    else:
        has_cue = not present.isdisjoint(_CUE_HINT_SET)
        has_hint = has_cue or not present.isdisjoint(_ANON_HINT_SET)
    may_count_trade = (" said" in lowered or " told" in lowered or " say" in lowered or " warn" in lowered
                       or " added" in lowered or " estimated" in lowered or " predicted" in lowered
                       or " reported" in lowered) and _MAY_COUNT_TRADE.search(lowered) is not None
    if not has_hint and _SOURCE_NOUNS.isdisjoint(_LOWER_WORDS.findall(lowered)) and not may_count_trade:
        return hits  # a set lookup per word: far cheaper than the source-noun alternation on every sentence
    taken: list[tuple[int, int]] = []
    for np_start, np_stop, quantified in _noun_phrases(body, may_count_trade):
        start = sentence.start + np_start
        np_end = sentence.start + np_stop
        if any(s <= start < e for s, e in taken):
            continue
        if _THERE_ARE.search(body, max(0, np_start - 14), np_start):
            continue  # "there are some economists who argue ...": a view said to exist, not a source cited
        if _WHETHER_BEFORE.search(body, max(0, np_start - 16), np_start):
            continue  # "declined to say whether investigators had found the anchor": what is asked, not who told
        if _LIKE.match(body, np_start) or _LIKE_BEFORE.search(body, max(0, np_start - 8), np_start):
            continue  # "One attendee, who like others spoke on condition of anonymity": the attendee is the source
        if body.startswith(("a ", "an ", "A ", "An "), np_start) and _PREDICATE_BEFORE.search(
                body, max(0, np_start - 16), np_start):
            continue  # "Lind is a keen advocate of night sailings": what the subject is, not who said something
        rest = _CLAUSE_END.split(body[np_stop:np_stop + 160], maxsplit=1)[0]
        if _OF_THING.match(rest) and _head_form(body[np_start:np_stop]) == "source":
            continue  # "other sources of funding": where something comes from, not who told it
        phrase = body[np_start:np_stop]
        if _part_of_name(body, np_start, np_stop):
            continue  # "Representative Ober said", "the Harbour Insider reported": a title or a name
        if named_after(text, np_end) or (APPOSITION_OF_NAME.search(body, max(0, np_start - 90), np_start)
                                          and not _PARENTHETICAL.match(rest) and not DIRECT_SPEECH.match(rest)
                                          and _singular(phrase)):
            continue  # "A spokesman, Jan Ober," and "Jan Ober, a senior official with ...": a named source
        if " " not in phrase and _VERB_SLOT.search(body, max(0, np_start - 12), np_start) and _singular(phrase):
            continue  # "some who advocate open ports", "to witness the vote": the noun is a verb there
        if not sentence.is_headline and _bare_singular(phrase, body[max(0, np_start - 30):np_start]):
            continue  # "as a journalist and activist", "its lawyer, treasurer and strategist": roles, not sources
        if _INDEFINITE.match(phrase):
            unnamed_heads.add(_INTRODUCED + _head_form(phrase))  # "a witness ..." makes "the witness said" unnamed
        cue_match = ANON_CUE.search(rest) if has_cue else None
        if cue_match and (cue_match.start() > 60 or _SAYS.search(rest[:cue_match.start()])
                          or _HEAD_RE.search(rest[:cue_match.start()])):
            cue_match = None  # the cue belongs to a later source noun ("..., sources who saw them")
        elif cue_match and _RELATIONAL_CUE.match(cue_match.group(0)) and not _NEXT_TO_NOUN.fullmatch(
                rest[:cue_match.start()]):
            cue_match = None  # "passengers have long been familiar with the captain": no tie to the matter
        elif cue_match and _RELATIONAL_CUE.match(cue_match.group(0)) and not _CITED_BEFORE.search(
                body, max(0, np_start - 20), np_start) and not _ACCORDING_BEFORE.search(
                body[max(0, np_start - 20):np_start]) and not relational_source_speaks(rest, cue_match.end()):
            continue  # "people involved in the case could face sanctions": who they are, but nothing said
        if not cue_match and UNIQUE_OFFICE.fullmatch(phrase):
            continue  # "Poland's digital affairs minister said": one holder, so the office names who spoke
        cue_text: str
        end = np_end
        agent = _by_agent(body, np_start)
        felt = not agent and view_felt(body, np_start, rest)  # "the remark alarmed her supporters"
        agent = agent or felt
        head_word = phrase.split()[-1].lower()
        according = _ACCORDING_BEFORE.search(body[max(0, np_start - 20):np_start])
        said_before = according is not None and according.group(0).strip().lower() not in (
            "as", "according to", "citing", "quoting") and not _CLAUSE_VERB_NEXT.match(rest)
        others_view = head_word == "others" and view_after(body, np_start, rest) is not None  # "others were wary"
        if head_word in _PRONOUN_LIKE and not (said_before or speech_after(rest) or SAYING_NEXT.match(rest)
                                               or others_view):
            continue  # "paints herself as someone deeply involved in ...": no one said anything
        if cue_match:
            end = np_end + cue_match.end()
            cue_text = cue_match.group(0)
        elif (not agent or head_word in _PRONOUN_LIKE) and not said_before and (
                (_PEOPLE_HEAD.search(phrase) and not DIRECT_SPEECH.match(rest)
                 and not _people_speak(phrase, rest, body, np_start))
                or (head_word in _WEAK_SOURCE_NOUNS and not SAYING_NEXT.match(rest) and not others_view
                    and not _SAYING_AFTER_PLACE.match(rest))):
            continue  # "26 people were killed", "Brazil and others": only a cue or a verb of saying makes a source;
            # as the agent of a verb of judging ("criticised by residents") they are one
        else:
            speech = speech_after(rest) or SAYING_NEXT.match(rest)
            if speech and (_NEGATED.search(speech.group(0)) or _PASSIVE.search(speech.group(0))):
                speech = None  # "lawmakers have not said when", "donors are mentioned": no claim rests on them
            view = None
            if not speech:  # "supporters were worried": a stance, not a passive
                speech = VIEW_GIVEN.match(rest)
                view = None if speech else (STANCE_AFTER.match(rest) or SEEN_AS.match(rest)
                                            or view_after(body, np_start, rest))
                if view is not None and _WHOSE_BEFORE.search(body, max(0, np_start - 8), np_start) \
                        and _DEMAND.search(view.group(0)):
                    view = None  # "Iran, whose leaders have called for sanctions": a demand of a named party
                speech = speech or view
            if (not speech and _at_clause_start(body, np_start) and not asked_to_act(rest)
                    and not _AS_BEFORE.search(body, max(0, np_start - 8), np_start)):
                speech = SAYING_LATER.search(rest)
            if speech and quantified and not _at_clause_start(body, np_start) and not DIRECT_SPEECH.match(rest):
                speech = None  # "the deals cover five staffers ..., sources told": the verb is someone else's
            if not speech and according and according.group(0).strip().lower() == "as":
                speech = _PUT_IT.match(rest)  # "as one board member put it"
            if not speech and not agent and (not according or according.group(0).strip().lower() == "as"):
                continue  # "as a negotiator": a role, unless a verb of saying follows ("as a senior official put it")
            # a view, a mood or a judgment the group is the agent of ("criticised by officials", "anger from
            # supporters") rests on no one named; a group that says something is a source of what it says
            viewed = view or felt or (agent and not speech and not CLAIM_JUDGED.search(
                body, max(0, np_start - 60), np_start))
            if viewed and NAMED_TELLER_AT_END.search(body, np_stop):
                continue  # "Officials felt comfortable with it, said Mr. Clarke": his account of their view
            if viewed and len(body.split()) <= 8 and _NAMED_ONE_OF_THEM.match(text, sentence.end):
                continue  # "Some military analysts are skeptical. Michael Kofman, a senior fellow ..., said": a lead-in
            cue_text = f"{VIEW_CUE if viewed else 'unnamed'} {phrase.split()[-1].lower()}"
        if quoted_at(text, start):
            continue  # inside a quotation the speaker is the source: "“His people said no,” Lind recalled"
        if _singular(phrase) and (PARTY_LABELLED.search(body, max(0, np_start - 40), np_start)
                                  or _surname_before(body, np_start, rest)):
            continue  # "Ana Berg (D-NH), a supporter of ...", "Simmons, an early supporter ..., said"
        if _OWN_PEOPLE.match(phrase) and _NAME_AND.search(body, max(0, np_start - 60), np_start):
            continue  # "Lind and his aides said": the claim rests on Lind, who is named
        head = _head_form(phrase)
        if _GENERAL_DETERMINER.match(phrase) and not cue_match and not _WHO_SPOKE.search(rest) \
                and not _DEFINING_RELATIVE.match(rest) \
                and not _SOURCE_HEAD.search(phrase) and head not in unnamed_heads \
                and _INTRODUCED + head not in unnamed_heads:
            continue  # "the officials said" points back to officials named before; "the source" does not
        whose = (_WHOSE.match(body, np_stop) or _WHERE_SAID.match(body, np_stop)) if not cue_match else None
        if whose:
            end = sentence.start + whose.end()  # "Aides to Sen. Ana Berg": whose aides they are is part of the source
        taken.append((start, end))
        unnamed_heads.add(head)  # "a senior official said ... the official added": the same unnamed source
        hits.append(SourceSpan(start, end, cue_text))
    for match in ONE_OF_THEM.finditer(body) if ONE_OF_THEM_HINTS[0] in lowered else ():
        start = sentence.start + match.start()
        if not any(s <= start < e for s, e in taken):
            hits.append(SourceSpan(start, sentence.start + match.end(), "unnamed member of a group"))
    for match in ANON_CUE.finditer(body) if has_cue else ():
        start = sentence.start + match.start()
        if any(s <= start < e for s, e in taken):
            continue
        before = next((i for i, hit in enumerate(hits) if hit.end <= start and (
            not text[hit.end:start].strip(" ,") or _BEFORE_CUE.fullmatch(text, hit.end, start))), None)
        if before is not None:  # "one person with knowledge of ..., who spoke on condition of anonymity": one source
            hits[before] = hits[before]._replace(end=sentence.start + match.end())
            continue
        if not _CUE_OPENING.match(match.group(0)):
            continue
        # "A ferry pilot, who did not want ...", "Two shipping agents in Izmail, speaking on condition of ...": who
        person = person_before(body, match.start()) if match.group(0)[:4].lower() == "who " or (
            _SET_OFF_CUE.match(match.group(0)) and body[:match.start()].rstrip().endswith(",")) else None
        hits.append(SourceSpan(sentence.start + person if person is not None else start,
                               sentence.start + match.end(), match.group(0)))
    return hits
