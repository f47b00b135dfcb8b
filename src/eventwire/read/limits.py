"""Size limits, all per article: an input bigger than these is refused with a clear message, not held.

Inputs of many articles (JSONL, WARC, feeds, folders, standard input) have no size limit of
their own: they are read an article at a time.  The limits are settings (``limits`` of the
configuration in force); callers read them through these functions.
"""

from __future__ import annotations

from eventwire.config import active


def max_article_bytes() -> int:
    """Bytes of one article as stored: a text or HTML file, a JSONL line, a WARC record body, a feed
    entry (``limits.max_article_bytes``)."""
    return active().limits.max_article_bytes


def max_article_chars() -> int:
    """Characters of one article's text (plain text as read, the text extracted from a page, the
    cleaned text): the most the NLP stage parses in one piece (``limits.max_article_chars``)."""
    return active().limits.max_article_chars


#: Bytes read from the start of an input to decide its kind when its name does not say.
HEAD_BYTES = 65536


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"
