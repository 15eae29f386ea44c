"""Files that are not (intact, readable) briefs give one clear sentence, never a traceback or a change."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing.model import Brief, Source
from briefing.store import BriefFile, StoreError, load_brief, save_brief, search_sources
from briefing.store.schema import SCHEMA_VERSION


def refusal(path: Path) -> str:
    """The message of opening `path` for writing, checked to be the same read-only and to change nothing."""
    before = path.read_bytes() if path.is_file() else None
    names = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(StoreError) as writable:
        BriefFile.open(path)
    with pytest.raises(StoreError) as readonly:
        load_brief(path)
    assert str(writable.value) == str(readonly.value)
    message = str(writable.value)
    assert str(path) in message
    assert "\n" not in message and "Traceback" not in message
    if before is not None:
        assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == names  # no lock or backup left behind
    return message


def test_missing_file(tmp_path: Path) -> None:
    assert "does not exist" in refusal(tmp_path / "nowhere.brief")
    assert not (tmp_path / "nowhere.brief").exists()  # opening never creates a database


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.brief"
    folder.mkdir()
    with pytest.raises(StoreError, match="is a folder"):
        load_brief(folder)
    with pytest.raises(StoreError, match="is a folder"):
        save_brief(folder, Brief())


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.brief"
    path.write_text("title: not a database\n" * 20)
    assert "is not a Briefing file (it is not an SQLite database)" in refusal(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.brief"
    path.write_bytes(b"")
    assert "is empty" in refusal(path)


def test_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "places.brief"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE places (name TEXT)")
    connection.commit()
    connection.close()
    assert "is a database of another program, not a brief" in refusal(path)


def test_empty_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "blank.brief"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 1")  # something to make the file exist
    connection.close()
    assert "is an empty database, not a brief" in refusal(path)


def test_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.brief"
    save_brief(path, Brief(title="From the future"))
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    message = refusal(path)
    assert "newer version of Briefing" in message and "update Briefing" in message
    assert f"file format {SCHEMA_VERSION + 1}" in message


def test_unknown_old_schema(tmp_path: Path) -> None:
    path = tmp_path / "ancient.brief"
    save_brief(path, Brief())
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 0")
    connection.close()
    assert "file format 0" in refusal(path)


def big_brief() -> Brief:
    brief = Brief(title="Big")
    for index in range(40):
        brief.sources.append(Source(f"Source {index}", f"Paragraph {index} of fictional text. " * 300))
    return brief


def test_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.brief"
    save_brief(path, big_brief())
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "is cut short" in refusal(path)


def test_truncated_header(tmp_path: Path) -> None:
    path = tmp_path / "stub.brief"
    save_brief(path, Brief())
    path.write_bytes(path.read_bytes()[:50])
    assert "is cut short" in refusal(path)


def test_damaged_pages(tmp_path: Path) -> None:
    path = tmp_path / "garbled.brief"
    save_brief(path, big_brief())
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):  # every page but the header page
        data[page * page_size: page * page_size + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    message = refusal(path)
    assert "is damaged" in message or "is not a brief or is badly damaged" in message
    assert "backup" in message


def test_damaged_rows_are_refused_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "badrow.brief"
    save_brief(path, Brief(sections=[]))
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO items (num, id, section, position, kind, text) VALUES (1, 'x', 7, 0, 'prose', '')")
    connection.execute("INSERT INTO sources (id, position, title, text, notes, media_type, paragraphs, sha256, extra, "
                       "reliability) VALUES ('s', 0, 't', 'x', '', 'text/plain', '[]', '', '{}', 'Q')")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match=r"is damaged and cannot be read \(.*\); open a backup copy"):
        load_brief(path)
    with BriefFile.open(path) as opened, pytest.raises(StoreError, match="is damaged"):
        opened.load()


def test_missing_tables_are_damage(tmp_path: Path) -> None:
    path = tmp_path / "notables.brief"
    save_brief(path, Brief())
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE items")
    connection.commit()
    connection.close()
    assert "is damaged and cannot be read (table items is missing)" in refusal(path)
    with pytest.raises(StoreError, match="is damaged"):
        search_sources(path, "words")


def test_file_without_read_permission(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "secret.brief"
    save_brief(path, Brief())
    path.chmod(0)
    with pytest.raises(StoreError, match="could not be read"):
        load_brief(path)


def test_write_protected_file(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    path = tmp_path / "protected.brief"
    save_brief(path, Brief(title="Protected"))
    path.chmod(0o444)
    with pytest.raises(StoreError, match=r"is read-only .*open it read-only or save a copy"):
        BriefFile.open(path)
    assert load_brief(path).title == "Protected"


def test_search_of_a_damaged_file_says_so(tmp_path: Path) -> None:
    """The search path skips the whole-file check; damage it meets is still one clear sentence."""
    path = tmp_path / "garbled.brief"
    save_brief(path, big_brief())
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):
        data[page * page_size: page * page_size + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged") as caught:
        search_sources(path, "fictional")
    assert "backup" in str(caught.value)
