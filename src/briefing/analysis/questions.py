"""Open questions: what a text says is unclear, unknown or unconfirmed, phrased as a question.

"it's not clear whether this plan is the one Zelenskyy received" becomes "Is this plan the one
Zelenskyy received?" by moving the auxiliary verb in front of its subject. When the clause has no
auxiliary to move, the question falls back to the basis clause itself, which the analyst can edit:
a clumsy generated question would be worse than a faithful quote.
"""

from __future__ import annotations

import re

from briefing.analysis import lexicon as lx
from briefing.analysis.asked import asked_by_the_writer
from briefing.analysis.caveats import LABEL_NOUNS, UNCLEAR, UNCLEAR_HINTS, UNCONFIRMED, UNCONFIRMED_HINTS
from briefing.analysis.claims import (
    PUT_AT,
    estimate_claim,
    its_owner_named,
    opens_on_bare_subject,
    opens_on_quantity,
    without_relay,
)
from briefing.analysis.pointing import NEITHER_ACCOUNT, named_unconfirmed, points_back, unconfirmed_report
from briefing.analysis.shared import QuestionHit, clause_bounds
from briefing.analysis.silence import NOT_A_SUBJECT, SUBJECT_START, lower_opening, what_it_says
from briefing.analysis.text import Sentence, previous_in_paragraph, quoted_at
from briefing.analysis.withheld import (
    cause_under_investigation,
    evidence_asked_for,
    unbalanced_quote,
    undecided,
    withheld_fact_question,
)
from briefing.analysis.wording import lower_first
from briefing.analysis.wordlists import word_set

AUXILIARIES = ("will", "would", "can", "could", "should", "shall", "may", "might", "must", "has", "have", "had",
               "is", "are", "was", "were", "does", "do", "did")
_AUX = re.compile(r"\b(" + "|".join(AUXILIARIES) + r")\b")
_WH = re.compile(r"^(whether|if|how\s+(?:many|much)\s+(?!(?:the|a|an|its|his|her|their|this|that|it|he|she|they|we|"
                 r"you|i)\b)(?-i:(?![A-Z]))\w+"  # "how many Kyiv expected": a name is the subject, not what is counted
                 r"|how\s+(?:many|much|long|far|soon|often|[a-z]+ly)|how|when|why|what|who"
                 r"|where|which)\s+(.+)$", re.IGNORECASE | re.DOTALL)
_IRREGULAR_PAST = {
    "received": "receive", "agreed": "agree", "made": "make", "took": "take", "gave": "give", "went": "go",
    "knew": "know", "saw": "see", "said": "say", "told": "tell", "sent": "send", "meant": "mean",
    "left": "leave", "got": "get", "came": "come", "began": "begin", "paid": "pay", "sold": "sell",
    "bought": "buy", "held": "hold", "kept": "keep", "brought": "bring", "thought": "think", "won": "win",
    "lost": "lose", "led": "lead", "ran": "run", "wrote": "write", "spoke": "speak", "chose": "choose",
}
_NOT_KNOWN = re.compile(r"not\s+(?:yet\s+|immediately\s+)?(?:clear|known)|unclear|unknown|uncertain|not\s+certain"
                        r"|to\s+be\s+seen",
                        re.IGNORECASE)
_DETERMINER_OR_PRONOUN = re.compile(r"(?:the|a|an|this|that|these|those|it|he|she|they|we|you|i|its|his|her|their)$",
                                    re.IGNORECASE)


