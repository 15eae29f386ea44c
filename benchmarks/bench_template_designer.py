"""The template designer's live preview: from an edit to the new PDF on screen, and the GUI thread meanwhile.

    python benchmarks/bench_template_designer.py [--quick] [--json]
    python benchmarks/bench_template_designer.py --arg shots=docs/images   # the screenshots in docs/templates.md

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

from harness import Row, parse_args, report

SLICE_MS = 20


def pump(milliseconds: int = SLICE_MS) -> None:
    """Run the event loop for a while. One loop run per slice, not processEvents() in a tight loop:
    each call of either releases one reference to None in this PySide6 build, which a tight loop
    turns into a crash within seconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def run(quick: bool) -> list[Row]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from briefing.gui.template_designer import TemplateDesigner
    from briefing.templating import find_template

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive for the window)
    designer = TemplateDesigner(find_template("situation-brief"))
    designer.show()

    def wait(predicate: object, limit: float = 60.0) -> None:
        end = time.perf_counter() + limit
        while not predicate() and time.perf_counter() < end:  # type: ignore[operator]
            pump(5)

    # The GUI thread's own work per handler, in CPU time of the thread: unlike the heartbeat's
    # wall-clock gaps, not inflated when a loaded machine leaves the process waiting for a core.
    handler_cpu: list[float] = []

    def measured(function: object) -> object:
        def wrapper(*args: object, **kwargs: object) -> object:
            before = time.thread_time()
            try:
                return function(*args, **kwargs)  # type: ignore[operator]
            finally:
                handler_cpu.append(time.thread_time() - before)
        return wrapper

    designer.edit = measured(designer.edit)  # type: ignore[method-assign]
    designer.client._read = measured(designer.client._read)  # type: ignore[method-assign]
    designer.client.process.readyReadStandardOutput.disconnect()
    designer.client.process.readyReadStandardOutput.connect(designer.client._read)
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
                pump(60)
        changed = time.perf_counter()
        wait(lambda: designer.edited_at is None and not designer.client.busy)
        latencies.append(designer.last_latency if designer.last_latency is not None else time.perf_counter() - changed)
    heartbeat.stop()
    designer.undo_stack.setClean()  # nothing to keep: close without asking
    designer.close()
    longest_gap = max(gaps) if gaps else 0.0
    return [
        Row("template designer", "first preview (process start)", first, 0.0, 1, None, "", "once per window"),
        Row("template designer", "preview after an edit", statistics.median(latencies),
            max(latencies) - min(latencies), len(latencies), None, "≤ 1 s", f"max {max(latencies) * 1000:.0f} ms"),
        Row("template designer", "longest GUI-thread gap", longest_gap, 0.0, len(gaps), None, "≤ 0.05 s",
            "5 ms heartbeat during all edits (wall clock)"),
        Row("template designer", "longest GUI-thread handler", max(handler_cpu), 0.0, len(handler_cpu), None,
            "≤ 0.05 s", "CPU time of the thread: an edit, or reading the preview's answer"),
    ]


def take_shots(folder: Path) -> list[Path]:
    """The designer on a corporate Word template, as docs/templates.md shows it."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.templating.house_reference import as_dotx, house_document

    from briefing.gui.template_designer import TemplateDesigner

    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive for the window)
    work = Path(tempfile.mkdtemp(prefix="designer-shots-"))
    (work / "house.dotx").write_bytes(as_dotx(house_document()))
    template = work / "northbridge.yaml"
    template.write_text("id: northbridge\nname: Northbridge situation brief\nversion: '1'\n"
                        "extends: situation-brief\nbranding:\n  organization: Northbridge Regional Office\n",
                        encoding="utf-8")
    designer = TemplateDesigner(template)
    designer.resize(1400, 860)
    designer.show()

    def settle(predicate: object, limit: float = 120.0) -> None:
        end = time.perf_counter() + limit
        while not predicate() and time.perf_counter() < end:  # type: ignore[operator]
            pump()
        pump(500)

    folder.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def shot(name: str) -> None:
        path = folder / f"designer-{name}.png"
        designer.grab().save(str(path))
        shots.append(path)

    settle(lambda: designer.pdf.pageCount() > 0)
    designer.choose_file(("docx", "reference"), "", chosen=work / "house.dotx")
    designer.forms.setCurrentIndex(7)
    settle(lambda: designer.edited_at is None and not designer.client.busy)
    shot("reference")
    designer.forms.setCurrentIndex(1)
    designer.sections_page.list.setCurrentRow(1)
    settle(lambda: True)
    shot("sections")
    designer.previews.setCurrentIndex(1)
    settle(lambda: designer.docx_pages.pageCount() > 0)
    shot("docx")
    designer.previews.setCurrentIndex(0)
    designer.forms.setCurrentIndex(designer.forms.count() - 1)
    designer.yaml.setPlainText(designer.yaml.toPlainText().replace("version: '1'", "version: '1'\ntoc: maybe"))
    settle(lambda: designer.problems.count() > 0)
    shot("yaml")
    designer.undo_stack.setClean()
    designer.close()
    return shots


def main() -> int:
    args = parse_args(__doc__ or "")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.arg and args.arg[0].startswith("shots="):
        for path in take_shots(Path(args.arg[0].removeprefix("shots="))):
            print(path)
        sys.stdout.flush()
        os._exit(0)
    report(run(args.quick), args.json)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects


if __name__ == "__main__":
    sys.exit(main())
