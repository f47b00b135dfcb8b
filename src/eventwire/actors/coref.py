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


def antecedent(actors: Sequence[Actor], pronoun: Token) -> str | None:
    """The id of the actor the pronoun most likely refers to, or None."""
    kinds = next((k for cls, k in KINDS.items() if pronoun.lower in words_of(cls)), None)
    if kinds is None:
        return None
    best: tuple[int, int, str] | None = None
    for actor in actors:
        if actor.kind not in kinds:
            continue
        before = [s for s, _ in actor.mentions if s < pronoun.start]
        if before:
            kind_rank = -kinds.index(actor.kind) if pronoun.lower in words_of("thing_pronoun") else 0
            rank = (kind_rank, max(before))
            if best is None or rank > best[:2]:
                best = (*rank, actor.id)
    return best[2] if best else None


def with_pronoun_mentions(actors: list[Actor], parse: Parse) -> list[Actor]:
    """Add each resolvable pronoun ("He stated ...", "its resistance") to its actor's mentions."""
    extra: dict[str, list[tuple[int, int]]] = {}
    for tok in parse.tokens:
        if tok.pos != "PRON" or (tok.lower == "it" and tok.dep not in ("nsubj", "nsubjpass", "dobj")):
            continue
        actor_id = antecedent(actors, tok)
        if actor_id is not None:
            extra.setdefault(actor_id, []).append((tok.start, tok.end))
    return [a.with_mentions(extra[a.id]) if a.id in extra else a for a in actors]
