"""Mail settings: found on the template search path and in the user's settings file, validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.delivery.settings import load_mail_settings, settings_files, user_settings_file
from briefing.errors import BriefingError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_files_gives_defaults_and_a_clear_missing_server_message() -> None:
    settings = load_mail_settings()
    assert settings.host is None and settings.security == "starttls" and settings.effective_port == 587
    assert settings.max_attachment_mb == 10
    assert settings.named_recipients == ["TLP:RED"]
    with pytest.raises(BriefingError, match="no mail server is configured"):
        settings.require_server()


def test_admin_file_on_the_template_path_overrides_the_user_file(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    write(user_settings_file(), "smtp:\n  host: user.example\n  username: me@example.org\n"
          "attachments:\n  max_size_mb: 25\n")
    admin = tmp_path / "admin"
    write(admin / "mail.yaml", "smtp:\n  host: smtp.example.org\n  port: 465\n  security: tls\n"
          "  sender: Desk <desk@example.org>\n  ca_file: certs/ca.pem\n"
          "policy:\n  allowed_domains:\n    tlp:red: [example.org]\n  named_recipients: [TLP:RED, TLP:AMBER+STRICT]\n")
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(admin))
    assert settings_files() == [user_settings_file(), admin / "mail.yaml"]
    settings = load_mail_settings()
    assert settings.host == "smtp.example.org"  # the administrator's
    assert settings.username == "me@example.org"  # the user's, where the administrator says nothing
    assert (settings.effective_port, settings.security, settings.max_attachment_mb) == (465, "tls", 25)
    assert settings.ca_file == (admin / "certs" / "ca.pem").resolve()
    assert settings.allowed_domains == {"TLP:RED": ["example.org"]}
    assert settings.named_recipients == ["TLP:RED", "TLP:AMBER+STRICT"]
    assert str(admin / "mail.yaml") in settings.where()


def test_system_folder_is_searched(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    system = tmp_path / "system"
    write(system / "mail.yaml", "smtp:\n  host: system.example\n")
    monkeypatch.setenv("BRIEFING_SYSTEM_TEMPLATES", str(system))
    assert load_mail_settings().host == "system.example"


@pytest.mark.parametrize(("text", "message"), [
    ("smtp:\n  hots: x\n", "unknown setting 'smtp.hots'"),
    ("smtp:\n  port: 99999\n", "not a port number"),
    ("smtp:\n  security: ssl3\n", "is not one of starttls, tls, none"),
    ("smtp:\n  password: hunter2\n", "unknown setting 'smtp.password'"),
    ("policy:\n  allowed_domains: [example.org]\n", "must map a marking"),
    ("attachments:\n  max_size_mb: lots\n", "must be a number of megabytes"),
    ("smtp: [unclosed\n", "not valid YAML at line"),
    ("- just\n- a list\n", "must be a YAML mapping"),
])
def test_bad_settings_name_the_file_and_the_key(text: str, message: str) -> None:
    path = write(user_settings_file(), text)
    with pytest.raises(BriefingError) as caught:
        load_mail_settings()
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_the_example_in_the_administrators_guide_is_valid(tmp_path: Path) -> None:
    guide = Path(__file__).resolve().parents[2] / "docs" / "mail.md"
    text = guide.read_text(encoding="utf-8")
    example = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    path = write(tmp_path / "mail.yaml", example)
    settings = load_mail_settings([path])
    assert settings.host == "smtp.example.org" and settings.effective_port == 587
    assert settings.allowed_domains["TLP:RED"] == ["example.org"]
    assert settings.allowed_domains["*"] == ["example.org", "partner.example", "gov.example"]
    assert settings.ca_file == (tmp_path / "certs" / "org-root.pem").resolve()
