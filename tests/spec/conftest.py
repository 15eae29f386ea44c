"""Fixtures of the spec tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spec_support import all_kinds_installed

from briefing.templating.model import Template


@pytest.fixture
def all_kinds() -> Iterator[Template]:
    with all_kinds_installed() as template:
        yield template
