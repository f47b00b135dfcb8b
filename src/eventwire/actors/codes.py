"""Country, sector and CAMEO code of an actor mention, from the words around it.

Evidence, strongest first: the actor dictionary's code for a known name; a
title or role word in the noun phrase or an apposition ("Prime Minister",
"Maj. Gen.", "the coalition commander"); a nationality or country word in the
phrase ("Iraqi", "U.S.", "Iraq's").  "Iranian-backed" or "U.S.-led" name a
sponsor, not the actor's own country, and are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from eventwire.actors.mention import ActorMention, span_text
from eventwire.actors.words import words_of
from eventwire.config import active
from eventwire.coref.clauses import common_noun, span_head
from eventwire.countries import iso3_codes
from eventwire.datafiles import rows
from eventwire.model import Actor
from eventwire.ontology import ActorInfo, actor_for, agent_for, country_for, petrarch_conventions
from eventwire.parse import Parse, Token


@dataclass(frozen=True)
class ActorCode:
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    known: bool = False  # the name was found in the actor dictionary


#: the country part of a PETRARCH code whose country is unknown
UNKNOWN_COUNTRY = "---"


def _sectors() -> frozenset[str]:
    return frozenset(w.upper() for w in words_of("sector"))


@cache
def political_sectors() -> frozenset[str]:
    """Sectors of the state and of organised political or armed actors (GOV, MIL, COP, REB, ...)."""
    return frozenset(w.upper() for w in words_of("political"))


def in_political_sectors(actors: Iterable[Actor]) -> int:
    """How many of the actors are of a political sector (GOV, MIL, COP, ...): how political an
    article is, counted over its actors, not their mentions."""
    sectors = political_sectors()
    return sum(a.sector in sectors or _public_figure(a) for a in actors)


def _public_figure(actor: Actor) -> bool:
    """A person of a country's elite (CAMEO ELI: a former official, a candidate): "Hillary Clinton"
    in 2016, a politician out of office, not a party, yet what the article tells is politics."""
    return actor.sector == "ELI" and actor.kind == "person" and actor.country is not None


def political(country: str | None, sector: str | None) -> bool:
    """A state's actor or a political one: it has a country ("IRQ"), or a political sector ("GOV",
    "REB"), not only "people" or "business"."""
    return country is not None or sector in political_sectors()


def code_parts(code: str) -> tuple[str | None, str | None]:
    """Country and sector of a CAMEO-style code: 'IRQGOV' -> (IRQ, GOV), 'IMGMUS' -> (None, IMG)."""
    code = code.strip().upper().lstrip("~")
    country = None
    if code[:3] in iso3_codes() and code[:3] not in _sectors():
        country, code = code[:3], code[3:]
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    sector = next((c for c in chunks if c in _sectors()), chunks[0] if chunks and chunks[0] else None)
    return country, sector


def make_code(country: str | None, sector: str | None) -> str | None:
    """'IRQ' + 'GOV' -> 'IRQGOV'; an agent the dictionary writes before the country ('NGO~') goes first."""
    cameo_country = None
    if country is not None:
        info = country_for(country)
        cameo_country = info.cameo if info is not None else country
    agent = agent_for(sector) if sector else None
    if agent is not None and agent.prefix:
        return (sector or "") + (cameo_country or "")
    if cameo_country is None and sector and petrarch_conventions():
        return UNKNOWN_COUNTRY + sector  # PETRARCH writes an agent of no known country as '---GOV'
    joined = (cameo_country or "") + (sector or "")
    return joined or None


def code_mention(parse: Parse, text: str, m: ActorMention, published: str | None) -> ActorCode:
    name = span_text(parse, text, m.start, m.end)
    known = actor_for(name, published, latest=True) if m.kind in ("person", "org") else None
    country, sector = _from_known(known)
    if m.kind == "country":
        info = country_for(name)
        country = info.iso3 if info is not None else country
    title_sector = _title_sector(parse, text, m)
    sector = title_sector or sector or _name_head_sector(parse, text, m)
    country = country or _phrase_country(parse, text, m)
    code = _compose(known, title_sector) or make_code(country, sector)
    return ActorCode(country, sector, code, known is not None)


def _compose(known: ActorInfo | None, title_sector: str | None) -> str | None:
    """A known actor's own code, with a title's agent code after a bare country code (BRE + GOV)."""
    if known is None:
        return None
    if title_sector is None:
        return known.code
    return known.code + title_sector if len(known.code) == 3 and known.code != title_sector else None


def _name_head_sector(parse: Parse, text: str, m: ActorMention) -> str | None:
    """An organisation named for what it is: 'the Defence Ministry', 'Kenya Police', 'High Court',
    'the Government Accountability Office', 'the US Air Force', 'the House of Representatives' (its
    head word, not its last).  The longest tail of the name that the agent dictionary or the list
    of organisations' head words (``data/org_heads.tsv``) knows says it."""
    if m.kind != "org":
        return None
    root = span_head(parse, parse.tokens[m.start].start, parse.tokens[m.end - 1].end)
    for head in dict.fromkeys((m.end - 1, root.i if root is not None else m.end - 1)):
        for first in range(max(m.start, head - 2), head + 1):
            words = span_text(parse, text, first, head + 1).lower().replace("\u2019", "'")
            sector = org_heads().get(words) or _agent_sector(words)
            if sector is not None:
                return sector
        tok = parse.tokens[head]
        sector = _agent_sector(tok.lemma)
        if sector is not None:
            return sector
    return None


