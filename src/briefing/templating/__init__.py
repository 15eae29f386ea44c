"""Templates: load, validate and resolve the YAML templates administrators own."""

from briefing.templating.loader import find_template, list_templates, load_template, template_from_text
from briefing.templating.model import SECTION_KINDS, SectionSpec, Template

__all__ = [
    "SECTION_KINDS",
    "SectionSpec",
    "Template",
    "find_template",
    "list_templates",
    "load_template",
    "template_from_text",
]
