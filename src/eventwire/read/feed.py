"""RSS and Atom feeds: one article per entry that has content or a summary.

The feed streams: its text is cut into entries (`<item>`, `<entry>`) as it is read, and each
entry is handed to feedparser on its own, as a one-entry feed (the text before the first
entry, the entry, closing tags), then dropped; memory holds one entry whatever the feed's
length.  Cutting the text rather than parsing the whole as XML keeps feedparser's leniency
with the broken feeds found in the wild (bare `&`, unclosed `<br>` in a description): one
broken entry cannot swallow the next.

Nothing is fetched or opened: feedparser is given bytes (a string it would take for a URL or a
file name), its XML parser loads no external entity, and its DOCTYPE handling keeps only plain
internal entities.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Generator, Iterator
from typing import IO, Any

import feedparser

import eventwire.read.limits as limits
from eventwire.errors import InputError, one_line
from eventwire.pipeline import Failure
from eventwire.read.decode import stream_codec
from eventwire.read.limits import megabytes
from eventwire.read.names import printable
from eventwire.read.rawdoc import RawDoc, make_doc
from eventwire.read.streams import peek

_CHUNK_BYTES = 65536
#: Characters of the text before the first entry kept to wrap each entry (namespaces, encoding).
_PROLOGUE_CHARS = 65536
#: Characters kept unscanned at the end of a chunk, so that a tag cut by the chunk is found whole.
_TAIL_CHARS = 256
_TOKEN = re.compile(
    r"(?P<skip><!\[CDATA\[|<!--)|<(?P<end>/?)(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?=[\s/>])", re.IGNORECASE
)
_CLOSERS = {"<![CDATA[": "]]>", "<!--": "-->"}
_TAG = re.compile(
    r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<[?!][^>]*>|<(/?)([A-Za-z_][\w.:-]*)[^>]*?(/?)>", re.DOTALL
)
_DECLARED_ENCODING = re.compile(r"""(<\?xml[^>]*?)\sencoding\s*=\s*["'][^"']*["']""")


def read_feed(name: str, stream: IO[bytes]) -> Iterator[RawDoc | Failure]:
    """Articles from a feed's entries; sources are `name#entry-number`."""
    head, stream = peek(stream, limits.HEAD_BYTES)
    try:
        codec, warnings = stream_codec(head)
    except InputError as exc:
        yield Failure(name, "read", one_line(exc))
        return
    cutter = _EntryCutter()
    number = 0
    for number, (entry, size) in enumerate(cutter.entries(_decoded(stream, codec)), start=1):
        source = f"{name}#{number}"
        try:
            if entry is None:
                limit = megabytes(limits.max_article_bytes())
                raise InputError(f"entry is {megabytes(size)}, over the {limit} limit for one article")
            yield _entry_doc(source, cutter.alone(entry), warnings)
        except InputError as exc:
            yield Failure(source, "read", one_line(exc))
    if not number:
        yield Failure(name, "read", _no_entries(cutter.alone("")))


def _decoded(stream: IO[bytes], codec: str) -> Iterator[tuple[str, bool]]:
    """The stream's text a chunk at a time, each with whether it is the last."""
    decoder = codecs.getincrementaldecoder(codec)(errors="replace")
    while chunk := stream.read(_CHUNK_BYTES):
        yield decoder.decode(chunk), False
    yield decoder.decode(b"", final=True), True


