"""Incidents: the real-world event each event mention reports, shared by its mentions across articles.

An event is matched only against the incidents of its own story (a copy's story is its
original's), so the work grows with the size of a story, never with the store.  It joins an
incident when nothing rules them apart and enough agrees:

- ruled apart: another PLOVER type, another modality (an attack that happened and one that
  was threatened), dates further apart than ``incidents.date_tolerance_days``, parties that
  both articles name but no code or country of which agrees, places in other countries;
- agreeing: the source, the target, the place, the date, and the words of the evidence (a
  reworded copy keeps most of them); the score must reach ``incidents.min_score``.

Each incident takes at most one mention from an article: two attacks one article tells apart
stay two incidents.  The best pairs are taken first.  The exception is a mention that only
refers back to an act the article told before ("Gunmen attacked a checkpoint ... Police are
investigating the attack"): one that names no party and no toll joins the incident of the
article's last earlier mention of the same type and modality.  So does a toll told just after
its act with no one to do it ("Gunmen attacked a checkpoint on Monday.  Five police officers
were killed"), unless it names another place or may be another act ("another", "separately",
"elsewhere", "meanwhile", "also", "earlier", "later").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from eventwire.events.references import bare
from eventwire.model import Actor, Article, Event, Party
from eventwire.store.dates import date_bounds
from eventwire.stories.text import content_words


def incident_id(article_id: str, event_id: str) -> str:
    """An incident's id: stable, from its first mention."""
    key = f"{article_id}\x1f{event_id}"
    return "in-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Mention:
    """What matching needs of one event mention."""

    type: str
    asserted: bool
    lo: date | None
    hi: date | None
    source: frozenset[str]
    target: frozenset[str]
    countries: frozenset[str]
    places: frozenset[str]
    evidence: frozenset[str]


@dataclass
class Incident:
    """An incident's mentions so far, merged."""

    id: str
    type: str
    asserted: bool
    lo: date | None = None
    hi: date | None = None
    source: set[str] = field(default_factory=set)
    target: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)

    def add(self, m: Mention) -> None:
        self.lo = m.lo if self.lo is None or (m.lo is not None and m.lo < self.lo) else self.lo
        self.hi = m.hi if self.hi is None or (m.hi is not None and m.hi > self.hi) else self.hi
        self.source |= m.source
        self.target |= m.target
        self.countries |= m.countries
        self.places |= m.places
        self.evidence |= m.evidence


@dataclass(frozen=True)
class IncidentRule:
    """How alike two mentions of one incident are (the ``incidents`` settings)."""

    date_tolerance_days: int
    min_score: float


def _party_keys(party: Party, actors: dict[str, Actor]) -> frozenset[str]:
    actor = actors.get(party.actor or "")
    if actor is None:
        return party_keys(None, None, None, party.text)
    return party_keys(actor.code, actor.country, actor.name, party.text)


def party_keys(code: str | None, country: str | None, name: str | None, text: str | None) -> frozenset[str]:
    """The keys a party is known by: its actor's code, country and name, else its words."""
    keys = {f"code:{code}" if code else "", f"country:{country}" if country else ""}
    if name or text:
        keys.add(f"name:{(name or text or '').lower()}")
    return frozenset(keys - {""})


def mention(event: Event, article: Article) -> Mention:
    """What matching needs of ``event``."""
    actors = {a.id: a for a in article.actors}
    place = article.place_by_id(event.place)
    bounds = date_bounds(event.date) if event.date else None
    evidence = article.text[event.evidence.start : event.evidence.end]
    return Mention(
        type=event.type,
        asserted=event.modality == "asserted",
        lo=bounds[0] if bounds else None,
        hi=bounds[1] if bounds else None,
        source=_party_keys(event.source, actors),
        target=_party_keys(event.target, actors),
        countries=frozenset({place.country} if place is not None and place.country else ()),
        places=frozenset({str(place.geonameid or place.name.lower())} if place is not None else ()),
        evidence=content_words(evidence),
    )


