"""Names listed with firms are firms: "Orvell, Brisk Controls and Tarn", "firms including Velmar, Shell and Ostra".

A company is often named bare ("Tarn", "Velmar"), with nothing in its words to say it is no person.
A list says it for the writer: names coordinated with an organisation, or listed after a noun for
firms, are of the same kind. A name that something marks as a person is left as it is, and a list of
people alone changes nothing.
"""

from __future__ import annotations

import re

from briefing.analysis.wordforms import Mention

_LIST_GAP = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
# "firms including", "companies such as", "blue chips like", "banks, including": what follows are firms
_FIRMS_BEFORE = re.compile(r"\b(?:firms|companies|corporations|banks|groups|carmakers|automakers|airlines|"
                           r"retailers|insurers|chains|chips|brokers|brokerages|operators|manufacturers|makers|"
                           r"producers|conglomerates|rivals|competitors|heavyweights)(?:\s*,?\s+(?:including|"
                           r"such\s+as|like|led\s+by)\s+|\s*[:,]\s+)$"  # "companies: Ostra, ...", "two airlines, Avira"
                           # "retailers Orm, Vell and Tosk": a trade's plural right before the names ("rivals" there
                           # may be people: "his rivals Dole and Marrow")
                           r"|\b(?:firms|companies|corporations|banks|carmakers|automakers|airlines|retailers|insurers|"
                           r"brokerages|manufacturers|conglomerates|heavyweights)\s+$")
_MIN_LIST = 3


def firms_in_lists(text: str, mentions: list[Mention]) -> None:
    """Mark as organisations the unmarked names of a list that holds an organisation or follows a noun
    for firms (`mentions`: those of one sentence, in text order; changed in place)."""
    run: list[Mention] = []
    for mention in [*mentions, None]:
        if mention is not None and run and _LIST_GAP.fullmatch(text[run[-1].end:mention.start]):
            run.append(mention)
            continue
        if run:
            _mark(text, run)
        run = [mention] if mention is not None else []


def _firm_then_bare_name(text: str, run: list[Mention]) -> bool:
    """Two names joined by "and", the first an organisation of two words or more, the second one word that nothing
    marks: the pair is a pair of firms. Not the other way round: "Immigration and Customs Enforcement" is one name."""
    firm, bare = run
    return firm.kind == "org" and len(firm.words) >= 2 and bare.kind == "unknown" and bare.single \
        and not (bare.person_cue or bare.given_name) and text[firm.end:bare.start].strip() == "and" \
        and text[bare.end:bare.end + 2] not in ("'s", "’s")  # "the head of Sony Pictures and Oz’s boss": someone


def _mark(text: str, run: list[Mention]) -> None:
    first = run[0]
    led = bool(_FIRMS_BEFORE.search(text[max(first.sentence.start, first.start - 40):first.start]))
    if not led and len(run) == 2 and _firm_then_bare_name(text, run):
        led = True  # "hired Goldman Sachs and Lazard": a bare one-word name after a firm named in full
    if not led and (len(run) < _MIN_LIST or not any(m.kind == "org" for m in run)):
        return
    if any(m.kind == "person" or (m.kind == "unknown" and (m.person_cue or m.given_name)) for m in run):
        return  # "Ford, Clinton and Dole": someone in it is a person, so it may be a list of people
    for mention in run:
        if mention.kind == "unknown" and not (mention.single and mention.start == mention.sentence.start):
            mention.kind = "org"  # a list's first word may be capitalised only for opening the sentence
