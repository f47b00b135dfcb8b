"""Coreference: the one answer to "who is this 'he', 'its', 'the ministry', 'the group'?".

Resolution runs once per article, after the actors are found and merged (:class:`CorefStage`),
and records its answers in the actors' ``mentions``: a pronoun, a definite description ("the
minister", "the group"), an apposition ("Lopez, the president") and a relative pronoun ("Lopez,
who said") become mentions of the actor they refer to.  Every consumer reads that one answer:
the quote finder takes a speaker's actor from the mention under the speaker's head word, the event
coder a party's actor from the mention under the party's head.  The rules are in :mod:`.sweep`
(pronouns, descriptions), :mod:`.appositions` and :mod:`.relatives`; the word lists in ``data/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from eventwire.coref.appositions import apposition_links
from eventwire.coref.links import relinked
from eventwire.coref.relatives import relative_links
from eventwire.coref.sweep import Sweep, items
from eventwire.model import Actor, Article
from eventwire.parse import Parse
from eventwire.pipeline import ArticleStage

__all__ = ["CorefStage", "resolve_references"]


def resolve_references(parse: Parse, actors: Sequence[Actor]) -> list[Actor]:
    """The actors with every resolvable pronoun, definite description and apposition added to
    the mentions of the actor it refers to (a role actor that was only such descriptions goes)."""
    actors = relinked(actors, apposition_links(parse, actors))
    links = Sweep(parse, {a.id: a for a in actors}).run(items(parse, actors))
    actors = relinked(actors, links)
    return relinked(actors, relative_links(parse, actors))


class CorefStage(ArticleStage):
    """Between actors and quotes: quotes and events then read one resolution."""

    name = "coref"
    requires: ClassVar[frozenset[str]] = frozenset({"parse", "actors"})
    assigns: ClassVar[frozenset[str]] = frozenset({"actors"})

    def process(self, article: Article) -> Article:
        if article.parse is None:
            return article
        return article.with_(actors=resolve_references(article.parse, article.actors))
