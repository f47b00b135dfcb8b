"""The ``$`` (source) and ``+`` (target) slots of a dictionary verb pattern, applied to an event.

In "+ * FROM $" the actor before the verb is the target and the one after
"from" the source; in "* IFTAR IN ^ +" the target is the actor after the
noun phrase that follows "in".  Which words the slots bound is worked out by
the pattern match (:mod:`.matching`); here they become the event's parties.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.events.dictionary import DictionaryMatch
from eventwire.model import Article, Event, Party
from eventwire.parse import Parse


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


def party_at(article: Article, parse: Parse, owners: Mapping[int, str], index: int) -> Party:
    """The party named by the actor mention that covers token ``index``."""
    actor = owners[index]
    first = last = index
    while owners.get(first - 1) == actor and parse.tokens[first - 1].sent == parse.tokens[index].sent:
        first -= 1
    while owners.get(last + 1) == actor and parse.tokens[last + 1].sent == parse.tokens[index].sent:
        last += 1
    text = article.text[parse.tokens[first].start : parse.tokens[last].end]
    return Party(actor=actor, text=text)
