"""Emitting signals from Python never runs True's reference count down to a crash.

PySide6 6.12.0 drops a reference to True on every emit; on Python 3.11 the process aborted
("bool_dealloc") after a few thousand, e.g. keystrokes pushed as commands.
"""

from __future__ import annotations

import subprocess
import sys

CHILD = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
import briefing.gui  # noqa: F401
app = QCoreApplication([])
class Sender(QObject):
    changed = Signal(object)
sender = Sender()
sender.changed.connect(lambda _value: None)
for _ in range(20_000):
    sender.changed.emit(1)
print("done")
"""


def test_many_emits_do_not_crash_the_process() -> None:
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"
