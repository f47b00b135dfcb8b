"""The ``$`` (source) and ``+`` (target) slots of a dictionary verb pattern, applied to an event.

In "+ * MONEY $" the verb's subject is the target and the source is the
first actor after "money"; in "* EID AT ^ WITH +" the target is the first
actor after "with".  A slot after the verb takes the first actor that follows
the pattern word before it (``^`` skips words and adds nothing); a ``+``
before the verb makes the subject the target.
"""

from __future__ import annotations

from eventwire.events.dictionary import SLOTS, dictionary_entry, entry_code, own_phrase
from eventwire.model import Article, Event, Party
from eventwire.ontology import VerbEntry
from eventwire.parse import Parse, Token


def apply_slots(article: Article, parse: Parse, owners: dict[int, str], verb: Token, event: Event) -> Event:
    entry = dictionary_entry(parse, verb)
    if entry is None or entry_code(entry) != event.cameo or "*" not in entry.pattern:
        return event
    star = entry.pattern.index("*")
    after = _slot_anchors(parse, verb, entry)
    update: dict[str, Party] = {}
    if "$" in after:
        source = _actor_after(article, parse, owners, after["$"])
        if source is not None:
            update["source"] = source
            update["target"] = event.source
    if "+" in entry.pattern[:star] and "$" in after:
        update["target"] = event.source
    if "+" in after:
        target = _actor_after(article, parse, owners, after["+"])
        if target is not None:
            update["target"] = target
    return event.model_copy(update=update) if update else event


def _slot_anchors(parse: Parse, verb: Token, entry: VerbEntry) -> dict[str, int]:
    """For each slot after the verb, the index of the token matched by the pattern word before it."""
    star = entry.pattern.index("*")
    words = [t for t in own_phrase(parse, verb) if t.i > verb.i]
    anchors: dict[str, int] = {}
    last = verb.i
    pos = 0
    for item in entry.pattern[star + 1 :]:
        if item in SLOTS:
            if item in ("$", "+"):
                anchors.setdefault(item, last)
            continue
        while pos < len(words) and item not in (words[pos].lower, words[pos].lemma.lower()):
            pos += 1
        if pos == len(words):
            return {}
        last = words[pos].i
        pos += 1
    return anchors


def _actor_after(article: Article, parse: Parse, owners: dict[int, str], index: int) -> Party | None:
    sent = parse.sents[parse.tokens[index].sent]
    for tok in parse.tokens[index + 1 : sent.end]:
        actor = owners.get(tok.i)
        if actor is not None:
            first = last = tok.i
            while last + 1 < sent.end and owners.get(last + 1) == actor:
                last += 1
            text = article.text[parse.tokens[first].start : parse.tokens[last].end]
            return Party(actor=actor, text=text)
    return None
