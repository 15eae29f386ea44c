"""Find the names in one source and what the text says about each mention (title, role, apposition).

A name is a run of capitalised words (with name particles such as "bin" or "van den", and "of"
inside organisation names). Each run is read for the cues a reader uses: a title before it
("Defense Secretary ..."), an apposition ("..., an adviser to ..."), a verb of saying after it,
a news organisation's context ("told ...", "according to ..."). `actors.py` merges the mentions.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.chunks import chunk_sentence, initials_in_brackets
from briefing.analysis.namekinds import classify_known, classify_words
from briefing.analysis.nonactors import dateline_place
from briefing.analysis.orgcues import (
    APPOSED_BODY,
    BODY_NOUN_AFTER,
    FIRM_NOUN_BEFORE,
    LEGAL_SUFFIXES,
    NAME_GOES_ON,
    SPEAKER_FROM,
    TRADE_NOUN_BEFORE,
    bare_body_name,
    body_before_title,
    employer_name,
    opens_org_inside,
    opens_sentence,
    opens_with_trade,
    person_after_title,
    share_price_moves,
    spelled_in_lower_case,
    title_last,
)
from briefing.analysis.orglists import firms_in_lists
from briefing.analysis.outlets import (
    GENERIC_OUTLET,
    OUTLET_NOUN_AFTER,
    OUTLET_NOUN_BEFORE,
    PAPER_NOUN_BEFORE,
    byline_names,
    credit_line,
    digest_papers,
    lookslike_outlet_context,
    names_an_outlet,
)
from briefing.analysis.personcues import (
    abbreviated_place,
    context_person_cue,
    nationality_words,
    office_holder,
    title_before_name,
    without_middle_initials,
)
from briefing.analysis.personlists import people_in_lists
from briefing.analysis.roles import chain_end, read_appositions, role_chain_start, trim_role
from briefing.analysis.text import REPORT_LABEL, Sentence, Token, mostly_capitalised, tokens
from briefing.analysis.wordforms import (
    CONTRACTION,
    ROLE_HEADS,
    SPEECH_VERBS,
    Mention,
    body_of_members,
    is_acronym,
    is_role_word,
    is_title_token,
    low_word,
    strip_possessive,
)

_MODEL_NUMBER = re.compile(r"\d\s+[A-Z]+\b|\b[A-Z]+\s+\d")
_ONE_NAME = re.compile(r"\b(?:goes|go|uses|use|known)\s+(?:only\s+)?by\s+(?:only\s+)?one\s+name|"
                       r"\buses\s+only\s+one\s+name|\bone\s+name\b", re.IGNORECASE)
_REPORTER_BEFORE = re.compile(
    r"(?:\btold|\binterview\s+with|\baccording\s+to|\breported\s+by|\breports?\s+by|\bciting|\bquoted\s+by"
    r"|\breport\s+(?:in|by)|\bspoke\s+(?:to|with))\s+(?:(?:the|a)\s+)?(?:(?:\w+\s+)?(?:newspaper|magazine|daily|"
    r"weekly|news\s+agency|agency|broadcaster|channel|outlet|network|website)\s+)?$",
    re.IGNORECASE)
_REPORTER_HINT = re.compile(r"(?=(?i:[twabc]))(?i:told|with|according\s+to|by|citing|to)\s+(?:\S+\s+){0,3}$")
_REPORTER_AFTER = re.compile(
    r"^(?:'s?|’s?)?\s*(?:first\s+|also\s+|previously\s+|earlier\s+)?(?:reported|reports|quoted|cited|said\s+in\s+a\s+report|"
    r"magazine|newspaper|news\s+agency|daily|weekly|(?:daily|newspaper|weekly|magazine)\s+said)\b", re.IGNORECASE)


_CAPITAL_INSIDE = re.compile(r"[\s\"“‘'(\-—][^\W\d_a-z]", re.UNICODE)
_FIRST_WORD = re.compile(r"[\"“‘'(]*([^\W\d_][\w'’\-]*)")
_SAID_NEXT = re.compile(r"\s+(?:said|says|reported|reports|announced)\b")


def _country_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a report's label naming a country ("Romania: ")."""
    label = REPORT_LABEL.fullmatch(text, start, end)
    return label is not None and text[start:end].rstrip(": ").lower() in lx.PLACES


