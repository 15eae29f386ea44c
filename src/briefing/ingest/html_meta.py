"""What a web page says about itself: title, byline, publisher, date and address.

Read from the parsed page (lxml) in the order publishers fill them in: Open Graph and the
`article:*` properties, JSON-LD's article object (including `@graph` lists), Dublin Core, the
plain `author` meta tag, `<link rel=canonical>`, and a browser's "saved from" note. Nothing here
follows a link: a URL is kept as text only when it is absolute (http or https).
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from briefing.ingest.base import Metadata
from briefing.ingest.dates import parse_date

_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)")
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "blogposting", "report", "reportagenewsarticle",
                            "analysisnewsarticle", "scholarlyarticle", "techarticle", "webpage"})
_DATE_KEYS = ("article:published_time", "date", "dc.date", "dc.date.issued", "pubdate", "publish-date",
              "sailthru.date")


def page_metadata(tree: Any) -> Metadata:
    """The page's metadata from its <head> (and a few body hints: <time>, rel=author links)."""
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").lower()
        content = element.get("content")
        if key and content and key not in meta:
            meta[key] = content
    ld = _json_ld([script.text or "" for script in tree.iter("script")
                   if (script.get("type") or "").lower() == "application/ld+json"])
    title_element = next(tree.iter("title"), None)
    page_title = title_element.text_content() if title_element is not None else ""
    title = (meta.get("og:title") or _text(ld.get("headline")) or meta.get("twitter:title")
             or meta.get("dc.title") or page_title)
    rel_authors = [link.text_content().strip() for link in tree.iter("a")
                   if "author" in (link.get("rel") or "").lower().split()]
    author = (meta.get("author") or meta.get("article:author") or _person(ld.get("author"))
              or meta.get("dc.creator") or meta.get("byl") or ", ".join(a for a in rel_authors if a))
    if author and author.lower().startswith("by "):
        author = author[3:]
    publisher = (meta.get("og:site_name") or _person(ld.get("publisher")) or meta.get("dc.publisher")
                 or meta.get("application-name"))
    first_time = next((t.get("datetime") for t in tree.iter("time") if t.get("datetime")), None)
    published = None
    for candidate in (*(meta.get(key) for key in _DATE_KEYS[:1]), _text(ld.get("datePublished")),
                      *(meta.get(key) for key in _DATE_KEYS[1:]), first_time):
        published = parse_date(candidate)
        if published:
            break
    canonical = next((link.get("href") for link in tree.iter("link")
                      if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")), None)
    url = canonical or meta.get("og:url") or _text(ld.get("url")) or _main_entity(ld) or _saved_from(tree)
    if url and not url.lower().startswith(("http://", "https://")):
        url = None  # a relative or script URL names nothing the reader could visit
    return Metadata(title=title or None, author=author or None, publisher=publisher or None,
                    published=published, url=url)


def _saved_from(tree: Any) -> str | None:
    """The address in a browser's `<!-- saved from url=(NN)… -->` note, before or in the page."""
    root = tree.getroottree().getroot()
    comments = [*root.itersiblings(etree.Comment, preceding=True), *root.iter(etree.Comment)]
    for comment in comments:
        match = _SAVED_FROM.search(comment.text or "")
        if match:
            return match[1]
    return None


def _json_ld(chunks: list[str]) -> dict[str, Any]:
    """The page's article object from its JSON-LD blocks (including @graph lists), or {}."""
    found: list[dict[str, Any]] = []

    def visit(node: Any) -> None:
        if isinstance(node, list):
            for child in node:
                visit(child)
        elif isinstance(node, dict):
            kinds = node.get("@type", [])
            kinds = [kinds] if isinstance(kinds, str) else kinds
            if isinstance(kinds, list) and any(isinstance(kind, str) and kind.lower() in _ARTICLE_TYPES
                                               for kind in kinds):
                found.append(node)
            visit(node.get("@graph", []))

    for chunk in chunks:
        try:
            visit(json.loads(chunk))
        except (ValueError, RecursionError):
            continue
    # Prefer a real article over a generic WebPage.
    found.sort(key=lambda node: "webpage" in str(node.get("@type", "")).lower())
    return found[0] if found else {}


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0]
    return None


def _person(value: Any) -> str | None:
    """A name from JSON-LD's string, Person/Organization object, or list of them."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list):
        names = [name for name in (_person(item) for item in value) if name]
        return ", ".join(names) or None
    return None


def _main_entity(ld: dict[str, Any]) -> str | None:
    entity = ld.get("mainEntityOfPage")
    if isinstance(entity, dict):
        return _text(entity.get("@id")) or _text(entity.get("url"))
    return _text(entity)
