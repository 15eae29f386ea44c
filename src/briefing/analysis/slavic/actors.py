"""People of the Russian and Ukrainian sentences as actor suggestions, linked to their Latin spellings.

A person named "Зеленський" in a Ukrainian source and "Zelenskyy" in an English one is one actor:
the Cyrillic surname is romanised (`translit`) and compared with the English actor's surname by
the English rules' spelling-tolerant skeleton; given names, when both sides have one, must agree
too. The merged actor keeps the spelling of the side that names the person more often, and the
evidence of both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from briefing.analysis.actors import skeleton
from briefing.analysis.slavic import languages, lists
from briefing.analysis.slavic.morph import info, lemma
from briefing.analysis.slavic.names import SlavicMention, find_people
from briefing.analysis.slavic.organizations import Found, names_a_state, organizations_of_text
from briefing.analysis.slavic.people import Person, display_name, first_part, merge, surname_part
from briefing.analysis.slavic.translit import latin_keys
from briefing.analysis.suggestions import ActorSuggestion, stable_key
from briefing.analysis.text import Sentence
from briefing.model import Evidence

_SPACES = re.compile(r"\s+")


@dataclass
class SlavicFindings:
    """The Russian and Ukrainian people and bodies one source names, each body with its sentence's language."""

    people: list[SlavicMention]
    bodies: list[tuple[Found, str]]


def findings_of(index: int, text: str, sentences: list[Sentence]) -> SlavicFindings:
    """Every person and body the Russian and Ukrainian sentences of source `index` name."""
    found_languages = languages(text, sentences)
    people: list[SlavicMention] = []
    for sentence, language in zip(sentences, found_languages, strict=True):
        if language in ("ru", "uk"):
            people.extend(find_people(index, text, sentence, language))
    return SlavicFindings(people, organizations_of_text(text, sentences, found_languages))


def add_people(actors: list[ActorSuggestion], texts: list[str],
               findings: list[SlavicFindings | None]) -> list[ActorSuggestion]:
    """`actors` and the Russian/Ukrainian people and bodies of `findings` (per source, None where a source
    has no Cyrillic); a person found in both scripts appears once."""
    people = merge([mention for found in findings if found is not None for mention in found.people])
    result = list(actors)
    spelled: dict[tuple[str, str], str] = {}
    result.extend(_organizations(texts, findings, result, spelled))
    fullests = [person.fullest() for person in people]
    # surnames of people named with a given name too: a lone "Старокостянтинов" may be a town read as a person
    surnames = {part.token.text.lower() for part in map(surname_part, (f for f in fullests if first_part(f)))
                if part is not None}
    for person, fullest in zip(people, fullests, strict=True):
        # the fullest mention, chosen once: both steps below ask for it, and a person a long text names
        # often has hundreds of mentions to weigh
        suggestion = _suggestion(texts, person, display_name(fullest), fullest.language)
        if suggestion.affiliation is None and suggestion.role is not None:
            suggestion = replace(suggestion, affiliation=_body_named_before(person, suggestion.role, findings))
        suggestion = _with_organization_spelling(suggestion, spelled)
        if suggestion.affiliation is not None and _a_surname(suggestion.affiliation, surnames):
            suggestion = replace(suggestion, affiliation=None)  # "адвокат Шаповалова": whose lawyer, not an employer
        twin = _latin_twin(result, person, fullest)
        if twin is None:
            result.append(suggestion)
            continue
        result[result.index(twin)] = _joined(twin, suggestion)
    result.sort(key=lambda a: -a.mentions)  # stable: equal counts keep their order
    return result


def _a_surname(affiliation: str, surnames: set[str]) -> bool:
    """One word that is a person's surname in some case ("Шаповалова" of "Вʼячеслав Шаповалов"): a person whose
    lawyer or aide someone is, never an organisation the role works for."""
    word = affiliation.lower()
    if " " in word or len(word) < 4:
        return False
    for surname in surnames:
        stem = max(4, min(len(word), len(surname)) - 2)  # the case ending aside: "Шаповалова", "Шаповалов"
        if len(surname) >= stem and word[:stem] == surname[:stem]:
            return True
    return False


