"""The country authority: one record per country, and one table of the phrases that name one.

Places, actors and the ontology read countries from here and nowhere else:

- :func:`countries`: ISO alpha-3 -> :class:`Country` (ISO alpha-2, GeoNames
  name and id, capital, point, population, demonym), from ``data/countries.tsv``;
  :func:`iso3_codes` is their codes (the three letters that start a CAMEO
  actor code when they name a country);
- :func:`country_names`: every name a country goes by, for the gazetteer: the
  record's name, the ISO 3166 names pycountry knows (:func:`iso_names`) and
  ``data/aliases.tsv`` (:func:`aliases`);
- :func:`phrase_table`: phrase -> CountryInfo (ISO alpha-3, CAMEO code, how the
  phrase names it) for the coders: ``data/phrases.tsv`` (Phoenix synonyms,
  adjectives, demonyms), ``data/ethnic.tsv``, and the same ISO names and aliases.

The ontology builds its built-in country table from :func:`phrase_table`; a
user's actor dictionary (``--dictionaries``) replaces that table for a run,
as before, and leaves the records and the gazetteer as they are.  Sources and
licences of every file: ``data/README.md``.
"""

from __future__ import annotations

from eventwire.countries.phrases import CountryInfo, phrase_table
from eventwire.countries.records import Country, aliases, countries, country_names, iso3_codes, iso_names

__all__ = [
    "Country",
    "CountryInfo",
    "aliases",
    "countries",
    "country_names",
    "iso3_codes",
    "iso_names",
    "phrase_table",
]
