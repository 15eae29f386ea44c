"""`briefing import`: real files into a real .brief, run as the user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing import store
from briefing.model import Brief


def run(cli_env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], capture_output=True, text=True,
                          env=cli_env, timeout=120, check=False)


def load(path: Path) -> Brief:
    with store.BriefFile.open(path) as brief_file:
        return brief_file.load()


@pytest.fixture
def brief_path(tmp_path: Path) -> Path:
    path = tmp_path / "desk.brief"
    store.BriefFile.create(path, Brief(title="Desk brief")).close()
    return path


@pytest.fixture
def material(tmp_path: Path) -> Path:
    folder = tmp_path / "material"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text("First report.\n\nIt has two paragraphs.", encoding="utf-8")
    (folder / "sub" / "two.html").write_text("<title>Two</title><p>Second report.</p>", encoding="utf-8")
    (folder / "sub" / "три.txt").write_bytes("Третий отчёт.".encode("cp1251"))
    return folder


def test_import_folder(cli_env: dict[str, str], brief_path: Path, material: Path) -> None:
    result = run(cli_env, "import", brief_path, material)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip().splitlines()[-1] == f"3 imported, 0 duplicates, 0 failed into {brief_path}"
    assert "\r" not in result.stdout + result.stderr  # no progress line when not on a terminal
    brief = load(brief_path)
    assert sorted(source.text for source in brief.sources) == [
        "First report.\n\nIt has two paragraphs.", "Second report.", "Третий отчёт."]
    assert brief.title == "Desk brief"


def test_second_import_reports_duplicates(cli_env: dict[str, str], brief_path: Path, material: Path) -> None:
    run(cli_env, "import", brief_path, material)
    result = run(cli_env, "import", brief_path, material / "one.txt")
    assert result.returncode == 0
    assert f"duplicate: {material / 'one.txt'} is already in the brief as “First report.”" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "0 imported, 1 duplicate, 0 failed"
    assert len(load(brief_path).sources) == 3


def test_failures_get_one_line_each_and_the_rest_is_imported(cli_env: dict[str, str], brief_path: Path,
                                                             material: Path, tmp_path: Path) -> None:
    (material / "broken.pdf").write_bytes(b"garbage " * 100)
    (material / "empty.txt").write_bytes(b"")
    bad_name = os.fsencode(material) + b"/bad-\xff-name.docx"
    with open(bad_name, "wb") as handle:
        handle.write(b"not a zip")
    result = run(cli_env, "import", brief_path, material, tmp_path / "missing.txt")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4
    assert f"briefing: {material / 'broken.pdf'}: is not a PDF file" in result.stderr
    assert f"briefing: {material / 'empty.txt'}: is empty (0 bytes)" in result.stderr
    assert f"briefing: {tmp_path / 'missing.txt'}: does not exist" in result.stderr
    assert "bad-\ufffd-name.docx: is not a DOCX file" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.strip().splitlines()[-1] == f"3 imported, 0 duplicates, 4 failed into {brief_path}"
    assert len(load(brief_path).sources) == 3


def test_nothing_imported_leaves_the_file_untouched(cli_env: dict[str, str], brief_path: Path,
                                                    tmp_path: Path) -> None:
    before = brief_path.read_bytes()
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 8)
    result = run(cli_env, "import", brief_path, tmp_path / "junk.txt")
    assert result.returncode == 1
    assert result.stderr.startswith(f"briefing: {tmp_path / 'junk.txt'}: is not a text file")
    assert brief_path.read_bytes() == before


def test_size_limit_option(cli_env: dict[str, str], brief_path: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000, encoding="utf-8")
    result = run(cli_env, "import", brief_path, big, "--max-size", "1")
    assert result.returncode == 1
    assert "more than the limit of 1.0 MB" in result.stderr


def test_attachments_option(cli_env: dict[str, str], brief_path: Path, tmp_path: Path) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "desk@example.org"
    message["Subject"] = "Report"
    message.set_content("See attached.")
    message.add_attachment(b"Attached text.", maintype="text", subtype="plain", filename="report.txt")
    mail = tmp_path / "mail.eml"
    mail.write_bytes(bytes(message))
    result = run(cli_env, "import", brief_path, "--attachments", mail)
    assert result.returncode == 0, result.stderr
    assert [s.title for s in load(brief_path).sources] == ["Report", "Attached text."]


def test_missing_brief_is_one_line(cli_env: dict[str, str], tmp_path: Path, material: Path) -> None:
    result = run(cli_env, "import", tmp_path / "nope.brief", material)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_line_on_a_terminal(cli_env: dict[str, str], brief_path: Path, material: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        process = subprocess.run([sys.executable, "-m", "briefing", "import", str(brief_path), str(material)],
                                 stdout=subprocess.PIPE, stderr=follower, env=cli_env, timeout=120, check=False)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(leader)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert process.returncode == 0
    assert "\r[0/3] one.txt" in terminal and "[3/3] done" in terminal


def test_file_name_that_is_not_utf8_is_imported_and_saved(cli_env: dict[str, str], brief_path: Path,
                                                          tmp_path: Path) -> None:
    folder = tmp_path / "latin1"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(b"Notes from the cafe.")
    result = run(cli_env, "import", brief_path, folder)
    assert result.returncode == 0, result.stderr
    (source,) = load(brief_path).sources
    assert source.text == "Notes from the cafe." and source.extra["file"] == "caf\ufffd.txt"


def test_brief_open_elsewhere_is_one_line_and_unchanged(cli_env: dict[str, str], brief_path: Path,
                                                         material: Path) -> None:
    before = brief_path.read_bytes()
    with store.BriefFile.open(brief_path):  # another instance holds the brief
        result = run(cli_env, "import", brief_path, material)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert brief_path.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_ctrl_c_keeps_what_was_imported(cli_env: dict[str, str], brief_path: Path, tmp_path: Path) -> None:
    import pty
    import signal

    from reportlab.pdfgen import canvas

    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(80):  # long enough to read that the interrupt comes halfway
        page = canvas.Canvas(str(folder / f"{number:03}.pdf"))
        for _ in range(15):
            for line in range(50):
                page.drawString(72, 760 - 14 * line, f"Report number {number} on the harbour, line {line}.")
            page.showPage()
        page.save()
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "briefing", "import", str(brief_path), str(folder)],
                               stdout=subprocess.PIPE, stderr=follower, env=cli_env, text=True)
    os.close(follower)
    seen = b""
    try:
        while b"[3/80]" not in seen:  # wait until two files are in
            seen += os.read(leader, 1024)
        process.send_signal(signal.SIGINT)
        stdout, _ = process.communicate(timeout=120)
    finally:
        os.close(leader)
    assert process.returncode == 130
    assert "(cancelled)" in stdout.strip().splitlines()[-1]
    kept = load(brief_path).sources
    assert 2 <= len(kept) < 80
    assert all(source.text.startswith("Report number") for source in kept)
