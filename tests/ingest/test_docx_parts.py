"""Word files as Word shows them: text boxes once and apart, embedded HTML chunks, encryption named."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from briefing.ingest import IngestError, read_source

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"'
)


def _box(text: str) -> str:
    """A text box as Word 2010+ writes it: a DrawingML shape, and a VML copy for older readers."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>"
        f"<wps:wsp><wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def write_package(path: Path, body: str, parts: dict[str, tuple[str, bytes]] | None = None) -> None:
    """A minimal DOCX: the body given, and extra parts related to the document by id."""
    parts = parts or {}
    relationships = "".join(
        f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"'
        f' Target="{target}"/>' for rid, (target, _) in parts.items()
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="htm" ContentType="text/html"/><Default Extension="txt" ContentType="text/plain"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>'))
        archive.writestr("word/_rels/document.xml.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{relationships}</Relationships>"))
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {_NAMESPACES}><w:body>{body}'
                                              "</w:body></w:document>")
        for target, data in parts.values():
            archive.writestr(f"word/{target}", data)


def test_text_box_is_read_once_and_apart_from_its_paragraph(tmp_path: Path, check_paragraphs) -> None:
    path = tmp_path / "boxes.docx"
    body = ("<w:p><w:r><w:t>The convoy left at dawn.</w:t></w:r>" + _box("Box: 40 trucks counted") +
            "<w:r><w:t xml:space=\"preserve\"> It reached the border by noon.</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>Second paragraph.</w:t></w:r></w:p>")
    write_package(path, body)
    source = read_source(path)
    check_paragraphs(source, ["The convoy left at dawn. It reached the border by noon.", "Box: 40 trucks counted",
                              "Second paragraph."])
    # python-docx, the reference reader, reads the same words in the document body
    reference = " ".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert reference.split()[:5] == source.text.split()[:5]


def test_fallback_only_text_box_is_read(tmp_path: Path, check_paragraphs) -> None:
    path = tmp_path / "vml.docx"
    body = ("<w:p><w:r><w:t>Before.</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>"
            "<w:t>Old-style box.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    write_package(path, body)
    check_paragraphs(read_source(path), ["Before.", "Old-style box."])


def test_alt_chunk_html_is_imported_in_place(tmp_path: Path, check_paragraphs) -> None:
    path = tmp_path / "chunk.docx"
    html = (b"<html><head><script>SCRIPT</script></head><body><h1>Imported chunk</h1>"
            b"<p>Text Word shows from embedded HTML.</p></body></html>")
    body = ('<w:p><w:r><w:t>Intro.</w:t></w:r></w:p><w:altChunk r:id="rIdChunk1"/>'
            '<w:p><w:r><w:t>Outro.</w:t></w:r></w:p><w:altChunk r:id="rIdChunk2"/>')
    write_package(path, body, {"rIdChunk1": ("afchunk.htm", html), "rIdChunk2": ("note.txt", b"Plain chunk.")})
    check_paragraphs(read_source(path), ["Intro.", "Imported chunk", "Text Word shows from embedded HTML.",
                                         "Outro.", "Plain chunk."])


def _ole_with(stream_name: str) -> bytes:
    """A compound file whose first directory entry is named `stream_name` (enough to sniff)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    header = header.ljust(512, b"\x00")
    name = stream_name.encode("utf-16-le") + b"\x00\x00"
    entry = name.ljust(64, b"\x00") + struct.pack("<H", len(name)) + b"\x02"
    return header + entry.ljust(128, b"\x00") * 4


@pytest.mark.parametrize("suffix", [".docx", ".doc"])
def test_password_protected_word_file_is_named_as_such(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"locked{suffix}"
    data = bytearray(_ole_with("EncryptionInfo"))
    data += _ole_with("EncryptedPackage")[512:]
    path.write_bytes(bytes(data))
    with pytest.raises(IngestError) as caught:
        read_source(path)
    assert "password-protected" in caught.value.reason
    assert "Word file" in caught.value.reason


def test_plain_old_office_file_still_gets_its_advice(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(_ole_with("WordDocument"))
    with pytest.raises(IngestError, match="legacy Word"):
        read_source(path)


def test_docx_from_python_docx_has_no_doubled_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Only once.")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "plain.docx"
    path.write_bytes(buffer.getvalue())
    assert read_source(path).text == "Only once."
