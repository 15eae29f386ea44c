"""Brief-ready wording for a caveat: one sentence for the Sourcing caveats section naming what rests on what.

"A senior White House official confirmed ... that President Trump was backing a 28-point plan"
becomes "That President Trump was backing a 28-point plan rests on one anonymous senior White
House official." The claim is read from the sentence the cue sits in: the clause after "that"
following a verb of saying, else the rest of the sentence once the source phrase is taken out.
The analyst edits the sentence before accepting it; the evidence and the cue stay as they are.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.claims import (
    COMMON_OPENERS,
    NUMBER_WORDS,
    SOFT_CUT,
    STOP_IN_QUOTE,
    claim_after_source,
    closing_quote_kept,
    estimate_claim,
    estimate_in,
    its_owner_named,
    trim_claim,
    without_relay,
)
from briefing.analysis.groupclauses import ADVERBIAL_OPENING, clause_at, own_clause
from briefing.analysis.groupviews import CLAIM_JUDGED, VIEW_CUE
from briefing.analysis.pointing import NEITHER_ACCOUNT, named_unconfirmed, points_back, unconfirmed_report
from briefing.analysis.shared import MAX_EXCERPT_WORDS, excerpt
from briefing.analysis.text import REPORT_LABEL, Sentence

# a day or a time between a verb of saying and its "that": "said Friday that ..."
_WHEN = (r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
         r"(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|earlier|"
         r"last\s+week|this\s+week|on\s+\w+|in\s+\w+|"
         # "said in a statement that", "said in a written statement on Friday that"
         r"in\s+(?:a|an|its|his|her|their|the)\s+(?:\w+\s+)?(?:statement|interview|post|letter|speech|email|e-mail|"
         r"tweet|note|briefing)(?:\s+on\s+\w+)?)\s+")

_SAYING_THAT = re.compile(
    r"\b(?:said|says|say|told|tells|confirmed|confirms|added|warned|insisted|claimed|believes?|believed|"
    r"argue|argued|argues|claims|insist|insists|warn|warns|contend|contends|contended|maintain|maintains|noted|suggested|acknowledged|reported|reports|indicated|indicates|shows|showed|found|"
    r"points?\s+out|pointed\s+out|concluded|concludes|admit|admitted|admits|concede|conceded|concedes|"
    r"acknowledge|acknowledges|agree|agrees|agreed|fear|fears|feared|expect|expects|expected|predicted|predicts|"
    r"complain|complains|complained|"
    r"estimated|estimates|estimate|projected|projects|calculated|forecast|"
    r"(?:told|confirmed\s+to)\s+[\w\s.]{1,40}?)\s+(?:" + _WHEN + ")?"
    r"(?:(?:only|also|later|earlier|again|privately|publicly)\s+)?(?:that\s+)(?P<claim>.+)",
    re.IGNORECASE | re.DOTALL)
# "said the crew would be questioned": the reported clause without "that", right after a verb of saying
_SAYING_BARE = re.compile(
    r"^[^;\"“”]{0,120}?\b(?:(?:has|have|had|also|later|earlier)\s+)?"
    r"(?:said|says|say|added|told\s+(?:reporters|journalists)|believe|believes|believed|think|thinks|thought|"
    r"claim|claims|insist|insists|insisted|argue|argues|argued|contend|contends|maintain|maintains)\s+"
    + "(?:" + _WHEN + r")?(?P<claim>.+)",
    re.IGNORECASE | re.DOTALL)
# a relative clause set off by commas inside the claim: no part of what is claimed
_RELATIVE_ASIDE = re.compile(r",\s+(?:where|which|who|whose)\s[^,;:\"“”]{1,100},(?=\s)")
_DASH_ASIDE = re.compile(r"\s[—–]\s[^—–]{1,80}?\s[—–](?=\s)")
_DETERMINERS = ("a", "an", "the", "one", "another")
_WHO_WITNESSED = re.compile(r"\swho\s+(?:attended|witnessed|took\s+part|(?:was|were)\s+present|saw|heard|reviewed|"
                            r"(?:has|have|had)\s+(?:seen|read|reviewed))\b")
_SOURCE_PHRASE_END = re.compile(r",|\s(?:who|which|speaking|spoke|said|says|told)\b")


def claim_of(sentence: Sentence, start: int, end: int, common: frozenset[str] | set[str] = frozenset()
             ) -> str | None:
    """What the sentence says on the authority of the phrase at [start, end): a clause, trimmed."""
    body = sentence.text
    rel_start, rel_end = start - sentence.start, end - sentence.start
    after = body[rel_end:]
    owner = _WHICH_THEY_SAY.search(body, 0, rel_start) if ", which " in body[:rel_start] else None
    told = _SAY_IS.match(after) if owner is not None else None
    if owner is not None and told is not None:
        # "The M23, which U.N. experts say is backed by Rwanda, denied ...": what they say of the name before
        return trim_claim(f"{owner.group('subject')} {told.group('verb')} {told.group('rest')}", common)
    that = _WHEN_THAT.match(after)
    if that:
        after = after[that.end():]  # "the Times reported Saturday that it had ...": what follows "that"
    if (that or _ENDS_IN_THAT.search(body, 0, rel_end)) and len(after.split()) >= 3:
        # "amid reports that the couple had planned ...", "... told the agency that its main unit ..."
        return trim_claim(its_owner_named(after, body[:rel_end + (that.end() if that else 0)]), common,
                          after_that=True)
    if _SPEAKER_BEFORE.match(body, rel_start):  # "told CNN": who spoke stands before the relay
        quoted = _QUOTE_THEN_SAID.match(body)
        if quoted:
            return _quote(excerpt(quoted.group("quote")))  # "“…,” Lind told the Herald": the quotation
        claim = trim_claim(after, common)  # "Lind told CNN the plan was dead": not "Lind"
        if claim or "," not in body[:rel_start]:
            return claim
    put = estimate_in(after)
    if put:  # "estimated the losses at around 20,000 tonnes": the losses were around 20,000 tonnes
        claim = trim_claim(estimate_claim(put), common)
        if claim:
            return claim
    after = _DASH_ASIDE.sub(" ", after)  # "would argue — and Lind presumably believes — that ...": the aside apart
    lowered = after.lower()
    for pattern in (_SAYING_THAT, _SAYING_BARE):
        if pattern is _SAYING_THAT and "that" not in lowered:
            continue  # the verb alternation is costly to search for, and needs its "that"
        match = pattern.search(after)
        claim = None
        if match:
            owned = its_owner_named(match.group("claim"), body[:rel_end] + after[:match.start("claim")])
            claim = trim_claim(owned, common, after_that=pattern is _SAYING_THAT)
        if match and not claim and _THEY.match(match.group("claim")) and _plural_group(body[rel_start:rel_end]) \
                and not after.startswith(" of ") and " of the " not in body[rel_start:rel_end]:
            # "Critics of the deal say they ...": the deal's, or the critics?
            # "members of her own party said they would not back cuts": "they" are the members the caveat names
            claim = trim_claim(match.group("claim"), common, they=True)
        if match and not claim and _HE_OR_SHE.match(match.group("claim")):
            owner = _OWNER_NAMED.search(body, 0, rel_end)
            if owner:  # "Aides to Sen. Ana Berg said she wanted a cap": "she" is the senator their phrase names
                claim = trim_claim(_HE_OR_SHE.sub(owner.group("surname") + " ", match.group("claim"), count=1), common)
        if claim:
            return claim
    if _COORDINATED.search(body, 0, rel_start):
        return None  # "X happened, and some members said they would ...": X is not what the members said
    if _AS_BEFORE.search(body, 0, rel_start) and _SAID_SOMETHING.match(after):
        return None  # "X happened as members said they would ...": not X (but "X, as aides said, ..." is X)
    if _ENDS_IN_SAYING.search(body, 0, rel_end) and len(after.split()) >= 3:
        # "... after the report that suggested they were careless": what follows is what it said, never what came
        # before ("the study found 31 cases of fraud": "31 cases of fraud")
        return trim_claim(after, common)
    aside = _ASIDE_SAID.match(after)
    if aside and _COMMA_BEFORE.search(body, 0, rel_start):
        # "Whatever progress he has made, officials said, could be undone": the sentence around the aside
        rest = "" if _ABOUT_THE_SOURCE.match(aside.group("rest")) else f" {aside.group('rest')}"
        # "A deal could come next week, two of the people said, asking not to be identified": not the claim's
        claim = trim_claim(f"{body[:rel_start].rstrip(' ,')}{rest}", common)
        if claim:
            return claim
    opening = _WORDS_ASIDE_OPENS.search(body, max(0, rel_start - 24), rel_start)
    closing = _WORDS_ASIDE_CLOSES.match(after) if opening else None
    if opening and closing and (closing.group("put") or not opening.group(0).strip(" ,").lower().startswith("as")):
        # "The losses are, as one board member put it, a slow leak": the sentence around the aside
        claim = trim_claim(f"{body[:opening.start()]} {closing.group('rest')}", common)
        if claim:
            return STOP_IN_QUOTE.sub(r"\1", claim)  # 'the offer "does not pay."' ends without its stop
    if _RELATIVE_BEFORE.search(body, max(0, rel_start - 8), rel_start):
        return None  # "The yield rose, which analysts said reflected ...": what they said is about the clause before
    if _WHEN_REPORTED.search(body, max(0, rel_start - 12), rel_start):
        return None  # "Shares rose after Bloomberg News first reported the talks": what it reported is not the rise
    relative = _WHICH_RELAYED.search(body, 0, rel_start)
    if relative and body[rel_start:rel_end].lower().startswith("according to"):
        # "..., on the Danube route, which has carried a quarter of exports, according to data from X": what X says
        claim = trim_claim(f"{relative.group('noun')} {relative.group('predicate')}", common)
        if claim:
            return claim
    before = closing_quote_kept(body[:rel_start].rstrip(" ,—–-"))
    before = re.sub(r"(?:,\s*)?\b(?:according\s+to|as|said|says|told)$", "", before, flags=re.IGNORECASE).rstrip(" ,")
    before = _RELATIVE_ASIDE.sub("", before)  # "Belgium, where most of the assets are held, has demanded ..."
    if _TIME_ONLY.fullmatch(before) and len(after.split()) >= 3:
        return trim_claim(after, common)  # "A few days ago in an interview with RT he blasted ...": what he said
    # the main clause: the first comma-separated part that is not a subordinate opener ("Just days after ...")
    pieces = re.split(r",\s+", before)
    parts = [p for p in pieces if len(p.split()) >= 4 and not _SUBORDINATE.match(p)]
    said = _VERB_THEN_THAT.search(parts[0]) if parts and "that" in parts[0] else None
    claim = trim_claim(said.group("claim"), common) if said else None  # "consultants estimated in 2023 that X": X
    if not claim and parts:
        claim = trim_claim(parts[0], common)
    if claim:
        return claim
    # "The ship, operated by ..., was boarded before dawn": the subject, then the part its verb opens
    verb_part = next((p for p in pieces[1:] if _FINITE_OPENER.match(p)), None)
    if verb_part and 1 <= len(pieces[0].split()) <= 4 and not _SUBORDINATE.match(pieces[0]):
        claim = trim_claim(f"{pieces[0]} {verb_part}", common)
        if claim:
            return claim
    if parts:
        return None
    subject = before.strip()
    if 1 <= len(subject.split()) <= 4 and not _SUBORDINATE.match(subject):
        # "The plan, according to reports by A, B and C, calls for ...": the subject, then its verb phrase
        predicate = next((p for p in re.split(r",\s+", after) if p[:1].islower() and len(p.split()) >= 3
                          and p.split()[0] not in COMMON_OPENERS and p.split()[0] not in ("and", "or")), None)
        if predicate:
            return trim_claim(f"{subject} {predicate}", common)
    rest = re.sub(r"^[\s,]*(?:(?:(?:has|have|had)\s+)?(?:said|say|says|told\s+\w+|added)\b[\s,]*)?", "", after,
                  flags=re.IGNORECASE)  # "According to X, Estmark would ...": the claim follows the comma
    return claim_after_source(body[:rel_start], rest, common)


# the person whose people the source phrase names, at its end: "Aides to Sen. Ana Berg"
_WHICH_THEY_SAY = re.compile(r"(?P<subject>(?:[Tt]he\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}),\s+which\s+"
                             r"(?:[^,;]{0,40}?\s+and\s+)?$")
_SAY_IS = re.compile(r"\s+(?:say|says|said|believe|believes)\s+(?P<verb>is|was|are|were|has|had)\s+"
                     r"(?P<rest>[^,;]{3,120})")
_OWNER_NAMED = re.compile(r"\b(?:to|of|for|close\s+to)\s+(?:(?:Sen|Rep|Gov|Mr|Mrs|Ms|Dr|Gen)\.\s+|(?:President|Senator|"
                          r"Governor|Minister|Mayor)\s+)?(?:[A-Z][\w'’\-]+\s+){0,2}(?P<surname>[A-Z][\w'’\-]+)"
                          r"(?:,[^,]{1,80},)?\s*$")
_HE_OR_SHE = re.compile(r"(?:he|she)\s+", re.IGNORECASE)
_VERB_THEN_THAT = re.compile(r"\b(?:said|says|found|finds|concluded|estimated|estimates|predicted|projected|calculated|"
                             r"warned|argued|claimed|believed|reported|showed|shows|suggested|noted|concede|concedes|"
                             r"conceded|admit|admits|admitted|acknowledge|acknowledged|fear|fears|feared)\b"
                             r"[^,;“”\"]{0,40}?\bthat\s+(?P<claim>.+)", re.IGNORECASE | re.DOTALL)
_ENDS_IN_THAT = re.compile(r"\bthat\s*$", re.IGNORECASE)
# a source set off by commas inside its claim: ", officials said, could be undone"
_ASIDE_SAID = re.compile(r"\s+(?:said|say|says|added|noted|believe|believes|argue|argued)(?:\s+\w+day)?,\s+"
                         r"(?P<rest>[a-z].+)", re.DOTALL)
# words the writer borrows from an unnamed source: ", as one board member put it," and ", in the words of an aide,"
_ABOUT_THE_SOURCE = re.compile(r"(?:asking|speaking|requesting|declining|citing|adding|noting|saying|because|who|"
                               r"without|according)\b", re.IGNORECASE)
_WORDS_ASIDE_OPENS = re.compile(r"(?:^|,)\s*(?:as|in\s+the\s+words\s+of)\s+$", re.IGNORECASE)
_WORDS_ASIDE_CLOSES = re.compile(r"(?P<put>\s+(?:put\s+it|puts\s+it|said|says|noted|wrote))?,\s+(?P<rest>.+)",
                                 re.DOTALL)
_COMMA_BEFORE = re.compile(r"\w,\s+(?:\w+\s+){0,3}$")
_THEY = re.compile(r"they\s", re.IGNORECASE)


def _plural_group(phrase: str) -> bool:
    """The source phrase names people in the plural ("members of her own party", "two officials")."""
    head = re.split(r"\s(?:of|in|at|from|to|with|who|familiar|close)\s|,", phrase, maxsplit=1)[0].split()
    return bool(head) and head[-1].lower().endswith("s") and not head[-1].lower().endswith("ss") \
        and not head[-1].endswith(("'s", "’s"))


_AS_BEFORE = re.compile(r"\sas\s+(?:(?:the|his|her|their)\s+)?(?:[\w'’\-]+\s+){0,3}$", re.IGNORECASE)
_SAID_SOMETHING = re.compile(r"(?:\s+of\s+[^,;]{1,40}?)?\s+(?:said|says|told\s+\w+)\s+(?!that\b)[a-z]")
_COORDINATED = re.compile(r"(?:,\s*|\s)(?:and|but|while|or)\s+(?:(?:some|many|most|one|two|several)\s+of\s+)?"
                          r"(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'’\-]+\s+){0,3}$", re.IGNORECASE)
# a relay that ends on its verb ("the F.B.I. report that suggested"): its claim follows, whatever came before
_ENDS_IN_SAYING = re.compile(r"\b(?:show|shows|showed|suggests?|suggested|indicates?|indicated|reveals?|revealed|"
                             r"found|finds|concluded|concludes|demonstrates|demonstrated)$")
_WHEN_THAT = re.compile(r"\s*(?:" + _WHEN + r")?that\s+")
# a relay that opens with the speaker's verb ("told CNN"): what comes before it is who spoke, not what was said
_SPEAKER_BEFORE = re.compile(r"(?:told|said|says|tells)\b", re.IGNORECASE)
_FINITE_OPENER = re.compile(r"(?:was|were|is|are|has|have|had|will|would|could|can|may|must|did|does)\s")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+$", re.IGNORECASE)
# the words before the subordinator say when ("Just days after", "Two weeks before", "Moments after"); any other word
# there is a subject and its verb ("Talks stalled on Wednesday after ...": a main clause)
_SUBORDINATE = re.compile(r"(?:(?:but|and|yet|so|or)\s+)?(?:just\s+|only\s+|even\s+)?"
                          r"(?:(?:a|an|the|\d+|one|two|three|four|five|six|several|few|"
                          r"shortly|soon|long|right|moments?|minutes?|hours?|days?|weeks?|months?|years?|"
                          r"decades?)\s+){0,2}?"
                          r"(?!at\s+(?:least|most)\b)"  # "At least four vessels had moved ...": a count, the subject
                          r"(?:after|before|when|while|as|if|since|until|although|though|"
                          r"because|despite|in|on|at|during|following|amid)\b", re.IGNORECASE)
# where a long claim can stop without losing its point: before a participle phrase or a preposition
def who_of(phrase: str, common: frozenset[str] | set[str] = frozenset()) -> str:
    """An unnamed source as the sentence will name it: "one anonymous senior White House official".

    `common` holds the words the source writes in lower case: "Civil rights activists" loses its
    sentence capital, "McConnell aides" keeps the capital of a name.
    """
    witnessed = _WHO_WITNESSED.search(phrase)
    # "three people who attended the meeting": how they know is part of who they are (unlike "who spoke on ...")
    core = phrase.strip(" ,") if witnessed and witnessed.start() > 0 else \
        _SOURCE_PHRASE_END.split(phrase, maxsplit=1)[0].strip()
    words = core.split()
    if not words or _CUE_ONLY.match(core):
        return "an unnamed source"  # "who spoke on condition of anonymity": the cue without its person
    first = words[0].lower()
    if core.lower() in ("someone", "somebody"):
        return "an unnamed person"  # not "one anonymous someone"
    if core.lower() == "others":
        return "other unnamed people"  # "others said", not "unnamed others"
    owner = next((i for i, word in enumerate(words[:-1]) if word.endswith(("'s", "’s"))), None)
    if owner is not None and all(word[:1].isupper() for word in words[:owner + 1]):
        # "Anna Lind's political allies": the allies are unnamed, not Anna Lind ("The Kremlin's spokesman": "the")
        whose = " ".join(words[:owner + 1])
        whose = "the" + whose[3:] if whose.startswith("The ") else whose
        return f"{whose} unnamed {' '.join(words[owner + 1:])}"
    if len(words) > 2 and first == "the" and words[1].lower().endswith(("'s", "’s")):
        # "The county's own energy advisers": the county's own unnamed energy advisers
        owned = 3 if words[2].lower() == "own" and len(words) > 3 else 2
        return f"the {' '.join(words[1:owned])} unnamed {' '.join(words[owned:])}"
    group = _GROUP_WORDS.match(core)
    if group and len(words) > 3:  # "A number of other members": the members are unnamed, not the number
        return f"{group.group(0).lower()}unnamed {_PERSON_AFTER.split(core[group.end():], maxsplit=1)[0]}"
    if len(words) > 2 and words[1].lower() == "of" and (first in NUMBER_WORDS or first in _PART_WORDS):
        # "Many of his supporters", "One of the aides": a part of a group ("officials of the board" are the group)
        if len(words) > 3 and words[2].lower() in _OF_DETERMINERS:
            return f"{first} of {words[2].lower()} unnamed {' '.join(words[3:])}"  # "two of the unnamed people"
        return f"{first} {' '.join(words[1:])} (unnamed)"
    # the head noun decides the number: "sources close to her campaign" are many, "a person familiar with" one
    head = _RELATION.split(core.split(" who ")[0], maxsplit=1)[0]
    plural = (head.endswith("s") and not head.endswith(("ss", "'s", "’s"))) or head.endswith(_PLURAL_ENDINGS)
    if first in ("a", "an", "one") and _GROUPS_BODY.search(core):  # "a grain traders' association": one body
        return f"an unnamed {lower_first(' '.join(words[1:]), common)}"
    if first in _DETERMINERS:
        rest = " ".join(words[2:] if len(words) > 2 and words[1].lower() in ("anonymous", "unnamed") else words[1:])
        if first == "another":
            return f"another anonymous {rest}"  # "citing another anonymous source": not "one anonymous anonymous"
        return f"unnamed {rest}" if plural else f"one anonymous {rest}"
    if first in NUMBER_WORDS:
        return f"{first} unnamed {' '.join(words[1:])}"
    if first in _POSSESSIVE_PRONOUNS or first in ("these", "those"):  # their / these unnamed supporters
        return f"{first} unnamed {' '.join(words[1:])}"
    core = lower_first(core, common)
    if first == "people" or plural:
        return f"unnamed {core}"
    return f"one anonymous {core}"


_GROUPS_BODY = re.compile(r"\w['’]\s+[a-z]+$")  # "traders' association": a body of the group, one source


# a source that would not say: "declined to comment", "a spokeswoman for the port refused to say whether ..."
_DECLINED = re.compile(r"\s+(?P<rest>(?:(?:for|of|at|with|from)\s+[^,;]{1,60}?\s+)?"
                       r"(?:has\s+|have\s+|had\s+)?(?:declined|refused)\s+(?:to\s+(?:comment|say|confirm|"
                       r"discuss|elaborate|specify|identify|disclose|speculate|answer|respond|give|provide|be\s+"
                       r"interviewed)|comment)\b.*"
                       # "said the department does not comment on ...": a policy of silence, said
                       r"|said\s+(?:that\s+)?(?:it|the\s+\w+)\s+(?:does|do)\s+not\s+comment\b.*)",
                       re.IGNORECASE | re.DOTALL)
_PART_WORDS = frozenset(["one", "none", "all", "each", "half", "any", "either", "neither"])
_OF_DETERMINERS = frozenset(["the", "his", "her", "their", "its", "our", "these", "those"])
_RELATION = re.compile(r"\s(?:close|closer|familiar|involved|privy|briefed|with|in|at|from|of|for|on|to)\s")
_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their", "its", "our"))
_GROUP_WORDS = re.compile(r"(?:an?|the)\s+(?:\w+\s+)?(?:number|group|handful|couple|dozen|slew|host|panel|team|"
                          r"coalition|delegation|majority|minority)\s+of\s+", re.IGNORECASE)
_PERSON_AFTER = re.compile(r"\s+(?:I|we|he|she|they)(?:\s|$)")  # "tax experts I spoke to": the experts, not "I"
_CUE_ONLY = re.compile(r"(?:who|speaking|spoke|on\s+condition|asked|requested|declined|refused|not\s+authori)\b",
                       re.IGNORECASE)
_PLURAL_ENDINGS = ("spokesmen", "spokeswomen", "spokespeople", "people")  # plurals without an -s


def lower_first(text: str, common: frozenset[str] | set[str]) -> str:
    """The phrase with its sentence capital dropped, unless its first word is a name ("McConnell aides")."""
    words = text.split()
    first = words[0]
    if len(words) == 1 or first.lower() in _SOURCE_NOUNS or first in ("The", "A", "An"):
        return text[0].lower() + text[1:]  # "Strategists", "People familiar with the talks", "A diplomat"
    if words[1][:1].isupper() and first.lower() not in lx.TITLE_WORDS and first.lower() not in _COMMON_ADJECTIVES \
            and first.lower() not in ("the", "a", "an"):
        return text  # "United Nations experts", "Tea Party supporters": a name of several words, whatever its words
    if first.lower() in common:
        return text[0].lower() + text[1:]  # a word the source writes in lower case elsewhere: a common word
    if lx.is_nationality(first):
        return text  # "Democratic leaders", "French officials": a party or a nation keeps its capital
    if first[1:].islower() and first.lower().endswith(_ABSTRACT_ENDINGS):
        return text[0].lower() + text[1:]  # "Immigration advocates": an abstract noun, no name, in front
    if not first[1:].islower() or (first.lower() not in lx.COMMON_CAPITALIZED and first.lower() not in
                                   lx.TITLE_WORDS and first.lower() not in _COMMON_ADJECTIVES
                                   and not first.lower().endswith(_ADJECTIVE_ENDINGS)):
        return text
    return text[0].lower() + text[1:]


# an opening word that is an adjective or a common noun, not a name: "Senior officials", "Party leaders"
_COMMON_ADJECTIVES = frozenset(["senior", "top", "former", "other", "local", "some", "many", "party", "campaign",
                                "government", "administration", "city", "state", "police", "military", "defense",
                                "defence", "security", "intelligence", "industry", "union", "business", "legal",
                                "health"])
_SOURCE_NOUNS = wl.word_set("source_nouns")
# "Critics of the deal say it would ...": what the group is of, its verb, and a pronoun that stands for it
_OWNED_THEN_PRONOUN = re.compile(r"\s+of\s+(?P<owner>the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:say|says|said|argue|argues|"
                                 r"argued|warn|warns|warned|believe|believes|believed|contend|contends|contended)"
                                 r"\s+(?:that\s+)?(?P<pronoun>it|they)\s+(?P<rest>\w.+)", re.DOTALL)
# "People familiar with the distributor's operations said it supplies ...": "it" is the distributor
_POSSESSOR_THEN_PRONOUN = re.compile(r"\s+(?:with|to)\s+(?P<owner>the\s+[a-z]+(?:\s+[a-z]+)?)['’]s\s+[a-z]+\s+"
                                     r"(?:say|says|said|told\s+\w+)\s+(?:that\s+)?(?P<pronoun>it|they)\s+(?P<rest>\w.+)",
                                     re.DOTALL)
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ship", "ism")
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ior", "ent", "ant", "ed", "ing", "ern")


def _owned_then_pronoun(sentence: Sentence, span: tuple[int, int]) -> re.Match[str] | None:
    """"Critics | of the deal say it ...", or with "of the deal" inside the source phrase: the pronoun's owner."""
    end = span[1] - sentence.start
    inner = sentence.text.rfind(" of ", span[0] - sentence.start, end)
    familiar = max(sentence.text.rfind(" with ", span[0] - sentence.start, end),
                   sentence.text.rfind(" to ", span[0] - sentence.start, end))
    return _OWNED_THEN_PRONOUN.match(sentence.text, end) or (
        _OWNED_THEN_PRONOUN.match(sentence.text, inner) if inner >= 0 else None) or (
        _POSSESSOR_THEN_PRONOUN.match(sentence.text, familiar) if familiar >= 0 else None)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _quote(text: str) -> str:
    """The text in quotation marks; a quotation inside it takes single marks, as quotations nest."""
    inner = re.sub(r'"([^"]*)"', r"‘\1’", " ".join(text.split())).replace("“", "‘").replace("”", "’")
    return f"“{inner}”"


