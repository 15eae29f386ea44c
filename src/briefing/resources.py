"""Find the bundled `resources/` and `templates/` folders in a checkout or an installed wheel.

In a wheel they are packed under `briefing/_data/`; in a checkout (editable install or
`PYTHONPATH=src`) they stay at the top of the repository, next to `src/`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_root() -> Path:
    packed = _PACKAGE_DIR / "_data"
    if (packed / "resources").is_dir():
        return packed
    return _PACKAGE_DIR.parent.parent


def resources_dir() -> Path:
    """The folder holding fonts, icons and sample sources."""
    return _data_root() / "resources"


def templates_dir() -> Path:
    """The folder holding the shipped YAML templates."""
    return _data_root() / "templates"


def resource(*parts: str) -> Path:
    """Path of one bundled resource file."""
    return resources_dir().joinpath(*parts)
