"""Finding and geocoding the places of a text, and geocoding a bare name such as a dateline."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.model import DATELINE_PLACE, Place
from eventwire.parse import Parse
from eventwire.places.disambiguation import Context, best
from eventwire.places.gazetteer import COUNTRY, words
from eventwire.places.gazetteer import gazetteer as load_gazetteer
from eventwire.places.resolve import make_place, to_places
from eventwire.places.resolve import resolve as resolve_mentions
from eventwire.places.toponyms import find_mentions


def find_places(text: str, parse: Parse | None, dateline: str | None = None) -> list[Place]:
    """Every place mention in text, geocoded, ids "pl1", "pl2", ... in text order, one per mention.

    ``parse`` is the text's parse; without one, capitalised words are matched
    against the gazetteer.  ``dateline`` (e.g. "BAGHDAD") makes places in its
    country the likelier reading of ambiguous names.
    """
    mentions = find_mentions(text, parse)
    dateline_place = geocode(dateline) if dateline else None
    chosen = resolve_mentions(mentions, dateline_place.country if dateline_place else None, text)
    return to_places(mentions, chosen)


def geocode(name: str, context: Sequence[str] = ()) -> Place | None:
    """Best gazetteer match for a bare name such as a dateline ("BAGHDAD", "KABUL, Afghanistan").

    Places in the ``context`` countries (ISO alpha-3) are preferred, and so
    are places in the country or region named after a comma.  The Place has
    id "dl", text ``name`` and start/end 0..len(name): it indexes the given
    name, and the caller re-anchors it.
    """
    gaz = load_gazetteer()
    parts = [p.strip() for p in name.split(",") if p.strip()]
    if not parts:
        return None
    qualifiers = [best(gaz.lookup(p), Context()) for p in parts[1:]]
    neighbours = [q for q in qualifiers if q is not None]
    focus = {iso3: 1.0 / len(context) for iso3 in context} if context else {}
    matches = gaz.lookup(_without_designator(parts[0]))
    cand = best(matches, Context(focus=focus), neighbours, qualifier=neighbours[0] if neighbours else None)
    if cand is None and neighbours and neighbours[0].feature == COUNTRY:
        return None
    if cand is None:
        return None
    return make_place(DATELINE_PLACE, name, 0, cand)


def _without_designator(name: str) -> str:
    head, _, last = name.rpartition(" ")
    return head if head and last.lower() in words()["designators"] else name
