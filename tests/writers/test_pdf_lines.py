"""The line breaker (lines._break) places every word exactly as a plain word-by-word greedy breaker does.

_break groups words in runs and takes a short path for most of them; the reference here takes
each word alone, with the same float expressions, so lines, pieces and positions must be equal.
"""

from __future__ import annotations

import random

from reportlab.lib.colors import black, blue

from briefing.writers.fonts import font_name
from briefing.writers.pdf import lines
from briefing.writers.pdf.lines import Line, Piece, Segment


class _Reference:
    """Greedy breaking one word at a time: the specification _break is checked against."""

    def __init__(self, size: float, width: float) -> None:
        self.size, self.width = size, width
        self.lines: list[Line] = []
        self.line: Line = []
        self.x = self.start = self.extent = self.space_after = 0.0
        self.open: Segment | None = None
        self.parts: list[str] = []

    def close(self) -> None:
        if self.open is not None:
            self.line.append(Piece(self.open, "".join(self.parts), self.start, self.extent))
            self.open = None

    def new_line(self) -> None:
        self.close()
        self.lines.append(self.line)
        self.line, self.x = [], 0.0

    def place(self, segment: Segment, text: str, width: float, space: float) -> None:
        if self.open is segment:
            if space:
                self.parts.append(" ")
            self.parts.append(text)
            self.extent = self.x + space + width - self.start
        else:
            self.close()
            self.open, self.parts, self.start, self.extent = segment, [text], self.x + space, width
        self.x += space + width

    def word(self, pieces: list[tuple[Segment, str]]) -> None:
        measured = [(segment, text, lines.width_of(text, segment.font, 1.0) * self.size) for segment, text in pieces]
        word_width = sum(piece[2] for piece in measured)
        space = 0.0 if not self.line and self.open is None else self.space_after
        if space and self.x + space + word_width > self.width:
            self.new_line()
            space = 0.0
        for segment, text, piece_width in measured:
            if word_width <= self.width:
                self.place(segment, text, piece_width, space)
                space = 0.0
                continue
            for chunk, chunk_width in lines._chunks(text, segment.font, self.size, self.width,
                                                    self.width - self.x - space):
                if (self.line or self.open is not None) and self.x + space + chunk_width > self.width + 0.01:
                    self.new_line()
                    space = 0.0
                self.place(segment, chunk, chunk_width, space)
                space = 0.0
        self.space_after = lines.width_of(" ", pieces[-1][0].font, self.size)

    def run(self, segments: list[Segment]) -> list[Line]:
        current: list[tuple[Segment, str]] = []
        for segment in segments:
            for index, text_line in enumerate(segment.text.split("\n")):
                if index:
                    if current:
                        self.word(current)
                        current = []
                    self.new_line()
                    self.space_after = 0.0
                parts = text_line.split(" ")
                if parts[0]:
                    current.append((segment, parts[0]))
                for part in parts[1:]:
                    if current:
                        self.word(current)
                        current = []
                    if part:
                        current.append((segment, part))
        if current:
            self.word(current)
        self.close()
        self.lines.append(self.line)
        return self.lines


def test_break_matches_word_by_word_reference() -> None:
    rnd = random.Random(5)
    fonts = [font_name("DejaVu Sans"), font_name("DejaVu Sans", bold=True), font_name("DejaVu Serif", italic=True),
             font_name("Droid Sans Fallback"), font_name("Noto Sans Arabic")]
    alphabet = [*"abcdefghij  \n/-.,W", "  ", "\n\n", "你好", "مرحبا", "x" * 40, "https://example.org/a/b?c=d&e=f"]
    for _ in range(800):
        segments: list[Segment] = []
        for _ in range(rnd.randint(0, 8)):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
            segments.append(Segment(text, rnd.choice(fonts), rnd.choice([black, blue]), url=rnd.choice([None, "u"])))
            if rnd.random() < 0.2:
                segments.append(segments[-1])  # one segment object twice in a row
        size = rnd.choice([8.0, 9.0, 10.5, 11.0, 12.0])
        width = rnd.choice([20.0, 50.0, 100.0, 451.27559, 1000.0, rnd.uniform(10, 500)])
        assert lines._break(segments, size, width) == _Reference(size, width).run(segments), (segments, size, width)