def find_questions(text: str, sentences: list[Sentence]) -> list[QuestionHit]:
    """One open question per sentence that says something is unknown, unclear or unconfirmed."""
    found: list[QuestionHit] = []
    for index, sentence in enumerate(sentences):
        if sentence.is_headline:
            continue
        lowered = sentence.text.lower()
        match = UNCLEAR.search(sentence.text) if any(map(lowered.__contains__, UNCLEAR_HINTS)) else None
        pattern_kind = "unclear"
        if match is None and any(map(lowered.__contains__, UNCONFIRMED_HINTS)):
            match = UNCONFIRMED.search(sentence.text)
            pattern_kind = "unconfirmed"
        investigated = cause_under_investigation(sentence.text) if match is None and "investigation" in lowered \
            else None
        if investigated is not None:  # "The cause of the fire is under investigation": what caused it is open
            found.append(QuestionHit(investigated, sentence.start, sentence.end, "under investigation"))
            continue
        kept_secret = _KEPT_SECRET.match(sentence.text) if match is None and "classified" in lowered else None
        if kept_secret and (secret_question := _secret_asked(kept_secret.group("asked"))):  # "How many ... is secret"
            found.append(QuestionHit(secret_question, sentence.start, sentence.end, kept_secret.group("cue")))
            continue
        if match is None:
            asked = asked_by_the_writer(text, sentences, index)
            if asked is not None:
                found.append(asked)
            continue
        start = sentence.start + match.start()
        end = sentence.start + match.end()
        if _OWN_NAME.match(text, end, sentence.end):
            continue  # "declined to give his name": a source's anonymity (a caveat), no open question
        if _POLICY.fullmatch(match.group(0)) and (quoted_at(text, start) or _SAID.search(text, sentence.start, start)):
            continue  # 'said it "does not comment on market speculation"': a stated policy, not a silence
        clause_start, clause_end = clause_bounds(text, sentence, start, end)
        aside = _RELATIVE_ASIDE.match(text, clause_end)
        if aside and aside.end() < sentence.end:  # "whether the authority, which owns the lines, will step in"
            clause_end = clause_bounds(text, sentence, aside.end(), aside.end())[1]
        question = withheld_fact_question(sentence.text)
        if question is None and pattern_kind == "unclear":
            after = _TIMING_ASIDE.sub("", text[end:clause_end])  # "whether talks, due to resume next week, will ..."
            if _WHAT_REMAINS.fullmatch(text, clause_start, start):
                after = re.sub(r"^\s*(?:is|was)\s+", "", after)  # "What remains unknown is how ...": the how
            asked_of = what_it_says(text[sentence.start:start] if _RELATIVE_OPENS.match(text, clause_start, start)
                                    else text[clause_start:start], match.group(0))
            if asked_of == "":
                continue  # "Aides declined to comment": unnamed people, no one to ask
            question = _phrase(after, text[clause_start:start], match.group(0)) or asked_of \
                or _with_its_antecedent(text[end:clause_end], text[clause_start:start], match.group(0),
                                        sentence.text, previous_in_paragraph(sentences, index))
        if question is None and pattern_kind == "unclear" and "decision" in match.group(0):
            question = _not_yet_decided(text[sentence.start:start])
        if question is None and pattern_kind == "unclear" and match.group(0).endswith("decided"):
            question = undecided(text[clause_start:start], text[end:clause_end])  # "has not decided whether to"
        previous = previous_in_paragraph(sentences, index) if pattern_kind == "unconfirmed" else None
        pointing = previous is not None and points_back(sentence.text)
        reports = unconfirmed_report(text[clause_start:clause_end]) if pattern_kind == "unconfirmed" else None
        if question is None and reports is not None:
            question = f"Is it confirmed that {reports[0]}?"  # "There are unconfirmed reports that X"
        if question is None and pattern_kind == "unconfirmed" and not pointing:
            question = _confirmation_question(text[sentence.start:start])
        if question is None and previous is not None and _NEITHER_FIGURE.match(sentence.text):
            question = _how_many(previous.text)  # "Police said 15,000 ..., organizers 100,000. Neither figure ..."
        if question is None and pattern_kind == "unconfirmed" and NEITHER_ACCOUNT.match(sentence.text):
            # "Armenia said ... that X. Azerbaijan rejected the claim. Neither account could be verified.": X
            question = next((confirmed for earlier in reversed(sentences[max(0, index - 3):index])
                             if (confirmed := _asked_if_confirmed(_REPORTING_FRAME.search(earlier.text)))), None)
        if question is None and pointing and previous is not None:
            # "The figure could not be confirmed", "The ministry said it was still searching and could not confirm
            # the report": what the sentence before said, not what this one says
            question = _earlier_claim_question(previous.text) or _confirmation_question(text[sentence.start:start])
        if question is None and pattern_kind == "unconfirmed":
            question = evidence_asked_for(sentence.text) or _named_thing_confirmed(sentence.text)
        if question is None and pointing and previous is not None:
            # no teller named: "The port was shelled on Monday. The report has not been independently confirmed."
            question = _asked_if_confirmed(_PLAIN_STATEMENT.fullmatch(previous.text.strip()))
        # a quotation torn open: only what it names is asked ('The cause has not been determined," said ...')
        if question is None and unbalanced_quote(text[clause_start:clause_end]) and (question := withheld_fact_question(
                re.split(r"[,.]?[”\"]", text[clause_start:clause_end])[0])) is None:
            continue  # not '"No decision has been made, ...," he said'

        if question is None and re.match(r"(?:which|who|whose|and|but)\b", text[clause_start:clause_end]):
            clause_start, clause_end = sentence.start, sentence.end  # a fragment reads badly: keep the sentence
        if question and _PAST_FRAME.search(match.group(0)) and question.startswith(("Would ", "Could ")):
            # "It was not clear whether the terminal would reopen": the brief asks now, "Will the terminal reopen?"
            question = ("Will " if question.startswith("Would") else "Can ") + question[6:]
        basis = text[clause_start:clause_end]
        found.append(QuestionHit(question or _fallback(basis), clause_start, clause_end, match.group(0)))
    return found


