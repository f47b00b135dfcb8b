"""One article never holds up its batch: a size limit before the parse, a time budget after it."""

from __future__ import annotations

import contextlib
import time
from typing import ClassVar

import eventwire
from eventwire.config import Config
from eventwire.model import Article
from eventwire.pipeline import ArticleStage, Failure, Pipeline


class Stuck(ArticleStage):
    """A stage that never ends on an article whose text says 'stuck' (and swallows what it can)."""

    name = "stuck"
    assigns: ClassVar[frozenset[str]] = frozenset({"warnings"})

    def process(self, article: Article) -> Article:
        while "stuck" in article.text:
            with contextlib.suppress(Exception):  # a stage's own guard must not swallow the budget
                time.sleep(0.01)
        return article


class Mark(ArticleStage):
    name = "mark"
    assigns: ClassVar[frozenset[str]] = frozenset({"warnings"})

    def process(self, article: Article) -> Article:
        return article.with_(warnings=["marked"])


def test_an_article_over_its_time_budget_is_a_failure_and_the_batch_goes_on() -> None:
    batch = [Article(id=f"a{n}", text=text) for n, text in enumerate(["fine", "stuck here", "also fine"])]
    failures: list[Failure] = []
    began = time.monotonic()
    done = Pipeline([Stuck(), Mark()]).run(batch, failures.append, budget_s=0.3)
    assert time.monotonic() - began < 5
    assert [a.id for a in done] == ["a0", "a2"] and all(a.warnings == ["marked"] for a in done)
    assert [(f.article_id, f.stage) for f in failures] == [("a1", "budget")]
    assert "took more than 0.3 s (in the stuck stage)" in failures[0].error


def test_without_a_budget_nothing_is_timed() -> None:
    batch = [Article(id="a", text="fine")]
    assert [a.warnings for a in Pipeline([Mark()]).run(batch)] == [["marked"]]


def test_an_article_over_the_size_limit_is_refused_before_the_parse() -> None:
    failed: list[Failure] = []
    config = Config(backend="fake", limits={"max_article_chars": 100})
    articles = eventwire.process(["Short news.", "Long news. " * 50], config=config, on_failure=failed.append)
    assert [a.text for a in articles] == ["Short news."]
    assert len(failed) == 1 and "over the 100-character limit for one article" in failed[0].error
    assert failed[0].source == "<text 2>"


def test_the_cleaned_text_is_held_to_the_limit_too() -> None:
    from eventwire.inputs import Input, articles_of
    from eventwire.read import RawDoc

    failed: list[Failure] = []
    config = Config(limits={"max_article_chars": 10})
    item = Input(RawDoc("in.txt", text="Rebels attack."), "digest")
    assert articles_of([item], config, failed.append) == []
    assert failed[0].line() == (
        "error: in.txt: article is 14 characters, over the 10-character limit for one article"
    )


def test_loading_the_knowledge_is_no_article_s_time() -> None:
    import subprocess
    import sys

    # A fresh process loads the gazetteer and the dictionaries (seconds) on the first article; a
    # one-second budget must not cost that article.
    code = (
        "import eventwire; from eventwire.config import Config;"
        " c = Config(limits={'article_seconds': 1.0});"
        " print(len(eventwire.process(['Iraqi police arrested two men in Basra on Monday.'], config=c)))"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "1"
