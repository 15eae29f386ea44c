"""Push a .brief into a workspace and pull it back: the same brief, and a stale copy is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.spec import dump_brief
from briefing.store import BriefFile, load_brief
from briefing.workspace import ConflictError, Origin, WorkspaceBrief, pull, push

from .conftest import Workspace
from .samples import sample_file, small_file


def test_push_then_pull_gives_the_same_brief(workspace: Workspace, tmp_path: Path) -> None:
    url = workspace.add_user("ana")
    original = sample_file(tmp_path)
    result = push(original, url, team="desk")
    assert result.created and result.team == "desk"
    pulled = tmp_path / "pulled.brief"
    pull(url, result.brief_id, pulled)
    assert dump_brief(load_brief(pulled)) == dump_brief(load_brief(original))
    origin = Origin.parse(load_brief(pulled).origin)
    assert origin is not None and origin.brief == result.brief_id and origin.by == "ana"


def test_pushing_a_pulled_copy_updates_its_brief(workspace: Workspace, tmp_path: Path) -> None:
    url = workspace.add_user("ana")
    first = push(small_file(tmp_path), url)
    copy = tmp_path / "copy.brief"
    pull(url, first.brief_id, copy)
    with BriefFile.open(copy) as opened:
        brief = opened.load()
        brief.sections[0].items[0].text = "Kyiv has received the plan."
        brief.title = "Draft plan (edited offline)"
        opened.save(brief)
    again = push(copy, url)
    assert (again.brief_id, again.created) == (first.brief_id, False)
    with WorkspaceBrief.open(url, first.brief_id) as opened:
        stored = opened.load()
    assert stored.title == "Draft plan (edited offline)"
    assert stored.sections[0].items[0].text == "Kyiv has received the plan."
    assert len(workspace.sql("SELECT 1 FROM briefing.briefs")) == 1
    # The copy now matches the pushed version: a second push is no conflict.
    assert push(copy, url).brief_id == first.brief_id


def test_a_stale_copy_is_refused_in_one_line(workspace: Workspace, tmp_path: Path) -> None:
    ana = workspace.add_user("ana")
    ben = workspace.add_user("ben")
    first = push(small_file(tmp_path), ana)
    copy = tmp_path / "copy.brief"
    pull(ana, first.brief_id, copy)
    with WorkspaceBrief.open(ben, first.brief_id) as opened:
        brief = opened.load()
        brief.sections[0].items[0].text = "Ben's wording."
        opened.save(brief)
    with BriefFile.open(copy) as opened:
        brief = opened.load()
        brief.sections[0].items[0].text = "Ana's offline wording."
        opened.save(brief)
    with pytest.raises(ConflictError) as caught:
        push(copy, ana)
    message = str(caught.value)
    assert "\n" not in message and "ben" in message and "edited item" in message
    with WorkspaceBrief.open(ana, first.brief_id) as opened:
        assert opened.load().sections[0].items[0].text == "Ben's wording."  # nothing merged, nothing lost


def test_what_postgresql_cannot_hold_is_refused_in_one_sentence(workspace: Workspace, tmp_path: Path) -> None:
    from briefing.model import Citation
    from briefing.store import save_brief
    from briefing.workspace import WorkspaceError

    from .samples import small_brief

    url = workspace.add_user("ana")
    brief = small_brief()
    brief.sections[0].items[0].citations.append(Citation(brief.sources[0].id, 0, 1, "K\x00"))
    path = tmp_path / "nul.brief"
    save_brief(path, brief)
    with pytest.raises(WorkspaceError, match="NUL") as caught:
        push(path, url)
    assert "\n" not in str(caught.value)
    assert workspace.sql("SELECT count(*) FROM briefing.briefs") == [(0,)]  # nothing half-written
