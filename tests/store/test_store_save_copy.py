"""Save As: a consistent, complete copy of the open brief, written atomically; the original stays open."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from briefing.model import Brief, Item, Source
from briefing.store import BriefFile, StoreError, load_brief, save_brief, search_sources


def test_copy_holds_the_saved_brief_and_the_original_stays_open(tmp_path: Path, brief: Brief) -> None:
    original = tmp_path / "original.brief"
    copy = tmp_path / "sub" / "copy.brief"
    copy.parent.mkdir()
    with BriefFile.create(original, brief) as opened:
        brief.title = "Edited before Save As"
        opened.save(brief)
        opened.save_copy(copy)
        assert load_brief(copy) == brief
        assert [hit.source_id for hit in search_sources(copy, "witkoff")] == ["kyiv"]
        # The original is still the open file: later saves go there, not to the copy.
        brief.title = "Edited after Save As"
        opened.save(brief)
    assert load_brief(original).title == "Edited after Save As"
    assert load_brief(copy).title == "Edited before Save As"
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.brief"]
    with BriefFile.open(copy) as reopened:  # a copy is a full brief: open it for writing too
        reopened.save(brief)


def test_copy_replaces_an_existing_file(tmp_path: Path, brief: Brief) -> None:
    target = tmp_path / "target.brief"
    target.write_text("an old file that is not even a brief")
    with BriefFile.create(tmp_path / "b.brief", brief) as opened:
        opened.save_copy(target)
    assert load_brief(target) == brief


def test_copy_onto_itself_changes_nothing(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "same.brief"
    with BriefFile.create(path, brief) as opened:
        before = path.read_bytes()
        opened.save_copy(path)
        opened.save_copy(tmp_path / "." / "same.brief")
        assert path.read_bytes() == before
        opened.save(brief)


def test_copy_into_a_folder_or_nowhere_is_refused(tmp_path: Path, brief: Brief) -> None:
    with BriefFile.create(tmp_path / "b.brief", brief) as opened:
        with pytest.raises(StoreError, match="is a folder"):
            opened.save_copy(tmp_path)
        with pytest.raises(StoreError, match="its folder does not exist"):
            opened.save_copy(tmp_path / "no-such-folder" / "c.brief")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.brief"]


def test_copy_is_consistent_while_another_thread_saves(tmp_path: Path) -> None:
    """Copies made between saves from another thread each hold one whole saved state."""
    brief = Brief(title="state 0", sources=[Source(f"S{n}", f"text {n} " * 500, id=f"s{n}") for n in range(20)])
    states: list[Brief] = []
    with BriefFile.create(tmp_path / "busy.brief", brief) as opened:
        stop = threading.Event()
        saved: list[str] = ["state 0"]

        def keep_saving() -> None:
            number = 0
            while not stop.is_set():
                number += 1
                brief.title = f"state {number}"
                brief.section("summary").items[:] = [Item(text=f"item {n}") for n in range(number % 50)]
                opened.save(brief)
                saved.append(brief.title)

        writer = threading.Thread(target=keep_saving)
        writer.start()
        try:
            for index in range(15):
                target = tmp_path / f"copy{index}.brief"
                opened.save_copy(target)
                states.append(load_brief(target))
        finally:
            stop.set()
            writer.join()
    for state in states:
        number = int(state.title.split()[1])
        assert state.title in saved
        assert [item.text for item in state.section("summary").items] == [f"item {n}" for n in range(number % 50)]
        assert len(state.sources) == 20


def test_copy_of_a_readonly_open(tmp_path: Path, brief: Brief) -> None:
    path = tmp_path / "ro.brief"
    save_brief(path, brief)
    with BriefFile.open(path, readonly=True) as opened:
        opened.save_copy(tmp_path / "copy.brief")
    assert load_brief(tmp_path / "copy.brief") == brief