def _secret_asked(clause: str) -> str | None:
    """"How many interceptors remain in US stocks (is classified)" -> "How many interceptors remain in US stocks?"."""
    wh = _WH.match(clause)
    if wh is None:
        return None
    return _from_wh(wh.group(1).lower(), wh.group(2)) or (f"{wh.group(1)} {wh.group(2)}?" if wh.group(
        1).lower().startswith("how ") and wh.group(2)[:1].islower() else None)  # "how many X remain": X is asked


# a wh-clause as the subject of "is classified": what is kept from the reader
_KEPT_SECRET = re.compile(r"(?P<asked>(?:How|What|Who|Where|When|Why|Which)\s[^.;:]{3,160}?)\s+"
                          r"(?P<cue>(?:is|are|was|were|remains?|remained)\s+classified)\.?$")
_THING_SUBJECT = re.compile(r"\b(?:a|an|the)\s+((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s+"
                            r"(?:is|was|has|had|will|would)\b")
# "what exemptions Hungary wanted": the wh-word's noun, then the clause's own subject
_NOUN_THEN_SUBJECT = re.compile(r"[a-z]+\s+(?:[A-Z]|(?:the|a|an|its|his|her|their)\s)")
_THEY_ACT = re.compile(r"they\s+(?=[a-z]+ed\b|had\b|have\b|were\b|would\b|will\b)")
_IT_ACTS = re.compile(r"it\s+(?=[a-z]+ed\b|had\b|has\b|would\b|will\b|was\b)")
_PAST_FRAME = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)
_POLICY = re.compile(r"(?:does|do)\s+not\s+comment", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|added|stated)\b")
_WHAT_REMAINS = re.compile(r"\s*What\s+")
# "The SBU, which runs the operations, does not comment": the clause before the cue is the aside, not who
_RELATIVE_OPENS = re.compile(r"\s*(?:(?:which|who)\s[^,;]*,\s*)?$")
_OWN_NAME = re.compile(r"\s+(?:his|her|their|its)\s+(?:full\s+|own\s+|last\s+)?names?\b", re.IGNORECASE)
# a relative clause set off by commas inside the clause: a clause break for caveats, an aside for questions
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\s[^,;]{1,80},")
_TIMING_ASIDE = re.compile(r",\s+(?:due|set|expected|scheduled|slated|planned)\s+(?:to|for)\s[^,;]{1,60},")
_SOURCE_NOUNS = word_set("source_nouns")
# "..., but this could not be verified": the pronoun stands for what was reported before it.
_ANAPHORIC_UNCONFIRMED = re.compile(r",?\s+(?:but|and|though)\s+(?:(?:this|that|it|the\s+claim|the\s+account|"
                                    r"the\s+figures?|the\s+estimate|the\s+numbers)\s+)?$"
                                    r"|,\s+(?:a|an)\s+(?:claim|account|assertion|allegation|report|figure|number|toll|"
                                    r"estimate)\s+(?:that|which)\s+$"
                                    # "...; the figures could not be independently verified"
                                    r"|;\s+(?:this|that|it|the\s+(?:claims?|account|figures?|estimate|numbers|toll))\s+"
                                    r"(?:(?:is|was|remains)\s+)?$",
                                    re.IGNORECASE)
_REPORTING_FRAME = re.compile(
    r"\b(?:said|says|(?<!\bto\s)say|told\s+(?:[^,;]{1,40}?(?=\s+that\s)|\w+)|claimed|claims|reported|reports|alleged|"
    r"alleges|added|"  # "told reporters", "told the Harbour Wire agency that"
    r"insisted|(?:assess|estimate|believe)(?:s|d|ed)?(?=\s+that\s))"
    r"(?:\s+(?:in|on|at)\s+[^,;]{1,40}?(?=\s+that\s))?"  # "said in a statement that", "said on Thursday that"
    r"\s+(?:that\s+)?(?P<claim>.+)$", re.IGNORECASE | re.DOTALL)


def _confirmation_question(before_cue: str) -> str | None:
    """"X said Y, but this could not be verified" -> "Is it confirmed that Y?"."""
    anaphor = _ANAPHORIC_UNCONFIRMED.search(before_cue)
    if anaphor is None:
        return None
    put = PUT_AT.search(before_cue, 0, anaphor.start())
    if put is not None:  # "X estimated the losses at 20,000 tonnes, but the figure could not be verified"
        return f"Is it confirmed that {estimate_claim(put)}?"
    return _asked_if_confirmed(_REPORTING_FRAME.search(before_cue[:anaphor.start()]))


