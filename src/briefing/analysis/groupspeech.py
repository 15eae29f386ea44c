"""Whether an unnamed group says, judges or feels something: the verb of saying after the group's noun.

"critics say", "members of the council who had opposed the levy said", "supporters were worried",
"party leaders see him as an asset": the patterns that find the group's own verb, and the guards that
give a verb to someone else ("..., he said", "what his aides describe") or to no claim at all ("critics
should question", "allies to organize a force"). Kept apart from `unnamed`, which finds the groups.
"""

from __future__ import annotations

import re

from briefing.analysis import wordlists as wl
from briefing.analysis.anonymity import ANON_CUE
from briefing.analysis.lexicon import PERSON_NOUNS

_SPEECH = "(?:" + "|".join(sorted(wl.entries("source_verbs"), key=lambda w: (-len(w), w))) + ")"
_SOURCE_NOUNS = wl.word_set("source_nouns")
_LOWER_WORDS = re.compile(r"[a-z]+")


_AUXILIARIES = (r"(?:(?:also|have|had|has|later|would|could|might|may|will|long|generally|often|privately|"
                r"publicly)\s+){0,2}")

# "members of Congress echo", "residents in Port Arden said": a place or body named right after the noun
DIRECT_SPEECH = re.compile(rf"(?:\s+(?:of|in|from)\s+(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}})?"
                           rf"\s*{_AUXILIARIES}(?:said|say|says|told|believe|believed|argue|argued|warned|warn|"
                           r"insisted|insist|echo|echoed|complain|complained|criticized|criticised|denied|deny|"
                           r"praised|predicted|described|questioned|wrote|tweeted|noted|acknowledged|admitted|"
                           r"disputed|recalled|added|adds|protested|protest|objected)\b", re.IGNORECASE)

# a verb of saying or judging right after the noun: "a bill critics called unfair", "than insiders expected";
# "asked the clerk to archive the ledgers" is a request, and "asked whether the deal holds" a question: neither a claim
SAYING_NEXT = re.compile(rf"\s*{_AUXILIARIES}(?:said|say|says|told|(?:are|were)\s+saying|"
                         r"believe|believed|argue|argued|warned|warn|insisted|insist|expected|expect|(?:called|call)(?!\s+(?:for|on|off|up))|"
                         r"described|describe|think|estimated|estimate|predicted|predict|suggested|suggest|noted|"
                         r"forecast|dub|dubbed|term|termed|mock|mocks|mocked|asked(?!\s+for\b)(?!\s+(?:\w+\s+){0,3}?(?:whether|if)\b)(?!\s+(?:\w+\s+){1,4}?to\s)|shouted)\b",
                         re.IGNORECASE)

def _not_after(*words: str) -> str:
    """Look-behinds for "not right after any of `words`" (one fixed-width look-behind each: a look-behind may hold
    no alternation of different widths)."""
    return "".join(rf"(?<!\b{word}\s)" for word in words)


# after a determiner, a possessive or "in" and "of" a verb of the list is a noun: "filed a report",
# "left in hopes of a seat", "made her point"
_NOT_A_NOUN = _not_after("a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
                         "those", "in", "of", "no", "into")

# what may stand between the group and its verb of saying: a place or a body ("of the harbour board"), an aside
# set off by commas or dashes, and up to nine words ("members of the council who had opposed the levy said"), a
# relative clause of up to 24 words with no subject of its own ("leaders who'd rather be working on ... said"),
# or a verb phrase of the group's own joined by "and" ("officers with no knowledge of the case chafed at ... and
# said")
_BEFORE_LEAD = (r"(?:\s+(?:of|in|at|for|from|with|close\s+to|to|on|across)\s+[^,;]{1,50}?)?"
                r"(?:,[^,]{0,90},|\s+[—–]\s[^—–]{1,120}?\s[—–]|\s+-\s(?:[^-]|(?<=\w)-(?=\w)){1,120}?\s-)?")

