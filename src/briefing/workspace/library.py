"""The team's source library: one copy of each text per team, and full-text search over all of them.

Texts are indexed with PostgreSQL's own full-text search, in the configuration of their language:
`english` and `russian` (with their stemmers) and `simple` for everything else. Ukrainian has no
configuration in PostgreSQL, so Ukrainian texts use `simple` (lower-cased words, no stemming):
a Ukrainian search finds the word forms it names. A query is read in all three configurations
at once, so it finds English, Russian and other texts alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import psycopg

from briefing.model import Source, content_hash

_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_BY_CODE = {"en": "english", "ru": "russian"}


def language_of(source: Source) -> str:
    """The text search configuration for a source: its stated language, else its letters."""
    stated = (source.extra.get("language") or "").lower()[:2]
    if stated:
        return _BY_CODE.get(stated, "simple")
    # A few thousand letters tell the script as well as the whole text, at a fraction of the cost
    # of counting (a mass import reads 100,000 texts).
    sample = source.text[:4000]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic > latin:
        return "simple" if _UKRAINIAN.search(sample) else "russian"
    return "english" if latin else "simple"


def add(connection: psycopg.Connection[Any], team: str, sources: Iterable[Source]) -> dict[str, int]:
    """The library row of each source's text (by content hash), adding the texts the team has not got yet."""
    return _add(connection, team, sources)[0]


def _add(connection: psycopg.Connection[Any], team: str, sources: Iterable[Source]) -> tuple[dict[str, int], int]:
    wanted: dict[str, Source] = {}
    for source in sources:
        wanted.setdefault(content_hash(source.text), source)
    if not wanted:
        return {}, 0
    found = dict(connection.execute(
        "SELECT sha256, num FROM briefing.library WHERE team = %s AND sha256 = ANY(%s)",
        (team, list(wanted))).fetchall())
    missing = [(sha, source) for sha, source in wanted.items() if sha not in found]
    added = 0
    if missing:
        added = _insert(connection, team, missing)
        found.update(connection.execute(
            "SELECT sha256, num FROM briefing.library WHERE team = %s AND sha256 = ANY(%s)",
            (team, [sha for sha, _ in missing])).fetchall())
    return {sha: int(num) for sha, num in found.items()}, added


_COLUMNS = ("sha256", "title", "publisher", "author", "published", "url", "reliability", "credibility", "notes",
            "language", "text")
_TYPES = ("text", "text", "text", "text", "text", "text", "text", "integer", "text", "regconfig", "text")
# One statement for a whole batch, its columns sent as arrays: COPY would be faster still, but
# PostgreSQL refuses COPY FROM into a table with row-level security, and the app holds no more
# privilege than the analyst. The search vectors are computed by the table's trigger, row by row
# inside this one statement (that is most of the cost: about 5 ms per 10 kB text).
_INSERT = (f"INSERT INTO briefing.library (team, {', '.join(_COLUMNS)}) "
           f"SELECT %s, * FROM unnest({', '.join(f'%s::{kind}[]' for kind in _TYPES)}) "
           "ON CONFLICT (team, sha256) DO NOTHING")


def _insert(connection: psycopg.Connection[Any], team: str, missing: list[tuple[str, Source]]) -> int:
    records = [(sha, s.title, s.publisher, s.author, s.published.isoformat() if s.published else None, s.url,
                s.grade.reliability, s.grade.credibility, s.notes, language_of(s), s.text) for sha, s in missing]
    cursor = connection.execute(_INSERT, (team, *([list(column) for column in zip(*records, strict=True)])))
    return max(0, cursor.rowcount)


def import_sources(connection: psycopg.Connection[Any], team: str, sources: Iterable[Source],
                   batch: int = 200) -> int:
    """Mass import into the team's library (an archive, a feed's backlog): the number of texts added.

    Each batch is its own transaction, so an import of 100,000 texts can be interrupted and run
    again (texts already there are skipped), and other analysts' writes never wait on all of it.
    Several imports may run at once on separate connections: the server indexes each on its own core.
    """
    added = 0
    pending: list[Source] = []

    def flush() -> int:
        with connection.transaction():
            return _add(connection, team, pending)[1]

    for source in sources:
        pending.append(source)
        if len(pending) >= batch:
            added += flush()
            pending = []
    if pending:
        added += flush()
    return added


