"""Checks on a zip container before anything unpacks it: a DOCX can be a zip bomb."""

from __future__ import annotations

import io
import zipfile

from briefing.ingest.errors import IngestError
from briefing.ingest.limits import IngestLimits, human_size


def check_zip(data: bytes, limits: IngestLimits, *, kind: str = "DOCX") -> None:
    """Refuse a damaged zip, or one whose members would expand past the limits.

    Only the central directory is read here. The sizes it declares are binding: Python's
    zipfile stops at a member's declared size and rejects a member whose data does not
    match its CRC, so a bomb cannot lie its way past this check.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
        raise IngestError(f"is not a valid {kind} file (it is damaged, truncated or not a {kind} at all)") from None
    if len(members) > limits.max_zip_members:
        raise IngestError(f"has {len(members):,} parts, more than a {kind} has (limit {limits.max_zip_members:,})")
    total = sum(member.file_size for member in members)
    if total > limits.max_unzipped_bytes:
        raise IngestError(
            f"would unpack to {human_size(total)}, more than the limit of {human_size(limits.max_unzipped_bytes)} "
            "(a zip bomb, or a document too large to import)"
        )
    for member in members:
        if member.file_size > 1024 * 1024 and member.file_size > limits.max_zip_ratio * max(member.compress_size, 1):
            raise IngestError(
                f"has a part ({member.filename}) compressed {member.file_size // max(member.compress_size, 1):,} "
                "times over, which only zip bombs do; it was not opened"
            )
