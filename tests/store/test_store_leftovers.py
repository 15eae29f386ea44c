"""Hidden temporary copies left beside a brief by a killed build are removed at the next open or save."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_samples import large_brief

from briefing.model import Brief
from briefing.store import BriefFile, BriefLockedError, load_brief, save_brief
from briefing.store.lock import FileLock

OURS = [".plan.brief.0123abcd.tmp", ".plan.brief.0123abcd.tmp-journal", ".plan.brief.ffffffff.tmp"]
NOT_OURS = [
    ".plan.brief.0123abcd.tmp.keep",  # more after the pattern
    ".plan.brief.0123ABCD.tmp",  # not our lowercase hex
    ".plan.brief.0123abc.tmp",  # seven digits
    "plan.brief.0123abcd.tmp",  # not hidden
    ".other.brief.0123abcd.tmp",  # another brief's
    ".plan.brief.lock.0123abcd.tmp",
    "notes.txt",
]


def leave(folder: Path, names: list[str]) -> None:
    for name in names:
        (folder / name).write_bytes(b"half a brief")


def test_writable_open_removes_our_leftovers_only(tmp_path: Path) -> None:
    path = tmp_path / "plan.brief"
    save_brief(path, Brief(title="Plan"))
    leave(tmp_path, OURS + NOT_OURS)
    load_brief(path)  # a read changes nothing on disk
    assert all((tmp_path / name).exists() for name in OURS)
    with BriefFile.open(path):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["plan.brief", *NOT_OURS])


def test_a_new_file_or_copy_removes_the_leftovers_of_its_name(tmp_path: Path) -> None:
    leave(tmp_path, OURS)
    save_brief(tmp_path / "plan.brief", Brief(title="Plan"))  # what `briefing build -o plan.brief` does
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.brief"]
    leave(tmp_path, [name.replace("plan", "copy") for name in OURS])
    with BriefFile.open(tmp_path / "plan.brief") as opened:
        opened.save_copy(tmp_path / "copy.brief")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.brief", "plan.brief"]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_link_with_our_name_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "plan.brief"
    save_brief(path, Brief(title="Plan"))
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep")
    os.symlink(target, tmp_path / OURS[0])
    with BriefFile.open(path):
        pass
    assert (tmp_path / OURS[0]).is_symlink() and target.read_text() == "keep"


def test_a_temporary_in_use_is_never_removed(tmp_path: Path) -> None:
    """Whoever writes a temporary holds the brief's lock; while it is held, nobody else cleans up."""
    path = tmp_path / "plan.brief"
    save_brief(path, Brief(title="Plan"))
    leave(tmp_path, OURS[:1])
    with FileLock(path.resolve()):
        with pytest.raises(BriefLockedError):
            BriefFile.open(path)
        with pytest.raises(BriefLockedError):
            save_brief(path, Brief(title="Other"))
    assert (tmp_path / OURS[0]).exists()


@pytest.mark.slow
def test_killed_builds_leave_nothing_after_the_next_save(tmp_path: Path, cli_env: dict[str, str]) -> None:
    """The audit's case: builds killed while writing; the next save of the same name tidies up."""
    path = tmp_path / "plan.brief"
    script = ("import sys; sys.path.insert(0, sys.argv[2]); from store_samples import large_brief; "
              "from briefing.store import save_brief; from pathlib import Path; "
              "brief = large_brief(0); print('ready', flush=True); "
              "[save_brief(Path(sys.argv[1]), brief) for _ in range(1000)]")
    killed_with_leftover = 0
    for _round in range(6):
        writer = subprocess.Popen([sys.executable, "-c", script, str(path), str(Path(__file__).parent)],
                                  env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert writer.stdout is not None and writer.stdout.readline().strip() == b"ready"
        deadline = time.monotonic() + 60
        while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.001)
        writer.kill()
        writer.communicate()
        if any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
            killed_with_leftover += 1
    assert killed_with_leftover >= 1
    save_brief(path, large_brief(1))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.brief"]
