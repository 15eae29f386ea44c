"""Anonymity cues: the words by which a source withholds its name ("who spoke on condition of anonymity",
"people familiar with the talks", "one of them said"), and the person a "who ..." cue describes.

Kept apart from the rule that walks noun phrases (`unnamed.py`): these are phrases looked for as they
are, with the cheap substring hints that let most sentences skip them.
"""

from __future__ import annotations

import re

# the verbs that end a cue phrase: "people familiar with the talks confirmed ..."
_CUE_VERB = (r"(?:said|say|says|told|tells|confirmed|added|described|explained|acknowledged|insisted|warned|noted|"
             r"stressed|cautioned|predicted|suggested)")
# a verb that may follow the matter a cue names: "people involved in the talks could ...", not part of the cue
_AUXILIARY = r"(?:could|would|will|may|might|must|should|can|have|has|had|are|were|is|was|do|did|say|think)"
# "people familiar with the plan and a draft document seen by Reuters": a second source joined after the matter
_ANOTHER_SOURCE = r"\s+(?:and|or)\s+(?:an?|two|three|four|several|other|another)\s"
_ANON_CUE = (r"(?:(?:who\s+)?(?:spoke|speaking|talking|who\s+talked)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity"
             r"|on\s+condition\s+of\s+anonymity"
             r"|(?:who\s+)?(?:asked|requested|declined)\s+not\s+to\s+be\s+(?:named|identified)"
             r"|(?:who\s+)?(?:declined|refused|did\s+not\s+want|didn['’]t\s+want)\s+to\s+be\s+(?:named|identified)"
             r"|(?:who\s+)?(?:declined|refused)\s+to\s+(?:give|provide|share)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?"
             r"names?"
             r"|(?:who\s+)?asked\s+that\s+(?:his|her|their)\s+(?:sur|full\s+|last\s+)?names?\s+not\s+be\s+"
             r"(?:published|used|given|disclosed)"
             r"|(?:who\s+)?(?:requested|asked\s+for|was\s+granted|were\s+granted|granted)\s+anonymity"
             r"|(?:speaking|spoke)\s+(?:on\s+background|privately|anonymously)"
             r"|familiar\s+with\s+(?:the\s+)?[\w'’\s]{2,40}?(?=[,.;]|\s+" + _CUE_VERB + r"|" + _ANOTHER_SOURCE + r"|$)"
             r"|(?:close|closer)\s+to\s+(?![\d$€£])(?:the\s+)?[\w'’\s]{2,30}?(?=[,.;]|\s+" + _CUE_VERB + r"|$)"
             r"|(?:involved|participating)\s+in\s+(?:the\s+)?\w+(?:\s+(?!" + _CUE_VERB + r"\b|\w+ed\b|" + _AUXILIARY
             + r"\b)\w+)?"
             r"|briefed\s+on\s+(?:the\s+)?[\w'’\s]{2,30}?(?=[,.;]|\s+" + _CUE_VERB + r"|$)"
             r"|with\s+(?:direct\s+)?knowledge\s+of\s+(?:the\s+)?[\w'’\s]{2,30}?(?=[,.;]|\s+" + _CUE_VERB + r"|$)"
             r"|(?:who\s+(?:was|were|is|are)\s+)?not\s+authori[sz]ed\s+to\s+(?:speak|discuss|comment|talk|brief)"
             r"(?:\s+(?:publicly|on\s+the\s+record|to\s+(?:the\s+)?(?:media|press|reporters|journalists)"
             r"|about\s+[\w\s]{1,30}?(?=[,.;]|\s+said)))?"
             r"|who\s+(?:attended|was\s+present\s+at|were\s+present\s+at|witnessed|took\s+part\s+in|was\s+in\s+the\s+room"
             r"|saw|heard|read|reviewed|(?:has|have|had)\s+(?:seen|read|reviewed))\s+(?:the\s+)?[\w'’\s\-]{2,40}?"
             r"(?=[,.;]|\s+" + _CUE_VERB + r"|$)"
             r"|\b(?:I|we)(?:\s+ha(?:ve|d)|['’](?:ve|d))?\s+(?:interviewed|spoken\s+(?:to|with)|talked\s+(?:to|with)|"
             r"contacted|consulted|surveyed)\b|\b(?:I|we)\s+spoke\s+(?:to|with)\b"
             r"|(?:who\s+)?(?:was|were)\s+not\s+(?:named|identified)(?:\s+in\s+line\s+with\s+[\w\s]{3,30}?rules)?)")

