"""A claim cut to what a brief can carry: the clause a caveat or a question rests on, without what runs on
after it, whole where it is short, cut on a whole phrase and marked " …" where it is long.

`wording` and `questions` read where a claim starts (after "that", around an aside, before the source);
this module only decides where it ends and whether what is left reads as a clause of its own.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis.text import ABBREVIATIONS
from briefing.analysis.wordforms import ORG_NOUNS

MAX_CLAIM_WORDS = 16
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many",
                 "other", "few", "most", "both", "multiple", "numerous", "various")

COMMON_OPENERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "it", "its", "their", "his", "her",
                             "our", "some", "many", "most", "whatever", "whether", "whoever", "whichever"])

STOP_IN_QUOTE = re.compile(r"[.,]([\"”]|'')$")

# where a claim ends: a comma (not one inside a number, "$100,000"), a dash, a clause opener, the end of the
# sentence (not the stop after an initial or after a title, "Gov.")
_CLAIM_CUT = re.compile(r",(?!\d{3})|;|:|\s[—–-]\s|\s--\s|\s\(|\s(?:but(?!\s+not\s)|although|though|while|whereas|"
                        r"which|who|because|and\s+that)\s"
                        # the stop first, then what may not precede it: the look-behinds run at stops only
                        r"|[.?!](?<![A-Z].)" + "".join(
                            rf"(?<!\b{re.escape(form)}.)" for abbreviation in sorted(ABBREVIATIONS)
                            for form in (abbreviation, abbreviation.capitalize()))
                        + r"(?:\s|$)")
# "the Party of Action and Solidarity (PAS) lost ...", "Sen. Graham (R-SC) said": initials aside, no cut
_INITIALS_ASIDE = re.compile(r"\s\((?:[A-Z][A-Za-z.\-]{1,9})\)(?=[\s,.;:])")
# "the plant, which processes 9 million tonnes a year, had halted ...": the aside apart, the clause whole
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s[^,;:()\"“”]{3,90},\s+(?=(?:had|has|have|was|were|is|are|"
                             r"will|would|could|can|may|might|must|should|did|does|do)\s)")
_LEADING = re.compile(r"^(?:[\"“”'‘’\s]|that\s|and\s|but\s)+", re.IGNORECASE)
SOFT_CUT = re.compile(r"\s(?=\w+ed\s+by\s|(?:in|on|at(?!\s+(?:least|most)\b)|with|after|before|during|by(?!\s+as\s)|"
                       r"from|amid|since)\s)")  # not "at least 11 percent", "by as much as 19.9 percent"
_PRONOUN_OPENER = re.compile(r"(?:it|he|she|they|we|i|this|these|those)\b", re.IGNORECASE)


def trim_claim(claim: str, common: frozenset[str] | set[str] = frozenset(), *, they: bool = False,
               after_that: bool = False) -> str | None:
    """`claim` cut where it ends and trimmed to read inside "That … rests on …"; None when what is left is no
    clause of its own (a pronoun without its antecedent, a fragment torn out of its sentence). `common` holds the
    words the source writes in lower case, so a sentence capital that is no name is lowered. `they`: the claim may
    open on "they", which the caller knows stands for the group the caveat names. `after_that`: the claim follows a
    verb of saying and its "that", so it is a clause even when its subject is a bare noun ("aging canals lose ...")."""
    claim = _RELATIVE_ASIDE.sub(" ", _INITIALS_ASIDE.sub("", _LEADING.sub("", claim.strip())))
    cut = _CLAIM_CUT.search(claim)
    while cut and _open_quotation(claim[:cut.start()]) and claim[cut.end():cut.end() + 1] not in ('"', "”"):
        # 'said the vote was "competitive but marred by intimidation"': a short quotation is cut after it closes (a
        # comma right before its closing mark is the sentence's own; one that never closes leaves the first cut)
        closing = min((i for i in (claim.find('"', cut.start()), claim.find("”", cut.start())) if i >= 0), default=-1)
        later = _CLAIM_CUT.search(claim, closing + 1) if closing >= 0 else None
        if closing < 0 or len(claim[:later.start() if later else len(claim)].split()) > MAX_CLAIM_WORDS + 4:
            break  # a quotation that runs long is cut where it would be without it
        cut = later
    if cut:
        claim = claim[:cut.start()]
    if len(claim.split()) > MAX_CLAIM_WORDS + 4:
        # the longest cut that still reads short: "had spoken by telephone with her counterparts", not "had spoken";
        # never one that leaves the verb without what it says ("the Federal Reserve told Northgate | in March that")
        soft = [m.start() for m in SOFT_CUT.finditer(claim) if len(claim[:m.start()].split()) >= 12]
        short = [cut for cut in soft if len(claim[:cut].split()) <= MAX_CLAIM_WORDS]
        if soft:
            claim = claim[:(short or soft)[-1 if short else 0]]
            cut = cut or SOFT_CUT.search(claim)  # "... its common equity ratio to | at least 11 percent"
    words = claim.split()
    while cut and len(words) > 3 and _ends_dangling(words):
        words.pop()  # cut at a comma: "a natural step to take with a country that, once an enemy, ..."
    if len(words) >= 3 and words[0][:1].isdigit() and words[1].isalpha() and _A_VERB.search(" ".join(words)) is None:
        # "reported 52 clashes in the sector over the past 24 hours": what was counted, said as a clause
        words = ["there", "was" if words[0] == "1" else "were", *words]
    claim = " ".join(words)
    if len(words) < 3 or (_PRONOUN_OPENER.match(claim) and not (they and words[0].lower() == "they")):
        return None  # a pronoun without its antecedent says nothing in a brief
    if not _stands_alone(["the", *words[1:]] if they and words[0].lower() == "they" else words, after_that):
        return None  # a clause torn out of its sentence: the caveat's plain wording is better
    # a claim a few words over the limit is kept whole: cut, "could stay offline for up to a month" said "for up"
    cut_short = len(words) > MAX_CLAIM_WORDS + 4
    kept = words[:MAX_CLAIM_WORDS] if cut_short else words
    while len(kept) > 3 and (_ends_dangling(kept) or kept[-1].endswith(("'s", "’s"))
                             or (cut_short and kept[-1].lower() in _DANGLING_AT_LIMIT)):
        kept.pop()  # cut at the word limit: "... crew members in" loses its "in", "... Tuesday's" its possessive
    # 'would back the ban "if the timeline is realistic."': inside the brief's sentence the quotation loses its stop
    claim = STOP_IN_QUOTE.sub(r"\1", _balanced(" ".join(kept).rstrip(" ,;:")))
    if cut_short:
        claim += " …"  # the reader sees the claim goes on in the source
    claim = STOP_IN_QUOTE.sub(r"\1", _quotes_closed(claim))
    first = claim.split()[0]
    title_of_name = first.lower() in lx.TITLE_WORDS and len(words) > 1 and words[1][:1].isupper() \
        and first.lower() not in lx.COMMON_TITLE_MODIFIERS
    common_word = first.lower() in COMMON_OPENERS or first.lower() in lx.COMMON_CAPITALIZED \
        or first.lower() in lx.TITLE_WORDS or first.lower() in common or _plural_agent(words)
    if not title_of_name and not (first[:1].isupper() and first.lower() in lx.DAYS_AND_MONTHS) and common_word:
        claim = first.lower() + claim[len(first):]  # "President Trump" keeps its capital, "Senior official" not
    return claim


def _open_quotation(text: str) -> bool:
    """A quotation opened in `text` and not closed: straight marks in odd number, or more “ than ”."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _plural_agent(words: list[str]) -> bool:
    """"Insurers have not raised ...", "Rescuers were searching ...": a listed plural of people or bodies, a common
    noun, before a word in lower case (a surname such as "Sanders" is not listed)."""
    first = words[0]
    low = first.lower()
    return len(words) > 1 and first[1:].islower() and words[1][:1].islower() and not lx.is_nationality(first) \
        and any(form in lx.PERSON_NOUNS or form in ORG_NOUNS for form in (low, low.removesuffix("s")))


