"""Progress of a run on standard error: a bar on a terminal, plain lines otherwise.

The total is counted beside the run, in a thread, from what the inputs say cheaply (the lines
of a JSONL file, the files of a folder); until it is known, or when it cannot be (a compressed
dump, a WARC, a feed, standard input), progress shows counts and a rate without time left.
"""

from __future__ import annotations

import gzip
import os
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from eventwire.runner import RunResult

#: Seconds between two plain progress lines.
EVERY_S = 5.0
_ONE_ARTICLE = frozenset({".txt", ".html", ".htm", ".xhtml"})
_LINES = frozenset({".jsonl", ".ndjson"})


def count_articles(paths: Sequence[str]) -> int | None:
    """How many articles the inputs hold, where that is cheap to know; None where it is not."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        found = _count_path(Path(name))
        if found is None:
            return None
        total += found
    return total


def _count_path(path: Path) -> int | None:
    if path.is_dir():
        counts = [_count_file(p) for p in _files(path)]
        return None if any(c is None for c in counts) else sum(c or 0 for c in counts)
    return _count_file(path) if path.is_file() else 0


def _files(folder: Path) -> Iterable[Path]:
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        yield from (Path(root) / n for n in names if not n.startswith("."))


def _count_file(path: Path) -> int | None:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if suffixes and suffixes[-1] in _ONE_ARTICLE:
        return 1
    if suffixes and suffixes[-1] in _LINES:
        return _count_lines(path.open("rb"))
    if suffixes[-2:] in ([".jsonl", ".gz"], [".ndjson", ".gz"]):
        return _count_lines(gzip.open(path, "rb"))
    return None


def _count_lines(stream: object) -> int:
    """Lines that are not blank, read in blocks (a 2 GB dump takes a few seconds)."""
    count = 0
    with stream as data:  # type: ignore[attr-defined]
        for line in data:
            count += bool(line.strip())
    return count


class RunProgress:
    """Shows a run's progress; ``update`` after each batch, ``close`` at the end."""

    def __init__(self, paths: Sequence[str], stream: TextIO) -> None:
        self.total: int | None = None
        self._counter = threading.Thread(target=self._count, args=(paths,), daemon=True)
        self._counter.start()
        self._started = time.monotonic()
        self._last = self._started
        self._stream = stream
        self._bar: Progress | None = None
        self._task = None
        if stream.isatty():
            self._bar = Progress(
                TextColumn("eventwire"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} articles/s · {task.fields[failed]} failed"),
                TimeRemainingColumn(),
                console=Console(file=stream),
                transient=True,
            )
            self._task = self._bar.add_task("run", total=None, rate="0.0", failed=0)
            self._bar.start()

    def _count(self, paths: Sequence[str]) -> None:
        try:
            self.total = count_articles(paths)
        except OSError:
            self.total = None

    def update(self, result: RunResult) -> None:
        done = result.articles + result.skipped
        rate = result.articles / max(time.monotonic() - self._started, 1e-9)
        if self._bar is not None and self._task is not None:
            self._bar.update(
                self._task, completed=done, total=self.total, rate=f"{rate:.1f}", failed=len(result.failures)
            )
            return
        now = time.monotonic()
        if now - self._last >= EVERY_S:
            self._last = now
            self._stream.write(self._line(done, rate, result) + "\n")
            self._stream.flush()

    def _line(self, done: int, rate: float, result: RunResult) -> str:
        of = f"/{self.total}" if self.total else ""
        line = f"eventwire: {done}{of} articles, {len(result.failures)} failed, {rate:.1f} articles/s"
        if self.total and rate > 0 and self.total > done:
            line += f", about {_duration((self.total - done) / rate)} left"
        return line

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
