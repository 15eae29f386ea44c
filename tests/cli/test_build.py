"""`briefing build`: specs to .brief files and exports, refusing to overwrite, one line per problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import briefing.exporting
import briefing.store
from briefing.cli import main
from briefing.model import Brief
from briefing.resources import resource
from briefing.spec import load_spec
from briefing.store.codec import private_origin
from briefing.templating.model import Template

from .helpers import briefing_cli

SAMPLE = resource("samples", "sample-brief.yaml")


def write_spec(folder: Path, body: str) -> Path:
    spec = folder / "spec.yaml"
    spec.write_text("brief: 1\ntemplate: situation-brief\ntitle: Test brief\n" + body, encoding="utf-8")
    return spec


def test_build_writes_a_brief_file_that_loads_back(tmp_path: Path, cli_env: dict[str, str]) -> None:
    out = tmp_path / "sample.brief"
    result = briefing_cli(cli_env, "build", SAMPLE, "-o", out)
    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stdout
    loaded = briefing.store.load_brief(out)
    expected = load_spec(SAMPLE)
    for source in expected.sources:  # a mailed brief keeps file names, not folders
        source.origin = private_origin(source.origin)
    assert loaded == expected


def test_build_refuses_to_overwrite_without_force(tmp_path: Path, cli_env: dict[str, str]) -> None:
    out = tmp_path / "existing.brief"
    out.write_bytes(b"precious")
    result = briefing_cli(cli_env, "build", SAMPLE, "-o", out)
    assert result.returncode == 1
    assert result.stderr.strip() == f"briefing: {out} already exists; add --force to replace it"
    assert out.read_bytes() == b"precious"


def test_spec_problems_are_one_line_each_and_write_nothing(tmp_path: Path, cli_env: dict[str, str]) -> None:
    spec = write_spec(tmp_path, "sources:\n  - {id: a, title: A, text: 'The ship was boarded at dawn.'}\n"
                                "sections:\n  summry: []\n  summary:\n    - text: x\n"
                                "      cites: [{source: a, quote: the ship was bordered}]\n")
    out = tmp_path / "out.brief"
    result = briefing_cli(cli_env, "build", spec, "-o", out, "--force")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines == [
        f"briefing: {spec}:7: sections.summry: template 'situation-brief' has no section 'summry'; "
        "did you mean 'summary'? (valid keys: summary, actors, questions, caveats, sources)",
        f"briefing: {spec}:10: sections.summary[1].cites[1].quote: the quote \"the ship was bordered\" is not in "
        "source 'a'; the closest passage (offset 0) is \"The ship was boarded\"",
    ]
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["missing.yaml", "-o", "out.brief"], "missing.yaml: the spec file does not exist"),
        ([str(SAMPLE), "-o", "no/such/folder/out.brief"], "the folder no/such/folder does not exist"),
    ],
)
def test_bad_paths_give_one_line(tmp_path: Path, cli_env: dict[str, str], args: list[str], expected: str) -> None:
    result = subprocess.run([sys.executable, "-m", "briefing", "build", *args], env=cli_env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert expected in result.stderr


def test_usage_errors_exit_2_and_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SAMPLE)]) == 2  # no -o
    assert "-o" in capsys.readouterr().err
    assert main(["build", "--help"]) == 0
    helped = capsys.readouterr().out
    assert "SPEC.yaml" in helped and "--force" in helped


def test_other_suffixes_go_through_export_brief(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[tuple[Brief, Path, Template | None]] = []

    def fake_export(brief: Brief, out: Path, *, template: Template | None = None, fmt: str | None = None) -> Path:
        calls.append((brief, out, template))
        out.write_bytes(b"%PDF-")
        return out

    monkeypatch.setattr(briefing.exporting, "export_brief", fake_export)
    out = tmp_path / "sample.pdf"
    assert main(["build", str(SAMPLE), "-o", str(out)]) == 0
    [(brief, path, template)] = calls
    assert path == out and brief == load_spec(SAMPLE)
    assert template is not None and template.id == "situation-brief"
    assert f"wrote {out}" in capsys.readouterr().out
    out.write_bytes(b"old")
    assert main(["build", str(SAMPLE), "-o", str(out)]) == 1  # exists, no --force
    assert out.read_bytes() == b"old"
    assert main(["build", str(SAMPLE), "-o", str(out), "--force"]) == 0
    assert len(calls) == 2
