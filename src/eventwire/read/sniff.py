"""Deciding what kind of input a file holds: its name when the name says, else its content.

An explicit extension decides (`.jsonl`, `.warc.gz`, `.rss`, `.html`, `.txt`, ...), so that a
dump whose first line is longer than the sniffed head is never taken for one page.  Content
sniffing is only for names that do not say (standard input, `dump`, `page.dat`), and takes
anything that starts like a JSON object for JSONL: a file of many records is never read as
one article.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from typing import Literal

Kind = Literal["text", "html", "jsonl", "warc", "feed"]

_HTML_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
_FEED_MARKERS = re.compile(r"<rss[\s>]|<feed[\s>]|<rdf:RDF[\s>]", re.IGNORECASE)
_BLOCK_TAGS = re.compile(r"</?(?:p|div|br|article|section|span|a|h[1-6]|table|li)[\s/>]", re.IGNORECASE)
#: A JSON object's start: `{"key"` or `{}` on the first line.
_JSON_OBJECT_START = re.compile(r'\{[ \t]*(?:"|\})')
#: Block tags in the head of a text above which it is taken for an HTML fragment.
_MIN_HTML_TAGS = 3
#: Name endings that decide the kind, longest first where one ends another.
_EXTENSIONS: tuple[tuple[str, Kind], ...] = (
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".jsonl.zst", "jsonl"),
    (".ndjson.zst", "jsonl"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".xml", "feed"),
    (".txt", "text"),
)


def kind_by_name(name: str) -> Kind | None:
    """The kind an input's name says, or None when it says nothing."""
    lowered = name.lower()
    return next((kind for ending, kind in _EXTENSIONS if lowered.endswith(ending)), None)


def is_warc(data: bytes) -> bool:
    """True for an uncompressed WARC, or a gzip whose first member starts as one."""
    if data.startswith(b"WARC/"):
        return True
    if data.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:65536], 16)
        except (zlib.error, gzip.BadGzipFile, EOFError):
            return False
        return head.startswith(b"WARC/")
    return False


def sniff_text(head: str) -> Kind:
    """The kind of a decoded input (or one article's body), from the start of its text."""
    stripped = head.lstrip()
    if _looks_like_jsonl(stripped):
        return "jsonl"
    start = stripped[:2048]
    if _FEED_MARKERS.search(start) and not _HTML_MARKERS.search(start):
        return "feed"
    return "html" if looks_like_html(stripped) else "text"


def looks_like_html(text: str) -> bool:
    """True for a page or an HTML fragment (a few block tags near the start)."""
    return bool(_HTML_MARKERS.search(text[:2048])) or len(_BLOCK_TAGS.findall(text[:8192])) >= _MIN_HTML_TAGS


def _looks_like_jsonl(stripped: str) -> bool:
    if not stripped.startswith("{"):
        return False
    if _JSON_OBJECT_START.match(stripped):
        return True
    first_line = stripped.split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(first_line), dict)
    except (ValueError, RecursionError):
        return False
