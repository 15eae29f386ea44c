"""`briefing templates list | show | validate` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from briefing.cli import main
from briefing.resources import templates_dir
from briefing.templating import load_template, template_from_text
from briefing.templating.model import CoverPage


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", "templates", *args], capture_output=True, text=True,
                          env=env, timeout=60, check=False)


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [t["id"] for t in listed] == ["intelligence-summary", "policy-memo", "situation-brief"]
    assert all(t["origin"] == "shipped" and Path(t["path"]).parent == templates_dir() for t in listed)


def test_list_names_broken_files_but_lists_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bad.yaml").write_bytes(b"id: caf\xe9\n")
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(tmp_path))
    assert main(["templates", "list", "--path"]) == 0
    out, err = capsys.readouterr()
    assert f"admin    {tmp_path}" in out
    assert "situation-brief" in out
    assert err.strip() == f"briefing: {tmp_path / 'bad.yaml'}: skipped: the file is not UTF-8 text " \
                          "(byte 0xE9 at offset 7); save it with UTF-8 encoding"


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "show", "situation-brief"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Situation brief (situation-brief, version 2)")
    assert "marking:    tlp: TLP:CLEAR < TLP:GREEN < TLP:AMBER < TLP:AMBER+STRICT < TLP:RED; default TLP:AMBER" in out
    assert "  summary          Bottom line [prose] (required; 1–3 items; ≤ 75 words; cites required)" in out


def test_show_yaml_is_the_standalone_snapshot(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "show", "intelligence-summary", "--yaml"]) == 0
    out = capsys.readouterr().out
    assert out == load_template("intelligence-summary").source_text
    data = yaml.safe_load(out)
    assert data["branding"]["logo"].startswith("data:image/png;base64,")
    assert template_from_text(out).marking.labels()[-1] == "SECRET"


def test_show_unknown_id_suggests(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "show", "policy-mem"]) == 1
    assert capsys.readouterr().err.strip() == (
        "briefing: template 'policy-mem' is not installed; did you mean 'policy-memo'? "
        "(`briefing templates list` shows those that are)")


def test_validate_clean_files_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "validate", *(str(p) for p in sorted(templates_dir().glob("*.yaml")))]) == 0
    out, err = capsys.readouterr()
    assert out.count(": ok") == 3 and err == ""


def test_validate_exits_1_in_a_real_process(cli_env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nname: Bad\nsections: [{key: s, title: S, kind: prse}]\n", encoding="utf-8")
    result = run("validate", str(templates_dir() / "policy-memo.yaml"), str(bad), env=cli_env)
    assert result.returncode == 1
    assert result.stdout.strip().endswith("policy-memo.yaml: ok")
    assert result.stderr.strip() == (f"briefing: {bad}:3: sections[0].kind: 'prse' is not one of prose, actors, "
                                     "questions, caveats, sources, judgments; did you mean 'prose'?")


def test_validate_missing_file_and_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "validate", str(tmp_path / "nope.yaml"), str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"briefing: {tmp_path}: no template files (.yaml, .yml) in this folder",
                   f"briefing: {tmp_path / 'nope.yaml'}: no such file"]


def test_no_action_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 2


def test_a_template_in_another_language(tmp_path: Path) -> None:
    path = tmp_path / "lagebild.yaml"
    path.write_text("""\
id: lagebild
name: Lagebild
extends: situation-brief
language: de
labels:
  page: Seite {page} von {pages}
  sources: Quellen
  confidence_value: "Vertrauen: {confidence}"
sections:
  summary: {title: Kernaussagen}
  questions: {title: Offene Fragen}
""", encoding="utf-8")
    template = template_from_text(path.read_text(encoding="utf-8"), origin=path)
    assert template.language == "de"
    assert template.label("page", page=2, pages=5) == "Seite 2 von 5"
    assert template.label("confidence_value", confidence="hoch") == "Vertrauen: hoch"
    assert template.label("prepared_by") == "Prepared by"  # not given: the default stays
    assert template.section("summary").title == "Kernaussagen"


@pytest.mark.parametrize(("style", "expected"), [
    ("full", "20 Nov 2025, 16:30 UTC (201630Z NOV 25)"), ("dtg", "201630Z NOV 25"), ("iso", "2025-11-20 16:30 UTC"),
    ("long", "20 November 2025, 16:30 UTC"), ("date", "20 November 2025"),
])
def test_cover_dates(style: str, expected: str) -> None:
    cover = CoverPage(date_format=style)  # type: ignore[arg-type]
    assert cover.format_date(datetime(2025, 11, 20, 16, 30, tzinfo=UTC)) == expected
    assert cover.format_date(datetime(2025, 11, 20, 17, 30, tzinfo=timezone(timedelta(hours=1)))) == expected
    assert cover.format_date(None) == ""
    assert cover.format_date(date(2025, 11, 20)) in ("2025-11-20", "20 November 2025")
    assert CoverPage().date_format == "dtg"