def _asked_if_confirmed(frame: re.Match[str] | None) -> str | None:
    """"Is it confirmed that Y?" for the claim a reporting frame holds; None for one too short, too long or
    not opening as a clause does."""
    if frame is None:
        return None
    claim = _LABELLED.split(without_relay(frame.group("claim").strip().rstrip(".,;")), maxsplit=1)[0]
    # the teller before the verb of saying ("The harbour board said ..."), named as a claim's words can name it
    owner = _OWNER.fullmatch(frame.string[:frame.start()].strip()) if frame.re is _REPORTING_FRAME else None
    name = owner.group(0) if owner else ""
    name = name[0].lower() + name[1:] if owner and name.split()[0] in ("The", "A", "An") else name
    itself = _IT_ACTS.match(claim)
    themselves = _THEY_ACT.match(claim) if owner and name.endswith("s") and not name.endswith("'s") else None
    if owner and itself is not None:
        # "Estonia's navy says it tracked two warships": what the teller says it did, the teller named
        claim = f"{name} {claim[itself.end():]}"
    elif themselves is not None:  # "Opposition leaders said they had recorded ...": the leaders had
        claim = f"{lower_first(name, frozenset())} {claim[themselves.end():]}"
    if len(claim.split()) < 3 or len(claim.split()) > 40 or not (
            SUBJECT_START.match(claim) or claim.split()[0] not in _NO_CLAUSE_OPENERS or opens_on_quantity(claim)):
        return None  # "in a statement that ...", "to the press": no clause (a bare plural or a count may open one)
    possessive = _POSSESSIVE_OPENER.match(claim)
    if owner and possessive:
        # "The harbour board said its crews had ...": "the harbour board's crews", not a bare "its crews"
        apostrophe = "’" if "’" in frame.string else "'"
        claim = f"{name}{apostrophe}s {claim[possessive.end():]}"
    else:
        claim = its_owner_named(claim, frame.string[:frame.start()])
    return f"Is it confirmed that {lower_opening(claim)}?"


# ", an accusation the UN rejected as baseless": what the writer calls the claim, no part of it
_LABELLED = re.compile(r",\s+(?:an?\s+)?" + LABEL_NOUNS + r"s?\b", re.IGNORECASE)
_NO_CLAUSE_OPENERS = frozenset(("in", "on", "at", "to", "for", "with", "by", "from", "of", "that", "which", "who",
                                 "and", "but", "or", "as", "if", "when", "because", "after", "before", "while",
                                 "he", "she", "they", "it", "we", "i", "you", "this", "his", "her", "their", "its"))


# the teller of a claim that opens on "its" or "their": a short noun phrase, no pronoun, no comma
_OWNER = re.compile(r"(?!(?:He|She|They|It|We|I|You|This|That)\b)(?:The\s+|A\s+|An\s+)?[A-Z][\w'’\-]*"
                    r"(?:\s+[\w'’\-]+){0,5}")
_POSSESSIVE_OPENER = re.compile(r"(?:its|their)\s+(?=\w)", re.IGNORECASE)


_ACCORDING_FRAME = re.compile(r"^According\s+to\s+[^,;]{3,120},\s+(?P<claim>.+)$", re.DOTALL)
# "The halt could cost $40 million, according to an estimate by the chamber.": the teller after the claim
_ACCORDING_AFTER = re.compile(r"^(?P<claim>.+?),\s+according\s+to\s+[^,;]{3,120}\.?$", re.DOTALL)
# "Underwriters raised the premium, two shipbrokers said.": the teller after the claim
_TELLER_AFTER = re.compile(r"^(?P<claim>.+?),\s+(?:[\w'’\-]+\s+){1,6}?(?:said|says|reported|reports|told\s+\w+)\.?$",
                           re.DOTALL)


def _named_thing_confirmed(sentence: str) -> str | None:
    """"The extension of the ban has not been officially confirmed." -> "Has the extension of the ban been officially
    confirmed?"."""
    named = named_unconfirmed(sentence)
    if named is None:
        return None
    return (f"{named.group('aux').capitalize()} {lower_opening(named.group('what'))} been "
            f"{named.group('how') or ''}{named.group('verb')}?")


# a plain statement with no quotation and no teller: "The port was shelled on Monday."
_PLAIN_STATEMENT = re.compile(r"(?P<claim>(?:The|An?|Its|Their|His|Her|\d)[^\"“”?!;:]{10,200})\.")


