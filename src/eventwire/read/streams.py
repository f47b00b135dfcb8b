"""Byte streams without seeking: a head read for sniffing and served again, and decompression.

Standard input and pipes cannot seek, so the head that decided an input's kind is handed
back in front of the rest of the stream instead of re-read.
"""

from __future__ import annotations

import gzip
import io
import zlib
from typing import IO, Any, Literal, cast

import zstandard

Compression = Literal["gzip", "zstd"]

_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


class _Rewound(io.RawIOBase):
    """The bytes already read from a stream, then the rest of that stream."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            view[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


class _Zstd(io.RawIOBase):
    """zstd frames decompressed as read; EOFError when the input ends inside a frame.

    (zstandard's own stream reader ends quietly at a truncation, losing the last lines unsaid.)
    """

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__()
        self._stream = stream
        self._frame = zstandard.ZstdDecompressor().decompressobj()
        self._started = False
        self._out = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        while not self._out:
            chunk = self._stream.read(65536)
            if not chunk:
                if self._started and not self._frame.eof:
                    raise EOFError("zstd data ended inside a frame")
                return 0
            self._out = self._decompress(chunk)
        n = min(len(view), len(self._out))
        view[:n] = self._out[:n]
        self._out = self._out[n:]
        return n

    def _decompress(self, chunk: bytes) -> bytes:
        """Decompressed bytes of a chunk, going on into the next frame when one ends."""
        out = []
        while chunk:
            if self._frame.eof:
                self._frame = zstandard.ZstdDecompressor().decompressobj()
            self._started = True
            out.append(self._frame.decompress(chunk))
            chunk = self._frame.unused_data if self._frame.eof else b""
        return b"".join(out)


def read_up_to(stream: IO[bytes], size: int) -> bytes:
    """Up to `size` bytes, reading again after the short reads that pipes give."""
    parts: list[bytes] = []
    got = 0
    while got < size:
        chunk = stream.read(size - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def peek(stream: IO[bytes], size: int) -> tuple[bytes, IO[bytes]]:
    """The first `size` bytes, and a stream that starts again at the beginning."""
    head = read_up_to(stream, size)
    return head, io.BufferedReader(_Rewound(head, stream))


def compression(head: bytes) -> Compression | None:
    """The compression a stream's magic bytes show (its name may claim one it lacks)."""
    if head.startswith(_GZIP_MAGIC):
        return "gzip"
    if head.startswith(_ZSTD_MAGIC):
        return "zstd"
    return None


def decompressed(stream: IO[bytes], kind: Compression) -> IO[bytes]:
    """The stream's bytes decompressed as they are read; errors surface on read."""
    if kind == "gzip":
        # GzipFile's own readline returns lines as they are decompressed; a BufferedReader around
        # it would ask for whole buffers and lose the last lines before a truncation.
        return cast(IO[bytes], gzip.GzipFile(fileobj=stream, mode="rb"))
    return io.BufferedReader(_Zstd(stream))


#: What reading a broken compressed stream raises.
STREAM_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error, zstandard.ZstdError)
