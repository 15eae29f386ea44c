"""Full-text search over a brief's sources, answering with character offsets into Source.text."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from briefing.store import locate, textindex

# A word in a title weighs as much as ten in the text.
_TITLE_WEIGHT = 10.0

_SQL = f"""
SELECT hits.num, s.id, s.title, s.text, hits.score
FROM (
    SELECT rowid AS num, bm25(source_index, {_TITLE_WEIGHT}, 1.0) AS score
    FROM source_index WHERE source_index MATCH ? ORDER BY score LIMIT ?
) AS hits JOIN sources AS s ON s.num = hits.num
ORDER BY hits.score, s.position
"""


@dataclass(frozen=True)
class SearchHit:
    """One source that matches, and where.

    `text[start:end]` of the source is the best-matching passage (from its first to its last
    query word); when only the title matched, start == end == 0. `snippet` is that passage
    with some context, on one line. `rank` orders hits: higher is more relevant. `matches`
    are the spans of every query word in the text, in order: a source is one hit, each of
    its matches is a place the reader can step to.
    """

    source_id: str
    title: str
    start: int
    end: int
    snippet: str
    rank: float
    matches: tuple[tuple[int, int], ...] = ()


def find(connection: sqlite3.Connection, query: str, limit: int = 50) -> list[SearchHit]:
    """Hits for a search-box query, best first; a query with no searchable words finds nothing.

    The FTS5 expression is built from folded words only (see `textindex.parse_query`), so
    no user input reaches FTS5's query syntax and none can raise an error there.
    """
    parsed = textindex.parse_query(query)
    expression = parsed.fts()
    if expression is None or limit <= 0:
        return []
    rows = connection.execute(_SQL, (expression, limit)).fetchall()
    body_expression = "body : (" + " OR ".join(term.fts() for term in parsed.terms) + ")"
    hits: list[SearchHit] = []
    for num, source_id, title, text, score in rows:

        def in_text(num: int = num) -> bool:
            """Whether the index matched words of the text itself, not only of the title."""
            sql = "SELECT 1 FROM source_index WHERE source_index MATCH ? AND rowid = ?"
            return connection.execute(sql, (body_expression, num)).fetchone() is not None

        span = locate.best_match(text, parsed, in_text)
        start, end = span if span is not None else (0, 0)
        matches = tuple(locate.all_matches(text, parsed, in_text)) if span is not None else ()
        hits.append(SearchHit(source_id, title, start, end, locate.snippet(text, start, end), -float(score), matches))
    return hits
