"""The main text of a web page, found by trafilatura.

Telling a page's story from its furniture (menus, teasers, "Related topics", author boxes,
comment prompts) is a research problem with public evaluation sets; trafilatura is the
field's well-kept extractor for it (Apache-2.0, maintained, evaluated on hundreds of real
pages). On trafilatura's own evaluation set of 990 real pages (`benchmarks/eval_web_pages.py`),
this reader finds 97.3 % of the main passages and keeps 9.5 % of the boilerplate (trafilatura
alone: 94.6 % and 9.7 %; the article's lead put back by `html_lead`, a story's other modules by
`html_modules`, "Read more: <link>" lines left out, tables after loose text, soft hyphens, plain
<article> boxes and, on a page drawn by scripts, the article body its JSON-LD declares
(`html_structured`) make the difference); the hand-written reader before it found 92.5 % and
kept 31.0 %, readability-lxml 85.3 % and 11.1 %. (Since 3 December 2026 the passages are
compared without invisible characters such as soft hyphens, which alone moved this reader's
figures from 96.7 % and 9.8 % to 96.9 % and 9.8 %.)

It is given a page already parsed by lxml, never a URL: nothing is downloaded, and its
metadata extraction (which would guess dates from text) is switched off, ours being read
from the page's own declarations (`html_meta`). What it returns is an XML tree of paragraphs,
headings, lists, tables and quotes; each becomes one block, a table row with tab-separated
cells, so the text keeps the paragraph structure that citations point into.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from briefing.ingest.html_lead import body_start, with_lead
from briefing.ingest.html_modules import with_sibling_modules
from briefing.ingest.normalize import collapse_spaces
from briefing.resources import resource

# Annotations that are not running text: <rt> is ruby's reading (furigana), <rp> its fallback
# parentheses; left in, "子供" reads "子こ供ども".
_NOT_RUNNING_TEXT = ("rt", "rp")
_SOFT_HYPHEN = "\xad"
# Never shown: a template's content is inert until a script clones it. (Scripts, styles and
# <noscript> are trafilatura's to judge: some sites put their article in <noscript>.)
_NEVER_SHOWN = ("template",)
_CELLS = frozenset({"cell", "td", "th"})
_CONTAINERS = frozenset({"body", "main", "div", "doc", "section", "article"})
# A page whose largest <article> has this many times the text of the next is that article's
# page; the others are teasers for other stories ("Read next", "More from the desk").
_DOMINANT = 3.0
_CARD_CHARS = 600  # a teaser card: a headline and a line or two
_PLAIN_SECTION_CHARS = 100  # shorter than this, an article without links is still a card
_CARD_LINK_SHARE = 0.1  # a teaser card has at least this share of its text in links
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A link to another story set in the text: "Read more: <a>...</a>", "<strong>Lea también:</strong> <a>".
_CROSS_LINK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li")
_CROSS_LINK_CHARS = 300  # longer is a paragraph of the story that happens to start with the words
# What ends a label; without it "Read more carefully" is text, and a dash must stand apart ("MIRA-Award").
_LABEL_END = re.compile(r"\s*(?:[:?!»›>|]+|[–—-](?=\s|$))\s*")
_LEADING_MARKS = " •·►▶»>*+|–—-"
_CROSS_LINK_SHARE = 0.6  # of the text after the label, in links


def strip_annotations(tree: Any) -> None:
    """Remove from the parsed page (in place) what is never running text: ruby readings, inert
    templates, soft hyphens, hidden elements, and the other stories' teasers on one story's page."""
    for element in list(tree.iter(*_NOT_RUNNING_TEXT, *_NEVER_SHOWN)):
        element.drop_tree()
    for element in tree.iter():  # soft hyphens only say where a word may break: "Baro\xadlo" is "Barolo"
        if element.text and _SOFT_HYPHEN in element.text:
            element.text = element.text.replace(_SOFT_HYPHEN, "")
        if element.tail and _SOFT_HYPHEN in element.tail:
            element.tail = element.tail.replace(_SOFT_HYPHEN, "")
    for element in tree.xpath("//*[@hidden or @aria-hidden='true']"):
        if element.getparent() is not None:
            element.drop_tree()
    _drop_cross_links(tree)
    _keep_the_story(tree)


@cache
def _read_more_labels() -> frozenset[str]:
    path = resource("ingest", "read_more_labels.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def _label_pattern() -> re.Pattern[str]:
    """One pattern for all labels, the longest first ("lea también" before "lea")."""
    labels = sorted(_read_more_labels(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, labels)))


def _drop_cross_links(tree: Any) -> None:
    """Leave out the links to other stories that sites set between a story's paragraphs ("Read
    more: <link>", "Lea también: <link>", a label standing alone): the extractor cannot tell them
    from the story, whose container holds them (on the evaluation set, one in twenty of the
    boilerplate passages it kept).
    A paragraph is such a link when it starts with a label of `resources/ingest/read_more_labels.txt`
    ended by a colon, an arrow or a dash and the rest is mostly a link, or is the label alone."""
    labels = _label_pattern()
    for element in list(tree.iter(*_CROSS_LINK_TAGS)):
        text = element.text_content()
        if len(text) > 2 * _CROSS_LINK_CHARS:
            continue
        text = collapse_spaces(text)
        lowered = text.lower().lstrip(_LEADING_MARKS)
        label = labels.match(lowered)
        if label is None or len(text) > _CROSS_LINK_CHARS:
            continue
        rest = lowered[label.end():]
        end = _LABEL_END.match(rest)
        if rest.strip(_LEADING_MARKS + ":?!") and (end is None or not end.group().strip()):
            continue  # the label's words begin a sentence ("Read more carefully", "Leader")
        remainder = rest[end.end():] if end is not None else ""
        linked = sum(len(collapse_spaces(a.text_content())) for a in element.iter("a"))
        if (not remainder or linked >= _CROSS_LINK_SHARE * len(remainder)) and element.getparent() is not None:
            element.drop_tree()


def _keep_the_story(tree: Any) -> None:
    """Leave out other stories' teasers: when one <article> has most of the articles' text, the
    others; when the story is told outside any <article> (paragraphs with several times the text
    of the largest article), all of them: they are cards for other stories or readers' comments."""
    articles = [a for a in tree.iter("article") if not any(p.tag == "article" for p in a.iterancestors())]
    if len(articles) < 2:
        return
    sizes = sorted(((len(" ".join(a.text_content().split())), index) for index, a in enumerate(articles)),
                   reverse=True)
    outside = sum(len(" ".join(p.text_content().split())) for p in tree.iter("p")
                  if not any(a.tag == "article" for a in p.iterancestors()))
    if outside >= _DOMINANT * sizes[0][0] and sizes[0][0] <= _CARD_CHARS:
        doomed = [index for _size, index in sizes]
    elif sizes[0][0] >= _DOMINANT * sizes[1][0]:
        doomed = [index for _size, index in sizes[1:]]
    else:
        return
    for index in doomed:
        if _is_card(articles[index]):
            articles[index].drop_tree()


