"""The speaker mention a subject token stands for: "Sajad Jiyad", not "Sajad Jiyad, a fellow with ..."."""

from __future__ import annotations

from eventwire.ontology import agent_for
from eventwire.parse import Parse, Token
from eventwire.phrases import date_before_name, name_after_title
from eventwire.quotes.claims import SpeakerMention

#: Dependents that belong to the name itself; everything else (appositions,
#: relative clauses, conjuncts, most prepositions) is left out.
_NAME_PREPS = frozenset({"of"})  # "the Foreign Minister of Iraq"
#: A role noun keeps the body it speaks for: "a spokesman for the ministry", "a fellow at Brookings".
_ROLE_PREPS = frozenset({"of", "for", "at", "with"})
_NAME_DEPS = frozenset(
    {"det", "compound", "amod", "poss", "case", "nmod", "flat", "nummod", "quantmod", "punct"}
)


def mention_of(parse: Parse, head: Token) -> SpeakerMention:
    """The noun phrase headed by ``head``; for "the commander, John Smith", the name."""
    name = _apposed_name(parse, head)
    if name is not None:
        head = name
    kept = _name_tokens(parse, head)
    start = min(t.start for t in kept)
    end = max(t.end for t in kept)
    head = name_after_title(parse, head) or head  # "Senator from Vermont Bernie Sanders": the name
    ent = parse.entity_at(head.i)
    if ent is not None and start <= ent.start_char and ent.end_char <= end:
        return SpeakerMention(start, end, ent.start_char, ent.end_char)
    return SpeakerMention(start, end, head.start, head.end)


def _apposed_name(parse: Parse, head: Token) -> Token | None:
    if head.pos == "PROPN" or head.ent_type == "PERSON":
        return None
    for child in parse.children(head.i):
        if child.dep == "appos" and (child.pos == "PROPN" or child.ent_type == "PERSON"):
            return child
    return None


def _name_tokens(parse: Parse, head: Token) -> list[Token]:
    kept = [head]
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in parse.children(tok.i):
            if _belongs_to_name(child, tok):
                kept.append(child)
                stack.append(child)
    return _trim_punct(parse, sorted(kept, key=lambda t: t.i), head)


def _belongs_to_name(child: Token, parent: Token) -> bool:
    if child.dep in _NAME_DEPS:
        return True
    if child.dep == "npadvmod" and parent.dep == "amod":
        return True  # "17-year-old Jared Potts": the whole adjective, not "old Jared Potts"
    if child.dep == "prep" and child.lower == "from":
        return agent_for(parent.text) is not None  # "Senator from Vermont Bernie Sanders"
    if child.dep == "prep":
        return child.lower in (_ROLE_PREPS if parent.pos == "NOUN" else _NAME_PREPS)
    return child.dep == "pobj" and parent.dep == "prep"


def _trim_punct(parse: Parse, tokens: list[Token], head: Token) -> list[Token]:
    """Without punctuation at either end, nor a date the parser ran into the name ("Sunday
    President Donald Trump")."""
    while (
        len(tokens) > 1
        and tokens[0] is not head
        and (tokens[0].pos == "PUNCT" or date_before_name(parse, tokens[0].i, head.i))
    ):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].pos == "PUNCT" and tokens[-1] is not head:
        tokens = tokens[:-1]
    return tokens
