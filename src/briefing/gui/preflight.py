"""Check, before Qt starts, that a Linux desktop has the X11 libraries Qt's xcb platform needs.

Without them Qt aborts with "Could not load the Qt platform plugin "xcb"", which tells a
user nothing. This names the missing Debian/Ubuntu packages and the command that installs
them. Imports no Qt, so it can run (and report) when Qt itself cannot.
"""

from __future__ import annotations

import ctypes
import os
import sys

# shared object -> Debian/Ubuntu package providing it
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libfontconfig.so.1": "libfontconfig1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt will try the xcb platform plugin in this environment."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return False
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_packages(libraries: dict[str, str] | None = None) -> list[str]:
    """The packages whose library cannot be loaded, in a stable order."""
    missing: list[str] = []
    for soname, package in (libraries or XCB_LIBRARIES).items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def advice(packages: list[str]) -> str:
    return ("Briefing cannot open its window: the X11 libraries Qt needs are missing "
            f"({', '.join(packages)}).\nInstall them with:\n\n    sudo apt-get install {' '.join(packages)}\n\n"
            "(on Fedora: sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms xcb-util-image "
            "xcb-util-renderutil libxkbcommon-x11), then start Briefing again.")


def check(environ: dict[str, str] | None = None) -> str | None:
    """None when all is well (or xcb is not in use), else the message to print."""
    if not uses_xcb(environ):
        return None
    packages = missing_packages()
    return advice(packages) if packages else None


def main() -> int:
    problem = check()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    if uses_xcb():
        print("The X11 libraries the desktop app needs are installed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
