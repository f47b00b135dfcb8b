"""JSONL: one article per line (`text` or `html`, optional `id`, `title`, `url`, `published`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from eventwire.errors import InputError, one_line
from eventwire.pipeline import Failure
from eventwire.read.decode import decode
from eventwire.read.limits import MAX_LINE_BYTES, megabytes
from eventwire.read.rawdoc import RawDoc, make_doc
from eventwire.read.sniff import sniff_text


def read_jsonl(name: str, stream: IO[bytes]) -> Iterator[RawDoc | Failure]:
    """One RawDoc per article line; a Failure naming `name:line` for each bad one; blank lines skipped."""
    for number, raw_line in enumerate(_bounded_lines(stream), start=1):
        if not raw_line.strip():
            continue
        source = f"{name}:{number}"
        try:
            yield _read_line(source, raw_line)
        except InputError as exc:
            yield Failure(source, "read", one_line(exc))


def _bounded_lines(stream: IO[bytes]) -> Iterator[bytes]:
    """Lines of at most MAX_LINE_BYTES + 1 bytes: an over-long line is cut (and refused), not held whole."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
        yield line


def _read_line(source: str, raw_line: bytes) -> RawDoc:
    if len(raw_line) > MAX_LINE_BYTES:
        raise InputError(f"line is {megabytes(len(raw_line))}, over the {megabytes(MAX_LINE_BYTES)} limit")
    line, warnings = decode(raw_line.strip(), "utf-8" if _is_utf8(raw_line) else None)
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise InputError(f"line is not valid JSON ({exc})") from None
    if not isinstance(obj, dict):
        raise InputError(f"line is a JSON {type(obj).__name__}, not an article object")
    return record_doc(source, obj, warnings)


def record_doc(source: str, obj: dict[str, Any], warnings: tuple[str, ...] = ()) -> RawDoc:
    """The article of one JSON object in the contract's JSONL form; InputError when it holds none."""
    text, html = obj.get("text"), obj.get("html")
    body, is_html = (html, True) if isinstance(html, str) and html.strip() else (text, False)
    if not isinstance(body, str):
        raise InputError("JSON object has no 'text' or 'html' field")
    # Dumps often carry raw page markup in "text"; it is read as the HTML it is.
    is_html = is_html or sniff_text(body[:8192]) == "html"
    return make_doc(
        source,
        body,
        is_html,
        id=_str(obj.get("id")),
        title=_str(obj.get("title")),
        url=_str(obj.get("url")),
        published=obj.get("published"),
        warnings=warnings,
    )


def _str(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
