"""What kind of name a run of capitalised words is from its words alone: person-shaped, organisation,
outlet or place.

`mentions.py` asks this before reading the context of a name; the answer rests on the word lists
(organisation heads, places, outlets, known names), so a reviewer can extend them without a rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.outlets import GENERIC_OUTLET
from briefing.analysis.wordforms import is_acronym


def classify_known(words: list[str]) -> str | None:
    """"outlet" or "org" for names the lexicon knows whole ("Financial Times", "Human Rights Watch")."""
    joined = " ".join(w.lower() for w in words)
    if joined in lx.OUTLET_NAMES:
        return "outlet"
    if joined in lx.KNOWN_ORG_NAMES:
        return "org"
    if joined in lx.PLACE_NAMES or joined in lx.NON_ACTOR_NAMES:
        return "place"
    return None


_ROMAN = re.compile(r"[IVXLC]+")
_ADJECTIVAL = ("al", "ous", "ive", "ic", "ed", "ing", "ful")  # "Controversial IRA" in a headline: no body's name


def classify_words(words: list[str]) -> str:
    """person-shaped, org, outlet or place, from the words of a name alone."""
    return _classify(tuple(words))


@lru_cache(maxsize=32768)
def _classify(words: tuple[str, ...]) -> str:
    lows = [w.lower().rstrip(".") for w in words]
    joined = " ".join(lows)
    if lows[-1] in wl.word_set("group_names"):
        return "generic"  # "Chechens", "Roman Catholic", "Pennsylvania Republican": a group, not someone
    if len(lows) > 1 and ((lows[0] in _PLACE_FIRST and lows[-1] not in lx.ORG_HEADS) or lows[-1] in _PLACE_LAST):
        return "place"  # "County Tipperary", "Lake Chad", "Mexico City", "Halvard Strait" (not "Gulf Horizon Shipping")
    if len(lows) > 2 and any(" ".join(lows[i:]) in lx.KNOWN_ORG_NAMES for i in range(1, len(lows) - 1)):
        return "org"  # "International Red Cross", "Corvanian Red Crescent": a known body with a qualifier
    if len(lows) > 1 and lows[-1] in wl.word_set("thing_heads") and joined not in lx.KNOWN_ORG_NAMES:
        return "place"  # "Davis Cup", "Brady Bill", "Victoria Falls": a thing or an event, never an actor
    if len(lows) == 1 and (lows[0] in lx.DEMONYMS or f"{lows[0]}." in lx.DEMONYMS or lows[0] in lx.PLACES
                           or (lows[0].endswith("s") and lows[0][:-1] in lx.DEMONYMS)):
        return "place"
    if joined in lx.OUTLET_NAMES or (len(lows) == 1 and lows[0] in lx.OUTLETS and lows[0] not in lx.MEDIA_NOUNS):
        return "outlet"
    if joined in lx.KNOWN_ORG_NAMES:
        return "org"
    if len(lows) > 1 and lows[-1] in GENERIC_OUTLET:
        return "outlet"
    if len(lows) == 1 and len(words[0]) <= 2 and is_acronym(words[0]) and joined not in lx.KNOWN_ORGS:
        return "generic"  # "HQ", "TX", "M3", "TM": two capitals abbreviate a place, a unit or a grade more often
        #                   than a body; the two-letter bodies a reader knows ("EU", "UN") are listed
    if joined in lx.KNOWN_ORGS or (len(lows) == 1 and is_acronym(words[0])):
        return "org"
    if len(lows) == 1 and lows[0] in lx.ORG_HEADS and lows[0] not in lx.KNOWN_ORGS:
        return "generic"  # "Government", "Police" on their own name no one in particular
    if lows[-1] in lx.ORG_HEADS:
        return "org"
    if len(lows) > 1 and len(words[-1]) >= 3 and is_acronym(words[-1]) and not _ROMAN.fullmatch(words[-1]) \
            and not words[0].isupper() and lows[0] not in wl.word_set("given_names") \
            and lows[0] not in lx.COMMON_TITLE_MODIFIERS and not (len(lows) == 2 and lows[0].endswith(_ADJECTIVAL)):
        return "org"  # "Afipsky NPZ", "Conservative Solutions PAC": initials end a body's name (not "Henry VIII")
    connector = next((i for i, low in enumerate(lows[1:-1], 1) if low in ("of", "for")), 0)
    if connector and lows[connector - 1] in lx.ORG_HEADS:
        return "org"  # "Popular Union of Corvania", "National Bank of Elvara", "League for Democracy"
    if lows[0] in _ORG_FIRST and ((len(lows) >= 3 and lows[1] in ("of", "for", "on"))
                                  or not any(low in lx.TITLE_WORDS for low in lows[1:])):
        return "org"  # "House of Representatives", "Bank Harlan"; not "House Speaker Dale Hutchins"
    if any(low in lx.KNOWN_ORGS for low in lows) and len(lows) <= 2 and lows[0] in lx.KNOWN_ORGS:
        return "org"
    if all(low in lx.PLACES or low in lx.DEMONYMS for low in lows):
        return "place"
    if lows[-1] in lx.PLACES and len(lows) > 1 and not (
            len(lows) <= 3 and lows[0] in wl.word_set("given_names") and lows[0] not in wl.word_set("not_given_names")
            and lows[0] not in lx.PLACES and lows[0] not in lx.DEMONYMS and joined not in lx.PLACE_NAMES
            and not any(low in lx.PLACES or low in lx.DEMONYMS for low in lows[1:-1])):
        return "place"  # "Northern Jordan"; but "Neil Jordan", "Osvaldo Terreno Lima" are given names and surnames
    if lows[0] in lx.DEMONYMS and len(lows) == 1:
        return "place"
    return "name"


_ORG_FIRST = wl.word_set("org_first_words")
_PLACE_FIRST = frozenset(["county", "lake", "mount", "cape", "fort", "province", "gulf", "isle", "port"])
# "Marlow Central Hospital", "Corvanian Museum": where things happen in news, not who acts
_PLACE_LAST = frozenset(["city", "town", "village", "island", "islands", "strait", "straits", "bay", "valley",
                         "peninsula", "province", "county", "district", "region", "hospital", "museum"])
