"""How sure the coder is of an event: a score in 0..1 from what the parse shows.

Highest for a verb of the core lexicon with both parties, high in its
sentence's tree (the governing act is the sentence's main event); lower for
event nouns, dictionary (tier-2) verbs, unasserted events, the purpose or
participle clauses of another act, and relative clauses (background).
Measured by ``eventwire eval plover_gsr``: keeping events at 0.5 or above
raises precision.
"""

from __future__ import annotations

from eventwire.config import active
from eventwire.events.arguments import Arguments
from eventwire.events.lexicon import Trigger, match_trigger, modality_cues
from eventwire.parse import Parse, Token


def confidence(parse: Parse, tok: Token, trig: Trigger, args: Arguments, modality: str) -> float:
    """Higher for a verb of the core lexicon with both parties, high in its sentence's tree.

    The weights are settings (``events.confidence`` of the configuration).
    """
    w = active().events.confidence
    score = w.verb if trig.pos == "V" else w.noun
    score += w.source if args.source is not None else 0.0
    score += w.target if args.target is not None else 0.0
    score += w.constrained if trig.objects or trig.prep else 0.0
    score += w.not_asserted if modality != "asserted" else 0.0
    score += w.dictionary if trig.tier == 2 else 0.0
    score += w.light_verb if trig.pos == "N" and _under_light_verb(parse, tok) else 0.0
    score += w.per_clause * min(w.max_clauses, _depth(parse, tok))  # the governing act is the main event
    score += w.purpose_clause if _in_purpose_clause(parse, tok) else 0.0
    score += w.relative_clause if tok.dep == "relcl" else 0.0  # "a helicopter that was captured": background
    return round(max(w.floor, min(w.ceiling, score)), 2)


def _in_purpose_clause(parse: Parse, tok: Token) -> bool:
    """'marched to demand reforms', 'rioted, demanding his removal': the aim of another act, not the act."""
    if tok.pos != "VERB" or tok.dep != "advcl" or tok.head == tok.i:
        return False
    head = parse.tokens[tok.head]
    if head.pos != "VERB" or head.lemma.lower() in modality_cues():
        return False  # "plans to attack": the head is a cue, the clause is the act
    infinitive = any(k.dep == "aux" and k.lower == "to" for k in parse.children(tok.i))
    return infinitive or tok.tag == "VBG"


def _under_light_verb(parse: Parse, noun: Token) -> bool:
    """'staged demonstrations', 'held talks': the noun carries the act of a verb that names none."""
    head = parse.tokens[noun.head]
    return noun.dep == "dobj" and head.pos == "VERB" and match_trigger(parse, head) is None


def _depth(parse: Parse, tok: Token) -> int:
    """How many clauses down from its sentence's root the trigger sits."""
    verbs = [anc for anc in parse.ancestors(tok.i) if anc.pos in ("VERB", "AUX")]
    if tok.pos == "NOUN" and verbs and _under_light_verb(parse, tok):
        verbs = verbs[1:]  # the light verb is the noun's own clause
    return len(verbs)
