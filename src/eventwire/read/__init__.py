"""Reading inputs: plain text, HTML, JSONL, WARC, RSS/Atom, folders of them, and standard input.

Every input becomes :class:`RawDoc` objects (one per article, in input order) or
one :class:`~eventwire.pipeline.Failure` with a one-line reason; nothing here
raises on bad input.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import BinaryIO

from eventwire.pipeline import Failure
from eventwire.read.files import read_path, read_stdin
from eventwire.read.rawdoc import RawDoc

__all__ = ["RawDoc", "iter_inputs"]


def iter_inputs(paths: Sequence[str], stdin: BinaryIO | None = None) -> Iterator[RawDoc | Failure]:
    """One RawDoc per article, in input order, or a Failure(source, "read", one-line reason) per bad input."""
    for path in paths:
        if path == "-":
            if stdin is None:
                yield Failure("-", "read", "standard input is not available")
                continue
            yield from read_stdin(stdin)
        else:
            yield from read_path(path)
