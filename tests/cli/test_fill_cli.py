"""`briefing add`, `briefing suggestions` and `briefing accept`: a script fills a brief as the window does.

Each test runs the real command on a real `.brief` file and reads the result back through the
store (or `dump`). A failed command changes nothing in the file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.model import Brief, Source
from briefing.store import BriefFile, load_brief

from .helpers import briefing_cli

TEXT = ("Kyiv has officially received a draft plan from the United States, his office confirmed Thursday. "
        "A senior White House official said the plan was drafted by Trump envoy Steve Witkoff. "
        "It is not clear whether this plan is the one circulated last week.")


@pytest.fixture
def brief_path(tmp_path: Path) -> Path:
    source = Source(title="Kyiv receives draft plan", text=TEXT, publisher="Example News")
    path = tmp_path / "plan.brief"
    BriefFile.create(path, Brief(title="Draft plan", template_id="situation-brief", sources=[source])).close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, list[str]]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err.splitlines()


def source_id(path: Path) -> str:
    return load_brief(path).sources[0].id


def test_add_text_with_a_cite(brief_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sid = source_id(brief_path)
    code, out, err = run(capsys, "add", brief_path, "summary", "--text", "Kyiv has the U.S. plan.",
                         "--cite", f"{sid}:officially received a draft plan")
    assert (code, err) == (0, [])
    [item] = load_brief(brief_path).section("summary").items
    assert item.text == "Kyiv has the U.S. plan." and item.kind == "prose"
    [citation] = item.citations
    assert TEXT[citation.start:citation.end] == "officially received a draft plan" == citation.quote
    assert item.id in out


def test_add_an_actor(brief_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sid = source_id(brief_path)
    code, _, err = run(capsys, "add", brief_path, "actors", "--actor", "Steve Witkoff", "--role", "U.S. envoy",
                       "--affiliation", "United States", "--cite", f"{sid}:Trump envoy Steve Witkoff")
    assert (code, err) == (0, [])
    [item] = load_brief(brief_path).section("actors").items
    assert (item.kind, item.name, item.role, item.affiliation) == ("actor", "Steve Witkoff", "U.S. envoy",
                                                                     "United States")
    assert len(item.citations) == 1


@pytest.mark.parametrize(("args", "expected"), [
    (["summary", "--text", "T", "--cite", "{sid}:officially recieved a draft"],
     'the closest passage (offset 9) is "officially received a draft"'),
    (["summary", "--text", "T", "--cite", "nosuch:plan"], "no source 'nosuch'"),
    (["summary", "--text", "T", "--cite", "no colon here"], "SOURCE:QUOTE"),
    (["nosection", "--text", "T"], "no section 'nosection'"),
    (["sources", "--text", "T"], "no section 'sources'"),
    (["actors", "--text", "T"], "use --actor"),
    (["summary", "--actor", "Someone"], "use --text"),
])
def test_bad_input_is_one_line_and_changes_nothing(brief_path: Path, capsys: pytest.CaptureFixture[str],
                                                  args: list[str], expected: str) -> None:
    before = brief_path.read_bytes()
    args = [a.replace("{sid}", source_id(brief_path)) for a in args]
    code, _, err = run(capsys, "add", brief_path, *args)
    assert code == 1 and len(err) == 1 and expected in err[0], err
    assert brief_path.read_bytes() == before


def test_text_and_actor_are_exclusive(brief_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "add", brief_path, "summary", "--text", "T", "--actor", "A")
    assert code == 2


def test_suggestions_have_stable_ids_and_accept_takes_the_one_named(brief_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "suggestions", brief_path, "--json")
    assert (code, err) == (0, [])
    first = json.loads(out)
    assert first and len({s["id"] for s in first}) == len(first)
    assert run(capsys, "suggestions", brief_path, "--json")[1] == out  # same content, same ids
    caveat = next(s for s in first if s["kind"] == "caveats")
    actor = next(s for s in first if s["kind"] == "actors")
    assert caveat["evidence"] and caveat["evidence"][0]["source"] == source_id(brief_path)

    code, out, err = run(capsys, "accept", brief_path, actor["id"], caveat["id"])
    assert (code, err) == (0, [])
    brief = load_brief(brief_path)
    [caveat_item] = brief.section("caveats").items
    assert caveat_item.text == caveat["text"] and caveat_item.citations
    assert [i.name for i in brief.section("actors").items] == [actor["name"]]
    # ids do not depend on what is left in the list: the others keep theirs
    remaining = json.loads(run(capsys, "suggestions", brief_path, "--json")[1])
    assert {s["id"] for s in remaining} <= {s["id"] for s in first}


def test_suggestions_as_text(brief_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "suggestions", brief_path)
    assert code == 0 and "Steve Witkoff" in out
    assert all(len(line.split()[0]) >= 8 for line in out.splitlines() if line.strip())


def test_accept_of_an_unknown_id_changes_nothing(brief_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = brief_path.read_bytes()
    code, _, err = run(capsys, "accept", brief_path, "caveats-0000000000")
    assert code == 1 and len(err) == 1 and "caveats-0000000000" in err[0] and "briefing suggestions" in err[0]
    assert brief_path.read_bytes() == before


def test_as_a_script_would(brief_path: Path, cli_env: dict[str, str]) -> None:
    result = briefing_cli(cli_env, "suggestions", brief_path, "--json")
    ids = [s["id"] for s in json.loads(result.stdout) if s["kind"] == "questions"]
    assert ids
    assert briefing_cli(cli_env, "accept", brief_path, ids[0]).returncode == 0
    dumped = briefing_cli(cli_env, "dump", brief_path).stdout
    assert "questions:" in dumped and "quote:" in dumped
