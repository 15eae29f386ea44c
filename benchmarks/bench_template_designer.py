"""The template designer's live preview: from an edit to the new PDF on screen, and the GUI thread meanwhile.

    python benchmarks/bench_template_designer.py [--quick] [--json]

Opens the designer on the shipped situation brief (the sample brief as preview), waits for the
first preview, then makes edits as an administrator would (body size, heading colour, a section
title typed key by key) and measures for each the time from the change to the new PDF loaded in
the view. A 5 ms heartbeat timer on the GUI thread records the longest gap between its ticks
over the whole run: the longest the GUI thread was ever busy (or blocked) while previews rendered.
Targets: preview ≤ 1 s after an edit; GUI thread never blocked more than 50 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Row, parse_args, report  # noqa: E402


def run(quick: bool) -> list[Row]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.gui.template_designer import TemplateDesigner
    from briefing.templating import find_template

    app = QApplication.instance() or QApplication([])
    designer = TemplateDesigner(find_template("situation-brief"))
    designer.show()

    def wait(predicate: object, limit: float = 60.0) -> None:
        end = time.perf_counter() + limit
        while not predicate() and time.perf_counter() < end:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.001)

    started = time.perf_counter()
    wait(lambda: designer.pdf.pageCount() > 0)
    first = time.perf_counter() - started
    gaps: list[float] = []
    last_tick = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last_tick[0])
        last_tick[0] = now

    heartbeat = QTimer(interval=5)
    heartbeat.timeout.connect(tick)
    heartbeat.start()
    latencies: list[float] = []
    edits = 6 if quick else 20
    for number in range(edits):
        if number % 3 == 0:
            designer.edit(("typography", "body_size"), 10 + number % 5, merge=False)
        elif number % 3 == 1:
            designer.edit(("typography", "heading_colour"), f"#{(number * 37) % 200:02X}2040", merge=False)
        else:
            for length in range(1, 8):  # typing a title, a key every 60 ms
                designer.edit(("name",), "Typing"[:length] + str(number))
                end = time.perf_counter() + 0.06
                while time.perf_counter() < end:
                    app.processEvents()
                    time.sleep(0.001)
        changed = time.perf_counter()
        wait(lambda: designer.edited_at is None and not designer.client.busy)
        latencies.append(designer.last_latency if designer.last_latency is not None else time.perf_counter() - changed)
    heartbeat.stop()
    designer.close()
    longest_gap = max(gaps) if gaps else 0.0
    return [
        Row("template designer", "first preview (process start)", first, 0.0, 1, None, "", "once per window"),
        Row("template designer", "preview after an edit", statistics.median(latencies),
            max(latencies) - min(latencies), len(latencies), None, "≤ 1 s", f"max {max(latencies) * 1000:.0f} ms"),
        Row("template designer", "longest GUI-thread gap", longest_gap, 0.0, len(gaps), None, "≤ 0.05 s",
            "5 ms heartbeat during all edits"),
    ]


def main() -> int:
    args = parse_args(__doc__ or "")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    report(run(args.quick), args.json)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects


if __name__ == "__main__":
    sys.exit(main())
