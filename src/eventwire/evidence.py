"""The words behind each field of an event: evidence, trigger, source, target, date and place.

An event carries its evidence and trigger as offsets, and points at its parties, place and date
through ids and values; an analyst checking it wants the words themselves lit up.  This module
finds them: the source's and target's mentions inside the evidence (else the party's words as
written there), the place's own offsets, and the time expressions inside the evidence that give
the date.  A quote's words and its speaker's mention come with their own offsets.

>>> from eventwire.model import Actor, Article, Event, Party, Span
>>> text = "Police arrested two men in Basra."
>>> article = Article(id="x", text=text, actors=[Actor(id="a1", name="Police", mentions=[(0, 6)])],
...                   events=[Event(id="e1", type="COERCE", source=Party(actor="a1"),
...                                 evidence=Span(start=0, end=33), trigger=Span(start=7, end=15))])
>>> spans = event_spans(article, article.events[0])
>>> [text[s:e] for s, e in spans["source"]], [text[s:e] for s, e in spans["trigger"]]
(['Police'], ['arrested'])
"""

from __future__ import annotations

from eventwire.model import Article, Event, Party, TimeExpr

Spans = list[tuple[int, int]]

#: The fields of an event whose words can be lit up, in the order a reader checks them.
EVENT_FIELDS = ("evidence", "trigger", "source", "target", "date", "place")


def _inside(start: int, end: int, outer: tuple[int, int]) -> bool:
    return outer[0] <= start and end <= outer[1]


def _party_spans(article: Article, party: Party, evidence: tuple[int, int]) -> Spans:
    """The party's mentions inside the evidence; else where its words stand in the evidence."""
    actor = next((a for a in article.actors if party.actor and a.id == party.actor), None)
    if actor is not None:
        inside = [(s, e) for s, e in actor.mentions if _inside(s, e, evidence)]
        if inside:
            return inside
    if party.text:
        found = article.text.find(party.text, evidence[0], evidence[1])
        if found >= 0:
            return [(found, found + len(party.text))]
    return []


def _date_spans(article: Article, event: Event, evidence: tuple[int, int]) -> Spans:
    """Time expressions inside the evidence: those whose value is the event's date, else all of them
    (an event dated by the publication date alone has no words of its own)."""
    inside: list[TimeExpr] = [t for t in article.times if _inside(t.start, t.end, evidence)]
    if event.date:
        matching = [t for t in inside if t.value.startswith(event.date) or event.date.startswith(t.value)]
        inside = matching or inside
    return [(t.start, t.end) for t in inside if t.type in ("DATE", "TIME")]


def event_spans(article: Article, event: Event) -> dict[str, Spans]:
    """Offsets into ``article.text`` of each field of ``event`` (keys: EVENT_FIELDS; empty when the
    field has no words in the text)."""
    evidence = (event.evidence.start, event.evidence.end)
    place = next((p for p in article.places if event.place and p.id == event.place), None)
    return {
        "evidence": [evidence],
        "trigger": [(event.trigger.start, event.trigger.end)] if event.trigger else [],
        "source": _party_spans(article, event.source, evidence),
        "target": _party_spans(article, event.target, evidence),
        "date": _date_spans(article, event, evidence),
        "place": [(place.start, place.end)] if place is not None else [],
    }


def article_spans(article: Article) -> dict[str, object]:
    """Every event's and quote's words: ``{"events": {id: {field: spans}}, "quotes": [...]}``, each
    quote as ``{"quote": spans, "speaker": spans}``."""
    quotes = [
        {
            "quote": [(q.start, q.end)],
            "speaker": [(q.speaker.start, q.speaker.end)]
            if q.speaker.start is not None and q.speaker.end is not None
            else [],
        }
        for q in article.quotes
    ]
    return {"events": {e.id: event_spans(article, e) for e in article.events}, "quotes": quotes}
