"""The words around a verb that its dictionary patterns look at.

For a user's (TABARI/PETRARCH) dictionary, as those coders read a sentence:
before the verb, the words of its sentence back to the nearest comma (the
"upper" sequence, nearest first); after the verb, the words of its own
phrase (its dependency subtree) without the verbs coordinated with it (the
"lower" sequence).  The built-in dictionary, written for PETRARCH-2's
phrase-bound matching, looks only at the verb's own arguments and modifiers,
not the clauses hanging on it.  Punctuation is left out.  Each word
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
    parse: Parse, verb: Token, owners: Mapping[int, str], user: bool
) -> tuple[list[Word], list[Word]]:
    """(words before the verb, nearest first; words after it); ``user``: a user's dictionary."""
    phrases = _base_phrases(parse, verb.sent)
    if user:
        upper_tokens = _before(parse, verb)
        lower_tokens = phrase_after(parse, verb)
    else:
        own = _own_phrase(parse, verb)
        upper_tokens = [t for t in reversed(own) if t.i < verb.i]
        lower_tokens = [t for t in own if t.i > verb.i]
    upper = _words(parse, upper_tokens, owners, phrases, user, backwards=True)
    lower = _words(parse, lower_tokens, owners, phrases, user, backwards=False)
    return upper, lower


#: links to the words a built-in pattern may look at: the verb's arguments, not its sub-clauses
OWN_ARGUMENTS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod", "dobj", "prep", "prt", "attr",
     "dative", "acomp", "oprd", "agent", "pobj"}
)  # fmt: skip


def _own_phrase(parse: Parse, verb: Token) -> list[Token]:
    """The verb's own arguments and modifiers, without the clauses hanging on it."""
    words: list[Token] = []
    for k in parse.children(verb.i):
        if k.dep in OWN_ARGUMENTS:
            words.extend(t for t in parse.subtree(k.i) if t.pos != "PUNCT")
    return sorted(words, key=lambda t: t.i)


def _before(parse: Parse, verb: Token) -> list[Token]:
    sent = parse.sents[verb.sent]
    out: list[Token] = []
    for tok in reversed(parse.tokens[sent.start : verb.i]):
        if tok.text == ",":
            break
        if tok.pos != "PUNCT":
            out.append(tok)
    return out


def phrase_after(parse: Parse, verb: Token) -> list[Token]:
    """The words after the verb in its phrase, without the verbs coordinated with it."""
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
    user: bool,
    backwards: bool,
) -> list[Word]:
    position = {tok.i: n for n, tok in enumerate(tokens)}
    words: list[Word] = []
    for tok in tokens:
        span = phrases.get(tok.i)
        far = (span[0] if backwards else span[1]) if span else -1
        forms = frozenset({tok.lower} if user else {tok.lower, tok.lemma.lower()})
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
