"""Sentences not to code, by the discard list a run brings (PETRARCH's ``*.discards.txt``), and
the keys of a map's or a chart's legend.

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
    legends = _legend_keys(article, parse)
    if table is None or table is default_knowledge().discards:
        return legends
    if any(entry.story for entry in table.matches(article.text)):
        return frozenset(range(len(parse.sents)))
    return legends | frozenset(
        n for n, sent in enumerate(parse.sents) if table.match(article.text[sent.start_char : sent.end_char])
    )


#: Unicode's block elements and geometric shapes (U+2580-U+25FF): the colour keys of a legend
LEGEND_MARKS = range(0x2580, 0x2600)


def _legend_keys(article: Article, parse: Parse) -> frozenset[int]:
    """Sentences that open with a colour key ("██ Syrian opposition & Turkish occupation", "■ Labour
    Party - 203 seats"): a map's or a chart's legend, copied with the page's text, tells no act."""
    return frozenset(
        n
        for n, sent in enumerate(parse.sents)
        if ord(article.text[sent.start_char : sent.end_char].lstrip()[:1] or " ") in LEGEND_MARKS
    )
