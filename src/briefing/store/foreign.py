"""What a file that is not a brief looks like, so opening one can say what to do with it instead.

People open the article they meant to import ("File ▸ Open" on a .docx); "not an SQLite
database" tells them nothing. The first bytes name the usual suspects; the advice is to import
the file as a source. The store reads no further than these bytes and parses nothing.
"""

from __future__ import annotations

import re

_HTML = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]", re.I | re.S)
_MAIL = re.compile(rb"^(From|Received|Return-Path|Message-ID|Subject|Date|MIME-Version|To):", re.I | re.M)

IMPORT_ADVICE = "import it into a brief as a source instead (File ▸ Import Sources…, or `briefing import`)"


def foreign_kind(head: bytes, name: str) -> str | None:
    """"a Word document", "a PDF", … for a file Briefing imports as a source; None for anything else."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if head.startswith(b"%PDF-"):
        return "a PDF"
    if head.startswith(b"PK\x03\x04"):
        return "a Word document" if suffix == "docx" or b"word/" in head else None
    if _HTML.match(head.lstrip(b"\xef\xbb\xbf")):
        return "a web page"
    if len(_MAIL.findall(head)) >= 2 and _MAIL.match(head):
        return "an e-mail"
    if suffix in ("txt", "md", "text", "markdown"):
        return "a text file"
    return None
