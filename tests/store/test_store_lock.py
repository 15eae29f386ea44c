"""Two processes never write the same .brief: the second is told who holds it; a crash frees it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.model import Brief
from briefing.store import BriefFile, BriefLockedError, StoreError, load_brief, save_brief, search_sources
from briefing.store.lock import lock_path

TRY_OPEN = """
import sys
from pathlib import Path
from briefing.store import BriefFile, BriefLockedError
try:
    BriefFile.open(Path(sys.argv[1])).close()
except BriefLockedError as error:
    print(error)
    sys.exit(3)
print("opened")
"""

HOLD_OPEN = """
import sys, time
from pathlib import Path
from briefing.store import BriefFile
opened = BriefFile.open(Path(sys.argv[1]))
print("holding", flush=True)
time.sleep(60)
"""

READ = """
import sys
from pathlib import Path
from briefing.store import load_brief, search_sources
print(load_brief(Path(sys.argv[1])).title, len(search_sources(Path(sys.argv[1]), "anything")))
"""


def run(code: str, path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True,
                          timeout=60, check=False)


def test_second_process_is_refused_with_the_holder_named(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = tmp_path / "shared.brief"
    with BriefFile.create(path, Brief(title="Held")):
        result = run(TRY_OPEN, path, cli_env)
        assert result.returncode == 3, result.stderr
        assert result.stdout.strip() == (
            f"{path} is open in another Briefing window (process {os.getpid()} on {socket.gethostname()}); "
            "close it there or open a copy"
        )
        # Reading is allowed while it is held.
        reader = run(READ, path, cli_env)
        assert reader.stdout.split() == ["Held", "0"], reader.stderr
    # Released on close: the other process may now open it.
    assert run(TRY_OPEN, path, cli_env).stdout.strip() == "opened"


def test_lock_of_a_killed_process_is_not_stale(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = tmp_path / "crash.brief"
    save_brief(path, Brief(title="Before the crash"))
    holder = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(path)], env=cli_env, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(BriefLockedError, match=rf"\(process {holder.pid} on "):
            BriefFile.open(path)
    finally:
        holder.kill()
        holder.communicate()
    assert lock_path(path).exists()  # the sidecar is left behind by the crash …
    with BriefFile.open(path) as opened:  # … but holds no lock
        assert opened.load().title == "Before the crash"
    assert not lock_path(path).exists()


def test_the_same_process_cannot_open_a_file_twice_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "twice.brief"
    save_brief(path, Brief())
    with BriefFile.open(path) as first:
        with pytest.raises(BriefLockedError, match="is open in another Briefing window"):
            BriefFile.open(path)
        with BriefFile.open(path, readonly=True) as reader:  # read-only opens take no lock
            assert reader.load() == first.load()
        assert search_sources(path, "x") == []
    with BriefFile.open(path):
        pass


def test_lock_sidecar_names_its_holder_and_goes_away(tmp_path: Path) -> None:
    path = tmp_path / "side.brief"
    with BriefFile.create(path, Brief()):
        assert lock_path(path) == tmp_path / ".side.brief.lock"
        assert f"{os.getpid()} {socket.gethostname()}" in lock_path(path).read_bytes().decode()
    assert [p.name for p in tmp_path.iterdir()] == ["side.brief"]


def test_replacing_or_copying_onto_a_held_file_is_refused(tmp_path: Path) -> None:
    held = tmp_path / "held.brief"
    other = tmp_path / "other.brief"
    save_brief(other, Brief(title="Other"))
    with BriefFile.create(held, Brief(title="Held")):
        before = held.read_bytes()
        with pytest.raises(BriefLockedError):
            save_brief(held, Brief(title="Replacement"))
        with pytest.raises(BriefLockedError):
            BriefFile.create(held, Brief(), overwrite=True)
        with BriefFile.open(other) as opened, pytest.raises(BriefLockedError):
            opened.save_copy(held)
        assert held.read_bytes() == before
    assert load_brief(held).title == "Held"


def test_unwritable_folder_is_explained(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    path = tmp_path / "ro" / "b.brief"
    path.parent.mkdir()
    save_brief(path, Brief(title="Read me"))
    path.parent.chmod(0o555)
    try:
        with pytest.raises(StoreError, match=r"folder is not writable.*open it read-only"):
            BriefFile.open(path)
        assert load_brief(path).title == "Read me"
    finally:
        path.parent.chmod(0o755)


def test_a_link_to_the_file_meets_the_same_lock(tmp_path: Path) -> None:
    real = tmp_path / "real.brief"
    save_brief(real, Brief())
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "link.brief"
    link.symlink_to(real)
    with BriefFile.open(real), pytest.raises(BriefLockedError, match=r"link\.brief is open in another"):
        BriefFile.open(link)
    with BriefFile.open(link), pytest.raises(BriefLockedError):
        BriefFile.open(real)
    save_brief(link, Brief(title="Through the link"))
    assert link.is_symlink() and load_brief(real).title == "Through the link"
