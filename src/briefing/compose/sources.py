"""Numbering of cited sources and their ICD 206-style references.

Sources are numbered in the order the reader first meets a citation of them (section order
of the template, then item order); sources never cited follow, in the brief's order, so the
source list is complete and its numbers match the markers in the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.compose.document import Inline, Link, Text
from briefing.compose.text import clean_line, long_date
from briefing.model import Brief, Item, Source
from briefing.templating.model import Template


@dataclass(frozen=True)
class NumberedSource:
    """A source with the number its citations show, in the order the source list prints."""

    number: int
    source: Source

    @property
    def anchor(self) -> str:
        return f"source-{self.number}"

    @property
    def label(self) -> str:
        return f"[{self.number}]"


def number_sources(brief: Brief, ordered_items: list[Item]) -> dict[str, NumberedSource]:
    """Source id → its number, cited sources first in order of first citation."""
    numbers: dict[str, NumberedSource] = {}
    known = {source.id: source for source in brief.sources}
    for item in ordered_items:
        for citation in item.citations:
            source = known.get(citation.source_id)
            if source is not None and source.id not in numbers:
                numbers[source.id] = NumberedSource(len(numbers) + 1, source)
    for source in brief.sources:
        if source.id not in numbers:
            numbers[source.id] = NumberedSource(len(numbers) + 1, source)
    return numbers


def short_reference_runs(source: Source) -> list[Inline]:
    """The short form for a source already cited in full: originator and title."""
    originator = clean_line(source.originator)
    title = clean_line(source.title)
    lead = f"{originator}, " if originator and originator != title else ""
    return [Text(lead), Text(f"\u201c{title}\u201d", italic=True), Text(".")] if lead else [
        Text(f"\u201c{title}\u201d", italic=True), Text(".")]


def reference_runs(source: Source, template: Template, *, portion: str | None = None) -> list[Inline]:
    """One source as ICD 206 asks: originator, title, date of publication, URL, access date, grade."""
    runs: list[Inline] = []
    if portion:
        runs.append(Text(f"({portion}) ", bold=True))
    originator = clean_line(source.originator)
    title = clean_line(source.title)
    parts: list[str] = []
    if originator and originator != title:
        parts.append(originator)
    if source.author and source.publisher and clean_line(source.author) != originator:
        parts.append(clean_line(source.author))
    lead = ", ".join(parts)
    runs.append(Text(f"{lead}, " if lead else ""))
    runs.append(Text(f"\u201c{title}\u201d", italic=True))
    tail: list[str] = []
    if source.published is not None:
        tail.append(long_date(source.published))
    runs.append(Text(", " + ", ".join(tail) if tail else ""))
    url = clean_line(source.url)
    if url:
        runs.append(Text(", "))
        runs.append(Link(url, url))
    if source.accessed is not None:
        runs.append(Text(f", {template.label('accessed')} {long_date(source.accessed)}"))
    runs.append(Text("."))
    code = source.grade.code()
    if code:
        runs.append(Text(" "))
        runs.append(Text(f"{template.label('grade')} {code}", bold=True))
        runs.append(Text(f" ({source.grade.describe()})."))
    return [run for run in runs if not (isinstance(run, Text) and not run.text)]