def _organizations(texts: list[str], findings: list[SlavicFindings | None], known: list[ActorSuggestion],
                   spelled: dict[tuple[str, str], str]) -> list[ActorSuggestion]:
    """Organisations of the Russian and Ukrainian sentences ("ОАО «Газпром»"), one per name; `spelled` gets
    each name's key in its language, so that an affiliation in another case can be named as the actor is."""
    found: dict[str, list[tuple[int, int, int, str]]] = {}
    names: dict[str, str] = {}
    keyed: set[tuple[str, str]] = set()  # (language, key) of every name found
    for index, found_here in enumerate(findings):
        for (name, start, end, cue), language in found_here.bodies if found_here is not None else []:
            key = _organization_key(name, language)
            if any(spot[0] == index and spot[1] < end and start < spot[2] for spots in found.values()
                   for spot in spots):
                if cue == "short name" and key in names:
                    names[key] = name  # the listed short name is in the nominative: "Росэнергоатом"
                continue  # "Представитель «Росэнергоатома»": a listed short name in quotes after a post, once
            keyed.add((language, key))
            if key not in names or name.casefold() == key:
                names[key] = name  # the name as written in the nominative, when the text has it
            found.setdefault(key, []).append((index, start, end, cue))
    joined = _short_names_joined(found, names, keyed)
    joined.update(_initials_joined(found, names))
    joined.update(_country_joined(found, names, keyed))
    spelled.update({(language, key): names[joined.get(key, key)] for language, key in keyed})
    result: list[ActorSuggestion] = []
    for key, spans in found.items():
        if any(a.type == "organization" and a.name.casefold() in (key, names[key].casefold()) for a in known):
            continue
        evidence = tuple(_evidence(texts, source, start, end) for source, start, end, _ in spans[:3])
        result.append(ActorSuggestion(name=names[key], type="organization", role=None, affiliation=None,
                                      mentions=len(spans), evidence=evidence, cue=spans[0][3],
                                      key=stable_key("actor", "organization", _SPACES.sub(" ", key).strip())))
    return result


@cache
def _short_bodies(language: str) -> dict[str, str]:
    """Listed short name of a ministry -> what it stands for, both in lower case (`data/short_bodies_*.tsv`)."""
    return dict(lists.pairs(f"short_bodies_{language}"))


def _short_names_joined(found: dict[str, list[tuple[int, int, int, str]]], names: dict[str, str],
                        keyed: set[tuple[str, str]]) -> dict[str, str]:
    """"Минфин США ..." and "Министерство финансов США ...": the listed short name of a ministry joins the one
    body the text names in full with what it stands for (the full name is kept); with none, or two, it stays.
    Returns the key each joined short name now goes by."""
    joined: dict[str, str] = {}
    for language, key in sorted(keyed):
        short, _, country = key.partition(" ")  # "мид финляндии": the short name, then whose it is
        full = _short_bodies(language).get(key if not country else short)
        if full is None or key not in found:
            continue
        # "МВС України" is the Міністерство внутрішніх справ the text names; "МИД Финляндии" is not Russia's
        bodies = [other for other in found if other != key and names[other].casefold().startswith(full)
                  and _same_country(names[other].casefold()[len(full):].split(), country, language)]
        if len(bodies) == 1:
            joined[key] = _moved(found, key, bodies[0])
    return joined


def _moved(found: dict[str, list[tuple[int, int, int, str]]], key: str, into: str) -> str:
    """The mentions of body `key` joined to body `into`, in text order; returns `into`."""
    found[into].extend(found.pop(key))
    found[into].sort()
    return into


_BOARD = frozenset(("правління", "правления"))


def _body_named_before(person: Person, role: str, findings: list[SlavicFindings | None]) -> str | None:
    """"В Укрзалізниці заявили ... Голова правління компанії Олександр Перцовський", "МАГАТЭ заявило ...
    Генеральный директор агентства Рафаэль Гросси": a company's or an agency's post whose owner the role names
    by its kind alone, or not at all ("Голова правління Віталій Зайченко"), works for the body named last in
    the few hundred characters before it. Other roles name no owner ("військовий експерт")."""
    words = role.lower().split()
    mention = next(m for m in person.mentions if m.role == role)
    language = mention.language
    if lemma(words[0], language) not in _HEADS_OF_BODIES and not (len(words) > 1 and words[1] in _DIRECTORS):
        return None  # "работник экспедиторской фирмы", "військовий експерт": no head of the body
    kind = words[-1] if len(words) > 1 else ""
    if any(word not in _BOARD and word not in _DIRECTORS and info(word, language).pos != "ADJF"
           for word in words[1:-1]):
        return None  # "председатель профсоюза завода": the union's, another body than the plant
    if kind and not (_BOARD & set(words) or kind in lists.words(f"org_heads_{language}")
                     or lemma(kind, language) in lists.words(f"institution_heads_{language}")
                     or kind in _DIRECTORS):
        return None  # "директор школы": a body of its own, not named
    found = findings[mention.source]
    before = [name for (name, start, end, _), _ in (found.bodies if found is not None else [])
              if mention.role_start - 300 <= start and end <= mention.role_start]
    return before[-1] if before else None


