"""The phrase table: every phrase that names a country, with its ISO and CAMEO codes and how it names it."""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from functools import cache

from eventwire.countries.records import PACKAGE, aliases, iso_names
from eventwire.datafiles import records
from eventwire.lookup import key


@dataclass(frozen=True)
class CountryInfo:
    """A phrase that names a country; ``kind`` says how (country, adjective, demonym, ...)."""

    iso3: str
    cameo: str
    name: str
    kind: str
    approximate: bool = False


def _info(row: dict[str, str]) -> CountryInfo:
    return CountryInfo(row["iso3"], row["cameo"], row["name"], row["kind"], row["approximate"] == "1")


@cache
def phrase_table() -> dict[str, CountryInfo]:
    """Phrase (``key``-normalised) -> CountryInfo: "iraqi", "united states", "u.s.", "kurds".

    Phoenix's phrases come first (the first row of a phrase wins), then the
    hand-written ethnic groups; ISO 3166 names and the common short names
    then name their country as kind "country".
    """
    out: dict[str, CountryInfo] = {}
    for row in itertools.chain(records(PACKAGE, "phrases.tsv"), records(PACKAGE, "ethnic.tsv")):
        out.setdefault(key(row["phrase"]), _info(row))
    out.update(_iso_names(out))
    out.update(_common_names(out))
    return out


def _iso_names(known: dict[str, CountryInfo]) -> dict[str, CountryInfo]:
    """ISO 3166 names ("Republic of Iraq") of the countries in the table, as written in running text.

    "Korea, Republic of" and "Bolivia (Plurinational State of)" are left out,
    and so is a name the table already gives another country.
    """
    by_iso = {info.iso3: info for info in known.values() if info.kind == "country"}
    out: dict[str, CountryInfo] = {}
    for iso3, name in iso_names():
        info = by_iso.get(iso3)
        phrase = key(name)
        if info is None or not phrase or "," in phrase or "(" in phrase:
            continue
        if known.get(phrase, info).iso3 == iso3:
            out[phrase] = dataclasses.replace(info, kind="country")
    return out


def _common_names(known: dict[str, CountryInfo]) -> dict[str, CountryInfo]:
    """Short names a country goes by ("Britain", "Holland", "Burma"), from ``data/aliases.tsv``.

    Phoenix lists them among its synonyms with cities and misspellings (kind
    "alias"); these name the country itself, so a mention of one can act.
    """
    out: dict[str, CountryInfo] = {}
    for iso3, alias in aliases():
        phrase = key(alias)
        info = known.get(phrase)
        if info is not None and info.iso3 == iso3 and info.kind == "alias":
            out[phrase] = dataclasses.replace(info, kind="country")
    return out
