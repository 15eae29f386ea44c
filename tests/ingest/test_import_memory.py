"""Peak memory of one import: at most 4 x the file's size + 200 MB (measured in a fresh process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

_MEASURE = """
import json, resource, sys
from briefing.ingest import import_paths
from briefing.model import Brief
import briefing.ingest.eml, briefing.ingest.pdf, briefing.ingest.registry
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
report = import_paths(Brief(), [sys.argv[1]], attachments=True, isolate_pdfs=False)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"growth": (after - before) * 1024, "imported": len(report.imported)}))
"""


@pytest.mark.slow
def test_a_large_attachment_costs_at_most_four_times_the_file(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "desk@example.org"
    message["Subject"] = "Scans from the field office"
    message.set_content("The scans are attached.")
    message.add_attachment(os.urandom(24 * 1024 * 1024), maintype="application", subtype="octet-stream",
                           filename="scans.bin")
    path = tmp_path / "big.eml"
    path.write_bytes(message.as_bytes())
    size = path.stat().st_size
    assert size > 30 * 1024 * 1024
    run = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    measured = json.loads(run.stdout.strip().splitlines()[-1])
    assert measured["imported"] == 1
    assert measured["growth"] <= 4 * size + 200 * 1024 * 1024
