"""Actors: people, organisations, countries, armed groups and role nouns.

Mentions come from the actor dictionary, the model's entities and role nouns
(:mod:`.mentions`); each is coded with a country, a sector and a CAMEO-style
code from its title, nationality words and dictionaries (:mod:`.codes`), and a person with
those of the body it serves (:mod:`.affiliation`);
mentions of one actor are merged (:mod:`.merge`).  Pronouns, "the group" and other references
are resolved afterwards, once for every stage, by :mod:`eventwire.coref`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import ClassVar

from eventwire.actors.affiliation import with_affiliations
from eventwire.actors.codes import code_mention
from eventwire.actors.mentions import find_mentions
from eventwire.actors.merge import Merger, finish
from eventwire.config import active
from eventwire.model import Actor, Article, Place
from eventwire.parse import Parse
from eventwire.pipeline import ArticleStage


class ActorsStage(ArticleStage):
    name = "actors"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "places"})
    assigns: ClassVar[frozenset[str]] = frozenset({"actors"})

    def process(self, article: Article) -> Article:
        if article.parse is None:
            return article
        focus = country_focus(article)
        return article.with_(actors=find_actors(article.text, article.parse, article.published, focus))


def find_actors(text: str, parse: Parse, published: str | None, focus: str | None = None) -> list[Actor]:
    merger = Merger(parse, text)
    coded = [(m, code_mention(parse, text, m, published)) for m in find_mentions(parse, text, published)]
    for m, coding in with_affiliations(parse, coded):
        merger.add(m, coding)
    merger.add_surnames()
    return finish(merger.drafts, focus)


def country_focus(article: Article) -> str | None:
    """The country a story happens in: its dateline's, else the one most of its places lie in."""
    if article.dateline is not None and article.dateline.place is not None:
        return article.dateline.place.country
    return dominant_country(article.places)


def dominant_country(places: Sequence[Place]) -> str | None:
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n / sum(counts.values()) >= active().actors.focus_share else None
