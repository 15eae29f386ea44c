"""Two analysts on one workspace brief: each sees the other's edits; no lost update; who changed what."""

from __future__ import annotations

import queue
from pathlib import Path

import pytest

from briefing.model import Item, Source
from briefing.workspace import ConflictError, Listener, WorkspaceBrief, apply_remote, push

from .conftest import Workspace
from .samples import small_file


@pytest.fixture
def pair(workspace: Workspace, tmp_path: Path) -> tuple[WorkspaceBrief, WorkspaceBrief]:
    ana, ben = workspace.add_user("ana"), workspace.add_user("ben")
    brief_id = push(small_file(tmp_path), ana).brief_id
    first, second = WorkspaceBrief.open(ana, brief_id), WorkspaceBrief.open(ben, brief_id)
    yield first, second
    first.close()
    second.close()


def test_each_sees_the_others_edits(pair: tuple[WorkspaceBrief, WorkspaceBrief]) -> None:
    ana, ben = pair
    a, b = ana.load(), ben.load()
    a.sections[0].items[0].text = "Ana's wording."
    a.sections[0].items.append(Item(text="A second point."))
    ana.save(a)
    remote = ben.refresh()
    assert remote.who == {"ana"}
    apply_remote(b, remote)
    assert [i.text for i in b.sections[0].items] == ["Ana's wording.", "A second point."]
    b.title = "Ben's title"
    b.sections[1].items.insert(0, Item(kind="question", text="Who drafted it?"))
    ben.save(b)
    apply_remote(a, ana.refresh())
    assert a.title == "Ben's title" and a.sections[1].items[0].text == "Who drafted it?"
    assert ana.load() == a  # what each holds is what the workspace holds
    # Sources too: one analyst imports, removes or re-grades; the other's list follows.
    b = ben.load()
    b.sources.insert(0, Source("Second report", "The plan has 28 points, a second official said."))
    b.sources[1].notes = "Checked by Ben."
    ben.save(b)
    apply_remote(a, ana.refresh())
    assert [s.title for s in a.sources] == ["Second report", "Draft plan delivered"]
    assert a.sources[1].notes == "Checked by Ben."
    del b.sources[0]
    ben.save(b)
    apply_remote(a, ana.refresh())
    assert [s.title for s in a.sources] == ["Draft plan delivered"] and ana.load() == a


def test_a_change_saved_before_mine_is_still_seen_after_my_save(pair: tuple[WorkspaceBrief, WorkspaceBrief]) -> None:
    """Ben saves his own change before he has heard Ana's: his next look must still bring hers."""
    ana, ben = pair
    a, b = ana.load(), ben.load()
    a.sections[0].items[0].text = "Ana's wording."
    ana.save(a)
    b.sections[1].items.append(Item(kind="question", text="Who drafted it?"))
    ben.save(b)  # his save moves the brief's version past Ana's change, which he has not read
    apply_remote(b, ben.refresh())
    assert b.sections[0].items[0].text == "Ana's wording."
    assert ben.load() == b
    assert ben.refresh().empty  # and once seen, nothing is reported again


def test_two_writers_of_one_item_no_lost_update(pair: tuple[WorkspaceBrief, WorkspaceBrief]) -> None:
    ana, ben = pair
    a, b = ana.load(), ben.load()
    a.sections[0].items[0].text = "Ana's wording."
    ana.save(a)
    b.sections[0].items[0].text = "Ben's wording."
    with pytest.raises(ConflictError) as caught:
        ben.save(b)
    assert caught.value.who == "ana" and "Ana's wording." in str(caught.value)
    assert ana.load().sections[0].items[0].text == "Ana's wording."  # nothing of Ben's save was written
    ben.save(b, overwrite={caught.value.item_id})  # Ben chooses his own
    assert ana.load().sections[0].items[0].text == "Ben's wording."


def test_additions_and_moves_by_two_writers_merge(pair: tuple[WorkspaceBrief, WorkspaceBrief]) -> None:
    ana, ben = pair
    a, b = ana.load(), ben.load()
    a.sections[0].items.insert(0, Item(text="Ana first."))
    ana.save(a)
    b.sections[0].items.append(Item(text="Ben last."))
    b.section("caveats").items.append(Item(kind="caveat", text="One source only."))
    ben.save(b)
    merged = ana.load()
    assert [i.text for i in merged.sections[0].items] == ["Ana first.", "Kyiv has the plan.", "Ben last."]
    assert [s.key for s in merged.sections] == ["summary", "questions", "caveats"]
    # A move writes the moved item only.
    a = merged
    moved = a.sections[0].items.pop()
    a.sections[0].items.insert(1, moved)
    versions = {i: k.version for i, k in ana.known.items.items()}
    ana.save(a)
    changed = {i for i, k in ana.known.items.items() if versions.get(i) != k.version}
    assert changed == {moved.id}
    assert [i.text for i in ben.load().sections[0].items] == ["Ana first.", "Ben last.", "Kyiv has the plan."]


def test_a_listener_hears_the_others_change_with_who(workspace: Workspace,
                                                    pair: tuple[WorkspaceBrief, WorkspaceBrief]) -> None:
    ana, ben = pair
    heard: queue.Queue[dict[str, object]] = queue.Queue()
    listener = Listener(workspace.url("ben"), ben.brief_id, lambda payload, pid: heard.put(payload),
                        ignore_pid=ben.backend_pid)
    try:
        mine = ben.load()
        mine.title = "Ben's own change is not announced to Ben"
        ben.save(mine)
        a = ana.load()
        a.sections[0].items[0].text = "Ana's wording."
        ana.save(a)
        payload = heard.get(timeout=10)
        assert payload["by"] == "ana" and payload["table"] == "items" and payload["op"] == "UPDATE"
    finally:
        listener.stop()
