"""The second tier of triggers: the CAMEO verb dictionary (adapted from PETRARCH-2).

A verb the core lexicon does not know is looked up in the dictionary's
patterns for its lemma, matched TABARI-style (:mod:`.matching`) against the
words around it (:mod:`.context`); the most specific matching pattern wins.
Codes the dictionary marks as no event (``---``) and CAMEO categories PLOVER
has no type for (public statements) give no trigger.  The match is made once
per verb and carried along: it gives the trigger, the slots' parties, the
paired code and whether a negation is part of the pattern.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

from eventwire.events.context import verb_context
from eventwire.events.lexicon import Trigger, lemma_of
from eventwire.events.matching import Match, PatternIndex, forms_of, match_pattern
from eventwire.ontology import VerbEntry, cameo_info, petrarch_conventions, verb_table
from eventwire.parse import Parse, Token

#: the type of an event coded with a user's own code that no CAMEO category covers
OTHER_TYPE = "OTHER"


class DictionaryMatch(NamedTuple):
    """A verb's best dictionary entry and how its pattern matched (what its slots bound)."""

    entry: VerbEntry
    match: Match


def dictionary_trigger(found: DictionaryMatch, verb: Token) -> Trigger | None:
    return _as_trigger(found.entry, lemma_of(verb), petrarch_conventions())


def dictionary_match(parse: Parse, verb: Token, owners: Mapping[int, str]) -> DictionaryMatch | None:
    """The verb's most specific matching dictionary pattern, and what its slots bound.

    The PETRARCH coder matches as TABARI and PETRARCH do, on the words as
    written; the built-in coder also on their lemmas.
    """
    if verb.pos != "VERB":
        return None
    user = petrarch_conventions()
    # PETRARCH looks a verb up by the word as written first ("LEFT" has a block of its own)
    entries, index = _indexed(verb.lower) if user else _NONE
    if not entries:
        entries, index = _indexed(lemma_of(verb))
    if not entries:
        return None
    upper, lower = verb_context(parse, verb, owners, user=user)
    particles = {k.lower for k in parse.children(verb.i) if k.dep in ("prt", "prep")}
    forms = (forms_of(upper), forms_of(lower))
    best: DictionaryMatch | None = None
    for entry in (entries[k] for k in index.candidates(forms)):
        if entry.particle and entry.particle not in particles:
            continue
        found = match_pattern(entry.pattern, upper, lower, forms)
        if found is not None and (best is None or found.size > best.match.size):
            best = DictionaryMatch(entry, found)
    return best


Indexed = tuple[list[VerbEntry], PatternIndex]
_NONE: Indexed = ([], PatternIndex((), {}, {}))


def _indexed(word: str) -> Indexed:
    """The word's dictionary entries and the index of their patterns (built once per word)."""
    table = verb_table()
    if table is None:
        return _NONE
    return table.kept(word, "patterns", _with_index)


def _with_index(entries: list[VerbEntry]) -> Indexed:
    return entries, PatternIndex.of([entry.pattern for entry in entries])


def paired_code(entry: VerbEntry) -> str | None:
    """The code of the paired event an ``[032:033]`` entry also gives, target to source."""
    code = (entry.paired or "").strip()
    return code if code.isalnum() else None


def entry_code(entry: VerbEntry) -> str | None:
    """The CAMEO code an entry gives: '064:064' (a compound actor's two directions) -> '064'.

    None for '---' (matches, codes no event) and for a code its authors left in doubt ('025?').
    """
    code = entry.cameo.split(":")[0].strip()
    return code if code.isalnum() else None


@cache
def _as_trigger(entry: VerbEntry, lemma: str, users: bool) -> Trigger | None:
    """The entry's trigger.

    A user's own dictionary also codes what PLOVER dropped (public statements),
    and its own codes outside CAMEO ("901") as type OTHER.
    """
    code = entry_code(entry)
    if code is None:
        return None
    info = cameo_info(code)
    plover = info.plover if info is not None else None
    if plover is None and users:
        plover = info.plover_fallback if info is not None else OTHER_TYPE
    if plover is None:
        return None
    mode = info.mode if info is not None else None
    return Trigger("V", lemma, entry.particle, frozenset(), code, plover, mode, tier=2)