# "Raytheon, which makes the interceptors, said ...": a body's relative clause, then its verb of saying
_WHICH_SAID = re.compile(r",\s+which\s[^,;]{1,80},\s+(?:said|says|added|insisted|stated|announced)\b")
_ITS_NEXT = re.compile(r"\s*Its\s+(?:[a-z]+\s+){0,2}[a-z]+,\s+[A-Z]")  # "Its chief executive, Jukka ..."
_SAID_IT = re.compile(r"\s*(?:said|says|added|insisted|stated)\s+(?:on\s+\w+\s+)?(?:in\s+an?\s+(?:brief\s+|short\s+|"
                      r"written\s+)?(?:statement|filing|release|post)\s+(?:on\s+\w+\s+)?)?(?:that\s+)?(?:it|its)\b")


# "analyst at Harwick", "chairman of Velmar", "shares of Orvell": the name is a firm, not a person
# ("an analyst in Osaka" is where the analyst is: only holdings and parts take "in" before a firm)
_WORKS_AT = re.compile(r"\b(?:(?:analysts?|economists?|strategists?|traders?|dealers?|officers?|executives?|directors?|"
                       r"spokes(?:man|woman|person)|chairman|chairwoman|president|chief|head|managers?|"
                       r"representatives?|employees?)\s+(?:at|of|with|for)|(?:shares|stake|units?|subsidiary|"
                       r"division)\s+(?:at|of|with|for|in))\s+(?:the\s+)?$", re.IGNORECASE)
_COMPANY_AFTER = re.compile(r"(?:['’]s?)?\s+(?:shares|stock|shareholders|subsidiary|unit|board\s+of\s+directors)\b"
                            # "Kelmor workers", "Orvell executives": a firm's own people ("the Tarn mine" is a place's)
                            r"|\s+(?:workers|employees|executives|headquarters|stores|dealerships)\b")
_LEADING_ADJECTIVE = re.compile(r"-(?:based|born|ranked|seeded|seed|year-old|old|led|backed|owned|run|listed|"
                                r"controlled|registered|made|funded|winning|nominated|affiliated|aligned|linked|sponsored|"
                                r"allied|friendly|style)$")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:airport|province|municipality|region|district|county|township|"
                               r"prefecture)\b")
# "the Tarvik index of leading shares", "the Velmar average fell" ("the OPEC average price" is OPEC's)
_INDEX_AFTER = re.compile(r"\s+(?:index|indices|indexes)\b|\s+average\b(?!\s+(?:price|prices|cost|costs|rate|rates|"
                          r"yield|yields|output|production|of)\b)")
# "Harlowe analyst Dara Ivers", "Vantrel spokeswoman ...", "Ostrava officials said": the body they speak for; a
# person's spokesman ("Kestner spokesman ...") is told apart by the person's own cues when the actors are merged
_BODY_ROLE_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person)|officials|statement|analysts?|economists?|"
                              r"strategists?)\b")
_PLACE_OF = re.compile(r"\b(?:city|town|village|province|region|district|island|port)\s+of\s+$")


_TITLE_ABBREVIATIONS = wl.word_set("title_abbreviations")


def _title_length(chunk: list[Token]) -> int:
    """How many leading words of a run are title, not name: "Nordwald Chief Executive Officer | Friederike Lanz"."""
    count = 0
    while count < len(chunk) - 1 and (
        is_title_token(low_word(chunk[count])) or low_word(chunk[count]) in lx.ROLE_CONNECTORS
        or (is_acronym(chunk[count].text) and count + 1 < len(chunk))
    ):
        count += 1
    if count and not any(low_word(t) in ROLE_HEADS or low_word(t) in lx.HONORIFICS
                         or low_word(t) in _TITLE_ABBREVIATIONS for t in chunk[:count]):
        count = 0  # "State Farm", "National Grid": modifiers alone make no title
    # a company or place name in front of the title: the name starts after the last title word
    last_title = max((i for i, t in enumerate(chunk[:-1]) if t.text[0].isupper() and title_before_name(chunk, i)),
                     default=-1)
    if last_title >= count:
        after = last_title + 1
        while after < len(chunk) - 1 and low_word(chunk[after]) in lx.HONORIFICS:
            after += 1  # "Drugs Controller General Dr. Venkatesh Raghavan"
        if len(chunk) - after <= 4 and not any(is_title_token(low_word(t)) for t in chunk[after:]):
            count = after
    return count


