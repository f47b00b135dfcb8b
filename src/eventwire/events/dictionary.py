"""The second tier of triggers: the CAMEO verb dictionary (adapted from PETRARCH-2).

A verb the core lexicon does not know is looked up in the dictionary's
patterns for its lemma.  A pattern's literal words must appear in order around
the verb in its sentence (words before ``*`` before it, words after it after
it); the most specific matching pattern wins.  Codes the dictionary marks as
no event (``---``) and CAMEO categories PLOVER has no type for (public
statements) give no trigger.
"""

from __future__ import annotations

from functools import cache

from eventwire.events.lexicon import Trigger, lemma_of
from eventwire.ontology import VerbEntry, cameo_info, user_verbs, verb_entries
from eventwire.parse import Parse, Token

SLOTS = frozenset({"*", "$", "+", "%", "^"})
#: links to the words a pattern may look at: the verb's arguments, not its sub-clauses
OWN_ARGUMENTS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod", "dobj", "prep", "prt", "attr",
     "dative", "acomp", "oprd", "agent", "pobj"}
)  # fmt: skip


def dictionary_trigger(parse: Parse, verb: Token) -> Trigger | None:
    best = dictionary_entry(parse, verb)
    return None if best is None else _as_trigger(best, lemma_of(verb), user_verbs())


def dictionary_entry(parse: Parse, verb: Token) -> VerbEntry | None:
    """The verb's most specific matching dictionary pattern."""
    if verb.pos != "VERB":
        return None
    entries = verb_entries(lemma_of(verb))
    if not entries:
        return None
    phrase = own_phrase(parse, verb)
    before = [w for t in phrase if t.i < verb.i for w in (t.lower, t.lemma.lower())]
    after = [w for t in phrase if t.i > verb.i for w in (t.lower, t.lemma.lower())]
    particles = {k.lower for k in parse.children(verb.i) if k.dep in ("prt", "prep")}
    return _best_entry(entries, before, after, particles)


def own_phrase(parse: Parse, verb: Token) -> list[Token]:
    """The verb's own arguments and modifiers, without the clauses hanging on it."""
    words: list[Token] = []
    for k in parse.children(verb.i):
        if k.dep in OWN_ARGUMENTS:
            words.extend(parse.subtree(k.i))
    return sorted(words, key=lambda t: t.i)


def _best_entry(
    entries: list[VerbEntry], before: list[str], after: list[str], particles: set[str]
) -> VerbEntry | None:
    best: VerbEntry | None = None
    best_size = -1
    for entry in entries:
        if entry.particle and entry.particle not in particles:
            continue
        size = _match_size(entry.pattern, before, after)
        if size > best_size:
            best, best_size = entry, size
    return best


def _match_size(pattern: tuple[str, ...], before: list[str], after: list[str]) -> int:
    """How many literal words of the pattern match, or -1 when it does not match."""
    star = pattern.index("*") if "*" in pattern else 0
    left = [w for w in pattern[:star] if w not in SLOTS]
    right = [w for w in pattern[star + 1 :] if w not in SLOTS]
    if _in_order(left, before) and _in_order(right, after):
        return len(left) + len(right)
    return -1


def _in_order(words: list[str], seen: list[str]) -> bool:
    it = iter(seen)
    return all(any(w == s for s in it) for w in words)


def entry_code(entry: VerbEntry) -> str | None:
    """The CAMEO code an entry gives: '064:064' (a compound actor's two directions) -> '064'.

    None for '---' (matches, codes no event) and for a code its authors left in doubt ('025?').
    """
    code = entry.cameo.split(":")[0].strip()
    return code if code.isalnum() else None


@cache
def _as_trigger(entry: VerbEntry, lemma: str, users: bool) -> Trigger | None:
    """The entry's trigger; a user's own dictionary also codes what PLOVER dropped (public statements)."""
    code = entry_code(entry)
    if code is None:
        return None
    info = cameo_info(code)
    plover = info.plover if info is not None else None
    if plover is None and users and info is not None:
        plover = info.plover_fallback
    if info is None or plover is None:
        return None
    return Trigger("V", lemma, entry.particle, frozenset(), code, plover, info.mode, tier=2)
