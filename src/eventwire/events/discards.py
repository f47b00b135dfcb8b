"""Sentences not to code, by the discard list a run brings (PETRARCH's ``*.discards.txt``).

A story discard phrase ("typhoon", a sports league) anywhere in the article
leaves the whole article uncoded; a sentence discard phrase only its sentence.
The built-in list (Phoenix's) is not applied by default: it drops every
sentence that names a year or says "years ago", which loses more news events
than it saves (on plover_gsr, 14 of 322 sentences and 0.03 accuracy).
"""

from __future__ import annotations

from eventwire.model import Article
from eventwire.ontology import active_knowledge, default_knowledge
from eventwire.parse import Parse


def discarded_sentences(article: Article, parse: Parse) -> frozenset[int]:
    """Indices of the sentences whose events are not coded."""
    table = active_knowledge().discards
    if table is None or table is default_knowledge().discards:
        return frozenset()
    if any(entry.story for entry in table.matches(article.text)):
        return frozenset(range(len(parse.sents)))
    return frozenset(
        n for n, sent in enumerate(parse.sents) if table.match(article.text[sent.start_char : sent.end_char])
    )
