"""Cutting a run's inputs into shards: the units a cluster codes, stores and resumes by.

A shard is a whole input file, or a slice of a large plain JSONL file cut at line ends, so that
one big dump still keeps every worker busy.  Compressed files, WARC crawls and feeds cannot be
cut and are one shard each.  An input may be a local path (file or folder) or an fsspec URL
(``s3://bucket/dump.jsonl``, ``gs://...``: the fsspec package and the filesystem's own package
must be installed); a URL is one shard.  A shard's id says which bytes it covers and how the
file looked (size and modification time), so that a resumed run skips exactly the shards it
finished and codes again any whose file has changed.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from eventwire.pipeline import Failure
from eventwire.read import RawDoc
from eventwire.read.files import read_path
from eventwire.read.jsonl import read_jsonl

#: A plain JSONL file is cut into slices of at most this size ...
MAX_SHARD_BYTES = 8 * 1024 * 1024
#: ... and at least this size, however many workers there are.
MIN_SHARD_BYTES = 64 * 1024
_CUTTABLE = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Shard:
    """Bytes [start, end) of ``path`` (end -1: the whole file), whose first line is ``first_line``."""

    path: str
    start: int = 0
    end: int = -1
    first_line: int = 1
    stamp: str = ""  # size and modification time of the file when planned

    @property
    def id(self) -> str:
        key = f"{self.path}\x1f{self.start}\x1f{self.end}\x1f{self.stamp}"
        return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]

    def as_row(self) -> dict[str, Any]:
        return asdict(self)


def plan(paths: Sequence[str], workers: int = 1) -> list[Shard]:
    """The shards of the inputs, in input order (a folder's files in sorted order).

    Large plain JSONL files are cut so that there are about four shards per worker (each
    between MIN_SHARD_BYTES and MAX_SHARD_BYTES): enough to keep every worker busy to the end.
    """
    files: list[Path | str] = []
    for name in paths:
        if "://" in name:
            files += _urls(name)
        elif Path(name).is_dir():
            files += sorted(_files(Path(name)))
        else:
            files.append(Path(name))
    cuttable = sum(_size(f) for f in files if isinstance(f, Path) and f.suffix.lower() in _CUTTABLE)
    shard_bytes = min(MAX_SHARD_BYTES, max(MIN_SHARD_BYTES, cuttable // (4 * max(1, workers)) + 1))
    shards: list[Shard] = []
    for f in files:
        shards += [Shard(f)] if isinstance(f, str) else _file_shards(f, shard_bytes)
    return shards


def _urls(url: str) -> list[str]:
    """A URL of one file, or every file under a URL that ends in '/' or holds a '*' (fsspec)."""
    if not (url.endswith("/") or "*" in url):
        return [url]
    try:
        import fsspec
    except ImportError:
        return [url]  # reading it will say that fsspec is needed
    fs, _, found = fsspec.get_fs_token_paths(url)
    listed = sorted(fs.find(found[0])) if url.endswith("/") else sorted(found)
    return [fs.unstrip_protocol(path) for path in listed]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _files(folder: Path) -> Iterator[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (Path(root) / n for n in names if not n.startswith("."))


def _file_shards(path: Path, shard_bytes: int) -> list[Shard]:
    try:
        info = path.stat()
    except OSError:
        return [Shard(str(path))]  # reading it will say what is wrong
    stamp = f"{info.st_size}:{info.st_mtime_ns}"
    if path.suffix.lower() not in _CUTTABLE or info.st_size <= shard_bytes:
        return [Shard(str(path), stamp=stamp)]
    return [Shard(str(path), start, end, line, stamp) for start, end, line in _cuts(path, shard_bytes)]


def _cuts(path: Path, shard_bytes: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, number of the first line) of slices of about ``shard_bytes``, cut at line ends."""
    start, first_line, line, size = 0, 1, 1, 0
    with path.open("rb") as stream:
        for raw in stream:
            size += len(raw)
            line += 1
            if size >= shard_bytes:
                yield start, start + size, first_line
                start, first_line, size = start + size, line, 0
    if size:
        yield start, start + size, first_line


def read_shard(shard: Shard) -> Iterator[RawDoc | Failure]:
    """The articles of one shard, named as a run over the whole input names them (``dump.jsonl:17``)."""
    if "://" in shard.path:
        yield from _read_url(shard.path)
    elif shard.end < 0:
        yield from read_path(shard.path)
    else:
        with open(shard.path, "rb") as stream:
            stream.seek(shard.start)
            data = stream.read(shard.end - shard.start)
        yield from read_jsonl(shard.path, io.BytesIO(data), shard.first_line)


def _read_url(url: str) -> Iterator[RawDoc | Failure]:
    """A URL's file, fetched with fsspec into a local temporary file and read as a path would be."""
    import tempfile

    try:
        import fsspec
    except ImportError:
        yield Failure(url, "read", "reading URLs needs fsspec: pip install fsspec (and s3fs, gcsfs, ...)")
        return
    suffix = "".join(Path(url.split("?")[0]).suffixes[-2:])
    with tempfile.TemporaryDirectory() as folder:
        local = Path(folder) / f"input{suffix}"
        try:
            with fsspec.open(url, "rb") as remote, local.open("wb") as out:
                while chunk := remote.read(1 << 20):
                    out.write(chunk)
        except Exception as exc:  # noqa: BLE001 - any filesystem's error is one failed input
            yield Failure(url, "read", f"cannot fetch: {type(exc).__name__}: {exc}")
            return
        for item in read_path(str(local)):
            yield _renamed(item, str(local), url)


def _renamed(item: RawDoc | Failure, local: str, url: str) -> RawDoc | Failure:
    if isinstance(item, Failure):
        return Failure(item.source.replace(local, url), item.stage, item.error, item.article_id)
    from dataclasses import replace

    return replace(item, source=item.source.replace(local, url))
