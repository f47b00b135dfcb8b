"""Where a mention stands in its clause: its head word, whether it is a subject, whether it speaks.

A subject is what a later pronoun most likely continues ("Flynn spoke ... He said"); a speaker
(the subject of a speech verb, the agent of a passive one, the X of "according to X") is what a
later "he said" most likely continues, even when someone else was named in between.
"""

from __future__ import annotations

from eventwire.coref.words import speech_verbs
from eventwire.parse import Parse, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: links inside one name or from a name to its apposition ("the commander, John Smith, said")
_NAME_LINKS = frozenset({"compound", "flat", "appos"})


def common_noun(tok: Token) -> bool:
    """A common noun, or a role written in capitals that the parser read as a proper noun outside
    any name ("Michael Makuei, the Information Minister")."""
    return tok.pos == "NOUN" or (tok.pos == "PROPN" and not tok.ent_type)


def span_head(parse: Parse, start: int, end: int) -> Token | None:
    """The word of a character span whose head lies outside it (for "Peter Novak", "Novak")."""
    tokens = parse.tokens_in(start, end)
    if not tokens:
        return parse.token_at_char(start)
    first, last = tokens[0].i, tokens[-1].i
    return next((t for t in tokens if not first <= t.head <= last or t.head == t.i), tokens[-1])


def phrase_head(parse: Parse, tok: Token) -> Token:
    """The word that links a name's phrase to its clause."""
    seen = {tok.i}
    while tok.dep in _NAME_LINKS and tok.head not in seen:
        seen.add(tok.head)
        tok = parse.tokens[tok.head]
    return tok


def is_subject(parse: Parse, tok: Token) -> bool:
    return phrase_head(parse, tok).dep in SUBJECT_DEPS


def is_main_subject(parse: Parse, tok: Token) -> bool:
    """The word is the subject of a main clause (the root verb or one coordinated with it): what
    its sentence is about."""
    head = phrase_head(parse, tok)
    if head.dep not in SUBJECT_DEPS or head.head == head.i:
        return False
    return parse.first_conjunct(head.head).dep == "ROOT"


def is_predicate(parse: Parse, tok: Token) -> bool:
    """The word is said of someone, not someone new: "he was the commander", "labeled X as a
    terrorist", "served as minister"."""
    head = phrase_head(parse, tok)
    if head.dep in ("attr", "oprd"):
        return True
    governor = parse.tokens[head.head]
    return head.dep == "pobj" and governor.lower == "as"


def is_speaker(parse: Parse, tok: Token) -> bool:
    """The word names who speaks: "X said", "said X", "was announced by X", "according to X"."""
    head = phrase_head(parse, tok)
    if head.head == head.i:
        return False
    governor = parse.tokens[head.head]
    if head.dep == "nsubj":
        return _is_speech_verb(governor)
    if head.dep != "pobj" or governor.head == governor.i:
        return False
    above = parse.tokens[governor.head]
    if governor.dep == "agent":
        return _is_speech_verb(above)
    return governor.lower == "to" and above.lower == "according"


def _is_speech_verb(tok: Token) -> bool:
    return tok.pos == "VERB" and tok.lemma.lower() in speech_verbs().lemmas
