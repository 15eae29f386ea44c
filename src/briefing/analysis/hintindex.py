"""Which of many hint substrings a sentence holds, found in one pass over it.

The caveat rules each ask "does the sentence hold one of these words?" before running their
expression (`any(hint in lowered for hint in hints)`). Asked rule by rule, that is some two hundred
substring searches per sentence, a sixteenth of the whole analysis. One search over the sentence
with all the hints in a trie-shaped pattern finds the same answer for every rule at once: the
rules then ask a set (`not present.isdisjoint(hints)`), which answers exactly as the substring
test does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class HintIndex:
    """All the hints of several rules, for `present`: the set of those a text holds as substrings."""

    def __init__(self, groups: Iterable[Iterable[str]]) -> None:
        hints = sorted({hint for group in groups for hint in group})
        if not hints or not all(hints):
            raise ValueError("hints must be non-empty strings")
        # At each position the pattern matches the longest hint that starts there (zero-width, so that
        # hints overlapping it or starting inside it are found at their own positions); every shorter hint
        # starting there is a prefix of that one, so `_prefixes` adds them.
        first = "".join(sorted({hint[0] for hint in hints}))
        self._search = re.compile(rf"(?=[{re.escape(first)}])(?=({_trie(hints)}))").findall
        self._prefixes = {hint: frozenset(h for h in hints if hint.startswith(h)) for hint in hints}

    def present(self, text: str) -> frozenset[str]:
        """The hints that occur in `text`: the same as `{h for h in hints if h in text}`."""
        found = self._search(text)
        if not found:
            return frozenset()
        return frozenset().union(*map(self._prefixes.__getitem__, found))


def _trie(words: list[str]) -> str:
    """A pattern matching the same strings as the alternation of `words`, longest first, shaped as a trie:
    at each character one branch per next character, so the engine never tries a word whose start failed."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first, the shorter one if it fails

    return emit(tree)
