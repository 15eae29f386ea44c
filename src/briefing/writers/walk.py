"""Walking a Document's runs, for writers that need all footnotes or all text up front."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.compose.document import Document, Footnote, Inline, ListBlock, Paragraph, Quote, Table


def runs_of(document: Document) -> Iterator[Inline]:
    """Every inline run of the body, in reading order."""
    for block in document.blocks:
        if isinstance(block, (Paragraph, Quote)):
            yield from block.runs
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from item.runs
                for detail in item.details:
                    yield from detail.runs
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row:
                    yield from cell


def footnotes_of(document: Document) -> list[Footnote]:
    return [run for run in runs_of(document) if isinstance(run, Footnote)]


_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (compose drops them already; belt and braces)."""
    return _XML_UNSAFE.sub("", text)
