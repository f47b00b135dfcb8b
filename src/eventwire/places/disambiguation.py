"""Choosing among same-named places.

Each candidate gets a score: a prior (population on a log scale, a bonus for
countries, continents and capitals, a penalty when only an alternate name
matched) plus context: the article's country focus (share of the unambiguous
place mentions that lie in each country, and of the first-level regions
named), the dateline's country, and the places named in the same sentence
("Paris, Texas"; "Tripoli ... Lebanon").
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from eventwire.config import PlaceWeights, active
from eventwire.places.gazetteer import ADMIN1, CITY, CONTINENT, COUNTRY, Candidate, Match, gazetteer

# The weights are settings (``places.weights`` of the configuration, eventwire.config.PlaceWeights):
# states and provinces are named in the news more than towns of the same size and name; a region
# named for a city inside it (Kirkuk, Baghdad) is taken for the city unless a designator
# ("province") says otherwise; a reading is sure when it leads the next country's by ``clear_lead``.


def _feature_bonus(w: PlaceWeights, feature: str) -> float:
    bonus = {COUNTRY: w.country, CONTINENT: w.continent, ADMIN1: w.admin1, CITY: w.city}
    return bonus.get(feature, w.other)


@dataclass
class Context:
    """What the article says about where it is."""

    focus: dict[str, float] = field(default_factory=dict)  # ISO3 -> share of the evidence
    regions: frozenset[tuple[str | None, str | None]] = frozenset()  # (country, admin1) named in the text
    dateline_country: str | None = None


def prior(match: Match, admin_hint: bool = False) -> float:
    cand = match.candidate
    w = active().places.weights
    score = math.log10(max(cand.population, 10)) + _feature_bonus(w, cand.feature)
    if cand.capital:
        score += w.capital
    if not match.primary:
        score += w.alternate_name
    if cand.feature == ADMIN1 and admin_hint:
        score += w.admin1_with_designator
    elif cand.feature == ADMIN1 and cand.geonameid in gazetteer().regions_named_for_city:
        score += w.admin1_named_for_city
    return score


def score(
    match: Match,
    context: Context,
    neighbours: Sequence[Candidate] = (),
    admin_hint: bool = False,
    qualifier: Candidate | None = None,
) -> float:
    """Prior plus context; ``qualifier`` is a place written right after the name ("Paris, Texas")."""
    cand = match.candidate
    w = active().places.weights
    total = prior(match, admin_hint)
    if cand.country is not None:
        total += w.focus * context.focus.get(cand.country, 0.0)
        if cand.country == context.dateline_country:
            total += w.dateline
        if cand.feature == CITY and (cand.country, cand.admin1) in context.regions:
            total += w.region_focus
        if cand.feature == ADMIN1 and any(c == cand.country and a != cand.admin1 for c, a in context.regions):
            # a story that names Texas and Ohio means the state by "Georgia"
            total += w.region_focus
    if _qualifies(qualifier, cand):
        total += w.qualifier
    countries = {other.country for other in neighbours if other is not cand and other.country is not None}
    if cand.country in countries:
        total += w.neighbour_country
    return total


def _qualifies(qualifier: Candidate | None, cand: Candidate) -> bool:
    """The qualifier is the first-level region that holds the candidate."""
    if qualifier is None or qualifier is cand or qualifier.feature != ADMIN1:
        return False
    return (qualifier.country, qualifier.admin1) == (cand.country, cand.admin1)


def best(
    matches: Sequence[Match],
    context: Context,
    neighbours: Sequence[Candidate] = (),
    admin_hint: bool = False,
    qualifier: Candidate | None = None,
) -> Candidate | None:
    if not matches:
        return None
    return max(matches, key=lambda m: score(m, context, neighbours, admin_hint, qualifier)).candidate


def is_unambiguous(matches: Sequence[Match]) -> bool:
    """One country among the candidates, or a clear favourite (Lebanon the country, not Lebanon, Ohio)."""
    by_country: dict[str | None, float] = {}
    for m in matches:
        by_country[m.candidate.country] = max(by_country.get(m.candidate.country, -1e9), prior(m))
    ranked = sorted(by_country.values(), reverse=True)
    return len(ranked) == 1 or (
        len(ranked) > 1 and ranked[0] - ranked[1] >= active().places.weights.clear_lead
    )


def focus_from(candidates: Iterable[Candidate | None], dateline_country: str | None = None) -> Context:
    """The country focus of an article from the places resolved so far."""
    counts: Counter[str] = Counter()
    regions: set[tuple[str | None, str | None]] = set()
    for cand in candidates:
        if cand is None or cand.country is None:
            continue
        counts[cand.country] += 1
        if cand.feature == ADMIN1:
            regions.add((cand.country, cand.admin1))
    if dateline_country is not None:
        counts[dateline_country] += 2
    total = sum(counts.values())
    focus = {iso3: n / total for iso3, n in counts.items()} if total else {}
    return Context(focus, frozenset(regions), dateline_country)
