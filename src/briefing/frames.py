"""Pickled frames over a pipe: how the app talks to its helper processes (4-byte length, pickle).

Only our own processes are at either end: a frame is unpickled only from a helper this process
started, never from a file or the network.
"""

from __future__ import annotations

import pickle
import struct
from typing import IO

_HEADER = struct.Struct(">I")


def write_frame(stream: IO[bytes], payload: object) -> None:
    """Send one object and flush."""
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> object | None:
    """The next object, or None at the end of the stream (the other side is gone)."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)  # from a helper process this process started
