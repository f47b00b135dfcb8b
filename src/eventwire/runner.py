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
from typing import BinaryIO

from eventwire import __version__
from eventwire.clean import clean
from eventwire.config import Config, as_record
from eventwire.engine import Engine, Report, shared_engine
from eventwire.errors import one_line
from eventwire.model import Article
from eventwire.pipeline import Failure
from eventwire.read import RawDoc, iter_inputs
from eventwire.store import Store

Emit = Callable[[Article], None]


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

    engine = engine or shared_engine(config)
    with _StoreSession(options, config, result) as store:
        skip = set(store.stored_sources()) if store is not None and options.resume else set()
        docs = prepared(iter_inputs(paths, stdin=stdin), options.published, fail, skip, result)
        if warn is not None:
            docs = _warning_lines(docs, warn)
        for done in processed(docs, engine, config.batch_size, fail):
            for article in done:
                emit(article)
            if store is not None:
                store.write(done, fail)
            result.articles += len(done)
            result.seconds = time.monotonic() - started
            if progress is not None:
                progress(result)
    result.seconds = time.monotonic() - started
    return result


def processed(
    articles: Iterable[Article], engine: Engine, batch_size: int, report: Report
) -> Iterator[list[Article]]:
    """Cleaned articles coded by ``engine``, a batch at a time, in input order."""
    for batch in batches(articles, batch_size):
        yield engine.run(batch, report)


def prepared(
    items: Iterable[RawDoc | Failure],
    published: str | None,
    report: Report,
    skip: set[str] | None = None,
    result: RunResult | None = None,
) -> Iterator[Article]:
    """Cleaned articles from read inputs; bad inputs reported; sources in ``skip`` passed over."""
    for item in items:
        if isinstance(item, Failure):
            report(item)
            continue
        if skip and item.source in skip:
            if result is not None:
                result.skipped += 1
            continue
        try:
            article = clean(item)
        except Exception as exc:  # noqa: BLE001 - one bad input never stops the batch
            report(Failure(item.source, "clean", one_line(exc), item.id))
            continue
        if article.published is None and published is not None:
            article = article.with_(published=published)
        yield article


def _warning_lines(articles: Iterable[Article], warn: Callable[[str], None]) -> Iterator[Article]:
    """Pass articles on, telling the user what reading them needed (e.g. a guessed encoding)."""
    for article in articles:
        for text in article.warnings:
            warn(f"warning: {article.source or article.id}: {text}")
        yield article


def batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _StoreSession:
    """The store for one run: begun, written batch by batch, ended (or marked interrupted)."""

    def __init__(self, options: RunOptions, config: Config, result: RunResult) -> None:
        self.db, self.options, self.config, self.result = options.db, options, config, result
        self.store: Store | None = None
        self.run_id = ""
        self.failures_written = 0

    def __enter__(self) -> _StoreSession | None:
        if self.db is None:
            return None
        self.store = Store(self.db)
        record = {
            **as_record(self.config),
            "published": self.options.published,
            "resume": self.options.resume,
        }
        self.run_id = self.store.begin_run(record, __version__)
        return self

    def stored_sources(self) -> dict[str, str]:
        assert self.store is not None
        return self.store.stored_sources()

    def write(self, articles: list[Article], fail: Report) -> None:
        assert self.store is not None
        for failure in self.store.write_articles(articles, self.run_id):
            fail(failure)
        self._write_new_failures()

    def _write_new_failures(self) -> None:
        assert self.store is not None
        new = self.result.failures[self.failures_written :]
        if new:
            self.store.write_failures(new, self.run_id)
        self.failures_written = len(self.result.failures)

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.store is None:
            return
        try:
            self._write_new_failures()
            status = "done" if exc_type is None else "interrupted"
            self.store.end_run(self.run_id, self.result.articles, len(self.result.failures), status)
        finally:
            self.store.close()
