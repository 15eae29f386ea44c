"""The `briefing` command line: the same operations as the app, without a window.

Each subcommand lives in a module of its own with a `register(subparsers)` function; this
module only assembles them and turns user-facing errors into one line and an exit status
(0 success, 1 wrong input or failed check, 2 usage).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from briefing import __version__
from briefing.errors import BriefingError

# Command name -> (module under briefing.cli, one-line help). Only the module of the command being
# run is imported: each pulls in its engines (reportlab, the analysis lexicons, …), and a command
# line tool should not pay for all of them on every call.
COMMANDS: dict[str, tuple[str, str]] = {
    "new": ("cmd_new", "create a brief from a template, optionally with sources"),
    "import": ("cmd_import_", "add sources (files or folders) to a brief"),
    "analyze": ("cmd_analyze", "suggest actors, caveats, questions and a summary, with evidence"),
    "build": ("cmd_build", "build a brief spec (YAML) into a .brief, .docx, .pdf or .eml"),
    "export": ("cmd_export", "export a .brief to .docx, .pdf or .eml"),
    "dump": ("cmd_dump", "print the brief spec (YAML) of a .brief"),
    "check": ("cmd_check", "preflight findings for a .brief or a brief spec"),
    "search": ("cmd_search", "full-text search over a brief's sources"),
    "send": ("cmd_send", "e-mail a brief through the configured mail server"),
    "history": ("cmd_history", "what was exported and sent, when, to whom"),
    "templates": ("cmd_templates", "list, show and validate templates"),
    "add": ("cmd_add", "add an item (text or an actor) to a section of a brief"),
    "suggestions": ("cmd_suggestions", "the analysis' suggestions for a brief, with ids for `accept`"),
    "accept": ("cmd_accept", "accept suggestions into their sections"),
    "workspace": ("cmd_workspace", "a team workspace on PostgreSQL: push, pull, review, search, log"),
}
COMMAND_MODULES: tuple[str, ...] = tuple(module.removeprefix("cmd_") for module, _ in COMMANDS.values())


def build_parser(only: str | None = None, *, full: bool = True) -> argparse.ArgumentParser:
    """The parser; with `full=False` only the command `only` is registered in detail."""
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Assemble analytic briefs from source material and export them to DOCX, PDF and e-mail. "
        "Without a command, opens the desktop app (on FILE.brief if given).",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        if full or name == only:
            importlib.import_module(f"briefing.cli.{module_name}").register(subparsers)
        else:
            subparsers.add_parser(name, help=help_text, add_help=False)
    return parser


def _chosen_command(args: Sequence[str]) -> str | None:
    return next((arg for arg in args if not arg.startswith("-")), None)


def _open_app(argv: Sequence[str]) -> int:
    try:
        from briefing.gui.app import main as gui_main
    except ImportError as error:
        print(f"briefing: the desktop app cannot start: {error}", file=sys.stderr)
        return 1
    return gui_main(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    positional = [a for a in args_list if a != "--debug"]
    if not positional or (positional[0].endswith(".brief") and len(positional) == 1):
        return _open_app(positional)
    parser = build_parser(_chosen_command(args_list), full=False)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        status = int(args.func(args) or 0)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit, where it would print a warning
        return status
    except BrokenPipeError:
        # the reader stopped early ("briefing templates list | head -1"): nothing is wrong, and nothing more is
        # written; stdout goes to /dev/null so that the flush at exit cannot fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except BriefingError as error:
        for line in str(error).splitlines() or ["failed"]:
            print(f"briefing: {line}", file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 1
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # the last line of defence: one line, never a traceback
        print(f"briefing: internal error: {type(error).__name__}: {error} (run with --debug for details)",
              file=sys.stderr)
        if debug:
            traceback.print_exc()
        return 1
