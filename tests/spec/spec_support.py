"""Helpers of the spec tests: a template with every kind of section, installed for the builder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

import briefing.spec.templates as spec_templates
from briefing.templating.model import SectionSpec, Template

ALL_KINDS_YAML = """id: all-kinds
name: Every section kind
sections:
  - {key: summary, title: Bottom line, kind: prose}
  - {key: actors, title: Key actors, kind: actors}
  - {key: judgments, title: Key judgments, kind: judgments}
  - {key: questions, title: Open questions, kind: questions}
  - {key: caveats, title: Sourcing caveats, kind: caveats}
  - {key: sources, title: Sources, kind: sources}
"""


def all_kinds_template() -> Template:
    """A template holding one section of each kind, so that judgments are exercised too."""
    return Template(
        id="all-kinds",
        name="Every section kind",
        sections=[
            SectionSpec("summary", "Bottom line", "prose"),
            SectionSpec("actors", "Key actors", "actors"),
            SectionSpec("judgments", "Key judgments", "judgments"),
            SectionSpec("questions", "Open questions", "questions"),
            SectionSpec("caveats", "Sourcing caveats", "caveats"),
            SectionSpec("sources", "Sources", "sources"),
        ],
        source_text=ALL_KINDS_YAML,
    )


@contextmanager
def all_kinds_installed() -> Iterator[Template]:
    """Make `all-kinds` loadable by the spec builder (other ids still come from the real search path)."""
    template = all_kinds_template()
    real = spec_templates.installed

    def fake(template_id: str) -> Template:
        return template if template_id == template.id else real(template_id)

    with mock.patch.object(spec_templates, "installed", fake):
        yield template
