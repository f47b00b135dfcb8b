"""Where an engine event's source or target stands in the text.

A party carries its words (``Party.text``) and its actor, not offsets, so its
words are looked for inside the event's evidence ("its words inside the
evidence", as ``wikievents_dev`` says); with ``nearest``, words that are not
there (a party named in the clause above a clause-sized evidence: "the
Taliban" of "... vowed to retake control") stand at their occurrence nearest
to the evidence.  An actor adds every mention the engine merged into it, so a party
given as "he" is right when "he" is the actor named earlier.
"""

from __future__ import annotations

from eventwire.evaluate.align import occurrences
from eventwire.model import Article, Event, Party

Spans = list[tuple[int, int]]


def gives_party(party: Party) -> bool:
    """Whether the engine named a party at all (words or an actor)."""
    return bool(party.text) or party.actor is not None


def party_spans(article: Article, event: Event, party: Party, nearest: bool = True) -> Spans:
    """The party's words in (or, with ``nearest``, nearest to) the evidence, and its actor's mentions."""
    evidence = (event.evidence.start, event.evidence.end)
    spans = occurrences(article.text, party.text or "", *evidence)
    if not spans and nearest:
        spans = _nearest(article.text, party.text or "", evidence)
    return spans + actor_mentions(article, party.actor)


def actor_mentions(article: Article, actor_id: str | None) -> Spans:
    if actor_id is None:
        return []
    actor = next((a for a in article.actors if a.id == actor_id), None)
    return [(s, e) for s, e in actor.mentions] if actor is not None else []


def _nearest(text: str, words: str, near: tuple[int, int]) -> Spans:
    everywhere = occurrences(text, words)
    if not everywhere:
        return []
    return [min(everywhere, key=lambda s: max(near[0] - s[1], s[0] - near[1], 0))]
