"""Template assets (logo, font files): confined to the template's folder, embeddable as data URIs.

A template names its assets by paths relative to its own file. Such a path may not be absolute
and may not leave the folder (no `..`, no symlink out), because templates come from shared
folders and must never make Briefing read arbitrary files. When a template is stored in a brief
its assets travel with it as `data:` URIs, so the brief exports the same even after the files
change; loading such a snapshot writes each asset once to a content-addressed cache file.
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import os
import stat
import struct
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

import platformdirs

from briefing.images import image_file_problem, image_size_problem
from briefing.templating.schema import FONT_SUFFIXES, LOGO_SUFFIXES, MAX_ASSET_BYTES

_MEDIA_SUFFIX = {"image/png": ".png", "image/jpeg": ".jpg", "font/ttf": ".ttf"}
_MAGIC = {
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "font/ttf": (b"\x00\x01\x00\x00", b"true"),
}


class AssetError(Exception):
    """An asset reference that cannot be used; the message is written for the template's author."""


@dataclass(frozen=True)
class ResolvedAsset:
    """An asset file checked to lie inside its template's folder (placed in data before merging)."""

    path: Path
    media_type: str

    def data_uri(self) -> str:
        return f"data:{self.media_type};base64," + base64.b64encode(self.path.read_bytes()).decode("ascii")


def media_type_for(value: str, kind: str) -> str:
    """The media type an asset path stands for, or AssetError naming what is accepted."""
    suffix = PurePosixPath(value.replace("\\", "/")).suffix.lower()
    if kind == "logo":
        if suffix == ".svg":
            raise AssetError("SVG logos are not supported; save the logo as PNG or JPEG")
        if suffix not in LOGO_SUFFIXES:
            raise AssetError(f"a logo must be a PNG or JPEG file, not {suffix or 'a file without extension'!r}")
        return LOGO_SUFFIXES[suffix]
    if suffix not in FONT_SUFFIXES:
        raise AssetError("a font file must be a TrueType .ttf file")
    return "font/ttf"


