"""Questions a note asks in its own words, under a label that says they are open.

A desk note or a situation report lists what is still unknown: "Open items: who pays for the gas?",
"Gaps: casualty figures; status of the road. Who controls the station?", "Відкриті питання: хто
фінансуватиме імпорт газу?". Such a question is proposed as it stands, in any language. Only under such
a label: the questions a column asks in its own voice are mostly rhetorical ("How can that vote be
justified?"), and one inside a quotation is the speaker's.
"""

from __future__ import annotations

import re

from briefing.analysis.shared import QuestionHit
from briefing.analysis.text import Sentence, in_quotation, paragraph_before

# the label of a note's list of what is open: "Open items:", "Key questions:", "Gaps:", "Відкриті питання:"
_OPEN_LABEL = re.compile(r"(?:(?:open|key|outstanding|remaining|unanswered|information|intelligence)\s+)?"
                         r"(?:items?|questions?|points?|issues?|unknowns|gaps)\s*:\s+"
                         r"|(?:unanswered|to\s+watch|unknown|(?:still\s+)?open)\s*:\s+"
                         r"|(?:(?:відкриті|ключові|невирішені|відкрите|открытые|ключевые|нерешённые|нерешенные|"
                         r"открытый)\s+)?(?:питання|вопросы|вопрос)\s*:\s+|(?:невідомо|неизвестно)\s*:\s+",
                         re.IGNORECASE)
_LIST_MARKS = " \t\n-–—•*"  # "- Open items: ...": a list's mark before the label
_QUOTE_MARKS = ('"', "“", "”", "''", "«", "»")


def asked_by_the_writer(text: str, sentences: list[Sentence], index: int) -> QuestionHit | None:
    """The question `sentences[index]` asks, when it ends in "?" and a label opens it or its paragraph."""
    sentence = sentences[index]
    if not sentence.text.endswith("?"):
        return None
    paragraph = paragraph_before(text, sentence.start)
    label = _OPEN_LABEL.match(sentence.text, _after_marks(sentence.text))
    if label is None and not _OPEN_LABEL.match(paragraph, _after_marks(paragraph)) \
            and not _under_open_heading(text, sentence.start):
        return None
    if in_quotation(paragraph):
        return None
    answered = index + 1 < len(sentences) and sentences[index + 1].text.lower().startswith(("answer", "a:"))
    if answered:
        return None  # "Question: What do you call ...? Answer: ...": asked and answered
    numbered = _LIST_NUMBER.match(sentence.text)
    opening = label.end() if label is not None else numbered.end() if numbered else _after_marks(sentence.text)
    asked = sentence.text[opening:]
    if len(asked.split()) < 3 or any(mark in asked for mark in _QUOTE_MARKS):
        return None
    cue = label.group(0).strip() if label is not None else "question under an open-items label"
    return QuestionHit(asked[0].upper() + asked[1:], sentence.start + opening, sentence.end, cue)


# a heading line that says what follows is open: "Gaps", "Open questions:", "Відкриті питання"
_OPEN_HEADING = re.compile(r"(?:(?:open|key|outstanding|remaining|unanswered|information|intelligence)\s+)?"
                           r"(?:items?|questions?|points?|issues?|unknowns|gaps)|unanswered|to\s+watch|unknowns?"
                           r"|(?:still\s+)?open|(?:(?:відкриті|ключові|невирішені|открытые|ключевые|нерешённые|"
                           r"нерешенные)\s+)?(?:питання|вопросы)|невідомо|неизвестно", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*]|\d{1,2}[.)])\s")
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s")


def _under_open_heading(text: str, position: int) -> bool:
    """The line at `position` is an item of a list whose heading line says its items are open ("Gaps", then
    "- Who is insuring ...?"); a blank line or a line that is no list item ends the list."""
    cursor = text.rfind("\n", 0, position) + 1
    for _ in range(40):  # a list of at most forty items
        if cursor <= 0:
            return False
        start = text.rfind("\n", 0, cursor - 1) + 1
        line = text[start:cursor - 1].strip()
        if _OPEN_HEADING.fullmatch(line.rstrip(":").strip()):
            return True
        if not line or not _LIST_ITEM.match(line + " "):
            return False
        cursor = start
    return False


def _after_marks(text: str) -> int:
    return len(text) - len(text.lstrip(_LIST_MARKS))
