"""Senses of trigger words that name no political act.

A trigger word is coded only in its political sense.  Three checks tell the other senses apart,
each from data (``other_senses.tsv``, ``sport.tsv``, ``causes.tsv``) drawn up from dictionary
senses and general usage:

- the word's object, or a noun's modifier, picks another sense: shares that *hit* a record
  high, a *deal struck*, a plan *executed*, a film *shot*, a fire *fought*, a *heart attack*;
- the sentence reports a game (one sport word, or two that sport often uses), and the word has a
  sport sense: "Brazil *beat* Germany in the semi-final", "the striker *shot* wide";
- harm done by an accident, a disaster or a disease is no one's act: "an earthquake *killed*
  ...", "two men were *killed* in a crash".
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from eventwire.events.lexicon import data_rows, lemma_of, natural_causes
from eventwire.parse import Parse, Token

#: sentences with this many weak sport words report a game
WEAK_SPORT_WORDS = 2
#: dependents that narrow a word's sense: objects, a passive subject, a noun's modifiers
_OWN_DEPENDENTS = ("dobj", "nsubjpass", "attr", "compound", "amod", "npadvmod")


@cache
def _other_senses() -> dict[tuple[str, str], frozenset[str]]:
    table: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pos, lemma, words in data_rows("other_senses.tsv"):
        table[(pos, lemma)].update(words.split(","))
    return {key: frozenset(words) for key, words in table.items()}


@cache
def _sport() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for kind, lemma in data_rows("sport.tsv"):
        table[kind].add(lemma)
    return {kind: frozenset(words) for kind, words in table.items()}


def _pos(tok: Token) -> str | None:
    return "V" if tok.pos == "VERB" else "N" if tok.pos == "NOUN" else None


def _dependents(parse: Parse, tok: Token) -> set[str]:
    """Lemmas of the word's objects, the objects of its prepositions, and a noun's modifiers."""
    kids = parse.children(tok.i)
    out = {lemma_of(k) for k in kids if k.dep in _OWN_DEPENDENTS}
    for k in kids:
        if k.dep in ("prep", "prt"):
            out |= {lemma_of(g) for g in parse.children(k.i) if g.dep == "pobj"}
        if k.dep == "dobj":  # "hit a record high": the object's own modifiers
            out |= {lemma_of(g) for g in parse.children(k.i) if g.dep in ("amod", "compound")}
    return out


def other_sense(parse: Parse, tok: Token) -> bool:
    """The word's object or modifier gives it a sense that names no political act."""
    pos = _pos(tok)
    words = _other_senses().get((pos, lemma_of(tok))) if pos else None
    return bool(words and words & _dependents(parse, tok))


def sport_sense(parse: Parse, tok: Token) -> bool:
    """The word has a sport sense and its sentence reports a game."""
    table = _sport()
    if lemma_of(tok) not in table.get("contest", frozenset()):
        return False
    lemmas = {lemma_of(t) for t in parse.sentence_tokens(tok.sent)}
    strong = lemmas & table.get("cue", frozenset())
    return bool(strong) or len(lemmas & table.get("weak", frozenset())) >= WEAK_SPORT_WORDS


def natural_harm(parse: Parse, tok: Token, source: Token | None) -> bool:
    """Harm by an accident, a disaster or a disease: its cause is the subject, the passive
    agent, or the object of 'in' ('killed in a crash')."""
    causes = natural_causes()
    if source is not None and lemma_of(source) in causes:
        return True
    return any(
        k.dep in ("prep", "agent")
        and k.lower in ("in", "by")
        and any(g.dep == "pobj" and lemma_of(g) in causes for g in parse.children(k.i))
        for k in parse.children(tok.i)
    )