_BEFORE_SPEECH = re.compile(_BEFORE_LEAD + r"\s*(?:(?:he|she|they|we|i|you)\s+)?(?:(?!(?:he|she|they|we|i|you)\s)\w+"
                            r"(?:,\s*(?:in\s+fact|however|though|too|in\s+turn),)?\s+){0,9}?", re.IGNORECASE)

# the long forms, tried only where the short one fails and the words hold "who" or "and" (they backtrack more)
_BEFORE_SPEECH_LONG = re.compile(_BEFORE_LEAD + r"(?:\s+who(?:['’]d)?\s+(?:(?!(?:he|she|they|it|i|we|you)\s)"
                                 r"[^,;\s]+\s+){1,24}?|\s+(?:(?!(?:he|she|they|we|i|you|and|but|while)\s)[^\s,;]+\s+)"
                                 r"{1,20}?and\s+(?:\w+ly\s+)?)", re.IGNORECASE)

_SPEECH_HERE = re.compile(rf"{_NOT_A_NOUN}{_SPEECH}\b", re.IGNORECASE)

_LETTERS = re.compile(r"[A-Za-z]+")

# "filming a fake war report", "an angry claim": a word of the list not in the past, one or two words after "a", is a
# noun; after a place or a body ("aides to a senator said", "officials at a local clinic report") it is the verb
_AFTER_ARTICLE = re.compile(_not_after("of", "in", "at", "for", "from", "with", "to", "on", "across", "near", "inside")
                            + r"\b(?:a|an)\s+(?:[\w'’\-]+\s+){1,2}$", re.IGNORECASE)
_SPEAKS_TO_THING = re.compile(r"\s+to\s+(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+"
                              r"(?:[\w\-]+\s+)?([\w\-]+)\b", re.IGNORECASE)
_HEARERS = PERSON_NOUNS | _SOURCE_NOUNS | wl.word_set("media_nouns") | {"press"}  # "spoke to the press"
_UNREALISED = re.compile(r"\b(?:get|gets|got|getting|want|wants|wanted|hope|hopes|hoped|plan|plans|planned|able|"
                         # "negotiators failed to agree on an exchange": what they did not do says nothing
                         r"chance|right|eager|ready|fail|fails|failed|refused|declined|unable)\s+to\s+$", re.IGNORECASE)
_PAST_ENDINGS = ("ed", "said", "told", "wrote", "thought", "felt", "saw", "knew", "spoke", "gave", "made")

_WHOLE = re.compile(r".*", re.DOTALL)

# people who say something: "people on the quay shouted", "people who have run the ferry for years say", "some
# harbour figures concluded"; any verb of the list, after a place or a short relative clause
PEOPLE_SPEAK = re.compile(rf"(?P<where>\s+(?:of|in|from|at|on)\s+(?:the\s+)?[\w.'’\-]+(?:\s+[\w.'’\-]+){{0,3}}?)?"
                          rf"(?P<who>\s+who\s+(?!(?:he|she|they|we|I|you|it)\s)[^,;]{{1,60}}?)?"
                          rf"\s*{_AUXILIARIES}(?:\w+ly\s+)?{_NOT_A_NOUN}{_SPEECH}\b", re.IGNORECASE)

# the first word of each verb of the list: a clause that holds none of them holds no verb of saying, and the
# patterns built on the list (a backtracking search over the 280 verbs at every word) are not tried there
_SPEECH_WORDS = frozenset(entry.split()[0] for entry in wl.entries("source_verbs"))

_CALL_FOR = re.compile(r"\s+(?:for|on|off|up)\b", re.IGNORECASE)

_HAVE_BEFORE = re.compile(r"\b(?:have|has|had)\s+$", re.IGNORECASE)

_THING_ADDED = re.compile(r"\s+(?:\d|(?:a|an|another|more|new|some|extra|two|three|several)\s)", re.IGNORECASE)

