"""Deciding what kind of input a file holds, from its content first and its name second."""

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
#: Block tags in the head of a text above which it is taken for an HTML fragment.
_MIN_HTML_TAGS = 3
_EXTENSIONS: dict[str, Kind] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".txt": "text",
}


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


def sniff_text(head: str, name: str = "") -> Kind:
    """The kind of a decoded input, from the start of its text and, when that is unclear, its name."""
    stripped = head.lstrip()
    if _looks_like_jsonl(stripped):
        return "jsonl"
    start = stripped[:2048]
    if _FEED_MARKERS.search(start) and not _HTML_MARKERS.search(start):
        return "feed"
    if _HTML_MARKERS.search(start) or len(_BLOCK_TAGS.findall(stripped[:8192])) >= _MIN_HTML_TAGS:
        return "html"
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    by_name = _EXTENSIONS.get(suffix)
    # A name can only move plain text to a kind whose markers the content lacks when it is JSONL-like.
    return "jsonl" if by_name == "jsonl" and stripped.startswith("{") else "text"


def _looks_like_jsonl(stripped: str) -> bool:
    if not stripped.startswith("{"):
        return False
    first_line = stripped.split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(first_line), dict)
    except ValueError:
        return False
