"""export_brief and `briefing export`: format by suffix, atomic writes, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.errors import BriefingError
from briefing.exporting import STALE_PART_SECONDS, export_brief, write_atomically
from briefing.writers import format_for
from compose.conftest import situation_template
from compose.samples import sample_brief


def test_format_follows_the_suffix_or_the_option(tmp_path: Path) -> None:
    assert format_for(Path("a.PDF")) == "pdf"
    assert format_for(Path("a.docx")) == "docx"
    assert format_for(Path("a.out"), "docx") == "docx"
    with pytest.raises(BriefingError, match="cannot tell the format"):
        format_for(Path("brief.txt"))
    with pytest.raises(BriefingError, match="format 'odt' is unknown"):
        format_for(Path("a.pdf"), "odt")


def test_export_writes_both_formats(tmp_path: Path) -> None:
    brief, template = sample_brief(), situation_template()
    pdf_path = export_brief(brief, tmp_path / "brief.pdf", template=template)
    docx_path = export_brief(brief, tmp_path / "brief.docx", template=template)
    assert PdfReader(pdf_path).metadata.title == "Northern harbour closure in Veloria"  # type: ignore[union-attr]
    assert docx_path.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx", "brief.pdf"]  # no temporary files left


def test_a_failed_export_keeps_the_old_file_and_leaves_no_partial_one(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    out.write_bytes(b"the good old export")

    def fail(path: Path) -> None:
        path.write_bytes(b"half a fi")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(out, fail)
    assert out.read_bytes() == b"the good old export"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.pdf"]


def test_a_killed_exports_leftover_is_removed_by_the_next_export_of_that_name(tmp_path: Path) -> None:
    old = time.time() - STALE_PART_SECONDS - 60
    leftover = tmp_path / ".brief.pdf.k3x_9q.part"  # what a killed export of brief.pdf leaves
    running = tmp_path / ".brief.pdf.a1b2c3.part"  # another window exporting the same name right now
    other = tmp_path / ".notes.pdf.k3x_9q.part"  # a different file's export: not ours to touch
    for path in (leftover, running, other):
        path.write_bytes(b"half")
    for path in (leftover, other):
        os.utime(path, (old, old))
    write_atomically(tmp_path / "brief.pdf", lambda path: path.write_bytes(b"%PDF whole"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["brief.pdf", running.name, other.name])


def test_export_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(BriefingError, match="does not exist"):
        export_brief(sample_brief(), tmp_path / "nowhere" / "b.pdf", template=situation_template())


def test_written_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    out = export_brief(sample_brief(), tmp_path / "brief.docx", template=situation_template())
    assert out.stat().st_mode & 0o044  # readable by others as the umask allows, unlike mkstemp's 0600


def test_cli_export_reports_a_missing_brief_in_one_line(tmp_path: Path, cli_env: dict[str, str]) -> None:
    result = subprocess.run([sys.executable, "-m", "briefing", "export", str(tmp_path / "none.brief"), "-o",
                             str(tmp_path / "x.pdf")], capture_output=True, text=True, env=cli_env, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no such file" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_cli_export_refuses_an_unknown_suffix(tmp_path: Path, cli_env: dict[str, str]) -> None:
    brief = tmp_path / "b.brief"
    brief.write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "briefing", "export", str(brief), "-o", str(tmp_path / "x.odt")],
                            capture_output=True, text=True, env=cli_env, check=False)
    assert result.returncode == 1
    assert "cannot tell the format" in result.stderr and "Traceback" not in result.stderr


def test_cli_export_of_a_stored_brief_matches_a_direct_export(tmp_path: Path, cli_env: dict[str, str]) -> None:
    from briefing.resources import templates_dir
    from briefing.spec import load_spec
    from briefing.store import save_brief

    brief = load_spec(templates_dir() / "examples" / "situation-brief.yaml")
    stored = tmp_path / "situation.brief"
    save_brief(stored, brief)
    direct = export_brief(brief, tmp_path / "direct.pdf")
    for suffix in (".pdf", ".docx"):
        out = tmp_path / f"exported{suffix}"
        result = subprocess.run([sys.executable, "-m", "briefing", "export", str(stored), "-o", str(out)],
                                capture_output=True, text=True, env=cli_env, check=False)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(out)
    assert (tmp_path / "exported.pdf").read_bytes() == direct.read_bytes()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "exported.pdf").pages)
    assert "Dockworkers' strike halts grain exports from Port Almera" in text


def test_export_leaves_the_cyclic_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    from briefing.exporting import export_brief
    from briefing.model import Brief

    assert gc.isenabled()
    export_brief(Brief(title="On"), tmp_path / "on.pdf")
    assert gc.isenabled()
    gc.disable()
    try:
        export_brief(Brief(title="Off"), tmp_path / "off.pdf")
        assert not gc.isenabled()
    finally:
        gc.enable()


def _full_disk_available() -> bool:
    import shutil

    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True,
                           check=False, timeout=30)
    return probe.returncode == 0


@pytest.mark.skipif(not _full_disk_available(), reason="needs unshare to mount a tiny private tmpfs")
@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".eml", ".brief"])
def test_export_onto_a_full_disk_is_one_sentence(tmp_path: Path, cli_env: dict[str, str], suffix: str) -> None:
    """A real full disk: a 16 KB tmpfs mounted in a private namespace for this one command."""
    from briefing.store import save_brief

    brief_path = tmp_path / "plan.brief"
    save_brief(brief_path, sample_brief())
    full = tmp_path / "full"
    full.mkdir()
    out = full / f"plan{suffix}"
    command = "export" if suffix != ".brief" else "build"
    if command == "build":
        spec = tmp_path / "plan.yaml"
        spec.write_text(subprocess.run([sys.executable, "-m", "briefing", "dump", str(brief_path)], env=cli_env,
                                       capture_output=True, text=True, check=True, timeout=120).stdout)
        target = spec
    else:
        target = brief_path
    script = (f'mount -t tmpfs -o size=16k none "{full}" && exec "{sys.executable}" -m briefing {command} '
              f'"{target}" -o "{out}"')
    done = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script], env=cli_env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "internal error" not in done.stderr, done.stderr
    assert "disk is full" in done.stderr and str(out) in done.stderr


def _font_with_family(name_bytes: bytes) -> bytes:
    """The project's DejaVu Serif with the first code units of its family names overwritten."""
    import struct

    from briefing.resources import resource

    blob = bytearray(Path(resource("fonts/DejaVuSerif.ttf")).read_bytes())
    count = struct.unpack_from(">H", blob, 4)[0]
    tables = {struct.unpack_from(">4sIII", blob, 12 + 16 * i)[0]: struct.unpack_from(">4sIII", blob, 12 + 16 * i)[2]
              for i in range(count)}
    offset = tables[b"name"]
    _, records, strings = struct.unpack_from(">HHH", blob, offset)
    for record in range(records):
        platform, _encoding, _, name_id, _length, start = struct.unpack_from(">HHHHHH", blob, offset + 6 + 12 * record)
        if name_id in (1, 4, 16):
            at = offset + strings + start
            patch = name_bytes if platform == 1 else b"".join(b"\0" + bytes([c]) for c in name_bytes)
            blob[at:at + len(patch)] = patch
    return bytes(blob)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_embedded_font_with_a_garbage_name_is_one_sentence(tmp_path: Path, cli_env: dict[str, str],
                                                              suffix: str) -> None:
    """A received brief's template snapshot carrying a font whose family name holds control characters."""
    import base64
    import re

    from briefing.model import Brief
    from briefing.store import save_brief
    from briefing.templating import load_template

    uri = "data:font/ttf;base64," + base64.b64encode(_font_with_family(b"\x01\x0b")).decode("ascii")
    text = load_template("situation-brief").source_text
    text = re.sub(r"^id: .*$", "id: received-house", text, count=1, flags=re.MULTILINE)
    text = re.sub(r"body_font: .*", "body_font: " + uri, text, count=1)
    path = tmp_path / "received.brief"
    save_brief(path, Brief(title="Received", template_id="received-house", template_snapshot=text))
    done = subprocess.run([sys.executable, "-m", "briefing", "export", str(path), "-o", str(tmp_path / f"out{suffix}")],
                          env=cli_env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert "internal error" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert "font" in done.stderr
    assert not (tmp_path / f"out{suffix}").exists()