_OWN_SUBJECT = re.compile(r",\s+(?:the\s+)?[A-Z][\w.'’\-]*(?:[\s\-]+[A-Z][\w.'’\-]*)*\s+$")

# the group followed by an infinitive is asked or expected to act ("urged allies to organize a force"); "aides
# to the governor" are the governor's aides
_ASKED_TO = re.compile(r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|whom)\b)([a-z]+)\b")

# a subject of its own right before the verb, set off by a comma: "engineers might benefit, he said", "are
# reflecting, the polls tell us"
_ANOTHER_SUBJECT = re.compile(r",\s+(?:he|she|they|we|I|you|(?:the|a|an|his|her|their|its|our)\s+[\w'’\-]+"
                              r"(?:\s+[\w'’\-]+)?)\s+$")

# what a group ought to do: "critics should instead question ...", "voters need to ask ..."
_PRESCRIBED = re.compile(r"\b(?:should|must|ought\s+to|need\s+to|needs\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE)

_LAST_WORD = re.compile(r"([\w'’]+)\s+$")

_JOINED = re.compile(r"\s*,?\s*(?:and|or)\s", re.IGNORECASE)


def _prescribed(rest: str, verb_start: int) -> bool:
    return ("ould" in rest or "ust" in rest or "eed" in rest) and bool(_PRESCRIBED.search(rest, 0, verb_start))


def _later_source(rest: str, verb_start: int) -> bool:
    """The word before the verb is a source noun of its own ("what his aides describe"), not one joined to the
    group ("officials and aides said")."""
    last = _LAST_WORD.search(rest, 0, verb_start)
    return bool(last and last.group(1).lower() in _SOURCE_NOUNS and not _JOINED.match(rest))


def relational_source_speaks(rest: str, cue_end: int) -> bool:
    """People described by how they stand to the matter ("familiar with the talks") are a source when they say,
    judge or give something, or when an anonymity cue follows ("..., who spoke on condition of anonymity")."""
    after_cue = rest[cue_end:]
    return bool(speech_after(rest) or SAYING_NEXT.match(after_cue) or VIEW_GIVEN.match(after_cue)
                or STANCE_AFTER.match(after_cue) or ANON_CUE.search(after_cue) or _OFFERED.search(rest, 0, 90))

# "people involved offered contradictory accounts", "people involved in the talks assumed that ..."
_OFFERED = re.compile(r"\s*(?:\w+\s+){0,2}?(?:(?:offer|offers|offered|give|gives|gave|provided|provide)\s+"
                      r"(?:(?:their|an?|some|\w+)\s+){0,2}(?:accounts?|descriptions?|details?|versions?)\b|"
                      r"(?:assume|assumed|assumes|understood|understand|understands)\s+that\b)", re.IGNORECASE)


def may_speak(rest: str) -> bool:
    """Whether the clause holds a word of the verb list at all: most do not, and the verb patterns are costly."""
    return not _SPEECH_WORDS.isdisjoint(_LOWER_WORDS.findall(rest.lower()))


def asked_to_act(rest: str) -> bool:
    """The group is followed by an infinitive other than a verb of saying: it is asked or expected to act
    ("called on governors and allies to organize ..."), and a verb of saying later is someone else's."""
    asked = _ASKED_TO.match(rest)
    return bool(asked and asked.group(1).lower() not in _SPEECH_WORDS)


def speech_after(rest: str) -> re.Match[str] | None:
    """The clause up to the group's verb of saying, the first one it can reach ("of the board, who met
    Monday, said"), or None. Tried at each word of the verb list, not by one pattern that backtracks
    over the 280 verbs at every word, which cost more than the rest of the rule together."""
    if asked_to_act(rest):
        return None  # "called on governors and allies to organize ...": the group is asked to act, says nothing;
        # "leading authorities to question whether ...": they question
    for word in _LETTERS.finditer(rest):
        low = word.group().lower()
        if low not in _SPEECH_WORDS:
            continue
        verb = _SPEECH_HERE.match(rest, word.start())
        if verb and (_BEFORE_SPEECH.fullmatch(rest, 0, word.start()) or (
                ("who" in rest[:word.start()] or "and " in rest[:word.start()])
                and _BEFORE_SPEECH_LONG.fullmatch(rest, 0, word.start()))):
            if low.endswith("ing") and _HAVE_BEFORE.search(rest, 0, word.start()):
                return None  # "doctors have admitting privileges": no verb after "have" ends in -ing
            if low in ("speak", "speaks", "spoke", "speaking"):
                topic = _SPEAKS_TO_THING.match(rest, verb.end())
                if topic and topic.group(1).lower() not in _HEARERS:
                    continue  # "speaks to the stickiness of donor ties": it shows something, says nothing
            if _UNREALISED.search(rest, max(0, word.start() - 20), word.start()):
                continue  # "insiders who get to weigh in on the nomination": a chance to speak, nothing said
            if not low.endswith(_PAST_ENDINGS) and _AFTER_ARTICLE.search(rest, 0, word.start()):
                continue  # "was caught filming a fake war report": a noun after "a" and its adjectives
            if low.startswith("call") and _CALL_FOR.match(rest, verb.end()):
                continue  # "leaders have called for sanctions": a demand, not a claim
            if low.startswith("add") and _THING_ADDED.match(rest, verb.end()):
                return None  # "organizers added 160 stewards": something done, nothing said
            if _OWN_SUBJECT.search(rest, 0, word.start()):
                return None  # "from firms, foreign sources, and donors, the Courier reported": the Courier's verb
            if _ANOTHER_SUBJECT.search(rest, 0, word.start()) or _prescribed(rest, word.start()):
                continue  # "..., he said", "..., the polls tell us", "critics should question": not the group's claim
            if _later_source(rest, word.start()):
                return None  # "to showcase what his aides describe": the verb is the aides'
            return _WHOLE.match(rest, 0, verb.end())
    return None

# a view or a mood put on the group: "aides were coy about", "supporters are optimistic that"
STANCE_AFTER = re.compile(r"\s*(?:\w+ly\s+)?(?:(?:are|were|is|was)(?:\s+(?:growing|becoming))?|remain|remained|"
                          r"have\s+been|had\s+been|seem|seemed|appear|appeared|grew|became)\s+"
                          r"(?:(?:also|now|still|more|less|so|very|far|much|well|even|not|\w+ly)\s+){0,2}"
                          r"(?:\w+\s+(?:and|or)\s+)?(?:" + "|".join(sorted(wl.entries("source_stances"))) + r")\b",
                          re.IGNORECASE)

# a view the group gives: "experts offering their assessments", "analysts gave a gloomy verdict"
VIEW_GIVEN = re.compile(r"\s*(?:\w+\s+){0,2}?(?:offer|offers|offered|offering|give|gives|gave|giving)\s+"
                        r"(?:(?:their|his|her|its|an?|some|own|\w+ly)\s+){0,3}(?:\w+\s+)?(?:assessments?|views?|"
                        r"opinions?|analys[ie]s|predictions?|verdicts?|forecasts?|estimates?)\b", re.IGNORECASE)

# a judgment of the group's: "party leaders see him as an asset", "aides cast the result as a sign of strength"
SEEN_AS = re.compile(rf"\s*{_AUXILIARIES}(?:see|sees|saw|view|views|viewed|regard|regards|regarded|cast|casts|"
                     r"portray|portrays|portrayed|paint|paints|painted|frame|frames|framed|tout|touts|touted|promote|"
                     r"promotes|promoted|(?:hold|holds|held)\s+up)\s+"
                     r"(?:[^,.;:]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){1,60}?\s+as\s", re.IGNORECASE)

# the group's verb of saying after its own verb and a comma: "diplomats backed the plan, warning that ..."
SAYING_LATER = re.compile(r",\s+(?:saying|warning|arguing|insisting|claiming|contending|predicting|complaining|"
                          r"noting|adding)\b")