def read_sentences(source: int, text: str, sentences: list[Sentence], *, own_span: tuple[int, int],
                   common_lower: set[str], mentions: list[Mention], outlets: set[str], bylines: set[str]) -> None:
    """The name mentions of the sentences of one source, read with their local cues, added to `mentions`
    (the outlets and the byline names they show to `outlets` and `bylines`). `sourcementions.find_mentions`
    calls this, importing this module only for a source with a sentence to read."""
    for sentence in sentences:
        body = sentence.text
        if body.startswith("By ") and sentence.is_headline:
            bylines.update(byline_names(body))
            continue
        credit = credit_line(body)
        if credit:
            bylines.update(byline_names("By " + (credit.group("names") or credit.group("names2"))))
            continue
        if sentence.is_headline and mostly_capitalised(body):
            continue
        if not _CAPITAL_INSIDE.search(body):
            first = _FIRST_WORD.match(body)
            if first is None or first.group(1).lower() in lx.COMMON_CAPITALIZED or not first.group(1)[0].isupper():
                continue  # no capitalised word but a common one opening the sentence: no name here
        toks = tokens(text, sentence.start, sentence.end)
        in_sentence = len(mentions)
        for chunk in chunk_sentence(text, sentence, toks):
            if own_span[0] <= chunk[0].start < own_span[1]:
                continue
            if len(chunk) == 1 and (chunk[0].text.lower() in lx.COMMON_CAPITALIZED
                                    or CONTRACTION.search(chunk[0].text)):
                continue  # "The", "But", "On", "I'll": capitalised only because a sentence starts there
            for mention in _read_chunk(source, text, sentence, chunk, common_lower=common_lower, toks=toks):
                if mention.kind == "outlet":
                    outlets.add(mention.name)
                    if not names_an_outlet(mention.words):
                        continue
                    mention.kind = "org"
                elif len(mention.words) == 1 and mention.kind != "person" and lx.is_nationality(mention.words[0]):
                    continue  # "his Yugoslav counterpart", "written Albanian": an adjective or a language
                mentions.append(mention)
        firms_in_lists(text, mentions[in_sentence:])
        people_in_lists(text, mentions[in_sentence:])
    _add_digest_papers(source, text, sentences, mentions, outlets)


def _add_digest_papers(source: int, text: str, sentences: list[Sentence], mentions: list[Mention],
                       outlets: set[str]) -> None:
    """The papers a press review quotes, named in capitals over their stories (which the name rules read as a
    headline): "AL-FAJRIYA" over "- The cabinet meets on Monday."."""
    for start, end in digest_papers(text):
        sentence = next((s for s in sentences if s.start <= start < s.end), None)
        if sentence is None or any(m.start <= start < m.end for m in mentions):
            continue
        name = text[start:end]
        mention = Mention(source, sentence, start, end, name, tuple(name.split()), "org")
        mention.evidence_start = start
        mentions.append(mention)
        outlets.add(name)


def _read_chunk(source: int, text: str, sentence: Sentence, chunk: list[Token], *,
                common_lower: set[str], toks: list[Token]) -> list[Mention]:
    """The mention a run of capitalised words makes, and the organisations named in a title in front of it."""
    mention = _read_name(source, text, sentence, chunk, common_lower=common_lower, toks=toks)
    if mention is None:
        return []
    found = [mention]
    if mention.kind == "unknown" and mention.person_cue:
        body = body_before_title(chunk, mention.start)
        if body:
            found.append(_plain(source, text, sentence, body, [t.text for t in body], kind="org"))
        for token in chunk[:0] if body else chunk:
            if token.start >= mention.start:
                break
            word = strip_possessive(token.text)
            if (is_acronym(word) and len(word) > 2) or word.lower() in lx.KNOWN_ORGS:
                found.append(_plain(source, text, sentence, [token], [word], kind="org"))
    return found


_DESIGNATION_GOES_ON = re.compile(r"/(?:[A-Za-z](?![A-Za-z])|[0-9])")  # "/T", "/2", not "/UN"


