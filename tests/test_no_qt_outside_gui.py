"""The model and every engine stay free of Qt: importing them must not load PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import briefing


def _non_gui_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(briefing.__path__, "briefing."):
        if info.name.startswith("briefing.gui") or info.name == "briefing.__main__":
            continue
        names.append(info.name)
    return names


def test_engines_import_without_qt(cli_env: dict[str, str]) -> None:
    modules = _non_gui_modules()
    assert "briefing.model" in modules and "briefing.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env, check=True)
    assert result.stdout.strip() == "", f"Qt imported outside gui/: {result.stdout}"
