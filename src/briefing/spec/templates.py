"""The two ways a spec finds its template: installed by id, or carried along as a snapshot.

Build and dump both go through this module, so the one place tests substitute a template
is also the only place the spec package touches the template search path.
"""

from __future__ import annotations

from briefing.errors import BriefingError
from briefing.templating import load_template, template_from_text
from briefing.templating.model import Template


def installed(template_id: str) -> Template:
    """The installed template with this id (BriefingError when there is none)."""
    return load_template(template_id)


def installed_snapshot(template_id: str) -> str | None:
    """The text a brief built now would store as its snapshot; None when the id is not installed."""
    try:
        return installed(template_id).source_text
    except BriefingError:  # not usable here: the dump then carries the brief's snapshot itself
        return None


def from_snapshot(text: str) -> Template:
    """The template a brief carries (BriefingError when the text is not a valid template)."""
    try:
        return template_from_text(text)
    except BriefingError:
        raise
    except Exception as error:  # user data through another module's parser: never a crash
        reason = " ".join(str(getattr(error, "problem", None) or error).split()) or type(error).__name__
        raise BriefingError(f"it is not a valid template ({reason})") from None
