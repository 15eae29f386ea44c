"""Key actors: merge the name mentions of all sources into people and organisations.

"Ukrainian President Volodymyr Zelenskyy", "Zelenskyy" and "Mr. Zelenskyy" are one actor: full
names are gathered first, then single words are attached to the full name they belong to
(by surname, or by first word for names written family-name first). A name with no cue that it
is a person (title, role, apposition, speaking) and no organisation shape is left out rather than
guessed, because a wrong actor costs the analyst more than a missing one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.sourcementions import SourceMentions
from briefing.analysis.wordforms import Mention


@dataclass
class Actor:
    name: str
    type: str  # "person" or "organization"
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)

    @property
    def first(self) -> Mention:
        return min(self.mentions, key=lambda m: (m.source, m.start))

    @property
    def named(self) -> Mention:
        """The first mention that gives the whole name: the evidence a reader checks the name against.

        A short form can come first ("Coast" opening a headline, then "the Coast Guard of the
        Republic of Corvania"); showing it as the evidence of the long name would not support it.
        """
        whole = [m for m in self.mentions if m.name == self.name]
        return min(whole, key=lambda m: (m.source, m.start)) if whole else self.first

    def cue(self) -> str | None:
        return next((m.person_cue for m in sorted(self.mentions, key=lambda m: (m.source, m.start))
                     if m.person_cue), None)

    def informative(self) -> Mention | None:
        """The mention that says most about the actor: the longest stated role, earliest on ties."""
        with_role = [m for m in self.mentions if m.role]
        if not with_role:
            return None
        return max(with_role, key=lambda m: (_role_score(m.role or ""), -m.source, -m.start))


    def affiliated(self) -> Mention | None:
        """The first mention that names the actor's body without a role ("Greta Lind of the ... Association")."""
        return next((m for m in sorted(self.mentions, key=lambda m: (m.source, m.start)) if m.affiliated), None)


def _role_score(role: str) -> int:
    words = role.split()
    # a role of a few words that names an office beats a long clause
    return min(len(words), 8) * 10 - max(0, len(words) - 12) * 5


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("’", "'")).strip().casefold()


