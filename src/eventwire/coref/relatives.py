"""Relative pronouns: the "who" of "Maria Lopez, who said ..." is Lopez.

A relative pronoun that opens a relative clause refers to the noun the clause modifies (its
antecedent); when that noun lies in an actor's mention, the pronoun becomes a mention of the same
actor, so that a reader of the actors (the quote finder's speaker, an evaluation's "who") finds
the actor there as it finds it under "he".
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.coref.links import Link
from eventwire.coref.spans import MentionIndex
from eventwire.model import Actor
from eventwire.parse import Parse, Token

#: relative pronouns that stand for a person or a body ("that" and "which" stand as often for a
#: thing, and "whose" names what is the antecedent's: "whose campaign" is no party of its own)
RELATIVE_PRONOUNS = frozenset({"who", "whom"})
#: what a relative pronoun is to its clause's verb
PRONOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def relative_links(parse: Parse, actors: Sequence[Actor]) -> list[Link]:
    index = MentionIndex(actors)
    links: list[Link] = []
    for tok in parse.tokens:
        antecedent = _antecedent(parse, tok)
        if antecedent is None or index.overlapping(tok.start, tok.end):
            continue
        named = index.overlapping(antecedent.start, antecedent.end)
        if len(named) == 1:
            links.append(Link(tok.start, tok.end, None, named[0].actor))
    return links


def _antecedent(parse: Parse, tok: Token) -> Token | None:
    """The noun the relative clause ``tok`` opens modifies ("Lopez" of "Lopez, who said", "the
    man to whom he spoke")."""
    if tok.lower not in RELATIVE_PRONOUNS or tok.dep not in PRONOUN_ROLES or tok.tag not in _WH_TAGS:
        return None
    verb = parse.tokens[tok.head]
    if tok.dep == "pobj" and verb.head != verb.i:
        verb = parse.tokens[verb.head]  # "to whom he spoke": the preposition's verb
    if verb.dep != "relcl" or verb.head == verb.i or verb.i < tok.i:
        return None
    noun = parse.tokens[verb.head]
    return noun if noun.pos in ("PROPN", "NOUN", "PRON") and noun.i < tok.i else None


#: the tag of a relative pronoun
_WH_TAGS = frozenset({"WP"})
