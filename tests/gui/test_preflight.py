"""The platform check names the packages to install instead of Qt's cryptic plugin failure."""

from __future__ import annotations

import pytest

from briefing.gui import preflight


def test_xcb_is_detected_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preflight.sys, "platform", "linux")
    assert preflight.uses_xcb({"DISPLAY": ":0"})
    assert not preflight.uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert not preflight.uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert preflight.uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not preflight.uses_xcb({})
    monkeypatch.setattr(preflight.sys, "platform", "darwin")
    assert not preflight.uses_xcb({"DISPLAY": ":0"})


def test_missing_libraries_become_an_apt_get_line(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = {"libc.so.6": "libc6", "libbriefing-no-such-lib.so.9": "libxcb-cursor0"}
    assert preflight.missing_packages(fake) == ["libxcb-cursor0"]
    monkeypatch.setattr(preflight, "XCB_LIBRARIES", fake)
    monkeypatch.setattr(preflight.sys, "platform", "linux")
    message = preflight.check({"DISPLAY": ":0"})
    assert message is not None
    assert "sudo apt-get install libxcb-cursor0" in message
    assert preflight.check({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_main_reports_on_stderr_and_fails(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(preflight, "check", lambda environ=None: "missing: libxcb-icccm4")
    assert preflight.main() == 1
    assert "libxcb-icccm4" in capsys.readouterr().err
