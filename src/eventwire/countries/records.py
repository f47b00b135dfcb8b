"""Country records (``data/countries.tsv``) and every name each goes by, each loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pycountry

from eventwire.datafiles import records

PACKAGE = "eventwire.countries"

#: the pycountry fields that hold a name of the country ("Iraq", "Republic of Iraq")
ISO_NAME_FIELDS = ("name", "official_name", "common_name")


@dataclass(frozen=True)
class Country:
    """One country as GeoNames lists it, with the point that stands for it on a map.

    ``lat``/``lon`` are None for the few territories with neither an outline
    nor a capital in the sources (Bouvet Island); ``demonym`` is "" where
    countryinfo gives none.
    """

    iso3: str
    iso2: str
    name: str
    capital: str
    lat: float | None
    lon: float | None
    population: int
    geonameid: int
    demonym: str


def _float(value: str) -> float | None:
    return float(value) if value else None


def _country(row: dict[str, str]) -> Country:
    return Country(
        row["iso3"], row["iso2"], row["name"], row["capital"], _float(row["lat"]), _float(row["lon"]),
        int(row["population"]), int(row["geonameid"]), row["demonym"],
    )  # fmt: skip


@cache
def countries() -> dict[str, Country]:
    """ISO alpha-3 -> the country, in the file's order (by code)."""
    return {row["iso3"]: _country(row) for row in records(PACKAGE, "countries.tsv")}


@cache
def iso3_codes() -> frozenset[str]:
    """The ISO 3166 alpha-3 codes of the known countries."""
    return frozenset(countries())


@cache
def iso_names() -> tuple[tuple[str, str], ...]:
    """(ISO alpha-3, name) for each ISO 3166 name of a known country, in pycountry's order.

    Every name is kept, "Korea, Republic of" too: a reader that wants only
    names written as in running text filters them.  The names are read at load
    time from the installed library (LGPL) rather than copied into a data file,
    which holds only MIT and CC BY data.
    """
    known = countries()
    return tuple(
        (record.alpha_3, getattr(record, field))
        for record in pycountry.countries
        if record.alpha_3 in known
        for field in ISO_NAME_FIELDS
        if getattr(record, field, "")
    )


@cache
def aliases() -> tuple[tuple[str, str], ...]:
    """(ISO alpha-3, alias) for the short and common names of ``data/aliases.tsv`` ("U.S.", "Burma")."""
    known = countries()
    return tuple(
        (row["iso3"], row["alias"]) for row in records(PACKAGE, "aliases.tsv") if row["iso3"] in known
    )


@cache
def country_names() -> tuple[tuple[str, str], ...]:
    """(name, ISO alpha-3) for every name of every country: its own, then the ISO ones, then aliases."""
    own = ((country.name, iso3) for iso3, country in countries().items())
    return (*own, *((name, iso3) for iso3, name in iso_names()), *((name, iso3) for iso3, name in aliases()))