def _earlier_claim_question(previous: str) -> str | None:
    """"According to a memo, the firm expects losses. The figure could not be confirmed." -> "Is it confirmed
    that the firm expects losses?": the question names what is unconfirmed, not "the figure"."""
    accused = _ACCUSED.search(previous)
    if accused is not None:  # "X has accused the opposition of trying to ..." (no one said it happened)
        return f"Is there evidence of {accused.group('whom')} {accused.group('what').rstrip(' .')}?"
    linked = _LINKED.search(previous)
    if linked is not None:  # "Researchers have linked the attack to a group ...": is the link there?
        return f"Is {linked.group('what')} linked to {linked.group('whom').rstrip(' .')}?"
    return _asked_if_confirmed(_ACCORDING_FRAME.match(previous) or _ACCORDING_AFTER.match(previous)
                               or _TELLER_AFTER.match(previous) or _QUOTED_FRAME.match(previous)
                               or _REPORTING_FRAME.search(previous))


_ACCUSED = re.compile(r"\baccused\s+(?P<whom>(?:the|its|his|her|their)\s+[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*)?|"
                      r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s+of\s+(?P<what>[a-z]+ing\b[^;]{3,120}?)\.?$")
_LINKED = re.compile(r"\b(?:have|has|had)\s+(?:\w+ly\s+)?(?:linked|tied)\s+"
                     r"(?P<what>the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+to\s+(?P<whom>[^;]{3,120}?)\.?$")
# "the alliance was ready to send additional ships but no decision had been taken": what waits on the decision
_READY_TO = re.compile(r"(?:^|\b(?:said|says|added|told\s+\w+)\s+(?:that\s+)?)(?P<subject>(?:[Tt]he\s+)?[\w'’\-]+"
                       r"(?:\s+[\w'’\-]+){0,2}?)\s+(?:is|was|are|were)\s+(?:ready|prepared|willing|planning|poised|set)"
                       r"\s+to\s+(?P<act>[a-z]+\s[^,;]{3,80}?),?\s+(?:but\s+)?$")


# "The ministry did not publish the data behind its estimate": what the evidence was for, and whose it is
def _not_yet_decided(before_cue: str) -> str | None:
    """"The government is prepared to raise tariffs, but no decision has been made" -> "Will the government raise
    tariffs?"."""
    ready = _READY_TO.search(before_cue)
    if ready is None or ready.group("subject").split()[0].lower() in NOT_A_SUBJECT:
        return None
    return f"Will {lower_opening(ready.group('subject'))} {ready.group('act')}?"


# '"Units ... have liberated the settlement," the ministry said': the quotation is the claim
_NEITHER_FIGURE = re.compile(r"(?:Neither|None\s+of\s+the)\s+(?:figures?|numbers?|estimates?)\b")
# "about 15,000 people took part": a count, what is counted, and what they did (to the first comma)
_COUNTED = re.compile(r"\b(?:(?:about|around|roughly|some|nearly|more\s+than|at\s+least)\s+)?\d[\d,.]*\s+"
                      r"(?P<noun>[a-z]+)\s+(?P<rest>(?:were|was|had|have|took|died|fled|joined|attended|marched|"
                      r"rallied|protested|gathered|[a-z]+ed)\b(?:(?!\s+and\s+\d)[^,;.]){0,80})")  # not "and 40 injured"


def _how_many(previous: str) -> str | None:
    """"Police said about 15,000 people took part, while organizers put the crowd at 100,000. Neither figure
    could be verified." -> "How many people took part?": two counts that disagree ask for the count."""
    counted = _COUNTED.search(previous)
    if counted is None:
        return None
    return f"How many {counted.group('noun')} {counted.group('rest').strip()}?"


_QUOTED_FRAME = re.compile(r"[“\"](?P<claim>[^”\"]{10,300}?)[,.]?[”\"],?\s+[^,.;“”\"]{1,60}?\s+"
                           r"(?:said|says|told|added)\b")


def _first_clause(clause: str) -> str:
    """"what the components were and no photographs have been released" -> "what the components were".

    A wh-clause joined to a second clause of its own (a verb on both sides) asks only the first.
    """
    for joint in re.finditer(r",?\s+(?:and|but|or)\s+", clause):
        left, right = clause[:joint.start()], clause[joint.end():]
        if _AUX.search(left) and _AUX.search(right):
            return left
    return clause


def _fallback(basis: str) -> str:
    basis = re.sub(r"^(?:but|and|though|although|while|whereas)\s+", "", basis.strip(), flags=re.IGNORECASE)
    return basis[:1].upper() + basis[1:] + ("" if basis.endswith((".", "?", "!")) else ".")


# "gave no figures for Ukrainian losses" -> "What are the figures for Ukrainian losses?"
_NONE_GIVEN = re.compile(r"(?:gave|provided|offered)\s+no\s+(?P<noun>\w+)$", re.IGNORECASE)
_NOT_GIVEN = re.compile(r"did\s+not\s+(?:give|provide|offer)$|(?:has|have|had)\s+not\s+(?:yet\s+)?(?:disclosed|given|"
                        r"provided|released|revealed)$", re.IGNORECASE)
_THING_GIVEN = re.compile(r"(?:(?:a|an|any|the)\s+)?(?!(?:them|it|this|that|these|those|him|her|us)\s)(?P<noun>[a-z]+)"
                          r"\s+(?=(?:for|on|about|of)\s)")
_ABOUT_WHAT = re.compile(r"(?P<prep>for|on|about|of)\s+(?P<what>[^,;:]+)")
_WHY_WITHHELD = re.compile(r"\s+(?:pending|until|because|as\s+long\s+as|while)\s")  # why it is withheld, no part of it


# "It declined to say whether it had received ...": the pronoun, and who the sentence before names as "The company"
_IT_WHETHER = re.compile(r"\s*(?P<wh>whether|if|when|how|why|where)\s+(?P<pronoun>it|they|he|she)\s", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"(?:(?:It|They)\s+|(?:.*\s)?(?:but|and)\s+)?$")
# a body named as the sentence's subject right before its cue: "The Pentagon", "The Harbour Board"
_NAMED_SUBJECT = re.compile(r"(?P<subject>(?!(?:It|They|He|She|We|This|That)\b)(?:The\s+)?[A-Z][\w'’\-]*"
                            r"(?:\s+[A-Z][\w'’\-]*){0,3})")


def _own_subject(before: str, pronoun: str) -> re.Match[str] | None:
    """The sentence's own subject that `pronoun` after "whether" or "when" stands for: "it" a body ("The Pentagon",
    "Moscow"), "they" a body or a group ("Lawmakers"), "he" or "she" a person ("Anna Lind"), never another kind
    ("Cook declined to say whether it was ...": "it" is no surname)."""
    own = _NAMED_SUBJECT.fullmatch(before)
    if own is None:
        return None
    words = own.group("subject").split()
    body = words[0] == "The" or (len(words) == 1 and (words[0].lower() in lx.KNOWN_ORGS or words[0].lower() in
                                                      lx.PLACES or words[0].lower() in lx.PLACE_NAMES))
    if pronoun == "it":
        return own if body else None
    if pronoun == "they":
        return own if body or words[0].lower() in _SOURCE_NOUNS else None
    return own if not body and len(words) >= 2 else None  # a whole name for "he" or "she"


# "The company said", "The country's anti-corruption bureau said": a body, perhaps whose and what kind, then its verb
_SUBJECT_BEFORE = re.compile(r"(?P<subject>(?:[Tt]he|[A-Z][\w\-]*['’]s)\s+(?:[\w'’\-]+\s+){0,3}?(?:company|firm|group|"
                             r"ministry|government|"
                             r"agency|bank|army|police|court|party|union|council|authority|board|operator|airline|"
                             r"embassy|bureau|office|commission|regulator))\s+"
                             r"(?:said|says|added|told|declined|confirmed|announced|reported|denied|called|warned)\b")


def _with_its_antecedent(after: str, before: str, cue: str, sentence: str, previous: Sentence | None) -> str | None:
    """"The company said ... It declined to say whether it had received a ransom demand." -> "Had the company
    received a ransom demand?", and "The bureau said it was aware of the reports but would not say whether it had
    opened an investigation" -> "Had the bureau opened an investigation?": the "it" after "whether" is the body
    the sentence (or, when it opens on "It", the one before) named as its subject."""
    pronoun = _IT_WHETHER.match(after)
    if pronoun is None:
        return None
    own = _own_subject(before.strip(), pronoun.group("pronoun").lower())  # "The Pentagon has not said when it"
    if own is None and (not _PRONOUN_SUBJECT.fullmatch(before) or pronoun.group("pronoun").lower() in ("he", "she")):
        return None  # "he" or "she" stands only for the sentence's own subject ("Anna Lind did not say whether she")
    thing = None
    if own is None and pronoun.group("pronoun").lower() == "it" and before.strip().lower() in ("but", "and"):
        # "a draft peace treaty is close to completion, but it is not known when it will be signed": the thing
        things = list(_THING_SUBJECT.finditer(sentence, 0, max(0, sentence.find(before.strip() + " it "))))
        thing = f"the {things[-1].group(1)}" if things else None
    subject = own or (None if thing else _SUBJECT_BEFORE.match(sentence)) or (
        _SUBJECT_BEFORE.match(previous.text) if previous is not None and before.strip() in ("It", "They") else None)
    named = thing or (subject.group("subject") if subject is not None else None)
    if named is None:
        return None
    if named.startswith("The ") or named.split()[0].lower() in _SOURCE_NOUNS:
        named = named[:1].lower() + named[1:]  # "the Pentagon", "lawmakers"; "Anna Lind" keeps her capital
    return _phrase(f"{pronoun.group('wh')} {named} {after[pronoun.end():]}", named, cue)


def _phrase(after: str, before: str, cue: str) -> str | None:
    """A question from what follows "not clear" ("whether X will Y") or precedes "is not known"."""
    after = after.strip(" ,")
    after = re.sub(r"^(?:from\s+[^,]+?\s+)?", "", after)
    given = _NONE_GIVEN.search(cue)
    about = _ABOUT_WHAT.match(after) if given else None
    withheld = _NOT_GIVEN.search(cue) and _THING_GIVEN.match(after)  # "did not give a date for the ban"
    if withheld and not given:
        given, about = withheld, _ABOUT_WHAT.match(after, withheld.end())
    if given and about and len(about.group("what").split()) <= 12:
        asked = given.group("noun").lower()
        copula = "are" if asked.endswith("s") and asked != "evidence" else "is"
        what = _WHY_WITHHELD.split(about.group("what"), maxsplit=1)[0]  # "the names of the dead | pending ..."
        return f"What {copula} the {asked} {about.group('prep')} {what.rstrip('.;,')}?"
    wh = _WH.match(after)
    if wh:
        return _from_wh(wh.group(1).lower(), wh.group(2))
    if not _NOT_KNOWN.search(cue):
        return None  # "the date has not been announced": no safe question from the subject alone
    subject = before.strip(" ,")
    wh_first = _WH.match(subject)
    if wh_first:  # "Whether the hospital can keep running is unclear"
        return _from_wh(wh_first.group(1).lower(), wh_first.group(2))
    subject = re.sub(r"^(?:but|and|though|although|while)\s+", "", subject, flags=re.IGNORECASE)
    verb = re.search(r"\b(is|was|are|were|remains?|remained)\s*$", subject)
    if verb is None and re.search(r"\b(?:is|was|are|were|remains?|remained)\s+(?:not|still|yet)?\s*$", subject):
        verb = re.search(r"\b(is|was|are|were|remains?|remained)\b", subject)
    whose = _WHOSE_OPEN.fullmatch(subject)
    if whose:
        return _whose_question(whose, f"{subject} {cue}")
    if subject and re.match(r"(?:the|its|his|her|their)\s", subject, re.IGNORECASE):
        noun = re.sub(r"\s+(?:is|was|are|were|remains?|remained)\b.*$", "", subject, flags=re.IGNORECASE)
        if noun and len(noun.split()) <= 14:
            past = re.search(r"\b(?:was|were|remained)\b", f"{subject} {cue}")
            copula = "was" if past else "is"
            return f"What {copula} {noun[0].lower()}{noun[1:]}?"
    del verb
    return None


# "The winning bidder, whose ownership is": the owner and what of it is open
_WHOSE_OPEN = re.compile(r"(?P<owner>(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,;]{1,60}?),\s+whose\s+"
                         r"(?P<what>[a-z][\w\s\-]{1,40}?)(?:\s+(?:is|was|are|were|remains?|remained)"
                         r"(?:\s+(?:not|still|yet))?)?")
_ASKED_AS_WHO = {"owner": "Who owns", "owners": "Who owns", "ownership": "Who owns", "identity": "Who is"}


def _whose_question(whose: re.Match[str], said: str) -> str:
    """"The winning bidder, whose ownership is unclear" -> "Who owns the winning bidder?"; "The operator, whose
    revenue is not known" -> "What is the operator's revenue?": the open point is the owner's, not the owner."""
    owner = lower_opening(whose.group("owner"))
    what = whose.group("what")
    asked = _ASKED_AS_WHO.get(what)
    if asked:
        return f"{asked} {owner}?"
    plural = what.split()[0].endswith("s") and not what.split()[0].endswith("ss")
    past = re.search(r"\b(?:was|were|remained)\b", said)
    copula = ("were" if plural else "was") if past else ("are" if plural else "is")
    return f"What {copula} {owner}’s {what}?" if "’" in said else f"What {copula} {owner}'s {what}?"


_NOUN_GOES_ON = re.compile(r"(?P<word>[a-z][\w\-]*)\s+")


def _noun_goes_on(clause: str) -> bool:
    """"how many state | workers would be ...": one more noun word, then the auxiliary (not "the state would")."""
    more = _NOUN_GOES_ON.match(clause)
    return more is not None and not _DETERMINER_OR_PRONOUN.fullmatch(more.group("word")) \
        and _AUX.match(clause, more.end()) is not None


def _from_wh(word: str, clause: str) -> str | None:
    clause = _first_clause(_drop_parentheticals(clause.strip().rstrip(".,;")))
    if not clause or len(clause.split()) > 30:
        return None
    opener = "" if word in ("whether", "if") else word[0].upper() + word[1:]
    if word in ("who", "what") and not _AUX.search(clause) and not SUBJECT_START.match(clause) \
            and not _NOUN_THEN_SUBJECT.match(clause):
        return f"{opener} {clause}?"  # "who fired first": the wh-word is the subject
    if word.startswith("how ") and len(word.split()) == 3 and (
            _AUX.match(clause) or _noun_goes_on(clause)):
        # "how many ballots were annulled", "how many state | workers would be affected": the wh-phrase is the
        # subject (its noun may run on past the word taken with it), no inversion
        return f"{opener} {clause}?"
    if word in ("who", "what", "which") and _AUX.match(clause):
        return f"{opener} {clause}?"
    if word.startswith("how ") and word.endswith(" of") and _AUX.search(clause):
        return f"{opener} {clause}?"  # "how much of the harvest was lost": the wh-phrase is the subject
    first, _, remainder = clause.partition(" ")
    if word in ("what", "which", "whose") and remainder and first.islower() and not _AUX.fullmatch(first) \
            and not _DETERMINER_OR_PRONOUN.match(first) and not _AUX.match(remainder):
        opener, clause = f"{opener} {first}", remainder  # "what measures Beijing was considering"
    aux = _AUX.search(clause)
    if aux is None:
        return _with_did(opener, clause)
    subject = clause[:aux.start()].strip()
    rest = clause[aux.end():].strip()
    if not subject or not (SUBJECT_START.match(subject) or (opens_on_bare_subject(clause) and subject.lower() not in
                                                             NOT_A_SUBJECT)) or len(subject.split()) > 10:
        return None  # ("whether asset sales were on the table": a bare plural is a subject too)
    verb = aux.group(1)
    if verb in _HAVE_FORMS and not _PARTICIPLE.match(rest):
        # "whether the suspects had lawyers": "have" is the verb, not an auxiliary: "Did the suspects have lawyers?"
        verb, rest = _HAVE_FORMS[verb], f"have {rest}"
    question = f"{verb} {lower_opening(subject)} {rest}".strip()
    if opener:
        return f"{opener} {question}?"
    return f"{question[0].upper()}{question[1:]}?"


_HAVE_FORMS = {"had": "did", "has": "does", "have": "do"}
# a past participle after "had": "had received", "had been", "had taken" (not "had lawyers")
_PARTICIPLE = re.compile(r"(?:(?:not|already|never|also|yet|just)\s+)*(?:\w+(?:ed|en|wn)|been|done|made|gone|seen|said|"
                         r"told|left|sent|paid|held|kept|found|lost|won|met|begun|brought|bought|caught|fought|thought|"
                         r"built|spent|struck|hit|put|set|cut|shut|let|read|run|come|become|had|got|led|sold|heard)\b")


def _with_did(opener: str, clause: str) -> str | None:
    """"whether Beijing intended to escalate" -> "Did Beijing intend to escalate?";
    "whether the ceasefire holds" -> "Does the ceasefire hold?" (simple past and present only)."""
    words = clause.split()
    found: tuple[int, str, str] | None = None
    for index, word in enumerate(words[:8]):
        base = _IRREGULAR_PAST.get(word.lower()) or _regular_base(word)
        if base and index > 0:
            found = (index, "did", base)
            break
    if found is None:
        for index, word in enumerate(words[1:8], start=1):
            base = _present_base(word)
            if base and words[index - 1].lower() not in _DETERMINER_WORDS:
                found = (index, "does", base)
                break
    if found is None:
        return None
    index, auxiliary, base = found
    subject = " ".join(words[:index])
    if not SUBJECT_START.match(subject):
        return None
    question = f"{auxiliary} {lower_opening(subject)} {base} {' '.join(words[index + 1:])}".strip()
    if opener:
        return f"{opener} {question}?"
    return f"{question[0].upper()}{question[1:]}?"


_DETERMINER_WORDS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their",
                               "our", "your", "my", "some", "any", "no"})


def _present_base(word: str) -> str | None:
    """"holds" -> "hold", "reaches" -> "reach", "goes" -> "go", "applies" -> "apply"; None if not a verb form."""
    if not re.fullmatch(r"[a-z]{3,}s", word) or word.endswith(("ss", "us", "is")):
        return None
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "oes", "sses", "zes")):
        return word[:-2]
    return word[:-1]


def _regular_base(word: str) -> str | None:
    if not re.fullmatch(r"[a-z]{4,}ed", word):
        return None
    if word.endswith("ied"):
        return word[:-3] + "y"
    stem = word[:-2]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        return stem[:-1]
    if stem[-1] in "dtkmnlrpwxhy" and not stem.endswith(("at", "it", "ut")):
        return stem
    return word[:-1]


def _drop_parentheticals(clause: str) -> str:
    return re.sub(r",\s+(?:who|which|whose)\s[^,]+,", "", clause)
