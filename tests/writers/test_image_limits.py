"""Logos are measured from their header before anything decodes them.

Regression for the audit: a PNG decompression bomb as a template logo passed validation and cost
13 s and 2.5 GB at PDF export (also from a received brief's embedded template copy); a 20,000 ×
20,000 logo failed export with PIL's internal message. Both are now refused in one sentence when
the template is validated, and a logo that reaches a writer unvalidated is left out with a warning.
"""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

import pytest
import yaml

from briefing.compose import compose
from briefing.errors import BriefingError
from briefing.images import image_size_problem
from briefing.templating import template_from_text, validate_template_file
from briefing.templating.model import Branding
from briefing.writers import docx, pdf

from .conftest import sample_brief, situation_template


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, *, rows: int | None = None) -> bytes:
    """A greyscale PNG whose pixel data is all zeros, compressed: `rows` of them (all by default), so a
    huge image costs a few kilobytes on disk and width × height bytes to decode."""
    packer = zlib.compressobj(9)
    row = bytes(width + 1)
    body = b"".join(packer.compress(row) for _ in range(height if rows is None else rows)) + packer.flush()
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + _chunk(b"IDAT", body) + _chunk(b"IEND", b""))


def jpeg_header(width: int, height: int) -> bytes:
    """The start of a baseline JPEG: SOI, an APP0 segment, and the SOF0 frame header with the size."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


@pytest.mark.parametrize(("blob", "expected"), [
    (png(120, 40), None),
    (png(6000, 6000, rows=1), "6000 × 6000 pixels"),
    (png(20_000, 20_000, rows=1), "20000 × 20000 pixels"),
    (png(30_000, 10, rows=1), "30000 × 10 pixels"),
    (jpeg_header(640, 480), None),
    (jpeg_header(20_000, 20_000), "20000 × 20000 pixels"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 4, "cannot be read"),
])
def test_the_size_comes_from_the_header(blob: bytes, expected: str | None) -> None:
    problem = image_size_problem(blob)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem and "\n" not in problem


@pytest.mark.parametrize("size", [(6000, 6000), (20_000, 20_000)])
def test_validation_refuses_a_bomb_logo(tmp_path: Path, size: tuple[int, int]) -> None:
    (tmp_path / "logo.png").write_bytes(png(*size, rows=1))
    (tmp_path / "t.yaml").write_text("id: t\nname: T\nextends: situation-brief\nbranding: {logo: logo.png}\n",
                                     encoding="utf-8")
    problems = validate_template_file(tmp_path / "t.yaml")
    assert any("branding.logo" in p and f"{size[0]} × {size[1]} pixels" in p for p in problems), problems


def test_an_embedded_bomb_logo_is_refused_from_a_received_brief() -> None:
    from briefing.templating import load_template

    data = yaml.safe_load(load_template("situation-brief").source_text)
    data["branding"]["logo"] = "data:image/png;base64," + base64.b64encode(png(20_000, 20_000, rows=1)).decode()
    with pytest.raises(BriefingError, match="20000 × 20000 pixels"):
        template_from_text(yaml.safe_dump(data), origin_kind="embedded")


@pytest.mark.parametrize("writer", [pdf, docx])
def test_an_unvalidated_bomb_logo_is_left_out_with_a_warning(tmp_path: Path, writer: object) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(6000, 6000))  # a real one: decoding it would take 36 MB
    template = situation_template(branding=Branding(organization="Unit", logo=logo))
    document = compose(sample_brief(), template)
    assert document.cover is not None and document.cover.logo is None
    assert any("6000 × 6000 pixels" in w for w in document.warnings)
    out = tmp_path / f"out.{writer.__name__.rsplit('.', 1)[-1]}"  # type: ignore[attr-defined]
    writer.write(document, out)  # type: ignore[attr-defined]
    assert out.stat().st_size > 0


def test_a_writer_given_a_huge_logo_directly_skips_it(tmp_path: Path) -> None:
    """Writers check again at load: a Document built elsewhere cannot make them decode a bomb."""
    logo = tmp_path / "logo.png"
    logo.write_bytes(png(20_000, 20_000, rows=1))
    document = compose(sample_brief(), situation_template(branding=Branding(organization="Unit")))
    assert document.cover is not None
    document.cover.logo = logo
    for writer, suffix in ((pdf, "pdf"), (docx, "docx")):
        writer.write(document, tmp_path / f"direct.{suffix}")

