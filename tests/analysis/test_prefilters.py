"""A cheap substring pre-filter must never reject a sentence its regular expression would match.

Each caveat rule first asks whether a sentence holds one of a few words, and only then runs the
expression. Hypothesis writes strings the expression matches (with any spacing it allows) and the
pre-filter has to let every one of them through.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.analysis import anonymity, caveats, orgcues, outlets, unnamed
from briefing.analysis.wordforms import WordBeforeName

RULES = [(pattern, kind, hints) for pattern, kind, hints in caveats.CLAUSE_RULES]
RULES.append((caveats.UNCLEAR, "unclear", caveats.UNCLEAR_HINTS))
RULES.append((anonymity.ANON_CUE, "anonymous cue", anonymity.CUE_HINTS))
RULES.append((anonymity.ONE_OF_THEM, "one of them said", anonymity.ONE_OF_THEM_HINTS))
RULES.extend((pattern, f"second-hand {cue}", caveats.SECOND_RULE_HINTS[cue])
             for pattern, cue in caveats.SECOND_HAND)


def _passes(hints: tuple[str, ...], text: str) -> bool:
    lowered = caveats.prefilter_text(text)
    return any(hint in lowered for hint in hints)


@pytest.mark.parametrize("pattern, kind, hints", RULES, ids=[kind for _, kind, _ in RULES])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_prefilter_keeps_every_match(pattern: re.Pattern[str], kind: str, hints: tuple[str, ...],
                                     data: st.DataObject) -> None:
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text)
    assert _passes(hints, text), f"{kind}: {text!r} matches but the pre-filter rejects it"


def test_reports_in_the_singular_pass_the_prefilter() -> None:
    """ "had a report of" and "reported earlier by" match their expressions: their hints must let them in."""
    for cue, text in (("reports of", "Police had report of shooting."), ("reported by", "It was reported earlier by "
                                                                                         "the Ledger.")):
        pattern = next(p for p, c in caveats.SECOND_HAND if c == cue)
        assert pattern.search(text)
        assert _passes(caveats.SECOND_RULE_HINTS[cue], text)


def test_proof_not_given_passes_the_unconfirmed_prefilter() -> None:
    """Regression (found by the property above): "did not give proof" matched the unconfirmed expression, but
    no hint of the pre-filter was in it, so it was never looked for."""
    text = "The ministry did not give proof."
    assert caveats.UNCONFIRMED.search(text)
    assert _passes(caveats.UNCONFIRMED_HINTS, text)


def test_said_to_across_a_line_break_is_hedged() -> None:
    """ "is said\\nto" matches the hedge expression: the pre-filter must not drop it."""
    text = "The envoy is said\nto favour the plan."
    assert caveats.HEDGED.search(text)
    assert _passes(caveats.HEDGED_HINTS, text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_led_by_is_looked_for_only_where_by_is(data: st.DataObject) -> None:
    """The "X, led by" role search runs only over text holding "by": every match of it must hold the word."""
    from briefing.analysis import roles

    text = data.draw(st.from_regex(roles._LED_BY))
    match = roles._LED_BY.search(text)
    assert match and "by" in match.group(0), text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_group_of_is_looked_for_only_before_of(data: st.DataObject) -> None:
    """ "many of", "a group of": the search runs only when the text before the phrase ends on "of"."""
    text = data.draw(st.from_regex(unnamed._GROUP_OF)).rstrip()
    if unnamed._GROUP_OF.search(text, max(0, len(text) - 80)):
        assert text.endswith("of"), text


def _words_before_names() -> list[tuple[str, WordBeforeName]]:
    return [(name, getattr(module, name)) for module in (orgcues, outlets) for name in dir(module)
            if isinstance(getattr(module, name), WordBeforeName)]


@pytest.mark.parametrize("name, before", _words_before_names(), ids=[n for n, _ in _words_before_names()])
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_word_before_a_name_is_searched_as_its_expression(name: str, before: WordBeforeName,
                                                            data: st.DataObject) -> None:
    """The words in front of a name are first checked for their last word: never a match left out by it."""
    text = data.draw(st.from_regex(before.pattern))
    expected = before.pattern.search(text)
    assert expected, text
    found = before.search(text)
    assert found is not None and found.span() == expected.span(), f"{name}: {text!r}"


def test_the_words_before_names_are_all_checked() -> None:
    assert {n for n, _ in _words_before_names()} == {"FIRM_NOUN_BEFORE", "TRADE_NOUN_BEFORE", "SPEAKER_FROM",
                                                     "APPOSED_BODY", "OUTLET_NOUN_BEFORE", "PAPER_NOUN_BEFORE"}


SLAVIC_CUE_LISTS = [f"{name}_{language}" for name in ("anonymous", "secondhand", "unconfirmed", "hedged",
                                                       "selfinterest", "unclear") for language in ("ru", "uk")]


@pytest.mark.parametrize("listed", SLAVIC_CUE_LISTS)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_russian_or_ukrainian_cue_holds_one_of_its_keys(listed: str, data: st.DataObject) -> None:
    """The Russian and Ukrainian caveat and question rules skip a sentence that holds none of a list's keys
    (the longest word of each phrase): every text a list's pattern matches must hold one."""
    from briefing.analysis.slavic.caveats import cue_keys, cue_pattern

    text = data.draw(st.from_regex(cue_pattern(listed)))
    assert any(key in text for key in cue_keys(listed)), f"{listed}: {text!r} matches but holds no key"


