"""`briefing send`, `briefing history` and drafted `.eml` releases, end to end on real `.brief` files.

The mail settings reach the command the way an administrator's do: a `mail.yaml` in a folder
of `BRIEFING_TEMPLATE_PATH`. The password comes from `BRIEFING_SMTP_PASSWORD` (no keyring here).
"""

from __future__ import annotations

import email
import getpass
import hashlib
import io
import json
import subprocess
import sys
from email import policy
from pathlib import Path

import keyring
import pytest

from briefing.cli import main
from briefing.delivery.history import export_eml_draft
from briefing.delivery.secrets import PASSWORD_ENV
from briefing.model import Brief
from briefing.store import BriefFile

from .conftest import PASSWORD, USER, MailServer, make_brief
from .test_secrets import MemoryKeyring
from .test_smtp import closed_port


def make_brief_file(path: Path, brief: Brief | None = None) -> Path:
    BriefFile.create(path, brief or make_brief()).close()
    return path


def releases(path: Path) -> list:
    with BriefFile.open(path, readonly=True) as brief_file:
        return brief_file.load().releases


def configure(folder: Path, server: MailServer, monkeypatch: pytest.MonkeyPatch, extra: str = "",
              port: int | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mail.yaml").write_text(
        f"smtp:\n  host: 127.0.0.1\n  port: {port or server.port}\n  security: {server.security}\n"
        f"  username: {USER}\n  sender: Desk <{USER}>\n  timeout: 5\n  ca_file: {server.ca_file}\n{extra}",
        encoding="utf-8",
    )
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(folder))
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, list[str]]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


