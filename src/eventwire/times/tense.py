"""The tense of the clause a time expression sits in: past, future, or unknown.

Relative days and months resolve by it ("on Tuesday" in "were killed on
Tuesday" is the Tuesday before publication, in "will meet on Tuesday" the one
after).  With a parse the governing verb and its auxiliaries decide; without
one, cue words in the sentence do.
"""

from __future__ import annotations

import re

from eventwire.parse import Parse, Token
from eventwire.times.calendar import Tense
from eventwire.times.lexicon import lexicon

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
PAST_TAGS = frozenset({"VBD", "VBN"})
VERB_POS = frozenset({"VERB", "AUX"})

_FUTURE_CUES = re.compile(
    r"\b(will|'ll|shall|would|going to|plans? to|expected to|scheduled to|due to|set to|"
    r"next|upcoming|coming|until|later)\b",
    re.IGNORECASE,
)
_PAST_CUES = re.compile(r"\b(was|were|had|did|said|ago|last|earlier)\b|\b\w{3,}ed\b", re.IGNORECASE)


def tense_of(text: str, start: int, end: int, parse: Parse | None) -> Tense:
    if parse is not None and parse.tokens:
        verb = governing_verb(parse, start, end)
        # Only a parse with Penn tags (VBD, MD, ...) can tell tense; a bare one falls back to cue words.
        if verb is not None and verb.tag.startswith(("VB", "MD")):
            return verb_tense(parse, verb)
    return text_tense(text, start, end)


def governing_verb(parse: Parse, start: int, end: int) -> Token | None:
    """The first verb above the span's root token in the dependency tree."""
    inside = parse.tokens_overlapping(start, end)
    if not inside:
        return None
    indices = {t.i for t in inside}
    root = next((t for t in inside if t.head not in indices or t.head == t.i), inside[0])
    if is_verb(root) and root.dep not in {"compound", "nmod", "npadvmod"}:
        return root
    return next((a for a in parse.ancestors(root.i) if is_verb(a)), None)


def is_verb(tok: Token) -> bool:
    """A verb that has a tense: not one of the participles that work as prepositions
    ("according to", "following the quake"), whose date takes the tense of the clause above."""
    return tok.pos in VERB_POS and not (tok.dep == "prep" and tok.lower in lexicon().frozen_participles)


def verb_tense(parse: Parse, verb: Token) -> Tense:
    aux = [c for c in parse.children(verb.i) if c.dep in {"aux", "auxpass"}]
    if any(a.lower in FUTURE_AUX for a in aux):
        return "future"
    if any(a.lower == "to" for a in aux):
        return infinitive_tense(parse, verb)
    if verb.lemma.lower() in lexicon().prospective_verbs:
        return "none" if simple_past(verb, aux) else "future"  # "is scheduled for February 4"
    if verb.tag == "VBN" and aux and all(a.lemma == "be" and a.tag in {"VBZ", "VBP"} for a in aux):
        return "none"  # a present passive: "is held on Fridays"
    if any(a.tag in PAST_TAGS for a in aux) or verb.tag in PAST_TAGS or verb.has_morph("Tense=Past"):
        return "past"
    if verb.tag == "VBG" and any(a.lemma == "be" and a.tag in {"VBZ", "VBP"} for a in aux):
        return "future"  # "is meeting on Friday": a present progressive names a plan
    return "none"


def infinitive_tense(parse: Parse, verb: Token) -> Tense:
    """An infinitive under a simple past is past ("agreed to sell in October");
    otherwise it looks ahead ("plans to meet on Monday", "has picked firms to run through June")."""
    governor = next((a for a in parse.ancestors(verb.i) if is_verb(a)), None)
    if governor is None:
        return "future"
    aux = [c for c in parse.children(governor.i) if c.dep in {"aux", "auxpass"}]
    if not simple_past(governor, aux):
        return "future"
    # "was forecast to reach Florida on Wednesday": looked ahead from a time before publication
    return "none" if governor.lemma.lower() in lexicon().prospective_verbs else "past"


def simple_past(verb: Token, aux: list[Token]) -> bool:
    return verb.tag == "VBD" or any(a.tag == "VBD" for a in aux)


def text_tense(text: str, start: int, end: int) -> Tense:
    sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    stops = [p for p in (text.find(c, end) for c in ".!?\n") if p >= 0]
    sentence = text[sentence_start : min(stops, default=len(text))]
    if _FUTURE_CUES.search(sentence):
        return "future"
    if _PAST_CUES.search(sentence):
        return "past"
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    return "past" if words & lexicon().irregular_past_verbs else "none"
