"""Helpers shared by the command-line tests: running `briefing` as a user would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def briefing_cli(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m briefing ARGS` in its own process; no command may end in a traceback."""
    result = subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], env=env, capture_output=True,
                            text=True, timeout=120, check=False, encoding="utf-8")
    assert "Traceback" not in result.stderr
    return result
