"""An office written before a name keeps the words between its rank and its noun ("Chief information officer")."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


@pytest.mark.parametrize("text, role", [
    ("Chief information officer Priya Raman said the gap was closed within hours.", "Chief information officer"),
    ("Chief financial officer Priya Raman said the results would be late.", "Chief financial officer"),
    ("Security chief Priya Raman said the gate was open.", "Security chief"),
])
def test_office_before_a_name(text: str, role: str) -> None:
    assert [(a.name, a.role) for a in analyze_texts([text]).actors if a.type == "person"] == [("Priya Raman", role)]
