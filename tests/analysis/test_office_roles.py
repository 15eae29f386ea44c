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


@pytest.mark.parametrize("text, name, role", [
    # regression: "Florida Sen. Ruth Okafor" was no one at all; "Ohio Gov. Ruth Okafor" was one long name
    ("Florida Sen. Ruth Okafor spoke on Monday. Okafor left early.", "Ruth Okafor", "Florida Sen."),
    ("Ohio Gov. Ruth Okafor lost to Ian Ober on Tuesday.", "Ruth Okafor", "Ohio Gov."),
    # regression: "City mayor"
    ("Former New York City mayor Rudy Galiano endorsed him.", "Rudy Galiano", "New York City mayor"),
    ("Republican presidential hopeful Ian Ober says he does not watch football.", "Ian Ober",
     "Republican presidential hopeful"),
    # regression: "to Ruth Okafor and Ohio to the state’s governor"
    ("Ian Ober lost Ohio to Ruth Okafor and Ohio to the state’s governor, Anna Lind.", "Anna Lind",
     "state’s governor"),
    ("The Secretary of the Treasury, Anna Lind, spoke first.", "Anna Lind", "Secretary of the Treasury"),
])
def test_roles_in_front_of_a_name_stop_where_the_role_does(text: str, name: str, role: str) -> None:
    actors = {a.name: a for a in analyze_texts(["Harbour news\n\n" + text]).actors}
    assert actors[name].role == role