def _sides_agree(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool | None:
    """True when two parties share a key, False when both are known and share none, None otherwise."""
    if not a or not b:
        return None
    return bool(a & b)


def _dates_near(m: Mention, other: Mention | Incident, tolerance: int) -> bool:
    """True unless both have dates and they are more than ``tolerance`` days apart."""
    if m.lo is None or m.hi is None or other.lo is None or other.hi is None:
        return True
    slack = timedelta(days=tolerance)
    return m.lo <= other.hi + slack and other.lo <= m.hi + slack


def score(m: Mention, inc: Incident, rule: IncidentRule) -> float | None:
    """How well a mention fits an incident; None when something rules them apart."""
    if m.type != inc.type or m.asserted != inc.asserted:
        return None
    if not _dates_near(m, inc, rule.date_tolerance_days):
        return None
    if m.countries and inc.countries and not m.countries & inc.countries:
        return None
    sides = [_sides_agree(m.source, inc.source), _sides_agree(m.target, inc.target)]
    if False in sides and True not in sides:
        return None
    total = sum(1.0 for agree in sides if agree)
    total += 0.5 if m.places and m.places & inc.places else 0.0
    total += 0.5 if m.lo is not None and (m.lo, m.hi) == (inc.lo, inc.hi) else 0.0
    union = m.evidence | inc.evidence
    total += 2.0 * len(m.evidence & inc.evidence) / len(union) if union else 0.0
    return total if total >= rule.min_score else None


class IncidentIndex:
    """The incidents of every story seen so far."""

    def __init__(self, rule: IncidentRule) -> None:
        self.rule = rule
        self.by_story: dict[str, list[Incident]] = {}

    def load(self, story: str, incident: Incident) -> None:
        self.by_story.setdefault(story, []).append(incident)

    def forget(self, story: str) -> None:
        """Forget a story's incidents (the story was forgotten: no later article joins it)."""
        self.by_story.pop(story, None)

    def assign(self, article: Article, story: str) -> list[str]:
        """The incident of each of the article's events, in order (new incidents are added)."""
        mentions = [mention(e, article) for e in article.events]
        known = self.by_story.setdefault(story, [])
        earlier = back_references(article, mentions)
        chosen = _best_pairs([m for k, m in enumerate(mentions) if k not in earlier], known, self.rule)
        own = [k for k in range(len(mentions)) if k not in earlier]
        by_event: dict[int, Incident] = {own[n]: inc for n, inc in chosen.items()}
        for k, (event, m) in enumerate(zip(article.events, mentions, strict=True)):
            incident = by_event.get(earlier[k]) if k in earlier else by_event.get(k)  # earlier is set first
            if incident is None:
                incident = Incident(incident_id(article.id, event.id), m.type, m.asserted)
                known.append(incident)
            incident.add(m)
            by_event[k] = incident
        return [by_event[k].id for k in range(len(mentions))]


def back_references(article: Article, mentions: Sequence[Mention]) -> dict[int, int]:
    """Event index -> the index of the earlier mention it refers back to: the one the coder gave
    (``Event.refers_to``), else a definite mention ("the attack", "this shooting") that names no
    party and no toll, after one of the same type and modality whose dates do not rule it out (a
    date the mention takes from the article's publication day rules nothing out).  "Strikes" and
    "raids" are new acts, not references."""
    events = article.events
    out: dict[int, int] = {}
    last: dict[tuple[str, str], int] = {}
    ids = {event.id: k for k, event in enumerate(events)}
    for k in sorted(range(len(events)), key=lambda k: events[k].anchor()):
        event = events[k]
        key = (event.type, event.modality)
        before = last.get(key)
        if event.refers_to in ids:  # the coder found it names an earlier event (events.references)
            out[k] = out.get(ids[event.refers_to], ids[event.refers_to])
        elif before is not None and _refers_back(article, k, before, mentions):
            dated = event.date is not None and event.date != article.published  # its own time words
            if not dated or _dates_near(mentions[k], mentions[before], 0):
                out[k] = out.get(before, before)
        last[key] = k
    return out


def _refers_back(article: Article, k: int, before: int, mentions: Sequence[Mention]) -> bool:
    """Event ``k`` reports no act of its own beside event ``before``: a definite bare mention
    ("the attack"), or a toll with no one to do it told just after its act."""
    event = article.events[k]
    if bare(event):
        return _definite(article.text, event.anchor())
    other_place = _sides_agree(mentions[k].places, mentions[before].places) is False
    return _toll_after(article, article.events[before], event) and not other_place


#: how far after an act's evidence a toll with no agent may stand to count as that act's toll
TOLL_REACH = 400
#: words that say a toll belongs to another act ("in a separate attack", "elsewhere, ...")
ANOTHER = re.compile(r"\b(?:another|separate(?:ly)?|elsewhere|also|meanwhile|earlier|later)\b", re.IGNORECASE)


def _toll_after(article: Article, act: Event, toll: Event) -> bool:
    if toll.source.named() or not toll.counted() or toll.modality != "asserted":
        return False
    gap = toll.evidence.start - act.evidence.end
    evidence = article.text[toll.evidence.start : toll.evidence.end]
    return 0 <= gap <= TOLL_REACH and ANOTHER.search(evidence) is None


#: words that make a noun phrase refer to something already told ("the attack", "this shooting")
DEFINITE = re.compile(r"\b(?:the|this|that|these|those)(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)


def _definite(text: str, at: int) -> bool:
    return DEFINITE.search(text[max(0, at - 40) : at]) is not None


def _best_pairs(
    mentions: Sequence[Mention], known: Iterable[Incident], rule: IncidentRule
) -> dict[int, Incident]:
    """Mention index -> incident, best scores first, one mention per incident."""
    scored = []
    for k, m in enumerate(mentions):
        for n, inc in enumerate(known):
            value = score(m, inc, rule)
            if value is not None:
                scored.append((-value, k, n, inc))
    chosen: dict[int, Incident] = {}
    taken: set[int] = set()
    for _, k, n, inc in sorted(scored, key=lambda s: s[:3]):
        if k not in chosen and n not in taken:
            chosen[k] = inc
            taken.add(n)
    return chosen
