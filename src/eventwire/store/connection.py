"""Opening a store's DuckDB file safely: the right kind of file, shared with other processes.

DuckDB lets one process at a time hold a file open for writing, and no process
read it meanwhile.  eventwire's writer therefore opens the file for each batch
and lets go of it between batches, and every open waits a while (``wait_s``)
for another process to let go instead of failing at once: readers (``events``,
``summary``, ``show``, ``export``) work while a run is writing, and a reader does
not make a starting run fail.  A run also holds a lock of its own for its whole
length (:class:`RunLock`), so that two runs never write one store at once and a
run that was killed is known to be over.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import duckdb

from eventwire.errors import EventwireError, one_line

MEMORY = ":memory:"
#: How long an open waits for another process to let go of the file.
DEFAULT_WAIT_S = 30.0
#: A DuckDB file: a checksum (8 bytes), then these four bytes.
_MAGIC = b"DUCK"
_MAGIC_AT = 8


@contextmanager
def sigint_deferred() -> Iterator[None]:
    """Hold back Ctrl-C (SIGINT) until the block ends, where the platform allows it (POSIX, main thread)."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def check_store_file(path: Path) -> None:
    """Refuse a file that is there but is no DuckDB database (a CSV, JSON or Parquet file, say).

    DuckDB itself opens such a file without complaint and keeps the "store" in
    memory, so a run would report success and store nothing.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return
    with path.open("rb") as stream:
        head = stream.read(_MAGIC_AT + len(_MAGIC))
    if head[_MAGIC_AT:] != _MAGIC:
        raise EventwireError(
            f"{path.name}: not a DuckDB database (an eventwire store is one); refusing to use it"
        )


def connect(path: str, read_only: bool, wait_s: float = DEFAULT_WAIT_S) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting up to ``wait_s`` for another process to let go of it."""
    name = Path(path).name
    if path != MEMORY:
        _check_openable(Path(path), read_only)
    deadline = time.monotonic() + wait_s
    delay = 0.05
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                raise _open_error(name, exc) from exc
            if time.monotonic() + delay > deadline:
                raise EventwireError(
                    f"{name}: another process has had the store open for over {wait_s:.0f} s; try again"
                    " when it is done (eventwire runs let go of it between batches)"
                ) from exc
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


def _check_openable(path: Path, read_only: bool) -> None:
    if read_only and not path.exists():
        raise EventwireError(f"{path.name}: no such store")
    check_store_file(path)
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)  # `--db out/events.duckdb` in a new folder
        except OSError as exc:
            raise EventwireError(f"{path.name}: cannot create the store's folder: {one_line(exc)}") from exc


def _is_lock_error(exc: duckdb.Error) -> bool:
    return "lock" in str(exc).lower()


def _open_error(name: str, exc: duckdb.Error) -> EventwireError:
    if "not a valid DuckDB database" in str(exc):
        return EventwireError(f"{name}: not a DuckDB database")
    return EventwireError(f"{name}: cannot open store: {one_line(exc)}")


class RunLock:
    """The lock a run holds on a store for its whole length (``<store>.lock`` beside it).

    The operating system lets go of it when the process ends, however it ends
    (``kill -9`` included), so a run marked 'running' whose lock is free is over.
    On systems without ``fcntl`` the lock is not taken.
    """

    def __init__(self, store: Path) -> None:
        self.path = store.with_name(store.name + ".lock")
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise EventwireError(
                f"{self.path.name[: -len('.lock')]}: another eventwire run is writing to this store;"
                " wait for it to end (reading it meanwhile works)"
            ) from None
        self._fd = fd
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None