_TRAILING_THAT = re.compile(r"\s+that$")
# an opening that only says when: no claim of its own
_TIME_ONLY = re.compile(r"(?:(?:a|an|the|two|three|several|some)\s+)?(?:few\s+)?(?:days?|weeks?|months?|years?|hours?)"
                        r"\s+(?:ago|earlier|later)|(?:on|last|this|earlier|later\s+on)\s+\w+(?:\s+\w+)?"
                        r"|yesterday|today|earlier|recently|later", re.IGNORECASE)


_AND_THAT_ITS = re.compile(r",?\s+and\s+(that\s+(?:it|its)\s)")
_VIEW_THEN_COLON = re.compile(r"\s+(?:are|is|were|was|remain|remained)\s+(?:[a-z]+\s+){0,2}[a-z]+:\s+(?P<claim>.+)$")


def propose(kind: str, phrase: str, cue: str, sentence: Sentence | None, span: tuple[int, int], *,
            source_label: str = "", common: frozenset[str] | set[str] = frozenset(),
            previous: Sentence | None = None, earlier: Sentence | None = None) -> str:
    """The sentence a caveat of `kind` proposes for the brief; `phrase` is the caveat's own text.

    `common` holds the words the source writes in lower case: a claim opening with one of them
    ("Rescuers were still searching") loses its sentence capital inside "That ...". `previous` is the
    sentence before in the same paragraph: "The claim could not be verified" is about what it says; `earlier`
    the one before that, the other side of "Neither account could be verified".
    """
    claim = claim_of(sentence, *span, common) if sentence is not None else None
    flat = " ".join(phrase.split()).rstrip(".")
    if kind == "anonymous-source":
        who = who_of(flat, common)
        declined = _DECLINED.match(sentence.text, span[1] - sentence.start) if sentence is not None else None
        if declined:
            # "Officials declined to say whether ...", "A Nordwald spokeswoman declined to comment": nothing rests on
            # them, and the caveat says so: the other side is missing
            who = re.sub(r"^one anonymous ", "an unnamed ", who)
            return f"{_capital(who)} {closing_quote_kept(' '.join(declined.group('rest').split()).rstrip(' .'))}."
        opening = ADVERBIAL_OPENING.match(sentence.text) if cue.startswith(VIEW_CUE) and sentence else None
        if opening and sentence and opening.start("phrase") < span[0] - sentence.start < opening.end("phrase"):
            # "Despite the outrage from foreign leaders, ...": the reaction in the opening phrase is the view
            return f"{_capital(' '.join(opening.group('phrase').split()))} rests on no named source."
        colon = _VIEW_THEN_COLON.match(sentence.text, span[1] - sentence.start) if sentence is not None else None
        held = colon.group("claim").rstrip(" .") if colon and 3 <= len(colon.group("claim").split()) <= 25 else None
        if held:  # "Independent analysts are more sceptical: repairs ... require Western parts": what they hold
            return f"That {held} rests on {who}."
        statement = _view_statement(clause_at(sentence, span[0]), common) \
            if cue.startswith(VIEW_CUE) and sentence else None
        if statement:  # "Party leaders want no repeat ...": the whole statement is the view, and it names no one
            return f"That {statement} rests on no named source."
        judged = CLAIM_JUDGED.search(sentence.text, 0, span[0] - sentence.start) if sentence is not None else None
        if claim and judged:  # "..., a claim rejected by United Nations experts": the rejection rests on them
            return f"That {claim} is {judged.group('verb').lower()} by {who}."
        if claim:
            return f"That {claim} rests on {who}."
        owned = _owned_then_pronoun(sentence, span) if sentence is not None else None
        if owned and (owned.group("pronoun").lower() == "it") != owned.group("owner").endswith("s"):
            # "Critics of the deal say it would do little": "it" is the deal the critics are critics of
            claim = trim_claim(f"{owned.group('owner')} {owned.group('rest')}", common)
            if claim:
                whose = flat if flat.endswith(f" of {owned.group(1)}") or owned.re is _POSSESSOR_THEN_PRONOUN \
                    else f"{flat} of {owned.group(1)}"
                return f"That {claim} rests on {who_of(whose, common)}."
        plural = who.split()[0] in ("unnamed", *NUMBER_WORDS) or (
            " unnamed " in who and who.endswith(("s", *_PLURAL_ENDINGS)))
        # the phrase is the source itself ("Two diplomats"): what rests on it is the sentence it speaks in, or
        # the quotation it opens with ("“We were told it was safe,” said one shop owner")
        quoted = _QUOTE_THEN_SAID.match(sentence.text) if sentence is not None else None
        their_clause = own_clause(sentence, span[0]) if sentence is not None else ""
        passage = quoted.group("quote") if quoted else excerpt(their_clause or sentence.text) \
            if sentence is not None else flat  # "..., but officials hope to ...": their clause, not the sentence
        return f"{_capital(who)} {'are' if plural else 'is'} the only source of {_quote(passage)}."
    if kind == "second-hand" and cue == "reports of":  # "amid reports that ...": reports of no one in particular
        if claim and not flat.endswith(" of"):  # "reports of a possible attack": a thing reported, not a clause
            return f"That {claim} rests on unattributed reports."
        passage = excerpt(sentence.text) if sentence is not None else flat
        return f"Unattributed reports are the only source of {_quote(passage)}."
    if kind == "second-hand" and cue == "quoted from a document" and sentence is not None:
        # "From the report: “…”": what rests on the document is the quotation after the colon
        quotation = sentence.text[span[1] - sentence.start:].lstrip(" :").strip("“”\"‘’' ")
        document = re.sub(r"^(?:more\s+)?from\s+", "", flat, flags=re.IGNORECASE)
        return f"Second-hand (quoted from {document}): {_quote(excerpt(quotation).rstrip('.'))}."
    if kind == "second-hand":
        relay = flat[0].lower() + flat[1:] if flat[:1].isupper() and flat.split()[0].lower() in (
            *COMMON_OPENERS, "according", "citing", "as", "unconfirmed", "unverified") else flat
        relay = _TRAILING_THAT.sub("", relay)  # "(the Herald reports)", not "(the Herald reports that)"
        if claim:
            return f"That {claim} is second-hand ({relay})."
        if sentence is None:
            return f"Second-hand: {relay}."
        quoted = _QUOTE_THEN_SAID.match(sentence.text)
        return f"Second-hand ({relay}): {_quote(quoted.group('quote') if quoted else excerpt(sentence.text))}."
    if kind == "self-interested":
        if flat[:1].islower() and sentence is not None and \
                sentence.text[span[0] - sentence.start - 1:span[0] - sentence.start] in ('"', "“"):
            # 'A spokeswoman said the cooperative "does not comment on market rumours"': the words inside the
            # quotation name no party, so the sentence up to them is the statement
            flat = closing_quote_kept(" ".join(sentence.text[:span[1] - sentence.start].split()) + '"')
        parts = re.split(r"\s[—–]\s|\s--\s|;\s", flat)
        anchor = cue.split(" assesses ", maxsplit=1)[0] if " assesses " in cue else " said "
        part = next((p for p in parts if anchor in p), parts[0])
        labelled = REPORT_LABEL.match(part)  # "3. Air: Ukraine's air force said ...": the report's label goes
        part = re.sub(r"^(?:In|On|At|During|After|Before)\b[^,]{0,60},\s+", "",
                      part[labelled.end():] if labelled else part)
        part = part[:1].upper() + part[1:]
        own = _AND_THAT_ITS.search(part)
        if own and " said " in part[:own.start()] and not re.search(r"\bits\b", part[:own.start()]):
            # "... said that X, and that its reforms had saved ...": the part that is the party's own
            part = f"{part[:part.index(' said ') + 6]}{part[own.start(1):]}"
        if len(part.split()) > 20:
            soft = [m.start() for m in SOFT_CUT.finditer(part) if len(part[:m.start()].split()) >= 16]
            if soft:
                part = part[:soft[0]]
        note = "a body judging its own policy" if " assesses " in cue else "a party describing its own actions"
        return f"Self-interested ({note}): {part.rstrip('.')}."
    if kind == "single-source":  # a source's title is quoted ("Port of Velmar to reopen"), an outlet named as it is
        who = (_quote(source_label) if len(source_label.split()) >= 4 else source_label) or "one source"
        return f"Carried only by {who}: {flat}."
    label = {"unconfirmed": "Not independently confirmed", "hedged": "Hedged in the source",
             "disputed": "Disputed"}.get(kind, _capital(kind.replace("-", " ")))
    if kind == "unconfirmed" and "officially" in cue.lower():
        label = "Not officially confirmed"  # no announcement yet: not the same as a claim no one could check
    cue_note = f" ({_quote(cue)})" if cue and kind == "hedged" else ""
    if _APPOSED_CLAIM.match(flat) and sentence is not None:
        # "..., a claim that could not be verified": what could not be verified is the sentence before the comma
        flat = " ".join(sentence.text[:span[0] - sentence.start].split()).rstrip(" ,")
    elif kind == "unconfirmed" and _BUT_THIS.match(flat) and sentence is not None and \
            len(sentence.text[:span[0] - sentence.start].split()) >= 4:
        # "X said 12 people had died, but the figure could not be verified": what could not be is what came first
        flat = " ".join(sentence.text[:span[0] - sentence.start].split()).rstrip(" ,")
    elif kind == "unconfirmed" and sentence is not None and _SEMICOLON_BEFORE.search(
            sentence.text, 0, span[0] - sentence.start) and points_back(_capital(flat)):
        # "X said 43 people were detained; the figures could not be verified": the clause before the semicolon
        flat = " ".join(sentence.text[:span[0] - sentence.start].split()).rstrip(" ;,")
    elif _FRAGMENT_OPENER.match(flat) and sentence is not None:
        # "but this could not be verified", "which the company says ...": the clause points back to what
        # the sentence said before it, so the caveat quotes the sentence up to the end of the clause
        flat = " ".join(sentence.text[:span[1] - sentence.start].split()).rstrip(" .,")
    elif kind == "unconfirmed" and previous is not None and earlier is not None and NEITHER_ACCOUNT.match(flat):
        # "Ukraine's navy said it struck a ship. Russia denied it. Neither claim could be confirmed": both sides
        sides = [lower_first(" ".join(s.text.split()).rstrip(" ."), common) for s in (earlier, previous)]
        return f"Not independently confirmed: {sides[0]}; {sides[1]}."
    elif kind == "unconfirmed" and previous is not None and points_back(flat):
        # "The claim could not be independently verified": what could not be is what the sentence before says
        flat = lower_first(without_relay(" ".join(previous.text.split()).rstrip(" .")), common)
    elif kind == "unconfirmed" and (reports := unconfirmed_report(flat)) is not None:  # "There are ... reports that X"
        return f"{label}: {reports[0]}" + (f" ({reports[1]})." if reports[1] else ".")
    elif kind == "unconfirmed" and (named := named_unconfirmed(flat)) is not None:
        flat = lower_first(named.group("what"), common)  # "The extension of the ban has not been confirmed"
    clause = _closed_quotation(re.split(r"\s[—–]\s|\s--\s|;\s", flat, maxsplit=1)[0])
    return f"{label}{cue_note}: {clause}."


