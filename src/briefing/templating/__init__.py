"""Templates: load, validate and resolve the YAML templates administrators own."""

from briefing.templating.loader import (
    catalog_templates,
    find_template,
    list_templates,
    load_template,
    load_template_file,
    newer_template_available,
    reapply_template,
    template_for_brief,
    template_from_text,
    validate_template_file,
)
from briefing.templating.model import SECTION_KINDS, SectionSpec, Template
from briefing.templating.search import template_search_path

__all__ = [
    "SECTION_KINDS",
    "SectionSpec",
    "Template",
    "catalog_templates",
    "find_template",
    "list_templates",
    "load_template",
    "load_template_file",
    "newer_template_available",
    "reapply_template",
    "template_for_brief",
    "template_from_text",
    "template_search_path",
    "validate_template_file",
]