def closing_quote_kept(text: str) -> str:
    """`text` without the quotation marks and dashes it ends on, but for the mark that closes a quotation it
    opened: 'cleared "all designated berths"' keeps its last mark, 'the plan, "' loses it."""
    stripped = text.rstrip(" ,\"“”'‘’—–-")
    tail = text[len(stripped):]
    if '"' in tail and stripped.count('"') % 2 == 1:
        return stripped + '"'
    if "”" in tail and stripped.count("“") > stripped.count("”"):
        return stripped + "”"
    return stripped


def _quotes_closed(claim: str) -> str:
    """A claim cut inside a quotation closes it: 'an effort to "alter the character …"', not an open mark that runs
    on into the caveat's own words."""
    if claim.count("''") % 2 == 1:
        return claim + "''"
    if claim.replace("''", "").count('"') % 2 == 1:
        return claim + '"'
    if claim.count("“") > claim.count("”"):
        return claim + "”"
    return claim


def _balanced(claim: str) -> str:
    """The claim without a trailing quotation mark unless it closes a quotation the claim opened."""
    while claim[-1:] in ("\"", "”", "’", "'"):
        closes = (claim[-1] == "\"" and claim.count("\"") % 2 == 0) or (
            claim[-1] == "”" and claim.count("“") >= claim.count("”"))
        if closes:
            break
        claim = claim[:-1].rstrip(" ,;:")
    return claim


