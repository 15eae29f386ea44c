"""Roles as a text states them: a title in front of a name, an apposition after it or before it.

"White House press secretary Karoline Leavitt", "Kirill Dmitriev, an adviser to Russian President
Vladimir Putin", "Algeria's foreign minister, Ahmed Benyoucef", "The Conservatives, led by Sir ...".
Each rule sets the mention's role and the span of text that states it, for the evidence.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefing.analysis import lexicon as lx
from briefing.analysis import wordlists as wl
from briefing.analysis.text import Sentence, Token
from briefing.analysis.wordforms import (
    DETERMINERS,
    ORG_NOUNS,
    ROLE_HEADS,
    SPEECH_VERBS,
    Mention,
    is_acronym,
    is_title_token,
    joinable,
    low_word,
    strip_possessive,
    tokens_ending_by,
)

_NOT_APPOSITION = SPEECH_VERBS | wl.word_set("not_apposition")
_SPEECH_NEXT = re.compile(r"\s+(?:said|says|told|added|reported)\b")
_AGE_ONLY = re.compile(r",\s+\d{1,3},")
_AGE = re.compile(r"\d+-year-old|\d+,")
_POST_APPOSITION = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?P<article>(?:a|an|the)\s+)?"
    # a dot only after an initial ("the U.S. envoy") or inside a word ("the think tank WatchDog.md")
    r"(?P<role>(?:[^,.;:()\"“”\n]|(?<=\b[A-Z])\.|\.(?=[a-z])){2,110}?)"
    r"(?=\s*(?:,|(?<!\b[A-Z])\.(?:\s|$)|;|:|\)|\n|\((?=[A-Z]{2,6}\))|\s+(?:who|which|whose|said|says|told|and\s+said)\b|$)"
    r"|\s\()"  # "editor of the Sereipheap Thmei (New Liberty) newspaper": the role ends before the aside
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|capital|city|town|village)\s+$")
_WHO_ROLE = re.compile(r",\s+who\s+(?P<role>(?:leads|chairs|heads|runs|directs|commands|represents|oversees)"
                       r"\s[^,.;\n]{2,80})")
_OF_ORGANIZATION = re.compile(r"\s+(?:of|at|with|from)\s+(?P<org>(?:the\s+)?[A-Z][\w'’&\-]*"
                              r"(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w'’&\-]*)*)")
_LED_BY = re.compile(r"(?P<org>(?:[Tt]he\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,4}),?\s+(?:led|headed|chaired)\s+"
                     r"by\s+(?:(?:Sir|Dame|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Gen\.|General|Prime\s+Minister|President)\s+)?")
_WHO_AFTER = re.compile(r",\s+(?:who(?:se)?|in\s+(?:his|her))\s")  # "Tomas Ivers, in his late 20's, ..."
_PARTY_STATE = re.compile(r",\s+\(?[RDI]-[A-Z][A-Za-z.]{1,12}\)?(?=,)")
_TITLE_THEN_NAME = re.compile(
    r"(?<!\bto\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bwith\s)\b(?:President|Minister|Chancellor|Secretary|Senator|Sen\.|Rep\."
    r"|Gov\.|Governor|General|Gen\.|Premier|King|Queen|Prince|Mayor|Ambassador|Envoy|Commissioner|Leader|Speaker)"
    r"\s+(?!of\b|for\b)[A-Z][a-z]")


def role_chain_start(text: str, toks: list[Token], first: Token) -> int | None:
    """Start of the words in front of a name that make a role ("Trump envoy", "Treasury chief")."""
    before = tokens_ending_by(toks, first.start, 12)
    start: int | None = None
    has_role = False
    right = first
    name_words = 0  # capitalised words of a name taken into the chain past its last one
    for token in reversed(before):
        if not joinable(text, token, right):
            break
        low = low_word(token)
        last_capital = False
        if token.text[0].isupper():
            if low in lx.COMMON_CAPITALIZED and low not in ("state",):
                break
            has_role = has_role or low in ROLE_HEADS
            last_capital = not (is_title_token(low) or is_acronym(token.text) or low in lx.KNOWN_ORGS
                                or low in lx.ORG_HEADS)
        elif low in lx.TITLE_WORDS or low in lx.PERSON_NOUNS or low in lx.ORG_HEADS:
            has_role = has_role or low in ROLE_HEADS
        elif low in lx.OFFICE_MODIFIERS and start is not None and (low_word(right) in lx.TITLE_WORDS
                                                                    or low_word(right) in lx.PERSON_NOUNS):
            pass  # "Chief information officer Priya Raman", "Republican presidential hopeful Ann Lind"
        elif low in ("of", "for", "to", "at") and start is not None:
            pass
        else:
            break
        if token.text[0].isupper() and strip_possessive(token.text) != token.text and start is not None:
            start = token.start
            break
        start = token.start
        right = token
        if last_capital and low not in lx.TITLE_WORDS:
            place_start = _place_name_start(text, before, before.index(token))
            if place_start is not None:
                start = place_start  # "New York City mayor": the whole place, not "City mayor"
                break
            # a name-like word ("Trump envoy") ends the chain unless more title words precede it, or the rest of
            # its name ("Goldman Sachs analyst", "Green Left leader": not "Sachs analyst")
            prev_index = before.index(token) - 1
            previous = before[prev_index] if prev_index >= 0 else None
            if previous is not None and name_words < 2 and _rest_of_name(text, previous, token):
                name_words += 1
                continue
            if previous is None or low_word(previous) not in lx.TITLE_WORDS or not previous.text[0].isupper():
                break
    if start is None or not has_role:
        return None
    # do not begin with a connector
    while True:
        stripped = text[start:first.start]
        match = re.match(r"(?:of|for|to|at|and)\s+", stripped)
        if not match:
            break
        start += match.end()
    return start if start < first.start else None


def _rest_of_name(text: str, previous: Token, token: Token) -> bool:
    """`previous` is a word of the same name as `token`: capitalised, joined to it by a space, no sentence word
    ("The"), title or possessive, on either ("Mother Teresa's Missionaries of Charity" names no role)."""
    low = low_word(previous)
    return (previous.text[0].isupper() and text[previous.end:token.start] == " " and low not in lx.COMMON_CAPITALIZED
            and low not in lx.TITLE_WORDS and strip_possessive(previous.text) == previous.text
            and strip_possessive(token.text) == token.text and not previous.text.isupper())


def _place_name_start(text: str, before: list[Token], index: int) -> int | None:
    """Where a place name of several words ends at `before[index]` begins ("New York City"), or None."""
    for width in (3, 2, 1):
        first = index - width
        if first < 0:
            continue
        run = before[first:index + 1]
        if all(joinable(text, a, b) for a, b in pairwise(run)) and \
                " ".join(low_word(t) for t in run) in lx.PLACE_NAMES:
            return run[0].start
    return None


def chain_end(text: str, first: Token) -> int:
    end = first.start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    return end


_ABBREVIATED_TITLES = {
    "gov.": "Governor", "sen.": "Senator", "rep.": "Representative", "capt.": "Captain", "gen.": "General",
    "lt.": "Lieutenant", "col.": "Colonel", "adm.": "Admiral", "sgt.": "Sergeant", "maj.": "Major",
    "cmdr.": "Commander", "amb.": "Ambassador", "prof.": "Professor", "pres.": "President",
}


_RANKS = wl.word_set("ranks")


def _rank_only(role: str) -> bool:
    """A military rank says less than a function ("Lt. Col." versus "Pentagon spokesman")."""
    return all(w.lower().rstrip(".") in _RANKS for w in role.split())


def trim_role(role: str) -> str:
    """A role without leading articles or trailing (capitalised) honorifics; a role that is only abbreviated titles
    ("Lt. Col.") is written out, so that it reads (and matches) as the title it is."""
    words = role.split()
    while words and words[-1][:1].isupper() and words[-1].lower().rstrip(".") in lx.HONORIFICS:
        words.pop()  # "Chief Inspector Sister"; a "sister" in lower case is kin ("his sister Lisa")
    while words and words[0].lower() in ("the", "a", "an", "now", "then", "currently"):
        words.pop(0)  # "now the party's nominee": the role is the nominee
    if words and all(w.lower() in _ABBREVIATED_TITLES for w in words):
        words = [_ABBREVIATED_TITLES[w.lower()] for w in words]
    return " ".join(words)


def read_appositions(text: str, sentence: Sentence, mention: Mention, chunk_start: int,
                      toks: list[Token]) -> None:
    """Roles stated next to the name: "X, an adviser to ...", "Its energy minister, X,"."""
    tail = text[mention.end:min(sentence.end, mention.end + 300)]  # bounded: sentences can be huge
    if tail.startswith(("'s", "’s")):
        return
    if _AGE_ONLY.match(tail):
        mention.person_cue = mention.person_cue or "age"  # "Nguyen Thi Lan, 62, said": only people have ages
    party = _PARTY_STATE.match(tail)  # "Sen. Roger Wicker, R-Miss., the chairman of ..."
    offset = party.end() if party else 0
    match = _POST_APPOSITION.match(tail, offset)
    if match and (match.group("role").split()[0].lower() in _NOT_APPOSITION or _names_someone(match.group("role"))
                  or (_SPEECH_NEXT.match(tail, offset + match.end()) and not _role_of_first_name(
                      text, sentence, chunk_start, mention, match.group("role")))):
        match = None  # "X, French President Y and ...": the next item of a list; "in X, a police spokesman said"
        # (but "Tarvo Ilves, chairman of the commission said ..." opens its sentence: the role is the name's)
    if match and mention.single and _LOCATIVE_BEFORE.search(text, max(sentence.start, chunk_start - 12), chunk_start):
        match = None  # "in Velmora, state radio reported", "the capital Karsk, the commander of": a place
    if match and _STOP_IN_ROLE.search(match.group("role")) and (mention.single or not match.group("article")):
        match = None  # past an abbreviation only for "Ann Lind, the U.S. envoy": "Marlex, the venture of U.S. majors"
    if match and (_clause_before_head(match.group("role")) or (
            match.group("role")[:1].isdigit() and not _AGE.match(match.group("role")))):
        match = None  # "Ryan, Trump met with House members", "Gisenyi, 28 prisoners were ...": a clause, not a role
    if match:
        role = match.group("role")
        role = role[:_verb_cut(role)].strip()
        words = role.lower().replace("-", " ").split()
        heads = [w for w in words[:6] if w.strip("'’s") in ROLE_HEADS or w in ROLE_HEADS]
        if heads or _AGE.match(role):
            if not mention.role or _rank_only(mention.role) or (
                    len(role) > len(mention.role) and not role.lower().startswith("one of")):
                # (a title stays: "Councilman Rafael Ortiz, one of the two members who ...")
                mention.role = trim_role(role)
                mention.role_start = mention.evidence_start
                mention.role_end = mention.end + match.start("role") + _verb_cut(match.group("role"))
            mention.person_cue = mention.person_cue or f"apposition {role!r}"
        elif (any(w in ORG_NOUNS for w in words[:5]) and (match.group("article") or words[0] in ORG_NOUNS)
              and not mention.person_cue and not mention.given_name
              and not _SPEECH_NEXT.match(tail, offset + match.end())):
            # "Eurofer, the European steel association"; not "X, orders the manufacturer", nor
            # "President X, the ministry said" (the ministry speaks; X stays a person)
            mention.kind = "org"  # "Eurofer, the European steel association"; not "X, orders the manufacturer"
            return
    of_org = _OF_ORGANIZATION.match(tail)
    if of_org and mention.role and mention.role_end <= mention.end and mention.role_start < mention.start:
        mention.role = f"{mention.role} of {of_org.group('org')}"
        mention.role_end = mention.end + of_org.end()
    elif of_org and not mention.role and _names_a_body(of_org.group("org")) and (
            tail.lstrip().startswith("of ") or _SPEECH_NEXT.match(tail, of_org.end())):
        # ("Churchill from the Oval Office", "Clinton at the State Department" say where, not whose: "at" only
        # before a verb of saying, "Marta Olsen at the Nordic Grain Federation said")
        # "said Greta Lind of the Asterby Consumers' Association": no role, but whose she is
        mention.affiliated = re.sub(r"^the\s+", "", of_org.group("org"))
        mention.affiliated_end = mention.end + of_org.end()
    who = _WHO_ROLE.match(tail)
    if who and not mention.role:
        mention.role = who.group("role").strip()
        mention.role_start = mention.evidence_start
        mention.role_end = mention.end + who.end("role")
        mention.person_cue = mention.person_cue or "who-clause role"
    if not mention.person_cue and not mention.single and mention.kind == "unknown" and _WHO_AFTER.match(tail):
        mention.person_cue = "who-clause"  # "Oren Halvard, who as ambassador ...": bodies take "which", "its"
    led_from = max(sentence.start, chunk_start - 90)
    # every match holds "by": the search runs only where the word is (rarely, right before a name)
    led = _LED_BY.search(text, led_from, chunk_start) if text.find("by", led_from, chunk_start) >= 0 else None
    if led and led.end() == chunk_start and not mention.role:
        group = led.group("org").strip()
        group = re.sub(r"^[Tt]he\s+", "", group)
        mention.role = f"leader of the {group}"
        mention.role_start = led.start("org")
        mention.role_end = mention.end
        mention.person_cue = mention.person_cue or "leads an organisation"
    pre = _pre_apposition(text, sentence, chunk_start, toks)
    if pre is None and mention.role is not None and sentence.start <= mention.role_start < chunk_start:
        # "Georgian Dream's founder, billionaire Bidzina Ivanishvili": a body's office set off before the title
        # (not "Achterberg's predecessor, former mayor Lionel Brandt": a relation, the title says more)
        pre = _pre_apposition(text, sentence, mention.role_start, toks)
        owned = _BODYS_OFFICE.fullmatch(pre[1]) if pre is not None else None
        pre = pre if owned and owned.group("head").lower() not in _RELATIONS else None
    if pre is not None and not _names_someone(pre[1]):
        pre_start, pre_role = pre
        if not mention.role or _rank_only(mention.role) or len(pre_role) > len(mention.role):
            mention.role = pre_role
            mention.role_start = pre_start
            mention.role_end = mention.end
        mention.person_cue = mention.person_cue or f"apposition {pre_role!r}"


_BODYS_OFFICE = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*['’]s\s+(?:[a-z][\w\-]*\s+)?(?P<head>[a-z][\w\-]*)")
_RELATIONS = frozenset(("predecessor", "successor", "wife", "husband", "son", "daughter", "brother", "sister", "father",
                        "mother", "ally", "rival", "friend", "partner", "widow", "lawyer", "attorney", "biographer"))


_STOP_IN_ROLE = re.compile(r"\.(?!\w)")  # a stop that ends a word ("U.S."), not one inside it ("WatchDog.md")


def _names_a_body(name: str) -> bool:
    """A body's name: it ends on a head such as "Association" or "Federation" ("Texas", "Velmar" do not)."""
    last = strip_possessive(name.rsplit(maxsplit=1)[-1]).lower()
    return last in lx.ORG_HEADS or last in ORG_NOUNS


