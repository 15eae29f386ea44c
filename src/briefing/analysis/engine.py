"""`analyze(sources)`: run every rule over every source and assemble the suggestions in a stable order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.analysis import lexicon as lx
from briefing.analysis import slavic
from briefing.analysis.actors import Actor, affiliation_of, build_actors, organization_names
from briefing.analysis.nonactors import state_names
from briefing.analysis.outlets import own_publisher
from briefing.analysis.reading import SourceReading, read_sources
from briefing.analysis.shared import CaveatHit
from briefing.analysis.singlesource import single_source
from briefing.analysis.states import add_states
from briefing.analysis.suggestions import (
    ActorSuggestion,
    CaveatSuggestion,
    QuestionSuggestion,
    Suggestions,
    SummarySuggestion,
    normalized,
    stable_key,
)
from briefing.analysis.summary import RankedSentence, rank_readings
from briefing.analysis.text import REPORT_LABEL, Sentence, previous_in_paragraph, sentence_index
from briefing.model import Evidence, Source

SUMMARY_LIMIT = 5
_CAVEAT_ORDER = ("anonymous-source", "second-hand", "unconfirmed", "disputed", "hedged", "self-interested",
                 "single-source")


def analyze(sources: Sequence[Source], *, workers: int = 1) -> Suggestions:
    """Suggestions for a brief built on `sources`; evidence indexes into this list.

    `workers` > 1 lets a large run read its sources in that many forked processes (`reading`); a process with
    other threads reads them itself whatever it asks for (`reading.can_fork`)."""
    return _analyze([s.text for s in sources], [s.id for s in sources],
                    [s.originator or "" for s in sources], [s.publisher for s in sources], [s.title for s in sources],
                    workers=workers)


def analyze_texts(texts: Sequence[str], *, workers: int = 1) -> Suggestions:
    """The same for plain strings (source ids are their indexes as strings)."""
    return _analyze(list(texts), [str(i) for i in range(len(texts))], workers=workers)


def _clean(text: str) -> str:
    return text if isinstance(text, str) else ""


def _analyze(texts: list[str], ids: list[str], labels: list[str] | None = None,
             publishers: list[str | None] | None = None, titles: list[str] | None = None, *,
             workers: int = 1) -> Suggestions:
    texts = [_clean(t) for t in texts]
    labels = labels or [""] * len(texts)
    readings = read_sources(texts, workers, titles)
    split = [r.split for r in readings]
    neutral = [r.neutral for r in readings]
    mentions = [r.mentions for r in readings]
    result = Suggestions(source_ids=list(ids))
    own = [publisher or found.own_outlet or own_publisher(text)
           for publisher, found, text in zip(publishers or [None] * len(texts), mentions, texts, strict=True)]
    actors = build_actors(mentions, own)
    organizations = organization_names(actors)
    orgs = {full for _, full in organizations}
    people = {actor.name.split()[-1] for actor in actors if actor.type == "person"} - orgs  # surnames
    org_spots = sorted((m.source, m.start, actor.name) for actor in actors if actor.type == "organization"
                       for m in actor.mentions)
    commons = [m.common_lower for m in mentions]
    result.actors = [_actor_suggestion(texts, actor, organizations, people, org_spots, commons=commons)
                     for actor in actors]
    result.actors = slavic.add_people(result.actors, texts, [r.slavic_people for r in readings])  # language dispatch
    result.actors = add_states(result.actors, texts, neutral,
                               [state_names(text, m.mentions) for text, m in zip(texts, mentions, strict=True)],
                               [r.slavic_states for r in readings])
    ranked = rank_readings([r.summary for r in readings], SUMMARY_LIMIT * 2)
    result.caveats = _caveats(texts, split, readings, ranked, result.actors, publishers=own, labels=labels)
    result.questions = _questions(texts, readings)
    result.summary = [
        SummarySuggestion(r.sentence.text, r.score, (_ev(texts, r.source, r.sentence.start, r.sentence.end),),
                          stable_key("summary", normalized(r.sentence.text)))
        for r in ranked[:SUMMARY_LIMIT]
    ]
    return result


def _ev(texts: list[str], source: int, start: int, end: int) -> Evidence:
    return Evidence(source, start, end, texts[source][start:end])


_COUNTRIES = frozenset(lx.DEMONYMS.values())
_ITS_BEFORE = re.compile(r"(?:^|[.!?]\s+)Its\s+$")  # a sentence opening on "Its" right before the role
_SENTENCE_BREAK = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n)(?=(?:The\s+)?[A-Z])")
_KIND_SAID = re.compile(r"\bthe\s+([a-z]+)\s+(?:said|says|announced|reported|added)\b")
_OPENING_NAME = re.compile(r"(?!The\s)(?P<name>[A-Z][\w'’&+\-]*(?:\s+[A-Z][\w'’&+\-]*){0,4})")


def _whose_its(text: str, source: int, role_start: int, org_spots: list[tuple[int, int, str]]) -> str | None:
    """"Fingrid said the cable was damaged. Its chief executive, Jukka Ruusunen, ...": the organisation or the
    country that opens the sentence before a role opening on "Its" ("Kazakhstan ... Its energy minister"); None
    when something else opens it ("Anna Lind said the plan would fail. Its author, ...")."""
    its = _ITS_BEFORE.search(text, max(0, role_start - 40), role_start)
    if its is None:
        return None
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, its.start() - 400), its.start() + 1)]
    opening = max((b for b in breaks if b <= its.start()), default=None)
    if opening is None:
        return None
    label = REPORT_LABEL.match(text, opening)  # "4. Energy: Ukrenergo said ...": the label before the subject
    opening = label.end() if label else opening
    orgs = [(start, name) for where, start, name in org_spots if where == source and opening <= start < its.start()]
    if orgs and orgs[0][0] <= opening + 4:
        return orgs[0][1]
    name = _OPENING_NAME.match(text, opening)
    if name is not None and name.group("name") in _COUNTRIES:
        return name.group("name")
    kind = _KIND_SAID.search(text, opening, its.start())
    if kind is not None:  # "Turnout was 41%, the commission said. Its chairwoman, ...": the commission named before
        bodies = [name for where, start, name in org_spots if where == source and start < opening
                  and name.split()[-1].lower() == kind.group(1).lower()]
        if bodies:
            return bodies[-1]
    if name is not None:  # someone else opens it: a person's "its" is no body's
        return None
    # "The grid operator Fingrid said ...", "The rebel coalition, known by its acronym CSP, said ...": the description
    # that opens the sentence, and the first organisation named in it
    return orgs[0][1] if orgs else None


# a role owned by a kind of body that the sentence does not name: "the group's president", "the company's lawyer"
_KIND_OWNS = re.compile(r"(?:[Tt]he\s+)?(group|company|firm|union|association|organi[sz]ation|agency|bank|body|"
                        r"charity|federation|alliance)['’]s\s")


_ORGANIZATION_HEADS = ("organization", "organisation", "foundation", "institute", "fund", "alliance", "coalition",
                       "federation")
_KIND_HEADS = {"union": ("union", "guild", "federation", "confederation"), "association": ("association", "society"),
               "organization": _ORGANIZATION_HEADS, "organisation": _ORGANIZATION_HEADS,
               "agency": ("agency", "authority", "service", "office", "administration"),
               "charity": ("charity", "foundation", "trust"), "group": ("group", "federation", "association",
                                                                        "coalition", "alliance")}
_PUBLIC_HEADS = frozenset(("house", "ministry", "department", "office", "senate", "congress", "parliament", "court",
                           "council", "commission", "agency", "police", "army", "navy", "kremlin", "pentagon"))


def _of_kind(name: str, kind: str) -> bool:
    """Whether an organisation's name can be the body a role's owner names by its kind: its last word says so
    ("the union's" of a "... Guild", "the group's" of a "... Federation"), or, for a company or a firm, it is a name
    of several words that is no public body ("Sunrise Biologics"; not "White House" nor the radio station "RPP")."""
    words = name.lower().split()
    if words[-1] in _KIND_HEADS.get(kind, (kind,)):
        return True
    return kind in ("company", "firm", "group", "bank") and len(words) >= 2 and words[-1] not in _PUBLIC_HEADS


def _actor_suggestion(texts: list[str], actor: Actor, organizations: tuple[tuple[str, str], ...],
                      people: set[str], org_spots: list[tuple[int, int, str]], *,
                      commons: list[set[str]]) -> ActorSuggestion:
    """`commons`: per source, the words it writes in lower case ("Board chair": "board" is no body's name)."""
    first = actor.named
    informative = actor.informative()
    evidence = [_ev(texts, first.source, first.evidence_start, first.end)]
    role = None
    if informative is not None:
        role = informative.role
        span = (informative.source, min(informative.role_start, informative.start),
                max(informative.role_end, informative.end))
        if span != (first.source, first.evidence_start, first.end):
            evidence.append(_ev(texts, *span))
    common = commons[informative.source] if informative is not None else set()
    affiliation = affiliation_of(role, organizations, common) if actor.type == "person" else None
    if affiliation in people:
        affiliation = None  # "Amsel's budget director": whose aide, a person, is no affiliation
    kind = _KIND_OWNS.match(role or "")
    if affiliation is None and informative is not None and kind:
        # "The American Farm Bureau Federation ... the group's president, Zippy Duvall": the body named just before,
        # if it can be that kind of body ("Sunrise Biologics" a company; not the radio station "RPP" a union)
        before = [name for source, start, name in org_spots if source == informative.source
                  and informative.start - 600 < start < informative.start and _of_kind(name, kind.group(1).lower())]
        affiliation = before[-1] if before else None
    if affiliation is None and informative is not None and actor.type == "person":
        affiliation = _whose_its(texts[informative.source], informative.source, informative.role_start, org_spots)
    body = actor.affiliated() if actor.type == "person" and affiliation is None else None
    if body is not None:  # no role says whose the person is, but "of the Asterby Consumers' Association" does
        affiliation = body.affiliated
        evidence.append(_ev(texts, body.source, body.start, body.affiliated_end))
    return ActorSuggestion(
        name=actor.name,
        type=actor.type,
        role=role,
        affiliation=affiliation,
        mentions=len(actor.mentions),
        evidence=tuple(evidence),
        cue=actor.cue() or ("organisation name" if actor.type == "organization" else ""),
        key=stable_key("actor", actor.type, normalized(actor.name)),
    )


_Origin = tuple[int, CaveatHit] | None  # the source and the hit a caveat was found as (None: a single-source one)


def _caveats(texts: list[str], split: list[list[Sentence]], readings: list[SourceReading],
             ranked: list[RankedSentence], actors: list[ActorSuggestion], *, publishers: list[str | None],
             labels: list[str]) -> list[CaveatSuggestion]:
    hits: list[tuple[int, CaveatHit]] = []
    for index, (text, reading) in enumerate(zip(texts, readings, strict=True)):
        hits.extend((index, hit) for hit in reading.english_caveats
                    if not _own_reporting(hit, text, publishers[index]))
        hits.extend((index, hit) for hit in reading.slavic_caveats)
    found: list[tuple[CaveatSuggestion, _Origin]] = []
    for index, hit in hits:
        body = texts[index][hit.start:hit.end]
        found.append((CaveatSuggestion(hit.kind, body, hit.cue, (_ev(texts, index, hit.start, hit.end),),
                                       stable_key("caveat", hit.kind, normalized(body))), (index, hit)))
    found.extend((caveat, None) for caveat in single_source(texts, split, ranked[:SUMMARY_LIMIT], labels,
                                                            [r.cyrillic for r in readings], actors=actors))
    order = {kind: i for i, kind in enumerate(_CAVEAT_ORDER)}
    found.sort(key=lambda f: (order.get(f[0].kind, len(order)), f[0].evidence[0].source, f[0].evidence[0].start))
    # Worded after the merge: of the caveats with the same words only the first is kept, so only its sentence
    # is proposed (a story repeats a cue: 200 articles had ~9,000 caveats of ~100 keys).
    caveats: list[CaveatSuggestion] = []
    sentence_languages: dict[int, list[str]] = {}  # per source, asked for once whatever its caveats
    for caveat, origin in _unique(found):
        if origin is not None:
            index, hit = origin
            caveat = replace(caveat, sentence=_proposed(texts, split, index, hit, caveat.text,
                                                        common=readings[index].mentions.common_lower,
                                                        sentence_languages=sentence_languages))
        caveats.append(caveat)
    return _same_source_merged(caveats)


def _proposed(texts: list[str], split: list[list[Sentence]], index: int, hit: CaveatHit, body: str, *,
              common: set[str], sentence_languages: dict[int, list[str]]) -> str:
    """The sentence a caveat hit proposes for the brief, in the language of the sentence it sits in."""
    number = sentence_index(split[index], hit.start)
    sentence = split[index][number] if number >= 0 else None
    span = (hit.start, hit.end)
    # language dispatch: a Russian or Ukrainian sentence proposes its caveat in its own language
    if slavic.has_cyrillic(body) and index not in sentence_languages:
        sentence_languages[index] = slavic.languages(texts[index], split[index])
    proposed = slavic.propose_caveat(texts[index], split[index], hit.kind, body, cue=hit.cue, span=span,
                                     sentence_languages=sentence_languages.get(index))
    if not proposed:  # not a Russian or Ukrainian sentence: the English wording
        from briefing.analysis.wording import propose

        previous = previous_in_paragraph(split[index], number)
        # the sentence before that: the other side of "Neither account could be verified"
        earlier = previous_in_paragraph(split[index], split[index].index(previous)) \
            if previous is not None and hit.kind == "unconfirmed" else None
        proposed = propose(hit.kind, body, hit.cue, sentence, span, common=common, previous=previous,
                           earlier=earlier)
    return proposed


def _own_reporting(hit: CaveatHit, text: str, publisher: str | None) -> bool:
    """"told CBS News" in an article CBS News published is its own reporting, not a second-hand report."""
    if hit.kind != "second-hand" or not publisher:
        return False
    return publisher.casefold() in text[hit.start:hit.end].casefold()


def _unique(found: list[tuple[CaveatSuggestion, _Origin]]) -> list[tuple[CaveatSuggestion, _Origin]]:
    """One caveat per key, with what the first came from; the same words found again ("told CBS News" twice)
    add their evidence to it. The evidence is gathered first and joined once: a cue repeated a hundred times
    made a hundred ever longer copies."""
    first: dict[str, tuple[CaveatSuggestion, _Origin]] = {}
    evidence: dict[str, list[Evidence]] = {}
    for caveat, origin in found:
        if caveat.key in first:
            evidence[caveat.key].extend(caveat.evidence)
        else:
            first[caveat.key] = (caveat, origin)
            evidence[caveat.key] = list(caveat.evidence)
    return [(caveat if len(evidence[key]) == len(caveat.evidence) else replace(caveat, evidence=tuple(evidence[key])),
             origin) for key, (caveat, origin) in first.items()]



_SOURCE_WORDS = re.compile(r"[\w.'’\-]+")
_NOT_IDENTITY = frozenset(["a", "an", "the", "one", "another", "this", "that", "senior", "top", "high-ranking",
                           "high-level", "of", "to", "in", "at", "from", "with", "on"])


# where a source's phrase ends and what is said of it begins: "a diplomat | briefed on the talks"
_PHRASE_END = re.compile(r",|\s(?:who|which|familiar|close|speaking|spoke|briefed|involved|participating|"
                         r"knowledgeable|asking|requesting|declining|asked|requested|declined|did\s+not|was\s+not|"
                         r"were\s+not)\b")  # "The person asked not to be named": the person a source named before
# the head noun ends before whose or where the source is: "a source | in the agency", "supporters | of Sanders"
_HEAD_END = re.compile(_PHRASE_END.pattern + r"|\s(?:with|in|at|from|to|of|on)\b")


def _head(caveat: CaveatSuggestion) -> str:
    """The head noun of an unnamed source's phrase: "person" in "A person familiar with the talks"."""
    words = _HEAD_END.split(caveat.text, maxsplit=1)[0].split()
    return words[-1].casefold() if words else ""


def _identity(caveat: CaveatSuggestion) -> frozenset[str]:
    """The words that tell one unnamed source from another: "senior White House official" -> white house official."""
    phrase = _PHRASE_END.split(caveat.text, maxsplit=1)[0]
    return frozenset(w.casefold() for w in _SOURCE_WORDS.findall(phrase) if w.casefold() not in _NOT_IDENTITY)


_ONE_OF_THEM = re.compile(r"(?:[Oo]ne|[Tt]wo|[Bb]oth|[Ss]ome|[Ss]everal|[Nn]either)\s+of\s+(?:them|those)\b"
                          r"|(?:[Пп]о\s+словам|[Зз]а\s+словами)\s+(?:одного|одной|однієї)\s+(?:из|з|із)\s+них\b")
# "Western diplomats", "Senior officials": a group named by a plural noun alone ("the officials" points back)
_BARE_PLURAL = re.compile(r"(?!(?:[Tt]he|[Tt]hese|[Tt]hose)\s)(?:[\w'’\-]+\s+){0,3}[a-z][\w'’\-]*s")
_PLURAL_COUNT = re.compile(r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|\d+)\s"
                           # "участники рынка", "мешканці села": a group in the plural (its first word's ending)
                           r"|[А-ЯЁІЇЄҐа-яёіїєґ'’ʼ\-]+[иыі]\s")


