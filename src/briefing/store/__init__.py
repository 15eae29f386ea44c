"""The .brief file: one SQLite database per brief (load, save, lock, migrate, search).

    with BriefFile.open(path) as opened:        # locked for writing until closed
        brief = opened.load()
        ...                                     # edit the Brief
        opened.save(brief)                      # one transaction, only what changed
        hits = opened.search("witkoff plan")    # SearchHit: source id, char span, snippet

    brief = load_brief(path)                    # read-only, no lock: the file may be open elsewhere
    save_brief(path, brief)                     # a whole new file, replacing atomically

What the file promises (see `file`, `schema`, `migrations`):
- `PRAGMA application_id` is "BRIF", `PRAGMA user_version` the schema version; a foreign,
  damaged or newer file is refused with a StoreError naming it; an older one is upgraded
  after a byte-for-byte backup beside it ("name (format 1 backup).brief").
- Every save is one SQLite transaction (rollback journal): killed at any instant, the file
  holds the old or the new brief. Closed, it is one self-contained file, with deleted
  content zeroed, ready to be copied or mailed.
- One writer: a second window (any process) gets BriefLockedError naming the holder; the
  lock is an OS lock, so a crash never leaves it stale.
- Search: FTS5 over folded words (any script; Han and kana per character), answered with
  character offsets into Source.text; any query string is safe (see `textindex`).
"""

from briefing.store.errors import BriefLockedError, StoreError
from briefing.store.file import BriefFile, load_brief, save_brief, search_sources
from briefing.store.foreign import foreign_kind
from briefing.store.locate import all_matches
from briefing.store.schema import APPLICATION_ID, SCHEMA_VERSION
from briefing.store.search import SearchHit
from briefing.store.textindex import parse_query

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "BriefFile",
    "BriefLockedError",
    "SearchHit",
    "StoreError",
    "all_matches",
    "foreign_kind",
    "load_brief",
    "parse_query",
    "save_brief",
    "search_sources",
]
