"""The words around a verb that its dictionary patterns look at.

Before the verb: the words of its sentence back to the nearest comma (the
"upper" sequence, nearest first).  After the verb: the words of its own
phrase (its dependency subtree), without the verbs coordinated with it and
their arguments (the "lower" sequence).  Punctuation is left out.  Each word
knows the actor that covers it and where its noun phrase ends, for the
``$``, ``+`` and ``^`` slots.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.events.matching import Word
from eventwire.parse import Parse, Token

#: dependents that belong to a noun's base phrase ("the new Gondor envoy", "Gondor's army")
NP_PARTS = frozenset({"det", "amod", "compound", "nummod", "poss", "quantmod", "case", "nmod", "advmod"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def verb_context(
    parse: Parse, verb: Token, owners: Mapping[int, str], exact: bool
) -> tuple[list[Word], list[Word]]:
    """(words before the verb, nearest first; words after it in its phrase)."""
    phrases = _base_phrases(parse, verb.sent)
    upper_tokens = _before(parse, verb)
    lower_tokens = _after(parse, verb)
    upper = _words(parse, upper_tokens, owners, phrases, exact, backwards=True)
    lower = _words(parse, lower_tokens, owners, phrases, exact, backwards=False)
    return upper, lower


def _before(parse: Parse, verb: Token) -> list[Token]:
    sent = parse.sents[verb.sent]
    out: list[Token] = []
    for tok in reversed(parse.tokens[sent.start : verb.i]):
        if tok.text == ",":
            break
        if tok.pos != "PUNCT":
            out.append(tok)
    return out


def _after(parse: Parse, verb: Token) -> list[Token]:
    skip: set[int] = set()
    for child in parse.children(verb.i):
        if child.dep == "conj" and child.pos in ("VERB", "AUX"):
            skip.update(t.i for t in parse.subtree(child.i))
    return [t for t in parse.subtree(verb.i) if t.i > verb.i and t.i not in skip and t.pos != "PUNCT"]


def _base_phrases(parse: Parse, sent_index: int) -> dict[int, tuple[int, int]]:
    """Token index -> (first, last) token of the base noun phrase it belongs to."""
    sent = parse.sents[sent_index]
    spans: dict[int, tuple[int, int]] = {}
    for tok in parse.tokens[sent.start : sent.end]:
        if tok.pos not in NOMINAL or tok.dep in ("compound", "poss", "nummod", "amod"):
            continue
        first = tok.i
        for child in parse.children(tok.i):
            if child.i < tok.i and child.dep in NP_PARTS:
                first = min(first, min(t.i for t in parse.subtree(child.i)))
        for i in range(first, tok.i + 1):
            spans.setdefault(i, (first, tok.i))
    return spans


def _words(
    parse: Parse,
    tokens: list[Token],
    owners: Mapping[int, str],
    phrases: Mapping[int, tuple[int, int]],
    exact: bool,
    backwards: bool,
) -> list[Word]:
    position = {tok.i: n for n, tok in enumerate(tokens)}
    words: list[Word] = []
    for tok in tokens:
        span = phrases.get(tok.i)
        far = (span[0] if backwards else span[1]) if span else -1
        forms = frozenset({tok.lower} if exact else {tok.lower, tok.lemma.lower()})
        actor = owners.get(tok.i)
        words.append(Word(tok.i, forms, actor, position.get(far, -1), _coordinated(parse, tok, owners)))
    return words


def _coordinated(parse: Parse, tok: Token, owners: Mapping[int, str]) -> bool:
    """Whether the word names an actor joined by "and" to another actor."""
    if tok.i not in owners:
        return False
    if tok.dep == "conj" and tok.head in owners:
        return True
    return any(k.dep == "conj" and k.i in owners for k in parse.children(tok.i))
