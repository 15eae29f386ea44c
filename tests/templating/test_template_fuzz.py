"""Whatever a template file holds, loading it ends in a Template or a list of one-line problems."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import ProblemList
from briefing.templating import template_from_text
from briefing.templating.schema import (
    BRANDING_KEYS,
    COVER_KEYS,
    KINDS,
    MARKING_KEYS,
    PAGE_KEYS,
    SECTION_KEYS,
    TOP_KEYS,
    TYPOGRAPHY_KEYS,
)

KEYS = sorted({*TOP_KEYS, *PAGE_KEYS, *TYPOGRAPHY_KEYS, *BRANDING_KEYS, *MARKING_KEYS, *COVER_KEYS, *SECTION_KEYS,
               "levels", "label", "colour", "margins", "top", "before", "after", "xyz"})
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 500), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12), st.sampled_from([*KINDS, "A4", "tlp", "classification", "none", "TLP:RED", "#12AB9F",
                                           "12mm", "../x.png", "logo.png", "data:image/png;base64,AAAA",
                                           "DejaVu Serif", "situation-brief", "{page}", "{"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)),
    max_leaves=25,
)
TEMPLATES = st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEMPLATES)
def test_arbitrary_structures_never_crash(data: dict[str, object]) -> None:
    text = yaml.safe_dump(data)
    try:
        template_from_text(text)
    except ProblemList as error:
        assert error.problems
        assert all("\n" not in line and line for line in error.problems)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        template_from_text(text)
    except ProblemList as error:
        assert all("\n" not in line for line in error.problems)


def test_odd_characters_in_keys_stay_on_one_line() -> None:
    text = 'id: t\nname: T\n"bad\\nkey": 1\nlabels: {page: "{a\\nb}"}\nsections: [{key: s, title: S, kind: prose}]\n'
    try:
        template_from_text(text)
    except ProblemList as error:
        assert len(error.problems) == 2
        assert all("\n" not in line for line in error.problems)
    else:
        raise AssertionError("accepted")