def _firm_noun_before(before: str) -> bool:
    """"the consultancy | Spike Brokers", "The pipeline's operator, | Boreal Transit Partners,": a noun for a firm."""
    return FIRM_NOUN_BEFORE.search(before) is not None or APPOSED_BODY.search(before) is not None


def _read_name(source: int, text: str, sentence: Sentence, chunk: list[Token], *,
               common_lower: set[str], toks: list[Token]) -> Mention | None:
    if len(chunk) == 1 and _DESIGNATION_GOES_ON.match(text, chunk[0].end):
        return None  # "SAMP/T systems", "HIMARS-type": a weapon's or a model's designation, not a body
    # a known outlet or organisation is recognised before any word of it is taken for a sentence word
    known = [t.text for t in chunk]
    known[-1] = strip_possessive(known[-1])
    while len(known) > 1 and known[0].lower() in ("the", "a", "an"):
        known, chunk = known[1:], chunk[1:]
    known_kind = classify_known(known)
    if known_kind == "place":
        return None
    if known_kind is not None:
        return _plain(source, text, sentence, chunk, known, kind=known_kind)
    # leading sentence words ("The", "Two") are not part of a name; "New" inside a sentence is ("New York"),
    # and so is any such word inside a sentence that opens a firm's name ("analyst at First Albany Corp")
    while chunk and low_word(chunk[0]) in lx.COMMON_CAPITALIZED and not is_acronym(chunk[0].text) and not (
            low_word(chunk[0]) == "new" and len(chunk) > 1 and (
                chunk[0].start > sentence.start or f"new {low_word(chunk[1])}" in lx.PLACE_NAMES)) \
            and not opens_org_inside(text, sentence, chunk):
        chunk = chunk[1:]
    firm_led = opens_with_trade(text, sentence, chunk)
    if firm_led:
        chunk = chunk[1:]  # "* Conglomerate Velmaro lost 2.4 percent": the firm's trade, then its name
    if len(chunk) > 1 and "-" in text[chunk[0].start:chunk[-2].end]:  # most names hold no hyphen: skip the search
        adjective = max((i for i, t in enumerate(chunk[:-1]) if _LEADING_ADJECTIVE.search(t.text)), default=-1)
        chunk = chunk[adjective + 1:]  # "St. Elvara-based First Bank ...", "Second-ranked Corvanian ...": not the name
    if chunk and _LEADING_ADJECTIVE.search(chunk[-1].text):
        return None  # "Hong Kong-listed": an adjective made of a name
    while len(chunk) > 1 and not _regnal(chunk) and not _surname_after_given(chunk, sentence.is_headline) and (
            low_word(chunk[-1]) in lx.COMMON_CAPITALIZED or (
            low_word(chunk[-1]).endswith("s") and low_word(chunk[-1])[:-1] in ROLE_HEADS
            and not _firm_noun_before(text[max(sentence.start, chunk[0].start - 60):chunk[0].start]))) \
            and not body_of_members(text, chunk) and not _paper_reports(text, chunk):
        chunk = chunk[:-1]  # "Labour MPs": the party, not a name; but "League of Women Voters", "Harwick & Sons",
        #                     and "the consultancy Spike Brokers" (a firm's trade noun before the name)
    if not chunk or dateline_place(text, chunk):
        return None
    words = [t.text for t in chunk]
    words[-1] = strip_possessive(words[-1])
    if len(words) == 1 and words[0].isupper() and words[0].lower() in lx.NOT_ORG_ACRONYMS:
        return None  # "UK bank holiday", "the UAE said it": a country's or a unit's letters, never an actor
    if len(chunk) > 2:
        office = office_holder(source, text, sentence, chunk)
        if office is not None:
            return office  # "Minister of Trade and Industry Pelle Ostrand": the office, then its holder's name
    if " & " in text[chunk[0].start:chunk[-1].end]:
        return _plain(source, text, sentence, chunk, words, kind="org")  # no person's name holds "&"
    if len(words[0]) <= 2 and abbreviated_place(words):
        return None  # "S. Korea": a place
    full_kind = classify_words(words)
    if full_kind == "place" and len(words) > 2 and any(w.lower() in lx.ORG_HEADS for w in words) \
            and initials_in_brackets(text, chunk):
        full_kind = "org"  # "The European Union Mission in Armenia (EUMA)": its own initials make it a body
    before = text[max(sentence.start, chunk[0].start - 60):chunk[0].start]
    after_start = chunk[-1].start + len(words[-1])
    after = text[after_start:min(sentence.end, after_start + 60)]

    def reporter() -> bool:  # named as the one who reports: "told X", "X reported" (only asked when it matters)
        return bool(_REPORTER_AFTER.match(after)) or (
            bool(_REPORTER_HINT.search(before)) and bool(_REPORTER_BEFORE.search(before)))

    if full_kind in ("name", "org") and len(words) <= 3 and (_PLACE_NOUN_AFTER.match(after) or _PLACE_OF.search(
            before)):
        return None  # "Stavik airport", "the city of Stavik": a place named, whatever its words look like
    if full_kind == "generic" and len(words) == 1 and len(words[0]) == 2 and f"({words[0]})" in text and re.search(
            rf"[A-Z][\w'’]*\s+\({words[0]}\)", text):
        full_kind = "org"  # "the Popular Alliance (PA)": a two-letter acronym the text spells out is the body's
    if full_kind == "org" and len(words) == 1 and words[0].isupper() and spelled_in_lower_case(words[0], text):
        return None  # "the cash reserve ratio (CRR)": a term's letters, not a body's
    if full_kind == "generic" or (_INDEX_AFTER.match(after) and words[-1].lower() not in lx.ORG_HEADS):
        return None  # "the VTX index", "the 225-share Velmar average": a market's index ("the Tarvik Stock Exchange
        #              index" is the exchange's), not who acts
    titles: int | None = None  # _title_length(chunk), worked out once, when first needed
    if full_kind == "place" and len(words) > 2:
        titles = _title_length(chunk)
        if titles and classify_words(words[titles:]) == "name":
            full_kind = "name"  # "Analyst Mirela Paris": a title, then a surname that is also a place
    if full_kind == "place" and not (len(words) > 1 and FIRM_NOUN_BEFORE.search(before)):
        return None  # places are context, never actors; "group CITIC Pacific" is a firm named for one
    if full_kind == "place":
        full_kind = "org"
    if full_kind == "org":
        titles = _title_length(chunk) if titles is None else titles
        if person_after_title(chunk, words, titles):
            full_kind = "name"  # "Reserve Bank of Corvania Governor Ilse Marrow": the body is the title's
    if full_kind == "org" and len(words) > 1 and all(w.isupper() for w in words) \
            and " ".join(words).lower() not in lx.KNOWN_ORG_NAMES \
            and any(len(w) > 4 and w.lower() not in lx.KNOWN_ORGS for w in words):
        return None  # "SITREP 14 NOV — EASTERN FRONT": words of a heading in capitals, no body's name
    if full_kind in ("org", "outlet"):
        if full_kind == "org" and len(words) > 1 and words[-1].lower() in GENERIC_OUTLET and reporter():
            full_kind = "outlet"
        if full_kind == "org" and len(words) == 1 and is_acronym(words[0]) and _MODEL_NUMBER.search(
                text[max(sentence.start, chunk[0].start - 8):min(sentence.end, chunk[-1].end + 8)]):
            return None  # "737 MAX 9": a product's model name, not an organisation
        return _plain(source, text, sentence, chunk, words, kind=full_kind)
    title_count = _title_length(chunk) if titles is None else titles
    if title_count and low_word(chunk[title_count - 1]) in lx.ROLE_CONNECTORS:
        return None  # "High Commissioner for Refugees": the rest is the title's object
    name_tokens = chunk[title_count:]
    name_words = words[title_count:]
    nationality = None
    leading = 0 if title_count else nationality_words(name_words, lambda w: _given_name_first(w, common_lower))
    if leading:
        nationality = " ".join(name_words[:leading])  # "American Anne Miller", "Frenchman Cedric Pioline"
        name_tokens, name_words = name_tokens[leading:], name_words[leading:]
    if len(name_tokens) == 1 and is_role_word(low_word(name_tokens[0])):
        return None  # "President" alone, "MPs"
    if len(name_tokens) > 1 and name_words[0].lower() not in wl.word_set("given_names") and not OUTLET_NOUN_AFTER.match(
            after) and (title_last(name_tokens) or any(low_word(t) in LEGAL_SUFFIXES for t in name_tokens)):
        return None  # "Orvell CEO", "Brisk Products Co Chairman": a title, no one's name ("John Major" is)
    kind = classify_words(name_words)
    if kind == "generic":
        return None
    if kind == "place":
        return None
    if kind != "name":
        return _plain(source, text, sentence, name_tokens, name_words, kind=kind)
    if all(w.isupper() for w in name_words) and (len(name_words) > 1 or len(name_words[0]) > 7):
        return None  # "IRVINE", "LITTLE ROCK", a headline: prose writes people's names in mixed case
    given = _given_name_first(name_words, common_lower)  # asked by several rules below: worked out once
    if not title_count and len(name_words[-1]) > 1 and (firm_led or FIRM_NOUN_BEFORE.search(before)
                                                        or SPEAKER_FROM.search(before)
                                                        or ((TRADE_NOUN_BEFORE.search(before)
                                                             or APPOSED_BODY.search(before)) and not given)) \
            and not NAME_GOES_ON.match(after):
        return _plain(source, text, sentence, name_tokens, name_words, kind="org")
    if not title_count and BODY_NOUN_AFTER.match(after) and not given \
            and (len(name_words) > 1
                 or bare_body_name(name_words[0], not opens_sentence(text, sentence, name_tokens[0].start))):
        return _plain(source, text, sentence, name_tokens, name_words, kind="org")  # "First Union bank"
    if not title_count and (OUTLET_NOUN_BEFORE.search(before) or (
            PAPER_NOUN_BEFORE.search(before) and not given) or (
            reporter() and lookslike_outlet_context(before, after, name_words))):
        return _plain(source, text, sentence, name_tokens, name_words, kind="outlet")
    if not title_count and not given and (
            _WORKS_AT.search(before) or (_COMPANY_AFTER.match(after) and not _only_opening(text, sentence, name_tokens))
            or share_price_moves(after, name_words, common_lower)):
        return _plain(source, text, sentence, name_tokens, name_words, kind="org")
    name_start = name_tokens[0].start
    name_end = name_tokens[-1].start + len(name_words[-1])
    mention = Mention(source, sentence, name_start, name_end, " ".join(text[name_start:name_end].split()),
                      tuple(name_words))
    mention.evidence_start = name_start
    honorific_only = all(low_word(t) in lx.HONORIFICS for t in chunk[:title_count])
    if title_count:
        mention.person_cue = f"title {text[chunk[0].start:chunk[title_count - 1].end]!r}"
        mention.evidence_start = chunk[0].start
    # a role written in front: "White House press secretary Karoline Leavitt"
    chain_start = role_chain_start(text, toks, chunk[0])
    role_start = chain_start if chain_start is not None else (chunk[0].start if title_count else None)
    if role_start is not None and not (honorific_only and chain_start is None):
        role_end = chunk[title_count - 1].end if title_count else chain_end(text, chunk[0])
        role = text[role_start:role_end].strip(" ,")
        role = trim_role(role)
        if role and mention.single and role.lower() in _TRADES and _WHAT_IS_TRADED.search(text, max(0, role_start - 30),
                                                                                        role_start):
            mention.kind = "org"  # "Ukrainian grain trader Nibulon", "steelmaker Metinvest": a company by its trade
            role = ""
        if role:
            mention.role = role
            mention.role_start, mention.role_end = role_start, name_end
            mention.evidence_start = role_start
            mention.person_cue = mention.person_cue or f"role {role!r}"
    mention.given_name = given
    mention.org_cue = not title_count and not given and bool(_BODY_ROLE_AFTER.match(after)) and employer_name(
        name_words, opens_sentence(text, sentence, name_start), common_lower)
    if nationality:
        mention.person_cue = f"nationality {nationality!r}"
    read_appositions(text, sentence, mention, chunk[0].start, toks)
    _read_speech(text, sentence, mention, common_lower)
    if not mention.person_cue and mention.given_name:
        mention.person_cue = f"given name {name_words[0]!r}"
    if not mention.person_cue and mention.kind == "unknown":
        mention.person_cue = context_person_cue(text, sentence, mention)
    if not mention.person_cue and len(name_words) == 2 and _EAST_ASIAN_FAMILY.fullmatch(name_words[0]) \
            and _EAST_ASIAN_GIVEN.fullmatch(name_words[1]):
        mention.person_cue = "family name and hyphenated given name"  # "Kang Young-hoon", "Li In-mo"
    if mention.single and "one name" in sentence.text and _ONE_NAME.search(sentence.text) and not re.search(
            r"[A-Z]", text[sentence.start + 1:mention.start]):
        mention.person_cue = mention.person_cue or "known by one name"
    return mention


