"""An article's lead (standfirst), which the main-text extractor leaves out.

News and magazine pages put the paragraph that sums up the story between the headline and the
body, in the article's header ("teaser-text", "article-intro", "entry-excerpt", "deck"). The
extractor takes the body's container and so drops it, yet it is the story's first paragraph and
what an analyst most often quotes. It is put back when it is unmistakably the lead: its class,
id or schema.org microdata property (`itemprop="description"`, which many CMSs put on the lead
without a telling class) names a lead (`resources/ingest/lead_classes.txt`) or it is a
paragraph of the headline's own <header> longer than a byline, and it stands after the
headline (the <h1>, else the nearest heading above the body) and before the first paragraph
the extractor kept, so teaser cards for other stories (after the body, or in a sidebar) are
never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefing.ingest.normalize import collapse_spaces
from briefing.resources import resource

_MIN_CHARS = 15  # shorter is a label ("Teaser"), not a lead
_MIN_HEADER_CHARS = 80  # a paragraph in the headline's <header> without a lead class: longer than a byline
_MAX_CHARS = 1500  # longer is the body itself or a whole header
_ANCHOR_CHARS = 60  # how much of the body's first paragraph is looked for in the page
_NOT_TEXT = frozenset({"script", "style", "noscript", "template"})
# A lead never sits inside these: links (a teaser card), chrome, captions, forms.
_NOT_LEAD = frozenset({"a", "nav", "aside", "footer", "figure", "figcaption", "form", "button", "select"})
_PARAGRAPHS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "dd", "div", "section"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_HEADER_TEXT = frozenset({"p", "h2", "h3"})
_BLOCK_CHILDREN = frozenset({"div", "p", "section", "article", "main", "ul", "ol", "dl", "table", "figure",
                             "blockquote", "header", "footer", "aside", "nav", "form", "pre", *_HEADINGS})
_CREDIT_WORDS = frozenset({"caption", "credit", "credits", "copyright"})
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_WORDS = re.compile(r"[a-z]+")


@cache
def _lead_words() -> frozenset[str]:
    path = resource("ingest", "lead_classes.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@dataclass(frozen=True)
class BodyStart:
    """Where the extracted body begins in the page: found once, used by the lead and the modules."""

    order: list[Any]  # the page body's elements in document order
    index: int  # of the innermost element holding the body's first paragraph
    at: int  # that paragraph's index among the extracted blocks

    @property
    def element(self) -> Any:
        return self.order[self.index]


def body_start(tree: Any, blocks: list[str]) -> BodyStart | None:
    """Where the extracted body begins: its first paragraph-sized block that is not a heading nor
    a photo's caption or credit, and the page's innermost element holding it; None if not found."""
    body = tree.find("body")
    if body is None or not blocks:
        return None
    order = [element for element in body.iter() if isinstance(element.tag, str)]
    located = _body_start(order, blocks)
    return None if located is None else BodyStart(order, *located)


def with_lead(blocks: list[str], located: BodyStart | None) -> list[str]:
    """`blocks` (the extracted main text of a page, which begins at `located`) with the
    article's lead put back after the headline, when the extraction left it out."""
    if located is None:
        return blocks
    order, start, at = located.order, located.index, located.at
    headline = next((index for index in range(start - 1, -1, -1) if order[index].tag == "h1"), None)
    if headline is None:  # a page without <h1> marks its headline otherwise
        headline = next((index for index in range(start - 1, -1, -1) if _is_headline(order[index])), None)
    if headline is None:
        return blocks
    title = collapse_spaces(_text(order[headline]))
    extracted = " ".join(collapse_spaces(block) for block in blocks)
    first = order[start]
    lead: list[str] = []
    taken: list[Any] = []
    for element in order[headline + 1:start]:
        if any(_inside(element, outer) for outer in taken):
            continue
        # a lead left unclosed holds the body in the parsed page: its own words are the lead
        holds_body = _inside(first, element)
        if holds_body and not _names_lead(element):
            continue
        in_header = element.tag in _HEADER_TEXT and _shares_header(element, order[headline])
        if not (_names_lead(element) or in_header) or any(a.tag in _NOT_LEAD for a in _self_and_ancestors(element)):
            continue
        if holds_body:
            own, linked = _own_text(element)
            candidates = [own] if own else []
        else:
            candidates, linked = _pieces(element), 0
        pieces = [piece for piece in candidates if piece not in extracted and piece != title and piece not in lead]
        text = " ".join(pieces)
        shortest = _MIN_HEADER_CHARS if in_header and not _names_lead(element) else _MIN_CHARS
        mostly_links = linked > 0.5 * len(text) if holds_body else _mostly_links(element, text)
        if not shortest <= len(text) <= _MAX_CHARS or mostly_links:
            continue
        taken.append(element)
        lead.extend(pieces)
    if not lead:
        return blocks
    return blocks[:at] + lead + blocks[at:]


