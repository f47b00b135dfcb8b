"""Paths to inputs: files, folders (recursive, sorted, hidden files skipped) and standard input."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import InputError, one_line
from eventwire.pipeline import Failure
from eventwire.read.decode import decode
from eventwire.read.feed import read_feed
from eventwire.read.jsonl import read_jsonl
from eventwire.read.limits import MAX_FEED_BYTES, MAX_FILE_BYTES, megabytes
from eventwire.read.rawdoc import RawDoc, make_doc
from eventwire.read.sniff import is_warc, sniff_text
from eventwire.read.warc import read_warc

#: Bytes read to decide a file's kind before reading the rest.
_HEAD_BYTES = 65536


def read_path(path: str) -> Iterator[RawDoc | Failure]:
    """Every article in a file or folder, in sorted order; one Failure per unreadable input."""
    target = Path(path)
    if target.is_dir():
        files = list(_walk(target))
        if not files:
            yield Failure(path, "read", "folder holds no input files")
        for file in files:
            yield from _read_file(file, str(file))
    elif target.exists():
        yield from _read_file(target, path)
    else:
        yield Failure(path, "read", "no such file or folder")


def read_stdin(stdin: BinaryIO) -> Iterator[RawDoc | Failure]:
    """Standard input, sniffed like a file."""
    data = stdin.read(max(MAX_FILE_BYTES, MAX_FEED_BYTES) + 1)
    yield from _read_bytes("-", io.BytesIO(data), len(data))


def _walk(folder: Path) -> list[Path]:
    """Every visible file under a folder, in sorted path order (a/x before b/ before c)."""
    found: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / name for name in names if not name.startswith("."))
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def _read_file(path: Path, name: str) -> Iterator[RawDoc | Failure]:
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            yield from _read_bytes(name, stream, size)
    except PermissionError:
        yield Failure(name, "read", "permission denied")
    except IsADirectoryError:
        yield Failure(name, "read", "is a folder")
    except OSError as exc:
        yield Failure(name, "read", f"cannot read: {exc.strerror or one_line(exc)}")


def _read_bytes(name: str, stream: BinaryIO, size: int) -> Iterator[RawDoc | Failure]:
    head = stream.read(_HEAD_BYTES)
    if not head.strip():
        yield Failure(name, "read", "empty file")
        return
    stream.seek(0)
    if is_warc(head):
        yield from read_warc(name, stream)
        return
    try:
        # The head may end inside a multi-byte character; only its start matters for sniffing.
        kind = sniff_text(decode(head)[0], name)
    except InputError as exc:
        yield Failure(name, "read", one_line(exc))
        return
    if kind == "jsonl":
        yield from read_jsonl(name, stream)
        return
    yield from _read_whole(name, stream, size, kind)


def _read_whole(name: str, stream: BinaryIO, size: int, kind: str) -> Iterator[RawDoc | Failure]:
    limit = MAX_FEED_BYTES if kind == "feed" else MAX_FILE_BYTES
    if size > limit:
        yield Failure(name, "read", f"file is {megabytes(size)}, over the {megabytes(limit)} limit")
        return
    try:
        text, warnings = decode(stream.read())
        if kind == "feed":
            yield from read_feed(name, text)
            return
        yield make_doc(name, text, kind == "html", warnings=warnings)
    except InputError as exc:
        yield Failure(name, "read", one_line(exc))
