"""Patterns written for speed must match exactly what their plain form matches.

A few expressions that run over whole texts are written capital first, with the word boundary
checked behind the capital ("[A-Z](?<!\\w[A-Z])..." for "\\b[A-Z]..."): the search then jumps from
capital to capital. Hypothesis writes texts of letters, capitals, apostrophes, dots, dashes and
spaces, in Latin and Cyrillic, and the two forms must find the same spans from any start.
Others look ahead for the characters a match can open with (the token, the sentence boundary, the
anonymity cue), so that the alternatives are not tried at every position; they are held to their plain
form the same way.
The states pre-filter must likewise never skip a sentence the full loop would read a state in.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from briefing.analysis import anonymity, singlesource, sourcementions, states, suggestions, summary, text
from briefing.analysis.slavic import states as slavic_states
from briefing.analysis.text import sentences

_TEXTS = st.text(alphabet="aZbUSK.'’ʼ-_ \n,0Жжаї&+%²!?。”)\r\t", max_size=40)
_PLAIN = [
    (singlesource._NAME, re.compile(r"\b[A-Z]\w{2,}")),
    (states._CAPITALISED, re.compile(r"(?<![\w.'’\-])[A-Z][\w.'’\-]*")),
    (text._WORD, re.compile(r"(?:[A-Za-z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sen|Rep|Gov|Capt|Sgt|Adm|Maj|St|Jr|"
                            r"Sr|Rev|Amb)\.(?=\s)|[^\W\d_](?:[\w'’.\-&]*\w)?\+?|\d[\d,.]*%?")),
    (text._BOUNDARY, re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|[。！？]+[」』”’）]*|\n[ \t]*(?:\r?\n[ \t]*)+|\r?\n")),
    (singlesource._CYRILLIC_NAME, re.compile(r"\b[А-ЯЁІЇЄҐ][а-яёіїєґʼ'’\-]{2,}")),
    (slavic_states._CAPITALISED, re.compile(r"(?<![\w'’ʼ\-])[А-ЯЁІЇЄҐ][\w'’ʼ\-]*")),
    (sourcementions._LOWER_WORD, re.compile(r"\b[a-z][a-z'’\-]+\b")),
]


@pytest.mark.parametrize("fast, plain", _PLAIN, ids=["single-source name", "states capitalised", "text token",
                                                  "sentence boundary", "single-source Cyrillic name",
                                                  "Slavic states capitalised", "lower-case word"])
@given(text=_TEXTS, start=st.integers(min_value=0, max_value=40))
@example(text="Zed aZbb x'Kab _Kab 0Kab ЖKab .Ukk -Ukk U.S. Ab", start=0)
@example(text="aZbb", start=1)
@example(text="U.S. Mr. Sr.x _a ²b 3,5% a&b OPEC+", start=0)
@example(text="Go!\r\nNo?” Yes.) a\n \n\r\nb。c！」d\r", start=0)
@example(text="Жаба aЖаб -Жаб 'Жаб ’Жаб _Жаб 2Жаб Жа", start=0)
@example(text="aЖаба", start=1)
@example(text="ab a'b-c zz _ab 2ab Жab", start=0)
def test_the_fast_form_matches_the_plain_form(fast: re.Pattern[str], plain: re.Pattern[str], text: str,
                                              start: int) -> None:
    start %= len(text) + 1
    assert [m.span() for m in fast.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


@given(text=st.text(alphabet="МмНнВвяЯыиашaZ_2'’ -.«»\n", max_size=40), start=st.integers(min_value=0, max_value=40))
@example(text="Мы мир наши Вы ви я Я aмы _мы 2я Наш-то мыш я.", start=0)
def test_the_summary_first_person_fast_form_matches_the_plain_form(text: str, start: int) -> None:
    """Russian and Ukrainian "we" and "you" in a summary candidate: the letter-first form finds what the plain
    one finds."""
    plain = re.compile(r"(?<![^\W\d_])(?:[Мм]ы|[Мм]и|[Нн]аш[\w]*|[Вв]ы|[Вв]и|я|Я)(?![^\W\d_])")
    fast = summary._FIRST_PERSON_SLAVIC
    start %= len(text) + 1
    assert [m.span() for m in fast.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]


@given(words=st.lists(st.sampled_from(["Veloria", "U.S.", "U.S", "Britain", "the", "said", "signed", "and", "Mr.",
                                       "Kovar", "China", "Bank", "of", "X-Veloria", "d'Britain", ",", "."]),
                      max_size=12))
def test_the_states_prefilter_skips_no_state(words: list[str]) -> None:
    text = "Headline\n\n" + " ".join(words) + " said."
    split = sentences(text)
    known = {"Kovar"}
    filtered = states.english_states(0, text, split, known, set())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(states, "_may_name_a_state", lambda *args: True)
        assert states.english_states(0, text, split, known, set()) == filtered


_CUE_WORDS = ["who", "Who", "spoke", "speaking", "talking", "talked", "on", "condition", "of", "anonymity", "the",
              "asked", "requested", "declined", "refused", "did", "didn’t", "not", "want", "to", "be", "named",
              "identified", "give", "his", "names", "that", "full", "published", "granted", "was", "were", "for",
              "background", "privately", "familiar", "unfamiliar", "with", "close", "closer", "involved",
              "participating", "in", "briefed", "direct", "knowledge", "authorized", "authorised", "speak", "press",
              "attended", "present", "at", "room", "saw", "heard", "has", "seen", "I", "we", "I’ve", "We'd", "have",
              "interviewed", "spoken", "contacted", "surveyed", "line", "rules", "said", "talks", ",", ".", "$5",
              "ſpoke", "\u212aNOWLEDGE", "İnvolved", "ınvolved", "WHO", "FAMILIAR"]


@given(words=st.lists(st.sampled_from(_CUE_WORDS), max_size=14), glue=st.sampled_from([" ", "  ", "\n", "-"]))
@example(words=["officials", "familiar", "with", "the", "talks", "said"], glue=" ")
@example(words=["a", "person", "who", "asked", "not", "to", "be", "named"], glue=" ")
def test_the_anonymity_cue_with_its_opening_lookahead_matches_the_plain_cue(words: list[str], glue: str) -> None:
    """The lookahead in front of ANON_CUE only skips positions: the cues found are the plain expression's."""
    plain = re.compile(anonymity._ANON_CUE, re.IGNORECASE)
    text = glue.join(words)
    assert [(m.span(), m.group()) for m in anonymity.ANON_CUE.finditer(text)] == [
        (m.span(), m.group()) for m in plain.finditer(text)]
    for start in range(0, len(text), 5):
        assert [m.span() for m in anonymity.ANON_CUE.finditer(text, start)] == [
            m.span() for m in plain.finditer(text, start)]


