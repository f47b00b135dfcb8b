"""Whom a person serves: "Lt. Gregg Hastings of the Oregon State Police", "Taliban spokesman
Zabihullah Mujahid".

A person (or a role noun) named together with an organisation, an armed group or a country that
it belongs to takes that body's country when it has none of its own, and the body's sector: a
police lieutenant is police, a group's spokesman speaks for the group.  The body is the object
of "of", "for", "with" or "from" on the person's phrase, or a name among the title words before
the person's name, on the phrase itself or on its apposition.  A person the actor dictionary
knows keeps the dictionary's coding.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.actors.codes import ActorCode, make_code
from eventwire.actors.mention import ActorMention
from eventwire.parse import Parse

#: prepositions that tie a person to the body it serves
AFFILIATION_PREPOSITIONS = frozenset({"of", "for", "with", "from"})
#: kinds of mention that can be served / that serve
SERVANTS = frozenset({"person", "role"})
BODIES = frozenset({"org", "group", "country"})
#: role nouns that name a body rather than a person ("a spokesman for the Iraqi army")
INSTITUTIONS = frozenset(
    {"army", "military", "police", "force", "ministry", "government", "navy", "guard", "court",
     "parliament", "senate", "congress", "party", "group", "militia", "council", "agency", "office",
     "department", "service", "administration", "cabinet", "embassy", "commission", "committee"}
)  # fmt: skip
#: a relative serves no one by being one: "the son of the interior minister" is no official
KIN = frozenset(
    {"son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "relative",
     "cousin", "nephew", "niece", "family", "widow", "widower", "uncle", "aunt", "grandson",
     "granddaughter", "child", "parent", "fiancée", "fiance", "girlfriend", "boyfriend", "friend"}
)  # fmt: skip

Coded = tuple[ActorMention, ActorCode]


def with_affiliations(parse: Parse, coded: Sequence[Coded]) -> list[Coded]:
    """Each mention with its coding, people given the country and sector of the body they serve."""
    bodies = {i: c for m, c in coded if _is_body(parse, m, c) for i in range(m.start, m.end)}
    return [(m, _served(parse, m, c, bodies)) for m, c in coded]


def _is_body(parse: Parse, m: ActorMention, coding: ActorCode) -> bool:
    if not (coding.country or coding.sector):
        return False
    return m.kind in BODIES or (m.kind == "role" and parse.tokens[m.head].lemma.lower() in INSTITUTIONS)


def _served(parse: Parse, m: ActorMention, coding: ActorCode, bodies: dict[int, ActorCode]) -> ActorCode:
    if m.kind not in SERVANTS or coding.known or parse.tokens[m.head].lemma.lower() in KIN:
        return coding
    body = next((bodies[i] for i in _body_tokens(parse, m) if i in bodies), None)
    if body is None:
        return coding
    country = coding.country or body.country
    sector = body.sector or coding.sector
    return ActorCode(country, sector, make_code(country, sector), coding.known)


def _body_tokens(parse: Parse, m: ActorMention) -> list[int]:
    """Tokens where the body a person serves may be named: title words before the name, the
    objects of affiliation prepositions on the phrase's head, then the same of its apposition
    ("Zabihullah Mujahid, a spokesman for the Taliban", "a Taliban spokesman, Zabihullah Mujahid")."""
    out = list(range(min(m.phrase_start, m.start), m.start)) + _affiliated(parse, m.head)
    head = parse.tokens[m.head]
    partners = [k.i for k in parse.children(m.head) if k.dep == "appos"]
    partners += [head.head] if head.dep == "appos" and head.head != head.i else []
    for partner in (p for p in partners if parse.tokens[p].lemma.lower() not in KIN):
        out += [
            k.i for k in parse.children(partner) if k.i < partner and k.dep in ("compound", "amod", "nmod")
        ]
        out += _affiliated(parse, partner)
    return out


def _affiliated(parse: Parse, head: int) -> list[int]:
    """The objects of the affiliation prepositions on ``head`` ("of the Oregon State Police")."""
    preps = [p for p in parse.children(head) if p.dep == "prep" and p.lower in AFFILIATION_PREPOSITIONS]
    return [k.i for p in preps for k in parse.children(p.i) if k.dep == "pobj"]
