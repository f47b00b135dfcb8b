"""Asserted, negated or uncertain: what the words around a trigger say of it.

A trigger is *negated* by a negation on itself or its auxiliaries ("did not
attack", "no attacks", "failed to pass"), and *uncertain* when a modal, a verb
of intention or demand, a forecast adjective or a condition governs it ("would
withdraw", "plans to attack", "a resumption in attacks is probable", "if they
attack").  Cues are data (``data/cues.tsv``).
"""

from __future__ import annotations

from eventwire.events.lexicon import lemma_of, modality_cues
from eventwire.model import Modality
from eventwire.parse import Parse, Token

#: how far up the tree a governing cue may sit
MAX_CLIMB = 4
#: links through which a governing word's mood passes down to the trigger
GOVERNED = ("xcomp", "ccomp", "pobj", "dobj", "prep", "nsubj", "nsubjpass", "acl", "advcl", "conj", "pcomp")
OWN_CUES = ("neg", "aux", "auxpass", "mark", "det", "advmod", "acomp")


def modality_of(parse: Parse, trigger: Token) -> Modality:
    own = _own_cue(parse, trigger)
    if own is not None:
        return own
    tok = trigger
    for _ in range(MAX_CLIMB):
        if tok.head == tok.i or tok.dep not in GOVERNED or tok.dep == "conj":
            break
        head = parse.tokens[tok.head]
        cue = _head_cue(parse, head)
        if cue is not None:
            return cue
        tok = head
    return "asserted"


def _own_cue(parse: Parse, tok: Token) -> Modality | None:
    """Negation or modality marked on the trigger itself."""
    cues = modality_cues()
    found: Modality | None = None
    for k in parse.children(tok.i):
        if k.dep not in OWN_CUES:
            continue
        kind = cues.get(lemma_of(k)) or cues.get(k.lower)
        if kind == "negated":
            return "negated"
        if kind == "uncertain" and (k.dep != "advmod" or k.lower in ("if", "unless")):
            found = "uncertain"
    return found


def _head_cue(parse: Parse, head: Token) -> Modality | None:
    """A governing word that makes what it governs uncertain or negated."""
    kind = modality_cues().get(lemma_of(head))
    if kind == "negated" and head.pos == "VERB":
        return "negated"
    if kind == "uncertain" and head.pos in ("VERB", "ADJ", "NOUN"):
        return "uncertain"
    return _own_cue(parse, head)