def _agent_sector(words: str) -> str | None:
    info = agent_for(words)
    return info.sector if info is not None else None


@cache
def org_heads() -> dict[str, str]:
    """Last words of an organisation's name -> the sector of such a body (``data/org_heads.tsv``)."""
    return {
        words.strip().lower(): sector.strip() for words, sector in rows("eventwire.actors", "org_heads.tsv")
    }


def _from_known(info: ActorInfo | None) -> tuple[str | None, str | None]:
    if info is None:
        return None, None
    country, sector = code_parts(info.code)
    return info.country or country, info.sector or sector


def _title_sector(parse: Parse, text: str, m: ActorMention) -> str | None:
    """Sector from a title or role word: before the name, in an apposition, or the role noun itself."""
    if m.kind == "role":
        return _role_sector(parse, text, m)
    for words in _title_candidates(parse, text, m):
        info = agent_for(words)
        if info is not None:
            return info.sector
    return None


#: role nouns of those who speak for a body: theirs is the sector of the body their modifier names
VOICES = frozenset({"spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson", "spokespeople"})


def _role_sector(parse: Parse, text: str, m: ActorMention) -> str | None:
    """A role noun's sector: the whole phrase's, else its head's, else its modifier's; a spokesman's
    is his modifier's first ("a police spokesman" speaks for the police, "a company spokesman" for a
    firm)."""
    head = parse.tokens[m.head]
    voiced = _compound_sector(parse, text, m) if head.lower in VOICES else None
    if voiced is not None:
        return voiced
    info = agent_for(span_text(parse, text, m.start, m.end)) or agent_for(head.text) or agent_for(head.lemma)
    return info.sector if info else _compound_sector(parse, text, m)


def _compound_sector(parse: Parse, text: str, m: ActorMention) -> str | None:
    for k in range(m.start, m.head):
        info = agent_for(span_text(parse, text, k, m.head + 1)) or agent_for(parse.tokens[k].lemma)
        if info is not None:
            return info.sector
    return None


def _title_candidates(parse: Parse, text: str, m: ActorMention) -> list[str]:
    """Word sequences that may be a title: just before the name, then apposed nouns."""
    out: list[str] = []
    for first in range(max(m.phrase_start, m.start - active().actors.max_title_words), m.start):
        out.append(span_text(parse, text, first, m.start))
    head = parse.tokens[m.head]
    for tok in _appositions(parse, head):
        out.extend(_noun_phrase_tails(parse, text, tok))
    return out


def _appositions(parse: Parse, head: Token) -> list[Token]:
    kids = [k for k in parse.children(head.i) if k.dep == "appos"]
    if head.dep == "appos":
        kids.append(parse.tokens[head.head])
    return [k for k in kids if common_noun(k)]


def _noun_phrase_tails(parse: Parse, text: str, noun: Token) -> list[str]:
    """'the coalition commander' -> ['coalition commander', 'commander']."""
    mods = sorted(k.i for k in parse.children(noun.i) if k.dep in ("compound", "amod") and k.i < noun.i)
    tails = [span_text(parse, text, f, noun.i + 1) for f in [*mods, noun.i]]
    return tails + [parse.tokens[k].lemma for k in mods]


def _phrase_country(parse: Parse, text: str, m: ActorMention) -> str | None:
    """A nationality or country word inside the phrase, not a sponsor ('Iranian-backed').

    A role noun also takes the country of a known name in front of it ("White House
    security officials", "Minas Tirith border police") or after "from"/"in"/"of"
    ("soldiers from Gondor", "activists in Arnor").
    """
    lo = min(m.phrase_start, m.start)
    for tok in parse.tokens[lo : m.end]:
        if tok.pos not in ("ADJ", "PROPN", "NOUN", "NUM") or _is_affiliation(parse, tok):
            continue
        info = country_for(tok.text)
        if info is not None:
            return info.iso3
    for k in parse.children(m.head):
        if k.dep == "poss" and (info := country_for(k.text)) is not None:
            return info.iso3
    return _role_place(parse, text, m) if m.kind == "role" else None


def _role_place(parse: Parse, text: str, m: ActorMention) -> str | None:
    runs = [(a, b) for a, b in _name_runs(parse, max(0, m.phrase_start), m.head)]
    for prep in parse.children(m.head):
        if prep.dep == "prep" and prep.lower in ("from", "in", "of"):
            runs += [(a, b) for a, b in _name_runs(parse, prep.i + 1, parse.subtree(prep.i)[-1].i + 1)]
    for start, end in runs:
        if _is_affiliation(parse, parse.tokens[end - 1]):
            continue
        name = span_text(parse, text, start, end)
        known = actor_for(name)
        if known is not None:
            return known.country or code_parts(known.code)[0]
        info = country_for(name)
        if info is not None:
            return info.iso3
    return None


def _name_runs(parse: Parse, start: int, end: int) -> list[tuple[int, int]]:
    """Maximal runs of proper nouns in the token range [start, end)."""
    runs: list[tuple[int, int]] = []
    for tok in parse.tokens[start:end]:
        if tok.pos != "PROPN":
            continue
        if runs and runs[-1][1] == tok.i:
            runs[-1] = (runs[-1][0], tok.i + 1)
        else:
            runs.append((tok.i, tok.i + 1))
    return runs


def _is_affiliation(parse: Parse, tok: Token) -> bool:
    nxt = parse.tokens[tok.i + 1 : tok.i + 3]
    return len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower in words_of("affiliation")
