"""The .brief file: one SQLite database per brief (load, save, lock, migrate, search)."""

from briefing.store.errors import BriefLockedError, StoreError
from briefing.store.file import BriefFile, load_brief, save_brief, search_sources
from briefing.store.schema import APPLICATION_ID, SCHEMA_VERSION
from briefing.store.search import SearchHit

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "BriefFile",
    "BriefLockedError",
    "SearchHit",
    "StoreError",
    "load_brief",
    "save_brief",
    "search_sources",
]