# the end of a quotation whose opening mark is in an earlier sentence, and who said it
_QUOTATION_END = re.compile(r"(?P<quote>[^“”\"]+?)[,.?!]?[”\"],?(?:\s+(?P<speaker>"
                            r"(?:said|says|told|added)\s+[^,;]{1,40}?|[^,;“”\"]{1,40}?\s+(?:said|says|told|added))"
                            r"(?=[,.;]|$))?")


def _closed_quotation(clause: str) -> str:
    """A clause that starts inside a quotation ("That may worry people,” said Ann Lind, a doctor ...") quoted
    whole with its speaker, so that the brief never carries a lone closing mark."""
    if clause.count("”") <= clause.count("“") and clause.count('"') % 2 == 0:
        return clause
    match = _QUOTATION_END.match(clause)
    if match is None:
        return clause
    speaker = f" {match.group('speaker')}" if match.group("speaker") else ""
    return f"“{match.group('quote').strip()},”{speaker}" if speaker else f"“{match.group('quote').strip()}”"


_QUOTE_THEN_SAID = re.compile(r"\s*[“\"](?P<quote>[^“”\"]{3,300}?)[,.?!]?[”\"],?\s+(?:[^“”\",.;]{1,60}?\s)?"
                              r"(?:said|says|told|added|recalled|wrote)\b")
