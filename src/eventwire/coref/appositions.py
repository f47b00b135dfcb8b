"""Appositions: "Maria Lopez, the president of the union", "the coalition commander, John Smith".

A named person or organisation and a common noun set beside it by an apposition (with a comma:
"minister Calimehtar" is a title) are one actor when the noun names that kind of actor: the
noun's role mention (or the noun itself, when no role was found there) joins the name's actor,
so "the president" said or did what Lopez said or did, and a later "the president" finds Lopez
described by it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from eventwire.coref.clauses import common_noun, span_head
from eventwire.coref.kinds import noun_kind
from eventwire.coref.links import Link
from eventwire.coref.spans import MentionIndex
from eventwire.model import Actor
from eventwire.parse import Parse, Token

#: the kind of common noun that may stand beside a name of each actor kind
_FITS = {"person": "person", "org": "body"}


def apposition_links(parse: Parse, actors: Sequence[Actor]) -> list[Link]:
    index = MentionIndex(actors)
    roles = {a.id for a in actors if a.kind == "role"}
    links: list[Link] = []
    for actor in actors:
        fits = _FITS.get(actor.kind or "")
        for start, end in actor.mentions if fits else ():
            head = span_head(parse, start, end)
            for partner in _partners(parse, head) if head is not None else ():
                link = _link(index, roles, partner, actor.id) if noun_kind(partner) == fits else None
                if link is not None:
                    links.append(link)
    return links


def _partners(parse: Parse, head: Token) -> Iterator[Token]:
    """Common nouns in apposition to the name and set off from it by a comma; without one
    ("minister Calimehtar") the noun is a title, which the actors stage reads as one."""
    near = [k for k in parse.children(head.i) if k.dep == "appos"]
    if head.dep == "appos" and head.head != head.i:
        near.append(parse.tokens[head.head])
    for tok in near:
        low, high = sorted((tok.i, head.i))
        if common_noun(tok) and any(t.text == "," for t in parse.tokens[low:high]):
            yield tok


def _link(index: MentionIndex, roles: set[str], partner: Token, actor: str) -> Link | None:
    """The partner's role mention moves to the name's actor; a partner inside another named
    actor's mention is that actor, not a description."""
    over = index.overlapping(partner.start, partner.end)
    if not over:
        return Link(partner.start, partner.end, None, actor)
    mention = over[0]
    return Link(mention.start, mention.end, mention.actor, actor) if mention.actor in roles else None
