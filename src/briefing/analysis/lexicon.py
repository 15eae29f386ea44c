"""Word lists the rules rely on: titles, role nouns, organisation heads, places, demonyms, news outlets.

The lists themselves are data files in `resources/analysis/` (one entry a line, sorted, unique), so
a reviewer can see why a word is treated as it is and extend a list without touching the rules.
This module names them for the rules. Lookups are on lower-cased words.
"""

from __future__ import annotations

from briefing.analysis.wordlists import pairs, word_set


def words(text: str) -> frozenset[str]:
    """A small inline set of lower-cased words, for word classes local to one rule."""
    return frozenset(word for word in text.lower().split())


# Honorifics and ranks that precede a name and are not part of it.
HONORIFICS = word_set("honorifics")

# Words that make up a title or role when written before a name ("Defense Secretary", "press secretary").
TITLE_WORDS = word_set("title_words")

# Nouns that name what a person is (used in appositions: "X, a 34-year-old mother", "Her neighbour, X").
PERSON_NOUNS = word_set("person_nouns")

# Nouns that head an organisation's name ("... Institute", "Ministry of ...").
ORG_HEADS = word_set("org_heads")

# Organisations whose whole name the rules could not tell from a person's ("Human Rights Watch").
KNOWN_ORG_NAMES = word_set("known_org_names")

# First words of organisation names built with "of": "Ministry of Defence", "Bank of England".
ORG_STARTS = word_set("org_starts")

# Organisations known by a short name or acronym (lower-case keys).
KNOWN_ORGS = word_set("known_orgs")

# Capitalised abbreviations that are not organisations: time zones, units, titles, common terms.
NOT_ORG_ACRONYMS = word_set("not_org_acronyms")

# Countries, capitals, regions and place words: capitalised, but never actors by themselves.
PLACES = word_set("places")

# Place names of several words, matched whole.
PLACE_NAMES = word_set("place_names")

# Capitalised names of things that are neither people nor organisations acting in a story.
NON_ACTOR_NAMES = word_set("non_actor_names")

# Demonyms and adjectives of countries, mapped to the country an affiliation names.
DEMONYMS: dict[str, str] = dict(pairs("demonyms"))

# Capitalised words that open sentences or name days, months and the like: never a name on their own.
COMMON_CAPITALIZED = word_set("common_capitalized")

# Modifiers written capitalised in front of a title at the start of a sentence ("Top ... official").
COMMON_TITLE_MODIFIERS = word_set("common_title_modifiers")
DAYS_AND_MONTHS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                             "january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"])

# "Chief information officer": the words between an office's rank and its noun
OFFICE_MODIFIERS = word_set("office_modifiers")

# Lower-case words that may stand between title words in a role ("Secretary of State", "chief of staff").
ROLE_CONNECTORS = word_set("role_connectors")

# Particles inside personal names ("Faisal bin Khalid", "Théo Van den Broeck").
NAME_PARTICLES = word_set("name_particles")

# News organisations: cited as the reporter of a story they are sources, not actors.
OUTLETS = word_set("outlets")

# Multi-word outlet names (lower case) for exact matching.
OUTLET_NAMES = word_set("outlet_names")

# Nouns that announce a news organisation ("the newspaper Tagesspiegel", "Tempo magazine").
MEDIA_NOUNS = word_set("media_nouns")


def is_nationality(word: str) -> bool:
    """"American", "Americans", "Frenchman", "Briton": a word that says where a person is from."""
    low = word.lower()
    return low in DEMONYMS or (low.endswith("s") and low[:-1] in DEMONYMS) or low in word_set(
        "nationality_nouns") or low in word_set("group_names")  # "Democrat Walter Mondale" too