# a clause whose subject has no determiner: "clean water will run short", "aid has reached the town centre" (a
# noun and up to two more words, then an auxiliary; a preposition, conjunction, adverb or -ing word never opens it)
# (or a part of something: "part of the equipment had been held up", "most of the ferries were")
_BARE_SUBJECT_CLAUSE = re.compile(r"(?!(?:to|and|or|but|that|which|who|not|also|said|says)\s)(?![a-z]+ly\s)"
                                  # a gerund right before its auxiliary is a subject ("rationing could fuel ...");
                                  # a word before "that" is a verb ("warned that rationing could")
                                  r"(?![a-z]+ing\s(?!(?:will|would|could|can|may|might|must|should|is|was|has|had)\s))"
                                  r"(?![a-z]+\s+that\s)"
                                  # a verb, then its subject: "argued they would hurt ..." opens on no noun
                                  r"(?![a-z]+\s+(?:they|he|she|it|we|you|i)\s)"
                                  r"[a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2}?"
                                  r"(?:\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[a-z][a-z\-]+)?"
                                  r"(?:\s+(?:in|at|near|from)\s+(?:the\s+)?[A-Z][\w\-]+)?"  # "peace talks in Doha will"
                                  r"\s+(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should)\s")
# words that open an adverbial phrase or a subordinate clause, never the subject of a claim
_NOT_A_SUBJECT = frozenset(["if", "although", "though", "because", "when", "whether", "while", "unless", "since",
                            "until", "after", "before", "once", "as", "under", "with", "without", "for", "from",
                            "by", "over", "among", "through", "within", "against", "despite", "during", "amid",
                            "in", "on", "at", "like", "unlike", "beyond", "even", "just", "only"])


def _bare_plural_subject(first_words: list[str]) -> bool:
    """"aging canals lose ...", "women represented ...", "each day of the strike costs ...": a subject with no
    determiner, as a plural after a modifier, an irregular plural, or a quantifier. A lone word in -s first is
    more often a verb ("that remains to be seen"), and a bare verb a relative clause ("reports that track ...")."""
    if first_words[0] in _IRREGULAR_PLURALS or first_words[0] in _QUANTIFIERS:
        return True
    if first_words[0].endswith("s") and not first_words[0].endswith(("ss", "us", "is")) and len(first_words) > 1 \
            and (first_words[1].endswith("ed") or first_words[1] in _IRREGULAR_PASTS):
        return True  # "exports fell by a third": a plural, then a verb in the past
    if first_words[0].endswith("s") and not first_words[0].endswith(("ss", "us", "is")) and len(first_words) > 1 \
            and first_words[1] in ("of", "through", "from", "via"):
        return True  # "stocks of Patriot interceptors are stretched", "exports through the Danube reached": a plural
        # and what it is of, or where it goes
    return any(word in _IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
               for word in first_words[1:3])


def _plural_with(words: list[str]) -> bool:
    """"talks with Gazprom have stalled", "exports from Izmail fell": a bare plural, then what it is with or from,
    opens a clause (not "to": "remains to be seen" opens on a verb)."""
    first = words[0].lower()
    return len(words) >= 4 and first.isalpha() and first.endswith("s") and not first.endswith(("ss", "us", "is")) \
        and words[1].lower() in _AFTER_PLURAL_SUBJECT


_AFTER_PLURAL_SUBJECT = frozenset(["with", "from", "between", "over"])
_IRREGULAR_PLURALS = frozenset(["women", "men", "children", "people", "police", "staff"])
_QUANTIFIERS = frozenset(["each", "every", "both", "all", "most", "many", "several", "few"])
_IRREGULAR_PASTS = frozenset(["fell", "rose", "grew", "sank", "shrank", "hit", "won", "lost", "took", "made", "came",
                              "went", "ran", "left", "began", "held", "kept", "saw", "paid", "sold", "bought", "met"])
