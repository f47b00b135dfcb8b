"""Process a batch of inputs end to end: read, clean, run the stages, emit, store.

The CLI, the demo and the evaluation all call :func:`process_inputs`, so
users and scores go through one code path.  Articles stream through in
batches (memory stays flat); each batch is written to the store in one
transaction, so an interrupted run keeps every batch it finished.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, ClassVar

from eventwire import __version__
from eventwire.actors import ActorsStage
from eventwire.clean import clean
from eventwire.dictionaries import load_dictionaries
from eventwire.errors import UsageError, one_line
from eventwire.events import EventsStage
from eventwire.model import Article
from eventwire.nlp import Backend, get_backend
from eventwire.ontology import use_knowledge
from eventwire.pipeline import Failure, Pipeline, Stage
from eventwire.places import PlacesStage
from eventwire.quotes import QuotesStage
from eventwire.read import RawDoc, iter_inputs
from eventwire.store import Store
from eventwire.times import TimesStage

Emit = Callable[[Article], None]
Report = Callable[[Failure], None]


class NlpStage:
    """Parse every article of a batch with one call to the backend."""

    name = "nlp"
    requires: ClassVar[frozenset[str]] = frozenset()
    assigns: ClassVar[frozenset[str]] = frozenset({"parse"})

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    def __call__(self, batch: list[Article]) -> list[Article]:
        parses = self.backend.parse_many([a.text for a in batch])
        return [a.with_(parse=p) for a, p in zip(batch, parses, strict=True)]


def build_pipeline(backend: Backend, on_failure: Report | None = None) -> Pipeline:
    stages: list[Stage] = [
        NlpStage(backend),
        TimesStage(),
        PlacesStage(),
        ActorsStage(),
        QuotesStage(),  # before events: "we" in a quote is its speaker
        EventsStage(),
    ]
    return Pipeline(stages, on_failure=on_failure)


@dataclass
class Options:
    published: str | None = None
    db: Path | None = None
    dictionaries: Path | None = None
    backend: str = "spacy"
    batch_size: int = 32
    resume: bool = False


@dataclass
class RunResult:
    articles: int = 0
    failures: list[Failure] = field(default_factory=list)
    skipped: int = 0
    seconds: float = 0.0


def process_inputs(
    paths: Sequence[str],
    options: Options,
    emit: Emit,
    report: Report,
    stdin: BinaryIO | None = None,
    progress: Callable[[RunResult], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> RunResult:
    result = RunResult()
    started = time.monotonic()

    def fail(f: Failure) -> None:
        result.failures.append(f)
        report(f)

    pipeline = build_pipeline(get_backend(options.backend), on_failure=fail)
    with _knowledge(options.dictionaries), _StoreSession(options, result) as store:
        skip = set(store.stored_sources()) if store is not None and options.resume else set()
        docs = _cleaned(iter_inputs(paths, stdin=stdin), options.published, fail, skip, result)
        if warn is not None:
            docs = _warning_lines(docs, warn)
        for batch in _batches(docs, options.batch_size):
            done = pipeline.run(batch)
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


def _knowledge(directory: Path | None) -> AbstractContextManager[object]:
    """The run's own PETRARCH/TABARI dictionaries in place of the built-in ones, if given."""
    if directory is None:
        return nullcontext()
    if not directory.is_dir():
        raise UsageError(f"--dictionaries {directory}: no such folder")
    return use_knowledge(load_dictionaries(directory, strict=False))


def _cleaned(
    items: Iterable[RawDoc | Failure], published: str | None, fail: Report, skip: set[str], result: RunResult
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Failure):
            fail(item)
            continue
        if item.source in skip:
            result.skipped += 1
            continue
        try:
            article = clean(item)
        except Exception as exc:  # noqa: BLE001 - one bad input never stops the batch
            fail(Failure(item.source, "clean", one_line(exc), item.id))
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


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
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

    def __init__(self, options: Options, result: RunResult) -> None:
        self.options, self.result = options, result
        self.store: Store | None = None
        self.run_id = ""
        self.failures_written = 0

    def __enter__(self) -> _StoreSession | None:
        if self.options.db is None:
            return None
        self.store = Store(self.options.db)
        config = {k: str(v) for k, v in vars(self.options).items()}
        self.run_id = self.store.begin_run(config, __version__)
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
