"""The story a page declares in its structured data, for pages that do not show it.

Some news sites draw the story with scripts: the saved page's markup holds the headline and a
placeholder, or the first lines and a paywall, while the page's JSON-LD article object (the
schema.org `articleBody`, or an article's `text`) carries the whole story for search engines.
When the text found in the markup has less than half of that body's words, the body becomes the
source's text, and the source says where it came from (`extra["text_from"]`).

JSON-LD is data: it is parsed with `json`, never run. Markup inside the body (some sites put
their HTML there, sometimes escaped) is parsed by lxml and only its text kept, never a script's
or a style's. A body that is short (a teaser), huge (not a story, or an attack), or one of two
different stories on the same page (a list of articles: which one would be a guess) is not used.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml import etree

from briefing.ingest.normalize import collapse_spaces

MIN_BODY_CHARS = 400
"""A shorter body is a summary, not the story."""
MAX_BODY_CHARS = 200_000
"""A longer body (about 30,000 words) is refused: no article declares that much of itself."""
_MAX_SCRIPT_CHARS = 4 * MAX_BODY_CHARS  # a JSON-LD block longer than this is not read for a body
_MAX_DEPTH = 8  # how deep article objects are looked for (lists, @graph, mainEntity)
_COVERED = 0.5  # the shown text has at least this share of the body's distinct words: it is the story
_ARTICLE_KINDS = frozenset({"blogposting", "report"})  # besides every kind whose name ends in "Article"
_BODY_KEYS = ("articleBody", "text")
_NOT_TEXT = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math")
_BREAKS = frozenset({"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
                     "ul", "ol", "dl", "dt", "dd", "section", "article", "figure", "figcaption", "table", "hr"})
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class DeclaredBody:
    """An article body from the page's JSON-LD: its paragraphs, and the property it was in."""

    paragraphs: list[str]
    key: str

    @property
    def note(self) -> str:
        return f"the page's structured data (JSON-LD {self.key})"


def declared_body(tree: Any) -> DeclaredBody | None:
    """The article body the page's JSON-LD declares, as paragraphs, or None (no article, a
    short or huge body, two different stories, or JSON that does not parse)."""
    found: dict[str, DeclaredBody] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        chunk = script.text or ""
        if len(chunk) > _MAX_SCRIPT_CHARS:
            continue
        try:
            data = json.loads(chunk, strict=False)  # real pages leave raw newlines in their strings
        except (ValueError, RecursionError):
            continue
        for key, raw in _bodies(data, 0):
            if len(raw) > MAX_BODY_CHARS:
                continue
            paragraphs = _paragraphs(raw)
            if sum(map(len, paragraphs)) >= MIN_BODY_CHARS:
                found.setdefault(" ".join(paragraphs), DeclaredBody(paragraphs, key))
    return next(iter(found.values())) if len(found) == 1 else None


def covers(blocks: list[str], body: DeclaredBody) -> bool:
    """Whether the text found in the markup (`blocks`) already tells the declared story: it
    has at least half of the body's distinct words."""
    wanted = set(_WORDS.findall(" ".join(body.paragraphs).lower()))
    shown = set(_WORDS.findall(" ".join(blocks).lower()))
    return len(wanted & shown) >= _COVERED * len(wanted)


def _bodies(node: object, depth: int) -> Iterator[tuple[str, str]]:
    """(property, text) of each article object's body in a JSON-LD value."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, list):
        for child in node:
            yield from _bodies(child, depth + 1)
        return
    if not isinstance(node, dict):
        return
    kinds = node.get("@type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if isinstance(kinds, list) and any(_is_article(kind) for kind in kinds):
        key = next((key for key in _BODY_KEYS if isinstance(node.get(key), str) and node[key].strip()), None)
        if key is not None:
            yield key, node[key]
    for container in ("@graph", "mainEntity"):
        yield from _bodies(node.get(container), depth + 1)


def _is_article(kind: object) -> bool:
    """NewsArticle, ReportageNewsArticle, OpinionNewsArticle, BlogPosting, Report, … (not a
    WebPage, Recipe or Product, whose `text` is not a story)."""
    if not isinstance(kind, str):
        return False
    name = kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower()  # "https://schema.org/NewsArticle", "schema:Article"
    return name.endswith("article") or name in _ARTICLE_KINDS


def _paragraphs(raw: str) -> list[str]:
    """The body's paragraphs: its lines, or its markup's blocks; entities decoded once."""
    text = html.unescape(raw)  # some sites escape their markup ("&lt;p&gt;")
    if _MARKUP.search(text):
        text = _markup_text(text)
    lines = (collapse_spaces(line) for line in text.replace("\r", "\n").split("\n"))
    return [line for line in lines if line]


def _markup_text(markup: str) -> str:
    """The text of an HTML fragment, a line per block; scripts, styles and the like left out."""
    parser = lxml.html.HTMLParser(no_network=True, recover=True, remove_comments=True)
    try:
        root = lxml.html.fragment_fromstring(markup.replace("\x00", ""), create_parent="div", parser=parser)
    except (etree.ParserError, ValueError):
        return _MARKUP.sub(" ", markup)
    for element in list(root.iter(*_NOT_TEXT)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in _BREAKS:
            element.tail = "\n" + (element.tail or "")
            if element.tag != "br":
                element.text = "\n" + (element.text or "")
    return str(root.text_content())
