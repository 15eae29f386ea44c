"""A brief's own copy of its template: using it, noticing a newer installed version, re-applying it.

A brief stores the merged YAML of its template (assets embedded) when it is created, so that
it exports the same however the installed template changes later. The user decides when to
move to the newer version; re-applying never deletes items, it reports the sections the new
version no longer has so the user can move their items first.
"""

from __future__ import annotations

import yaml

from briefing.errors import BriefingError, ProblemList
from briefing.model import Brief
from briefing.templating.loader import load_template, template_from_text
from briefing.templating.model import Template
from briefing.templating.source import load_data


def template_for_brief(brief: Brief) -> Template:
    """The template a brief exports with: its stored snapshot if it has one, else the installed one."""
    if brief.template_snapshot:
        try:
            return template_from_text(brief.template_snapshot, origin_kind="embedded")
        except ProblemList as error:
            raise ProblemList([f"the template stored in this brief cannot be used: {line}" for line in
                               error.problems]) from None
    return load_template(brief.template_id)


def newer_template_available(brief: Brief) -> Template | None:
    """The installed template when it differs from the brief's snapshot (the user may re-apply it)."""
    if not brief.template_snapshot:
        return None
    try:
        installed = load_template(brief.template_id)
    except BriefingError:
        return None
    try:
        stored = load_data(brief.template_snapshot)
    except yaml.YAMLError:
        return installed
    return None if load_data(installed.source_text) == stored else installed


def reapply_template(brief: Brief, template: Template) -> list[str]:
    """Make `template` the brief's template; return the keys of its non-empty sections it lacks.

    The brief's items are left where they are: a section the template does not know is kept
    (and shown by the app as needing a home) rather than dropped.
    """
    brief.template_id = template.id
    brief.template_snapshot = template.source_text
    known = {spec.key for spec in template.sections}
    return [section.key for section in brief.sections if section.items and section.key not in known]
