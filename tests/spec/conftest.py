"""Fixtures of the spec tests (and `spec_support` importable whatever pytest's import mode)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

from spec_support import all_kinds_installed

from briefing.templating.model import Template


@pytest.fixture
def all_kinds() -> Iterator[Template]:
    with all_kinds_installed() as template:
        yield template