def build_actors(per_source: list[SourceMentions], publishers: list[str | None] | None = None) -> list[Actor]:
    """People and organisations of all sources, merged, in a stable order (most mentioned first).

    An outlet the text cites ("Interfax news agency said", "told Reuters") is an organisation of the
    story: state media and wire services are part of what an analyst weighs. The source's own
    publisher is not (it is the source itself), nor are the names in its bylines.
    """
    excluded = set()
    for found, publisher in zip(per_source, publishers or [None] * len(per_source), strict=True):
        excluded |= {_key(name) for name in found.byline_names}
        excluded |= {_key(name) for name in found.not_actors}  # a ship or a state in one source is one everywhere
        excluded |= {_key(name) for name in (found.own_outlet, publisher) if name}
    all_mentions = [m for found in per_source for m in found.mentions if _key(m.name) not in excluded]
    all_mentions.sort(key=lambda m: (m.source, m.start))
    people: dict[str, Actor] = {}
    orgs: dict[str, Actor] = {}
    alias_to_org: dict[str, str] = {}

    # 1. organisations, with "(ACRONYM)" aliases
    bare = _state_bodies(all_mentions)
    for mention in all_mentions:
        if mention.kind != "org":
            continue
        name = bare.get(id(mention), mention.name)
        key = _key(name.replace(".", "") if _DOTTED_INITIALS.fullmatch(name) else name)  # "U.N." is "UN"
        target = alias_to_org.get(key, key)
        actor = orgs.setdefault(target, Actor(name, "organization"))
        actor.mentions.append(mention)
        for alias in mention.aliases:
            alias_to_org.setdefault(_key(alias), target)
            actor.aliases.add(alias)
    # acronyms first seen on their own and later spelled out: merge them into the full name
    for alias, target in list(alias_to_org.items()):
        if alias in orgs and alias != target:
            orgs[target].mentions.extend(orgs.pop(alias).mentions)
    # an acronym the text never spells out in brackets, beside the name it stands for ("EU", "European Union")
    spelled = {_initials(org.name): key for key, org in orgs.items() if len(org.name.split()) >= 2}
    for key, org in list(orgs.items()):
        spelled_out = spelled.get(org.name) if org.name.isupper() and 2 <= len(org.name) <= 6 else None
        if spelled_out is not None and spelled_out != key:
            orgs[spelled_out].mentions.extend(orgs.pop(key).mentions)
            orgs[spelled_out].aliases.add(org.name)
    _clipped_names_merged(orgs)

    # 2. full names (two words or more)
    multi = [m for m in all_mentions if m.kind == "unknown" and not m.single]
    for mention in multi:
        key = _key(mention.name)
        existing = people.get(key) or _contained(people, mention.words)
        if existing is None:
            people[key] = Actor(mention.name, "person", [mention])
        else:
            existing.mentions.append(mention)
            if len(mention.words) > len(existing.name.split()):
                existing.name = mention.name
    # 3. single words: surname of a full name, short name of an organisation, or a one-name person
    singles = [m for m in all_mentions if m.kind == "unknown" and m.single]
    last_index, first_index = _word_indexes(people)
    for org_key, org in list(orgs.items()):
        person_key = last_index.get(org_key)
        if person_key is not None and not org.aliases and len(org.name.split()) == 1 and not org.name.isupper():
            # "Ohio Gov. John Kasich ... rivals, Kasich has sought": the surname of someone named in full, read
            # as a body by a cue that a person's name can meet too
            people[person_key].mentions.extend(orgs.pop(org_key).mentions)
    org_first: dict[str, str] = {}
    for org_key, org in orgs.items():
        for word in org.name.split()[:3] if len(org.name.split()) > 1 else ():
            if not _generic_word(word) and word.lower() not in lx.ORG_HEADS:
                org_first.setdefault(_key(word), org_key)
    by_skeleton = {skeleton(word): key for word, key in last_index.items() if len(word) >= 6}
    for mention in singles:
        word = _key(mention.words[0])
        person_key = last_index.get(word) or first_index.get(word) or by_skeleton.get(skeleton(word))
        if person_key is not None:
            people[person_key].mentions.append(mention)
            continue
        org_match = alias_to_org.get(word) if word in per_source[mention.source].common_lower else (
            org_first.get(word) or alias_to_org.get(word))  # "Rail talks stall": a word the source writes in
        # lower case too ("rail executives") is no short form of "Eastline Rail"
        if org_match is not None:
            orgs[org_match].mentions.append(mention)
            continue
        if word in orgs:
            orgs[word].mentions.append(mention)
            continue
        actor = people.setdefault(word, Actor(mention.words[0], "person"))
        actor.mentions.append(mention)
    # 4. keep the people something marks as people
    result: list[Actor] = []
    firm_names = _firm_names(orgs)
    for actor in people.values():
        if actor.cue() is None:
            if any(m.org_cue for m in actor.mentions):  # "Harlowe analyst ...", and nothing says Harlowe is someone
                orgs.setdefault(_key(actor.name), Actor(actor.name, "organization")).mentions.extend(actor.mentions)
            continue
        if len(actor.name.split()) == 1 and _key(actor.name) in orgs:
            continue
        firm = firm_names.get(_key(actor.name))
        if firm is not None and not any(m.person_cue and not m.person_cue.startswith(_WEAK_CUES)
                                        for m in actor.mentions):
            # "Harold Varney said" beside "banks Harold Varney", "Rowan Pitcairn hired" beside "Rowan Pitcairn & Co":
            # a firm named after its founder, which the text shows to be a firm elsewhere
            orgs[firm].mentions.extend(actor.mentions)
            continue
        result.append(actor)
    result.extend(a for a in orgs.values() if _org_is_actor(a))
    result.sort(key=lambda a: (-len(a.mentions), a.first.source, a.first.start))
    return result


