"""JSONL: one article per line (`text` or `html`, optional `id`, `title`, `url`, `published`).

Read a line at a time, so a dump of any size streams in the memory of its longest line; gzip
and zstd dumps are decompressed as they are read.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import IO, Any

import eventwire.read.limits as limits
from eventwire.errors import InputError, one_line
from eventwire.pipeline import Failure
from eventwire.read.decode import decode
from eventwire.read.limits import megabytes
from eventwire.read.names import printable
from eventwire.read.rawdoc import RawDoc, make_doc
from eventwire.read.sniff import looks_like_html
from eventwire.read.streams import STREAM_ERRORS, compression, decompressed, peek


def read_jsonl(name: str, stream: IO[bytes], first_line: int = 1) -> Iterator[RawDoc | Failure]:
    """One RawDoc per article line; a Failure naming `name:line` for each bad one; blank lines skipped.

    ``first_line`` is the number of the stream's first line in its file, for a stream that is a
    slice of a dump (a shard of a run on a cluster).
    """
    head, stream = peek(stream, 4)
    packed = compression(head)
    if packed is not None:
        stream = decompressed(stream, packed)
    number, found = first_line - 1, False
    try:
        for number, line in enumerate(_bounded_lines(stream), start=first_line):
            raw_line = line.removeprefix(codecs.BOM_UTF8) if number == 1 else line  # saved with a BOM
            if raw_line.strip():
                found = True
                yield _line_item(f"{name}:{number}", raw_line)
    except STREAM_ERRORS as exc:
        what = f"{packed} data" if packed else "input"
        yield Failure(f"{name}:{number + 1}", "read", f"{what} is broken here: {_reason(exc)}")
        return
    if not found:
        yield Failure(name, "read", "empty file")


def _reason(exc: BaseException) -> str:
    return printable(one_line(exc))


def _bounded_lines(stream: IO[bytes]) -> Iterator[bytes]:
    """Lines of at most the article limit + 1 bytes: an over-long line is cut (and refused), not held."""
    limit = limits.max_article_bytes()
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
                pass
        yield line


def _line_item(source: str, raw_line: bytes) -> RawDoc | Failure:
    try:
        return _read_line(raw_line, source)
    except InputError as exc:
        return Failure(source, "read", one_line(exc))


def _read_line(raw_line: bytes, source: str) -> RawDoc:
    if len(raw_line) > limits.max_article_bytes():
        raise InputError(f"line is over the {megabytes(limits.max_article_bytes())} limit for one article")
    warnings: tuple[str, ...] = ()
    try:
        line = raw_line.decode("utf-8")
    except UnicodeDecodeError:
        line, warnings = decode(raw_line.strip())
    obj = parse_object(line)
    return record_doc(source, obj, warnings)


def parse_object(line: str) -> dict[str, Any]:
    """The JSON object of one line; InputError for anything else (NaN and Infinity are not JSON)."""
    try:
        obj = json.loads(line, parse_constant=_not_json)
    except RecursionError:
        raise InputError("JSON nested too deeply to read") from None
    except ValueError as exc:
        raise InputError(f"line is not valid JSON ({printable(str(exc))})") from None
    if not isinstance(obj, dict):
        kind = {list: "array", str: "string", bool: "boolean"}.get(type(obj), type(obj).__name__)
        raise InputError(f"line is a JSON {kind}, not an article object")
    return obj


def _not_json(word: str) -> Any:
    raise ValueError(f"{word} is not a JSON value")


def record_doc(source: str, obj: dict[str, Any], warnings: tuple[str, ...] = ()) -> RawDoc:
    """The article of one JSON object in the contract's JSONL form; InputError when it holds none."""
    text, html = obj.get("text"), obj.get("html")
    body, is_html = (html, True) if isinstance(html, str) and html.strip() else (text, False)
    if not isinstance(body, str):
        raise InputError("JSON object has no 'text' or 'html' field")
    # Dumps often carry raw page markup in "text"; it is read as the HTML it is.
    is_html = is_html or looks_like_html(body.lstrip())
    return make_doc(
        source,
        body,
        is_html,
        id=obj.get("id"),
        title=obj.get("title"),
        url=obj.get("url"),
        published=obj.get("published"),
        warnings=warnings,
    )
