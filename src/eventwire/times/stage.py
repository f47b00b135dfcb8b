"""The pipeline stage that fills ``Article.times``."""

from __future__ import annotations

from typing import ClassVar

from eventwire.model import Article
from eventwire.pipeline import ArticleStage
from eventwire.times.find import find_times


class TimesStage(ArticleStage):
    """Time expressions of the cleaned text, resolved against the publication date.

    Works from the text alone when the parse is missing (the NLP stage failed);
    the parse only sharpens tense and name decisions.
    """

    name = "times"
    requires: ClassVar[frozenset[str]] = frozenset({"parse"})
    assigns: ClassVar[frozenset[str]] = frozenset({"times"})

    def process(self, article: Article) -> Article:
        return article.with_(times=find_times(article.text, article.published, article.parse))