def _role_of_first_name(text: str, sentence: Sentence, start: int, mention: Mention, role: str) -> bool:
    """A full name opening its sentence, then a role that starts with a title word: the role is the name's."""
    first = role.split(maxsplit=1)[0]
    return len(mention.words) > 1 and first.islower() and (first in ROLE_HEADS or first in lx.TITLE_WORDS) \
        and not text[sentence.start:start].strip(" -\"“'‘")


def _names_someone(role: str) -> bool:
    """True when a would-be role is another person's title and name ("French President Emmanuel Macron"),
    unless the role is about that person ("adviser to Russian President Vladimir Putin")."""
    match = _TITLE_THEN_NAME.search(role)
    if match is None:
        return False
    if re.match(r"[\w\-]*(?:\s+[A-Z][\w\-]*)*['’]s\b", role[match.end():]):
        return False  # "President Caldwell's press secretary": a role in that person's service
    before = role[:match.start()].split()
    return not any(w.lower() in ("to", "of", "for", "with", "under") for w in before[-3:])


# a finite verb ends a role that ran on without a comma: "a former agent for President Lind has written a book"
_FINITE_VERB = re.compile(r"\s(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|does|did)\s")
# words that open a clause or an adverbial before any role noun: "Trump met with House members", "a swipe against"
_CLAUSE_PREPOSITIONS = frozenset({"with", "against", "into", "over", "after", "before", "during", "about", "between",
                                  "through", "toward", "towards", "despite", "without"})
