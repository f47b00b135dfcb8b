"""Size limits, all per article: an input bigger than these is refused with a clear message, not held.

Inputs of many articles (JSONL, WARC, feeds, folders, standard input) have no size limit of
their own: they are read an article at a time.  Callers read these names through the module
(``limits.MAX_ARTICLE_BYTES``) so that tests can lower them.
"""

from __future__ import annotations

#: Bytes of one article as stored: a text or HTML file, a JSONL line, a WARC record body, a feed
#: entry.  News pages are 100-300 KB; this leaves room for bloated ones.
MAX_ARTICLE_BYTES = 25 * 1024 * 1024
#: Characters of one article's text (plain text as read, or the text extracted from a page):
#: the most the NLP stage parses in one piece (spaCy's max_length as eventwire.nlp sets it).
MAX_TEXT_CHARS = 5_000_000
#: Bytes read from the start of an input to decide its kind when its name does not say.
HEAD_BYTES = 65536


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"
