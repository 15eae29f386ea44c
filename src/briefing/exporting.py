"""One call that turns a brief into a file of any supported format.

The CLI's `build` and `export`, the GUI and the e-mail draft all go through `export_brief`,
so every path to an output file composes the same input for its writer (the Document, or the
e-mail with the PDF made through this same path attached) and writes it the same way: to a
temporary file next to the target, renamed over it only once complete, so a failed export
never leaves half a file or destroys a good one.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.checks import refuse_marking_errors
from briefing.compose import Document, compose
from briefing.errors import BriefingError, write_error
from briefing.model import Brief
from briefing.templating.model import Template
from briefing.writers import format_for, input_of, writer_for
from briefing.writers.eml import DEFAULT_MAX_ATTACHMENT_BYTES

if TYPE_CHECKING:
    from briefing.writers.eml import Attachment, EmlResult, Mail


def template_of(brief: Brief) -> Template:
    """The template a brief is laid out with: the templating module's choice where it offers one
    (it may prefer the copy stored in the brief), else the installed template of that id."""
    from briefing.templating import template_for_brief

    return template_for_brief(brief)


def compose_brief(brief: Brief, template: Template | None = None) -> Document:
    """The Document to export; refuses a brief whose marking `check` calls an error (see `export_brief`)."""
    template = template or template_of(brief)
    refuse_marking_errors(brief, template)
    return compose(brief, template)


def export_brief(brief: Brief, out: Path, *, template: Template | None = None, fmt: str | None = None,
                 options: object = None) -> Path:
    """Write `brief` to `out` in the format its suffix (or `fmt`) names; returns the path written."""
    out = Path(out)
    name = format_for(out, fmt)
    template = template or template_of(brief)
    # A marking the template cannot print (unknown, a look-alike, or no scheme at all) would release the
    # brief unmarked or marked with a label no policy matches: refused here, on every path to a file.
    refuse_marking_errors(brief, template)
    if input_of(name) == "mail":
        mail = compose_mail(brief, template)
        write = writer_for(name)
        write_atomically(out, lambda path: write(mail, path, options))
        return out
    with _cyclic_gc_paused():
        return write_document(compose_brief(brief, template), out, fmt=name, options=options)


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Layout allocates hundreds of thousands of short-lived, acyclic objects; the cyclic collector's
    repeated passes over that growing heap cost 10-15 % of a large export and free nothing. Reference
    counting still frees everything; the collector resumes (if it was on) as soon as the file is written."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def write_document(document: Document, out: Path, *, fmt: str | None = None, options: object = None) -> Path:
    """Write an already composed Document (PDF, DOCX) to `out`, atomically; returns the path."""
    out = Path(out)
    write = writer_for(format_for(out, fmt))
    write_atomically(out, lambda path: write(document, path, options))
    return out


def write_atomically(out: Path, produce: Callable[[Path], None]) -> None:
    """Call `produce(temp_path)`, then move the result over `out`; on any failure remove the temporary file."""
    folder = out.parent if str(out.parent) else Path()
    if not folder.is_dir():
        raise BriefingError(f"{out}: the folder {folder} does not exist; create it or choose another")
    _remove_stale_parts(folder, out.name)
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    try:
        produce(temp)
        with temp.open("rb") as written:  # on the disk before the rename makes it the file people open
            os.fsync(written.fileno())
        temp.chmod(0o666 & ~_umask())  # mkstemp makes the file private; give it the usual permissions
        temp.replace(out)
    except OSError as error:  # raised by the writer or the rename: the file system said no
        raise write_error(out, error) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


STALE_PART_SECONDS = 15 * 60
"""A temporary file this old was left by an export that was killed (a crash, a power cut)."""


def _remove_stale_parts(folder: Path, name: str) -> None:
    """Remove what a killed export of `name` left behind, so hidden half-files do not pile up.

    Only plain files named as `write_atomically` names its temporaries, and only old ones: an
    export of the same name running right now in another window keeps its file.
    """
    pattern = re.compile(rf"\.{re.escape(name)}\.[A-Za-z0-9_]+\.part")
    cutoff = time.time() - STALE_PART_SECONDS
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not pattern.fullmatch(entry.name) or not entry.is_file(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError):
                if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                    Path(entry.path).unlink()


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


# --------------------------------------------------------------------------- e-mail

def render_attachments(brief: Brief, template: Template, *, attach_docx: bool = False) -> list[Attachment]:
    """Export the brief to PDF (and DOCX) through the one export path, and read the bytes back.

    Going through `export_brief` guarantees the attachment is byte for byte what
    `briefing export -o X.pdf` writes, so the digest in the release record can be checked
    against a fresh export.
    """
    from briefing.compose.email import attachment_stem
    from briefing.writers.eml import MEDIA_TYPES, Attachment

    stem = attachment_stem(brief)
    suffixes = [".pdf", ".docx"] if attach_docx else [".pdf"]
    attachments: list[Attachment] = []
    with tempfile.TemporaryDirectory(prefix="briefing-mail-") as folder:
        for suffix in suffixes:
            target = Path(folder) / f"export{suffix}"
            written = export_brief(brief, target, template=template, fmt=suffix.lstrip("."))
            attachments.append(Attachment(f"{stem}{suffix}", Path(written).read_bytes(), MEDIA_TYPES[suffix]))
    return attachments


def compose_mail(brief: Brief, template: Template, *, attach_docx: bool = False) -> Mail:
    """What the e-mail writer writes: the composed message and its rendered attachments."""
    from briefing.compose.email import compose_email
    from briefing.writers.eml import Mail

    attachments = render_attachments(brief, template, attach_docx=attach_docx)
    content = compose_email(brief, template, attachment_names=[a.filename for a in attachments])
    return Mail(content, attachments)


def write_eml(brief: Brief, out_path: Path, *, template: Template, attach_docx: bool = False,
              sender: str | None = None,
              max_attachment_bytes: int | None = DEFAULT_MAX_ATTACHMENT_BYTES) -> EmlResult:
    """Write `brief` as a draft e-mail (`X-Unsent: 1`) with its PDF (and DOCX) attached; returns
    what a release record needs (names, sizes, digests) and a warning when the attachments are
    too large for mail."""
    from briefing.writers import eml

    mail = compose_mail(brief, template, attach_docx=attach_docx)
    out_path = Path(out_path)
    options = eml.EmlOptions(sender=sender, draft=True)
    out_path.parent.mkdir(parents=True, exist_ok=True)  # a draft's folder is made, as it always was
    write_atomically(out_path, lambda path: eml.write(mail, path, options))
    warning = eml.size_warning(mail.attachments, max_attachment_bytes)
    return eml.EmlResult(out_path, mail.content.subject, mail.attachments, out_path.stat().st_size,
                         [warning] if warning else [])
