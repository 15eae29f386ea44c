"""Images measured from their header, before anything decodes them.

A few kilobytes of PNG can declare an image that takes gigabytes and many seconds to decode (a
decompression bomb), and a template's logo — or a received brief's embedded copy of it — is such a
file from someone else. Every place that loads an image (template validation, compose, the writers)
asks `image_file_problem` first; this module reads headers only and never imports an image library.
"""

from __future__ import annotations

import struct
from pathlib import Path

# A logo is measured from its header before anything decodes it: a few kilobytes of PNG can declare
# an image that takes gigabytes and many seconds to decode (a decompression bomb). A logo is printed
# at most 80 mm wide; 10,000 pixels on a side and 25 megapixels leave room for any real one.
MAX_IMAGE_SIDE = 10_000
MAX_IMAGE_PIXELS = 25_000_000
# JPEG start-of-frame markers (baseline, progressive, lossless, arithmetic): they carry the size.
_JPEG_FRAMES = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_HEADER_BYTES = 1 << 20  # a JPEG's size follows its metadata segments, which a camera makes large


def image_dimensions(blob: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG from its header alone, without decoding a pixel; None if the
    header cannot be read (damaged, or neither format)."""
    if blob.startswith(b"\x89PNG\r\n\x1a\n"):
        if len(blob) < 24 or blob[12:16] != b"IHDR":
            return None
        width, height = struct.unpack_from(">II", blob, 16)
        return width, height
    if blob.startswith(b"\xff\xd8"):
        position = 2
        while position + 4 <= len(blob):
            if blob[position] != 0xFF:
                return None
            marker = blob[position + 1]
            if marker == 0xFF:  # fill byte
                position += 1
                continue
            if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
                position += 2
                continue
            (length,) = struct.unpack_from(">H", blob, position + 2)
            if marker in _JPEG_FRAMES:
                if position + 9 > len(blob):
                    return None
                height, width = struct.unpack_from(">HH", blob, position + 5)
                return width, height
            if marker in (0xD9, 0xDA) or length < 2:  # end of image or start of scan before any frame
                return None
            position += 2 + length
    return None


def image_size_problem(blob: bytes) -> str | None:
    """One sentence if the image in `blob` (its first bytes suffice) is too large to decode safely or
    its size cannot be read; None for an image of a sensible size."""
    size = image_dimensions(blob)
    if size is None:
        return "the image's size cannot be read from its header; save it again as PNG or JPEG"
    width, height = size
    if width <= 0 or height <= 0 or max(width, height) > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        return (f"the image is {width} × {height} pixels; an image may be at most {MAX_IMAGE_SIDE} pixels on a side "
                f"and {MAX_IMAGE_PIXELS // 1_000_000} megapixels; scale it down (a logo needs a few hundred pixels)")
    return None


def image_file_problem(path: Path) -> str | None:
    """`image_size_problem` for a file, reading only its header (what every loader checks first)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEADER_BYTES)
    except OSError as error:
        return f"the image cannot be read ({error.strerror or error})"
    return image_size_problem(head)
