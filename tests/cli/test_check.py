"""`briefing check`: spec problems and check findings, one per line, with the exit status they call for."""

from __future__ import annotations

from pathlib import Path

import pytest

import briefing.cli.cmd_check as cmd_check
from briefing.cli import main
from briefing.model import Brief, Citation, Item, Section, Source
from briefing.resources import resource

from .helpers import briefing_cli

SAMPLE = resource("samples", "sample-brief.yaml")


def test_the_sample_passes(cli_env: dict[str, str]) -> None:
    result = briefing_cli(cli_env, "check", SAMPLE)
    assert result.returncode == 0, result.stderr
    assert not [line for line in result.stdout.splitlines() if line.startswith("error:")]


def test_an_unresolvable_quote_fails_the_check(tmp_path: Path, cli_env: dict[str, str]) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("brief: 1\ntemplate: situation-brief\ntitle: T\n"
                    "sources:\n  - {id: a, title: A, text: 'The talks begin on Monday.'}\n"
                    "sections:\n  summary:\n"
                    "    - {text: Talks on Friday., cites: [{source: a, quote: begin on Friday}]}\n",
                    encoding="utf-8")
    result = briefing_cli(cli_env, "check", spec)
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"briefing: {spec}:8: sections.summary[1].cites[1].quote: the quote \"begin on Friday\"")
    assert "closest passage" in line


def test_findings_are_printed_one_per_line_and_errors_exit_1(monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    source = Source("S", "the real text", id="s")
    stale = Item(text="claim", citations=[Citation("s", 0, 8, "the fake")])
    brief = Brief(title="T", sources=[source], sections=[Section("summary", [stale])])
    monkeypatch.setattr(cmd_check, "read_brief", lambda path: brief)
    assert main(["check", "any.brief"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("error: summary: ") and "'the fake'" in line for line in lines), lines
    assert all(line.split(": ", 1)[0] in {"error", "warning", "info"} and line.count(": ") >= 2 for line in lines)


def test_a_clean_brief_exits_0(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    source = Source("S", "the real text", id="s")
    item = Item(text="claim", citations=[Citation("s", 4, 8, "real")])
    brief = Brief(title="T", sources=[source], sections=[Section("summary", [item])])
    monkeypatch.setattr(cmd_check, "read_brief", lambda path: brief)
    assert main(["check", "any.brief"]) == 0
    assert not [line for line in capsys.readouterr().out.splitlines() if line.startswith("error:")]


def test_help_and_a_missing_file(tmp_path: Path, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--help"]) == 0
    assert "FILE.brief|SPEC.yaml" in capsys.readouterr().out
    result = briefing_cli(cli_env, "check", tmp_path / "nothing.yaml")
    assert result.returncode == 1
    assert result.stderr.strip() == f"briefing: {tmp_path / 'nothing.yaml'}: the spec file does not exist"


def test_a_brief_whose_template_is_missing_is_still_checked(monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = Source("S", "the real text", id="s")
    stale = Item(text="claim", citations=[Citation("s", 0, 8, "the fake")])
    brief = Brief(title="T", template_id="not-installed", sources=[source], sections=[Section("summary", [stale])])
    monkeypatch.setattr(cmd_check, "read_brief", lambda path: brief)
    assert main(["check", "any.brief"]) == 1
    captured = capsys.readouterr()
    assert "template checks are skipped" in captured.err and len(captured.err.splitlines()) == 1
    assert any(line.startswith("error: summary: ") and "'the fake'" in line for line in captured.out.splitlines())
