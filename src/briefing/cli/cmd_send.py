"""`briefing send`: e-mail a brief through the configured mail server and record the release."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from briefing.cli.common import Subparsers, add_command
from briefing.errors import BriefingError, ProblemList


def register(subparsers: Subparsers) -> None:
    parser = add_command(
        subparsers, "send", "e-mail a brief through the configured server",
        "E-mail FILE.brief as a PDF attachment through the mail server set in mail.yaml (see docs/mail.md). "
        "The marking's policy is checked first (allowed domains; TLP:RED only to named individuals); "
        "nothing is sent if any recipient is refused. Each sending is recorded in the brief's history.",
    )
    parser.add_argument("file", metavar="FILE.brief", type=Path)
    parser.add_argument("--to", metavar="ADDR", nargs="+", action="extend", required=True,
                        help="recipients (one or more; 'Name <addr>' or addr)")
    parser.add_argument("--cc", metavar="ADDR", nargs="+", action="extend", default=[], help="copy recipients")
    parser.add_argument("--docx", action="store_true", help="attach the DOCX as well as the PDF")
    parser.add_argument("--allow-large", action="store_true",
                        help="send even when the attachments exceed the configured size limit")
    parser.add_argument("--dry-run", action="store_true",
                        help="check the recipients and show what would be sent, without sending")
    parser.add_argument("--store-password", action="store_true",
                        help="ask for the SMTP password and keep it in the system keyring before sending")
    parser.set_defaults(func=run)


def _say(text: str) -> None:
    print(f"briefing: {text}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from briefing.delivery import load_mail_settings, prepare_send, send
    from briefing.delivery.history import brief_template, releasing
    from briefing.delivery.secrets import (
        ask_password,
        default_password_provider,
        fixed_password,
        require_keyring,
        store_password,
    )
    from briefing.delivery.smtp import DeliveryError

    path: Path = args.file
    if not path.is_file():
        raise BriefingError(f"{path} does not exist; give the path of a .brief file")
    settings = load_mail_settings()
    if not args.dry_run:
        settings.require_server()
    with releasing(path) as (brief, record):
        template = brief_template(brief)
        plan = prepare_send(brief, template, args.to, args.cc, settings=settings, attach_docx=args.docx)
        if plan.errors:
            raise ProblemList([f"not sent: {f.message}" for f in plan.errors])
        for warning in plan.warnings:
            _say(f"warning: {warning.message}")
        if any(w.code == "attachment-size" for w in plan.warnings) and not args.allow_large and not args.dry_run:
            raise BriefingError("not sent: the attachments are over the size limit; add --allow-large to send anyway")
        recipients = ", ".join(r.addr_spec for r in plan.to + plan.cc)
        files = ", ".join(f"{a.filename} ({a.size / 1024:.0f} KB)" for a in plan.attachments)
        if args.dry_run:
            print(f"Subject: {plan.content.subject}")
            print(f"To: {', '.join(r.text for r in plan.to)}")
            if plan.cc:
                print(f"Cc: {', '.join(r.text for r in plan.cc)}")
            print(f"Attached: {files}")
            print(f"Server: {settings.server if settings.host else 'not configured'}")
            print("Nothing was sent (--dry-run).")
            return 0
        if args.store_password:
            require_keyring(settings)  # before asking: a typed password with nowhere to keep it is lost
            store_password(settings, ask_password(settings, prompt=getpass.getpass))
        provider = default_password_provider()
        try:
            release = send(plan, settings, provider)
        except DeliveryError as error:
            if error.kind != "auth" or not sys.stdin.isatty():
                raise
            _say(str(error))  # one more try with a typed password, then give up
            release = send(plan, settings, fixed_password(provider(settings, retry=True)))
        try:
            record(release)
        except BriefingError as error:
            raise BriefingError(
                f"sent to {recipients}, but the release could not be recorded in {path}: {error}"
            ) from error
    print(f"Sent {files} to {recipients} ({plan.marking or 'unmarked'}); recorded in the history of {path}.")
    return 0


def draft_eml(brief_path: Path, out: Path, template_id: str | None = None) -> int:
    """`briefing export FILE.brief -o OUT.eml`: the draft, its size warning, and a record in the history."""
    from briefing.delivery.history import export_eml_draft
    from briefing.templating import load_template

    if not brief_path.is_file():
        raise BriefingError(f"{brief_path}: no such file; give the path of a .brief file")
    template = load_template(template_id) if template_id else None
    result = export_eml_draft(brief_path, out, template=template)
    for warning in result.warnings:
        _say(f"warning: {warning}")
    print(result.path)
    return 0
