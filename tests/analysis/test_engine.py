from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis import Suggestions, analyze, analyze_texts
from briefing.model import Evidence, Source

CORPUS = Path(__file__).parent / "corpus"
DEV_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "dev").glob("*.txt"))]


def _all_evidence(result: Suggestions) -> list[Evidence]:
    items = [*result.actors, *result.caveats, *result.questions, *result.summary]
    return [e for item in items for e in item.evidence]


def _assert_evidence_exact(texts: list[str], result: Suggestions) -> None:
    for evidence in _all_evidence(result):
        assert isinstance(evidence.source, int)
        assert 0 <= evidence.start <= evidence.end <= len(texts[evidence.source])
        assert texts[evidence.source][evidence.start:evidence.end] == evidence.text


def test_evidence_is_exact_on_the_corpus() -> None:
    result = analyze_texts(DEV_TEXTS)
    _assert_evidence_exact(DEV_TEXTS, result)
    assert result.actors and result.caveats and result.questions and result.summary


def test_same_input_same_output_and_stable_keys() -> None:
    first = analyze_texts(DEV_TEXTS[:3])
    second = analyze_texts(DEV_TEXTS[:3])
    assert first == second
    keys = [item.key for item in [*first.actors, *first.caveats, *first.questions, *first.summary]]
    assert len(keys) == len(set(keys))
    # keys depend on content, not on position: adding a source in front keeps them
    shifted = analyze_texts([DEV_TEXTS[5], *DEV_TEXTS[:3]])
    shifted_keys = {q.key for q in shifted.questions}
    assert {q.key for q in first.questions} <= shifted_keys


def test_sources_api_maps_evidence_to_source_ids() -> None:
    sources = [Source(title="one", text=DEV_TEXTS[0], id="src-a"), Source(title="two", text=DEV_TEXTS[1], id="src-b")]
    result = analyze(sources)
    assert result.source_ids == ["src-a", "src-b"]
    evidence = next(e for e in _all_evidence(result) if e.source == 1)
    assert result.source_id(evidence) == "src-b"
    citation = result.citation(evidence)
    assert citation.source_id == "src-b" and citation.matches(sources[1])


def test_dismissed_keys_are_left_out() -> None:
    result = analyze_texts(DEV_TEXTS[:1])
    dismissed = {result.actors[0].key, result.caveats[0].key}
    remaining = result.without(dismissed)
    assert result.actors[0] not in remaining.actors and result.caveats[0] not in remaining.caveats
    assert len(remaining.actors) == len(result.actors) - 1


def test_empty_and_blank_texts() -> None:
    for texts in ([], [""], ["   \n\n  "], ["\x00\x01\x02"]):
        result = analyze_texts(texts)
        assert result.actors == [] and result.caveats == [] and result.questions == []


def test_control_characters_and_crlf() -> None:
    text = DEV_TEXTS[0].replace("\n", "\r\n").replace("Keïta", "Ke\x07ïta", 1) + "\x0c\x1b[31m"
    result = analyze_texts([text])
    _assert_evidence_exact([text], result)
    assert any(a.name == "Aïssata Coulibaly" for a in result.actors)


def test_non_latin_scripts_do_not_crash() -> None:
    texts = [
        "Президент Владимир Иванов заявил, что переговоры продолжатся. Неясно, будет ли подписан договор.",
        "北京外交部发言人说，会谈将继续。",
        "قال الرئيس إن المحادثات ستستمر.",
        "President Kim Min-jun (김민준) said talks would resume, officials said.",
    ]
    result = analyze_texts(texts)
    _assert_evidence_exact(texts, result)
    assert any(a.name == "Kim Min-jun" for a in result.actors)


@pytest.mark.slow
def test_huge_text() -> None:
    text = "\n\n".join(DEV_TEXTS) * 70  # about 1 MB
    assert len(text) > 900_000
    result = analyze_texts([text])
    _assert_evidence_exact([text], result)
    assert len(result.summary) == 5


def test_text_without_spaces_or_punctuation() -> None:
    text = "A" * 200_000 + "." + "b" * 1000
    result = analyze_texts([text])
    _assert_evidence_exact([text], result)


_pieces = st.sampled_from([*"abc XYZ.,;:'\"\n\r\t-—()ÉéßДж中 ",
    "Mr. ", "said ", "according to ", "It is not clear whether ", "U.S. ", "Anna Berg", ", a spokeswoman, ",
    "A senior official ", "reportedly ", "NATO ", "told Reuters", "\n\n", "BAMAKO (Wire) - ", "who ", "will "])
_texts = st.lists(_pieces, max_size=80).map("".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(_texts, min_size=1, max_size=3))
def test_evidence_text_is_always_the_source_span(texts: list[str]) -> None:
    result = analyze_texts(texts)
    _assert_evidence_exact(texts, result)
    assert result == analyze_texts(texts)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(DEV_TEXTS), min_size=1, max_size=2), st.integers(0, 400), st.integers(0, 400))
def test_evidence_exact_on_cut_articles(texts: list[str], cut_start: int, cut_end: int) -> None:
    cut = [t[cut_start: len(t) - cut_end] for t in texts]
    _assert_evidence_exact(cut, analyze_texts(cut))


def test_one_huge_sentence_is_handled_in_linear_time() -> None:
    # one 40,000-character "sentence" full of capitalised words: every look-around must stay bounded
    text = "A" * 100 + " " + "Bo said c, " * 4000
    result = analyze_texts([text])
    _assert_evidence_exact([text], result)


def test_the_slavic_rules_find_nothing_in_a_source_without_cyrillic() -> None:
    """The engine skips the Russian and Ukrainian rules for a source with no Cyrillic letter: they must find
    nothing there (even in Latin transliteration), so that skipping them changes no result."""
    from briefing.analysis import slavic
    from briefing.analysis.text import sentences as split_sentences

    text = ("Prezident Putin zayavil, chto Rossiya ne napadet. Ukraina, vidomo, ne pohodzhuyetsya.\n\n"
            "According to sources, the ministry may have denied it. Who paid for the report is unclear?")
    split = split_sentences(text)
    assert not slavic.has_cyrillic(text)
    assert slavic.neutral_sentences(text, split) == split
    assert slavic.find_caveats(text, split) == []
    assert slavic.find_questions(text, split) == []
    assert slavic.find_states(0, text, split) == []
