"""The command table: every command is reachable, and running one does not import the others' engines."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.cli import COMMANDS, build_parser


def test_every_command_registers_under_its_name(capsys: pytest.CaptureFixture[str]) -> None:
    for name in COMMANDS:
        with pytest.raises(SystemExit) as exit_:
            build_parser(name, full=False).parse_args([name, "--help"])
        assert exit_.value.code == 0
        assert capsys.readouterr().out.startswith(f"usage: briefing {name}")


def test_a_command_imports_only_its_own_engines(cli_env: dict[str, str]) -> None:
    code = (
        "import sys\n"
        "from briefing.cli import main\n"
        "main(['templates', 'list'])\n"
        "print(sorted(m for m in ('reportlab', 'docx', 'briefing.analysis', 'briefing.ingest') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_help_lists_every_command(cli_env: dict[str, str]) -> None:
    result = subprocess.run([sys.executable, "-m", "briefing", "--help"], capture_output=True, text=True,
                            env=cli_env, check=True)
    for name in COMMANDS:
        assert f"    {name}" in result.stdout


def test_a_reader_that_stops_early_ends_the_command_quietly(cli_env: dict[str, str]) -> None:
    """`briefing templates list | head -1`: the reader closes the pipe first, and the command ends without a word
    of "internal error" (regression: it printed "internal error: BrokenPipeError")."""
    with subprocess.Popen([sys.executable, "-m", "briefing", "templates", "list"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=cli_env) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before the first line is written
        error = process.stderr.read().decode("utf-8")
        process.wait(timeout=60)
    assert error == ""
    assert process.returncode == 141  # as a shell reports a command stopped by a closed pipe