class _EntryCutter:
    """Cuts a feed's text into entries as it streams; keeps the text before the first one.

    An entry runs from `<item` or `<entry` (any namespace prefix) to its matching end tag;
    CDATA sections and comments are skipped whole.  An entry over the article limit is
    dropped as it grows and given as None with its size.
    """

    def __init__(self) -> None:
        self.prologue: list[str] = []
        self.prologue_size = 0
        self.seen_entry = False
        self.parts: list[str] | None = None  # the entry being read, or None outside one
        self.size = 0
        self.depth = 0
        self.until: str | None = None  # the end of a CDATA section or comment being skipped

    def entries(self, chunks: Iterator[tuple[str, bool]]) -> Iterator[tuple[str | None, int]]:
        pending = ""
        for chunk, last in chunks:
            data = pending + chunk
            pending = yield from self._scan(data, len(data) if last else None)
        if self.parts is not None:  # an entry left open at the end: feedparser reads what there is
            yield self._finish()

    def _scan(self, data: str, hold: int | None) -> Generator[tuple[str | None, int], None, str]:
        """Entries ended in `data`; returns the text to scan again with the next chunk.

        `hold` is where scanning may stop: the end for the last chunk, else None (keep a tail).
        """
        done = pos = 0
        while True:
            if self.until is not None:
                close = data.find(self.until, pos)
                if close < 0:
                    cut = max(pos, len(data) - len(self.until)) if hold is None else hold
                    break
                pos, self.until = close + len(self.until), None
                continue
            match = _TOKEN.search(data, pos)
            if match is None:
                cut = max(pos, len(data) - _TAIL_CHARS) if hold is None else hold
                break
            pos = match.end()
            if match.group("skip"):
                self.until = _CLOSERS[match.group("skip").upper()]
            elif not match.group("end"):
                if self.parts is None:
                    self._keep(data[done : match.start()])
                    done, self.parts, self.size, self.depth = match.start(), [], 0, 0
                self.depth += 1
            elif self.parts is not None and self.depth == 1:
                gt = data.find(">", pos)
                if gt < 0 and hold is None:
                    cut = match.start()
                    break
                end = len(data) if gt < 0 else gt + 1
                self._keep(data[done:end])
                done = pos = end
                yield self._finish()
            elif self.parts is not None:
                self.depth -= 1
        self._keep(data[done:cut])
        return data[cut:]

    def _keep(self, text: str) -> None:
        if self.parts is not None:
            self.size += len(text)
            if self.size > limits.max_article_bytes():
                self.parts.clear()
            else:
                self.parts.append(text)
        elif not self.seen_entry and self.prologue_size < _PROLOGUE_CHARS:
            self.prologue.append(text[: _PROLOGUE_CHARS - self.prologue_size])
            self.prologue_size += len(self.prologue[-1])

    def _finish(self) -> tuple[str | None, int]:
        parts, size = self.parts or [], self.size
        self.parts, self.seen_entry = None, True
        return ("".join(parts) if size <= limits.max_article_bytes() else None), size

    def alone(self, entry: str) -> bytes:
        """The entry as a feed of its own, in UTF-8: the prologue, the entry, the prologue's end tags."""
        prologue = _DECLARED_ENCODING.sub(r"\1", "".join(self.prologue), count=1)
        return (prologue + entry + _closing_tags(prologue)).encode("utf-8", "replace")


def _closing_tags(prologue: str) -> str:
    """End tags for the elements the prologue leaves open (`</channel></rss>`)."""
    open_tags: list[str] = []
    for match in _TAG.finditer(prologue):
        closing, tag, empty = match.group(1), match.group(2), match.group(3)
        if tag is None or empty:
            continue
        if not closing:
            open_tags.append(tag)
        elif tag in open_tags:
            del open_tags[len(open_tags) - 1 - open_tags[::-1].index(tag) :]
    return "".join(f"</{tag}>" for tag in reversed(open_tags))


def _no_entries(prologue: bytes) -> str:
    """Why a feed gave no entry: feedparser's complaint about its start, or that it has none."""
    try:
        parsed = feedparser.parse(io.BytesIO(prologue))
    except Exception:  # noqa: BLE001 - feedparser may raise anything on a broken start; it is only a reason
        return "broken feed"
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and isinstance(problem, BaseException):
        return f"broken feed: {printable(one_line(problem))}"
    return "feed has no entries"


def _entry_doc(source: str, entry_xml: bytes, warnings: tuple[str, ...]) -> RawDoc:
    try:
        # Bytes in a stream: feedparser takes a string for a URL to fetch or a file to open.
        parsed = feedparser.parse(io.BytesIO(entry_xml))
    except Exception as exc:  # noqa: BLE001 - feedparser raises many kinds on broken markup
        raise InputError(f"feed entry could not be read ({printable(one_line(exc))})") from None
    entries = parsed.get("entries") or []
    if not entries:
        raise InputError("feed entry could not be read")
    entry = entries[0]
    body, mime = _entry_body(entry)
    if not body.strip():
        raise InputError("feed entry has no content or summary")
    return make_doc(
        source,
        body,
        "html" in mime,
        id=entry.get("id"),
        title=entry.get("title"),
        url=entry.get("link"),
        published=entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published"),
        warnings=warnings,
    )


def _entry_body(entry: Any) -> tuple[str, str]:
    """The longest of the entry's content blocks and summary, and its MIME type."""
    candidates = [(c.get("value") or "", c.get("type") or "text/html") for c in entry.get("content") or []]
    summary = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", summary.get("type") or "text/html"))
    return max(candidates, key=lambda pair: len(pair[0]))
