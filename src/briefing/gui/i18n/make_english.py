"""Regenerate the English plural forms: `python src/briefing/gui/i18n/make_english.py`.

Runs PySide6's lupdate over the GUI sources (plural strings only), fills each "%n thing(s)"
with "%n thing" and "%n things", and compiles the .qm the app loads. Run it after adding a
string that uses %n.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import PySide6

HERE = Path(__file__).resolve().parent
TOOLS = Path(PySide6.__file__).resolve().parent
TS = HERE / "briefing_en.ts"
SPECIAL = {
    "%n citation(s) point into this source": ("%n citation points into this source",
                                             "%n citations point into this source"),
}


def _fill(match: re.Match[str]) -> str:
    source = match.group(1).replace("&amp;", "&")
    one, many = SPECIAL.get(source, (source.replace("(s)", ""), source.replace("(s)", "s")))
    forms = "".join(f"\n            <numerusform>{form.replace('&', '&amp;')}</numerusform>" for form in (one, many))
    return f"<source>{match.group(1)}</source>\n        <translation>{forms}\n        </translation>"


def main() -> int:
    sources = sorted(str(p) for p in HERE.parent.glob("*.py"))
    subprocess.run([str(TOOLS / "lupdate"), "-pluralonly", "-no-obsolete", *sources, "-ts", str(TS)], check=True)
    text = re.sub(r"<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>", _fill, TS.read_text("utf-8"),
                  flags=re.S)
    TS.write_text(text, "utf-8")
    subprocess.run([str(TOOLS / "lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
