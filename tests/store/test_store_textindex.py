"""The tokenizer, the query parser and the two ways of locating a match, which must agree."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.store import locate, textindex
from briefing.store.textindex import Term, fold, index_text, parse_query, tokens


def test_tokens_fold_case_and_accents_and_keep_offsets() -> None:
    text = "Zelenskyý said: «naïve» U.S. plan — ПЛАН, 和平计划."
    found = tokens(text)
    assert [token[0] for token in found] == [
        "zelenskyy", "said", "naive", "u", "s", "plan", "план", "和", "平", "计", "划",
    ]
    for word, start, end in found:
        assert fold(text[start:end]) == (word,)


def test_decomposed_marks_stay_inside_their_word() -> None:
    text = unicodedata.normalize("NFD", "naïve café")
    assert [(t[0], text[t[1]:t[2]]) for t in tokens(text)] == [("naive", text[:6]), ("cafe", text[7:])]


def test_index_text_is_the_tokens_joined() -> None:
    for text in ("Plain ASCII, with_underscores and 42 numbers.", "Ünïcödé and 日本語 mixed"):
        assert index_text(text) == " ".join(token[0] for token in tokens(text))
    assert index_text("foo_bar") == "foo bar"


def test_query_syntax() -> None:
    assert parse_query("witkoff plan").fts() == '("witkoff") AND ("plan")'
    assert parse_query('"draft plan" envoy*').fts() == '("draft plan") AND ("envoy"*)'
    assert parse_query("a OR b c").fts() == '("a" OR "b") AND ("c")'
    assert parse_query("a -b NOT c").fts() == '(("a")) NOT ("b" OR "c")'
    assert parse_query("U.S. 和平").fts() == '("u s") AND ("和 平")'
    assert parse_query('"unbalanced phrase').fts() == '("unbalanced phrase")'
    for nothing in ("", "   ", "()", '"', "AND OR NOT", "-x", "*", "!!!"):
        assert parse_query(nothing).fts() is None


@given(st.text(max_size=80))
def test_any_query_becomes_a_safe_expression(query: str) -> None:
    expression = parse_query(query).fts()
    if expression is not None:
        # Only quoted folded words, parentheses, operators and prefix stars.
        for term in parse_query(query).terms:
            assert all('"' not in word and " " not in word and word for word in term.words)


# Letters of several scripts, with accents precomposed and decomposed, Han and kana, digits,
# punctuation and spaces; left out: letters that fold to several letters (handled apart).
ALPHABET = [
    *"abcdeiostzABCDEZ0159 .,;-_'\"()\n\t", *"éèëÉçñüÜıİ", "e\u0301", "o\u0308", "\u0301",
    *"абвгдеёжийАБВЁЙ", "и\u0306", "\u0306", *"和平计划東京カタナガﾃﾞ", "\u3099", *"αβγΆ",
    *"한국회담을", "\u1112\u1161\u11ab",
]
WORDS = st.text(st.sampled_from(ALPHABET), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=120).map("".join), st.data())
def test_the_fast_expressions_agree_with_the_tokenizer(text: str, data: st.DataObject) -> None:
    source_tokens = tokens(text)
    if not source_tokens:
        return
    # A term made of consecutive words of the text (so that it occurs), maybe as a prefix.
    start = data.draw(st.integers(0, len(source_tokens) - 1))
    length = data.draw(st.integers(1, min(3, len(source_tokens) - start)))
    words = tuple(token[0] for token in source_tokens[start:start + length])
    prefix = data.draw(st.booleans())
    if prefix:
        words = (*words[:-1], words[-1][: data.draw(st.integers(1, len(words[-1])))])
    term = Term(words, prefix)
    query = textindex.Query(((term,),))
    exact = set(locate._found_by_tokens(text, query))
    fast = set(locate._found_by_pattern(text, query))
    assert fast <= exact  # never a passage the index would not have matched
    # Decomposed letters (a base and a mark where the word has one letter) are left to the
    # exact way, which best_match takes when the expressions find nothing.
    assert fast or textindex.has_marks(text), "the expression missed a word the tokenizer found"
    if length == 1 and not textindex.has_marks(text):
        # Single words cannot overlap, so every occurrence is found (in text with combining
        # marks the fast way may skip some once it has found one: enough for a best passage).
        assert fast == exact
    for found_start, found_end, _group in fast:
        assert [t[0] for t in tokens(text[found_start:found_end])][: len(words) - 1] == list(words[:-1])


def test_a_voicing_mark_after_a_letter_of_its_own_is_no_separator() -> None:
    """Regression (found by the property above): in "한゙a" the token is "ᆫ゙", so the phrase "ᅡ ᆫ a" is not
    there, but the fast expression took the voicing mark for the space between two words."""
    text = "\u1112\u1161\u11aba\u1112\u1161\u11ab\u3099a"
    query = textindex.Query(((Term(("\u1161", "\u11ab", "a"), False),),))
    assert set(locate._found_by_pattern(text, query)) == set(locate._found_by_tokens(text, query)) == {(1, 4, 0)}


def test_best_match_prefers_all_words_together() -> None:
    text = "plan " + "filler " * 100 + "the witkoff plan " + "filler " * 100 + "witkoff"
    span = locate.best_match(text, parse_query("witkoff plan"))
    assert span is not None and text[span[0]:span[1]] == "witkoff plan"


def test_snippet_is_one_line_with_ellipses() -> None:
    text = "First paragraph.\n\n" + "word " * 60 + "TARGET " + "word " * 60
    start = text.index("TARGET")
    snippet = locate.snippet(text, start, start + 6)
    assert snippet.startswith("…") and snippet.endswith("…") and "\n" not in snippet and "TARGET" in snippet
    assert locate.snippet("Short text.", 0, 5) == "Short text."


def test_a_word_after_a_run_of_marks_inside_another_word_is_not_a_match() -> None:
    """Regression (found by the property test above): "aﾞﾞa" is one token, so the last "a" is not the word "a"."""
    text = "한aﾞﾞa a"
    query = textindex.Query(((Term(("a",), False),),))
    assert set(locate._found_by_pattern(text, query)) == set(locate._found_by_tokens(text, query)) == {(6, 7, 0)}


def test_a_kana_prefix_does_not_match_its_voiced_letter() -> None:
    """Regression (found by the property test above): "テ*" matched "ﾃﾞ", which folds to "デ"."""
    text = "a和aﾃﾃﾞ"
    query = textindex.Query(((Term(("テ",), True),),))
    assert set(locate._found_by_pattern(text, query)) == set(locate._found_by_tokens(text, query)) == {(3, 4, 0)}
