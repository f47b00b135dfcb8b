"""Whom a person serves: "Lt. Gregg Hastings of the Oregon State Police", "Taliban spokesman
Zabihullah Mujahid".

A person (or a role noun) named together with an organisation, an armed group or a country that
it belongs to takes that body's country when it has none of its own, and the body's sector: a
police lieutenant is police, a group's spokesman speaks for the group.  The body is the object
of "of", "for", "with" or "from" on the person's phrase, or a name among the title words before
the person's name, its possessor ("the company's spokesman"), on the phrase itself or on its
apposition.  A person the actor dictionary knows keeps the dictionary's coding.

A firm is such a body too: "the company", "the bank" (sector BUS when the dictionaries give none),
or a named organisation the dictionaries do not know.  Titles such as "president" and "chief
executive" are government titles in the agent dictionary, but the president of a company or
"Apple's chief executive" holds no office: serving a firm, or an organisation of unknown sector,
a person loses a government sector the title gave and takes the firm's.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.actors.codes import ActorCode, make_code
from eventwire.actors.mention import ActorMention
from eventwire.countries import iso3_codes
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
#: nouns that name a firm ("the president of the company", "the bank's chief executive")
FIRMS = frozenset(
    {"company", "firm", "bank", "corporation", "business", "conglomerate", "carmaker", "automaker",
     "airline", "retailer", "insurer", "manufacturer", "lender", "startup", "maker", "chain",
     "supplier", "producer", "operator", "utility", "brand", "giant", "subsidiary", "multinational"}
)  # fmt: skip
#: the sector of a firm that the dictionaries give none
FIRM_SECTOR = "BUS"
#: sectors a title gives that a firm's officer does not hold ("president", "chief executive")
OFFICE_SECTORS = frozenset({"GOV"})
#: titles that firms and other private bodies give too: held there, they are no public office
#: ("the president of Acme", "Apple's chief executive"; a councillor of a party is still one)
CORPORATE_TITLES = frozenset(
    {"president", "chief", "executive", "ceo", "chairman", "chairwoman", "chair", "director",
     "head", "officer", "secretary", "treasurer", "founder", "manager", "spokesman", "spokeswoman",
     "spokesperson", "governor"}
)  # fmt: skip
#: what an office is "of" ("Secretary of State", "Minister of Defence") when the tagger takes it for a name
PORTFOLIOS = frozenset(
    {"state", "defence", "defense", "interior", "justice", "treasury", "commerce", "agriculture",
     "labor", "labour", "energy", "education", "health", "transportation", "transport", "finance",
     "foreign", "home", "affairs", "homeland", "security", "veterans", "housing", "trade",
     "industry", "environment", "culture", "information", "staff", "war", "economy", "the"}
)  # fmt: skip
#: the words before an apposed noun that are part of the title ("a Taliban spokesman")
TITLE_DEPS = ("compound", "amod", "nmod")
#: a named body the dictionaries do not know: whoever serves it holds no office by a title
UNKNOWN_BODY = ActorCode()
#: a relative serves no one by being one: "the son of the interior minister" is no official
KIN = frozenset(
    {"son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "relative",
     "cousin", "nephew", "niece", "family", "widow", "widower", "uncle", "aunt", "grandson",
     "granddaughter", "child", "parent", "fiancée", "fiance", "girlfriend", "boyfriend", "friend"}
)  # fmt: skip

Coded = tuple[ActorMention, ActorCode]


def with_affiliations(parse: Parse, coded: Sequence[Coded]) -> list[Coded]:
    """Each mention with its coding, people given the country and sector of the body they serve."""
    bodies: dict[int, ActorCode] = {}
    for m, c in coded:
        body = _as_body(parse, m, c)
        bodies.update({i: body for i in range(m.start, m.end) if body is not None})
    return [(m, _served(parse, m, c, bodies)) for m, c in coded]


def _as_body(parse: Parse, m: ActorMention, coding: ActorCode) -> ActorCode | None:
    """The coding of the body a mention names, or None when it names none."""
    word = parse.tokens[m.head].lemma.lower()
    if m.kind == "role" and word in FIRMS:
        return coding if coding.sector else _firm(coding.country)
    if not (coding.country or coding.sector):
        return UNKNOWN_BODY if m.kind == "org" and not _portfolio(parse, m) else None
    return coding if m.kind in BODIES or (m.kind == "role" and word in INSTITUTIONS) else None


def _portfolio(parse: Parse, m: ActorMention) -> bool:
    """An office's portfolio that the tagger took for a name ("Secretary of State", "the Defence
    Secretary"), not a body."""
    return all(t.lower in PORTFOLIOS for t in parse.tokens[m.start : m.end] if t.pos != "CCONJ")


