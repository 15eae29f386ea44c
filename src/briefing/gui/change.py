"""The change report views refresh from (defined with the editing rules, which make it)."""

from briefing.editing.change import Change

__all__ = ["Change"]
