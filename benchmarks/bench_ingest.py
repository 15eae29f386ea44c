"""Benchmark: import 1,000 mixed files (~10 MB of text) into a brief, then search them.

    python benchmarks/bench_ingest.py [--quick] [--files 1000] [--kb 10] [--keep DIR] [--json]

Generates fictional material (plain text in UTF-8 and Windows-1251, Markdown, HTML, DOCX,
PDF and e-mail), imports it with `briefing.ingest.import_paths`, saves the brief with the
store and times full-text searches. Not a test: it prints figures to record, it asserts nothing.
Targets: import at 6.6 MB/s of text or better, a search under 20 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from email.message import EmailMessage
from pathlib import Path

_ENGLISH = (
    "delegation ministry border ceasefire talks envoy statement official agency report council convoy "
    "harbour corridor grain shipment sanctions treaty summit observer mission district governor militia "
    "parliament coalition election turnout spokesperson briefing negotiator proposal draft framework "
    "monitoring verification withdrawal exchange prisoners humanitarian access supply route bridge "
    "railway pipeline energy grid outage repairs winter reserves budget loan creditor inflation currency"
)
_RUSSIAN = "делегация министерство граница переговоры заявление агентство совет конвой гавань коридор"
WORDS = tuple(_ENGLISH.split())
CYRILLIC = tuple(_RUSSIAN.split())
FORMATS = ("txt", "txt1251", "md", "html", "docx", "pdf", "eml")
WEIGHTS = (30, 10, 10, 20, 12, 10, 8)


def sentence(rng: random.Random, words: tuple[str, ...]) -> str:
    chosen = [rng.choice(words) for _ in range(rng.randint(8, 22))]
    return chosen[0].capitalize() + " " + " ".join(chosen[1:]) + "."


def paragraphs(rng: random.Random, size: int, words: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    total = 0
    while total < size:
        para = " ".join(sentence(rng, words) for _ in range(rng.randint(2, 6)))
        out.append(para)
        total += len(para) + 2
    return out


def write_file(folder: Path, index: int, kind: str, rng: random.Random, size: int) -> int:
    """Write one file; return the length of its text in characters."""
    title = f"Report {index}: {sentence(rng, WORDS)[:-1]}"
    body = paragraphs(rng, size, CYRILLIC if kind == "txt1251" else WORDS)
    text_chars = len(title) + sum(len(p) + 2 for p in body)
    path = folder / f"{index:04}-{kind}"
    if kind in ("txt", "txt1251"):
        encoding = "cp1251" if kind == "txt1251" else "utf-8"
        path.with_suffix(".txt").write_bytes("\n\n".join([title, *body]).encode(encoding))
    elif kind == "md":
        path.with_suffix(".md").write_text("\n\n".join([f"# {title}", *body]), encoding="utf-8")
    elif kind == "html":
        ps = "".join(f"<p>{p}</p>" for p in body)
        page = (f"<html><head><title>{title}</title><meta name='author' content='Desk'>"
                "<script>var tracking = 1;</script><style>p{margin:0}</style></head><body>"
                "<nav><a href='/'>Home</a></nav><article><h1>" + title + "</h1>" + ps +
                "</article><footer>Footer</footer></body></html>")
        path.with_suffix(".html").write_text(page, encoding="utf-8")
    elif kind == "docx":
        import docx

        document = docx.Document()
        document.add_heading(title, level=1)
        for p in body:
            document.add_paragraph(p)
        document.core_properties.title = title
        document.save(str(path.with_suffix(".docx")))
    elif kind == "pdf":
        from reportlab.lib.styles import getSampleStyleSheet
        from reportlab.platypus import Paragraph, SimpleDocTemplate

        styles = getSampleStyleSheet()
        document = SimpleDocTemplate(str(path.with_suffix(".pdf")), title=title)
        document.build([Paragraph(title, styles["Heading1"]), *(Paragraph(p, styles["BodyText"]) for p in body)])
    elif kind == "eml":
        message = EmailMessage()
        message["From"] = "Desk <desk@example.org>"
        message["To"] = "team@example.org"
        message["Subject"] = title
        message["Date"] = "Thu, 20 Nov 2025 16:30:00 +0000"
        message.set_content("\n\n".join(body))
        path.with_suffix(".eml").write_bytes(bytes(message))
    return text_chars


def generate(folder: Path, count: int, kilobytes: float, seed: int = 7) -> tuple[int, dict[str, int]]:
    rng = random.Random(seed)
    chars = 0
    by_kind: dict[str, int] = defaultdict(int)
    for index in range(count):
        kind = rng.choices(FORMATS, WEIGHTS)[0]
        size = int(kilobytes * 1024 * rng.uniform(0.5, 1.5))
        chars += write_file(folder, index, kind, rng, size)
        by_kind[kind] += 1
    return chars, dict(by_kind)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 files, one run")
    parser.add_argument("--json", action="store_true", help="JSON rows for run.py")
    parser.add_argument("--files", type=int, help="how many files (default 1000, --quick 100)")
    parser.add_argument("--kb", type=float, default=10.0, help="average text per file in kB")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it (reused if not empty)")
    parser.add_argument("--runs", type=int, help="import runs (default 3, --quick 1)")
    args = parser.parse_args(argv)
    count = args.files or (100 if args.quick else 1000)
    runs = args.runs or (1 if args.quick else 3)
    say = (lambda *a: print(*a, file=sys.stderr)) if args.json else print

    from harness import Row, peak_rss_mb, report

    from briefing.ingest import import_paths
    from briefing.model import Brief

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch) / "material"
        folder.mkdir(parents=True, exist_ok=True)
        if any(folder.iterdir()):
            say(f"reusing the files in {folder}")
        else:
            started = time.perf_counter()
            chars, by_kind = generate(folder, count, args.kb)
            say(f"generated {count} files ({chars / 1e6:.1f} M characters of text) in "
                f"{time.perf_counter() - started:.1f} s: {by_kind}")

        samples: list[float] = []
        cpu_samples: list[float] = []  # CPU time of this process
        helper_cpu: list[float] = []  # and of the helper processes (each has ended when the import returns)
        brief = Brief()
        loads = [os.getloadavg()[0]]
        for _ in range(runs):
            brief = Brief()
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            started, cpu_started = time.perf_counter(), time.process_time()
            report_ = import_paths(brief, [folder])
            samples.append(time.perf_counter() - started)
            cpu_samples.append(time.process_time() - cpu_started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            helper_cpu.append(after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime)
            loads.append(os.getloadavg()[0])
        text_bytes = sum(len(s.text.encode("utf-8")) for s in brief.sources)
        median = statistics.median(samples)
        rate = text_bytes / 1e6 / median
        rates = sorted(text_bytes / 1e6 / sample for sample in samples)
        cpu_total = statistics.median(c + h for c, h in zip(cpu_samples, helper_cpu, strict=True))
        # On a machine with a core free for each process the import takes about as long as its
        # busier process: the rate to expect there, whatever else kept this machine busy.
        busier = statistics.median(max(c, h) for c, h in zip(cpu_samples, helper_cpu, strict=True))
        helper_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        largest = max((path.stat().st_size for path in folder.rglob("*") if path.is_file()), default=0)
        say(f"import: {report_.summary()}; {text_bytes / 1e6:.1f} MB of text; median {median:.2f} s "
            f"-> {rate:.1f} MB/s of text (runs {rates[0]:.1f}-{rates[-1]:.1f}), "
            f"{len(brief.sources) / median:.0f} files/s; load average {min(loads):.1f}-{max(loads):.1f}")
        rows.append(Row("ingest", f"import {len(brief.sources)} mixed files ({text_bytes / 1e6:.1f} MB text)",
                        median, max(samples) - min(samples), runs, peak_rss_mb(), ">= 6.6 MB/s of text",
                        f"{rate:.1f} MB/s (runs {rates[0]:.1f}-{rates[-1]:.1f}); CPU {cpu_total:.2f} s "
                        f"({text_bytes / 1e6 / cpu_total:.1f} MB/s of CPU time; busier process "
                        f"{text_bytes / 1e6 / busier:.1f} MB/s), of which this process "
                        f"{statistics.median(cpu_samples):.2f} s, the helper {statistics.median(helper_cpu):.2f} s; "
                        f"helper peak {helper_peak:.0f} MB (largest file {largest / 1e3:.0f} kB: cap "
                        f"{(4 * largest + 200e6) / 1e6:.0f} MB); load average {min(loads):.1f}-{max(loads):.1f}; "
                        f"{report_.summary()}"))
        # A folder without PDFs (saved pages, notes, mail): the helper starts for the import alone.
        others = [path for path in sorted(folder.iterdir()) if path.suffix != ".pdf"]
        timings, cpu_split = [], []
        for _ in range(runs):
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            started, cpu_started = time.perf_counter(), time.process_time()
            other_report = import_paths(Brief(), others)
            timings.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu_split.append((time.process_time() - cpu_started,
                              after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime))
        other_bytes = sum(len(item.source.text.encode("utf-8")) for item in other_report.imported)
        other_median = statistics.median(timings)
        rows.append(Row("ingest", f"import the {len(others)} files other than PDFs ({other_bytes / 1e6:.1f} MB text)",
                        other_median, max(timings) - min(timings), runs, None, ">= 6.6 MB/s of text",
                        f"{other_bytes / 1e6 / other_median:.1f} MB/s; CPU of this process "
                        f"{statistics.median(c for c, _ in cpu_split):.2f} s, of the helper "
                        f"{statistics.median(h for _, h in cpu_split):.2f} s"))
        # Each format read on its own, one file after another in this process: what a reader costs.
        from briefing.ingest import read_source

        text_by_kind: dict[str, int] = defaultdict(int)
        files_by_kind: dict[str, list[Path]] = defaultdict(list)
        for item in report_.imported:
            text_by_kind[Path(item.path).suffix] += len(item.source.text.encode("utf-8"))
            files_by_kind[Path(item.path).suffix].append(Path(item.path))
        for kind, paths in sorted(files_by_kind.items()):
            started = time.perf_counter()
            for path in paths:
                read_source(path)
            seconds = time.perf_counter() - started
            megabytes = text_by_kind[kind] / 1e6
            rows.append(Row("ingest", f"  {kind} files ({len(paths)}), read one by one", seconds, 0.0, 1, None, "",
                            f"{megabytes:.1f} MB text, {megabytes / seconds:.1f} MB/s"))

        try:
            from briefing.store import BriefFile, search_sources
        except ImportError:
            say("search: the store is not available in this checkout; skipped")
            report(rows, args.json)
            return 0
        target = Path(scratch) / "bench.brief"
        started = time.perf_counter()
        BriefFile.create(target, brief).close()
        saved = time.perf_counter() - started
        rows.append(Row("ingest", f"save {len(brief.sources)} sources to a new .brief", saved, 0.0, 1, None, "",
                        f"{target.stat().st_size / 1e6:.1f} MB file"))
        rng = random.Random(3)
        common = [rng.choice(WORDS) for _ in range(60)]  # in nearly every source: the worst case
        common += [f"{rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(30)]
        common += [rng.choice(CYRILLIC) for _ in range(10)]
        selective = [f"report {rng.randrange(count)}" for _ in range(50)]  # a handful of sources
        selective += [f'"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(WORDS)}"' for _ in range(50)]
        search_sources(target, "warmup", 20)
        with BriefFile.open(target, readonly=True) as opened:
            for label, queries, search in (
                ("common words, file opened per query (CLI)", common, lambda q: search_sources(target, q, 20)),
                ("common words, open file (GUI)", common, lambda q: opened.search(q, 20)),
                ("selective queries, open file (GUI)", selective, lambda q: opened.search(q, 20)),
            ):
                timings = []
                hits = 0
                for query in queries:
                    started = time.perf_counter()
                    hits += len(search(query))
                    timings.append(time.perf_counter() - started)
                timings.sort()
                p95 = timings[int(len(timings) * 0.95) - 1]
                say(f"search, {label}: {len(queries)} queries, {hits} hits; median "
                    f"{statistics.median(timings) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")
                rows.append(Row("ingest", f"search {len(brief.sources)} sources: {label}",
                                statistics.median(timings), timings[-1] - timings[0], len(timings), None,
                                "< 20 ms", f"p95 {p95 * 1000:.1f} ms; {hits} hits (limit 20)"))
    report(rows, args.json)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
