"""Runs: inputs in, articles out, batch by batch, stored as they go.

The Python API (:mod:`eventwire.api`), the command line, the demo, the evaluation
and the benchmark all go through the functions here and one :class:`Engine`, so
users and scores share one code path.  Articles stream through in batches
(memory stays flat); each batch is written to the store in one transaction, so an
interrupted run keeps every batch it finished.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from eventwire import __version__
from eventwire.clean import clean
from eventwire.config import Config, as_record, using
from eventwire.engine import Engine, Report, shared_engine
from eventwire.errors import one_line
from eventwire.model import Article
from eventwire.pipeline import Failure
from eventwire.read import RawDoc, iter_inputs
from eventwire.store import Store
from eventwire.store.connection import RunLock, sigint_deferred
from eventwire.workers import WorkerPool

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

    with _StoreSession(options, config, result) as store:
        skip = store.stored if store is not None else set()
        docs = read_under(
            config, prepared(iter_inputs(paths, stdin=stdin), options.published, fail, skip, result)
        )
        docs = within_limits(docs, config, fail)
        if warn is not None:
            docs = _warning_lines(docs, warn)
        for done in processed(docs, config, fail, workers=options.workers, engine=engine):
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
    articles: Iterable[Article],
    config: Config,
    report: Report,
    *,
    workers: int = 1,
    engine: Engine | None = None,
) -> Iterator[list[Article]]:
    """Cleaned articles coded a batch at a time, in input order: in this process (one worker, by
    ``engine`` or the shared engine of ``config``), or in ``workers`` worker processes."""
    chunks = batches(articles, config.batch_size)
    if workers <= 1:
        coder = engine or shared_engine(config)
        for batch in chunks:
            yield coder.run(batch, report)
        return
    with WorkerPool(config, workers) as pool:
        yield from pool.code(chunks, report)


def prepared(
    items: Iterable[RawDoc | Failure],
    published: str | None,
    report: Report,
    skip: set[str] | None = None,
    result: RunResult | None = None,
) -> Iterator[Article]:
    """Cleaned articles from read inputs, each with its content digest.

    Bad inputs are reported; inputs whose digest is in ``skip`` (already stored) are passed
    over, and so is an exact repeat of an input already read; an id that another input of the
    run used for other content is a failure, never a silent replacement.
    """
    seen: dict[str, tuple[str, str]] = {}  # article id -> (digest, source) of its first input
    for item in items:
        if isinstance(item, Failure):
            report(item)
            continue
        digest = content_digest(item)
        if skip and digest in skip:
            _count_skip(result)
            continue
        article = _cleaned(item, digest, published, report)
        if article is None:
            continue
        first = seen.setdefault(article.id, (digest, item.source))
        if first[0] != digest:
            report(
                Failure(
                    item.source,
                    "read",
                    f"id {article.id!r} is already used by {first[1]} for other content",
                    article.id,
                )
            )
            continue
        if first[1] != item.source:
            _count_skip(result)  # the same content again
            continue
        yield article


def read_under(config: Config, items: Iterable[Article]) -> Iterator[Article]:
    """The articles of a reading iterator, each read with ``config`` in force (its size limits).

    The configuration is set around each step only, so that none leaks to the caller between
    articles (a generator runs in its caller's context).
    """
    iterator = iter(items)
    while True:
        with using(config):
            article = next(iterator, None)
        if article is None:
            return
        yield article


def within_limits(articles: Iterable[Article], config: Config, report: Report) -> Iterator[Article]:
    """Articles short enough to parse; a longer one is refused with one line before it is parsed."""
    limit = config.limits.max_article_chars
    for article in articles:
        if len(article.text) > limit:
            error = (
                f"article is {len(article.text)} characters, over the {limit}-character limit for one article"
            )
            report(Failure(article.source or article.id, "read", error, article.id))
            continue
        yield article


def _cleaned(item: RawDoc, digest: str, published: str | None, report: Report) -> Article | None:
    try:
        article = clean(item)
    except Exception as exc:  # noqa: BLE001 - one bad input never stops the batch
        report(Failure(item.source, "clean", one_line(exc), item.id))
        return None
    if article.published is None and published is not None:
        article = article.with_(published=published)
    return article.with_(digest=digest)


def _count_skip(result: RunResult | None) -> None:
    if result is not None:
        result.skipped += 1


def content_digest(raw: RawDoc) -> str:
    """The SHA-256 of what an input says: its body and its own id, title, url and date."""
    parts = (raw.id, raw.title, raw.url, raw.published, raw.html if raw.html is not None else raw.text)
    text = "\x1f".join(part or "" for part in parts)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


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
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        return self

    def _open(self) -> Store:
        assert self.db is not None
        return Store(self.db, wait_s=self.config.store.wait_s)

    def write(self, articles: list[Article], fail: Report) -> None:
        with self._open() as store:
            for failure in store.write_articles(articles, self.run_id):
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
