"""HTML: the article body and its metadata, from the markup alone (nothing is ever fetched).

A page is parsed once with lxml (libxml2's tolerant HTML parser, which also closes a malformed
`</script language>` where the standard library's parser let the script swallow the page);
its metadata is read from the tree (`html_meta`) and its main text found by trafilatura
(`html_article`). The hand-written structural reader below is kept for what is not a page:
an e-mail's HTML body and pasted HTML, where everything shown is wanted, and as the fallback
for a page on which trafilatura finds no main text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import lxml.html
from lxml import etree

from briefing.ingest.base import Deadline, Metadata, build_source
from briefing.ingest.decode import decode_bytes
from briefing.ingest.html_article import article_blocks, strip_annotations
from briefing.ingest.html_meta import page_metadata
from briefing.ingest.html_structured import covers, declared_body
from briefing.ingest.limits import IngestLimits
from briefing.ingest.normalize import collapse_spaces
from briefing.ingest.text import stem
from briefing.model.source import Source

# Elements whose content is never article text (scripts, styles, embedded objects, chrome).
_SKIP = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "nav", "aside", "form", "button", "select", "textarea", "dialog", "head", "footer", "audio", "video",
    "picture", "map",
})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr", "param"})
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "caption", "address",
    "hr", "body", "details", "summary", "center",
})
# class/id words that mark boilerplate on sites that do not use <nav>/<aside>.
_BOILERPLATE_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "footer", "sidebar", "cookie", "cookies", "share", "sharing",
    "social", "comments", "related", "advert", "advertisement", "ads", "promo", "newsletter",
    "breadcrumb", "breadcrumbs", "subscribe", "paywall", "popup", "modal",
})
_WORDS = re.compile(r"[a-z0-9]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# C0 control characters other than tab, line feed and carriage return: never text, and lxml refuses
# them in a value set on the tree (as when soft hyphens are taken out beside one). A form feed is
# white space in HTML, the others nothing.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FEED_CHARS = 1 << 20
_SHORT_PAGE = 250  # characters of main text under which a page is checked against the structural reader
# Markers for <br> and table cell ends while text is gathered (private-use characters, so the
# page's own white space can be collapsed without losing them).
_BREAK = "\ue000"
_CELL = "\ue001"


@dataclass
class _Block:
    text: str
    article: int | None
    in_main: bool
    link_chars: int
    marked: bool  # inside an element whose class or id names boilerplate ("share-tools", "sidebar")


@dataclass
class _State:
    """Where the parser is: boilerplate depth, enclosing article and main, preformatted depth."""

    skip_stack: list[str] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    main_depth: int = 0
    pre_depth: int = 0
    link_depth: int = 0


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self._state = _State()
        self._pieces: list[str] = []
        self._link_chars = 0
        self._article_count = 0
        self._in_title = False
        self._depth: dict[str, int] = {}  # open elements by tag, to find the end of a main region
        self._main_ends: list[tuple[str, int]] = []  # (tag, depth) of each open main region
        self._marked_ends: list[tuple[str, int]] = []  # the same for regions marked as boilerplate

    # -- structure -------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag in ("meta", "link"):
            return
        if tag == "body" and "head" in self._state.skip_stack:  # </head> may be left out
            del self._state.skip_stack[self._state.skip_stack.index("head"):]
        if tag == "title" and self._state.skip_stack in ([], ["head"]):
            self._in_title = True  # the page's name, not its text (metadata reads it from the tree)
            return
        if self._state.skip_stack:
            if tag not in _VOID:
                self._state.skip_stack.append(tag)
            return
        if tag not in _VOID and self._is_boilerplate(tag, attributes):
            self._flush()
            self._state.skip_stack.append(tag)
            return
        if tag in _BLOCKS:
            self._flush()
        if tag not in _VOID:
            self._depth[tag] = self._depth.get(tag, 0) + 1
            if self._marked(attributes):
                self._flush()
                self._marked_ends.append((tag, self._depth[tag]))
        if tag == "br":
            self._pieces.append(_BREAK)
        elif tag == "article":
            self._article_count += 1
            self._state.articles.append(self._article_count)
        elif tag == "main" or attributes.get("role", "").lower() == "main":
            self._state.main_depth += 1
            self._main_ends.append((tag, self._depth[tag]))
        elif tag == "pre":
            self._state.pre_depth += 1
        elif tag == "a":
            self._state.link_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if self._state.skip_stack:
            # Close up to the matching tag; unmatched end tags inside boilerplate are ignored.
            if tag in self._state.skip_stack:
                while self._state.skip_stack and self._state.skip_stack.pop() != tag:
                    pass
            return
        if tag in ("td", "th"):
            self._pieces.append(_CELL)
            return
        if tag in _BLOCKS:
            self._flush()
        depth = self._depth.get(tag, 0)
        if depth:
            self._depth[tag] = depth - 1
        if self._main_ends and self._main_ends[-1] == (tag, depth):
            self._main_ends.pop()
            self._state.main_depth -= 1
        if self._marked_ends and self._marked_ends[-1] == (tag, depth):
            self._flush()
            self._marked_ends.pop()
        if tag == "article" and self._state.articles:
            self._state.articles.pop()
        elif tag == "pre" and self._state.pre_depth:
            self._state.pre_depth -= 1
        elif tag == "a" and self._state.link_depth:
            self._state.link_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            return
        if self._state.skip_stack:
            return
        if self._state.pre_depth:
            self._pieces.append(data.replace("\t", "    "))
        else:
            self._pieces.append(data)
            if self._state.link_depth:
                self._link_chars += sum(1 for c in data if c.isalnum())

    def close(self) -> None:
        super().close()
        self._flush()

    # -- helpers ---------------------------------------------------------------------------
    def _is_boilerplate(self, tag: str, attributes: dict[str, str]) -> bool:
        if tag in _SKIP:
            return True
        if tag == "header" and not self._state.articles and not self._state.main_depth:
            return True  # the site's banner; an article's own header holds its headline
        if "hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true":
            return True
        style = attributes.get("style", "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
        role = attributes.get("role", "").lower()
        return role in ("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert")

    @staticmethod
    def _marked(attributes: dict[str, str]) -> bool:
        words = set(_WORDS.findall((attributes.get("class", "") + " " + attributes.get("id", "")).lower()))
        return bool(words & _BOILERPLATE_WORDS)

    def _flush(self) -> None:
        if not self._pieces:
            return
        raw = "".join(self._pieces)
        self._pieces = []
        if self._state.pre_depth:
            lines = [line.rstrip() for line in raw.replace(_BREAK, "\n").replace(_CELL, "\t").split("\n")]
        else:  # white space flows; <br> breaks the line, table cells stay apart by tabs
            lines = ["\t".join(collapse_spaces(cell) for cell in line.split(_CELL)).strip("\t")
                     for line in raw.split(_BREAK)]
        text = "\n".join(line for line in lines if line.strip())
        if text:
            article = self._state.articles[0] if self._state.articles else None
            self.blocks.append(_Block(text, article, self._state.main_depth > 0, self._link_chars,
                                      bool(self._marked_ends)))
        self._link_chars = 0


def read_html(data: bytes, name: str, limits: IngestLimits) -> Source:
    """A saved web page (or an HTML e-mail body) as a source: its article, title, byline, date, URL."""
    head = data[:4096]
    match = _CHARSET.search(head)
    decoded = decode_bytes(data, declared=match[1].decode("ascii", "replace") if match else None)
    return html_to_source(decoded.text, name=name, limits=limits, media_type="text/html",
                          extra={"encoding": decoded.encoding})


def html_to_source(markup: str, *, name: str, limits: IngestLimits, media_type: str = "text/html",
                   extra: dict[str, str] | None = None, article: bool = True) -> Source:
    """A page as a source. With `article` (a saved page) only its main text is kept; without
    (pasted HTML, where the analyst chose what to copy) everything it shows."""
    deadline = Deadline(limits.max_seconds)
    tree = _parse(markup)
    deadline.check()
    if tree is None:
        meta, blocks = Metadata(), []
    else:
        meta = page_metadata(tree)
        strip_annotations(tree)
        blocks = article_blocks(tree) if article else []
        deadline.check()
        if sum(map(len, blocks)) < _SHORT_PAGE:
            # Little found: what the structural reader calls chrome (navigation, banners,
            # footers) stays out. Serialized by lxml, so its repairs (a closed </script>) carry over.
            structural = _fragment_blocks(lxml.html.tostring(tree, encoding="unicode"), deadline)
            shown = " ".join(collapse_spaces(block) for block in structural)
            blocks = [block for block in blocks if collapse_spaces(block) in shown] or structural
    if not blocks:  # what libxml2 gave up on (it stops 256 elements deep) may still have text
        blocks = _fragment_blocks(markup, deadline)
    if tree is not None and article:
        # A story drawn by scripts: the page shows little of what its JSON-LD article declares.
        declared = declared_body(tree)
        if declared is not None and not covers(blocks, declared):
            blocks = declared.paragraphs
            meta.extra["text_from"] = declared.note
    meta.extra.update(extra or {})
    return build_source(blocks=blocks, meta=meta, fallback_title=stem(name),
                        media_type=media_type, origin=name, limits=limits)


def _parse(markup: str) -> Any:
    """The page as an lxml tree, or None when there is nothing to parse. The parser loads no
    external resource (no DTD, no entities from elsewhere, no network)."""
    if not markup.strip():
        return None
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=False, huge_tree=True, recover=True)
    try:
        return lxml.html.document_fromstring(_CONTROLS.sub(_no_control, markup), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def _no_control(match: re.Match[str]) -> str:
    return " " if match[0] == "\x0c" else ""


def html_blocks(markup: str) -> list[str]:
    """The body paragraphs of an HTML fragment (for e-mail bodies and the clipboard)."""
    return _fragment_blocks(markup, None)


def _fragment_blocks(markup: str, deadline: Deadline | None) -> list[str]:
    parser = _PageParser()
    for start in range(0, len(markup), _FEED_CHARS):  # in slices, so the time limit can interrupt
        if deadline is not None:
            deadline.check()
        parser.feed(markup[start:start + _FEED_CHARS])
    parser.close()
    return _body(parser.blocks)


def _body(blocks: list[_Block]) -> list[str]:
    """The article's paragraphs: the largest <article>, else <main>, else all but link lists;
    then without the parts whose class names boilerplate, unless that would leave little (the
    class was the page layout's, "with-sidebar", not a share bar's)."""
    sizes: dict[int, int] = {}
    for block in blocks:
        if block.article is not None:
            sizes[block.article] = sizes.get(block.article, 0) + len(block.text)
    if sizes:
        best = max(sizes, key=lambda key: sizes[key])
        chosen = [block for block in blocks if block.article == best]
    else:
        chosen = [block for block in blocks if block.in_main]
        if not chosen:
            chosen = [block for block in blocks if not _is_link_list(block)]
    unmarked = [block for block in chosen if not block.marked]
    if sum(len(b.text) for b in unmarked) >= 0.3 * sum(len(b.text) for b in chosen):
        chosen = unmarked
    return [block.text for block in chosen]


def _is_link_list(block: _Block) -> bool:
    """A short block that is mostly link text ("Home | About | Contact") is navigation."""
    letters = sum(1 for c in block.text if c.isalnum())
    return len(block.text) < 300 and block.link_chars >= 0.8 * max(letters, 1)
