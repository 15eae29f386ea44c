"""The template designer's preview process: validates a template text and renders the preview brief.

Rendering a PDF is pure Python and would hold the GIL the GUI thread needs, so the designer
keeps one child process for the life of its window (`python -m briefing.gui.template_designer_worker`)
and talks to it through its standard streams: each message is a 4-byte big-endian length and a
pickled tuple. Requests are `("render", serial, text, origin, brief_path, want_docx)`; for each,
the child answers `("problems", serial, lines, notes)` first (fast), then `("pdf", serial, bytes,
seconds)` when the template is valid, `("docx", serial, pdf_bytes_or_None, message)` when the
DOCX pages were asked for, and `("done", serial)`. The child imports no Qt; it starts warm
(imports and the preview brief loaded once), so a render after an edit takes tens of milliseconds.
"""

from __future__ import annotations

import contextlib
import pickle
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, BinaryIO

HEADER = struct.Struct(">I")
MAX_MESSAGE = 200_000_000


def write_message(stream: BinaryIO, message: tuple[Any, ...]) -> None:
    blob = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(blob)) + blob)
    stream.flush()


def read_message(stream: BinaryIO) -> tuple[Any, ...] | None:
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        return None
    (size,) = HEADER.unpack(head)
    if size > MAX_MESSAGE:
        return None
    blob = stream.read(size)
    return pickle.loads(blob) if len(blob) == size else None  # from our own parent process


def office_binary() -> str | None:
    """LibreOffice's command, when it is installed (for the DOCX as page images)."""
    return shutil.which("soffice") or shutil.which("libreoffice")


class Renderer:
    """Validation and rendering, with the preview briefs kept loaded between requests."""

    def __init__(self) -> None:
        self.briefs: dict[str, Any] = {}

    def brief(self, path: str) -> Any:
        if path not in self.briefs:
            if path.endswith(".brief"):
                from briefing.store import load_brief

                self.briefs[path] = load_brief(Path(path))
            else:
                from briefing.spec import load_spec

                self.briefs[path] = load_spec(Path(path))
        return self.briefs[path]

    def template(self, text: str, origin: str | None) -> tuple[Any, list[str], list[str]]:
        from briefing.errors import BriefingError, ProblemList
        from briefing.templating import template_from_text

        try:
            template = template_from_text(text, origin=Path(origin) if origin else None)
        except ProblemList as error:
            return None, error.problems, []
        except BriefingError as error:
            return None, [str(error)], []
        return template, [], list(template.reference_notes)

    def pdf(self, template: Any, brief_path: str) -> bytes:
        from briefing.exporting import compose_brief, write_document

        with tempfile.TemporaryDirectory(prefix="briefing-preview-") as folder:
            out = Path(folder) / "preview.pdf"
            write_document(compose_brief(self.brief(brief_path), template), out)
            return out.read_bytes()

    def docx_pages(self, template: Any, brief_path: str) -> tuple[bytes | None, str]:
        office = office_binary()
        if office is None:
            return None, "LibreOffice is not installed, so the DOCX cannot be shown as pages"
        from briefing.exporting import compose_brief, write_document

        with tempfile.TemporaryDirectory(prefix="briefing-preview-") as folder:
            out = Path(folder) / "preview.docx"
            write_document(compose_brief(self.brief(brief_path), template), out)
            try:
                subprocess.run([office, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                                "--convert-to", "pdf", "--outdir", folder, str(out)],
                               capture_output=True, timeout=120, check=True)
            except (OSError, subprocess.SubprocessError) as error:
                return None, f"LibreOffice could not render the DOCX ({error})"
            pages = Path(folder) / "preview.pdf"
            if not pages.is_file():
                return None, "LibreOffice did not render the DOCX"
            return pages.read_bytes(), ""


def serve(requests: BinaryIO, replies: BinaryIO) -> None:
    renderer = Renderer()
    while (message := read_message(requests)) is not None:
        if message[0] != "render":
            continue
        _, serial, text, origin, brief_path, want_docx = message
        try:
            template, problems, notes = renderer.template(text, origin)
            write_message(replies, ("problems", serial, problems, notes))
            if template is not None:
                started = time.perf_counter()
                pdf = renderer.pdf(template, brief_path)
                write_message(replies, ("pdf", serial, pdf, time.perf_counter() - started))
                if want_docx:
                    write_message(replies, ("docx", serial, *renderer.docx_pages(template, brief_path)))
        except Exception as error:  # reported to the designer, which shows it and carries on
            write_message(replies, ("error", serial, f"{type(error).__name__}: {error}"))
        write_message(replies, ("done", serial))


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError, KeyboardInterrupt):
        # Warm up: the imports a render needs, before the first request arrives.
        import briefing.exporting
        import briefing.spec
        import briefing.templating  # noqa: F401

        serve(sys.stdin.buffer, sys.stdout.buffer)