_ONE_CUE_EACH = ["who spoke on condition of anonymity", "speaking on the condition of anonymity",
                 "talking on condition of anonymity", "who talked on condition of anonymity",
                 "on condition of anonymity", "asked not to be named", "requested not to be identified",
                 "declined not to be named", "refused to be identified", "did not want to be named",
                 "didn’t want to be identified", "declined to give her full name", "refused to share their names",
                 "asked that his surname not be published", "requested anonymity", "asked for anonymity",
                 "was granted anonymity", "were granted anonymity", "granted anonymity", "spoke on background",
                 "speaking privately", "spoke anonymously", "familiar with the talks, said", "close to the mayor.",
                 "closer to the board said", "involved in the deal", "participating in talks", "briefed on the plan;",
                 "with direct knowledge of the matter,", "who was not authorised to speak publicly",
                 "not authorized to comment to the press", "not authorized to discuss about the ferry deal, said",
                 "who attended the meeting,", "who was present at the vote said", "who was in the room as talks ended,",
                 "who witnessed the crash.", "who took part in talks", "who saw the memo,", "who heard it said",
                 "who reviewed the files.", "who has seen the draft,", "who had seen it said", "I interviewed",
                 "we have spoken to", "I’ve talked with", "We'd contacted", "I consulted", "we surveyed",
                 "I spoke to", "we spoke with", "who was not named", "were not identified in line with police rules"]


@pytest.mark.parametrize("cue", _ONE_CUE_EACH)
def test_every_anonymity_cue_passes_the_opening_lookahead(cue: str) -> None:
    """One phrase per alternative of the cue, in capitals and small letters, alone and inside a sentence."""
    plain = re.compile(anonymity._ANON_CUE, re.IGNORECASE)
    assert plain.search(cue), cue
    for form in (cue, cue.upper(), cue.capitalize(), f"Two people, {cue} and more, said.", f"x{cue}"):
        found = [(m.span(), m.group()) for m in plain.finditer(form)]
        assert [(m.span(), m.group()) for m in anonymity.ANON_CUE.finditer(form)] == found, form


