"""`briefing export --template ID` lays a brief out with another template without losing anything.

Regression for the audit: `export FILE.brief -o X.pdf --template policy-memo` (a template with no
marking scheme) wrote a TLP:RED brief with no marking on any page and exit 0, while `build` refused;
sections the template lacks were appended after the source list; and a brief with one source said
"Derived from multiple sources".
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing.model import Brief, Citation, Item, Section, Source
from briefing.store import BriefFile

from .helpers import briefing_cli


def one_source_brief(marking: str | None) -> Brief:
    text = "Kyiv has officially received a draft plan from the United States, his office confirmed Thursday."
    source = Source(title="Kyiv receives draft plan", text=text, publisher="Example News")
    quote = "officially received a draft plan"
    start = text.index(quote)
    cite = Citation(source.id, start, start + len(quote), quote)
    return Brief(
        title="Draft peace plan", template_id="situation-brief", marking=marking,
        date=datetime(2025, 11, 21, 9, 30, tzinfo=UTC), sources=[source],
        sections=[Section("summary", [Item(text="Kyiv has received a U.S. draft plan.", citations=[cite])]),
                  Section("actors", [Item(kind="actor", name="Steve Witkoff", role="U.S. envoy")])],
    )


def store(path: Path, brief: Brief) -> Path:
    BriefFile.create(path, brief).close()
    return path


def pdf_text(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    return text.split("\f")


def test_a_marked_brief_is_not_exported_unmarked(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = store(tmp_path / "red.brief", one_source_brief("TLP:RED"))
    out = tmp_path / "memo.pdf"
    result = briefing_cli(cli_env, "export", path, "-o", out, "--template", "policy-memo")
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert "TLP:RED" in line and "no marking scheme" in line
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["docx", "eml"])
def test_every_format_refuses_the_same(tmp_path: Path, cli_env: dict[str, str], fmt: str) -> None:
    path = store(tmp_path / "red.brief", one_source_brief("TLP:RED"))
    result = briefing_cli(cli_env, "export", path, "-o", tmp_path / f"memo.{fmt}", "--template", "policy-memo")
    assert result.returncode == 1 and "no marking scheme" in result.stderr
    assert not (tmp_path / f"memo.{fmt}").exists()


def test_sections_the_template_lacks_come_before_the_sources(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = store(tmp_path / "plain.brief", one_source_brief(None))
    out = tmp_path / "memo.pdf"
    result = briefing_cli(cli_env, "export", path, "-o", out, "--template", "policy-memo")
    assert result.returncode == 0, result.stderr
    assert "'actors' is not a section of" in result.stderr
    text = "".join(pdf_text(out))
    assert text.index("Steve Witkoff") < text.rindex("Kyiv receives draft plan")  # the source list is last


def test_one_source_is_not_called_multiple(tmp_path: Path, cli_env: dict[str, str]) -> None:
    brief = one_source_brief(None)
    path = store(tmp_path / "one.brief", brief)
    out = tmp_path / "summary.pdf"
    result = briefing_cli(cli_env, "export", path, "-o", out, "--template", "intelligence-summary")
    assert result.returncode == 0, result.stderr
    text = "".join(pdf_text(out))
    assert "multiple sources" not in text
    assert "Derived from Kyiv receives draft plan" in " ".join(text.split())
