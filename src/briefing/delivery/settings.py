"""Mail settings: the organization's SMTP server and release policy, read from `mail.yaml` files.

Where they come from, lowest priority first (a later file overrides an earlier one key by key):

1. the user's settings file, `<user config dir>/Briefing/mail.yaml` (`~/.config/Briefing` on Linux);
2. a `mail.yaml` in each folder of the template search path, in its order (shipped templates,
   the user's templates folder, `BRIEFING_TEMPLATE_PATH`, the system-wide folder).

So the administrator who already ships templates to every analyst ships the mail settings
the same way, and those win over what a user sets. No password is ever read from or written
to these files (see `delivery.secrets`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import platformdirs
import yaml

from briefing.errors import BriefingError
from briefing.model.marking import marking_key

Security = Literal["starttls", "tls", "none"]
SECURITY_MODES: tuple[str, ...] = ("starttls", "tls", "none")
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "tls": 465, "none": 25}
SETTINGS_NAME = "mail.yaml"

# Local parts that name a list or a group rather than a person; used for markings that
# require named recipients (TLP:RED). Shell-style patterns, matched case-insensitively.
DEFAULT_LIST_PATTERNS: tuple[str, ...] = (
    "all", "all-*", "*-all", "all.*", "everyone", "everyone-*", "staff", "staff-*", "*-staff",
    "team", "team-*", "*-team", "group", "group-*", "*-group", "list", "list-*", "*-list", "*-l",
    "dl-*", "*-dl", "distro*", "mailing*", "info", "office", "contact", "noreply", "no-reply",
    "undisclosed-recipients",
)

_SMTP_KEYS = {"host", "port", "security", "username", "sender", "timeout", "ca_file"}
_POLICY_KEYS = {"allowed_domains", "named_recipients", "list_patterns"}
_ATTACHMENT_KEYS = {"max_size_mb"}
_TOP_KEYS = {"smtp", "policy", "attachments"}


@dataclass
class MailSettings:
    """The resolved settings; `origins` lists the files they were read from, for messages."""

    host: str | None = None
    port: int | None = None
    security: Security = "starttls"
    username: str | None = None
    sender: str | None = None
    timeout: float = 30.0
    ca_file: Path | None = None
    max_attachment_mb: float = 10.0
    allowed_domains: dict[str, list[str]] = field(default_factory=dict)
    named_recipients: list[str] = field(default_factory=lambda: ["TLP:RED"])
    list_patterns: list[str] = field(default_factory=lambda: list(DEFAULT_LIST_PATTERNS))
    origins: list[Path] = field(default_factory=list)

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    @property
    def max_attachment_bytes(self) -> int:
        return int(self.max_attachment_mb * 1024 * 1024)

    @property
    def server(self) -> str:
        return f"{self.host}:{self.effective_port}"

    def where(self) -> str:
        """Where an administrator looks to change these settings."""
        if self.origins:
            return ", ".join(str(p) for p in self.origins)
        return f"no {SETTINGS_NAME} found (looked in {user_settings_file()} and the template folders)"

    def require_server(self) -> None:
        if not self.host:
            raise BriefingError(
                f"no mail server is configured; set smtp.host in {user_settings_file()} "
                "or ask your administrator for a mail.yaml (see docs/mail.md)"
            )
        if not self.sender:
            raise BriefingError(
                f"no sender address is configured; set smtp.sender in {user_settings_file()} "
                "or ask your administrator"
            )


def user_settings_file() -> Path:
    return Path(platformdirs.user_config_dir("Briefing", appauthor=False)) / SETTINGS_NAME


def _template_folders() -> list[Path]:
    """The template search path, lowest priority first (mail settings may sit beside templates)."""
    from briefing.templating import template_search_path

    return [folder for folder, _kind in template_search_path()]


def settings_files() -> list[Path]:
    """The mail.yaml files that exist, lowest priority first."""
    candidates = [user_settings_file()] + [folder / SETTINGS_NAME for folder in _template_folders()]
    seen: set[Path] = set()
    found = []
    for path in candidates:
        resolved = path.resolve()
        if resolved not in seen and path.is_file():
            seen.add(resolved)
            found.append(path)
    return found


def _has_control(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" or char in "\u2028\u2029" for char in text)


def _fail(path: Path, message: str) -> BriefingError:
    return BriefingError(message, where=str(path))


def _check_keys(path: Path, section: str, data: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        name = f"{section}.{unknown[0]}" if section else unknown[0]
        raise _fail(path, f"unknown setting {name!r}; known ones are {', '.join(sorted(allowed))}")


def _string_list(path: Path, key: str, value: object) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, f"{key} must be a list of strings")
    return [v.strip() for v in value if v.strip()]


def _apply_smtp(settings: MailSettings, path: Path, data: Mapping[str, Any]) -> None:
    _check_keys(path, "smtp", data, _SMTP_KEYS)
    if "host" in data:
        settings.host = str(data["host"]).strip() or None
    if "port" in data:
        port = data["port"]
        if isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536:
            raise _fail(path, f"smtp.port {port!r} is not a port number (1–65535)")
        settings.port = port
    if "security" in data:
        mode = str(data["security"]).strip().lower()
        if mode not in SECURITY_MODES:
            raise _fail(path, f"smtp.security {mode!r} is not one of {', '.join(SECURITY_MODES)}")
        settings.security = mode  # type: ignore[assignment]
    for key in ("host", "username", "sender"):
        if key in data and _has_control(str(data[key])):
            # A line break here would start a header of its own in every message sent.
            raise _fail(path, f"smtp.{key} contains a line break or another control character; write it on one line")
    for key in ("username", "sender"):
        if key in data:
            value = data[key]
            setattr(settings, key, str(value).strip() if value not in (None, "") else None)
    if "timeout" in data:
        timeout = data["timeout"]
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise _fail(path, f"smtp.timeout {timeout!r} must be a positive number of seconds")
        settings.timeout = float(timeout)
    if "ca_file" in data:
        value = data["ca_file"]
        settings.ca_file = (path.parent / str(value)).resolve() if value else None


def _apply_policy(settings: MailSettings, path: Path, data: Mapping[str, Any]) -> None:
    _check_keys(path, "policy", data, _POLICY_KEYS)
    if "allowed_domains" in data:
        domains = data["allowed_domains"]
        if not isinstance(domains, dict):
            raise _fail(path, "policy.allowed_domains must map a marking (e.g. TLP:AMBER) to a list of domains")
        for marking, value in domains.items():
            key = marking_key(str(marking))
            settings.allowed_domains[key] = [
                d.lower().lstrip("@") for d in _string_list(path, f"policy.allowed_domains.{marking}", value)
            ]
    if "named_recipients" in data:
        markings = _string_list(path, "policy.named_recipients", data["named_recipients"])
        settings.named_recipients = [marking_key(m) for m in markings]
    if "list_patterns" in data:
        settings.list_patterns = [p.lower() for p in _string_list(path, "policy.list_patterns", data["list_patterns"])]


def _apply_file(settings: MailSettings, path: Path) -> None:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise _fail(path, f"cannot read the mail settings ({error.strerror or error})") from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise _fail(path, f"the mail settings are not valid YAML{line}") from error
    if data is None:
        return
    if not isinstance(data, dict):
        raise _fail(path, "the mail settings must be a YAML mapping with smtp, policy and attachments")
    _check_keys(path, "", data, _TOP_KEYS)
    for section, keys in (("smtp", _SMTP_KEYS), ("policy", _POLICY_KEYS), ("attachments", _ATTACHMENT_KEYS)):
        value = data.get(section)
        if value is not None and not isinstance(value, dict):
            raise _fail(path, f"{section} must be a mapping of {', '.join(sorted(keys))}")
    _apply_smtp(settings, path, data.get("smtp") or {})
    _apply_policy(settings, path, data.get("policy") or {})
    attachments = data.get("attachments") or {}
    _check_keys(path, "attachments", attachments, _ATTACHMENT_KEYS)
    if "max_size_mb" in attachments:
        size = attachments["max_size_mb"]
        if isinstance(size, bool) or not isinstance(size, int | float) or size < 0:
            raise _fail(path, f"attachments.max_size_mb {size!r} must be a number of megabytes (0: no limit)")
        settings.max_attachment_mb = float(size)
    settings.origins.append(path)


def load_mail_settings(files: Iterable[Path] | None = None) -> MailSettings:
    """Merge the settings files (default: `settings_files()`), later ones overriding earlier ones."""
    settings = MailSettings()
    for path in settings_files() if files is None else files:
        _apply_file(settings, Path(path))
    return settings
