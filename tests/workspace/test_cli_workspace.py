"""`briefing workspace …` as an administrator, analysts and reviewers would run it, end to end.

Most steps call the command line's `main` in this process (the same parsing, output and exit
status, without a Python start-up each); the push and the dumps run as real commands.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from briefing.cli import main
from cli.helpers import briefing_cli

from .conftest import Workspace
from .samples import sample_file, small_file


class Ran:
    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run_(_env: dict[str, str], *args: str | Path) -> Ran:
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Ran(code, out, err)

    return run_


def dump(env: dict[str, str], path: Path) -> str:
    result = briefing_cli(env, "dump", path)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_team_story_from_push_to_release(workspace: Workspace, tmp_path: Path, cli_env: dict[str, str],
                                         run) -> None:  # type: ignore[no-untyped-def]
    admin = workspace.admin_url
    for name, role, team in (("ana", "analyst", "desk"), ("rita", "reviewer", "desk"), ("omar", "analyst", "other")):
        result = run(cli_env, "workspace", "user", admin, name, "--role", role, "--team", team)
        assert result.returncode == 0, result.stderr
    ana, rita, omar = workspace.url("ana"), workspace.url("rita"), workspace.url("omar")

    original = sample_file(tmp_path)
    pushed = briefing_cli(cli_env, "workspace", "push", original, ana)  # the real command, once
    assert pushed.returncode == 0, pushed.stderr
    brief_id = pushed.stdout.split()[-1]

    pulled = tmp_path / "pulled.brief"
    result = run(cli_env, "workspace", "pull", rita, brief_id, "-o", pulled)
    assert result.returncode == 0, result.stderr
    assert dump(cli_env, pulled) == dump(cli_env, original)

    listed = run(cli_env, "workspace", "list", rita)
    assert brief_id in listed.stdout and "draft" in listed.stdout and "ana" in listed.stdout
    assert brief_id not in run(cli_env, "workspace", "list", omar).stdout  # another team sees nothing

    found = run(cli_env, "workspace", "search", rita, "detained ship")
    assert found.returncode == 0 and "«" in found.stdout
    assert "no matches" in run(cli_env, "workspace", "search", omar, "detained ship").stdout

    early = run(cli_env, "workspace", "review", rita, brief_id, "--approve")
    assert early.returncode == 1 and "not in review" in early.stderr and len(early.stderr.splitlines()) == 1
    assert run(cli_env, "workspace", "review", ana, brief_id, "--submit").returncode == 0
    own = run(cli_env, "workspace", "review", ana, brief_id, "--approve")
    assert own.returncode == 1 and "not a reviewer" in own.stderr
    approved = run(cli_env, "workspace", "review", rita, brief_id, "--approve", "--comment", "Sound.")
    assert approved.returncode == 0 and "approved" in approved.stdout, approved.stderr

    log = run(cli_env, "workspace", "log", rita, brief_id)
    lines = log.stdout.splitlines()
    assert any("ana" in line and "created brief" in line for line in lines)
    assert any("ana" in line and "submitted for review" in line for line in lines)
    assert any("rita" in line and "approved" in line and "Sound." in line for line in lines)
    assert run(cli_env, "workspace", "log", omar, brief_id).stdout.strip() == \
        "nothing in the audit trail you may see"


def test_errors_are_one_line(workspace: Workspace, tmp_path: Path, cli_env: dict[str, str],
                             run) -> None:  # type: ignore[no-untyped-def]
    url = workspace.add_user("ana")
    cases = [
        ("workspace", "pull", url, "0123456789ab", "-o", tmp_path / "x.brief"),
        ("workspace", "push", tmp_path / "missing.brief", url),
        ("workspace", "list", "postgresql://ana:secret@localhost/db"),
        ("workspace", "list", "postgresql://ana@db.example.org/desk?sslmode=require"),
        ("workspace", "review", url, "0123456789ab", "--submit"),
    ]
    for args in cases:
        result = run(cli_env, *args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not (tmp_path / "x.brief").exists()
    usage = run(cli_env, "workspace", "review", url, "abc")
    assert usage.returncode == 2
    file = small_file(tmp_path)
    assert run(cli_env, "workspace", "push", file, url).returncode == 0


def test_workspace_without_a_command_prints_usage(cli_env: dict[str, str]) -> None:
    result = briefing_cli(cli_env, "workspace")
    assert result.returncode == 2 and "push" in result.stderr
    assert isinstance(result, subprocess.CompletedProcess)