# what a company does, after what it trades in: "grain trader", "state-owned steel producer", "oil refiner"
_TRADES = wl.word_set("trade_nouns")
_WHAT_IS_TRADED = re.compile(r"(?<![A-Za-z])(?!(?:the|a|an|former|veteran|senior|chief|top|leading)\s)[a-z][\w\-]+\s+$")
_EAST_ASIAN_FAMILY = re.compile(r"[A-Z][a-z]{1,4}")
_EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
_ROMAN = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")


def _paper_reports(text: str, chunk: list[Token]) -> bool:
    """"the Marlow Sun reported": a paper's name ending in a word that is common elsewhere ("Sun." for Sunday)."""
    return low_word(chunk[-1]) in GENERIC_OUTLET and bool(_REPORTS_AFTER.match(text, chunk[-1].end))


_REPORTS_AFTER = re.compile(r"\s+(?:reported|reports|said|says|quoted|wrote)\b")


def _only_opening(text: str, sentence: Sentence, name_tokens: list[Token]) -> bool:
    """A single word that opens its sentence and is capitalised nowhere else in the text: "Relief workers on
    the ground say" is no firm's own staff, "Kelmor workers" beside "at Kelmor" is."""
    word = name_tokens[0].text
    return len(name_tokens) == 1 and opens_sentence(text, sentence, name_tokens[0].start) and re.search(
        rf"[\w,;)] {re.escape(word)}\b", text) is None


