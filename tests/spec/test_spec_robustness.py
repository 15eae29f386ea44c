"""Bad input never crashes the builder: whatever the text, the result is a Brief or a SpecError."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.resources import resource
from briefing.spec import SpecError, build_brief, dump_brief, load_spec

SAMPLE_TEXT = dump_brief(load_spec(resource("samples", "sample-brief.yaml")))
SAMPLE_LINES = SAMPLE_TEXT.splitlines(keepends=True)
YAML_BITS = ["- ", ": ", "{", "}", "[", "]", "'", '"', "&a ", "*a", "!!python/name:os.system ", "!!int ", "~",
             "\t", "  ", "\n", "#", "|", ">", "? ", "---\n", "null", "1", "2025-13-45", "at: -1", "<<: *a"]


def outcome(text: str) -> None:
    try:
        build_brief(text)
    except SpecError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.startswith("<spec>") and "\n" not in problem


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(YAML_BITS) | st.text(max_size=8), max_size=40).map("".join))
def test_arbitrary_text(text: str) -> None:
    outcome(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(SAMPLE_LINES) - 1), st.sampled_from(YAML_BITS),
                          st.sampled_from(["insert", "replace", "delete"])), min_size=1, max_size=4))
# a complex key ("? " before a line) holding a whole source text: the unknown key's message was many lines
@example(edits=[(112, "? ", "insert")])
def test_damaged_sample(edits: list[tuple[int, str, str]]) -> None:
    lines = list(SAMPLE_LINES)
    for index, bit, action in edits:
        index = min(index, len(lines) - 1)
        if action == "insert":
            lines.insert(index, bit + lines[index])
        elif action == "replace":
            lines[index] = lines[index].replace(": ", bit, 1)
        elif len(lines) > 1:
            del lines[index]
    outcome("".join(lines))