def _clipped_names_merged(orgs: dict[str, Actor]) -> None:
    """A one-word name clipped from the first word of one longer name is that body: "the Fed" is the Federal
    Reserve ("Fed" starts "Federal"); a clip two names could come from stays apart."""
    firsts: dict[str, list[str]] = {}
    for key, org in orgs.items():
        words = org.name.split()
        if len(words) >= 2:
            firsts.setdefault(words[0], []).append(key)
    for key, org in list(orgs.items()):
        name = org.name
        if " " in name or not 3 <= len(name) <= 4 or not name.istitle():
            continue  # a clip is short: "Congress" is no clip of "Congressional Budget Office"
        longer = [target for first, targets in firsts.items()
                  if len(name) <= 0.6 * len(first) and first.startswith(name) for target in targets]
        if len(longer) == 1 and longer[0] in orgs:
            orgs[longer[0]].mentions.extend(orgs.pop(key).mentions)
            orgs[longer[0]].aliases.add(name)


_MINOR_WORDS = frozenset(("of", "the", "and", "for", "on", "in", "&"))


def _initials(name: str) -> str:
    """The acronym a name's capitalised words make: "European Union" -> "EU", "Bank of England" -> "BE"."""
    words = [word for word in name.split() if word.lower() not in _MINOR_WORDS]
    return "".join(word[0] for word in words) if all(word[:1].isupper() for word in words) else ""


def _state_bodies(mentions: list[Mention]) -> dict[int, str]:
    """The name without its nationality of each organisation mention that a nationality only places ("French
    Interior Ministry" -> "Interior Ministry"), by mention id; unless the sources name the same body of two
    countries ("the Norwegian and the Chilean Foreign Ministry"), which stay apart by their nationality."""
    found: dict[int, str] = {}
    if not mentions:
        return found  # no English sentence was read: its organisation rules are not imported (see sourcementions)
    from briefing.analysis.orgcues import body_qualifier

    countries: dict[str, set[str]] = {}
    for mention in mentions:
        count = body_qualifier(mention.words) if mention.kind == "org" else 0
        if count:
            found[id(mention)] = " ".join(mention.words[count:])
            countries.setdefault(_key(found[id(mention)]), set()).add(_key(" ".join(mention.words[:count])))
    return {ident: name for ident, name in found.items() if len(countries[_key(name)]) == 1}


_LEGAL_ENDINGS = frozenset(["inc", "corp", "co", "ltd", "plc", "ag", "sa", "llc", "nv", "bv", "gmbh", "lp", "llp",
                            "&", "and", "cos"])


# cues a firm's name can carry too ("Rowan Pitcairn" opens with a given name, "Harold Varney said" speaks); a title,
# a role or an apposition is a person's alone
_WEAK_CUES = ("given name", "speaker", "listed with")


def _firm_names(orgs: dict[str, Actor]) -> dict[str, str]:
    """Each organisation's name, and that name without its legal ending ("rowan pitcairn & co" -> "rowan pitcairn"),
    to the organisation's key: a person's name equal to one of them is the firm's."""
    names: dict[str, str] = {}
    for key in orgs:
        names[key] = key
        words = key.replace(".", "").split()
        while len(words) > 1 and words[-1] in _LEGAL_ENDINGS:
            words.pop()
        if len(words) > 1:
            names.setdefault(" ".join(words), key)
    return names


def _generic_word(word: str) -> bool:
    low = word.lower()
    return (low in lx.DEMONYMS or f"{low}." in lx.DEMONYMS or low.rstrip(".") in lx.PLACES
            or low in lx.TITLE_WORDS or low in lx.COMMON_CAPITALIZED or low in lx.ORG_STARTS)


def _org_is_actor(actor: Actor) -> bool:
    """An organisation is kept when named with an organisation shape; places named like one are not."""
    lows = actor.name.lower().split()
    return not all(w in lx.PLACES for w in lows)


def _contained(people: dict[str, Actor], words: tuple[str, ...]) -> Actor | None:
    """An already known full name that this one extends, shortens or spells another way
    ("Faisal bin Khalid", "Volodymyr Zelensky" and "Volodymyr Zelenskyy")."""
    lows = tuple(_key(w) for w in words)
    low_set = frozenset(lows)
    skeletons = tuple(skeleton(w) for w in lows)
    for actor in people.values():  # every known person for every new name: keep the loop body cheap
        known, known_set, known_skeletons = _name_parts(actor.name)
        if lows[-1] == known[-1] and (low_set <= known_set or known_set <= low_set):
            return actor
        if len(known) == len(lows) and skeletons == known_skeletons:
            return actor
    return None


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    """A known name's word keys, as a set, and their skeletons (computed once per name, not once per comparison)."""
    known = tuple(_key(w) for w in name.split())
    return known, frozenset(known), tuple(skeleton(w) for w in known)


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A spelling-tolerant key for transliterated names: Zelenskyy/Zelensky, Dmitriev/Dmitryev.

    Short names keep their spelling (Lee and Li are different people); longer ones lose accents,
    doubled letters and the vowels after the first letter.
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if c.isalpha())
    if len(plain) < 6:
        return plain
    collapsed = re.sub(r"(.)\1+", r"\1", plain)
    return collapsed[0] + re.sub(r"[aeiouy]", "", collapsed[1:])


