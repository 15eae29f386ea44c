"""The fast literal-block path of the dump writes exactly what PyYAML's own emitter writes."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.spec import dump as spec_dump


class _Reference(spec_dump._Dumper):  # PyYAML's own analysis and literal writer
    analyze_scalar = yaml.SafeDumper.analyze_scalar  # type: ignore[assignment]
    write_literal = yaml.SafeDumper.write_literal  # type: ignore[assignment]


def emitted(dumper: type[yaml.SafeDumper], data: Any) -> str:
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=False,
                     width=88, indent=2)


pieces = st.sampled_from(["\n", "\n\n", " ", "  ", "\t", "x", "word", "# c", "- y", "é", "🛰️", "\u200f", "\ufeff",
                          "\U0010ffff", "\x85", "\u2028", "\x07", ":", "'", '"', "|"])
multiline = st.tuples(st.lists(pieces | st.text(max_size=6), max_size=12).map("".join),
                      st.lists(pieces | st.text(max_size=6), max_size=12).map("".join)).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(multiline)
def test_literal_blocks_match_pyyaml(text: str) -> None:
    data = {"sources": [{"id": "a", "text": text}], "list": [text], "items": [{"text": text, "id": "x"}]}
    assert emitted(spec_dump._Dumper, data) == emitted(_Reference, data)
    assert yaml.safe_load(emitted(spec_dump._Dumper, data)) == data