def confined_path(value: str, folder: Path, *, owner: str = "template") -> Path:
    """The file `value` names relative to `folder`, refused (AssetError) if the path is absolute, climbs
    out with `..`, or reaches outside the folder through a link. `owner` names the folder in messages
    ("template", "spec"). Templates and brief specs both come from other people: neither may make
    Briefing read a file the user did not put beside it."""
    if PurePosixPath(value).is_absolute() or PureWindowsPath(value).is_absolute() or PureWindowsPath(value).drive:
        raise AssetError(f"{value!r} is an absolute path; name the file relative to the {owner}'s folder")
    parts = value.replace("\\", "/").split("/")
    if ".." in parts:
        raise AssetError(f"{value!r} leaves the {owner}'s folder; keep the file next to the {owner}")
    base = folder.resolve()
    target = (base / value).resolve()
    if not target.is_relative_to(base):
        raise AssetError(f"{value!r} leads outside the {owner}'s folder (through a link); copy the file in")
    return target


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of `path`, which must be a regular file of at most `limit` bytes.

    Opened without following a final link (a link swapped in after `confined_path` looked is not
    followed) and without blocking (a FIFO would wait forever); the type and size are taken from the
    open file, and no more than `limit` bytes are ever read (a file still growing is cut off, not
    read to exhaustion). Raises AssetError, or OSError for what the file system says.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise AssetError("is a link; name the file itself") from None
        raise
    with os.fdopen(handle, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise AssetError("is not a regular file (a device, pipe or socket)")
        if info.st_size > limit:
            raise AssetError(f"is {_megabytes(info.st_size)}, more than the limit of {_megabytes(limit)}")
        blob = stream.read(limit + 1)
    if len(blob) > limit:
        raise AssetError(f"is more than the limit of {_megabytes(limit)}")
    return blob


def resolve_asset(value: str, folder: Path | None, kind: str) -> ResolvedAsset:
    """Check an asset path written in a template in `folder` and return the file it names."""
    media_type = media_type_for(value, kind)
    if folder is None:
        raise AssetError(f"{value!r} is a relative path, but this template text has no folder to find it in")
    target = confined_path(value, folder)
    if not target.is_file():
        raise AssetError(f"{value!r} does not exist in {folder.resolve()}")
    size = target.stat().st_size
    if size > MAX_ASSET_BYTES:
        raise AssetError(f"{value!r} is {size / 1_000_000:.1f} MB; an asset may be at most "
                         f"{MAX_ASSET_BYTES // 1_000_000} MB")
    with target.open("rb") as handle:
        head = handle.read(8)
    if not head.startswith(_MAGIC[media_type]):
        raise AssetError(f"{value!r} is not a valid {_describe(media_type)} file")
    if kind == "logo":
        problem = image_file_problem(target)
        if problem:
            raise AssetError(f"{value!r}: {problem}")
    return ResolvedAsset(target, media_type)


def decode_data_uri(value: str, kind: str) -> tuple[str, bytes]:
    """Media type and bytes of a `data:<type>;base64,<data>` asset (as snapshots store them)."""
    header, _, payload = value.partition(",")
    media_type = header[5:].removesuffix(";base64")
    if not header.endswith(";base64") or media_type not in _MAGIC:
        raise AssetError("an embedded asset must be a base64 data: URI of a PNG, JPEG or TrueType file")
    expected = "font/ttf" if kind == "font" else None
    if (expected and media_type != expected) or (kind == "logo" and media_type == "font/ttf"):
        raise AssetError(f"an embedded {kind} cannot be of type {media_type}")
    try:
        blob = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise AssetError("an embedded asset is not valid base64") from None
    if len(blob) > MAX_ASSET_BYTES or not blob.startswith(_MAGIC[media_type]):
        raise AssetError(f"an embedded asset is not a valid {_describe(media_type)} file")
    problem = image_size_problem(blob) if media_type.startswith("image/") else None
    if problem:
        raise AssetError(f"the embedded {kind}: {problem}")
    return media_type, blob


def materialize(media_type: str, blob: bytes) -> Path:
    """Write embedded asset bytes to the cache once (named by their hash) and return the file."""
    digest = hashlib.sha256(blob).hexdigest()[:32]
    folder = Path(platformdirs.user_cache_dir("Briefing")) / "template-assets"
    target = folder / f"{digest}{_MEDIA_SUFFIX[media_type]}"
    if target.is_file() and target.stat().st_size == len(blob):
        return target
    folder.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=".asset-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
        Path(temp_name).replace(target)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise AssetError(f"the embedded asset cannot be written to {folder} ({error.strerror or error})") from None
    return target


def font_family(path: Path, *, full: bool = False) -> str:
    """The family name inside a TrueType file, which is how writers and Word refer to it.

    `full=True` gives the full name instead ("House Bold"), for telling apart two files of
    one family.

    Only the `name` table is read (a full font parse takes seconds for large fonts, and this
    runs whenever a template is listed).
    """
    try:
        blob = path.read_bytes()
        family = _name_table_family(blob, full=full)
    except (OSError, struct.error, UnicodeDecodeError, ValueError) as error:
        raise AssetError(f"{path.name!r} is not a usable TrueType font ({error})") from None
    if not family:
        raise AssetError(f"{path.name!r} is not a usable TrueType font (it names no font family)")
    if any(unicodedata.category(char) in {"Cc", "Cs"} for char in family):
        # Word files name fonts in XML, where such characters cannot be written.
        raise AssetError(f"{path.name!r} is not a usable TrueType font (its family name holds control characters)")
    return family


def _name_table_family(blob: bytes, *, full: bool = False) -> str:
    count = struct.unpack_from(">H", blob, 4)[0]
    for index in range(count):
        tag, _, offset, _ = struct.unpack_from(">4sIII", blob, 12 + 16 * index)
        if tag == b"name":
            break
    else:
        raise ValueError("no name table")
    _, records, strings = struct.unpack_from(">HHH", blob, offset)
    found: dict[int, str] = {}
    for record in range(records):
        platform, encoding, _, name_id, length, start = struct.unpack_from(">HHHHHH", blob, offset + 6 + 12 * record)
        if name_id not in (1, 4, 16):  # family, full name, typographic family
            continue
        raw = blob[offset + strings + start:offset + strings + start + length]
        if platform in {0, 3}:  # Unicode, Windows
            found.setdefault(name_id, raw.decode("utf-16-be"))
        elif platform == 1 and encoding == 0:
            found.setdefault(name_id, raw.decode("mac_roman"))
    if full:
        return found.get(4, "").strip()
    return (found.get(16) or found.get(1) or "").strip()


def _describe(media_type: str) -> str:
    return {"image/png": "PNG", "image/jpeg": "JPEG", "font/ttf": "TrueType font"}[media_type]


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
