"""Main text of real web pages: how much of the article the HTML reader finds, how much boilerplate it keeps.

    python benchmarks/eval_web_pages.py PATH [--json] [--show N] [--only WORD]

PATH is a folder holding an evaluation set in trafilatura's format: `evaldata.json`, a mapping
of page URL to {"file": NAME, "with": [passages of main text], "without": [boilerplate
passages]}, with the pages in `PATH/eval/` or `PATH/cache/`. The set used in
benchmarks/RESULTS.md is the `tests/` folder of trafilatura's public repository (990 real news,
blog, magazine and government pages in many languages, annotated by the BBAW; Apache-2.0); it
is not shipped with Briefing and is read only from where it is given. Both sides are compared
after white space is collapsed, as that set's own scorer does, and without the characters a
reader never sees (soft hyphen U+00AD, zero-width space U+200B, zero-width non-joiner and joiner
U+200C/U+200D, word joiner U+2060, byte order mark U+FEFF): some annotated passages keep a
page's soft hyphens, which the reader drops as it drops them everywhere.

Not a test: it prints the share of main passages found (target >= 97 %) and of boilerplate
passages kept (target <= 10 %), and with --show the pages that lost passages.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", _INVISIBLE.sub("", text)).strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="folder with evaldata.json and eval/ (trafilatura's tests/)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", type=int, default=0, help="list up to N pages with missed or kept passages")
    parser.add_argument("--only", help="evaluate only pages whose file name contains this")
    args = parser.parse_args(argv)
    annotations = json.loads((args.path / "evaldata.json").read_text(encoding="utf-8"))

    from briefing.ingest.errors import IngestError
    from briefing.ingest.html import read_html
    from briefing.ingest.limits import DEFAULT_LIMITS

    found = kept = wanted = unwanted = pages = errors = 0
    problems: list[str] = []
    started = time.perf_counter()
    for url, item in sorted(annotations.items()):
        if args.only and args.only not in item["file"]:
            continue
        page = next((folder / item["file"] for folder in (args.path / "cache", args.path / "eval")
                     if (folder / item["file"]).is_file()), None)
        if page is None:
            continue
        pages += 1
        try:
            text = _norm(read_html(page.read_bytes(), page.name, DEFAULT_LIMITS).text)
        except IngestError:
            text = ""
            errors += 1
        missed = [passage for passage in item["with"] if _norm(passage) not in text]
        leaked = [passage for passage in item["without"] if _norm(passage) in text]
        found += len(item["with"]) - len(missed)
        kept += len(leaked)
        wanted += len(item["with"])
        unwanted += len(item["without"])
        if missed or leaked:
            problems.append(f"{item['file']} ({url}): missed {missed!r}; kept {leaked!r}")
    seconds = time.perf_counter() - started
    figures = {"pages": pages, "refused": errors, "main_found": found, "main_total": wanted,
               "boilerplate_kept": kept, "boilerplate_total": unwanted, "seconds": round(seconds, 1),
               "recall": round(found / max(wanted, 1), 4), "boilerplate_rate": round(kept / max(unwanted, 1), 4)}
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{pages} pages ({errors} refused) in {seconds:.1f} s: main passages found "
              f"{found}/{wanted} = {figures['recall']:.1%} (target >= 97 %); boilerplate kept "
              f"{kept}/{unwanted} = {figures['boilerplate_rate']:.1%} (target <= 10 %)")
        for line in problems[: args.show]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
