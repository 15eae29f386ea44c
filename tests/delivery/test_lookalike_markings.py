"""Markings that look like a label but are not spelled like it (zero-width characters, Cyrillic
letters, full-width forms) are compared in one normalised form, and a look-alike is refused.

The audit's repro: "TLP:RED" with a zero-width space, or with a Cyrillic "Е", was not matched by the
`TLP:RED` policy, so `send` delivered it to a disallowed domain while `check` called it an error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.checks import run_checks
from briefing.cli import main
from briefing.delivery import prepare_send
from briefing.delivery.policy import check_recipients
from briefing.delivery.settings import MailSettings
from briefing.errors import BriefingError
from briefing.exporting import export_brief
from briefing.model.marking import marking_key, marking_problem
from briefing.templating import Template

from .conftest import MailServer, make_brief
from .test_cli import configure, make_brief_file, releases

ZERO_WIDTH_RED = "TLP:\u200bRED"
CYRILLIC_RED = "TLP:R\u0415D"  # CYRILLIC CAPITAL LETTER IE
POLICY = MailSettings(allowed_domains={"TLP:RED": ["example.org"], "*": ["example.org", "list.example"]})


def errors(findings: list) -> list[str]:
    return [f.code for f in findings if f.severity == "error"]


def test_one_normal_form_for_every_comparison() -> None:
    assert marking_key(ZERO_WIDTH_RED) == marking_key("TLP:RED") == marking_key(" tlp:red ")
    assert marking_key("ＴＬＰ：ＲＥＤ") == marking_key("TLP:RED")  # full-width forms (NFKC)
    assert marking_key("TLP:\u202eDER") != marking_key("TLP:RED")
    assert marking_key(CYRILLIC_RED) != marking_key("TLP:RED")


def test_a_mixed_script_look_alike_is_named_in_one_sentence() -> None:
    problem = marking_problem(CYRILLIC_RED)
    assert problem is not None and "Cyrillic" in problem and "Latin" in problem and "\n" not in problem
    assert marking_problem("TLP:RED") is None
    assert marking_problem("СЕКРЕТНО") is None  # one script throughout is a real label, not a look-alike
    assert marking_problem("マル秘") is None  # kana with kanji is ordinary Japanese
    cyrillic_with_latin_c = marking_problem("СЕКРЕТНО".replace("С", "C", 1))
    assert cyrillic_with_latin_c is not None and "'C' (U+0043)" in cyrillic_with_latin_c


def test_the_policy_matches_a_zero_width_spelling() -> None:
    _, _, findings = check_recipients(ZERO_WIDTH_RED, ["dl-all@list.example"], [], POLICY)
    assert "domain-not-allowed" in errors(findings) and "list-address" in errors(findings)


def test_settings_keys_are_normalised_the_same_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.delivery.settings import load_mail_settings

    (tmp_path / "mail.yaml").write_text("policy:\n  allowed_domains:\n    'tlp:\u200bred': [example.org]\n"
                                        "  named_recipients: ['ＴＬＰ：ＲＥＤ']\n", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_TEMPLATE_PATH", str(tmp_path))
    settings = load_mail_settings()
    _, _, findings = check_recipients("TLP:RED", ["dl-all@list.example"], [], settings)
    assert "domain-not-allowed" in errors(findings) and "list-address" in errors(findings)


@pytest.mark.parametrize("label", [ZERO_WIDTH_RED, CYRILLIC_RED])
def test_send_refuses_a_look_alike_red(label: str, template: Template) -> None:
    plan = prepare_send(make_brief(marking=label), template, ["dl-all@list.example"], settings=POLICY)
    assert not plan.ok


def test_check_and_export_agree_on_a_look_alike(template: Template, tmp_path: Path) -> None:
    brief = make_brief(marking=CYRILLIC_RED)
    [finding] = [f for f in run_checks(brief, template) if f.code.startswith("marking")]
    assert finding.severity == "error" and "Cyrillic" in finding.message
    with pytest.raises(BriefingError, match="Cyrillic"):
        export_brief(brief, tmp_path / "out.pdf", template=template)
    assert not (tmp_path / "out.pdf").exists()


def test_a_zero_width_red_exports_as_red(template: Template, tmp_path: Path) -> None:
    brief = make_brief(marking=ZERO_WIDTH_RED)
    assert not [f for f in run_checks(brief, template) if f.code.startswith("marking")]
    assert template.marking.find(ZERO_WIDTH_RED) == template.marking.find("TLP:RED")


def test_cli_send_of_a_look_alike_red_sends_nothing(tmp_path: Path, smtp_server: MailServer,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    configure(tmp_path / "admin", smtp_server, monkeypatch,
              "policy:\n  allowed_domains:\n    TLP:RED: [example.org]\n    '*': [example.org, list.example]\n")
    for label in (ZERO_WIDTH_RED, CYRILLIC_RED):
        path = make_brief_file(tmp_path / f"{len(label)}-{ord(label[5])}.brief", make_brief(marking=label))
        code = main(["send", str(path), "--to", "dl-all@list.example"])
        err = capsys.readouterr().err
        assert code == 1 and "Traceback" not in err
        assert releases(path) == []
    assert smtp_server.received == []