_SAID_WORDS = ["said", "says", "Said", "unsaid", "essays", "xsaid", "_said", "he", "she", "we", "I", "they", "that",
               "had", "has", "would", "not", "already", "quickly", "been", "written", "drafted", "won", "worked", "out",
               "and", "Trump", "put", "together", ",", "."]


@given(words=st.lists(st.sampled_from(_SAID_WORDS), max_size=12), glue=st.sampled_from([" ", "\n", "-"]))
@example(words=["Ober", "said", "he", "and", "Trump", "had", "written", "it"], glue=" ")
@example(words=["essays", "he", "had", "won"], glue=" ")
def test_own_actions_written_s_first_match_the_plain_form(words: list[str], glue: str) -> None:
    from briefing.analysis import caveats

    fast = caveats._OWN_ACTIONS.pattern
    plain = re.compile(r"\b(?:said|says)" + fast[fast.index(r"\s+(?:that\s+)?"):])
    text = glue.join(words)
    assert [m.span() for m in caveats._OWN_ACTIONS.finditer(text)] == [m.span() for m in plain.finditer(text)]


_WHITE = "aB ß\t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000\u200bİ"


@given(text=st.text(alphabet=_WHITE, max_size=30))
@example(text=" \u2003A\x1c\x85b \u200b c\u3000")
def test_the_stable_key_text_evens_out_white_space_as_the_expression_does(text: str) -> None:
    """`normalized` splits on white space instead of substituting `\\s+`: the two must give the same key text."""
    assert suggestions.normalized(text) == re.sub(r"\s+", " ", text).strip().casefold()


_UNCLEAR_EACH = ["it is not clear", "it was not yet known", "it's unclear", "it remains uncertain",
                 "it remained unknown", "it is still unclear", "remains unclear", "remain not certain",
                 "remained unknown", "was not immediately clear", "were unclear", "is unknown", "are uncertain",
                 "declined to say", "refused to comment", "has not been announced", "have not yet been set",
                 "had not been made public", "did not say", "did not respond", "has not said", "have not replied",
                 "had not yet named", "did not identify", "gave no timeline", "provided no details",
                 "offered no reason", "no decision has been made", "no final decisions have yet been reached",
                 "would not say", "wouldn’t say", "no one knows", "remains to be seen", "it is known",
                 "it is not known", "it’s not clear", "neither the ministry nor the port responded",
                 "without giving any details", "without citing a reason", "without elaborating",
                 "unclear whether the"]


@pytest.mark.parametrize("phrase", _UNCLEAR_EACH)
def test_every_open_question_cue_passes_its_opening_lookahead(phrase: str) -> None:
    """One phrase per alternative of UNCLEAR, in capitals and small letters, alone and inside a sentence."""
    from briefing.analysis import caveats

    fast = caveats.UNCLEAR
    plain = re.compile(fast.pattern[fast.pattern.index(r"\b(?:(?:it"):], fast.flags)
    assert plain.search(phrase), phrase
    for form in (phrase, phrase.upper(), phrase.capitalize(), f"The port, {phrase} on Monday.", f"x{phrase}"):
        assert [m.span() for m in fast.finditer(form)] == [m.span() for m in plain.finditer(form)], form


@given(words=st.lists(st.sampled_from(["told", "Told", "TO", "with", "according", "to", "by", "citing", "stop",
                                       "the", "Harbour", "Post", "x", ",", "\n"]), max_size=8),
       glue=st.sampled_from([" ", "  ", "\t"]))
@example(words=["a", "source", "told", "the", "Harbour"], glue=" ")
def test_the_reporter_hint_with_its_lookahead_matches_the_plain_form(words: list[str], glue: str) -> None:
    from briefing.analysis import mentions

    fast = mentions._REPORTER_HINT
    plain = re.compile(fast.pattern[fast.pattern.index("(?i:told"):], fast.flags)
    text = glue.join(words) + glue
    for start in range(len(text)):
        found = fast.search(text, start)
        expected = plain.search(text, start)
        assert (found and found.span()) == (expected and expected.span()), text
