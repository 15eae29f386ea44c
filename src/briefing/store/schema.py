"""The current layout of a .brief file: its identifying pragmas and its tables.

A .brief is an SQLite database whose `application_id` is APPLICATION_ID and whose
`user_version` is the schema version. When the layout changes, SCHEMA_VERSION goes up by one,
CURRENT_SCHEMA below becomes the new layout, and `migrations` gains the step from the old
one (which keeps a frozen copy of every older layout it needs for its tests).
"""

from __future__ import annotations

# "BRIF" in ASCII: what `file` and `sqlite3 .dbinfo` show as the application id.
APPLICATION_ID = int.from_bytes(b"BRIF", "big")
SCHEMA_VERSION = 3

# Columns of the `sources` table after `num`, in the order codec.source_row produces them.
SOURCE_COLUMNS: tuple[str, ...] = (
    "id", "position", "title", "text", "publisher", "author", "published", "url", "accessed",
    "reliability", "credibility", "marking", "notes", "media_type", "origin", "paragraphs", "sha256", "extra",
)
ITEM_COLUMNS: tuple[str, ...] = (
    "id", "section", "position", "kind", "text", "name", "role", "affiliation", "actor_type",
    "likelihood", "confidence", "caveat_kind", "portion",
)
BRIEF_COLUMNS: tuple[str, ...] = (
    "title", "template_id", "subtitle", "author", "organization", "date", "reference", "marking",
    "template_snapshot", "origin",
)
RELEASE_COLUMNS: tuple[str, ...] = ("at", "action", "recipients", "marking", "filename", "sha256", "detail")
TABLES: frozenset[str] = frozenset({
    "meta", "brief", "distribution", "dismissed", "sources", "sections", "items", "citations", "releases",
    "source_index",
})

# Order matters only for readability; every statement is idempotent on an empty database.
# Text columns hold text exactly as in the model; dates are ISO 8601; small lists and maps
# (paragraph offsets, `extra`, recipients) are JSON.
CURRENT_SCHEMA = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE brief (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    template_id TEXT NOT NULL,
    subtitle TEXT,
    author TEXT,
    organization TEXT,
    date TEXT,
    reference TEXT,
    marking TEXT,
    template_snapshot TEXT,
    origin TEXT  -- where this copy came from (a workspace brief), JSON; see model.Brief.origin
);

CREATE TABLE distribution (
    position INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL
);

CREATE TABLE dismissed (
    key TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE sources (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    publisher TEXT,
    author TEXT,
    published TEXT,
    url TEXT,
    accessed TEXT,
    reliability TEXT,
    credibility INTEGER,
    marking TEXT,
    notes TEXT NOT NULL,
    media_type TEXT NOT NULL,
    origin TEXT,
    paragraphs TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    extra TEXT NOT NULL
);

CREATE TABLE sections (
    position INTEGER PRIMARY KEY,
    key TEXT NOT NULL
);

CREATE TABLE items (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    section INTEGER NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    name TEXT,
    role TEXT,
    affiliation TEXT,
    actor_type TEXT,
    likelihood TEXT,
    confidence TEXT,
    caveat_kind TEXT,
    portion TEXT
);
CREATE INDEX items_in_order ON items (section, position);

CREATE TABLE citations (
    item INTEGER NOT NULL,
    position INTEGER NOT NULL,
    source_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    PRIMARY KEY (item, position)
) WITHOUT ROWID;

CREATE TABLE releases (
    position INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    recipients TEXT NOT NULL,
    marking TEXT,
    filename TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);

-- Full-text index of sources.title and sources.text, row for row (rowid = sources.num),
-- holding the folded words of `textindex.index_text` (hence the plain `ascii` tokenizer).
CREATE VIRTUAL TABLE source_index USING fts5(title, body, tokenize = 'ascii');
"""
