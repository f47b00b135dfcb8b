"""The resolver's answers, and how they change the actors: a span joins the actor it refers to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.model import Actor


@dataclass(frozen=True, slots=True)
class Link:
    """The span [start, end) names ``target``; it was a mention of ``source`` (a role noun's own
    actor, "the ministry") or of no actor (a pronoun) before."""

    start: int
    end: int
    source: str | None
    target: str


def relinked(actors: Sequence[Actor], links: Sequence[Link]) -> list[Actor]:
    """The actors with each linked span moved to its target; an actor left with no mention (every
    "the group" of the article was the Islamic State) is dropped, the others keep their ids."""
    added: dict[str, set[tuple[int, int]]] = {}
    removed: dict[str, set[tuple[int, int]]] = {}
    for link in links:
        if link.source == link.target:
            continue
        added.setdefault(link.target, set()).add((link.start, link.end))
        if link.source is not None:
            removed.setdefault(link.source, set()).add((link.start, link.end))
    out = []
    for actor in actors:
        if actor.id not in added and actor.id not in removed:
            out.append(actor)
            continue
        mentions = (set(actor.mentions) - removed.get(actor.id, set())) | added.get(actor.id, set())
        if mentions:
            out.append(actor.model_copy(update={"mentions": sorted(mentions)}))
    return out