def _plural_source(caveat: CaveatSuggestion) -> bool:
    """An unnamed source of several people: counted in its phrase ("Two Western security officials"), or a
    Russian or Ukrainian group noun in the plural ("участники рынка")."""
    return _PLURAL_COUNT.match(caveat.text) is not None or _BARE_PLURAL.fullmatch(caveat.text) is not None


_MEMBERS_TELL = re.compile(r"(?P<claim>That .+ rests on) (?P<count>\w+) of them \(unnamed\)\.")


def _members_claim(group: CaveatSuggestion, members: CaveatSuggestion) -> str:
    """"Western diplomats ... expressed concern ..., two of them told Meridian": the group's caveat says what rests on
    them as the members' caveat found it ("That ... rests on two unnamed Western diplomats."), where the group's
    own caveat could not ("Unnamed Western diplomats are the only source of ...")."""
    told = _MEMBERS_TELL.fullmatch(members.sentence)
    if told is None or group.sentence.startswith("That "):
        return group.sentence
    words = group.text.split()
    if not lx.is_nationality(words[0]):
        words[0] = words[0].lower()
    return f"{told.group('claim')} {told.group('count').lower()} unnamed {' '.join(words)}."


def _same_source_merged(caveats: list[CaveatSuggestion]) -> list[CaveatSuggestion]:
    """"A senior White House official" and, later, "The White House official": one unnamed source, one caveat.

    Anonymous-source caveats of one source merge when they share the head noun and one's
    identifying words contain the other's; the merged caveat keeps every piece of evidence.
    """
    result: list[CaveatSuggestion] = []
    for caveat in caveats:
        if caveat.kind == "anonymous-source":
            words = _identity(caveat)
            head = _head(caveat)
            for position, known in enumerate(result):
                if known.kind != "anonymous-source" or known.evidence[0].source != caveat.evidence[0].source:
                    continue
                known_words = _identity(known)
                known_head = _head(known)
                back_reference = caveat.text[:4].casefold() == "the " and words <= known_words  # "the official"
                if _ONE_OF_THEM.match(caveat.text) and position == len(result) - 1 and _plural_source(known):
                    # "Two Western security officials said ... One of them said ...": the same unnamed source
                    result[position] = replace(known, evidence=known.evidence + caveat.evidence,
                                               sentence=_members_claim(known, caveat))
                    break
                if head == known_head and (back_reference or (len(words) >= 2 and (
                        words <= known_words or known_words <= words))):
                    result[position] = replace(known, evidence=known.evidence + caveat.evidence)
                    break
            else:
                result.append(caveat)
            continue
        result.append(caveat)
    return result


def _questions(texts: list[str], readings: list[SourceReading]) -> list[QuestionSuggestion]:
    by_key: dict[str, QuestionSuggestion] = {}
    evidence: dict[str, list[Evidence]] = {}  # gathered, and joined once at the end (as in `_unique`)
    for index, reading in enumerate(readings):
        for hit in reading.questions:
            key = stable_key("question", normalized(hit.text))
            found = _ev(texts, index, hit.start, hit.end)
            if key in by_key:
                evidence[key].append(found)
            else:
                by_key[key] = QuestionSuggestion(hit.text, (found,), hit.cue, key)
                evidence[key] = [found]
    return [question if len(evidence[key]) == 1 else replace(question, evidence=tuple(evidence[key]))
            for key, question in by_key.items()]