_DIRECTORS = frozenset(("директор", "гендиректор", "директорка"))
# who heads a company, an agency or a party ("президент" is left out: most are a country's)
_HEADS_OF_BODIES = _DIRECTORS | frozenset(("голова", "глава", "керівник", "керівниця", "руководитель",
                                           "председатель"))
_LINKING_WORDS = frozenset(("з", "із", "зі", "та", "і", "й", "в", "у", "на", "по", "и", "с", "со", "для", "при"))


def _initials(name: str) -> str:
    """"Служба безпеки України" -> "СБУ", "Міжнародне агентство з атомної енергії" -> "МААЕ"."""
    return "".join(word[0] for word in name.split() if word.lower() not in _LINKING_WORDS).upper()


def _initials_joined(found: dict[str, list[tuple[int, int, int, str]]], names: dict[str, str]) -> dict[str, str]:
    """"СБУ" and "Служба безпеки України", "ФСБ" and "Федеральная служба безопасности": an abbreviation joins the
    one body the text names in full whose initials it is (the full name is kept). Returns the key each joined
    abbreviation now goes by."""
    joined: dict[str, str] = {}
    for key in [key for key in found if names[key].isupper() and names[key].isalpha() and 2 <= len(names[key]) <= 6]:
        bodies = [other for other in found if other != key and " " in names[other]
                  and _initials(names[other]) == names[key]]
        if len(bodies) == 1:
            joined[key] = _moved(found, key, bodies[0])
    return joined


def _same_country(rest: list[str], country: str, language: str) -> bool:
    """Whether a full name's last words (`rest`) name no other country than `country` (a genitive, or "")."""
    named = [word for word in rest if names_a_state(word, language)]
    return not named or not country or lemma(named[-1], language) == lemma(country, language)


def _country_joined(found: dict[str, list[tuple[int, int, int, str]]], names: dict[str, str],
                    keyed: set[tuple[str, str]]) -> dict[str, str]:
    """"Сили оборони" and "Сили оборони України": a body's name joins the one longer name that only adds its
    country (the full name is kept). Returns the key each joined name now goes by."""
    joined: dict[str, str] = {}
    languages = {key: language for language, key in keyed}
    for key in list(found):
        language = languages.get(key, "uk")
        longer = [other for other in found if other != key and names[other].startswith(names[key] + " ")
                  and len(names[other].split()) == len(names[key].split()) + 1
                  and names_a_state(names[other].split()[-1], language)]
        if len(longer) == 1:
            joined[key] = _moved(found, key, longer[0])
    return joined


def _with_organization_spelling(person: ActorSuggestion, spelled: dict[tuple[str, str], str]) -> ActorSuggestion:
    """The person's affiliation named as its organisation actor is: "голова «Укртранснафти»" works for
    "Укртранснафта", not for a second body "Укртранснафти"."""
    if person.affiliation is None:
        return person
    affiliation = person.affiliation
    keys = {language: _organization_key(affiliation, language) for language, _ in spelled}  # once a language
    name = next((name for (language, key), name in spelled.items() if keys[language] == key), None)
    return replace(person, affiliation=name) if name is not None else person


def _organization_key(name: str, language: str) -> str:
    """One key for the cases of a name in quotes («Укртранснафта», «Укртранснафти»; «Бузька логістика»,
    «Бузької логістики»): writers decline such names. Each word is taken in its dictionary form, so
    "Единой России" is "Единая Россия" and never "Россия"; abbreviations and numbers stay as written."""
    words = name.split()
    if not all(w.isalpha() and not w.isupper() for w in words):
        return name.casefold()
    return " ".join(lemma(w, language) for w in words)


