"""Fixtures of the store tests."""

from __future__ import annotations

import pytest
from store_samples import rich_brief

from briefing.model import Brief


@pytest.fixture
def brief() -> Brief:
    return rich_brief()
