"""Whom PLOVER covers: an act a company does toward no political actor is no event.

PLOVER codes the acts of governments, officials, armed groups, IGOs, NGOs, protesters and other
political actors.  Companies are covered only when they act toward such actors (sue a ministry,
pay a fine to the European Commission, sign a deal with a government); an act between two
companies, or of a company toward its customers ("the company apologized for its website",
"Boeing accused Airbus of dumping"), is business news (the project's annotation guidelines,
section 1, drawn from the PLOVER manual).  Violence is kept whoever does it.
"""

from __future__ import annotations

from collections.abc import Mapping

from eventwire.model import Actor, Event, Party

#: sectors of companies (CAMEO's BUS and MNC)
BUSINESS = frozenset({"BUS", "MNC"})
#: sectors of the private parties a company deals with: companies, media, customers and the public
PRIVATE = BUSINESS | {"MED", "CVL"}


def private_affair(event: Event, actors: Mapping[str, Actor]) -> bool:
    """The event is a company's act toward no one, or toward private parties only.  A target of
    unknown sector ("the Ministry of Health" unrecognised) may be political and is kept."""
    if event.type == "ASSAULT" or not _is_business(event.source, actors):
        return False
    if event.target.actor is None:
        return True  # no target, or words that name no actor ("its website", "the market")
    target = actors.get(event.target.actor)
    return target is not None and target.sector in PRIVATE


def _is_business(party: Party, actors: Mapping[str, Actor]) -> bool:
    actor = actors.get(party.actor) if party.actor else None
    return actor is not None and actor.sector in BUSINESS
