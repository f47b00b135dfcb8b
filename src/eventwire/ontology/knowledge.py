"""The swappable knowledge bundle: built-in tables, or a user's dictionaries for one run."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from eventwire.countries import iso3_codes, phrase_table
from eventwire.ontology.data import (
    actor_rows,
    agent_rows,
    discard_rows,
    extra_verb_blocks,
    noun_blocks,
    synsets,
    verb_blocks,
)
from eventwire.ontology.discards import Discards
from eventwire.ontology.tables import ActorTable, AgentTable, CountryTable
from eventwire.ontology.verbs import VerbTable


@dataclass(frozen=True)
class Knowledge:
    """What a coder knows.  A kind left as None is absent (a partial bundle from a dictionary folder)."""

    verbs: VerbTable | None = None
    nouns: VerbTable | None = None
    actors: ActorTable | None = None
    agents: AgentTable | None = None
    countries: CountryTable | None = None
    discards: Discards | None = None
    #: how the knowledge is applied: "builtin" (eventwire's conventions) or "petrarch" (PETRARCH/TABARI's)
    coder: str = "builtin"

    def merged(self, override: Knowledge) -> Knowledge:
        """This bundle with every kind that ``override`` has replaced by ``override``'s."""
        changes = {
            f.name: getattr(override, f.name)
            for f in dataclasses.fields(self)
            if getattr(override, f.name) is not None and f.name != "coder"
        }
        return dataclasses.replace(self, **changes)


@cache
def default_knowledge() -> Knowledge:
    """The built-in knowledge (package data), loaded once; countries come from the country authority.

    An actor code's first three letters name a country when they are a CAMEO country code of the
    phrase table or an ISO 3166 code: the Holy See ("VATGOV"), Puerto Rico, which Phoenix's country
    records leave out."""
    countries = CountryTable(phrase_table())
    return Knowledge(
        verbs=VerbTable.of((*extra_verb_blocks(), *verb_blocks()), synsets()),
        nouns=VerbTable.of(noun_blocks()),
        actors=ActorTable.of(actor_rows(), countries.cameo_codes | iso3_codes()),
        agents=AgentTable.of(agent_rows()),
        countries=countries,
        discards=discard_rows(),
    )


_ACTIVE: ContextVar[Knowledge | None] = ContextVar("eventwire_knowledge", default=None)


def active_knowledge() -> Knowledge:
    """The knowledge in force: a run's own dictionaries (``use_knowledge``), else the built-in."""
    return _ACTIVE.get() or default_knowledge()


@contextmanager
def use_knowledge(override: Knowledge, coder: str = "builtin") -> Iterator[Knowledge]:
    """Code with ``override``'s kinds in place of the built-in ones, by ``coder``'s conventions,
    until the block ends."""
    merged = dataclasses.replace(default_knowledge().merged(override), coder=coder)
    token = _ACTIVE.set(merged)
    try:
        yield merged
    finally:
        _ACTIVE.reset(token)
