"""Which reader reads a file: by its suffix, checked against what its first bytes say it is.

A name can lie (a PDF saved as .txt, garbage named .docx); the bytes decide when they are
unambiguous (a PDF header, a zip, an OLE container), the suffix decides otherwise.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from datetime import date, datetime
from importlib import import_module
from pathlib import Path

from briefing.ingest.errors import IngestError
from briefing.ingest.limits import DEFAULT_LIMITS, IngestLimits, human_size
from briefing.ingest.text import read_markdown, read_text
from briefing.model.source import Source

Reader = Callable[[bytes, str, IngestLimits], Source]


def _on_first_use(module: str, function: str) -> Reader:
    """The reader `briefing.ingest.<module>.<function>`, its module imported when the first file of
    its format arrives. The HTML, e-mail, Word and PDF readers bring lxml, trafilatura, the email
    package and PDFium with them: a command that reads one text file should not wait for those.
    A reader that cannot be imported fails like any reader does, as that file's IngestError."""
    def read(data: bytes, name: str, limits: IngestLimits) -> Source:
        reader: Reader = getattr(import_module(f"briefing.ingest.{module}"), function)
        return reader(data, name, limits)

    read.__name__ = read.__qualname__ = function
    read.__doc__ = f"`briefing.ingest.{module}.{function}`, imported on first use."
    return read


READERS: dict[str, Reader] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": _on_first_use("html", "read_html"),
    "docx": _on_first_use("docx", "read_docx"),
    "pdf": _on_first_use("pdf", "read_pdf"),
    "eml": _on_first_use("eml", "read_eml"),
    "mhtml": _on_first_use("mhtml", "read_mhtml"),
}

SUFFIXES: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".htm": "html", ".html": "html", ".xhtml": "html", ".docx": "docx", ".pdf": "pdf", ".eml": "eml",
    ".mht": "mhtml", ".mhtml": "mhtml",
}

CONTENT_TYPES: dict[str, str] = {
    "text/plain": "text", "text/markdown": "markdown", "text/html": "html", "application/xhtml+xml": "html",
    "application/pdf": "pdf", "message/rfc822": "eml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}

# Formats people will try, with what to do instead.
UNSUPPORTED: dict[str, str] = {
    ".doc": "is a legacy Word (.doc) file; save it as DOCX and import that",
    ".msg": "is an Outlook .msg file; save the message as .eml and import that",
    ".rtf": "is an RTF file; save it as DOCX or plain text and import that",
    ".odt": "is an OpenDocument file; save it as DOCX and import that",
    ".pages": "is a Pages file; export it as DOCX or PDF and import that",
    ".zip": "is a zip archive; unpack it and import the folder",
}
_IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".heic")
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)[\s>]", re.I | re.S)
_MAIL_HEADER = re.compile(
    rb"^(From|Received|Return-Path|Message-ID|Subject|Date|MIME-Version|To|Delivered-To|X-[\w-]+):", re.I | re.M
)


def supported(path: Path) -> bool:
    """Whether a file found in a folder is worth trying (its suffix names a format we read)."""
    return path.suffix.lower() in SUFFIXES