# "... after Bloomberg News first reported the talks": a relay inside a clause of time
_WHEN_REPORTED = re.compile(r"\b(?:after|before|since|until|once|when)\s+$", re.IGNORECASE)
# a relative clause right before a relay, and the noun phrase it is about
_WHICH_RELAYED = re.compile(r"\b(?P<noun>(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+),\s+which\s+"
                            r"(?P<predicate>(?:has|have|had|is|are|was|were|will|would)\s[^,;]{3,160}?),?\s*$")
# "..., but the figure could not be verified": what could not be is what the sentence said first
_BUT_THIS = re.compile(r"(?:but|though|although)\s+(?:(?:this|that|it|the\s+(?:claim|account|figures?|estimate|numbers|"
                       r"report|toll|information))\s+(?:could|can|cannot|has|have|had|was|were|is|are)\b"
                       # "..., but could not confirm it", "..., but did not provide evidence": the same speaker
                       r"|(?:could|did|would)\s+not\s+(?:independently\s+)?(?:confirm|verify|provide|offer|give)\b"
                       r"|(?:offered|provided|gave|presented)\s+no\s+(?:evidence|proof)\b)")
# a clause that cannot stand alone: it opens with a conjunction or a relative pronoun
_APPOSED_CLAIM = re.compile(r"(?:a|an)\s+(?:claim|account|assertion|allegation|report|figure|number|toll|estimate)\s+"
                            r"(?:that|which)\s")
