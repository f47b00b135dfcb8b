"""The engine: one configuration's pipeline, built once, run batch by batch.

An :class:`Engine` holds what is costly to build (the NLP model, the run's own
dictionaries) and the stages in their order.  Every way in — the Python API, the
command line, the evaluation, the benchmark, the spaCy component — runs articles
through an engine, so they all give the same answer for the same text.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import ClassVar

from eventwire.actors import ActorsStage
from eventwire.config import Config, using
from eventwire.coref import CorefStage
from eventwire.dictionaries import load_dictionaries
from eventwire.errors import UsageError
from eventwire.events import EventsStage
from eventwire.inputs import Input, articles_of
from eventwire.language import code_by_language, identify
from eventwire.model import Article
from eventwire.nlp import Backend, get_backend
from eventwire.ontology import Knowledge, use_knowledge
from eventwire.pipeline import Failure, Pipeline, Stage
from eventwire.places import PlacesStage
from eventwire.places.gazetteer import load_gazetteer
from eventwire.quotes import QuotesStage
from eventwire.times import TimesStage

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


def extractor_stages() -> list[Stage]:
    """The stages after the parse, in order; places run before actors (an actor with no country of
    its own takes the story's country focus), coref after actors and before quotes and events (one
    resolution of "he" and "the ministry" for both), quotes before events ("we" in a quote is its
    speaker).  They read their settings from the configuration in force
    (:func:`eventwire.config.active`)."""
    return [TimesStage(), PlacesStage(), ActorsStage(), CorefStage(), QuotesStage(), EventsStage()]


class Engine:
    """A configured pipeline: the model loaded once, the run's knowledge in force for each batch."""

    def __init__(self, config: Config | None = None, backend: Backend | None = None) -> None:
        self.config = config or Config()
        with using(self.config):
            load_gazetteer()  # first: what loads after it fills the memory its build leaves free
        self.backend = backend or _backend(self.config)
        self.knowledge = load_knowledge(self.config.dictionaries)
        self.pipeline = Pipeline([NlpStage(self.backend), *extractor_stages()])
        self._warm = False

    def run(self, batch: list[Article], report: Report | None = None) -> list[Article]:
        """The batch with every stage's output; a stage that fails on an article is reported."""
        self._warm_up(skip=frozenset())
        budget = self.config.limits.article_seconds
        with using(self.config), use_knowledge(self.knowledge, coder=self.config.coder):
            return code_by_language(
                batch, self.config.languages, lambda b: self.pipeline.run(b, report, budget_s=budget)
            )

    def _warm_up(self, skip: frozenset[str]) -> None:
        """Load what the stages load on first use (the model, the gazetteer, the dictionaries) on
        an article of our own, with no time budget: loading is no article's time, and a budget
        that fired in the middle of it would cost the first article of the run."""
        if self._warm:
            return
        with using(self.config), use_knowledge(self.knowledge, coder=self.config.coder):
            self.pipeline.run([WARM_UP if "nlp" not in skip else _parsed_warm_up()], skip=skip)
            if self.config.languages.codes:
                identify(WARM_UP.text)  # loads the language identifier's model
        self._warm = True

    def code(self, batch: list[Input], report: Report | None = None) -> list[Article]:
        """Read inputs cleaned (within the size limits) and coded; what cannot be is reported."""
        return self.run(articles_of(batch, self.config, report or _ignore), report)

    def extract(self, batch: list[Article], report: Report | None = None) -> list[Article]:
        """Like :meth:`run` for articles that already carry their parse (the spaCy component)."""
        self._warm_up(skip=frozenset({"nlp"}))
        with using(self.config), use_knowledge(self.knowledge, coder=self.config.coder):
            budget = self.config.limits.article_seconds
            return code_by_language(
                batch,
                self.config.languages,
                lambda b: self.pipeline.run(b, report, skip=frozenset({"nlp"}), budget_s=budget),
            )


#: The article an engine warms up on: a few words for each stage to load its knowledge.
WARM_UP = Article(
    id="warm-up",
    text='Iraqi police arrested two men in Basra on Monday, the ministry said. "We will act," he said.',
    published="2021-12-09",
)


def _parsed_warm_up() -> Article:
    """The warm-up article with a parse of the fake backend (for an engine that never parses)."""
    from eventwire.nlp import FakeBackend

    return WARM_UP.with_(parse=FakeBackend().parse(WARM_UP.text))


def _ignore(failure: Failure) -> None:
    del failure


def _backend(config: Config) -> Backend:
    if config.backend == "spacy":
        return get_backend("spacy", max_length=config.limits.max_article_chars)
    return get_backend(config.backend)


def load_knowledge(directory: Path | None) -> Knowledge:
    """The run's own PETRARCH/TABARI dictionaries, or nothing to replace the built-in knowledge."""
    if directory is None:
        return Knowledge()
    if not directory.is_dir():
        raise UsageError(f"--dictionaries {directory}: no such folder")
    return load_dictionaries(directory, strict=False)


@cache
def shared_engine(config: Config) -> Engine:
    """One engine per configuration and process: the model and dictionaries load once."""
    return Engine(config)
