"""Coding in worker processes: one engine per process, batches handed out and taken back in order.

The parent reads, cleans and stores; each worker loads the model and the knowledge once and
codes the batches it is given.  At most ``2 x workers`` batches are in flight, so memory stays
flat however long the input, and the batches come back in input order, so the output is the
one a single process gives.  Workers are started with ``spawn`` (a fresh interpreter: no state
forked from the parent).  A worker that dies (killed, out of memory) costs no other article: its
batches are coded again, article by article, and an article that kills a worker on its own is
recorded as a failure.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from eventwire.config import Config
from eventwire.engine import Engine, Report
from eventwire.inputs import Input
from eventwire.model import Article
from eventwire.pipeline import Failure

Done = tuple[list[Article], list[Failure]]

_ENGINE: Engine | None = None


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _start(config: Config) -> None:
    global _ENGINE
    _ENGINE = Engine(config)
    _ENGINE.run([])  # load the model and the knowledge now, before the first batch comes


def _code(batch: list[Input]) -> Done:
    assert _ENGINE is not None
    failures: list[Failure] = []
    done = _ENGINE.code(batch, failures.append)
    return [article.with_(parse=None) for article in done], failures


class WorkerPool:
    """``workers`` processes coding batches for one configuration."""

    def __init__(self, config: Config, workers: int) -> None:
        self.config, self.workers = config, workers
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_start, initargs=(self.config,)
        )

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def code(self, batches: Iterable[list[Input]], report: Report) -> Iterator[list[Article]]:
        """Each batch coded, in input order; failures go to ``report`` as their batch comes back."""
        window: deque[tuple[list[Input], Future[Done]]] = deque()
        for batch in batches:
            window.append((batch, self._submit(batch)))
            if len(window) >= 2 * self.workers:
                yield self._collect(*window.popleft(), report)
        while window:
            yield self._collect(*window.popleft(), report)

    def _submit(self, batch: list[Input]) -> Future[Done]:
        try:
            return self._executor.submit(_code, batch)
        except BrokenProcessPool:  # a worker died since: the batches in flight will be coded again
            self._restart()
            return self._executor.submit(_code, batch)

    def _collect(self, batch: list[Input], future: Future[Done], report: Report) -> list[Article]:
        try:
            done, failures = future.result()
        except BrokenProcessPool:
            done, failures = self._recover(batch)
        for failure in failures:
            report(failure)
        return done

    def _recover(self, batch: list[Input]) -> Done:
        """A worker died: restart the pool and code the batch article by article, so that the
        article that kills a worker on its own is the only one lost."""
        done: list[Article] = []
        failures: list[Failure] = []
        for item in batch:
            self._restart_if_broken()
            try:
                one, lost = self._executor.submit(_code, [item]).result()
            except BrokenProcessPool:
                error = "the worker process coding it died (killed, or out of memory)"
                failures.append(Failure(item.raw.source, "worker", error, item.raw.article_id))
                continue
            done += one
            failures += lost
        return done, failures

    def _restart_if_broken(self) -> None:
        try:
            self._executor.submit(int).result()
        except BrokenProcessPool:
            self._restart()

    def _restart(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._new_executor()