# words after "said that" that open no subject: an auxiliary or a verb ("said that was wrong"), a conjunction
_NO_SUBJECT_AFTER_THAT = frozenset(["was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can",
                                    "may", "might", "must", "should", "did", "does", "do", "to", "and", "or", "but",
                                    "not", "also", "said", "says", "so", "what", "which", "who"])
# what a claim cut at the word limit may not end on either: "more than", "only if their", "including"
_DANGLING_AT_LIMIT = frozenset(["than", "about", "nearly", "almost", "least", "some", "its", "their", "his", "her",
                                "our", "this", "these", "those", "into", "after", "before", "between", "under",
                                "through", "per", "such", "not", "no", "very", "if", "whether", "when", "because",
                                "unless", "including", "only", "even", "just"])
# words a claim cannot end on: it was cut in the middle of a phrase
_DANGLING_END = frozenset(["and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with",
                           "that", "as", "from", "is", "are", "was", "were", "has", "have", "had", "will", "would",
                           "what", "which", "whom", "whose", "those", "these"])


# "that" after a comparison or a preposition points to something: "less than that", "after that"
_POINTING_THAT = re.compile(r"(?:than|like|after|before|about|of|for|with|on|beyond)\s+that[,;:]?")


def _ends_dangling(words: list[str]) -> bool:
    """The claim stops on a word that needs more after it: it was cut in the middle of a phrase."""
    return words[-1].lower().strip("\"“”'‘’,;:") in _DANGLING_END \
        and not _POINTING_THAT.fullmatch(" ".join(words[-2:]).lower())


# a count opening a claim is its subject: "at least nine nurses", "more than 200 people", "about $4 million"
_QUANTITY_OPENER = re.compile(r"(?:at\s+(?:least|most)|more\s+than|less\s+than|fewer\s+than|about|around|nearly|"
                              r"almost|roughly|up\s+to|some)\s+(?:\$|£|€)?(?:\d|one\b|two\b|three\b|four\b|five\b|"
                              r"six\b|seven\b|eight\b|nine\b|ten\b|a\s+(?:dozen|hundred|thousand|third|quarter|half)\b)",
                              re.IGNORECASE)


def opens_on_quantity(clause: str) -> bool:
    """The clause opens on a count, which is its subject: "at least 41 bodies had been recovered"."""
    return _QUANTITY_OPENER.match(clause) is not None


def opens_on_bare_subject(clause: str) -> bool:
    """The clause's subject is a noun with no determiner, then an auxiliary: "asset sales were on the table"."""
    return _BARE_SUBJECT_CLAUSE.match(clause) is not None


# "shooting began shortly after midnight", "fighting resumed": a gerund as the subject of a past verb
_GERUND_THEN_PAST = re.compile(r"[a-z]{3,}ing\s+(?:began|broke|stopped|resumed|continued|started|spread|erupted|"
                               r"ended|eased|intensified|subsided|was|were|had|has|is|are)\b")


def _stands_alone(words: list[str], after_that: bool = False) -> bool:
    """Whether the claim reads as a clause of its own: it opens with a capital, a digit or a
    determiner ("because he was not authorized …", "in the region said …" do not), and does not
    stop on a function word ("… closely and"). After "argue that" a bare noun opens a clause too."""
    first = words[0].strip("\"“”'‘’(").replace("[", "").replace("]", "")
    if _QUANTITY_OPENER.match(" ".join(words)):
        return not _ends_dangling(words)  # "at least nine nurses could lose ..."
    bare_after_that = after_that and first.replace("-", "").isalpha() and first.islower() \
        and first not in _NOT_A_SUBJECT and first not in _NO_SUBJECT_AFTER_THAT and not first.endswith("ly") \
        and len(words) >= 4 and _bare_plural_subject([word.lower() for word in words[:3]])
    if not first or (first[:1].islower() and not bare_after_that and not _plural_with(words)
                     and first.lower() not in COMMON_OPENERS
                     and first.lower() not in NUMBER_WORDS and not _BARE_SUBJECT_CLAUSE.match(" ".join(words))
                     and not _GERUND_THEN_PAST.match(" ".join(words))):
        return False
    if all(word[:1].isupper() for word in words):
        return False  # "Laurence H. Tribe": a name, not something said
    if first.lower() in _NOT_A_SUBJECT or (first[:1].isupper() and first.lower().endswith(("ly", "ing"))):
        return False  # "Under the new program", "Deeply divided about ...", "Bemoaning the ...": no subject
    return not _ends_dangling(words)


