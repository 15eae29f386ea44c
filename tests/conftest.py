"""Test-wide set-up: offscreen Qt, and a private home so no test touches the user's settings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SRC = Path(__file__).resolve().parent.parent / "src"
REPO = SRC.parent


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own HOME and XDG folders: settings, user templates and logs start empty."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("BRIEFING_TEMPLATE_PATH", raising=False)
    monkeypatch.setenv("BRIEFING_SYSTEM_TEMPLATES", str(home / "system-templates"))
    return home


@pytest.fixture
def cli_env() -> dict[str, str]:
    """Environment for running `python -m briefing` in a subprocess against this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture
def python() -> str:
    return sys.executable
