"""A light coreference step: the actor a pronoun stands for.

"he"/"his" is the last person named before it, "it"/"its" the last
organisation or country, "they"/"their" the last group, organisation or role.
No model: recency and kind only, which is right for the attributions and
possessives of news prose ("his decision to order", "said its resistance").
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.actors.words import words_of
from eventwire.model import Actor
from eventwire.parse import Parse, Token

#: actor kinds each pronoun class may stand for, best first
KINDS = {
    "person_pronoun": ("person",),
    "thing_pronoun": ("org", "country", "group"),
    "group_pronoun": ("role", "group", "org", "country"),
}


def antecedent(actors: Sequence[Actor], pronoun: Token, parse: Parse | None = None) -> str | None:
    """The id of the actor the pronoun most likely refers to, or None.

    A subject pronoun ("He said") prefers the subject of the sentences just
    before it ("Flynn spoke ... since he was pardoned by Trump. He said"), then
    the most recent mention; "it"/"its" prefer organisations to countries.
    """
    kinds = next((k for cls, k in KINDS.items() if pronoun.lower in words_of(cls)), None)
    if kinds is None:
        return None
    best: tuple[int, int, int, str] | None = None
    for actor in actors:
        kind = _kind(actor)
        if kind not in kinds:
            continue
        before = [(s, e) for s, e in actor.mentions if s < pronoun.start]
        if not before:
            continue
        kind_rank = -kinds.index(kind) if pronoun.lower in words_of("thing_pronoun") else 0
        subject = int(parse is not None and _recent_subject(parse, pronoun, before))
        rank = (kind_rank, subject, max(s for s, _ in before))
        if best is None or rank > best[:3]:
            best = (*rank, actor.id)
    return best[3] if best else None


def _kind(actor: Actor) -> str | None:
    """The actor's kind, a role that names a body ("the army", "the ministry") counting as an org."""
    head = actor.name.lower().split()[-1] if actor.name else ""
    return "org" if actor.kind == "role" and head in words_of("orgrole") else actor.kind


def _recent_subject(parse: Parse, pronoun: Token, mentions: Sequence[tuple[int, int]]) -> bool:
    """True when one of the mentions is a subject in the pronoun's sentence or the one before."""
    if pronoun.dep not in ("nsubj", "nsubjpass"):
        return False
    for _start, end in mentions:
        tok = parse.token_at_char(end - 1)
        if tok is not None and pronoun.sent - 1 <= tok.sent <= pronoun.sent and _is_subject(parse, tok):
            return True
    return False


def _is_subject(parse: Parse, tok: Token) -> bool:
    """The token heads (or is inside the name of) a clause's subject."""
    while tok.dep in ("compound", "flat") and tok.head != tok.i:
        tok = parse.tokens[tok.head]
    return tok.dep in ("nsubj", "nsubjpass")


def with_pronoun_mentions(actors: list[Actor], parse: Parse) -> list[Actor]:
    """Add each resolvable pronoun ("He stated ...", "its resistance") to its actor's mentions."""
    extra: dict[str, list[tuple[int, int]]] = {}
    for tok in parse.tokens:
        if tok.pos != "PRON" or (tok.lower == "it" and tok.dep not in ("nsubj", "nsubjpass", "dobj")):
            continue
        actor_id = antecedent(actors, tok, parse)
        if actor_id is not None:
            extra.setdefault(actor_id, []).append((tok.start, tok.end))
    return [a.with_mentions(extra[a.id]) if a.id in extra else a for a in actors]
