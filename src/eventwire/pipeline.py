"""Stages and the pipeline that runs them.

A stage is a small object with a ``name``, the article fields it ``requires``
and those it ``assigns``, and ``__call__(batch) -> batch``.  The pipeline
checks the order once, at start-up, and never lets a stage raise past it: a
failing stage becomes a :class:`Failure` (stage, article, error) and the
article goes on without that stage's output.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import ClassVar, Protocol

from eventwire.errors import UsageError, one_line
from eventwire.model import Article

#: Fields an article has when it leaves the cleaner.
BASE_FIELDS = frozenset({"id", "text", "title", "url", "published", "dateline", "credits", "removed"})


@dataclass(frozen=True)
class Failure:
    """An input or a stage that failed; stored in the ``failures`` table."""

    source: str  # the input's name (file, file:line, "-")
    stage: str  # "read", "clean", "nlp", "actors", ...
    error: str  # one line
    article_id: str | None = None

    def line(self) -> str:
        where = self.source if self.stage == "read" else f"{self.source} [{self.stage}]"
        return f"error: {where}: {self.error}"


class Stage(Protocol):
    name: str
    requires: ClassVar[frozenset[str]]
    assigns: ClassVar[frozenset[str]]

    def __call__(self, batch: list[Article]) -> list[Article]: ...


class ArticleStage:
    """A stage that handles one article at a time; subclasses define ``process``."""

    name: str = "stage"
    requires: ClassVar[frozenset[str]] = frozenset()
    assigns: ClassVar[frozenset[str]] = frozenset()

    def __call__(self, batch: list[Article]) -> list[Article]:
        return [self.process(a) for a in batch]

    def process(self, article: Article) -> Article:  # pragma: no cover - abstract
        raise NotImplementedError


Report = Callable[[Failure], None]


class ArticleTimeout(BaseException):
    """An article ran past its time budget.  A BaseException, so that no stage's own
    ``except Exception`` can swallow it."""


class Pipeline:
    """Stages in an order checked once; ``run`` never raises for one article's sake.

    Stages that work on the batch as a whole (the parse) run over the batch; the article stages
    after them run article by article, each article within an optional time budget, so that one
    article never holds up its batch.
    """

    def __init__(self, stages: Sequence[Stage]) -> None:
        check_order(stages)
        self.stages = list(stages)

    def run(
        self,
        batch: list[Article],
        report: Report | None = None,
        skip: frozenset[str] = frozenset(),
        budget_s: float | None = None,
    ) -> list[Article]:
        """Every stage over the batch (those named in ``skip`` left out); failures go to ``report``.

        An article whose article stages take more than ``budget_s`` seconds is reported (stage
        "budget") and left out of the result.
        """
        stages = [stage for stage in self.stages if stage.name not in skip]
        while stages:
            if isinstance(stages[0], ArticleStage):
                run = _leading_article_stages(stages)
                batch = [a for a in (_run_article(run, a, report, budget_s) for a in batch) if a is not None]
            else:
                run = [stages[0]]
                batch = _run_stage(stages[0], batch, report)
            stages = stages[len(run) :]
        return batch


def _leading_article_stages(stages: Sequence[Stage]) -> list[Stage]:
    out: list[Stage] = []
    for stage in stages:
        if not isinstance(stage, ArticleStage):
            break
        out.append(stage)
    return out


def _run_article(
    stages: Sequence[Stage], article: Article, report: Report | None, budget_s: float | None
) -> Article | None:
    """The article through ``stages``, or None (reported) when it runs past its budget."""
    current = stages[0].name
    try:
        with time_limit(budget_s):
            for stage in stages:
                current = stage.name
                article = _run_one(stage, article, report)
    except ArticleTimeout:
        error = f"took more than {budget_s:g} s (in the {current} stage); left out"
        if report is not None:
            report(Failure(article.source or article.id, "budget", error, article.id))
        return None
    return article


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in the block after ``seconds``, where a timer signal can do it (POSIX,
    main thread); elsewhere the block runs without a limit."""
    usable = seconds is not None and hasattr(signal, "setitimer")
    if not usable or threading.current_thread() is not threading.main_thread():
        yield
        return
    assert seconds is not None

    def expire(signum: int, frame: object) -> None:
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _run_stage(stage: Stage, batch: list[Article], report: Report | None) -> list[Article]:
    try:
        out = stage(batch)
        if len(out) == len(batch):
            return out
    except Exception:  # noqa: BLE001 - retried one by one below to find the culprit
        pass
    return [_run_one(stage, a, report) for a in batch]


def _run_one(stage: Stage, article: Article, report: Report | None) -> Article:
    try:
        return stage([article])[0]
    except Exception as exc:  # noqa: BLE001 - a stage never raises past the pipeline
        failure = Failure(article.source or article.id, stage.name, one_line(exc), article.id)
        if report is not None:
            report(failure)
        return article.with_(warnings=[*article.warnings, f"{stage.name} failed: {failure.error}"])


def check_order(stages: Sequence[Stage]) -> None:
    """Raise when a stage requires a field no earlier stage assigns."""
    have = set(BASE_FIELDS)
    for stage in stages:
        missing = stage.requires - have
        if missing:
            raise UsageError(f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage assigns")
        have |= stage.assigns
