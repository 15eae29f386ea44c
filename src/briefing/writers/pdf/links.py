"""Internal links (citation markers → their source) with a quicker way to write them into the PDF.

A long brief has a link annotation for every citation marker. reportlab writes each through its
generic object formatter (a dictionary built, its keys sorted and each key and value formatted
recursively), about a third of the time it takes to write the file. These annotations always
have the same shape (no border, no contents, a destination and a rectangle), so their bytes
are put together directly, and each destination (one per source) is formatted once. The first
annotation of each document is also formatted the generic way and compared: should a reportlab
release write them differently, the generic way is used.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas as rl_canvas

_HEAD = b"<<\n/Border [ 0 0 0 ] /Contents () /Dest "
_TAIL = b" ] /Subtype /Link /Type /Annot\n>>"

# per document: does the direct form give exactly the generic bytes? (checked on its first link)
_DIRECT_OK: WeakKeyDictionary[Any, bool] = WeakKeyDictionary()
# per document: each destination's bytes (every citation of a source links to the same one)
_DESTINATIONS: WeakKeyDictionary[Any, dict[Any, bytes]] = WeakKeyDictionary()


class DestinationLink(pdfdoc.LinkAnnotation):
    """A borderless link to a named destination: reportlab's LinkAnnotation, formatted directly."""

    def format(self, document: Any) -> bytes:
        direct_ok = _DIRECT_OK.get(document)
        if direct_ok is False or not isinstance(document.encrypt, pdfdoc.NoEncryption):
            return bytes(super().format(document))
        destinations = _DESTINATIONS.get(document)
        if destinations is None:
            destinations = _DESTINATIONS[document] = {}
        destination = destinations.get(self.Destination)
        if destination is None:  # formatted once (the first time also names its page's object)
            destination = destinations[self.Destination] = pdfdoc.format(self.Destination, document)
        direct = b"".join((_HEAD, destination, b" /Rect [ ",
                           b" ".join(fp_str(value).encode("ascii") for value in self.Rect), _TAIL))
        if direct_ok is None:
            generic = bytes(super().format(document))
            _DIRECT_OK[document] = direct == generic
            return generic
        return direct


def link_to_destination(canvas: Any, destination: str, box: tuple[float, float, float, float]) -> None:
    """canvas.linkRect("", destination, box, relative=1, thickness=0), as a DestinationLink.

    Uses the canvas's private helpers that linkRect itself uses; where a reportlab release lacks
    them, linkRect is called instead."""
    if not all(hasattr(canvas, name) for name in ("_bookmarkReference", "_absRect", "_addAnnotation")):
        canvas.linkRect("", destination, box, relative=1, thickness=0)  # pragma: no cover
        return
    reference = canvas._bookmarkReference(destination)
    kw: dict[str, Any] = {"Rect": canvas._absRect(box, 1), "Contents": "", "Destination": reference}
    rl_canvas._annFormat(kw, None, 0, None)
    canvas._addAnnotation(DestinationLink(**kw), None, 1)