def _surname_after_given(chunk: list[Token], headline: bool = True) -> bool:
    """"Dick Spring", "Theresa May": a month or season after a given name is a surname; in prose (not in a
    headline, where every word is capitalised) so is any capitalised common word: "Lydia During", "Ann Both"."""
    low = low_word(chunk[-1])
    return (low in _MONTHS_AND_SEASONS or not headline) and low_word(chunk[-2]) in wl.word_set("given_names") \
        and low_word(chunk[-2]) not in lx.COMMON_CAPITALIZED and chunk[-1].text[:1].isupper()


_MONTHS_AND_SEASONS = frozenset(["spring", "summer", "winter", "may", "june", "april", "august", "march", "january",
                                 "july", "september", "october", "november", "december", "february"])


def _regnal(chunk: list[Token]) -> bool:
    """A name closed by a regnal number: "Elizabeth I", "Charles VI" (the "I" is no pronoun there)."""
    last = strip_possessive(chunk[-1].text)
    return bool(last) and bool(_ROMAN.fullmatch(last)) and not chunk[-2].text.isupper() \
        and low_word(chunk[-2]) not in lx.COMMON_CAPITALIZED


def _given_name_first(words: list[str], common_lower: set[str]) -> bool:
    """"Freddy Pinas", "Ian Harte": two or three capitalised words opening with a known given name.

    The given name must not be a word the source writes in lower case (a "Will" that is a verb
    there) nor a place, and the others must not be what heads an organisation or a place.
    """
    if len(words) > 1 and _ROMAN.fullmatch(words[-1]):
        words = words[:-1]  # "Henry VIII", "Pedro I"
        if len(words) == 1:
            words = [*words, "Numeral"]  # a given name and a regnal number are enough
    words = without_middle_initials(words)
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    first = words[0].lower()
    if first not in wl.word_set("given_names") or first in common_lower or first in wl.word_set("not_given_names"):
        return False
    if first in lx.PLACES or first in lx.DEMONYMS or first in lx.COMMON_CAPITALIZED:
        return False
    # a place may be a surname ("Neil Jordan") but not a middle word ("Carl Vinson Bay")
    return not any(w.lower().rstrip(".") in lx.ORG_HEADS or (w.lower() in lx.PLACES and i < len(words) - 1)
                   or w.lower() in lx.TITLE_WORDS or w.lower() in lx.COMMON_CAPITALIZED
                   for i, w in enumerate(words) if i) and " ".join(words).lower() not in lx.PLACE_NAMES