# an auxiliary, a past tense or a common irregular verb: what makes a count a clause
_A_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|did|do|"
                     r"does|[a-z]{2,}ed|sank|fell|rose|fled|took|went|came|left|ran|won|lost|hit|got|made|saw|met|"
                     r"spent|paid|sold|fought|began|became|grew|struck|shot|stood|held|kept|remain|remains|face|"
                     r"faces|need|needs|say|says)\b")
# an estimate put on a figure: "estimated the losses at around 20,000 tonnes", "put the death toll at 41"
PUT_AT = re.compile(r"\s+(?P<verb>estimated|estimates|estimate|put|puts|placed|places)\s+"
                    r"(?P<what>the\s+(?:[a-z][\w\-]*\s+){0,5}?[a-z][\w\-]*)\s+at\s+"
                    r"(?P<amount>(?:(?:about|around|nearly|almost|roughly|more\s+than|less\s+than|at\s+least|"
                    r"up\s+to|some|over|under)\s+)?(?:[$£€]\s?)?\d(?:[^,;]|,(?=\d))*)")
# where the estimating source works, between it and its verb: "Analysts | at Carnegie | estimated ..."
_AT_BODY = re.compile(r"(?:\s+(?:at|of|from|with)\s+(?:the\s+)?[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,3})?")


def estimate_in(after: str) -> re.Match[str] | None:
    """The estimate that follows a source phrase ("estimated the losses at ..."), perhaps after where the source
    works ("at Carnegie estimated ..."), or None."""
    at_body = _AT_BODY.match(after)
    return PUT_AT.match(after) or (PUT_AT.match(after, at_body.end()) if at_body else None)


def estimate_claim(put: re.Match[str]) -> str:
    """The figure an estimate puts on something, as a clause: "estimated the losses at around 20,000 tonnes" ->
    "the losses were around 20,000 tonnes" (`put` is a match of `PUT_AT`)."""
    what = put.group("what")
    head = what.split(" of ")[0]  # "the cost of the repairs" is one cost
    plural = head.endswith("s") and not head.endswith("ss")
    past = put.group("verb").lower() in ("estimated", "put", "placed")
    verb = ("were" if plural else "was") if past else ("are" if plural else "is")
    return f"{what} {verb} {put.group('amount')}"


def claim_after_source(before: str, rest: str, common: frozenset[str] | set[str]) -> str | None:
    """The claim in `rest`, what follows a source phrase with nothing after it to cut at. After "According to X,"
    it is a main clause past where X sits ("According to a source at the ministry, | talks have stalled"), so a
    bare plural may open it ("talks with Gazprom have stalled")."""
    opening = _ACCORDING_OPENS.match(before)
    where = _WHERE_THEN_COMMA.match(rest) if opening else None
    if where:
        rest = rest[where.end():]
    return trim_claim(rest, common, after_that=bool(opening)) if len(rest.split()) >= 4 else None


_ACCORDING_OPENS = re.compile(r"\s*according\s+to\s+$", re.IGNORECASE)
# where the source sits, between it and the comma its claim follows
_WHERE_THEN_COMMA = re.compile(r"(?:in|at|inside|within|from|with|close\s+to|familiar\s+with)\s+[^,;“”\"]{1,60}?,\s*",
                               re.IGNORECASE)


_THING_OWNED = re.compile(r"\b(the\s+[a-z][\w\-]*['’]s)\s")
_PLACE_OWNER = re.compile(r"\b(?:in|at|inside|within)\s+(the\s+[a-z][\w\-]*)\s+(?:said|says|told|added)\b")
_ITS = re.compile(r"its\s+(?=\w)", re.IGNORECASE)


def its_owner_named(claim: str, before: str) -> str:
    """A claim opening on "its" with the one thing the words before it own: "people familiar with the refinery's
    operations said its main unit was shut" -> "the refinery's main unit was shut", "a source in the agency said
    its operation" -> "the agency's operation"; else the claim as it is."""
    its = _ITS.match(claim)
    if its is None:
        return claim
    things = _THING_OWNED.findall(before) + [f"{body}’s" if "’" in before else f"{body}'s"
                                             for body in _PLACE_OWNER.findall(before)]
    return f"{things[0]} {claim[its.end():]}" if len(things) == 1 else claim


# who relayed a claim, at its end: ", according to the state news agency Tiber Wire"
_RELAY_AT_END = re.compile(r",\s+(?:according\s+to|citing|as\s+reported\s+by)\s[^,;]{2,90}$", re.IGNORECASE)


def without_relay(claim: str) -> str:
    """The claim without the relay at its end: "X had Y, according to RIA" -> "X had Y"."""
    return _RELAY_AT_END.sub("", claim)
