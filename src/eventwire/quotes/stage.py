"""The pipeline stage: an article's quotes from its text, parse and actors."""

from __future__ import annotations

from typing import ClassVar

from eventwire.model import Article
from eventwire.pipeline import ArticleStage
from eventwire.quotes.find import find_quotes


class QuotesStage(ArticleStage):
    """Assigns ``quotes``; works from the text alone when the article carries no parse."""

    name = "quotes"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "actors"})
    assigns: ClassVar[frozenset[str]] = frozenset({"quotes"})

    def process(self, article: Article) -> Article:
        return article.with_(quotes=find_quotes(article.text, article.parse, article.actors))
