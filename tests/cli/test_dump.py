"""`briefing dump`: a brief (or a spec) printed as a self-contained spec that builds the same brief."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import briefing.store
from briefing.cli import main
from briefing.resources import resource
from briefing.spec import build_brief, dump_brief, load_spec

from .helpers import briefing_cli

SAMPLE = resource("samples", "sample-brief.yaml")


def test_dump_of_a_spec_inlines_its_sources(cli_env: dict[str, str]) -> None:
    result = briefing_cli(cli_env, "dump", SAMPLE)
    assert result.returncode == 0, result.stderr
    assert "file:" not in result.stdout
    assert build_brief(result.stdout) == load_spec(SAMPLE)
    assert result.stdout == dump_brief(load_spec(SAMPLE))


def test_dump_of_a_brief_file_builds_the_same_brief(tmp_path: Path, cli_env: dict[str, str]) -> None:
    out = tmp_path / "sample.brief"
    assert main(["build", str(SAMPLE), "-o", str(out)]) == 0
    result = briefing_cli(cli_env, "dump", out)
    assert result.returncode == 0, result.stderr
    assert build_brief(result.stdout) == briefing.store.load_brief(out)
    spec = tmp_path / "again.yaml"
    spec.write_text(result.stdout, encoding="utf-8")
    again = tmp_path / "again.brief"
    assert main(["build", str(spec), "-o", str(again)]) == 0
    assert dump_brief(briefing.store.load_brief(again)) == result.stdout


def test_dump_to_a_file(tmp_path: Path, cli_env: dict[str, str]) -> None:
    out = tmp_path / "dumped.yaml"
    result = briefing_cli(cli_env, "dump", SAMPLE, "-o", out)
    assert result.returncode == 0 and result.stdout == ""
    assert load_spec(out) == load_spec(SAMPLE)


def test_dump_of_a_missing_file_is_one_line(tmp_path: Path, cli_env: dict[str, str]) -> None:
    result = briefing_cli(cli_env, "dump", tmp_path / "nothing.brief")
    assert result.returncode == 1
    assert result.stderr.strip() == f"briefing: {tmp_path / 'nothing.brief'} does not exist"



def test_dump_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dump", "--help"]) == 0
    assert "FILE.brief" in capsys.readouterr().out


def test_dump_writes_utf8_whatever_the_locale(cli_env: dict[str, str]) -> None:
    env = dict(cli_env, LC_ALL="C", LANG="C", PYTHONIOENCODING="latin-1")
    result = subprocess.run([sys.executable, "-m", "briefing", "dump", str(SAMPLE)], env=env, capture_output=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert build_brief(result.stdout.decode("utf-8")) == load_spec(SAMPLE)