def _evidence(texts: list[str], source: int, start: int, end: int) -> Evidence:
    return Evidence(source, start, end, texts[source][start:end])


def _suggestion(texts: list[str], person: Person, name: str, language: str) -> ActorSuggestion:
    """The actor a person is; its role is read in the language its name is given in when a mention there has
    one ("Вениамин Кондратьев" takes "губернатор Краснодарского края", not the Ukrainian source's role)."""
    mentions = sorted(person.mentions, key=lambda m: (m.source, m.start))
    first = mentions[0]
    evidence = [_evidence(texts, first.source, first.role_start if first.role else first.start,
                          max(first.end, first.role_end))]
    with_role = [m for m in mentions if m.role]
    informative = max(with_role, key=lambda m: (m.language == language, bool(m.affiliation), len(m.role or ""),
                                                 -m.source, -m.start), default=None)
    if informative is not None and informative is not first:
        evidence.append(_evidence(texts, informative.source, informative.role_start,
                                  max(informative.end, informative.role_end)))
    cue = next((m.cue for m in mentions if m.cue), "")
    return ActorSuggestion(
        name=name,
        type="person",
        role=informative.role if informative else None,
        affiliation=informative.affiliation if informative else None,
        mentions=len(mentions),
        evidence=tuple(evidence),
        cue=cue,
        key=stable_key("actor", "person", _SPACES.sub(" ", name).strip().casefold()),
    )


def _latin_twin(actors: list[ActorSuggestion], person: Person, fullest: SlavicMention) -> ActorSuggestion | None:
    """The English person actor that romanisation says is `person` ("Zelenskyy" for "Зеленський");
    `fullest` is `person.fullest()`."""
    spelled = {latin.casefold() for mention in person.mentions for latin in mention.extras}
    if spelled:
        for actor in actors:
            if actor.type == "person" and (actor.name.casefold() in spelled or any(
                    name.endswith(" " + actor.name.casefold()) for name in spelled)):
                return actor
    surname = surname_part(fullest)
    if surname is None:
        return None
    keys = frozenset(map(_sounded, latin_keys(surname.token.text)))
    given = first_part(fullest)
    given_keys = frozenset(map(_sounded, latin_keys(given.token.text))) if given is not None else frozenset()
    for actor in actors:
        if actor.type != "person" or not actor.name.isascii():
            continue
        words = actor.name.split()
        if _sounded(skeleton(words[-1])) not in keys and not _stem_in(words[-1], keys):
            continue
        if given_keys and len(words) > 1 and _sounded(skeleton(words[0])) not in given_keys and not _stem_in(words[0],
                                                                                                      given_keys):
            continue
        return actor
    return None


_POINTING_ROLE = re.compile(r"\b(?:his|her|its|their|його|її|їхн\w*|его|их)\b", re.IGNORECASE)


def _sounded(key: str) -> str:
    """A consonant skeleton with the letters English spells one sound with read as that sound: "Macron" is
    "mkrn" as "Макрон" romanises ("c", "ck", "q" are "k"; "x" is "ks"; "w" is "v")."""
    return key.replace("ck", "k").replace("c", "k").replace("q", "k").replace("x", "ks").replace("w", "v")


def _stem_in(word: str, keys: frozenset[str]) -> bool:
    """A Latin word whose skeleton starts like a romanised inflected form ("Putin" ~ "Путина")."""
    key = _sounded(skeleton(word))
    return len(key) >= 4 and any(k.startswith(key) and len(k) - len(key) <= 2 for k in keys)


def _joined(latin: ActorSuggestion, cyrillic: ActorSuggestion) -> ActorSuggestion:
    main, other = (latin, cyrillic) if latin.mentions >= cyrillic.mentions else (cyrillic, latin)
    role, affiliation = main.role or other.role, main.affiliation or other.affiliation
    if main.role and other.role and _POINTING_ROLE.search(main.role) and not _POINTING_ROLE.search(other.role):
        # "the head of his office" says less than "керівник Офісу президента": the role that names the body
        role, affiliation = other.role, other.affiliation or main.affiliation
    return replace(main, role=role, affiliation=affiliation, mentions=main.mentions + other.mentions,
                   evidence=main.evidence + other.evidence, cue=main.cue or other.cue)
