"""What a dictionary verb pattern's match does to an event: its parties, and whether it is coded.

The ``$`` (source) and ``+`` (target) slots: in "+ * FROM $" the actor before
the verb is the target and the one after "from" the source; in "* IFTAR IN ^ +"
the target is the actor after the noun phrase that follows "in".  Which words
the slots bound is worked out by the pattern match (:mod:`.matching`); here
they become the event's parties.  Then PETRARCH's conditions for coding a
dictionary verb at all (:func:`dictionary_event`).
"""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.actors.codes import code_parts, political
from eventwire.events.compound import fill_target
from eventwire.events.lexicon import Trigger, lemma_of, match_trigger, no_bare_verbs
from eventwire.events.parties import party_at
from eventwire.events.verb_dictionary import DictionaryMatch
from eventwire.model import Article, Event, Party
from eventwire.ontology import petrarch_conventions
from eventwire.parse import Parse, Token


def apply_slots(
    article: Article, parse: Parse, owners: Mapping[int, str], found: DictionaryMatch, event: Event
) -> Event:
    """The event with the parties its dictionary pattern's slots bound."""
    match = found.match
    update: dict[str, Party] = {}
    if match.source is not None:
        update["source"] = party_at(article, parse, owners, match.source)
        if match.target is None:
            update["target"] = event.source
    if match.target is not None:
        update["target"] = party_at(article, parse, owners, match.target)
    return event.model_copy(update=update) if update else event


#: prepositions whose object may be the other party of a bare dictionary verb
BARE_VERB_PREPS = frozenset({"to", "with", "against", "on", "into", "for", "over", "of"})


def dictionary_event(
    article: Article,
    parse: Parse,
    known: tuple[dict[int, str], Mapping[str, str | None]],
    verb: Token,
    hit: DictionaryMatch,
    event: Event,
) -> Event | None:
    """A dictionary verb's event with the parties its pattern bound, or None where it codes none.

    As in PETRARCH, a dictionary verb is coded only between two parties, one of
    them an actor with a code; with the built-in dictionaries, the source must be
    that actor, and a state or political one (who acts is a known political actor: a
    helicopter "flying Trump to Walter Reed" makes no visit, "two people returned from
    Italy" none either); a bare verb of the built-in dictionary
    ("offered", "eased") only between two coded actors it names itself.
    ``known``: the token owners and the actors' codes.
    """
    owners, codes = known
    event = fill_target(article, parse, owners, verb, apply_slots(article, parse, owners, hit, event))
    if not _between_actors(codes, event):
        return None
    if not petrarch_conventions() and not _political(codes.get(event.source.actor or "")):
        return None
    if (
        not petrarch_conventions()
        and hit.entry.pattern == ("*",)
        and not _bare_verb_holds(parse, verb, codes, event)
    ):
        return None
    return event


def _political(code: str | None) -> bool:
    """A code of a state or of a political sector ("IRQ", "USAGOV", "---REB"), not of "people" or
    "business" alone: the dictionary's verbs are the acts of political actors."""
    return bool(code) and political(*code_parts(code or ""))


def _bare_verb_holds(parse: Parse, verb: Token, codes: Mapping[str, str | None], event: Event) -> bool:
    """A bare built-in dictionary verb ("offered", "eased", "left") is coded only where it
    names both its parties itself and both are actors with a code: its code is the block's
    default, right for few of the block's verbs."""
    if lemma_of(verb) in no_bare_verbs():
        return False
    coded = codes.get(event.source.actor or "") and codes.get(event.target.actor or "")
    return bool(coded) and _own_parties(parse, verb)


def _own_parties(parse: Parse, verb: Token) -> bool:
    """Whether the verb names both its parties itself: a subject and an object of its own.

    A verb without a subject may take its head's through control or coordination
    ("offered to hand over", "met and agreed"), as TABARI reads a verb phrase.  An
    object behind a preposition of place, time or role ("died in a military
    hospital", "served as vice president") is no party.
    """
    tok = verb
    while tok.dep in ("xcomp", "conj") and tok.head != tok.i and not _has(parse, tok, "nsubj", "agent"):
        tok = parse.tokens[tok.head]
    kids = list(parse.children(verb.i))
    objects = any(k.dep in ("dobj", "nsubjpass", "xcomp", "ccomp") for k in kids) or any(
        k.dep == "prep" and k.lower in BARE_VERB_PREPS and _has(parse, k, "pobj") for k in kids
    )
    return _has(parse, tok, "nsubj", "agent") and objects


def _has(parse: Parse, tok: Token, *deps: str) -> bool:
    return any(k.dep in deps for k in parse.children(tok.i))


def _between_actors(codes: Mapping[str, str | None], event: Event) -> bool:
    """Whether the event links two parties, one of them an actor with a code."""
    src, tgt = event.source, event.target
    return bool((codes.get(src.actor or "") and tgt.text) or (codes.get(tgt.actor or "") and src.text))


def names_event_noun(parse: Parse, hit: DictionaryMatch, trig: Trigger) -> bool:
    """'carried out an attack', 'began a hunger strike': the pattern's noun is an event noun
    of the same type, coded by the noun itself (with the verb's subject as its source)."""
    for i in hit.match.words:
        noun = match_trigger(parse, parse.tokens[i]) if parse.tokens[i].pos == "NOUN" else None
        if noun is not None and (noun.plover == trig.plover or noun.cameo == trig.cameo):
            return True
    return False
