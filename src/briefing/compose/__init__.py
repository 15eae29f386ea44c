"""Compose: Brief + Template -> one layout-neutral Document that every writer renders."""

from briefing.compose.builder import compose
from briefing.compose.document import Document

__all__ = ["Document", "compose"]