def sniff(data: bytes) -> str | None:
    """The format the bytes themselves declare, or None when they do not declare one."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] or b"[Content_Types].xml" in head else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    if len(_MAIL_HEADER.findall(head[:1024])) >= 2 and _MAIL_HEADER.match(head):
        return "eml"
    return None


_OFFICE_KINDS = {".docx": "Word", ".doc": "Word", ".docm": "Word", ".xlsx": "Excel", ".pptx": "PowerPoint"}
_ENCRYPTION_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


def _encrypted_office(data: bytes) -> bool:
    """An OLE container holding an `EncryptionInfo` stream: how Office stores a DOCX, XLSX or
    PPTX with a password to open (MS-OFFCRYPTO). The names sit in the compound file's directory,
    UTF-16 encoded; the container is small next to the encrypted package, so a scan is cheap."""
    return all(name in data for name in _ENCRYPTION_STREAMS)


def choose_format(data: bytes, name: str, content_type: str | None = None) -> str:
    """The reader for these bytes, or IngestError saying why none fits."""
    suffix = Path(name).suffix.lower()
    claimed = SUFFIXES.get(suffix) or CONTENT_TYPES.get((content_type or "").lower())
    found = sniff(data)
    if found == "ole":
        if _encrypted_office(data):
            raise IngestError(f"this {_OFFICE_KINDS.get(suffix, 'Office')} file is password-protected; "
                              "open it, save a copy without the password and import that")
        raise IngestError(UNSUPPORTED.get(suffix, "is an old Microsoft Office file (.doc, .xls or .msg); "
                                                  "save it as DOCX or .eml and import that"))
    if found == "zip":
        if claimed == "docx":
            raise IngestError("is a zip file but not a Word document (it has no document inside)")
        raise IngestError(UNSUPPORTED[".zip"])
    if found in ("pdf", "docx"):
        return found
    if claimed in ("pdf", "docx"):
        kind = "PDF" if claimed == "pdf" else "DOCX"
        raise IngestError(f"is not a {kind} file (its content does not start like one); it may be damaged or renamed")
    if claimed:
        return claimed
    if suffix in UNSUPPORTED:
        raise IngestError(UNSUPPORTED[suffix])
    if suffix in _IMAGES or (content_type or "").startswith("image/"):
        raise IngestError("is an image; Briefing imports text (run OCR on it first)")
    return found or "text"


def read_bytes(data: bytes, name: str, limits: IngestLimits = DEFAULT_LIMITS, *,
               content_type: str | None = None) -> Source:
    """Read a file's bytes as a Source, or raise IngestError with a one-line reason.

    Any failure inside a reader, expected or not, comes out as IngestError: one bad file
    must never stop an import of many.
    """
    if not data:
        raise IngestError("is empty (0 bytes)")
    if len(data) > limits.max_file_bytes:
        raise IngestError(f"is {human_size(len(data))}, more than the limit of {human_size(limits.max_file_bytes)}")
    reader = READERS[choose_format(data, name, content_type)]
    try:
        return reader(data, name, limits)
    except IngestError:
        raise
    except MemoryError:
        raise IngestError("is too large to read in the memory available") from None
    except RecursionError:
        raise IngestError("is nested too deeply to read (a damaged or hostile file)") from None
    except Exception as error:
        detail = str(error).strip().splitlines()[0][:160] if str(error).strip() else ""
        raise IngestError(f"could not be read ({type(error).__name__}{': ' + detail if detail else ''})") from None


def read_source(path: str | os.PathLike[str], limits: IngestLimits = DEFAULT_LIMITS) -> Source:
    """Read one file as a Source (raising IngestError, whose `where` is the path).

    The size is checked from the file system before anything is read, so an oversized file
    costs one stat call. The access date defaults to the day the file was last saved, which
    for a saved web page is the day the analyst read it.
    """
    path = Path(path)
    try:
        try:
            info = path.stat()
        except FileNotFoundError:
            if path.is_symlink():
                raise IngestError("is a broken link (its target does not exist)") from None
            raise IngestError("does not exist") from None
        except PermissionError:
            raise IngestError("cannot be read: permission denied") from None
        except OSError as error:
            raise IngestError(f"cannot be read: {error.strerror or error}") from None
        if stat.S_ISDIR(info.st_mode):
            raise IngestError("is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise IngestError("is not a regular file (a device, pipe or socket)")
        if info.st_size == 0:
            raise IngestError("is empty (0 bytes)")
        if info.st_size > limits.max_file_bytes:
            raise IngestError(
                f"is {human_size(info.st_size)}, more than the limit of {human_size(limits.max_file_bytes)} "
                "(the limit can be raised in settings)"
            )
        try:
            with path.open("rb") as handle:
                # As many bytes as the file has (read(n) sets aside n bytes at once, and the
                # limit is far more than most files need), and what it gained since, to the limit.
                data = handle.read(info.st_size + 1)
                if len(data) > info.st_size:
                    data += handle.read(max(0, limits.max_file_bytes + 1 - len(data)))
                if len(data) > limits.max_file_bytes:
                    raise IngestError(f"is more than the limit of {human_size(limits.max_file_bytes)} "
                                      "(the limit can be raised in settings)")
        except PermissionError:
            raise IngestError("cannot be read: permission denied") from None
        except OSError as error:
            raise IngestError(f"cannot be read: {error.strerror or error}") from None
        source = read_bytes(data, display_path(path), limits)
    except IngestError as error:
        raise IngestError(error.reason, where=display_path(path)) from None
    if source.accessed is None:
        source.accessed = _day(info.st_mtime)
    source.extra.setdefault("file", display_path(path.name))
    return source


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as text that can be shown and stored: bytes of a file name that are not valid
    UTF-8 (possible on Linux) become U+FFFD instead of the lone surrogates Python keeps them as."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _day(timestamp: float) -> date | None:
    try:
        return datetime.fromtimestamp(timestamp).date()
    except (OverflowError, OSError, ValueError):
        return None
