"""Writing a Brief as a self-contained brief spec that builds back into the same Brief.

Readable first (block style, multi-line text as `|` literal blocks, which keep the text as
typed), exact always: any text a literal block would alter — trailing spaces, carriage
returns, control characters, Unicode line separators — is written double-quoted with
escapes instead.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

import yaml
from yaml.emitter import ScalarAnalysis

from briefing.model import Brief, Citation, Item, Release, Section, Source, content_hash, paragraph_spans
from briefing.spec import templates
from briefing.spec.schema import SPEC_VERSION

STR_TAG = "tag:yaml.org,2002:str"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
HEADER = "# Brief spec (Briefing). Build it with: briefing build THIS.yaml -o OUT.brief\n"

# Characters YAML may print as they are (YAML 1.1 "printable"), minus the line breaks that a
# reader would turn into "\n" and the byte-order mark.
_UNSAFE = re.compile("[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029]")
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
    r"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?"
)


class _Flow(list[Any]):
    """A list written on one line ([start, end] pairs)."""


# What PyYAML's emitter lets into a literal block (its "printable" set, without the breaks other
# than "\n", tabs, the byte-order mark and U+10FFFF), found with one regex instead of a Python loop.
_NOT_IN_BLOCK = re.compile("[^\n\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]")
_OTHER_BREAKS = re.compile("[\x85\u2028\u2029]")


class _Dumper(yaml.SafeDumper):
    """Block style; never anchors and aliases (a spec is read by people).

    Literal blocks are analysed and written with string operations rather than PyYAML's
    character loops (the same output: a test compares the two), so that dumping a brief with
    megabytes of source text takes a second, not a minute.
    """

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # indent list items under their key, as people write them

    def analyze_scalar(self, scalar: str) -> ScalarAnalysis:
        if getattr(self.event, "style", None) != "|" or not scalar or "\n" not in scalar:
            return super().analyze_scalar(scalar)
        allow_block = not (_NOT_IN_BLOCK.search(scalar) or " \n" in scalar or scalar.endswith(" "))
        return ScalarAnalysis(scalar=scalar, empty=False, multiline=True, allow_flow_plain=False,
                              allow_block_plain=False, allow_single_quoted=False, allow_double_quoted=True,
                              allow_block=allow_block)

    def write_literal(self, text: str) -> None:
        if _OTHER_BREAKS.search(text):
            super().write_literal(text)
            return
        hints = self.determine_block_hints(text)
        self.write_indicator("|" + hints, True)
        if hints[-1:] == "+":
            self.open_ended = True
        self.write_line_break()
        indent = " " * (self.indent or 0)
        lines = text.split("\n")
        if lines[-1]:
            lines.append("")  # a last line without "\n" still ends the block with one
        body = "\n".join(indent + line if line else "" for line in lines[:-1]) + "\n"
        self.stream.write(body)
        self.line += len(lines) - 1
        self.column = 0
        self.whitespace = True
        self.indention = True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if _UNSAFE.search(value):
        style = '"'
    elif "\n" in value:
        style = "|"  # the emitter itself falls back to '"' where a block would not be exact
    return dumper.represent_scalar(STR_TAG, value, style=style)


def _represent_datetime(dumper: yaml.SafeDumper, value: datetime) -> yaml.ScalarNode:
    text = value.isoformat()
    if value.utcoffset() == timedelta(0) and text.endswith("+00:00"):
        text = text[:-6] + "Z"
    if _TIMESTAMP.fullmatch(text):
        return dumper.represent_scalar(TIMESTAMP_TAG, text)
    return dumper.represent_scalar(STR_TAG, text)  # e.g. an offset with seconds: read back by fromisoformat


def _represent_date(dumper: yaml.SafeDumper, value: date) -> yaml.ScalarNode:
    return dumper.represent_scalar(TIMESTAMP_TAG, value.isoformat())


def _represent_flow(dumper: yaml.SafeDumper, value: _Flow) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(datetime, _represent_datetime)
_Dumper.add_representer(date, _represent_date)
_Dumper.add_representer(_Flow, _represent_flow)


def dump_brief(brief: Brief) -> str:
    """The brief as spec YAML: deterministic, with every source's text inline.

    The template snapshot is written only when it differs from what a build would store (the
    installed template's text), so everyday dumps stay short and exact ones stay exact.
    """
    data: dict[str, Any] = {
        "brief": SPEC_VERSION,
        "template": brief.template_id,
        "title": brief.title,
        "subtitle": brief.subtitle,
        "author": brief.author,
        "organization": brief.organization,
        "date": brief.date,
        "reference": brief.reference,
        "marking": brief.marking,
        "distribution": list(brief.distribution),
        "sources": [_source(source) for source in brief.sources],
        "sections": {section.key: _items(brief, section) for section in brief.sections},
    }
    if brief.dismissed:
        data["dismissed"] = sorted(brief.dismissed)
    if brief.releases:
        data["releases"] = [_release(release) for release in brief.releases]
    if brief.template_snapshot != templates.installed_snapshot(brief.template_id):
        data["template_snapshot"] = brief.template_snapshot  # the brief's own copy differs: keep it
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False,
                     width=88, indent=2)
    return HEADER + body


def _source(source: Source) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "author": source.author,
        "published": source.published,
        "url": source.url,
        "accessed": source.accessed,
        "reliability": source.grade.reliability,
        "credibility": source.grade.credibility,
        "marking": source.marking,
    }
    if source.notes:
        data["notes"] = source.notes
    if source.media_type != "text/plain":
        data["media_type"] = source.media_type
    if source.origin is not None:
        data["origin"] = source.origin
    if source.paragraphs != paragraph_spans(source.text):
        data["paragraphs"] = [_Flow([start, end]) for start, end in source.paragraphs]
    if source.sha256 != content_hash(source.text):
        data["sha256"] = source.sha256
    if source.extra:
        data["extra"] = dict(source.extra)
    data["text"] = source.text
    return data


def _items(brief: Brief, section: Section) -> list[dict[str, Any]]:
    return [_item(brief, item) for item in section.items]


def _item(brief: Brief, item: Item) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if item.kind == "actor":
        data["name"] = item.name
        for key, value in (("role", item.role), ("affiliation", item.affiliation), ("type", item.actor_type)):
            if value is not None:
                data[key] = value
        if item.text:
            data["note"] = item.text
    else:
        data["text"] = item.text
        if item.kind == "caveat" and item.caveat_kind is not None:
            data["kind"] = item.caveat_kind
        if item.kind == "judgment":
            if item.likelihood is not None:
                data["likelihood"] = item.likelihood
            if item.confidence is not None:
                data["confidence"] = item.confidence
    if item.portion is not None:
        data["portion"] = item.portion
    data["id"] = item.id
    if item.citations:
        data["cites"] = [_citation(brief, citation) for citation in item.citations]
    return data


def _citation(brief: Brief, citation: Citation) -> dict[str, Any]:
    data: dict[str, Any] = {"source": citation.source_id, "quote": citation.quote}
    source = brief.find_source(citation.source_id)
    if source is None or source.text.find(citation.quote) != citation.start:
        data["at"] = citation.start
    return data


def _release(release: Release) -> dict[str, Any]:
    return {
        "at": release.at,
        "action": release.action,
        "recipients": list(release.recipients),
        "marking": release.marking,
        "filename": release.filename,
        "sha256": release.sha256,
        "detail": release.detail,
    }
