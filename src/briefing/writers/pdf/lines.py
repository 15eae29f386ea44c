"""A lean paragraph flowable for body text: greedy line breaking and direct drawing.

reportlab's Paragraph parses markup and re-measures fragments at every step; for a long brief
that dominates the export time. Body text here needs only runs of (font, colour, link) laid
left-aligned, so this flowable measures each word once (reportlab's C string-width), breaks
lines greedily, splits words wider than a line, and draws each paragraph as one text object.
Anything richer (footnote markers, headings, the cover) still goes through Paragraph.

Drawing writes the text object's operators itself (_text_code, string_code) rather than
through reportlab's PDFTextObject, whose per-call overhead was a large part of the export;
the operators and numbers are reportlab's own, so the PDF is byte for byte what it would
write, and anything the direct path cannot write exactly goes through reportlab as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from reportlab.lib.colors import CMYKColor, Color, black
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from briefing.writers.bidi import base_level, has_rtl, mirrored, visual_indices
from briefing.writers.bidi import levels as bidi_levels
from briefing.writers.fonts import SubsetCachingTTFont
from briefing.writers.pdf.links import link_to_destination


@dataclass(frozen=True)
class Segment:
    """A stretch of text in one font and colour, optionally a link (URL or internal destination)."""

    text: str
    font: str
    colour: Color
    url: str | None = None
    destination: str | None = None


class Piece(NamedTuple):
    """Text of one segment placed on a line at x (from the line's start), `width` wide.

    A named tuple rather than a frozen dataclass: a long brief makes tens of thousands, and a
    frozen dataclass's __init__ costs twice as much."""

    segment: Segment
    text: str
    x: float
    width: float


Line = list[Piece]


class LineParagraph(Flowable):
    """Left-aligned text of segments; supports a bullet or label, an anchor, splitting across pages."""

    def __init__(self, segments: list[Segment], style: Any, *, bullet: str | None = None,
                 anchor: str | None = None, lines: list[Line] | None = None, first: bool = True) -> None:
        super().__init__()
        self.segments = segments
        self.style = style
        self.size = float(style.fontSize)
        self.leading = float(style.leading)
        self.bullet = bullet
        self.anchor = anchor
        self.first = first
        self.lines = lines
        self._width_for: float | None = None if lines is None else -1.0

    # -- platypus protocol

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        text_width = available_width - self.style.leftIndent - self.style.rightIndent
        if self.lines is None or (self._width_for not in (-1.0, text_width)):
            lines = _break(self.segments, self.size, max(text_width, self.size * 2))
            if any(has_rtl(segment.text) for segment in self.segments):
                base = base_level("".join(segment.text for segment in self.segments))
                lines = [visual_line(line, self.size, base) for line in lines]
            self.lines = lines
            self._width_for = text_width
        self.width = available_width
        self.height = self.leading * max(len(self.lines), 1)
        return available_width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        if self.bullet and self.first:  # the bullet sets the canvas's font and colour: restore them
            super().drawOn(canvas, x, y, _sW)
        else:
            draw_translated(self, canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore) if self.first else 0.0

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self.lines is not None
        fit = int(available_height // self.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        if fit == 1 and len(self.lines) > 2:  # no orphan line at the foot of a page
            return []
        head = LineParagraph(self.segments, self.style, bullet=self.bullet, anchor=self.anchor,
                             lines=self.lines[:fit], first=self.first)
        head.getSpaceAfter = lambda: 0.0  # type: ignore[method-assign]
        tail = LineParagraph(self.segments, self.style, lines=self.lines[fit:], first=False)
        return [head, tail]

    def draw(self) -> None:
        canvas = self.canv
        assert self.lines is not None
        left = float(self.style.leftIndent)
        if self.anchor:
            canvas.bookmarkHorizontal(self.anchor, 0, self.height)
        baseline = self.height - self.leading + (self.leading - self.size) * 0.5 + self.size * 0.22
        if self.bullet and self.first:
            canvas.setFont(self.style.bulletFontName, self.style.bulletFontSize)
            canvas.setFillColor(self.style.textColor)
            bullet = string_code(canvas, self.bullet, self.style.bulletIndent, baseline, self.style.bulletFontName,
                                 self.style.bulletFontSize)
            if bullet is None:
                canvas.drawString(self.style.bulletIndent, baseline, self.bullet)
            else:
                canvas._code.append(bullet)
        code = _text_code(canvas, self.lines, self.size, left, baseline, self.leading)
        if code is None:  # a character not yet encoded, or a reportlab without the private parts
            self._draw_text(left, baseline)
        else:
            canvas._code.append(code)
        if any(segment.url or segment.destination for segment in self.segments):
            for line in self.lines:
                if any(piece.segment.url or piece.segment.destination for piece in line):
                    self._links(line, left, baseline)
                baseline -= self.leading

    def _draw_text(self, left: float, baseline: float) -> None:
        """The lines through reportlab's text object (what _text_code writes directly when it can)."""
        canvas = self.canv
        assert self.lines is not None
        text = canvas.beginText(left, baseline)  # one text object for the whole paragraph
        # textOut would measure each piece again only to track a cursor position this drawing never
        # reads (every line sets its origin, moves are relative): append its operators directly.
        # These are private to reportlab (5.1): where a release lacks them, fall back to textOut.
        if hasattr(text, "_code") and hasattr(text, "_formatText"):
            show, format_text = text._code.append, text._formatText
        else:  # pragma: no cover - only on a reportlab without them
            show, format_text = text.textOut, str
        font_and_colour: tuple[str, Color] | None = None
        for line in self.lines:
            if line:
                text.setTextOrigin(left, baseline)
                origin = current = 0.0  # moveCursor is relative to the start of the last move
                for piece in line:
                    if (piece.segment.font, piece.segment.colour) != font_and_colour:
                        font_and_colour = (piece.segment.font, piece.segment.colour)
                        text.setFont(piece.segment.font, self.size)
                        text.setFillColor(piece.segment.colour)
                    if abs(piece.x - current) > 0.001:
                        text.moveCursor(piece.x - origin, 0)
                        origin = current = piece.x
                    show(format_text(piece.text))  # textOut without re-measuring: the cursor is ours
                    current += piece.width
            baseline -= self.leading
        canvas.drawText(text)

    def _links(self, line: Line, left: float, baseline: float) -> None:
        canvas = self.canv
        for piece in line:
            segment = piece.segment
            if segment.url is None and segment.destination is None:
                continue
            box = (left + piece.x, baseline - self.size * 0.25, left + piece.x + piece.width, baseline + self.size)
            if segment.url is not None:
                canvas.linkURL(segment.url, box, relative=1, thickness=0)
                canvas.saveState()
                canvas.setStrokeColor(segment.colour)
                canvas.setLineWidth(0.5)
                canvas.line(box[0], baseline - 1.2, box[2], baseline - 1.2)
                canvas.restoreState()
            elif segment.destination is not None:
                link_to_destination(canvas, segment.destination, box)


def _text_code(canvas: Any, lines: list[Line], size: float, left: float, baseline: float,  # noqa: PLR0917
               leading: float) -> str | None:
    """The text object _draw_text would append to the page, written directly; None where it cannot be.

    reportlab's text object costs a dozen Python calls per piece (font lookup, state saving, its
    own splitString and escaping); here each piece is one str.translate into the codes the font
    has already assigned (SubsetCachingTTFont.shown_codes). The operators and numbers are the ones
    reportlab writes (BT, Tm per line, Tf after every font or colour change, rg, Td, Tj, ET), so
    the page content is byte for byte the same. Any piece with a character the font has not
    encoded yet (or outside subset 0), or a colour other than plain RGB, returns None and the
    paragraph takes reportlab's path, which encodes it.
    """
    if not canvas.bottomup or getattr(canvas, "_enforceColorSpace", None) is not None:
        return None
    ops = _canvas_ops(canvas)
    code = ["BT", f"1 0 0 1 {fp_str(left, baseline)} Tm"]
    append = code.append
    font_and_colour: tuple[str, Color] | None = None
    font_op: str | None = None  # the Tf operator still to write before the next shown text
    known: set[str] = set()
    escaped: dict[int, str] = {}
    origins = _ORIGINS
    for line in lines:
        if line:
            origin_op = origins.get((left, baseline))
            if origin_op is None:
                if len(origins) > 20_000:
                    origins.clear()
                origin_op = origins[left, baseline] = f"1 0 0 1 {fp_str(left, baseline)} Tm"
            append(origin_op)
            origin = current = 0.0
            for piece in line:
                segment = piece.segment
                if (segment.font, segment.colour) != font_and_colour:
                    font_and_colour = (segment.font, segment.colour)
                    key = (segment.font, size, id(segment.colour))
                    entry = ops.get(key)
                    if entry is None or entry[0] is not segment.colour:
                        entry = _text_ops(segment.font, segment.colour, size, canvas._doc)
                        if entry is None:
                            return None
                        ops[key] = entry
                    _, font_op, colour_op, known, escaped = entry
                    append(colour_op)
                if abs(piece.x - current) > 0.001:
                    append(f"{fp_str(piece.x - origin, 0)} Td")
                    origin = current = piece.x
                text = piece.text
                if not known.issuperset(text):
                    return None
                if not text:
                    append("")
                elif font_op is not None:
                    append(f"{font_op} ({text.translate(escaped)}) Tj")
                    font_op = None
                else:
                    append(f"({text.translate(escaped)}) Tj")
                current += piece.width
        baseline -= leading
    append("ET")
    return " ".join(code)


# The Tm operator of a line's origin: positions are relative to the paragraph, so the same few
# hundred recur all through a brief, and formatting two numbers costs more than looking them up.
_ORIGINS: dict[tuple[float, float], str] = {}

# colour, Tf operator, rg operator, the characters the font has encoded and their escaped codes
_TextOps = tuple[Color, str, str, set[str], dict[int, str]]


def _canvas_ops(canvas: Any) -> dict[tuple[str, float, int], _TextOps]:
    """The text operators _text_ops made for this canvas, by font, size and colour (its id)."""
    ops: dict[tuple[str, float, int], _TextOps] | None = getattr(canvas, "briefing_text_ops", None)
    if ops is None:
        ops = canvas.briefing_text_ops = {}
    return ops


def string_code(canvas: Any, text: str, x: float, y: float, font_name: str, size: float) -> str | None:  # noqa: PLR0917
    """What canvas.drawString(x, y, text) writes after canvas.setFont(font_name, size), for a bullet,
    a list number or a line of page furniture; None where only drawString can write it."""
    if not text or not canvas.bottomup:
        return None
    ops = _canvas_ops(canvas)
    key = (font_name, size, 0)
    entry = ops.get(key)
    if entry is None:
        entry = _text_ops(font_name, black, size, canvas._doc)  # the colour is not written: any will do
        if entry is None:
            return None
        ops[key] = entry
    if not entry[3].issuperset(text):
        return None
    return f"BT 1 0 0 1 {fp_str(x, y)} Tm {entry[1]} ({text.translate(entry[4])}) Tj T* ET"


def _text_ops(font_name: str, colour: Color, size: float, doc: Any) -> _TextOps | None:
    """What _text_code writes on a change to this font and colour (kept per canvas), or None where
    only reportlab's text object can write it."""
    font = getFont(font_name)
    if not isinstance(font, SubsetCachingTTFont) or isinstance(colour, CMYKColor) or not isinstance(colour, Color):
        return None
    codes = font.shown_codes(doc)
    if codes is None:
        return None
    # setFont(font, size) then setFillColor(colour) on a text object: leading 1.2 × size, and the
    # Tf written before the next text shown
    font_op = f"{font.getSubsetInternalName(0, doc)} {fp_str(size)} Tf {fp_str(size * 1.2)} TL"
    return colour, font_op, f"{fp_str((colour.red, colour.green, colour.blue))} rg", *codes


def draw_translated(flowable: Flowable, canvas: Any, x: float, y: float, sW: float = 0) -> None:
    """Flowable.drawOn for a flowable whose draw leaves the canvas's state as it found it.

    drawOn saves the canvas's whole state (two dozen attributes and the graphics-state
    parameters) around every flowable, though these flowables change only the current
    transformation: that alone is kept and put back here. The page gets the same operators
    (q, the cm of the translation, the drawing, Q)."""
    matrix = getattr(canvas, "_currentMatrix", None)
    if matrix is None or getattr(flowable, "_showBoundary", None):
        Flowable.drawOn(flowable, canvas, x, y, sW)
        return
    x = flowable._hAlignAdjust(x, sW)
    canvas._code.append("q")
    canvas.translate(x, y)
    flowable.canv = canvas
    try:
        flowable.draw()
    finally:
        del flowable.canv
        canvas._code.append("Q")
        canvas._currentMatrix = matrix


_WIDTHS: dict[str, dict[str, float]] = {}  # font → word → width at 1 pt


def width_of(text: str, font: str, size: float) -> float:
    """stringWidth with a cache of widths at 1 pt: a brief repeats its words, so most are measured once."""
    units = _WIDTHS.get(font)
    if units is None:
        units = _WIDTHS[font] = {}
    unit = units.get(text)
    if unit is None:
        unit = stringWidth(text, font, 1.0)
        if len(units) > 200_000:
            units.clear()
        units[text] = unit
    return unit * size


def visual_line(line: Line, size: float, base: int) -> Line:
    """A line broken in logical order, reordered for drawing left to right (see `bidi`).

    The Unicode algorithm reorders lines, not paragraphs: a wrapped right-to-left paragraph keeps
    its first words on its first line. Pieces are regrouped by segment in visual order and laid
    from the line's start again, keeping the gaps (spaces between pieces) they had."""
    if not any(has_rtl(piece.text) for piece in line):
        return line
    chars: list[str] = []
    owners: list[Segment | float] = []  # each character's segment, or the width of a gap
    end = 0.0
    for index, piece in enumerate(line):
        if index and piece.x > end + 0.001:
            chars.append(" ")
            owners.append(piece.x - end)
        chars.extend(piece.text)
        owners.extend([piece.segment] * len(piece.text))
        end = piece.x + piece.width
    text = "".join(chars)
    line_levels = bidi_levels(text, base)
    placed: Line = []
    x = 0.0
    segment: Segment | None = None
    parts: list[str] = []

    def close() -> None:
        nonlocal x, segment
        if segment is not None and parts:
            piece_text = "".join(parts)
            width = width_of(piece_text, segment.font, size)
            placed.append(Piece(segment, piece_text, x, width))
            x += width
        segment = None
        parts.clear()

    for index in visual_indices(text, base):
        owner = owners[index]
        if not isinstance(owner, Segment):
            close()
            x += owner
            continue
        if owner is not segment:
            close()
            segment = owner
        parts.append(mirrored(text[index], line_levels[index]))
    close()
    return placed


Run = tuple[Segment, list[str]]
Word = list[tuple[Segment, str]]


def _break(segments: list[Segment], size: float, width: float) -> list[Line]:
    """Greedy line breaking of the segments' words into lines at most `width` wide.

    One function with local state rather than a helper object: it runs once per word of the
    brief, and method calls were most of its cost. Consecutive words of one segment on a line
    are joined into one piece (one text-show operator when drawn). Words come in runs (see
    _tokens); a word that continues the piece the previous word of its run opened takes a short
    path (one width look-up, one comparison), every other word the general one. Float
    expressions keep the order they had, so positions, and hence the PDF, do not change by a
    rounding.
    """
    lines: list[Line] = []
    line: Line = []
    x = 0.0
    # the piece being extended: its segment (None: no open piece), text parts, start, width
    open_segment: Segment | None = None
    parts: list[str] = []
    start = extent = 0.0
    space_after: float = 0.0  # width of a space after the last word placed, in that word's font
    spaces: dict[str, float] = {}
    for token in _tokens(segments):
        if token is None:  # forced line break
            _close_piece(line, open_segment, parts, start, extent)
            open_segment = None
            lines.append(line)
            line, x, space_after = [], 0.0, 0.0
            continue
        if isinstance(token, tuple):  # a run of words, each wholly in the run's segment
            segment, texts = token
            font = segment.font
            units = _WIDTHS.get(font)
            if units is None:
                units = _WIDTHS[font] = {}
            font_space = spaces.get(font) or spaces.setdefault(font, width_of(" ", font, size))
            for text in texts:
                unit = units.get(text)
                if unit is None:
                    unit = width_of(text, font, 1.0)
                word_width = unit * size
                if open_segment is segment and font_space and word_width <= width:
                    # the short path: the open piece is this segment's, so the space is font_space
                    end = x + font_space + word_width
                    if end <= width:
                        parts += (" ", text)
                        extent = end - start
                        x += font_space + word_width
                    else:
                        line.append(Piece(segment, "".join(parts), start, extent))
                        lines.append(line)
                        line, parts, start, extent, x = [], [text], 0.0, word_width, 0.0 + (0.0 + word_width)
                    continue
                space = 0.0 if not line and open_segment is None else space_after
                if space and x + space + word_width > width:
                    _close_piece(line, open_segment, parts, start, extent)
                    open_segment = None
                    lines.append(line)
                    line, x, space = [], 0.0, 0.0
                if word_width > width:  # a word longer than a line: cut it (rare)
                    line, x, open_segment, parts, start, extent = _place_cut(
                        [(segment, text, word_width)], size, width, lines, line, x, space, open_segment, parts,
                        start, extent)
                elif open_segment is segment:
                    if space:
                        parts.append(" ")
                    parts.append(text)
                    extent = x + space + word_width - start
                    x += space + word_width
                else:
                    _close_piece(line, open_segment, parts, start, extent)
                    open_segment, parts, start, extent = segment, [text], x + space, word_width
                    x += space + word_width
                space_after = font_space
            continue
        # a word of pieces from several segments (as "harbour[1]")
        pieces: list[tuple[Segment, str, float]] = [
            (segment, text, width_of(text, segment.font, 1.0) * size) for segment, text in token]
        word_width = sum(piece[2] for piece in pieces)
        space = 0.0 if not line and open_segment is None else space_after
        if space and x + space + word_width > width:
            _close_piece(line, open_segment, parts, start, extent)
            open_segment = None
            lines.append(line)
            line, x, space = [], 0.0, 0.0
        if word_width > width:
            line, x, open_segment, parts, start, extent = _place_cut(
                pieces, size, width, lines, line, x, space, open_segment, parts, start, extent)
        else:
            for segment, text, piece_width in pieces:
                if open_segment is segment:
                    if space:
                        parts.append(" ")
                    parts.append(text)
                    extent = x + space + piece_width - start
                else:
                    _close_piece(line, open_segment, parts, start, extent)
                    open_segment, parts, start, extent = segment, [text], x + space, piece_width
                x += space + piece_width
                space = 0.0
        font = token[-1][0].font
        space_after = spaces.get(font) or spaces.setdefault(font, width_of(" ", font, size))
    _close_piece(line, open_segment, parts, start, extent)
    lines.append(line)
    return lines


def _close_piece(line: Line, open_segment: Segment | None, parts: list[str], start: float, extent: float) -> None:
    """Close the piece _break (or _place_cut) has open, if any: its text parts become a Piece of `line`."""
    if open_segment is not None:
        line.append(Piece(open_segment, "".join(parts), start, extent))


def _place_cut(pieces: list[tuple[Segment, str, float]], size: float, width: float,  # noqa: PLR0917
               lines: list[Line], line: Line, x: float, space: float, open_segment: Segment | None,
               parts: list[str], start: float, extent: float,
               ) -> tuple[Line, float, Segment | None, list[str], float, float]:
    """Place a word wider than a line, cut into chunks (_chunks), continuing _break's state.

    Returns the state _break carries on with: the current line, x, and the open piece."""
    for segment, text, _ in pieces:
        for chunk, chunk_width in _chunks(text, segment.font, size, width, width - x - space):
            if (line or open_segment is not None) and x + space + chunk_width > width + 0.01:
                _close_piece(line, open_segment, parts, start, extent)
                open_segment = None
                lines.append(line)
                line, x, space = [], 0.0, 0.0
            if open_segment is segment:
                if space:
                    parts.append(" ")
                parts.append(chunk)
                extent = x + space + chunk_width - start
            else:
                _close_piece(line, open_segment, parts, start, extent)
                open_segment, parts, start, extent = segment, [chunk], x + space, chunk_width
            x += space + chunk_width
            space = 0.0
    return line, x, open_segment, parts, start, extent


BREAK_AFTER = "/-?&=_.,;"


def _chunks(text: str, font: str, size: float, width: float, first_room: float) -> list[tuple[str, float]]:
    """A word too long for a line, cut to fit: after a "/" or "-" (URLs, paths) where possible."""
    chunks: list[tuple[str, float]] = []
    room = first_room if first_room > size * 4 else width
    start = 0
    while start < len(text):
        end, used = start, 0.0
        while end < len(text):
            char_width = stringWidth(text[end], font, size)
            if used + char_width > room and end > start:
                break
            used += char_width
            end += 1
        if end < len(text):
            soft = max(text.rfind(mark, start, end) for mark in BREAK_AFTER)
            if soft > start + (end - start) // 3:
                end = soft + 1
        chunk = text[start:end]
        chunks.append((chunk, stringWidth(chunk, font, size)))
        start, room = end, width
    return chunks


def _tokens(segments: list[Segment]) -> list[Run | Word | None]:
    """The segments' words (split at spaces) in order: None marks a line break, a list of
    (segment, text) pieces is a word spanning segments (no space between them), and a run
    (segment, texts) stands for consecutive words each wholly in that one segment. A run is
    laid out exactly as its words one by one would be; grouping them only saves the work per word.
    """
    tokens: list[Run | Word | None] = []
    current: Word = []  # the word being built: it may continue into the next segment

    def add_run(segment: Segment, texts: list[str]) -> None:
        last = tokens[-1] if tokens else None
        if isinstance(last, tuple) and last[0] is segment:
            last[1].extend(texts)
        else:
            tokens.append((segment, texts))

    def add_word(word: Word) -> None:
        if len(word) == 1:
            add_run(word[0][0], [word[0][1]])
        else:
            tokens.append(word)

    for segment in segments:
        for line_index, line in enumerate(segment.text.split("\n")):
            if line_index:
                if current:
                    add_word(current)
                    current = []
                tokens.append(None)
            parts = line.split(" ")
            if parts[0]:  # continues a word the previous segment began (no space between)
                current.append((segment, parts[0]))
            if len(parts) > 1:
                if current:
                    add_word(current)
                middle = [part for part in parts[1:-1] if part]  # whole words of this segment
                if middle:
                    add_run(segment, middle)
                current = [(segment, parts[-1])] if parts[-1] else []
    if current:
        add_word(current)
    return tokens