def _word_indexes(people: dict[str, Actor]) -> tuple[dict[str, str], dict[str, str]]:
    """Surname (and, for ambiguous-free cases, every other name word) to the full name it belongs to."""
    last: dict[str, str] = {}
    other: dict[str, str] = {}
    ambiguous: set[str] = set()
    for key, actor in people.items():
        words = [_key(w) for w in actor.name.split()]
        if len(words) < 2:
            continue
        if words[-1] in last and last[words[-1]] != key:
            ambiguous.add(words[-1])
        last.setdefault(words[-1], key)
        for word in words[:-1]:
            if word in lx.NAME_PARTICLES:
                continue
            if word in other and other[word] != key:
                ambiguous.add(word)
            other.setdefault(word, key)
    for word in ambiguous:
        last.pop(word, None)
        other.pop(word, None)
    return last, other


def organization_names(actors: list[Actor]) -> tuple[tuple[str, str], ...]:
    """(name as it may appear in a role, the organisation's full name), longest first."""
    pairs: set[tuple[str, str]] = set()
    for actor in actors:
        if actor.type != "organization":
            continue
        pairs.add((actor.name, actor.name))
        pairs.update((alias, actor.name) for alias in actor.aliases)
        words = actor.name.split()
        if len(words) > 1 and not _generic_word(words[0]) and words[0].lower() not in lx.ORG_HEADS:
            pairs.add((words[0], actor.name))
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


@lru_cache(maxsize=65536)
def _alias_pattern(alias: str) -> re.Pattern[str]:
    """The alias as a whole word; cached here because a corpus can name more organisations than `re` caches."""
    return re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)")


_POSSESSIVE_END = re.compile(r"['’]s?$")
# "association's president", "the company's chief executive": a kind of body owns the role
_BODY_KIND_OWNS = re.compile(r"(?:the\s+)?([a-z]+)['’]s\s")
_FOR_THE_KIND = re.compile(r"\b(?:for|of|at)\s+the\s+([a-z]+)$")
_PLACE_KINDS = frozenset(("state", "country", "nation", "city", "town", "region", "province", "county", "world"))
# "a teacher in the village of Dol": where someone is, not whom they work for
_PLACE_KIND_BEFORE = re.compile(r"\b(?:village|town|city|region|district|province|county|island|port|municipality|"
                                r"suburb|neighbourhood|neighborhood)\s+$", re.IGNORECASE)


