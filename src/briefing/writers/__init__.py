"""Writers: Document -> bytes on disk, one module per format, registered by suffix."""