def test_send_records_the_release(tmp_path: Path, smtp_server: MailServer, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    configure(tmp_path / "admin", smtp_server, monkeypatch)
    path = make_brief_file(tmp_path / "plan.brief")
    code, out, err = run(capsys, "send", str(path), "--to", "anna@example.org", "--cc", "Bo <bo@example.org>")
    assert (code, err) == (0, [])
    assert "Sent Draft peace plan delivered to Kyiv 2025-11-21.pdf" in out

    [received] = smtp_server.received
    message = email.message_from_bytes(received.data, policy=policy.default)
    [attachment] = list(message.iter_attachments())  # type: ignore[attr-defined]
    [release] = releases(path)
    assert release.action == "sent"
    assert release.marking == "TLP:AMBER"
    assert release.recipients == ["anna@example.org", "bo@example.org"]
    assert release.filename == attachment.get_filename()
    assert release.sha256 == hashlib.sha256(attachment.get_content()).hexdigest()

    code, out, err = run(capsys, "history", str(path))
    assert code == 0 and err == []
    [line] = out.splitlines()
    assert "sent" in line and "TLP:AMBER" in line and "anna@example.org, bo@example.org" in line
    assert release.sha256 in line
    code, out, _ = run(capsys, "history", str(path), "--json")
    assert json.loads(out)[0]["sha256"] == release.sha256


@pytest.mark.parametrize(("case", "expected"), [
    ("refused", "the mail server refused gone@example.org (550"),
    ("down", "could not reach the mail server 127.0.0.1:"),
    ("password", "refused the user name or password for analyst@example.org"),
    ("policy", "not sent: a TLP:RED brief goes to named individuals only; all-staff@example.org looks like a list"),
])
def test_each_failure_is_one_line_and_leaves_the_brief_as_it_was(
    case: str, expected: str, tmp_path: Path, smtp_server: MailServer, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    configure(tmp_path / "admin", smtp_server, monkeypatch)
    path = make_brief_file(tmp_path / "plan.brief")
    # one earlier release, so "unchanged" is not just "empty"
    assert run(capsys, "send", str(path), "--to", "anna@example.org")[0] == 0
    before_releases, before_bytes = releases(path), path.read_bytes()
    to = "anna@example.org"
    if case == "refused":
        smtp_server.refuse.add("gone@example.org")
        to = "gone@example.org"
    elif case == "down":
        configure(tmp_path / "admin", smtp_server, monkeypatch, port=closed_port())
    elif case == "password":
        monkeypatch.setenv(PASSWORD_ENV, "wrong")
    elif case == "policy":
        with BriefFile.open(path) as brief_file:
            brief = brief_file.load()
            brief.marking = "TLP:RED"
            brief_file.save(brief)
        before_releases, before_bytes = releases(path), path.read_bytes()
        to = "all-staff@example.org"
    code, out, err = run(capsys, "send", str(path), "--to", to, "bo@example.org")
    assert code == 1
    assert len(err) == 1, err
    assert err[0].startswith("briefing: ") and expected in err[0]
    assert "Traceback" not in out + "".join(err)
    assert releases(path) == before_releases
    assert path.read_bytes() == before_bytes
    assert len(smtp_server.received) == 1  # only the earlier one


def test_dry_run_sends_and_records_nothing(tmp_path: Path, smtp_server: MailServer,
                                           monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    configure(tmp_path / "admin", smtp_server, monkeypatch)
    path = make_brief_file(tmp_path / "plan.brief")
    code, out, err = run(capsys, "send", str(path), "--to", "anna@example.org", "--dry-run")
    assert (code, err) == (0, [])
    assert "Subject: TLP:AMBER — Draft peace plan delivered to Kyiv (21 Nov 2025)" in out
    assert smtp_server.received == [] and releases(path) == []


def test_oversize_needs_allow_large(tmp_path: Path, smtp_server: MailServer, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    configure(tmp_path / "admin", smtp_server, monkeypatch, "attachments:\n  max_size_mb: 0.0001\n")
    path = make_brief_file(tmp_path / "plan.brief")
    code, _, err = run(capsys, "send", str(path), "--to", "anna@example.org")
    assert code == 1 and "add --allow-large" in err[-1]
    assert err[0].startswith("briefing: warning: the attachments total")
    assert smtp_server.received == [] and releases(path) == []
    code, _, err = run(capsys, "send", str(path), "--to", "anna@example.org", "--allow-large")
    assert code == 0 and len(smtp_server.received) == 1


def test_no_server_configured_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_brief_file(tmp_path / "plan.brief")
    code, _, err = run(capsys, "send", str(path), "--to", "anna@example.org")
    assert code == 1 and len(err) == 1 and "no mail server is configured" in err[0]


def test_a_drafted_eml_is_recorded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_brief_file(tmp_path / "plan.brief")
    result = export_eml_draft(path, tmp_path / "out" / "plan.eml", attach_docx=True)
    [release] = releases(path)
    assert release.action == "drafted" and release.recipients == [] and release.marking == "TLP:AMBER"
    assert release.sha256 == result.attachments[0].sha256
    assert result.attachments[1].sha256 in release.detail
    message = email.message_from_bytes((tmp_path / "out" / "plan.eml").read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    code, out, _ = run(capsys, "history", str(path))
    assert code == 0
    assert "drafted" in out and "no recipients yet" in out


def test_history_as_a_subprocess(tmp_path: Path, cli_env: dict[str, str]) -> None:
    path = make_brief_file(tmp_path / "plan.brief")
    result = subprocess.run([sys.executable, "-m", "briefing", "history", str(path)], capture_output=True,
                            text=True, env=cli_env, timeout=60, check=False)
    assert result.returncode == 0 and "Nothing has been exported or sent" in result.stdout
    missing = subprocess.run([sys.executable, "-m", "briefing", "history", str(tmp_path / "none.brief")],
                             capture_output=True, text=True, env=cli_env, timeout=60, check=False)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "does not exist" in missing.stderr


def test_store_password_keeps_it_in_the_keyring_only(tmp_path: Path, smtp_server: MailServer,
                                                     monkeypatch: pytest.MonkeyPatch, private_home: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        configure(tmp_path / "admin", smtp_server, monkeypatch)
        monkeypatch.delenv(PASSWORD_ENV)
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))  # piped in: no terminal here
        monkeypatch.setattr(getpass, "getpass", lambda prompt: pytest.fail("no terminal to prompt on"))
        path = make_brief_file(tmp_path / "plan.brief")
        code, _, err = run(capsys, "send", str(path), "--to", "anna@example.org", "--store-password")
        assert (code, err) == (0, [])
        assert list(backend.secrets.values()) == [PASSWORD]
        monkeypatch.setattr(getpass, "getpass", lambda prompt: pytest.fail("asked again"))
        assert run(capsys, "send", str(path), "--to", "bo@example.org")[0] == 0  # from the keyring now
        assert len(smtp_server.received) == 2 and len(releases(path)) == 2
        leaked = [p for p in [*private_home.rglob("*"), *tmp_path.rglob("*")]
                  if p.is_file() and PASSWORD.encode() in p.read_bytes()]
        assert leaked == []
    finally:
        keyring.set_keyring(previous)


def test_export_to_eml_records_a_drafted_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_brief_file(tmp_path / "plan.brief")
    code, out, err = run(capsys, "export", str(path), "-o", str(tmp_path / "plan.eml"))
    assert (code, err) == (0, [])
    assert out.strip() == str(tmp_path / "plan.eml")
    [release] = releases(path)
    assert release.action == "drafted" and release.detail == "draft plan.eml"
    message = email.message_from_bytes((tmp_path / "plan.eml").read_bytes(), policy=policy.default)
    [attachment] = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert release.sha256 == hashlib.sha256(attachment.get_content()).hexdigest()
    code, _, err = run(capsys, "export", str(tmp_path / "missing.brief"), "-o", str(tmp_path / "x.eml"))
    assert code == 1 and len(err) == 1 and "no such file" in err[0]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_pdf_and_docx_exports_are_recorded(tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    """README: `history` lists what was exported and sent; a PDF or DOCX export is a release as well."""
    path = make_brief_file(tmp_path / "plan.brief")
    out = tmp_path / f"plan{suffix}"
    code, _, err = run(capsys, "export", str(path), "-o", str(out))
    assert (code, err) == (0, [])
    [release] = releases(path)
    assert release.action == "exported" and release.recipients == [] and release.marking == "TLP:AMBER"
    assert release.filename == out.name
    assert release.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    code, listed, _ = run(capsys, "history", str(path))
    assert code == 0 and "exported" in listed and out.name in listed and "a file, not addressed" in listed


def test_a_failed_export_records_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = make_brief_file(tmp_path / "plan.brief")
    (tmp_path / "blocked").write_text("a file where a folder should be", encoding="utf-8")
    code, _, err = run(capsys, "export", str(path), "-o", str(tmp_path / "blocked" / "plan.pdf"))
    assert code == 1 and len(err) == 1
    assert releases(path) == []


def test_store_password_without_keyring_or_terminal_is_one_line(tmp_path: Path, smtp_server: MailServer,
                                                                 cli_env: dict[str, str]) -> None:
    """A script (no terminal) asking to store a password: one sentence, nothing sent, nothing recorded."""
    admin = tmp_path / "admin"
    admin.mkdir()
    (admin / "mail.yaml").write_text(
        f"smtp:\n  host: 127.0.0.1\n  port: {smtp_server.port}\n  security: {smtp_server.security}\n"
        f"  username: {USER}\n  sender: Desk <{USER}>\n  timeout: 5\n  ca_file: {smtp_server.ca_file}\n",
        encoding="utf-8")
    env = {**cli_env, "BRIEFING_TEMPLATE_PATH": str(admin), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop(PASSWORD_ENV, None)
    path = make_brief_file(tmp_path / "plan.brief")
    done = subprocess.run([sys.executable, "-m", "briefing", "send", str(path), "--to", "anna@example.org",
                           "--store-password"], env=env, capture_output=True, text=True, timeout=120, check=False,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "internal error" not in done.stderr and "EOFError" not in done.stderr
    assert "password" in done.stderr
    assert smtp_server.received == [] and releases(path) == []


@pytest.mark.parametrize("sender", ["Desk <desk@example.org>\\r\\nBcc: spy@example.net",
                                    "desk@example.org\\nX-Injected: 1"])
def test_a_sender_with_a_line_break_is_refused_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str], sender: str) -> None:
    admin = tmp_path / "admin"
    admin.mkdir()
    (admin / "mail.yaml").write_text(f'smtp:\n  host: 127.0.0.1\n  sender: "{sender}"\n', encoding="utf-8")
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(admin))
    path = make_brief_file(tmp_path / "plan.brief")
    code, _, err = run(capsys, "export", str(path), "-o", str(tmp_path / "plan.eml"))
    assert code == 1 and len(err) == 1, err
    assert "smtp.sender" in err[0] and "mail.yaml" in err[0] and "internal error" not in err[0]
    assert not (tmp_path / "plan.eml").exists() and releases(path) == []


def test_a_write_protected_brief_is_exported_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """A received brief kept read-only is still exported; the history cannot take the record."""
    import os

    path = make_brief_file(tmp_path / "plan.brief")
    path.chmod(0o444)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if (Path(p) == path and mode & os.W_OK)
                        else real_access(p, mode))  # as for any user but root
    for name in ("plan.pdf", "plan.eml"):
        code, _, err = run(capsys, "export", str(path), "-o", str(tmp_path / name))
        assert code == 0 and (tmp_path / name).exists(), (name, err)
        assert len(err) == 1 and "read-only" in err[0] and "not recorded" in err[0], (name, err)
    assert releases(path) == []
