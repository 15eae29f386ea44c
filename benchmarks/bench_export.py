"""Export benchmark: briefs of 1,000, 10,000 and 100,000 words (10, 100, 1,000 citations) to PDF and DOCX.

    python benchmarks/bench_export.py [--quick] [--json]

Rows:
- in-process write (compose + writer) at three sizes, each size and format in its own interpreter
  so that its peak memory is its own; the µs-per-word note shows whether the cost grows worse
  than linearly;
- the whole `briefing export FILE.brief -o OUT` command at the largest size, as a user waits for it
  (interpreter start, reading the .brief, composing, writing);
- the tools an analyst would otherwise use on the same content, where installed: pandoc
  (Markdown → DOCX) and LibreOffice headless (DOCX → PDF, converting our own DOCX), with the
  ratio to our command.
Targets: PDF under 1.5 s and ≥ 3× faster than LibreOffice; DOCX under 0.7 s and ≥ 2× faster than
pandoc; peak memory under 500 MB.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from harness import Row, isolated, parse_args, peak_rss_mb, report, run_process, timed

# isort: split
from generate import make_brief

from briefing.model import Brief

TEMPLATE = "situation-brief"
KINDS = (("summary", "prose"), ("actors", "actor"), ("questions", "question"), ("caveats", "caveat"))
SIZES = ((1_000, 10), (10_000, 100), (100_000, 1_000))
QUICK_SIZES = ((1_000, 10), (3_000, 30), (10_000, 100))
TARGETS = {"pdf": "< 1.5 s", "docx": "< 0.7 s"}
MEMORY = "< 500 MB"


def brief_of(words: int, citations: int) -> Brief:
    return make_brief(words, citations, max(citations // 20, 5), kinds=KINDS)


def label(words: int, citations: int) -> str:
    return f"{words // 1000}k words, {citations:,} citations"


def measure_write(fmt: str, words: int, citations: int, quick: bool) -> Row:
    """In-process: compose and write one brief (in this fresh interpreter), median of several runs."""
    from briefing.exporting import export_brief
    from briefing.templating import load_template

    runs = 1 if quick else (3 if words >= 100_000 else 5)
    brief = brief_of(words, citations)
    template = load_template(TEMPLATE)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"bench.{fmt}"
        median, spread = timed(lambda: export_brief(brief, out, template=template), runs, warmup=1)
        cpu_start = time.process_time()
        export_brief(brief, out, template=template)
        cpu = time.process_time() - cpu_start  # the machine may be shared: CPU time is the work itself
        size = out.stat().st_size
    target = f"{TARGETS[fmt]}, {MEMORY}" if words >= 100_000 else ""
    return Row("export", f"{fmt.upper()} in-process ({label(words, citations)})", median, spread, runs,
               peak_rss_mb(), target,
               f"{median / words * 1e6:.1f} µs/word; CPU {cpu:.2f} s; {size / 1e6:.1f} MB file")


def markdown_of(brief: Brief) -> str:
    """The brief as the Markdown an analyst would hand to pandoc: headings, paragraphs, footnoted quotes."""
    titles = {source.id: source.title for source in brief.sources}
    lines = [f"# {brief.title}", "", f"*{brief.subtitle}*", ""]
    notes: list[str] = []
    for section in brief.sections:
        lines += [f"## {section.key.capitalize()}", ""]
        for item in section.items:
            text = item.text
            if item.name:
                text = f"**{item.name}** ({item.role}, {item.affiliation}). {text}"
            for citation in item.citations:
                notes.append(f'[^{len(notes) + 1}]: {titles[citation.source_id]}: "{citation.quote}"')
                text += f"[^{len(notes)}]"
            lines += [text, ""]
    lines += ["## Sources", ""]
    lines += [f"{n}. {s.title}, {s.publisher}, {s.published}. <{s.url}>" for n, s in enumerate(brief.sources, 1)]
    return "\n".join([*lines, "", *notes]) + "\n"


def whole_process(quick: bool) -> list[Row]:
    """The `briefing export` command, then pandoc and LibreOffice on the same content, with ratios."""
    from briefing.store import save_brief

    words, citations = QUICK_SIZES[-1] if quick else SIZES[-1]
    runs = 1 if quick else 3
    case = label(words, citations)
    brief = brief_of(words, citations)
    brief.template_id = TEMPLATE
    rows: list[Row] = []
    ours: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        saved = folder / "bench.brief"
        save_brief(saved, brief)
        for fmt in ("pdf", "docx"):
            out = folder / f"ours.{fmt}"
            argv = [sys.executable, "-m", "briefing", "export", str(saved), "-o", str(out)]
            median, spread, peak, cpu = run_process(argv, runs, warmup=0 if quick else 1)
            ours[fmt] = median
            rows.append(Row("export", f"CLI `briefing export` → {fmt.upper()} ({case})", median, spread, runs,
                            peak, f"{TARGETS[fmt]}, {MEMORY}" if not quick else "",
                            f"whole process; CPU {cpu:.2f} s; {median / words * 1e6:.1f} µs/word"))
        pandoc = shutil.which("pandoc")
        if pandoc is None:
            rows.append(Row("export", "pandoc Markdown → DOCX", 0.0, 0.0, 0, None, "ours ≥ 2× faster",
                            "skipped: pandoc is not installed"))
        else:
            source = folder / "content.md"
            source.write_text(markdown_of(brief), encoding="utf-8")
            argv = [pandoc, str(source), "-o", str(folder / "pandoc.docx")]
            median, spread, peak, cpu = run_process(argv, runs, warmup=0 if quick else 1)
            rows.append(Row("export", f"pandoc Markdown → DOCX ({case})", median, spread, runs, peak,
                            "ours ≥ 2× faster",
                            f"pandoc / our DOCX command = {median / ours['docx']:.1f}× (CPU {cpu:.2f} s)"))
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            rows.append(Row("export", "LibreOffice DOCX → PDF", 0.0, 0.0, 0, None, "ours ≥ 3× faster",
                            "skipped: LibreOffice is not installed"))
        elif quick:
            rows.append(Row("export", "LibreOffice DOCX → PDF", 0.0, 0.0, 0, None, "ours ≥ 3× faster",
                            "skipped in --quick (several seconds a run)"))
        else:
            profile = folder / "lo-profile"  # a private profile: never touches (or waits for) the user's
            argv = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(folder / "lo"), str(folder / "ours.docx")]
            median, spread, peak, cpu = run_process(argv, runs, warmup=1)
            rows.append(Row("export", f"LibreOffice headless DOCX → PDF ({case})", median, spread, runs, peak,
                            "ours ≥ 3× faster",
                            f"LibreOffice / our PDF command = {median / ours['pdf']:.1f}× (CPU {cpu:.2f} s)"))
    return rows


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    if args.case:  # one in-process measurement, in this fresh interpreter (see harness.isolated)
        fmt = args.case
        words, citations = (int(value) for value in args.arg)
        report([measure_write(fmt, words, citations, args.quick)], args.json)
        return 0
    rows: list[Row] = []
    sizes = QUICK_SIZES if args.quick else SIZES
    for fmt in ("pdf", "docx"):
        per_word: list[float] = []
        for words, citations in sizes:
            if args.quick:  # one interpreter for all: quicker, but the peak memory is shared
                row = measure_write(fmt, words, citations, True)
                row.note += "; peak shared (--quick)"
            else:
                row = isolated(Path(__file__), fmt, False, "--arg", str(words), "--arg", str(citations))[0]
            per_word.append(row.median_s / words)
            rows.append(row)
        first, second = per_word[1] / per_word[0], per_word[2] / per_word[1]
        rows.append(Row("export", f"{fmt.upper()} growth {sizes[0][0] // 1000}k → {sizes[-1][0] // 1000}k words",
                        rows[-1].median_s, rows[-1].spread_s, rows[-1].runs, None, "≈ linear",
                        f"time per word ×{first:.2f} then ×{second:.2f} from size to size "
                        "(1 = linear, < 1 = fixed costs shared out)"))
    rows.extend(whole_process(args.quick))
    report(rows, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