def _is_card(article: Any) -> bool:
    """A teaser for another page links there (its headline, or much of its text) or is a line or
    two; an <article> of plain text without links is a section of this page (sites use the tag
    for their content boxes), and stays."""
    text = len(" ".join(article.text_content().split()))
    linked = sum(len(" ".join(a.text_content().split())) for a in article.iter("a"))
    headline_linked = any(next(h.iter("a"), None) is not None for h in article.iter(*_HEADINGS))
    return text < _PLAIN_SECTION_CHARS or headline_linked or linked >= _CARD_LINK_SHARE * text


def article_blocks(tree: Any) -> list[str]:
    """The page's main text as paragraphs, or [] when trafilatura finds none."""
    import trafilatura

    blocks = _extract(trafilatura, copy.deepcopy(tree), _options())
    if len(blocks) <= 1:
        # Under 250 characters found, trafilatura runs all the page's text together as one
        # paragraph, chrome included; on such a short page its own extraction, kept short, is better.
        return _extract(trafilatura, tree, _options(short_page=True)) or blocks
    located = body_start(tree, blocks)
    whole = with_sibling_modules(blocks, located)
    if whole is not blocks:  # parts put back before the kept one move the body's start
        located = body_start(tree, whole)
    return with_lead(whole, located)


def _extract(trafilatura: Any, tree: Any, options: Any) -> list[str]:
    document = trafilatura.bare_extraction(tree, options=options)
    body = getattr(document, "body", None)
    if body is None:
        return []
    return [block for block in _blocks(body) if block.strip()]


@lru_cache(maxsize=2)
def _options(short_page: bool = False) -> Any:
    """trafilatura's options, built once (building them reads its settings' values again on
    every call, a tenth of the time on a small page). On a short page, without its last resort
    (under 250 characters found, it runs all the page's text together).

    The output format is "xml" rather than "python": both return the same extracted tree as
    `body` (the format is only read when the result is rendered), but "python" also renders
    that tree as plain text, which is not used here and costs about a twentieth of a page's
    extraction."""
    from trafilatura.settings import Extractor, use_config

    config = use_config()
    if short_page:
        config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")
    return Extractor(config=config, output_format="xml", fast=False, comments=False, tables=True,
                     images=False, links=False, formatting=False, with_metadata=False)


def _blocks(element: Any) -> Iterator[str]:
    """Blocks of the extractor's XML in document order: a list item, a row, a paragraph each
    (and text standing loose in a container, before or between its blocks)."""
    if element.text and element.text.strip():
        yield collapse_spaces(element.text)
    for child in element:
        yield from _child_blocks(child)
        if child.tail and child.tail.strip():
            yield collapse_spaces(child.tail)


def _child_blocks(child: Any) -> Iterator[str]:
    if isinstance(child.tag, str):
        if child.tag == "table":
            # <row>/<cell> as the extractor writes them; a table inside a paragraph comes out
            # with the page's own <tr>/<td> tags
            for row in child.iter("row", "tr"):
                cells = [_inline(cell).replace("\n", " ") for cell in row if cell.tag in _CELLS]
                line = "\t".join(cells).strip("\t")
                if line.strip():
                    yield line
        elif child.tag == "list":
            for item in child.iterchildren("item"):
                yield _inline(item, skip=("list",))
                for nested in item.iterchildren("list"):
                    yield from _child_blocks(nested)
        elif child.tag in _CONTAINERS or any(grand.tag in ("p", "list", "table", "head") for grand in child):
            yield from _blocks(child)
        else:
            yield _inline(child, preformatted=child.tag == "code")


def _inline(element: Any, *, skip: tuple[str, ...] = (), preformatted: bool = False) -> str:
    """The text of one block; <lb/> is a line break, white space flows (except in code)."""
    pieces: list[str] = []

    def visit(node: Any) -> None:
        if node.text:
            pieces.append(node.text)
        for child in node:
            if child.tag == "lb":
                pieces.append("\n")
            elif isinstance(child.tag, str) and child.tag not in skip:
                visit(child)
            if child.tail:
                pieces.append(child.tail)

    visit(element)
    text = "".join(pieces)
    if preformatted:
        return "\n".join(line.rstrip() for line in text.split("\n"))
    return "\n".join(line for line in (collapse_spaces(line) for line in text.split("\n")) if line)
