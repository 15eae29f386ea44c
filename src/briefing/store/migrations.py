"""Upgrading .brief files written with an older schema, one version step at a time.

`STEPS[n]` turns a version-n database into version n+1, inside the caller's transaction
(SQLite's DDL is transactional, so a failed migration leaves the file untouched). The
layouts of older versions are kept here, frozen, so that tests can fabricate old files and
check that migrating one gives the same tables as creating a new file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from briefing.store import textindex
from briefing.store.schema import SCHEMA_VERSION

# Version 1: the first released layout. It had no full-text index (searches scanned the
# text) and releases had no `detail` column.
SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE brief (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL, template_id TEXT NOT NULL, subtitle TEXT, author TEXT, organization TEXT,
    date TEXT, reference TEXT, marking TEXT, template_snapshot TEXT
);
CREATE TABLE distribution (position INTEGER PRIMARY KEY, recipient TEXT NOT NULL);
CREATE TABLE dismissed (key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE sources (
    num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, position INTEGER NOT NULL,
    title TEXT NOT NULL, text TEXT NOT NULL, publisher TEXT, author TEXT, published TEXT, url TEXT,
    accessed TEXT, reliability TEXT, credibility INTEGER, marking TEXT, notes TEXT NOT NULL,
    media_type TEXT NOT NULL, origin TEXT, paragraphs TEXT NOT NULL, sha256 TEXT NOT NULL, extra TEXT NOT NULL
);
CREATE TABLE sections (position INTEGER PRIMARY KEY, key TEXT NOT NULL);
CREATE TABLE items (
    num INTEGER PRIMARY KEY, id TEXT NOT NULL, section INTEGER NOT NULL, position INTEGER NOT NULL,
    kind TEXT NOT NULL, text TEXT NOT NULL, name TEXT, role TEXT, affiliation TEXT, actor_type TEXT,
    likelihood TEXT, confidence TEXT, caveat_kind TEXT, portion TEXT
);
CREATE INDEX items_in_order ON items (section, position);
CREATE TABLE citations (
    item INTEGER NOT NULL, position INTEGER NOT NULL, source_id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
    PRIMARY KEY (item, position)
) WITHOUT ROWID;
CREATE TABLE releases (
    position INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, recipients TEXT NOT NULL,
    marking TEXT, filename TEXT NOT NULL, sha256 TEXT NOT NULL
);
"""


# Version 2: schema 1 plus the full-text index and `releases.detail`; the brief row had no `origin`.
# The layout exactly as Briefing created version-2 files (the schema guard compares it to the file's).
SCHEMA_2 = """
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
    template_snapshot TEXT
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


def _create_index(connection: sqlite3.Connection) -> None:
    """Add the full-text index and fill it from the sources the file already holds."""
    connection.execute("CREATE VIRTUAL TABLE source_index USING fts5(title, body, tokenize = 'ascii')")
    rows = connection.execute("SELECT num, title, text FROM sources").fetchall()
    connection.executemany(
        "INSERT INTO source_index (rowid, title, body) VALUES (?, ?, ?)",
        ((num, textindex.index_text(title), textindex.index_text(text)) for num, title, text in rows),
    )


def _from_1(connection: sqlite3.Connection) -> None:
    """1 → 2: the full-text index over sources, and a free-text detail on each release."""
    connection.execute("ALTER TABLE releases ADD COLUMN detail TEXT NOT NULL DEFAULT ''")
    _create_index(connection)


def _from_2(connection: sqlite3.Connection) -> None:
    """2 → 3: the brief remembers the workspace brief it was pulled from (`origin`, JSON or NULL)."""
    connection.execute("ALTER TABLE brief ADD COLUMN origin TEXT")


STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _from_1,
    2: _from_2,
}

OLDEST_SUPPORTED = min(STEPS)


def migrate(connection: sqlite3.Connection, version: int) -> None:
    """Bring a database from `version` to SCHEMA_VERSION; the caller owns the transaction."""
    for step in range(version, SCHEMA_VERSION):
        STEPS[step](connection)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
