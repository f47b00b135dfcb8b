"""WARC crawls (.warc, .warc.gz): one article per HTTP response or resource record holding HTML or text.

warcio reads record by record (a gzipped WARC member by member), so a crawl of any size streams;
one record's body is read up to the article limit and the rest of it skipped unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

import eventwire.read.limits as limits
from eventwire.errors import InputError, one_line
from eventwire.pipeline import Failure
from eventwire.read.decode import decode
from eventwire.read.limits import megabytes
from eventwire.read.names import printable
from eventwire.read.rawdoc import RawDoc, make_doc

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def read_warc(name: str, stream: IO[bytes]) -> Iterator[RawDoc | Failure]:
    """Articles from the HTML and text records of a WARC; sources are `name#record-number`."""
    number = found = 0
    records = iter(ArchiveIterator(stream))
    while True:
        source = f"{name}#{number + 1}"
        try:
            record = next(records, None)
            if record is None:
                break
            number += 1
            doc = _record_doc(source, record)
        except Exception as exc:  # noqa: BLE001 - warcio raises many kinds (AttributeError, KeyError) on bad input
            yield Failure(source if number else name, "read", f"broken WARC: {printable(one_line(exc))}")
            return
        if doc is not None:
            found += 1
            yield doc
    if not found:
        yield Failure(name, "read", f"WARC holds no HTML or text responses ({number} records)")


def _record_doc(source: str, record: Any) -> RawDoc | Failure | None:
    if record.rec_type not in ("response", "resource"):
        return None
    content_type = _content_type(record)
    if not content_type.lower().startswith(_TEXT_TYPES):
        return None
    limit = limits.max_article_bytes()
    body = record.content_stream().read(limit + 1)
    try:
        if len(body) > limit:
            raise InputError(f"record is over the {megabytes(limit)} limit for one article")
        charset = _CHARSET.search(content_type)
        text, warnings = decode(body, charset.group(1) if charset else None)
        is_html = not content_type.lower().startswith("text/plain")
        url = record.rec_headers.get_header("WARC-Target-URI")
        return make_doc(source, text, is_html, url=url, warnings=warnings)
    except InputError as exc:
        return Failure(source, "read", one_line(exc))


def _content_type(record: Any) -> str:
    if record.rec_type == "response" and record.http_headers is not None:
        return str(record.http_headers.get_header("Content-Type") or "")
    return str(record.rec_headers.get_header("Content-Type") or "")
