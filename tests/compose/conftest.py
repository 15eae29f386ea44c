"""Templates for the compose and writer tests, built in Python so the tests do not move with shipped YAML."""

from __future__ import annotations

import pytest

from briefing.templating.model import MarkingScheme, SectionSpec, Template


def situation_template(**overrides: object) -> Template:
    template = Template(
        id="test-situation",
        name="Test situation brief",
        sections=[
            SectionSpec("summary", "Bottom line", "prose", required=True, max_words=75, cites_required=True),
            SectionSpec("actors", "Key actors", "actors", columns=["name", "role", "affiliation", "note", "sources"]),
            SectionSpec("questions", "Open questions", "questions"),
            SectionSpec("caveats", "Sourcing caveats", "caveats"),
            SectionSpec("judgments", "Key judgments", "judgments"),
            SectionSpec("sources", "Sources", "sources"),
        ],
        marking=MarkingScheme(),
    )
    for key, value in overrides.items():
        setattr(template, key, value)
    return template


@pytest.fixture
def template() -> Template:
    return situation_template()