_AFTER_HEAD = frozenset({"of", "for", "to", "at", "in", "on", "from", "with", "under"})


def _verb_cut(role: str) -> int:
    """Where a role that ran on into its sentence's verb ends (its whole length when it did not)."""
    match = _FINITE_VERB.search(role)
    return match.start() if match else len(role)


def _role_words(role: str) -> list[str]:
    return [w.strip("'’").lower().removesuffix("'s").removesuffix("’s").rstrip(".,") for w in role.split()]


def _is_head(word: str) -> bool:
    return word in ROLE_HEADS or word.rsplit("-", 1)[-1] in ROLE_HEADS  # "front-runner", "co-founder"


def _clause_before_head(role: str) -> bool:
    """True when the words read as a clause, not a role: a preposition that opens an adverbial before the
    first role noun ("Trump met with House members"), a pronoun ("Once he was president"), an opening
    conjunction ("even though Republicans claim ...") or an opening verb in -ing ("trying to use ...")."""
    words = _role_words(role)
    if ("''" in role or "``" in role or '"' in role) and _QUOTE_IN_CLAUSE.search(role):  # every match holds one
        return True  # "Mr. Obama, the prime minister ''looked ashen,''" (but "author of ''Destiny and Power'' ")
    first = role.split(maxsplit=1)[0] if role.strip() else ""
    # ("US" in capitals is the country: "the US ambassador to NATO")
    pronouns = [w for w, raw in zip(words, role.split(), strict=True) if w in _PRONOUNS and raw != "US"]
    if not words or words[0] in _CLAUSE_OPENERS or pronouns or (
            first.islower() and first.endswith("ing") and "-" not in first and first not in _ING_ADJECTIVES
            and words[:2] != ["running", "mate"]):
        return True
    for word in words:
        if _is_head(word):
            return False
        if word in _CLAUSE_PREPOSITIONS:
            return True
    return False


