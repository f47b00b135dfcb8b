"""Stages and the pipeline that runs them.

A stage is a small object with a ``name``, the article fields it ``requires``
and those it ``assigns``, and ``__call__(batch) -> batch``.  The pipeline
checks the order once, at start-up, and never lets a stage raise past it: a
failing stage becomes a :class:`Failure` (stage, article, error) and the
article goes on without that stage's output.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


class Pipeline:
    """Stages in an order checked once; ``run`` never raises for one article's sake."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        check_order(stages)
        self.stages = list(stages)

    def run(
        self,
        batch: list[Article],
        report: Callable[[Failure], None] | None = None,
        skip: frozenset[str] = frozenset(),
    ) -> list[Article]:
        """Every stage over the batch (those named in ``skip`` left out); failures go to ``report``."""
        for stage in self.stages:
            if stage.name not in skip:
                batch = _run_stage(stage, batch, report)
        return batch


def _run_stage(stage: Stage, batch: list[Article], report: Callable[[Failure], None] | None) -> list[Article]:
    try:
        out = stage(batch)
        if len(out) == len(batch):
            return out
    except Exception:  # noqa: BLE001 - retried one by one below to find the culprit
        pass
    return [_run_one(stage, a, report) for a in batch]


def _run_one(stage: Stage, article: Article, report: Callable[[Failure], None] | None) -> Article:
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
