"""Compose the e-mail that carries a brief: subject, marking and the few blocks a reader sees first.

The e-mail body is not the brief: it is the part a decision-maker reads in the mail client
(the marking, the bottom line, the key judgments) and a pointer to the attached PDF, which
carries the whole brief with its citations. Deciding what goes in it happens here, once, so
that the drafted `.eml` and the message sent over SMTP can never say different things; the
writer only turns an `EmailContent` into MIME.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from briefing.characters import strip_format_characters
from briefing.model import Brief, Item, Marking
from briefing.templating.model import SectionSpec, Template
from briefing.wording import safe_file_name

BlockKind = Literal["heading", "paragraph", "bullets", "meta"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Characters that no common file system accepts in a name, and control characters.


@dataclass(frozen=True)
class EmailBlock:
    """One block of the body: a heading, a paragraph, a bulleted list or a muted metadata line."""

    kind: BlockKind
    text: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class EmailMarking:
    """The marking as the e-mail shows it: the label and, for TLP, what it allows."""

    label: str
    description: str = ""
    colour: str = "#000000"
    background: str | None = None


@dataclass
class EmailContent:
    """Everything the eml writer needs; layout-neutral (no MIME, no HTML)."""

    subject: str
    title: str
    marking: EmailMarking | None
    blocks: list[EmailBlock] = field(default_factory=list)
    attachment_line: str = ""
    attachment_names: tuple[str, ...] = ()


def format_date(value: date | datetime | None) -> str:
    """'21 Nov 2025': day month year with an English month abbreviation, whatever the locale."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def effective_marking(brief: Brief, template: Template) -> Marking | None:
    """The marking that applies: the brief's own label, else the template's default.

    A label the scheme does not know is kept as written (with no description), because
    dropping it would release the brief unmarked.
    """
    if template.marking.kind == "none" and not brief.marking:
        return None
    label = brief.marking or template.marking.default
    if not label:
        return None
    found = template.marking.find(label)
    if found is not None:
        return found
    return Marking(label.strip(), rank=-1)


def attachment_stem(brief: Brief) -> str:
    """A file name (without suffix) for the attachments, readable in any script.

    Keeps letters of every script (a Cyrillic title stays Cyrillic) and only removes what
    file systems refuse; NFC so that mail clients on every platform show the same name.
    """
    parts = [brief.title.strip() or "brief"]
    if brief.date is not None:
        parts.append(brief.date.strftime("%Y-%m-%d"))
    return safe_file_name(" ".join(parts), "brief")


def _subject(brief: Brief, template: Template, label: str) -> str:
    when = format_date(brief.date)
    title = strip_format_characters(brief.title).strip()  # shown as typed: nothing invisible reorders it
    text = template.label("subject", marking=label, title=title, date=when)
    # The pattern names all three; drop the separators of the parts a brief lacks.
    text = text.replace("()", "").replace("[]", "")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[—–:\-\s]+|[—–:\-\s]+$", "", text)
    if label and label not in text:
        # A template whose subject pattern forgets the marking must not release an unmarked subject.
        text = f"{label} {text}"
    return text


def _item_text(item: Item, template: Template) -> str:
    if item.kind == "actor":
        details = ", ".join(b for b in (item.role, item.affiliation) if b)
        name = item.name or ""
        text = f"{name} ({details})" if details else name
        return f"{text}: {item.text}" if item.text else text
    text = item.text.strip()
    if item.kind == "judgment":
        qualifiers = []
        if item.likelihood:
            qualifiers.append(item.likelihood)
        if item.confidence:
            qualifiers.append(template.label("confidence_value", confidence=item.confidence))
        if qualifiers:
            text = f"{text} ({'; '.join(qualifiers)})"
    if item.portion:
        text = f"({item.portion}) {text}"
    return text


def _summary_sections(template: Template) -> list[SectionSpec]:
    """The bottom line (the `summary` section, else the first prose section) and every judgments section."""
    chosen: list[SectionSpec] = []
    bottom = template.section("summary")
    if bottom is None or bottom.kind != "prose":
        bottom = next((s for s in template.sections if s.kind == "prose"), None)
    if bottom is not None:
        chosen.append(bottom)
    chosen.extend(s for s in template.sections if s.kind == "judgments" and s is not bottom)
    return chosen


def compose_email(brief: Brief, template: Template, *, attachment_names: Sequence[str]) -> EmailContent:
    """Build the e-mail's content for `brief` as `template` lays it out.

    Citation markers are left out of the body on purpose: they point into the source list of
    the attached brief, and a reader of the mail alone could not follow them.
    """
    marking = effective_marking(brief, template)
    email_marking = None
    if marking is not None:
        label = marking.label.upper() if template.marking.kind == "classification" else marking.label
        email_marking = EmailMarking(label, marking.description, marking.colour, marking.background)
    blocks: list[EmailBlock] = []
    meta = [bit for bit in (brief.reference, format_date(brief.date), brief.author) if bit]
    if meta:
        blocks.append(EmailBlock("meta", " · ".join(meta)))
    present = {section.key: section for section in brief.sections}
    for spec in _summary_sections(template):
        section = present.get(spec.key)
        items = [_item_text(item, template) for item in (section.items if section else [])]
        items = [text for text in items if text]
        if spec.kind == "judgments" and not items:
            continue
        blocks.append(EmailBlock("heading", spec.title))
        if not items:
            blocks.append(EmailBlock("paragraph", template.label("no_items")))
        elif spec.kind == "prose":
            blocks.extend(EmailBlock("paragraph", text) for text in items)
        else:
            blocks.append(EmailBlock("bullets", items=tuple(items)))
    names = tuple(attachment_names)
    attachment_line = template.label("attachment", filename=", ".join(names)) if names else ""
    return EmailContent(
        subject=_subject(brief, template, email_marking.label if email_marking else ""),
        title=brief.title.strip(),
        marking=email_marking,
        blocks=blocks,
        attachment_line=attachment_line,
        attachment_names=names,
    )
