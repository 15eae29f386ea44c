"""Russian and Ukrainian caveat sentences: the source a cue names, quotations nested as the languages nest them."""

from __future__ import annotations

import pytest

from briefing.analysis import analyze_texts


def _sentences(text: str, kind: str) -> list[str]:
    return [c.sentence for c in analyze_texts([text]).caveats if c.kind == kind]


@pytest.mark.parametrize("text, expected", [
    # the noun after "за даними" / "по данным" is the source the brief must name
    ("За даними реєстру речових прав, у 2015 році Микола Гребенюк став власником квартири в Одесі.",
     "Відомості «у 2015 році Микола Гребенюк став власником квартири в Одесі» отримано з других рук "
     "(за даними реєстру речових прав)."),
    ("По данным полиции, в результате аварии пострадали три человека.",
     "Сведения «в результате аварии пострадали три человека» получены из вторых рук (по данным полиции)."),
    # a quotation inside the claim takes „…“
    ("Как сообщает «Северный вестник», учредителями компании «Ромашка плюс» являются братья Петровы.",
     "Сведения «учредителями компании „Ромашка плюс“ являются братья Петровы» получены из вторых рук "
     "(как сообщает «Северный вестник»)."),
])
def test_second_hand_sentences(text: str, expected: str) -> None:
    assert _sentences(text, "second-hand") == [expected]


def test_without_a_clause_the_sentence_is_quoted() -> None:
    text = "Источник в правительстве сообщил об этом."
    assert _sentences(text, "anonymous-source") == [
        "Единственный источник — анонимный (источник в правительстве): «Источник в правительстве сообщил об этом»."]