def _hint_groups() -> list[tuple[str, ...]]:
    return [*(hints for _, _, hints in caveats.CLAUSE_RULES), caveats._SECOND_HINTS,
            *caveats.SECOND_RULE_HINTS.values(), caveats._OWN_ASSESSMENT_HINTS, anonymity.CUE_HINTS,
            anonymity.ANON_HINTS]


def test_the_caveat_hint_index_holds_every_rules_hints() -> None:
    """The caveat rules ask the index's answer instead of searching their hints: each must be in it."""
    every = {hint for group in _hint_groups() for hint in group}
    assert every <= set(caveats._HINT_INDEX._prefixes)


_HINT_TEXT = st.text(alphabet=st.sampled_from(sorted(set("".join(
    hint for group in _hint_groups() for hint in group)) | {" ", ".", "x"})), max_size=120)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.one_of(_HINT_TEXT, st.sampled_from(sorted({h for g in _hint_groups() for h in g}))),
                       max_size=12))
def test_hint_index_finds_what_substring_search_finds(pieces: list[str]) -> None:
    """`present` must answer as `hint in text` for every hint: overlapping hints, hints inside hints and hints
    that are prefixes of others ("report", "reported", "report:") included."""
    text = "".join(pieces)
    hints = {hint for group in _hint_groups() for hint in group}
    assert caveats._HINT_INDEX.present(text) == {hint for hint in hints if hint in text}


def test_hint_index_on_sentences_of_the_corpus() -> None:
    from pathlib import Path

    from briefing.analysis.hintindex import HintIndex
    from briefing.analysis.text import sentences

    index = HintIndex([("ab", "abc", "bcd", "c", "abcde x")])
    assert index.present("xabcde x") == {"ab", "abc", "bcd", "c", "abcde x"}
    assert index.present("abd") == {"ab"}
    hints = {hint for group in _hint_groups() for hint in group}
    corpus = Path(__file__).parent / "corpus"
    for path in sorted(corpus.rglob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        for sentence in sentences(text):
            lowered = caveats.prefilter_text(sentence.text)
            assert caveats._HINT_INDEX.present(lowered) == {hint for hint in hints if hint in lowered}


def test_who_has_reviewed_passes_the_anonymous_prefilter() -> None:
    """Regression (found by the property above): "a lawyer who has reviewed the file said" matched the anonymous
    cue, but only "have reviewed" was a hint, so the sentence was never looked at."""
    for text in ("A lawyer who has reviewed the file said it was thin.", "A lawyer who had reviewed the file said so."):
        assert anonymity.ANON_CUE.search(text)
        assert _passes(anonymity.CUE_HINTS, text), text