@dataclass(frozen=True)
class LibraryHit:
    """A source of the team's library that matches a query; `snippet` marks the words found «like this»."""

    num: int
    team: str
    title: str
    publisher: str | None
    sha256: str
    snippet: str
    rank: float


# Matching is the GIN index's, over the whole text, through `briefing.library_matches` (schema v2:
# under row-level security the index could not be used; v3: a quoted phrase is matched through the
# index of adjacent word pairs, not by reading every text that has its words). Ranking reads the small
# `lead` vector (title and first paragraphs), and only for the first CANDIDATES sources found: for rare
# words that is every match; for a word in most of a large library it is a sample of them
# (PostgreSQL's built-in ranking cannot order 100,000 matches within a search box's time). The snippet
# is cut, for the final page only, from a window around the first place a query word occurs, so its
# cost does not grow with the text; the window holds the 30 words of a snippet with room either side.
CANDIDATES = 50

# The rows are read as the caller, so the `team_library` policy still decides what is seen.
# The window is found by the word as written and capitalised (`strpos` twice), not in a lower-cased
# copy of the text: lower-casing 10 kB for each of the page's rows was most of the snippets' cost.
_QUERY = """
WITH query AS MATERIALIZED (
    SELECT briefing.library_query(%(q)s) AS tsq
), found AS MATERIALIZED (
    SELECT briefing.library_matches(%(q)s, %(candidates)s) AS num
), hits AS MATERIALIZED (
    SELECT l.num, ts_rank_cd(l.lead, query.tsq) AS rank
    FROM found JOIN briefing.library l ON l.num = found.num CROSS JOIN query
    ORDER BY rank DESC, l.num
    LIMIT %(limit)s
)
SELECT l.num, l.team, l.title, l.publisher, l.sha256,
       ts_headline(l.language, substr(l.text, greatest(1, coalesce(least(
           nullif(strpos(l.text, %(word)s), 0), nullif(strpos(l.text, %(capitalised)s), 0)), 1) - 100), 400),
           query.tsq,
                   'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=1, FragmentDelimiter=" … "'),
       hits.rank
FROM hits JOIN briefing.library l ON l.num = hits.num CROSS JOIN query
ORDER BY hits.rank DESC, l.num
"""
_WORD = re.compile(r"\w+")


def fetch(connection: psycopg.Connection[Any], num: int) -> Source:
    """A library source as a new Source for a brief (its text, metadata, grade and notes)."""
    from datetime import date

    from briefing.model import Grade
    from briefing.workspace.errors import WorkspaceError

    row = connection.execute(
        "SELECT title, text, publisher, author, published, url, reliability, credibility, notes "
        "FROM briefing.library WHERE num = %s", (num,)).fetchone()
    if row is None:
        raise WorkspaceError(f"source {num} is not in your teams' library (or no longer)")
    title, text, publisher, author, published, url, reliability, credibility, notes = row
    try:
        when = date.fromisoformat(published[:10]) if published else None
    except ValueError:
        when = None
    return Source(title=title, text=text, publisher=publisher, author=author, published=when, url=url,
                  grade=Grade(reliability, credibility), notes=notes or "")


def search(connection: psycopg.Connection[Any], query: str, limit: int = 20) -> list[LibraryHit]:
    """Sources of the caller's teams matching `query` (web-search syntax: words, "phrases", -not, or), best first."""
    if not query.strip() or limit <= 0:
        return []
    words = [w for w in _WORD.findall(query.lower()) if w not in ("or", "and")]
    # The snippet's window starts at the query word's stem (its first five letters): "plans" finds "plan".
    word = words[0][:5] if words else ""
    rows = connection.execute(_QUERY, {"q": query, "limit": limit, "candidates": max(CANDIDATES, limit),
                                       "word": word, "capitalised": word.capitalize()}).fetchall()
    return [LibraryHit(int(num), team, title, publisher, sha, " ".join(snippet.split()), float(rank))
            for num, team, title, publisher, sha, snippet, rank in rows]
