"""The source reader: the selected source's text, cited passages highlighted, suggestions underlined.

A selection can be added to any section by the context menu, by a shortcut (Ctrl+1…), or by
dragging it onto the section in the outline; the drag carries the exact span as
PASSAGE_MIME so the new item cites exactly those characters.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QLabel, QMenu, QPlainTextEdit, QTextEdit, QToolTip, QVBoxLayout, QWidget

from briefing.gui.analysis_service import AnalysisService
from briefing.gui.change import Change
from briefing.gui.controller import DocumentController
from briefing.gui.find_hits import SourceHits
from briefing.gui.offsets import OffsetMap
from briefing.model import Source

PASSAGE_MIME = "application/x-briefing-passage"

CITED_COLOUR = QColor(255, 191, 0, 90)
SUGGESTION_COLOURS = {
    "actors": QColor("#2f6fde"),
    "caveats": QColor("#d9480f"),
    "questions": QColor("#8e44ad"),
    "summary": QColor("#2b8a3e"),
}


def passage_mime(source_id: str, start: int, end: int, text: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(PASSAGE_MIME, json.dumps({"source": source_id, "start": start, "end": end}).encode())
    mime.setText(text)
    return mime


def passage_from_mime(mime: QMimeData) -> tuple[str, int, int] | None:
    if not mime.hasFormat(PASSAGE_MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(PASSAGE_MIME).data()).decode())
        return str(data["source"]), int(data["start"]), int(data["end"])
    except (ValueError, KeyError, TypeError):
        return None


@dataclass
class _Use:
    start: int
    end: int
    section: str
    item: str


class _Text(QPlainTextEdit):
    """Read-only text that drags passages and explains highlights on hover."""

    def __init__(self, reader: SourceReader) -> None:
        super().__init__(reader)
        self.reader = reader
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setAccessibleName(self.tr("Source text"))

    def createMimeDataFromSelection(self) -> QMimeData:
        passage = self.reader.current_passage()
        if passage is None:
            return super().createMimeDataFromSelection()
        source_id, start, end = passage
        return passage_mime(source_id, start, end, self.textCursor().selectedText().replace("\u2029", "\n"))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.reader.menu_filler is not None:
            menu.addSeparator()
            add = menu.addMenu(self.tr("&Add Selection to"))
            self.reader.menu_filler(add)
            add.setEnabled(self.reader.current_passage() is not None and not add.isEmpty())
        menu.exec(event.globalPos())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            text = self.reader.describe_position(position)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class SourceReader(QWidget):
    """The central panel. `menu_filler` fills the "Add Selection to" submenu (set by the window)."""

    # Matches of the search: a find-bar yellow, stronger than the amber of cited passages.
    FOUND_COLOUR = QColor(255, 225, 0)

    def __init__(self, controller: DocumentController, analysis: AnalysisService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.analysis = analysis
        self.source: Source | None = None
        self.offsets = OffsetMap("")
        self.uses: list[_Use] = []
        self.menu_filler: Callable[[QMenu], None] | None = None
        self.hits: SourceHits | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAccessibleName(self.tr("Source details"))
        self.text = _Text(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        self.setFocusProxy(self.text)
        controller.nav.source_selected.connect(lambda _id: self.show_source())
        controller.nav.passage_requested.connect(self.reveal)
        controller.changed.connect(self._on_change)
        analysis.updated.connect(self._highlight)
        self.show_source()

    def follow_hits(self, hits: SourceHits) -> None:
        """Highlight the matches of the sources' search in the text shown."""
        self.hits = hits
        hits.changed.connect(self._highlight)
        self._highlight()

    # ------------------------------------------------------------------ content

    def show_source(self) -> None:
        source = self.controller.brief.find_source(self.controller.nav.source_id)
        if source is self.source and source is not None:
            return
        self.source = source
        if source is None:
            if not self.controller.is_open:
                self.heading.setText(self.tr("<i>No brief is open. Create one with File ▸ New Brief (Ctrl+N) or "
                                             "open one with File ▸ Open (Ctrl+O).</i>"))
            else:
                self.heading.setText(self.tr("<i>No source selected. Import sources with File ▸ Import Sources "
                                             "(Ctrl+I), by dropping files on the window, or by pasting text.</i>"))
            self.text.setPlainText("")
            self.offsets = OffsetMap("")
        else:
            self.text.setPlainText(source.text)
            self.offsets = OffsetMap(source.text)
            self._heading()
        self._highlight()

    def _heading(self) -> None:
        source = self.source
        if source is None:
            return
        bits = [b for b in (source.publisher, source.author,
                            source.published.isoformat() if source.published else None) if b]
        grade = source.grade.code()
        extra = " · ".join(bits)
        if grade:
            extra += f" · <b>{grade}</b> ({source.grade.describe()})" if extra else f"<b>{grade}</b>"
        if source.marking:
            extra += f" · {source.marking}"
        from html import escape

        self.heading.setText(f"<b style='font-size:large'>{escape(source.title)}</b><br>{extra}")

    def _on_change(self, change: Change) -> None:
        if change.everything or (self.source is not None and self.source not in self.controller.brief.sources):
            self.source = None
            self.show_source()
            return
        if self.source is not None and self.source.id in change.sources:
            self._heading()
        if change.touches_items or change.dismissed:
            self._highlight()
            passage = self.current_passage()
            if change.structure and passage is not None and any(
                    (use.start, use.end) == passage[1:] for use in self.uses):
                self._collapse_selection()  # just cited: let the highlight show

    def _collapse_selection(self) -> None:
        cursor = self.text.textCursor()
        cursor.setPosition(cursor.selectionEnd())
        self.text.setTextCursor(cursor)

    def _highlight(self) -> None:
        """Cited passages get a background; suggestion evidence an underline in its kind's colour."""
        selections: list[QTextEdit.ExtraSelection] = []
        self.uses = []
        source = self.source
        if source is None:
            self.text.setExtraSelections([])
            return
        cited = QTextCharFormat()
        cited.setBackground(CITED_COLOUR)  # a highlighter's amber, distinct from the selection
        for section in self.controller.brief.sections:
            title = self.controller.section_title(section.key)
            for item in section.items:
                for citation in item.citations:
                    if citation.source_id == source.id:
                        self.uses.append(_Use(citation.start, citation.end, title, item.label))
                        selections.append(self._selection(citation.start, citation.end, cited))
        if self.hits is not None:
            found = QTextCharFormat()
            found.setBackground(self.FOUND_COLOUR)
            selections.extend(self._selection(start, end, found) for start, end in self.hits.in_source(source.id))
        for suggestion in self.analysis.open_suggestions():
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(SUGGESTION_COLOURS.get(suggestion.kind, QColor("gray")))
            for evidence in suggestion.evidence:
                if evidence.source == source.id:
                    selections.append(self._selection(evidence.start, evidence.end, fmt))
        self.text.setExtraSelections(selections)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def describe_position(self, qt_position: int) -> str:
        offset = self.offsets.to_py(qt_position)
        lines = [self.tr("Cited in {section}: {item}").format(section=use.section, item=use.item[:80])
                 for use in self.uses if use.start <= offset < use.end]
        if self.source is not None:
            for suggestion in self.analysis.open_suggestions():
                if any(e.source == self.source.id and e.start <= offset < e.end for e in suggestion.evidence):
                    lines.append(self.tr("Suggested ({kind}): {text}").format(kind=suggestion.kind,
                                                                             text=suggestion.text[:80]))
        return "\n".join(lines)

    # ------------------------------------------------------------------ selection

    def current_passage(self) -> tuple[str, int, int] | None:
        """The selected span as Python offsets into the source text, trimmed of surrounding blanks."""
        if self.source is None:
            return None
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.offsets.to_py(cursor.selectionStart())
        end = self.offsets.to_py(cursor.selectionEnd())
        return self._tidy(start, end)

    def _tidy(self, start: int, end: int) -> tuple[str, int, int] | None:
        """Trim blanks and complete half-selected words: a citation of "ficial, spe" helps nobody."""
        if self.source is None:
            return None
        text = self.source.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return None
        while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
        while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
        return self.source.id, start, end

    def select(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def reveal(self, source_id: str, start: int, end: int) -> None:
        if self.source is None or self.source.id != source_id:
            self.show_source()
        if self.source is not None and self.source.id == source_id:
            self.select(start, end)
