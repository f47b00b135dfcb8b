"""Size limits: an input bigger than these is refused with a clear message, not read into memory."""

from __future__ import annotations

#: One plain-text or HTML file (news articles are kilobytes; this leaves room for bloated pages).
MAX_FILE_BYTES = 25 * 1024 * 1024
#: One line of a JSONL file.
MAX_LINE_BYTES = 25 * 1024 * 1024
#: One WARC record body or feed file.
MAX_RECORD_BYTES = 25 * 1024 * 1024
MAX_FEED_BYTES = 100 * 1024 * 1024


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"