def _plain(source: int, text: str, sentence: Sentence, chunk: list[Token], words: list[str], *,
           kind: str) -> Mention:
    start = chunk[0].start
    end = chunk[-1].start + len(words[-1])
    mention = Mention(source, sentence, start, end, " ".join(text[start:end].split()), tuple(words), kind)
    mention.evidence_start = start
    if kind == "org":
        alias = _ALIAS_AFTER.match(text[end:end + 14])
        if alias:
            mention.aliases.append(alias.group(1))
    return mention


def _read_speech(text: str, sentence: Sentence, mention: Mention, common_lower: set[str]) -> None:
    """A verb of saying next to the name makes it a speaker: "X said", "said X", "X, ..., told"."""
    tail = text[mention.end:min(sentence.end, mention.end + 300)]
    tail = _POSSESSIVE_START.sub("", tail)
    if mention.role_end > mention.end:
        tail = text[mention.role_end:min(sentence.end, mention.role_end + 300)]
    if mention.single and not mention.person_cue and not mention.given_name and (
            _WHICH_SAID.match(tail)
            or (_SAID_NEXT.match(tail) and _country_label(text, sentence.start, mention.start))):
        # "Raytheon, which makes the interceptors, said ...": bodies take "which"; "Romania: Transelectrica said
        # ...": a note's line on a country, whose one-word speaker is its body (a person has a first name there)
        mention.kind = "org"
        return
    match = (_VERB_AFTER_ROLE if mention.role_end > mention.end else _VERB_AFTER).match(tail)
    head = text[max(sentence.start, mention.evidence_start - 40):mention.evidence_start]
    speaker = bool(match and match.group(1).lower() in SPEECH_VERBS) or bool(
        _SAID_BEFORE.search(head)
        and _CLAUSE_ENDS.match(text[mention.end:min(sentence.end, mention.end + 20)]))
    if not speaker:
        return
    owned = text[max(0, mention.evidence_start - 4):mention.evidence_start] in (" of ", " by ")
    if not mention.person_cue and not mention.given_name and not owned and (
            _SAID_IT.match(tail) or ((mention.start == sentence.start
                                      or REPORT_LABEL.fullmatch(text, sentence.start, mention.start))
                                     and _ITS_NEXT.match(text, sentence.end))):
        mention.kind = "org"  # "Southern California Edison said it had cut power": people say "he" or "she";
        return  # "Moldovagaz said prices would rise. Its director, ...": what the next sentence calls "its"
    if mention.single:
        low = mention.words[0].lower()
        if low in common_lower or low in lx.COMMON_CAPITALIZED or low in lx.PLACES or low in lx.KNOWN_ORGS:
            return
        if is_acronym(mention.words[0]) or mention.words[0].isupper():
            return  # "NZ said", "UAE said": a country's or a body's letters, never one person
        at_sentence_start = mention.start == sentence.start
        if at_sentence_start and low.endswith("s") and not low.endswith(("ss", "us", "is")):
            return  # "Diplomats said" - a plural noun, not a name
        window = text[max(sentence.start, mention.start - 6):mention.start]
        if _PREPOSITION_BEFORE.search(window):
            return  # "Analysts at Jefferies estimated": the firm the speakers work for
    mention.person_cue = mention.person_cue or "speaker"


# compiled once: these run for every mention, where even the `re` module's cache lookup shows in profiles
_POSSESSIVE_START = re.compile(r"^(?:'s|’s)")
_VERB_TAIL = (r"\s*(?:(?:also|later|then|has|had|have|was|were|is|did|does|would|will|previously|"
              r"repeatedly|earlier)\s+)?(\w+)")
_VERB_AFTER_ROLE = re.compile(r"[,)]?" + _VERB_TAIL)
_VERB_AFTER = re.compile(r"\)?" + _VERB_TAIL)
_SAID_BEFORE = re.compile(r"[,\"”]\s*(?:said|says|added|asked|wrote)\s+$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;]|$|(?:of|from|at|with)\s)")  # "..., said Jan Ober of Marlow Bank"
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|of|from|for|with|by|in|on)\s+$")
_ALIAS_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z+&]{1,9})\)")
