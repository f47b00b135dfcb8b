"""From mentions to geocoded places: two passes of disambiguation over the whole article."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.config import active
from eventwire.model import Place
from eventwire.places.disambiguation import Context, best, focus_from, is_unambiguous
from eventwire.places.gazetteer import Candidate
from eventwire.places.toponyms import Toponym


def resolve(
    mentions: Sequence[Toponym], dateline_country: str | None = None, text: str = ""
) -> list[Candidate | None]:
    """The chosen candidate of each mention (None when the gazetteer has none)."""
    sure = [best(m.matches, Context()) if is_unambiguous(m.matches) else None for m in mentions]
    chosen = sure
    for _ in range(2):  # the second pass sees the focus that the first pass found
        context = focus_from(chosen, dateline_country)
        chosen = [
            best(
                m.matches,
                context,
                _neighbours(mentions, chosen, k),
                m.admin_hint,
                _qualifier(mentions, chosen, k, text),
            )
            for k, m in enumerate(mentions)
        ]
    return chosen


def _qualifier(
    mentions: Sequence[Toponym], chosen: Sequence[Candidate | None], k: int, text: str
) -> Candidate | None:
    """The place written right after mention k, as in "Paris, Texas"."""
    if k + 1 >= len(mentions) or not text:
        return None
    between = text[mentions[k].end : mentions[k + 1].start]
    return chosen[k + 1] if between.strip() in (",", "") and len(between) <= 3 else None


def _neighbours(mentions: Sequence[Toponym], chosen: Sequence[Candidate | None], k: int) -> list[Candidate]:
    here = mentions[k]
    out = []
    for j, other in enumerate(mentions):
        cand = chosen[j]
        if j == k or cand is None:
            continue
        if (here.sent >= 0 and other.sent == here.sent) or (
            here.sent < 0 and abs(other.start - here.start) <= active().places.neighbour_chars
        ):
            out.append(cand)
    return out


def to_places(mentions: Sequence[Toponym], chosen: Sequence[Candidate | None]) -> list[Place]:
    places: list[Place] = []
    for mention, cand in zip(mentions, chosen, strict=True):
        if cand is None and not (active().places.keep_unknown and mention.label == "GPE"):
            continue
        places.append(make_place(f"pl{len(places) + 1}", mention.text, mention.start, cand))
    return places


def make_place(place_id: str, text: str, start: int, cand: Candidate | None) -> Place:
    if cand is None:
        return Place(id=place_id, text=text, start=start, end=start + len(text), name=text)
    return Place(
        id=place_id, text=text, start=start, end=start + len(text), name=cand.name, country=cand.country,
        lat=cand.lat, lon=cand.lon, geonameid=cand.geonameid, feature=cand.feature,
    )  # fmt: skip