def visible_text(element: Any) -> str:
    """The text an element shows: without its scripts', styles' and templates' text."""
    return "".join(_visible(element))


def _body_start(order: list[Any], blocks: list[str]) -> tuple[int, int] | None:
    """Where the extracted body begins: its first paragraph-sized block that is not a heading nor
    a photo's caption or credit (kept by the extractor between the headline and the lead), and
    the page's (innermost) element holding that block's start."""
    headings = {collapse_spaces(_text(element)) for element in order if element.tag in _HEADINGS}
    for at, text in enumerate(map(collapse_spaces, blocks)):
        if len(text) < 2 * _MIN_CHARS or text in headings:
            continue
        found = _holder(order, text[:_ANCHOR_CHARS])
        if found is None:
            return None
        if not _is_credit(order[found]):
            return found, at
    return None


def _holder(order: list[Any], anchor: str) -> int | None:
    """The innermost paragraph of the page that shows `anchor`."""
    found: int | None = None
    for index, element in enumerate(order):
        if found is not None and not _inside(element, order[found]):
            break  # past the first element that holds it: the innermost one is known
        # lxml's own text (quick, but with any script's): the shown text is checked once, at the end
        if element.tag in _PARAGRAPHS and anchor in collapse_spaces(element.text_content()):
            found = index  # the paragraph, not its containers
    if found is None or anchor not in collapse_spaces(_text(order[found])):
        return None
    return found


def _is_credit(element: Any) -> bool:
    """Whether `element` is a photo's caption or credit line: in a <figure>, or in an element
    whose class or id says so ("media-copyright", "image-credit", "caption")."""
    for node in _self_and_ancestors(element):
        if node.tag in ("figure", "figcaption"):
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if _CREDIT_WORDS & set(_WORDS.findall(names)):
            return True
    return False


def _is_headline(element: Any) -> bool:
    """A headline where there is no <h1>: the heading nearest above the body (not a subtitle)."""
    return (element.tag in ("h1", "h2", "h3") or element.get("itemprop") == "headline") and not _names_lead(element)


def _shares_header(element: Any, headline: Any) -> bool:
    """Whether `element` stands in the same <header> or <hgroup> as the headline."""
    group = next((a for a in element.iterancestors() if a.tag in ("header", "hgroup")), None)
    return group is not None and _inside(headline, group)


def _names_lead(element: Any) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('itemprop') or ''}"
    return bool(set(_WORDS.findall(_CAMEL.sub(r"\1 \2", names).lower())) & _lead_words())


def _pieces(element: Any) -> list[str]:
    """The lead's paragraphs: its <p> children each, else its whole text."""
    paragraphs = [collapse_spaces(_text(p)) for p in element.iter("p")]
    paragraphs = [p for p in paragraphs if p]
    return paragraphs or [t for t in (collapse_spaces(_text(element)),) if t]


def _own_text(element: Any) -> tuple[str, int]:
    """The text an element shows before its first block-level child (an unclosed lead's own
    words, before the body the parser put inside it), and how much of it is link text."""
    pieces = [element.text or ""]
    linked = 0
    for child in element:
        if isinstance(child.tag, str) and child.tag in _BLOCK_CHILDREN:
            break
        if isinstance(child.tag, str) and child.tag not in _NOT_TEXT:
            shown = _text(child)
            pieces.append(shown)
            linked += len(collapse_spaces(shown)) if child.tag == "a" else 0
        if child.tail:
            pieces.append(child.tail)
    return collapse_spaces("".join(pieces)), linked


def _mostly_links(element: Any, text: str) -> bool:
    linked = sum(len(collapse_spaces(_text(a))) for a in element.iter("a"))
    return linked > 0.5 * len(text)


def _text(element: Any) -> str:
    return "".join(_visible(element))


def _visible(element: Any) -> Iterator[str]:
    if element.text and element.tag not in _NOT_TEXT:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _NOT_TEXT:
            yield from _visible(child)
        if child.tail:
            yield child.tail


def _self_and_ancestors(element: Any) -> Iterator[Any]:
    yield element
    yield from element.iterancestors()


def _inside(element: Any, outer: Any) -> bool:
    return any(ancestor is outer for ancestor in element.iterancestors())
