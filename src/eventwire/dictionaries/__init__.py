"""Readers of PETRARCH/TABARI-format dictionaries, for ``--dictionaries DIR``.

``load_dictionaries(DIR)`` reads ``*.verbs.txt``, ``*.actors.txt``,
``*.agents.txt`` and ``*.discards.txt`` into a :class:`Knowledge` holding only
the kinds found; ``default_knowledge().merged(...)`` puts them in place of the
built-in ones.  Actor files hold the countries too (``IRAQ [IRQ]``), so they
replace the built-in country table as well: a fictional world codes only what
its dictionary knows.  A malformed line is a DictionaryError naming file and line.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.countries import CountryInfo
from eventwire.dictionaries.actors import read_actors
from eventwire.dictionaries.agents import read_agents
from eventwire.dictionaries.discards import read_discards
from eventwire.dictionaries.verbs import VerbDictionary, read_verbs
from eventwire.errors import DictionaryError
from eventwire.lookup import key
from eventwire.ontology.discards import Discards
from eventwire.ontology.knowledge import Knowledge, default_knowledge
from eventwire.ontology.tables import ActorTable, AgentTable, CountryTable
from eventwire.ontology.types import ActorRecord
from eventwire.ontology.verbs import VerbTable

__all__ = ["load_dictionaries", "read_actors", "read_agents", "read_discards", "read_verbs"]


def _files(directory: Path, kind: str) -> list[Path]:
    return sorted(directory.glob(f"*.{kind}.txt"))


def _verbs(files: list[Path], strict: bool) -> VerbTable | None:
    if not files:
        return None
    read: list[VerbDictionary] = [read_verbs(path, strict=strict) for path in files]
    synsets = {name: members for dictionary in read for name, members in dictionary.synsets.items()}
    return VerbTable.of((block for dictionary in read for block in dictionary.blocks), synsets)


def _actors(records: list[ActorRecord]) -> ActorTable | None:
    if not records:
        return None
    countries = default_knowledge().countries
    codes = countries.cameo_codes if countries else frozenset()
    return ActorTable.of(records, codes | {info.cameo for info in _country_infos(records).values()})


def _country_infos(records: list[ActorRecord]) -> dict[str, CountryInfo]:
    """Phrase -> CountryInfo for every actor whose default code is a bare three-letter code."""
    out: dict[str, CountryInfo] = {}
    for record in records:
        code = record.code_on(None)
        if code and len(code) == 3 and code.isalpha() and code.isupper():
            info = CountryInfo(code, code, record.name, "country")
            for name in (record.name, *record.aliases):
                out.setdefault(key(name), info)
    return out


def _countries(records: list[ActorRecord]) -> CountryTable | None:
    return CountryTable(_country_infos(records)) if records else None


def _agents(files: list[Path], strict: bool) -> AgentTable | None:
    return (
        AgentTable.of(agent for path in files for agent in read_agents(path, strict=strict))
        if files
        else None
    )


def _discards(files: list[Path]) -> Discards | None:
    if not files:
        return None
    return Discards(tuple(entry for path in files for entry in read_discards(path).entries))


def load_dictionaries(directory: Path, *, strict: bool = True) -> Knowledge:
    """The knowledge in ``directory``'s dictionary files; kinds without a file stay None.

    ``strict`` (the default) makes the first malformed line a DictionaryError
    naming file and line; otherwise such lines are skipped (the published
    PETRARCH-2 dictionaries have a handful, e.g. the date ``9008223``).
    """
    if not directory.is_dir():
        raise DictionaryError(f"{directory.name}: not a folder of dictionaries")
    records = [record for path in _files(directory, "actors") for record in read_actors(path, strict=strict)]
    found = Knowledge(
        verbs=_verbs(_files(directory, "verbs"), strict),
        actors=_actors(records),
        countries=_countries(records),
        agents=_agents(_files(directory, "agents"), strict),
        discards=_discards(_files(directory, "discards")),
    )
    if found == Knowledge():
        raise DictionaryError(
            f"{directory.name}: no *.verbs.txt, *.actors.txt, *.agents.txt or *.discards.txt"
        )
    return found