_SEMICOLON_BEFORE = re.compile(r";\s*$")
_FRAGMENT_OPENER = re.compile(r"(?:but|and|or|though|although|while|whereas|which|who|whom|whose|that)\s")


def _view_statement(text: str, common: frozenset[str] | set[str]) -> str | None:
    """A sentence that puts a view on an unnamed group, as a clause after "That": without its opening
    conjunction and its sentence capital; None for one too long to repeat or holding a quotation."""
    text = _ASIDE_RELATIVE.sub(lambda aside: " " if aside.group(0).endswith(",") else "", text)
    # "Some farmers have pushed for a sale, according to Danish newspaper Børsen": who relays it is a caveat apart
    words = without_relay(" ".join(text.split()).rstrip(".!?,;: ")).split()
    if len(words) > 1 and words[0].lower() == "even" and words[1].lower() == "as":
        words = words[2:]  # "even as advocates called for his dismissal"
    if words and words[0].lower().rstrip(",") in _VIEW_OPENERS:
        words = words[1:]
    if not words or len(words) > MAX_EXCERPT_WORDS or any(mark in text for mark in "“”\""):
        return None
    if words[0].lower() in COMMON_OPENERS:  # "A few council members", "The mayor's allies"
        words[0] = words[0].lower()
    return lower_first(" ".join(words), common)


# a relative clause set off by a comma says more about the group, not what rests on it: "among regular
# passengers, many of whom have spent weeks on buses", "has angered station managers, who say ..."
_ASIDE_RELATIVE = re.compile(r",\s+(?:who|which|(?:many|some|most|all|none|few|several)\s+of\s+(?:whom|which))\b"
                             r"[^,;]*(?:,|(?=[.;!?]?\s*$))")
_VIEW_OPENERS = frozenset(("but", "and", "yet", "still", "now", "so", "meanwhile", "instead", "while", "whereas",
                           "although", "though", "because"))

