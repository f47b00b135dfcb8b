"""Paths to inputs: files, folders (recursive, sorted, hidden files skipped) and standard input.

Every input is read as a stream, never seeked: its head decides the kind when its name does
not, and is then handed back in front of the rest.  Inputs of many articles stream an
article at a time; one text or HTML article is read whole, up to the article size limit.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import eventwire.read.limits as limits
from eventwire.errors import InputError, one_line
from eventwire.pipeline import Failure
from eventwire.read.decode import binary_kind, decode
from eventwire.read.feed import read_feed
from eventwire.read.jsonl import read_jsonl
from eventwire.read.limits import megabytes
from eventwire.read.names import display_name, printable
from eventwire.read.rawdoc import RawDoc, make_doc
from eventwire.read.sniff import Kind, is_warc, kind_by_name, looks_like_html, sniff_text
from eventwire.read.streams import compression, peek, read_up_to
from eventwire.read.warc import read_warc

_NOT_REGULAR = (
    (stat.S_ISFIFO, "named pipe"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


def read_path(path: str) -> Iterator[RawDoc | Failure]:
    """Every article in a file or folder, in sorted order; one Failure per unreadable input."""
    target = Path(path)
    name = display_name(path)
    if target.is_dir():
        found = False
        for file in _walk(target):
            found = True
            if isinstance(file, Failure):
                yield file
            else:
                yield from _read_file(file, in_folder=True)
        if not found:
            yield Failure(name, "read", "folder holds no input files")
    elif target.exists() or target.is_symlink():
        yield from _read_file(target, in_folder=False)
    else:
        yield Failure(name, "read", "no such file or folder")


def read_stdin(stdin: IO[bytes]) -> Iterator[RawDoc | Failure]:
    """Standard input, sniffed like a file with a name that says nothing, and streamed."""
    yield from read_stream("-", "-", stdin, None)


def _walk(folder: Path) -> Iterator[Path | Failure]:
    """Every visible file under a folder, in sorted path order (a/x before b/ before c).

    One folder's listing is held at a time; links to folders are not followed (no loops).
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        reason = exc.strerror or printable(one_line(exc))
        yield Failure(display_name(str(folder)), "read", f"cannot list folder: {reason}")
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path))
        elif not (entry.is_symlink() and entry.is_dir()):
            yield Path(entry.path)


def _read_file(path: Path, in_folder: bool) -> Iterator[RawDoc | Failure]:
    name = display_name(str(path))
    try:
        # In a folder, a named pipe must not block the run: open without waiting, then refuse it.
        fd = os.open(path, os.O_RDONLY | (os.O_NONBLOCK if in_folder else 0))
    except OSError as exc:
        yield Failure(name, "read", _open_error(exc))
        return
    with open(fd, "rb") as stream:
        info = os.fstat(stream.fileno())
        refused = _refused(info.st_mode, in_folder)
        if refused is not None:
            yield Failure(name, "read", refused)
            return
        size = info.st_size if stat.S_ISREG(info.st_mode) else None
        try:
            yield from read_stream(name, str(path), stream, size)
        except OSError as exc:
            yield Failure(name, "read", f"cannot read: {exc.strerror or printable(one_line(exc))}")


def _open_error(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return f"cannot read: {exc.strerror or printable(one_line(exc))}"


def _refused(mode: int, in_folder: bool) -> str | None:
    """Why a file is not read: a folder, or (inside a folder) anything but a regular file."""
    if stat.S_ISDIR(mode):
        return "is a folder"
    if in_folder:
        for test, what in _NOT_REGULAR:
            if test(mode):
                return f"{what}, not a regular file; skipped"
    return None


def read_stream(name: str, path: str, stream: IO[bytes], size: int | None) -> Iterator[RawDoc | Failure]:
    """The articles of one input: `name` for messages, `path` for its extension, `size` when known."""
    head, stream = peek(stream, limits.HEAD_BYTES)
    if not head.strip():
        yield Failure(name, "read", "empty file")
        return
    try:
        kind = _kind(path, head)
    except InputError as exc:
        yield Failure(name, "read", one_line(exc))
        return
    if kind == "warc":
        yield from read_warc(name, stream)
    elif kind == "jsonl":
        yield from read_jsonl(name, stream)
    elif kind == "feed":
        yield from read_feed(name, stream)
    else:
        yield from _read_article(name, stream, size, kind)


def _kind(path: str, head: bytes) -> Kind:
    """The kind the name says, else the content's; InputError for a binary input."""
    kind = kind_by_name(path)
    if kind is None and is_warc(head):
        return "warc"
    if kind == "warc" or (kind == "jsonl" and compression(head) is not None):
        return kind
    binary = binary_kind(head)
    if binary is not None:
        raise InputError(f"binary file ({binary}), not news text")
    # The head may end inside a multi-byte character; only its start matters for sniffing.
    return kind or sniff_text(decode(head)[0])


def _read_article(name: str, stream: IO[bytes], size: int | None, kind: Kind) -> Iterator[RawDoc | Failure]:
    """One text or HTML article, read whole up to the article size limit."""
    limit = limits.max_article_bytes()
    data = b"" if size is not None and size > limit else read_up_to(stream, limit + 1)
    if len(data) > limit or (size is not None and size > limit):
        what = f"file is {megabytes(size)}," if size is not None else "input is"
        yield Failure(name, "read", f"{what} over the {megabytes(limit)} limit for one article")
        return
    try:
        text, warnings = decode(data)
        yield make_doc(name, text, kind == "html" or looks_like_html(text.lstrip()), warnings=warnings)
    except InputError as exc:
        yield Failure(name, "read", one_line(exc))
