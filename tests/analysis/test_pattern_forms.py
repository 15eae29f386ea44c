"""Patterns written for speed must match exactly what their plain form matches.

A few expressions that run over whole texts are written capital first, with the word boundary
checked behind the capital ("[A-Z](?<!\\w[A-Z])..." for "\\b[A-Z]..."): the search then jumps from
capital to capital. Hypothesis writes texts of letters, capitals, apostrophes, dots, dashes and
spaces, in Latin and Cyrillic, and the two forms must find the same spans from any start.
The states pre-filter must likewise never skip a sentence the full loop would read a state in.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from briefing.analysis import engine, states
from briefing.analysis.text import sentences

_TEXTS = st.text(alphabet="aZbUSK.'’-_ \n,0Ж", max_size=40)
_PLAIN = [
    (engine._NAME, re.compile(r"\b[A-Z]\w{2,}")),
    (states._CAPITALISED, re.compile(r"(?<![\w.'’\-])[A-Z][\w.'’\-]*")),
]


@pytest.mark.parametrize("fast, plain", _PLAIN, ids=["engine name", "states capitalised"])
@given(text=_TEXTS, start=st.integers(min_value=0, max_value=40))
@example(text="Zed aZbb x'Kab _Kab 0Kab ЖKab .Ukk -Ukk U.S. Ab", start=0)
@example(text="aZbb", start=1)
def test_the_fast_form_matches_the_plain_form(fast: re.Pattern[str], plain: re.Pattern[str], text: str,
                                              start: int) -> None:
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
