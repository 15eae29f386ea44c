"""Whatever a reference document or a package holds, reading it ends in a result or one clear sentence."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.templating import house_reference as house

from briefing.templating.package import PackageError, read_package
from briefing.templating.reference import ReferenceDocumentError, read_reference

BASE = house.house_document()
with zipfile.ZipFile(io.BytesIO(BASE)) as _archive:
    PARTS = sorted(_archive.namelist())

XML_SNIPPETS = st.sampled_from([
    b"", b"<", b"<?xml version='1.0'?><x/>", b"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
    b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style/></w:styles>',
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" '
    b'Target="../../x" Type="t"/></Relationships>',
    b"\xff\xfe\x00garbage",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(PARTS), st.one_of(st.none(), XML_SNIPPETS, st.binary(max_size=64)),
                       max_size=4))
def test_a_damaged_reference_is_read_or_refused_in_one_line(changes: dict[str, bytes | None]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "house.docx"
        path.write_bytes(house.rewrite(BASE, changes))
        try:
            read_reference(path)
        except ReferenceDocumentError as error:
            assert "\n" not in str(error) and "house.docx" in str(error)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_as_a_reference_are_refused_in_one_line(blob: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "house.dotx"
        path.write_bytes(blob)
        try:
            read_reference(path)
        except ReferenceDocumentError as error:
            assert "\n" not in str(error)


NAMES = st.one_of(st.sampled_from(["manifest.json", "house.yaml", "assets/mark.png", "../x", "/abs", "a/../../b",
                                   ".hidden", "C:/x", "a\\b", "ok.txt"]),
                  # zipfile itself cuts a name at NUL, and cannot write an entry whose name is then empty
                  st.text(min_size=1, max_size=12).filter(lambda name: "\x00" not in name))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(NAMES, st.binary(max_size=64), max_size=6), st.one_of(st.none(), st.binary(max_size=200)))
def test_any_package_is_read_or_refused_in_one_line(entries: dict[str, bytes], manifest: bytes | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.brieftemplate"
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            if manifest is not None:
                archive.writestr("manifest.json", manifest)
            for name, blob in entries.items():
                if name != "manifest.json" or manifest is None:
                    archive.writestr(name, blob)
        path.write_bytes(buffer.getvalue())
        try:
            read_package(path)
        except PackageError as error:
            assert "\n" not in str(error) and str(path) in str(error)