def _firm(country: str | None) -> ActorCode:
    return ActorCode(country, FIRM_SECTOR, make_code(country, FIRM_SECTOR))


def _served(parse: Parse, m: ActorMention, coding: ActorCode, bodies: dict[int, ActorCode]) -> ActorCode:
    if m.kind not in SERVANTS or coding.known or parse.tokens[m.head].lemma.lower() in KIN:
        return coding
    found = (
        bodies[i]
        for i, tied in _body_tokens(parse, m)
        if i in bodies and (tied or bodies[i] is not UNKNOWN_BODY)
    )
    body = next(found, None) or _firm_possessor(parse, m)
    if body is None:
        return coding
    country = coding.country or body.country
    office = body is UNKNOWN_BODY and coding.sector in OFFICE_SECTORS and _corporate_title(parse, m)
    sector = _sector_of(body) or (None if office else coding.sector)
    return ActorCode(country, sector, make_code(country, sector), coding.known)


def _corporate_title(parse: Parse, m: ActorMention) -> bool:
    """The person is named with a title private bodies give too ("president", "chief executive"):
    among its title words, a role's own words or the nouns in apposition to it."""
    words = [i for i, tied in _body_tokens(parse, m) if not tied] + _partners(parse, m)
    words += list(range(m.start, m.end)) if m.kind == "role" else []
    return any(parse.tokens[i].lemma.lower() in CORPORATE_TITLES for i in words)


def _sector_of(body: ActorCode) -> str | None:
    """The body's sector; not a country's code that a dictionary wrote in its place ("USAPRI": the
    United States' Puerto Rico)."""
    return body.sector if body.sector not in iso3_codes() else None


def _firm_possessor(parse: Parse, m: ActorMention) -> ActorCode | None:
    """A firm named by a possessive noun that is no mention of its own ("the bank's president")."""
    owners = [k for k in parse.children(m.head) if k.dep == "poss" and k.lemma.lower() in FIRMS]
    return _firm(None) if owners else None


def _body_tokens(parse: Parse, m: ActorMention) -> list[tuple[int, bool]]:
    """Tokens where the body a person serves may be named, each with whether a possessive or a
    preposition ties it to the person (True) or it is among the title words (False): title words
    before the name, the objects of affiliation prepositions on the phrase's head and its
    possessor, then the same of its apposition ("Zabihullah Mujahid, a spokesman for the Taliban",
    "a Taliban spokesman, Zabihullah Mujahid", "Tim Cook, Apple's chief executive").  Title words
    may name an office rather than a body ("Secretary of State", "Defence Minister"), so a name
    the dictionaries do not know counts only where it is tied."""
    out = [(i, False) for i in range(min(m.phrase_start, m.start), m.start)] + _tied(parse, m.head)
    for partner in _partners(parse, m):
        out += [(k.i, False) for k in parse.children(partner) if k.i < partner and k.dep in TITLE_DEPS]
        out += _tied(parse, partner)
    return out


def _partners(parse: Parse, m: ActorMention) -> list[int]:
    """The nouns in apposition to the mention's head, but a relative ("Karim, the son of ...")."""
    head = parse.tokens[m.head]
    partners = [k.i for k in parse.children(m.head) if k.dep == "appos"]
    partners += [head.head] if head.dep == "appos" and head.head != head.i else []
    return [p for p in partners if parse.tokens[p].lemma.lower() not in KIN]


def _tied(parse: Parse, head: int) -> list[tuple[int, bool]]:
    """The possessor of ``head`` and the objects of its affiliation prepositions, as tied."""
    owners = [k.i for k in parse.children(head) if k.dep == "poss"]
    return [(i, True) for i in _affiliated(parse, head) + owners]


def _affiliated(parse: Parse, head: int) -> list[int]:
    """The objects of the affiliation prepositions on ``head`` ("of the Oregon State Police")."""
    preps = [p for p in parse.children(head) if p.dep == "prep" and p.lower in AFFILIATION_PREPOSITIONS]
    return [k.i for p in preps for k in parse.children(p.i) if k.dep == "pobj"]