def affiliation_of(role: str | None, organizations: tuple[tuple[str, str], ...] = (),
                   common: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The organisation or country a role names: "adviser to Russian President ..." -> "Russia".

    `organizations` are the organisation actors found in the sources: one named in the role wins. `common`: the
    words the source writes in lower case, which a capital at the start of a sentence does not make a name.
    """
    if not role:
        return None
    known = [(match.start(), full) for alias, full in organizations
             if alias in role  # the substring test first: the role names few of the story's organisations
             for match in [_alias_pattern(alias).search(role)]
             if match and not (" " not in alias and alias != full and role.endswith(alias)
                               and role[:match.start()].endswith(" in "))]  # "a trader in Velmar": a place
    if known:
        return min(known)[1]
    kind = _BODY_KIND_OWNS.match(role)
    if kind and kind.group(1) not in _PLACE_KINDS:  # "the association's president": the one such body named
        bodies = {full for _, full in organizations if full.split()[-1].lower() == kind.group(1)}
        if len(bodies) == 1:
            return bodies.pop()
    served = _FOR_THE_KIND.search(role)
    if served and served.group(1) not in _PLACE_KINDS:  # "spokesperson for the mission": the one mission named
        bodies = {full for _, full in organizations if served.group(1) in full.lower().split()}
        if len(bodies) == 1:
            return bodies.pop()
    for word in role.replace(",", " ").split():
        stripped = word.rstrip(".")
        if stripped.lower() in lx.NOT_ORG_ACRONYMS:
            continue
        if stripped.lower() in lx.KNOWN_ORGS or (stripped.isupper() and 2 <= len(stripped) <= 7
                                                 and stripped.isalpha()):
            return stripped
    possessive = re.match(r"((?:[A-Z][\w\-]+\s?)+)['’]s\b", role)
    if possessive:
        return possessive.group(1).strip()
    match = re.search(r"\b(?:at|of|for|with|by)\s+(?:the\s+)?((?:[A-Z][\w'’&.\-]+)(?:\s+(?:of\s+|for\s+|the\s+)?"
                      r"[A-Z][\w'’&.\-]+)*)", role)
    if match and not any(w.lower() in lx.TITLE_WORDS for w in match.group(1).split()[:1]) \
            and not _PLACE_KIND_BEFORE.search(role, 0, match.start()):
        return _POSSESSIVE_END.sub("", match.group(1).rstrip("."))  # "for Ukraine's southern forces": Ukraine
    lows = role.lower().replace(",", " ").split()
    for size in (2, 1):
        for index in range(len(lows) - size + 1):
            phrase = " ".join(lows[index:index + size])
            if phrase in lx.DEMONYMS and phrase != "western":
                return lx.DEMONYMS[phrase]
    org = re.search(r"((?:[A-Z][\w'’&\-]+\s+){0,3}(?:House|Department|Ministry|Commission|Council|Army|Navy|"
                    r"Treasury|Kremlin|Pentagon|Union|Party))\b", role)
    if org:
        return org.group(1)
    return _named_body_before(role, common)


_NAME_BEFORE_ROLE = re.compile(r"(?P<name>[A-Z][\w'’&\-]+(?:\s+[A-Z][\w'’&\-]+){1,2})\s+[a-z][a-z\s]*")
_ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ful", "less", "able", "ible", "ic", "ed", "ing", "ary", "ory")
# "Bundesbank chief", "Moldovagaz chief executive": one word before the head of a body's office names the body
_WORD_BEFORE_OFFICE = re.compile(r"(?P<name>[A-Z][a-z][\w&\-]+)\s+(?:chief(?:\s+executive)?|head|chairman|"
                                 r"chairwoman|chair|boss|ceo|CEO|spokes(?:man|woman|person)|director|"
                                 r"(?:managing|executive)\s+director|president|founder|owner)")


def _named_body_before(role: str, common: set[str] | frozenset[str]) -> str | None:
    """"Green Left leader", "Civic Platform leader": a name of two or three words before the role's words is the
    body the role is in; not a person's ("Angela Merkel ally") nor a place's ("New York City mayor"). One word
    before the head of an office ("Bundesbank chief") is too, unless the source writes it in lower case ("Board
    chair" at the start of a sentence) or it reads as an adjective ("Controversial owner")."""
    match = _NAME_BEFORE_ROLE.fullmatch(role)
    if match is None:
        match = _WORD_BEFORE_OFFICE.fullmatch(role)
        if match is None:
            return None
        word = match.group("name").lower()
        if word in common or word in lx.ORG_HEADS or word.endswith(_ADJECTIVE_ENDINGS):
            return None  # "Board chair", "Government spokesperson": a kind of body, not its name
    name = match.group("name")
    words = name.split()
    first = words[0].lower()
    if (first in wl.word_set("given_names") and first not in wl.word_set("not_given_names")) \
            or name.lower() in lx.PLACE_NAMES or "-" in name:
        return None  # "Angela Merkel ally", "New York City mayor", "Nobel Prize-winning author"
    if any(word.lower() in lx.COMMON_CAPITALIZED or word.lower() in lx.TITLE_WORDS or lx.is_nationality(word)
           or word.lower() in lx.PLACES or word.lower() in lx.DEMONYMS for word in words):
        return None  # "Former Democratic candidate", "Presumptive Republican nominee", "Iraq War veteran"
    return name
