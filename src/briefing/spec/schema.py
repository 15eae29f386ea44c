"""The keys a brief spec may use, in the order `dump` writes them."""

from __future__ import annotations

import re

SPEC_VERSION = 1

TOP_KEYS: tuple[str, ...] = (
    "brief", "template", "title", "subtitle", "author", "organization", "date", "reference",
    "marking", "distribution", "sources", "sections", "dismissed", "releases", "template_snapshot",
)

SOURCE_KEYS: tuple[str, ...] = (
    "id", "title", "publisher", "author", "published", "url", "accessed", "reliability",
    "credibility", "marking", "notes", "media_type", "origin", "paragraphs", "sha256", "extra",
    "file", "text",
)

# Keys of an item by the item kind of its section; every kind also takes `id`, `portion`, `cites`.
ITEM_KEYS: dict[str, tuple[str, ...]] = {
    "prose": ("text",),
    "question": ("text",),
    "caveat": ("text", "kind"),
    "judgment": ("text", "likelihood", "confidence"),
    "actor": ("name", "role", "affiliation", "type", "note"),
}
COMMON_ITEM_KEYS: tuple[str, ...] = ("id", "portion", "cites")

CITE_KEYS: tuple[str, ...] = ("source", "quote", "at")

RELEASE_KEYS: tuple[str, ...] = ("at", "action", "recipients", "marking", "filename", "sha256", "detail")

SOURCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def item_keys(item_kind: str) -> tuple[str, ...]:
    return ("id", *ITEM_KEYS[item_kind], "portion", "cites")