# a quotation that opens the role or follows a word other than a preposition: what someone said, not a title
_QUOTE_IN_CLAUSE = re.compile(r"^\s*(?:''|``|\")|(?<!\bof)(?<!\bin)(?<!\bon)(?<!\bfor)(?<!\babout)(?<!\bcalled)"
                              r"(?<!\btitled)(?<!\bentitled)\s(?:''|``)")
_PRONOUNS = frozenset({"he", "she", "they", "we", "it", "i", "you", "him", "them", "us"})
_CLAUSE_OPENERS = frozenset({"once", "when", "while", "although", "though", "because", "if", "even", "since",
                             "until", "unless", "whereas", "as"})
# words in -ing that qualify a role ("acting director", "outgoing mayor"; "running mate" too), not verbs
_ING_ADJECTIVES = frozenset({"acting", "attending", "commanding", "consulting", "contributing", "founding", "governing",
                             "incoming", "leading", "longstanding", "managing", "outgoing", "presiding", "ranking",
                             "reigning", "ruling", "serving", "sitting", "standing", "supervising",
                             "visiting", "long-standing", "high-ranking", "top-ranking", "hard-working"})


def _ends_on_its_head(role: str) -> bool:
    """A role in front of a name ends on its noun or goes on with a preposition ("Secretary of the Treasury"),
    never with more words after the noun ("the Republican field remained divided")."""
    words = _role_words(role)
    last = max((i for i, w in enumerate(words) if _is_head(w)), default=-1)
    return last >= 0 and (last == len(words) - 1 or words[last + 1] in _AFTER_HEAD)


