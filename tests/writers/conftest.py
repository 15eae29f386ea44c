"""Shared helpers of the writer tests: compose the sample brief and read written files back."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.compose import Document, compose
from briefing.templating.model import Template
from compose.conftest import situation_template  # tests/ is on sys.path: its subfolders are packages
from compose.samples import sample_brief

__all__ = ["pdf_fonts", "sample_brief", "sample_document", "situation_template"]


def sample_document(template: Template | None = None) -> Document:
    return compose(sample_brief(), template or situation_template())


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font `pdffonts` lists."""
    output = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    fonts = []
    for line in output.splitlines()[2:]:
        parts = line.split()
        # name type... emb sub uni object ID: emb is the 5th field from the end
        fonts.append((parts[0], parts[-5] == "yes"))
    return fonts


needs_poppler = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
