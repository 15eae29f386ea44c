"""Typed reads from composed YAML nodes, so every value keeps the line it came from.

The spec is composed (not loaded) with the safe loader: the node tree carries the marks
that let each problem name its line, and duplicate keys — which `yaml.safe_load` would
silently collapse — can be reported.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from briefing.spec.problems import Problems, one_line
from briefing.wording import did_you_mean

NULL_TAG = "tag:yaml.org,2002:null"
STR_TAG = "tag:yaml.org,2002:str"
INT_TAG = "tag:yaml.org,2002:int"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

_KIND_NAMES = {MappingNode: "a mapping", SequenceNode: "a list", ScalarNode: "a single value"}


def line_of(node: Node) -> int:
    return int(node.start_mark.line) + 1


def is_null(node: Node | None) -> bool:
    return node is None or (isinstance(node, ScalarNode) and node.tag == NULL_TAG)


def describe(node: Node) -> str:
    """What the user wrote, in words, for "expected X, found Y" messages."""
    if isinstance(node, ScalarNode):
        if node.tag == NULL_TAG:
            return "nothing"
        return {
            STR_TAG: "text",
            INT_TAG: "a number",
            "tag:yaml.org,2002:float": "a number",
            "tag:yaml.org,2002:bool": "true/false",
            TIMESTAMP_TAG: "a date",
        }.get(node.tag, "a value")
    return _KIND_NAMES.get(type(node), "a value")


class Mapping:
    """A YAML mapping with string keys, in file order, and the path used to name it in messages."""

    def __init__(self, node: MappingNode, path: str, entries: dict[str, tuple[Node, Node]]) -> None:
        self.node = node
        self.path = path
        self.entries = entries
        self.misspelled: set[str] = set()  # keys that an unknown key was probably meant to be

    def get(self, key: str) -> Node | None:
        entry = self.entries.get(key)
        return entry[1] if entry else None

    def has(self, key: str) -> bool:
        return key in self.entries

    def key_line(self, key: str) -> int:
        entry = self.entries.get(key)
        return line_of(entry[0]) if entry else line_of(self.node)

    def sub(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key


class NodeReader:
    """Reads values of an expected type from nodes, recording a located problem for each mismatch."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems
        self._constructor = SafeConstructor()

    def problem(self, node: Node | int, path: str, message: str) -> None:
        self.problems.add(node if isinstance(node, int) else line_of(node), path, message)

    # -- containers -------------------------------------------------------------------------

    def mapping(self, node: Node, path: str, allowed: tuple[str, ...] | None = None) -> Mapping | None:
        """The node as a Mapping; unknown keys (when `allowed` is given) and duplicates are problems."""
        if not isinstance(node, MappingNode):
            self.problem(node, path or "spec", f"expected a mapping of keys to values, found {describe(node)}")
            return None
        entries: dict[str, tuple[Node, Node]] = {}
        misspelled: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or is_null(key_node):
                self.problem(key_node, path or "spec", "a key must be a plain name")
                continue
            key = str(key_node.value)
            # a complex key ("? " and a block) can hold many lines: a message shows it on one
            shown = key if "\n" not in key and len(key) <= 60 else one_line(key, 60)
            if key in entries:
                self.problem(key_node, _join(path, shown),
                             f"is given twice (first on line {line_of(entries[key][0])}); keep one")
                continue
            if allowed is not None and key not in allowed:
                hint = did_you_mean(key, allowed, list_label="valid keys")
                self.problem(key_node, _join(path, shown), "unknown key" + hint)
                misspelled.update(k for k in allowed if hint == f"; did you mean {k!r}?")
                continue
            entries[key] = (key_node, value_node)
        mapping = Mapping(node, path, entries)
        mapping.misspelled = misspelled
        return mapping

    def sequence(self, node: Node | None, path: str) -> list[Node]:
        """The items of a list (nothing/null reads as an empty list)."""
        if node is None or is_null(node):
            return []
        if not isinstance(node, SequenceNode):
            self.problem(node, path, f"expected a list, found {describe(node)}")
            return []
        return list(node.value)

    # -- scalars ----------------------------------------------------------------------------

    def require(self, mapping: Mapping, key: str, what: str) -> Node | None:
        node = mapping.get(key)
        if node is None and key not in mapping.misspelled:  # a misspelt key is reported once, as unknown
            where = mapping.path or "spec"
            self.problem(mapping.node, where, f"{what} is missing; add `{key}:`")
        return node

    def text(self, node: Node | None, path: str, *, optional: bool = True) -> str | None:
        """A text value. A plain scalar is taken as written (`reference: 117` is the text "117")."""
        if node is None or is_null(node):
            if not optional and node is not None:
                self.problem(node, path, "must not be empty")
            return None
        if not isinstance(node, ScalarNode):
            self.problem(node, path, f"expected text, found {describe(node)}")
            return None
        return str(node.value)

    def integer(self, node: Node | None, path: str) -> int | None:
        if node is None or is_null(node):
            return None
        if isinstance(node, ScalarNode):
            if node.tag == INT_TAG:
                value = self._construct(node, path)
                return value if isinstance(value, int) else None
            if node.tag == STR_TAG and node.value.strip().isdigit():
                return int(node.value.strip())
        self.problem(node, path, f"expected a whole number, found {describe(node)}")
        return None

    def day(self, node: Node | None, path: str) -> date | None:
        """A calendar date (YYYY-MM-DD)."""
        if node is None or is_null(node):
            return None
        if isinstance(node, ScalarNode):
            value: Any = self._construct(node, path) if node.tag == TIMESTAMP_TAG else node.value
            if isinstance(value, str):
                try:
                    value = date.fromisoformat(value.strip())
                except ValueError:
                    value = None
            if isinstance(value, date) and not isinstance(value, datetime):
                return value
        self.problem(node, path, "expected a date written as YYYY-MM-DD, e.g. 2025-11-20")
        return None

    def moment(self, node: Node | None, path: str, *, naive_ok: bool = False) -> datetime | None:
        """A date and time with its timezone (ISO 8601, e.g. 2025-11-20T16:30:00Z).

        `naive_ok` admits a time without timezone as it is, for records written by programs
        (an export history) that must round-trip even when they carry no timezone.
        """
        if node is None or is_null(node):
            return None
        value: Any = None
        if isinstance(node, ScalarNode):
            if node.tag == TIMESTAMP_TAG:
                value = self._construct(node, path)
            if not isinstance(value, datetime):
                try:
                    value = datetime.fromisoformat(str(node.value).strip())
                except ValueError:
                    value = None
        if not isinstance(value, datetime):
            self.problem(node, path, "expected a date and time such as 2025-11-20T16:30:00Z")
            return None
        if not naive_ok and (value.tzinfo is None or value.utcoffset() is None):
            self.problem(node, path, "the time needs a timezone: add Z (UTC) or an offset such as +01:00")
            return None
        return value

    def _construct(self, node: ScalarNode, path: str) -> Any:
        try:
            return self._constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as error:
            self.problem(node, path, f"cannot read this value ({_first_line(error)})")
            return None


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _first_line(error: Exception) -> str:
    text = str(getattr(error, "problem", None) or error)
    return text.strip().splitlines()[0] if text.strip() else type(error).__name__