def _bare(token: Token) -> str:
    return token.text.lower().rstrip(".").replace("’s", "").replace("'s", "")


_COMMA_END = re.compile(r"\w,\s*$")
_COMMA_SPACE_END = re.compile(r"\w,\s+$")


def _pre_apposition(text: str, sentence: Sentence, chunk_start: int, toks: list[Token]
                    ) -> tuple[int, str] | None:
    """The noun phrase in "Algeria's foreign minister, Ahmed Benyoucef, called ..."."""
    window_start = max(sentence.start, chunk_start - 200)  # a bounded look back: sentences can be huge
    head = text[window_start:chunk_start]
    if not _COMMA_END.search(head[-12:]) or not _COMMA_SPACE_END.search(head):
        return None
    comma = head.rstrip().rfind(",") + (window_start - sentence.start)
    limit = sentence.start + comma
    before = tokens_ending_by(toks, limit, 12)
    picked: list[Token] = []
    crossings: list[int] = []  # where the look back went on past "of the", "to the"
    right_end = sentence.start + comma
    position = len(before)
    while position > 0:
        position -= 1
        token = before[position]
        gap = text[token.end:right_end]
        if gap.strip() not in ("", ",") or (gap.strip() == "," and not (
                token.text[0].isupper() and all(t.text[0].isupper() or t.text == "and" for t in picked))):
            break
        low = token.text.lower()
        if low in DETERMINERS:
            index = before.index(token)
            if not (low == "the" and index > 0 and before[index - 1].text.lower() in ("of", "for", "to", "at", "in",
                                                                                     "on")):
                break
            crossings.append(len(picked))
        picked.append(token)
        right_end = token.start
        if strip_possessive(token.text) != token.text and token.text[0].isupper():
            # "The African Union's special envoy": take the whole name that owns the role
            index = position - 1
            while index >= 0 and before[index].text[0].isupper() and before[index].text.lower() not in DETERMINERS \
                    and joinable(text, before[index], picked[-1]):
                picked.append(before[index])
                index -= 1
            if index < 0 or before[index].text.lower() not in ("for", "of", "to", "at") or \
                    text[before[index].end:picked[-1].start].strip() or any(_bare(t) in ROLE_HEADS for t in picked):
                break  # "a photo of Trump's wife": the owner's phrase holds the role already
            # "A spokesman for Ukraine's Khortytsia group of forces": the owner's name follows the role's head
            position, right_end = index + 1, picked[-1].start
            continue
        if len(picked) >= 9:
            break
    for crossing in crossings:
        if not any(_bare(t) in ROLE_HEADS for t in picked[crossing + 1:]):
            # "... to Ann Lind and Ohio to the state's governor, X": nothing before "to the" is a role word,
            # so the role is what follows it ("Secretary of the Treasury" keeps its head)
            picked = picked[:crossing]
            break
    if not picked:
        return None
    picked.reverse()
    lows = {_bare(t) for t in picked}
    if not lows & ROLE_HEADS:
        return None
    if any(t.text.lower() in SPEECH_VERBS or (t.text.lower() in ("in", "on", "at") and i == 0)
           for i, t in enumerate(picked)):
        return None
    start = picked[0].start
    role = text[start:picked[-1].end]
    if _clause_before_head(role) or not _ends_on_its_head(role):
        return None  # "as long as the Republican field remained divided, Ann Lind ...": a clause, not her role
    return start, role
