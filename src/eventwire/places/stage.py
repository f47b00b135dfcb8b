"""The pipeline stage: an article in, the same article with places and a geocoded dateline out."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from eventwire.model import Article, Dateline, Place
from eventwire.pipeline import ArticleStage
from eventwire.places.find import find_places, geocode


class PlacesStage(ArticleStage):
    """Finds and geocodes the places of each article.

    The dateline's place, when the article has a dateline that the cleaner
    could not place, has id "dl" and start 0, end ``len(dateline.text)``: it
    indexes the dateline string, not the body.  Without a parse, capitalised
    word runs are matched against the gazetteer.
    """

    name = "places"
    requires: ClassVar[frozenset[str]] = frozenset({"parse"})
    assigns: ClassVar[frozenset[str]] = frozenset({"places", "dateline"})

    def process(self, article: Article) -> Article:
        dateline_text = article.dateline.text if article.dateline else None
        places = find_places(article.text, article.parse, dateline_text)
        dateline = article.dateline
        if dateline is not None and dateline.place is None:
            dateline = Dateline(text=dateline.text, place=geocode(dateline.text, country_focus(places)))
        return article.with_(places=places, dateline=dateline)


def country_focus(places: list[Place], top: int = 3) -> list[str]:
    """The countries the article talks about most, most frequent first."""
    counts = Counter(p.country for p in places if p.country)
    return [iso3 for iso3, _ in counts.most_common(top)]
