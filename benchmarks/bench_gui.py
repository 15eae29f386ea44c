"""Benchmarks of the desktop app (figures to record, not timed tests), and its screenshot tour.

    python benchmarks/bench_gui.py                 # all figures, as a table
    python benchmarks/bench_gui.py --quick         # smaller inputs
    python benchmarks/bench_gui.py --make-brief OUT.brief --sources 200 --items 500
    python benchmarks/bench_gui.py --shots DIR [--brief FILE]   # PNG of every panel and dialog

Measures: start to a usable window (a fresh process, until the window is shown and idle);
opening a brief with 1,000 sources (until every panel has refreshed); typing in an item of a
500-item brief (the longest time the event loop is busy per keystroke, each of which pushes
its undo command and refreshes the views).
Needs a display (Xvfb is fine) or QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from harness import Row, launch, peak_rss_mb, report  # noqa: E402

from briefing.model import Brief, Citation, Grade, Item, Section, Source  # noqa: E402

PLACES = ["Velmora", "Kessel", "Ostrand", "Lind Harbour", "the northern quay", "Port Ardel", "the Drava strait"]
PEOPLE = ["Ilse Marrow", "Tomas Brenn", "Ana Sorel", "Piet Dahl", "Mira Kovan", "Jonas Elling"]
ROLES = ["foreign minister", "fleet commander", "harbour master", "ministry spokesperson", "envoy"]
VERBS = ["said", "reported", "confirmed", "denied", "suggested", "announced"]
NOUNS = ["patrol vessels", "fishing rights", "the draft agreement", "customs checks", "the eastern pier",
         "shipping lanes", "the ceasefire line", "port fees"]


def sentence(rng: random.Random) -> str:
    return (f"{rng.choice(PEOPLE)}, the {rng.choice(ROLES)}, {rng.choice(VERBS)} that {rng.choice(NOUNS)} "
            f"near {rng.choice(PLACES)} would be reviewed on {rng.choice(['Monday', 'Tuesday', 'Friday'])}.")


def make_brief(n_sources: int, n_items: int, seed: int = 7) -> Brief:
    """A large fictional brief: sources of a few paragraphs, items citing real spans of them."""
    rng = random.Random(seed)
    sources = []
    for number in range(n_sources):
        paragraphs = ["\n".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 6))]
        sources.append(Source(title=f"Report {number + 1}: {rng.choice(NOUNS)} at {rng.choice(PLACES)}",
                              text="\n\n".join(paragraphs) + "\n", publisher=rng.choice(["Kessel Post", "Ardel Wire"]),
                              grade=Grade(rng.choice("ABCDEF"), rng.randint(1, 6))))
    keys = ["summary", "actors", "questions", "caveats"]
    sections = [Section(key) for key in keys]
    for number in range(n_items):
        source = sources[number % len(sources)] if sources else None
        citations = []
        if source is not None:
            start = source.text.index(" ") + 1
            end = source.text.index(",", start)
            citations = [Citation(source.id, start, end, source.text[start:end])]
        section = sections[number % len(sections)]
        if section.key == "actors":
            item = Item(kind="actor", name=rng.choice(PEOPLE), role=rng.choice(ROLES), text=sentence(rng),
                        citations=citations)
        else:
            kind = {"summary": "prose", "questions": "question", "caveats": "caveat"}[section.key]
            item = Item(kind=kind, text=sentence(rng), citations=citations)  # type: ignore[arg-type]
        section.items.append(item)
    return Brief(title=f"Benchmark brief ({n_sources} sources, {n_items} items)", sources=sources,
                 sections=sections, marking="TLP:AMBER", author="Desk analyst")


def write_brief(path: Path, n_sources: int, n_items: int) -> Path:
    from briefing.gui import engines

    brief = make_brief(n_sources, n_items)
    template = engines.load_template(brief.template_id)
    brief.template_snapshot = template.source_text or None
    if path.exists():
        path.unlink()
    engines.create_brief_file(path, brief).close()
    return path


def _settings_into(folder: Path) -> None:
    from PySide6.QtCore import QSettings

    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))


def _idle(app: object, seconds: float = 0.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + seconds
    QApplication.processEvents()
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)


STARTUP_CHILD = r"""
import sys, time
t0 = float(sys.argv[1])
sys.path.insert(0, sys.argv[2])
from PySide6.QtCore import QSettings
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, sys.argv[3])
from briefing.gui.app import create_window
from PySide6.QtWidgets import QApplication
app, window = create_window([])
window.show()
QApplication.processEvents()
print(f"{time.time() - t0:.4f} {time.process_time():.4f}")
"""


def bench_startup(runs: int) -> tuple[list[float], list[float], float]:
    """Seconds from launching a process to a shown, idle window (no brief): wall clock and CPU; peak MB."""
    times, cpu = [], []
    peak = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            started = time.time()
            out, _, child_peak, _ = launch([sys.executable, "-c", STARTUP_CHILD, str(started), str(ROOT / "src"),
                                            folder], capture=True)
            wall, used = out.strip().splitlines()[-1].split()
            times.append(float(wall))
            cpu.append(float(used))
            peak = max(peak, child_peak)
    return times, cpu, peak


def bench_open(window: object, path: Path) -> tuple[float, float]:
    """Wall-clock and GUI-thread CPU seconds to open a brief until every panel has refreshed."""
    from PySide6.QtWidgets import QApplication

    started, cpu = time.perf_counter(), time.thread_time()
    assert window.files.open_path(path)  # type: ignore[attr-defined]
    QApplication.processEvents()
    return time.perf_counter() - started, time.thread_time() - cpu


def bench_typing(window: object, keystrokes: int = 60) -> dict[str, float]:
    """Longest and median event-loop time per keystroke (each one pushes a merging undo command)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    controller = window.controller  # type: ignore[attr-defined]
    editor = window.editor  # type: ignore[attr-defined]
    items = controller.brief.items()
    target = items[len(items) // 2]
    controller.nav.select_item(target.id)
    _idle(None, 0.2)
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    per_key, per_key_cpu = [], []
    for index in range(keystrokes):
        started, cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(editor.text, Qt.Key.Key_A if index % 5 else Qt.Key.Key_Space)
        QApplication.processEvents()
        per_key.append(time.perf_counter() - started)
        per_key_cpu.append(time.thread_time() - cpu)
    started, cpu = time.perf_counter(), time.thread_time()
    controller.flush()  # on the GUI thread: only the snapshot; the write runs on the store thread
    snapshot, snapshot_cpu = time.perf_counter() - started, time.thread_time() - cpu
    controller.flush(wait=True)
    written = time.perf_counter() - started
    return {"key_max_ms": max(per_key) * 1000, "key_median_ms": statistics.median(per_key) * 1000,
            "key_cpu_max_ms": max(per_key_cpu) * 1000,
            "autosave_cpu_ms": snapshot_cpu * 1000, "autosave_gui_thread_ms": snapshot * 1000,
            "autosave_write_ms": written * 1000}


def run_benchmarks(quick: bool) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    rows: list[Row] = []
    sys.setswitchinterval(0.001)  # as the app sets it
    startup, startup_cpu, startup_peak = bench_startup(2 if quick else 7)
    rows.append(Row("gui", "start to usable window (offscreen)", statistics.median(startup),
                    max(startup) - min(startup), len(startup), startup_peak, "< 1.5 s, < 500 MB",
                    f"fresh process, no brief; CPU {statistics.median(startup_cpu):.2f} s"))
    with tempfile.TemporaryDirectory() as folder:
        _settings_into(Path(folder) / "settings")
        app = QApplication.instance() or QApplication([])
        from briefing.gui.main_window import MainWindow

        n_sources = 300 if quick else 1000
        big = write_brief(Path(folder) / "big.brief", n_sources, 500)
        window = MainWindow()
        window.show()
        _idle(app, 0.1)
        opens, opens_cpu = [], []
        for _ in range(2 if quick else 5):
            wall, cpu = bench_open(window, big)
            opens.append(wall)
            opens_cpu.append(cpu)
            _idle(app, 0.5)
            window.controller.close_brief()
            _idle(app, 0.1)
        rows.append(Row("gui", f"open brief, {n_sources:,} sources", statistics.median(opens),
                        max(opens) - min(opens), len(opens), peak_rss_mb(), "< 1 s, < 500 MB",
                        f"all panels refreshed; GUI-thread CPU {statistics.median(opens_cpu) * 1000:.0f} ms; "
                        "peak: whole benchmark process"))
        window.files.open_path(big)
        _idle(app, 1.5)
        typing = bench_typing(window)
        rows.append(Row("gui", "keystroke in 500-item brief", typing["key_median_ms"] / 1000,
                        (typing["key_max_ms"] - typing["key_median_ms"]) / 1000, 60, None,
                        "no visible lag", f"command pushed, views refreshed; longest {typing['key_max_ms']:.1f} ms, "
                        f"GUI-thread CPU at most {typing['key_cpu_max_ms']:.1f} ms"))
        rows.append(Row("gui", "autosave, GUI-thread part", typing["autosave_gui_thread_ms"] / 1000, 0.0, 1,
                        None, "< 100 ms", f"CPU {typing['autosave_cpu_ms']:.1f} ms; "
                        f"write on store thread: {typing['autosave_write_ms']:.0f} ms"))
        window.close()
    return rows


def take_shots(folder: Path, brief_path: Path | None) -> list[Path]:
    """Screenshots of the window and every panel and dialog, for a person to look at."""
    from PySide6.QtWidgets import QApplication

    from briefing.gui.brief_dialog import BriefDialog
    from briefing.gui.main_window import MainWindow
    from briefing.gui.new_dialog import NewBriefDialog
    from briefing.gui.source_dialog import SourceDialog
    from briefing.gui.templates_dialog import TemplatesDialog

    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["briefing"])
    _settings_into(folder / "settings")
    window = MainWindow()
    window.resize(1500, 920)
    window.show()
    if brief_path is None:
        brief_path = write_brief(folder / "shots.brief", 200, 500)
    assert window.files.open_path(brief_path)
    _idle(app, 3.0)
    shots = []

    def shot(name: str, widget: object) -> None:
        _idle(app, 0.3)
        path = folder / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        shots.append(path)

    items = window.controller.brief.items()
    if items:
        window.controller.nav.select_item(items[min(1, len(items) - 1)].id)
        cite = items[min(1, len(items) - 1)].citations
        if cite:
            window.controller.nav.show_passage(cite[0].source_id, cite[0].start, cite[0].end)
    shot("window", window)
    for dock in (window.sources, window.outline, window.editor, window.suggestions):
        shot(dock.objectName(), dock)
    window.checks_dock.raise_()
    window.checks.run()
    shot("ChecksDock", window.checks_dock)
    window.preview.raise_()
    window.preview.refresh()
    _idle(app, 4.0)
    shot("PreviewDock", window.preview)
    window.suggestions.raise_()
    dialogs = [("NewBriefDialog", NewBriefDialog(window)), ("BriefDialog", BriefDialog(window.controller, window)),
               ("TemplatesDialog", TemplatesDialog(window))]
    if window.controller.brief.sources:
        dialogs.append(("SourceDialog", SourceDialog(window.controller, window.controller.brief.sources[0], window)))
    for name, dialog in dialogs:
        dialog.show()
        shot(name, dialog)
        dialog.close()
    window.files.error("Some files were not imported", "2 files could not be imported:\nscan.bin: not a "
                       "supported kind of file\nempty.txt: contains no text",
                       "Convert them to a supported format (text, HTML, PDF, DOCX, e-mail) and import them again.")
    shot("ErrorDialog", window.files.last_error)
    window.files.last_error.close()  # type: ignore[union-attr]
    window.files._exported(folder / "brief.pdf", offer_open=True)
    boxes = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    if boxes:
        shot("ExportFinished", boxes[-1])
        boxes[-1].close()
    many = folder / "many-sources"
    many.mkdir(exist_ok=True)
    for number in range(300):
        (many / f"note-{number:03}.txt").write_text(sentence(random.Random(number)) * 40, encoding="utf-8")
    job = window.files.import_paths([many])
    _idle(app, 0.4)
    shot("ImportInProgress", window)
    if job is not None:
        job.cancel()
    _idle(app, 1.0)
    window.close()
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--make-brief", type=Path)
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--brief", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the figures are for offscreen rendering
    if args.make_brief:
        print(write_brief(args.make_brief, args.sources, args.items))
        return 0
    if args.shots:
        for path in take_shots(args.shots, args.brief):
            print(path)
        sys.stdout.flush()
        os._exit(0)  # as below: no interpreter teardown of the Qt objects
    report(run_benchmarks(args.quick), args.json)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects: nothing is left to save


if __name__ == "__main__":
    sys.exit(main())