# Every cue opens with one of these letter pairs. Looked ahead for first, they spare the twenty alternatives
# (case-insensitive, so never skipped by the engine's own first-letter check) at almost every position: the
# cue search over a sentence is about three times faster. Under the same flag, so "ſ" or "K" count alike.
_ANON_CUE_OPENING = (r"(?=[abcdfginoprstw])(?=wh|sp|ta|on|as|re|de|di|gr|wa|we|fa|cl|in|pa|br|wi|no"
                     r"|i[\s'’])")
ANON_CUE = re.compile(_ANON_CUE_OPENING + _ANON_CUE, re.IGNORECASE)


ANON_HINTS = ("allies", "ally", "associate", "confidant", "loyalist", "official", "diplomat", "source", "aide",
               "delegate", "people", "person", "insider", "executive", "spokes", "representative", "advis",
               "member", "negotiator", "officer", "worker", "employee", "staffer", "lawmaker", "minister",
               "envoy", "individual", "figure", "analyst", "anonym", "not to be", "of them", "of those")
CUE_HINTS = ("asked that", "anonym", "not to be", "to be named", "to be identified", "declined to", "refused to",
             "not named", "not identified", "who attended", "present at",
              "witnessed", "took part", "in the room", "who saw", "who heard", "who reviewed", "has seen",
              "had seen", "have seen", "who read", "has read", "have read", "had read", "have reviewed", "has reviewed",
              "had reviewed",
              "familiar", "close", "involved", "participat", "briefed", "knowledge", "authori",
              "background", "privately", "interviewed", "spoken to", "spoken with", "talked to", "talked with",
              "contacted", "consulted", "surveyed", "i spoke", "we spoke")
ONE_OF_THEM = re.compile(r"\b(?:[Oo]ne|[Tt]wo|[Bb]oth|[Ss]ome|[Ss]everal|[Nn]either)\s+of\s+(?:them|those|the\s+"
                          r"(?:officials|officers|sources|diplomats|people))\s+(?:said|told|says|added)\b")
ONE_OF_THEM_HINTS = ("of th",)  # every match holds "of them", "of those" or "of the": most sentences skip it


# words that end a walk back from "who ...": a verb of saying or a word that opens a clause
_BEFORE_PERSON_STOPS = frozenset(("said", "says", "told", "added", "and", "but", "or", "to", "with", "that", "than",
                                  "by", "from", "for", "of", "in", "on", "at", "as", "is", "was", "were", "are"))
_PERSON_OPENERS = frozenset(("a", "an", "one", "another", "the", "this", "two", "three", "several", "some"))
_PLACE_PREPOSITIONS = frozenset(("at", "of", "in", "for", "with", "from"))


def person_before(body: str, cue_start: int) -> int | None:
    """Where the person a "who ..." cue describes starts: "said one shop owner who declined to be named",
    "A ferry pilot, who did not want to be identified, said": a noun phrase of at most five words right
    before the cue, so that the caveat names who it rests on."""
    before = body[:cue_start].rstrip(" ,")
    words = list(_WORD.finditer(before, max(0, len(before) - 80)))[-8:]
    reversed_words = list(reversed(words))
    for position, word in enumerate(reversed_words):
        low = word.group().lower()
        later_word = reversed_words[position - 1].group() if position else ""
        later = later_word.lower()
        if low in _PLACE_PREPOSITIONS and (later in _PERSON_OPENERS or later_word[:1].isupper()):
            continue  # "managers at the yard, who ...", "a doctor at Velmar General Hospital, who ...": the person
            # stands before the place
        if low in _BEFORE_PERSON_STOPS and position >= 2 and later_word.islower() \
                and reversed_words[0].group().lower().endswith("s"):
            return reversed_words[position - 1].start()  # "two interviews with port officials who spoke ...": a
            #                                              group with no determiner, after its preposition
        if low in _BEFORE_PERSON_STOPS or (body[word.end():word.end() + 1] in ",;:”\"" and word is not words[-1]):
            return None
        earlier = reversed_words[position + 1].group().lower() if position + 1 < len(reversed_words) else ""
        if low in _PERSON_OPENERS and earlier not in _PLACE_PREPOSITIONS:
            return word.start()  # not "the yard" in "managers at the yard, who asked ..."
    return None



_WORD = re.compile(r"[\w.'’+\-]+")
