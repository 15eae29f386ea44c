"""The attachments of an e-mail, each read as a source of its own through the reader registry.

Kept apart from the e-mail reader: it needs the registry (an attachment may be any format), and
the registry needs the e-mail reader, so living in either closed an import cycle.
"""

from __future__ import annotations

from briefing.ingest.eml import list_attachments, parse_message
from briefing.ingest.errors import IngestError
from briefing.ingest.limits import IngestLimits
from briefing.ingest.registry import read_bytes
from briefing.model.source import Source


def read_attachments(data: bytes, name: str, limits: IngestLimits) -> list[tuple[str, Source | IngestError]]:
    """Each attachment of an e-mail read as a source of its own (or the reason it cannot be).

    The origin of an attachment's source is "MAIL.eml/ATTACHMENT", so the reference says where
    it came from.
    """
    results: list[tuple[str, Source | IngestError]] = []
    for attachment in list_attachments(parse_message(data)):
        where = f"{name}/{attachment.filename}"
        try:
            results.append((where, read_bytes(attachment.content(), where, limits,
                                              content_type=attachment.content_type)))
        except IngestError as error:
            results.append((where, error))
    return results
