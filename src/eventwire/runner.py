"""Runs: inputs in, articles out, batch by batch, stored as they go.

The Python API (:mod:`eventwire.api`), the command line, the demo, the evaluation
and the benchmark all go through the functions here and one :class:`Engine`, so
users and scores share one code path.  Articles stream through in batches
(memory stays flat); each batch is written to the store in one transaction, so an
interrupted run keeps every batch it finished.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TypeVar

from eventwire import __version__
from eventwire.config import Config, as_record
from eventwire.engine import Engine, Report, shared_engine
from eventwire.inputs import Counts, Input, inputs, read_under
from eventwire.model import Article
from eventwire.pipeline import Failure
from eventwire.read import iter_inputs
from eventwire.store import Store
from eventwire.store.connection import RunLock, sigint_deferred
from eventwire.stories.assign import Assigner, StateRows
from eventwire.stories.state import load
from eventwire.workers import WorkerPool

Emit = Callable[[Article], None]
T = TypeVar("T")


@dataclass
class RunResult:
    articles: int = 0
    failures: list[Failure] = field(default_factory=list)
    skipped: int = 0
    seconds: float = 0.0


@dataclass
class RunOptions:
    """What one run over inputs does besides coding: its date default, its store, resuming."""

    published: str | None = None
    db: Path | None = None
    resume: bool = False
    workers: int = 1  # processes that code articles (1: this one)


def process_inputs(
    paths: Sequence[str],
    config: Config,
    options: RunOptions,
    emit: Emit,
    report: Report,
    *,
    stdin: BinaryIO | None = None,
    progress: Callable[[RunResult], None] | None = None,
    warn: Callable[[str], None] | None = None,
    engine: Engine | None = None,
    result: RunResult | None = None,
) -> RunResult:
    """Read, clean and code every input, emitting each article in input order and storing batches.

    ``result`` (a fresh one when not given) is filled in as the run goes, so that a caller who
    is interrupted still knows how many articles were stored.
    """
    result = result if result is not None else RunResult()
    started = time.monotonic()

    def fail(f: Failure) -> None:
        result.failures.append(f)
        report(f)

    counts = Counts()
    with _StoreSession(options, config, result) as store:
        skip = store.stored if store is not None else set()
        assigner = store.assigner if store is not None else Assigner(config)
        read = inputs(iter_inputs(paths, stdin=stdin), options.published, fail, skip, counts)
        for coded in processed(
            read_under(config, read), config, fail, workers=options.workers, engine=engine
        ):
            done, state = assigner.assign(coded)
            for article in done:
                if warn is not None:
                    _warning_lines(article, warn)
                emit(article)
            if store is not None:
                store.write(done, fail, state)
            result.articles += len(done)
            result.skipped = counts.skipped
            result.seconds = time.monotonic() - started
            if progress is not None:
                progress(result)
    result.skipped = counts.skipped
    result.seconds = time.monotonic() - started
    return result


def processed(
    items: Iterable[Input],
    config: Config,
    report: Report,
    *,
    workers: int = 1,
    engine: Engine | None = None,
) -> Iterator[list[Article]]:
    """Inputs cleaned and coded a batch at a time, in input order: in this process (one worker,
    by ``engine`` or the shared engine of ``config``), or in ``workers`` worker processes."""
    chunks = batches(items, config.batch_size)
    if workers <= 1:
        coder = engine or shared_engine(config)
        for batch in chunks:
            yield coder.code(batch, report)
        return
    with WorkerPool(config, workers) as pool:
        yield from pool.code(chunks, report)


def _warning_lines(article: Article, warn: Callable[[str], None]) -> None:
    """Tell the user what reading an article needed (e.g. a guessed encoding)."""
    for text in article.warnings:
        warn(f"warning: {article.source or article.id}: {text}")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _StoreSession:
    """The store for one run: locked for the run, opened for each batch, ended (or marked interrupted).

    The DuckDB file is opened for each batch and let go of between batches, so that readers
    (``events``, ``summary``, ``show``, ``export``) work while the run goes on; the run's own
    lock keeps other runs out for its whole length.
    """

    def __init__(self, options: RunOptions, config: Config, result: RunResult) -> None:
        self.db, self.options, self.config, self.result = options.db, options, config, result
        self.run_id = ""
        self.failures_written = 0
        self.stored: set[str] = set()
        self.assigner = Assigner(config)
        self._lock: RunLock | None = None

    def __enter__(self) -> _StoreSession | None:
        if self.db is None:
            return None
        self._lock = RunLock(self.db).__enter__()
        try:
            with self._open() as store:
                store.close_stale_runs()
                record = {
                    **as_record(self.config),
                    "published": self.options.published,
                    "resume": self.options.resume,
                }
                self.run_id = store.begin_run(record, __version__)
                self.stored = store.stored_digests() if self.options.resume else set()
                load(self.assigner, store)
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        return self

    def _open(self) -> Store:
        assert self.db is not None
        return Store(self.db, wait_s=self.config.store.wait_s)

    def write(self, articles: list[Article], fail: Report, state: StateRows) -> None:
        with self._open() as store:
            for failure in store.write_articles(articles, self.run_id, state):
                fail(failure)
            self._write_new_failures(store)

    def _write_new_failures(self, store: Store) -> None:
        new = self.result.failures[self.failures_written :]
        if new:
            store.write_failures(new, self.run_id)
        self.failures_written = len(self.result.failures)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self._lock is None:
            return
        try:
            with sigint_deferred(), self._open() as store:
                self._write_new_failures(store)
                status = "done" if exc_type is None else "interrupted"
                store.end_run(self.run_id, self.result.articles, len(self.result.failures), status)
        finally:
            self._lock.__exit__(None, None, None)
