"""A spec's `file:` reads only regular files inside the spec's folder, within the import limits.

Regression for the audit: `/etc/passwd`, `../../etc/passwd`, a symlink to a secret, `/proc/self/environ`
(which put the SMTP password into the brief), `/dev/zero` (grew to gigabytes) and a FIFO (hung) were
all read. Each is now one problem naming the cite's file, and nothing outside the folder is read.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.spec import SpecError, load_spec

SECRET = "BRIEFING_SMTP_PASSWORD=hunter2"


def write_spec(folder: Path, file_value: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / "spec.yaml"
    spec.write_text(f"brief: 1\ntemplate: situation-brief\ntitle: T\nsources:\n  - id: a\n    title: A\n"
                    f"    file: {file_value!r}\n", encoding="utf-8")
    return spec


def problem_of(spec: Path) -> str:
    with pytest.raises(SpecError) as caught:
        load_spec(spec)
    message = str(caught.value)
    assert SECRET not in message
    return message


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    return secret


@pytest.mark.parametrize("value", ["/etc/passwd", "/proc/self/environ", "/dev/zero"])
def test_an_absolute_path_is_refused(tmp_path: Path, value: str) -> None:
    assert "absolute path" in problem_of(write_spec(tmp_path / "spec", value))


def test_a_path_up_and_out_is_refused(tmp_path: Path, outside: Path) -> None:
    spec = write_spec(tmp_path / "a" / "b", "../../secret.txt")
    assert "leaves the spec's folder" in problem_of(spec)


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path, outside: Path) -> None:
    folder = tmp_path / "spec"
    spec = write_spec(folder, "notes.txt")
    (folder / "notes.txt").symlink_to(outside)
    assert "outside the spec's folder" in problem_of(spec)


def test_a_link_out_to_a_document_format_is_refused_too(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(f"<p>{SECRET}</p>", encoding="utf-8")
    folder = tmp_path / "spec"
    spec = write_spec(folder, "page.html")
    (folder / "page.html").symlink_to(tmp_path / "page.html")
    assert "outside the spec's folder" in problem_of(spec)


def test_a_link_inside_the_folder_is_followed(tmp_path: Path) -> None:
    folder = tmp_path / "spec"
    spec = write_spec(folder, "link.txt")
    (folder / "real.txt").write_text("Plain text.", encoding="utf-8")
    (folder / "link.txt").symlink_to(folder / "real.txt")
    assert load_spec(spec).sources[0].text == "Plain text."


def test_a_device_inside_the_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "spec"
    spec = write_spec(folder, "zero.txt")
    # A link to /dev/zero leaves the folder; a device file itself cannot be made without root, so the
    # link is the way a stranger's archive would bring one.
    (folder / "zero.txt").symlink_to("/dev/zero")
    assert "zero.txt" in problem_of(spec)


def test_a_fifo_is_refused_without_waiting(tmp_path: Path, cli_env: dict[str, str]) -> None:
    folder = tmp_path / "spec"
    spec = write_spec(folder, "pipe.txt")
    os.mkfifo(folder / "pipe.txt")
    try:
        result = subprocess.run([sys.executable, "-m", "briefing", "check", str(spec)], env=cli_env,
                                capture_output=True, text=True, timeout=60, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("reading a FIFO named by a spec hung")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "not a regular file" in result.stderr


def test_a_file_over_the_import_limit_is_refused_unread(tmp_path: Path) -> None:
    folder = tmp_path / "spec"
    spec = write_spec(folder, "huge.txt")
    with (folder / "huge.txt").open("wb") as handle:  # sparse: costs no disk
        handle.truncate(60 * 1024 * 1024)
    assert "more than the limit" in problem_of(spec)


@pytest.mark.parametrize("value", ["/dev/zero"])
def test_the_spec_itself_must_be_a_regular_file(value: str) -> None:
    with pytest.raises(SpecError, match="not a regular file"):
        load_spec(Path(value))
