"""The ontology: CAMEO codes, PLOVER types, Goldstein scores, and actor, agent and verb knowledge.

Everything here is data (``data/*.tsv``, sources in ``data/README.md``), loaded
once; the built-in country phrases are the country authority's
(:mod:`eventwire.countries`).  The module-level lookups read the built-in knowledge; a coder that must
honour ``--dictionaries`` takes a :class:`Knowledge` instead.
"""

from __future__ import annotations

from eventwire.countries import CountryInfo
from eventwire.ontology.data import cameo_table, plover_codes
from eventwire.ontology.knowledge import Knowledge, active_knowledge, default_knowledge, use_knowledge
from eventwire.ontology.types import (
    ActorInfo,
    ActorRecord,
    AgentInfo,
    CameoInfo,
    CodeSpan,
    VerbEntry,
)
from eventwire.ontology.verbs import VerbTable

__all__ = [
    "ActorInfo",
    "ActorRecord",
    "AgentInfo",
    "CameoInfo",
    "CodeSpan",
    "CountryInfo",
    "Knowledge",
    "VerbEntry",
    "active_knowledge",
    "actor_for",
    "agent_for",
    "cameo_info",
    "country_for",
    "default_knowledge",
    "noun_entries",
    "petrarch_conventions",
    "plover_to_cameo",
    "plover_types",
    "use_knowledge",
    "verb_entries",
    "verb_table",
]


def cameo_info(code: str) -> CameoInfo | None:
    """The CAMEO code's name, scales and PLOVER type; unknown sub-codes fall back to their parent."""
    table = cameo_table()
    code = code.strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1] if len(code) > 2 else ""
    return None


def plover_to_cameo(plover: str) -> str | None:
    """A representative CAMEO code for a PLOVER type (``data/plover.tsv``): ASSAULT -> "190"."""
    return plover_codes().get(plover.strip().upper())


def plover_types() -> tuple[str, ...]:
    """The sixteen PLOVER event types, cooperative first."""
    return tuple(plover_codes())


def country_for(phrase: str) -> CountryInfo | None:
    """The country a phrase names: "Iraqi", "the United States", "U.S." (case, diacritics, "the" ignored)."""
    table = active_knowledge().countries
    return table.lookup(phrase) if table else None


def agent_for(phrase: str) -> AgentInfo | None:
    """The agent code of a role noun or title: "militants", "lawmakers", "prime minister", "Maj. Gen."."""
    table = active_knowledge().agents
    return table.lookup(phrase) if table else None


def actor_for(name: str, date: str | None = None, latest: bool = False) -> ActorInfo | None:
    """A named actor's code on ``date`` (YYYY-MM-DD); a bare surname only when it is unambiguous
    and no country's name, adjective or place ("Bali" is the island, not the Algerian minister
    Abdallah Bali).

    With ``latest``, an actor whose every dated code ended before ``date`` gets its last one.
    """
    table = active_knowledge().actors
    return table.lookup(name, date, latest, place=lambda n: country_for(n) is not None) if table else None


def known_person(name: str, date: str | None = None) -> bool:
    """The actor dictionary knows the name as a person's ("Sanders"), whatever the parser tagged it."""
    info = actor_for(name, date)
    return info is not None and info.kind == "person"


def petrarch_conventions() -> bool:
    """True when the run codes as PETRARCH does (``--coder petrarch``), whatever its dictionaries.

    Then the verb dictionary alone codes events (no core trigger lexicon), its patterns are matched
    as TABARI matches them, tense is left to the patterns, and an agent of no known country is
    written ``---GOV``.
    """
    return active_knowledge().coder == "petrarch"


def verb_entries(lemma: str) -> list[VerbEntry]:
    """The verb patterns for a lemma (or any inflected form the dictionary knows)."""
    table = active_knowledge().verbs
    return table.lookup(lemma) if table is not None else []  # not len(): it counts every block


def verb_table() -> VerbTable | None:
    """The verb dictionary in force (None when a run's own dictionaries leave verbs out)."""
    return active_knowledge().verbs


def noun_entries(lemma: str) -> list[VerbEntry]:
    """Event nouns ("attack", "talks") as patterns with ``*`` for the noun."""
    table = active_knowledge().nouns
    return table.lookup(lemma) if table is not None else []  # not len(): it counts every block
