"""One call that turns a brief into a file of any supported format.

The CLI's `build` and `export`, the GUI and the e-mail writer all go through `export_brief`,
so every path to an output file composes the same Document and writes it the same way:
to a temporary file next to the target, renamed over it only once complete, so a failed
export never leaves half a file or destroys a good one.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefing.checks import refuse_marking_errors
from briefing.compose import Document, compose
from briefing.errors import BriefingError
from briefing.model import Brief
from briefing.templating.model import Template
from briefing.writers import BRIEF_WRITERS, brief_writer_for, format_for, writer_for


def template_of(brief: Brief) -> Template:
    """The template a brief is laid out with: the templating module's choice where it offers one
    (it may prefer the copy stored in the brief), else the installed template of that id."""
    from briefing import templating

    chooser = getattr(templating, "template_for_brief", None)
    if chooser is not None:
        chosen: Template = chooser(brief)
        return chosen
    return templating.load_template(brief.template_id)


def compose_brief(brief: Brief, template: Template | None = None) -> Document:
    """The Document to export; refuses a brief whose marking `check` calls an error (see `export_brief`)."""
    template = template or template_of(brief)
    refuse_marking_errors(brief, template)
    return compose(brief, template)


def export_brief(brief: Brief, out: Path, *, template: Template | None = None, fmt: str | None = None,
                 options: Any = None) -> Path:
    """Write `brief` to `out` in the format its suffix (or `fmt`) names; returns the path written."""
    out = Path(out)
    name = format_for(out, fmt)
    template = template or template_of(brief)
    # A marking the template cannot print (unknown, a look-alike, or no scheme at all) would release the
    # brief unmarked or marked with a label no policy matches: refused here, on every path to a file.
    refuse_marking_errors(brief, template)
    if name in BRIEF_WRITERS:
        brief_writer_for(name)(brief, out, template=template)
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


def write_document(document: Document, out: Path, *, fmt: str | None = None, options: Any = None) -> Path:
    """Write an already composed Document (PDF, DOCX) to `out`, atomically; returns the path."""
    out = Path(out)
    write = writer_for(format_for(out, fmt))
    write_atomically(out, lambda path: write(document, path, options))
    return out


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


def write_atomically(out: Path, produce: Any) -> None:
    """Call `produce(temp_path)`, then move the result over `out`; on any failure remove the temporary file."""
    folder = out.parent if str(out.parent) else Path()
    if not folder.is_dir():
        raise BriefingError(f"{out}: the folder {folder} does not exist; create it or choose another")
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    os.close(handle)
    temp = Path(temp_name)
    try:
        produce(temp)
        temp.chmod(0o666 & ~_umask())  # mkstemp makes the file private; give it the usual permissions
        temp.replace(out)
    except PermissionError as error:
        raise BriefingError(f"{out}: cannot write there ({error.strerror}); choose another place") from error
    except OSError as error:  # raised by the writer or the rename: the file system said no
        if error.errno in _DISK_FULL:
            raise BriefingError(f"{out} could not be written: the disk is full; free some space and try again") \
                from error
        raise BriefingError(f"{out} could not be written ({error.strerror or error}); check the drive and the "
                            f"folder, then try again") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
