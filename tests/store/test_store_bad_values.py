"""Values no brief could hold (a BLOB for text, NULL in a NOT NULL column, JSON nested 200,000 deep,
JSON of the wrong shape) are refused at load in one sentence, never met later as a crash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.cli.helpers import briefing_cli

from briefing.store import BriefFile, StoreError, load_brief, save_brief

DEEP = "[" * 200_000 + "]" * 200_000


def set_value(path: Path, table: str, column: str, value: object) -> None:
    """Put `value` into every row's `column`, past NOT NULL and type affinity, leaving the schema text ours."""
    connection = sqlite3.connect(path, isolation_level=None)
    (sql,) = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    loose = sql.replace(" NOT NULL", "")
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (loose, table))
    connection.close()
    connection = sqlite3.connect(path, isolation_level=None)
    if table == "dismissed":  # its key is unique: keep one row to change
        connection.execute("DELETE FROM dismissed WHERE key > (SELECT min(key) FROM dismissed)")
    connection.execute(f'UPDATE {table} SET "{column}" = ?', (value,))
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, table))
    connection.close()


CASES = [
    ("brief", "title", None),
    ("brief", "title", b"\x00\xff binary"),
    ("brief", "template_id", b"situation-brief"),
    ("brief", "marking", b"TLP:RED"),
    ("brief", "date", "not a date"),
    ("distribution", "recipient", b"anna@example.org"),
    ("dismissed", "key", b"blob"),
    ("sources", "title", None),
    ("sources", "text", b"\xff\xfe"),
    ("sources", "credibility", "two"),
    ("sources", "extra", DEEP),
    ("sources", "extra", "[1, 2]"),
    ("sources", "extra", '{"language": {"nested": 1}}'),
    ("sources", "paragraphs", DEEP),
    ("sources", "paragraphs", '{"a": 1}'),
    ("sources", "paragraphs", "[[0, 1, 2]]"),
    ("sources", "paragraphs", "not json"),
    ("sources", "position", "first"),
    ("sections", "key", None),
    ("items", "text", None),
    ("items", "kind", b"prose"),
    ("items", "section", "zero"),
    ("citations", "quote", None),
    ("citations", "start", "zero"),
    ("releases", "recipients", DEEP),
    ("releases", "recipients", '"anna@example.org"'),
    ("releases", "recipients", "[1]"),
    ("releases", "at", None),
    ("releases", "filename", b"brief.pdf"),
]


@pytest.mark.parametrize(("table", "column", "value"), CASES, ids=[f"{t}.{c}={str(v)[:12]}" for t, c, v in CASES])
def test_a_value_no_brief_holds_is_damage(tmp_path: Path, brief, table: str, column: str, value: object) -> None:
    path = tmp_path / "crafted.brief"
    save_brief(path, brief)
    set_value(path, table, column, value)
    with pytest.raises(StoreError) as refused:
        load_brief(path)
    message = str(refused.value)
    assert message.startswith(f"{path} is damaged and cannot be read (") and "\n" not in message
    assert len(message) < 400
    with pytest.raises(StoreError, match="is damaged"), BriefFile.open(path) as opened:  # (NULLs: at open)
        opened.load()


@pytest.mark.parametrize("command", ["dump", "export", "history", "check"])
def test_the_command_line_says_damaged_not_internal_error(tmp_path: Path, brief, cli_env: dict[str, str],
                                                          command: str) -> None:
    path = tmp_path / "crafted.brief"
    save_brief(path, brief)
    set_value(path, "sources", "extra", DEEP)
    extra = ["-o", str(tmp_path / "out.pdf")] if command == "export" else []
    done = briefing_cli(cli_env, command, path, *extra)
    assert done.returncode == 1
    assert "internal error" not in done.stderr and "is damaged" in done.stderr, done.stderr


COLUMNS = sorted({(table, column) for table, column, _value in CASES})
VALUES = st.one_of(st.none(), st.binary(max_size=20), st.text(max_size=20), st.integers(-2**63, 2**63 - 1), st.floats(),
                   st.sampled_from(["[]", "{}", "[[1,2]]", '{"a":"b"}', "[1]", "null", DEEP[:2001] + DEEP[-2001:]]))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.sampled_from(COLUMNS), value=VALUES)
def test_any_value_in_any_column_loads_or_is_refused_in_one_sentence(tmp_path_factory: pytest.TempPathFactory,
                                                                     brief, column: tuple[str, str],
                                                                     value: object) -> None:
    path = tmp_path_factory.mktemp("any") / "crafted.brief"
    save_brief(path, brief)
    try:
        set_value(path, *column, value)
    except sqlite3.IntegrityError:
        return  # a key SQLite itself keeps unique
    try:
        load_brief(path)
    except StoreError as error:
        assert "\n" not in str(error) and str(path) in str(error)
