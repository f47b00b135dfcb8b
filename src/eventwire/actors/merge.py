"""Merge mentions of one actor: "Sajad Jiyad" ... "Jiyad", "Iraq" ... "Iraq's".

People merge by surname (a lone "Jiyad" or "Araji" joins the earlier "Sajad
Jiyad" or "Qasim al-Araji"), even when the model labelled the lone name as
something else; organisations by name; countries by ISO code; role nouns by
their words.  A local actor without a country of its own takes the
article's country focus (dateline, else the dominant country of its places).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.actors.codes import ActorCode, make_code
from eventwire.actors.mention import ActorMention, span_text
from eventwire.actors.words import words_of
from eventwire.model import Actor
from eventwire.ontology import country_for
from eventwire.parse import Parse, Token

NAME_PREFIXES = re.compile(r"^(al|el|ad|as|ash|an|ar|at|bin|ibn|abu|de|van|von|der)[-\s]", re.IGNORECASE)
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii"})
#: sectors of actors that are local to where a story happens, when nothing else says
LOCAL_SECTORS = frozenset(
    {"REB", "INS", "UAF", "LEG", "COP", "CVL", "OPP", "JUD", "GOV", "MIL", "MED", "REL"}
)


@dataclass
class Draft:
    kind: str
    name: str
    coding: ActorCode
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def absorb(self, name: str, coding: ActorCode, span: tuple[int, int]) -> None:
        self.mentions.append(span)
        if self.kind == "person" and len(name) > len(self.name):
            self.name = name
        self.coding = ActorCode(
            country=self.coding.country or coding.country,
            sector=self.coding.sector or coding.sector,
            code=self.coding.code if self.coding.known or not coding.known else coding.code,
            known=self.coding.known or coding.known,
        )


def canonical_country_name(name: str) -> str:
    """'U.S.' and 'America' are one actor, named 'United States'."""
    info = country_for(name)
    return info.name if info is not None and info.name else name


def surname_key(name: str) -> str:
    words = [w for w in name.replace("’", "'").split() if w.lower().strip(",") not in SUFFIXES]
    last = words[-1] if words else name
    return NAME_PREFIXES.sub("", last).lower()


def name_key(name: str) -> str:
    return " ".join(re.sub(r"[^\w\s-]", "", name.lower().replace("’s", "").replace("'s", "")).split())


class Merger:
    def __init__(self, parse: Parse, text: str) -> None:
        self.parse, self.text = parse, text
        self.drafts: list[Draft] = []
        self.by_key: dict[str, Draft] = {}
        self.by_surname: dict[str, Draft] = {}

    def add(self, m: ActorMention, coding: ActorCode) -> None:
        name = span_text(self.parse, self.text, m.start, m.end)
        if m.kind == "country":
            name = canonical_country_name(name)
        span = (self.parse.tokens[m.start].start, self.parse.tokens[m.end - 1].end)
        draft = self._existing(m, name, coding)
        if draft is None:
            draft = Draft(m.kind, name, coding)
            self.drafts.append(draft)
            self.by_key[self._key(m, name, coding)] = draft
        draft.absorb(name, coding, span)
        if draft.kind == "person":
            self.by_surname.setdefault(surname_key(name), draft)

    def add_surnames(self) -> None:
        """A lone surname the model did not tag ("the Foundation's Jiyad") is still its person."""
        covered = {i for d in self.drafts for s, e in d.mentions for i in range(s, e)}
        for tok in self.parse.tokens:
            if not _name_like(self.parse, tok) or tok.start in covered:
                continue
            draft = self.by_surname.get(surname_key(tok.text))
            if draft is not None and draft.kind == "person":
                draft.mentions.append((tok.start, tok.end))

    def _key(self, m: ActorMention, name: str, coding: ActorCode) -> str:
        if m.kind == "country" and coding.country:
            return f"country:{coding.country}"
        if m.kind == "role":
            words = [t.lower for t in self.parse.tokens[m.start : m.end] if t.dep not in ("nummod", "det")]
            return "role:" + " ".join(words)
        return f"{m.kind}:{name_key(name)}"

    def _existing(self, m: ActorMention, name: str, coding: ActorCode) -> Draft | None:
        same = self.by_key.get(self._key(m, name, coding))
        if same is not None:
            return same
        if m.kind in ("person", "org") and m.end - m.start <= 2 and " " not in name.strip():
            return self.by_surname.get(surname_key(name))
        if m.kind == "person":
            return self.by_surname.get(surname_key(name)) if len(name.split()) == 1 else None
        return None


def finish(drafts: Sequence[Draft], focus: str | None) -> list[Actor]:
    actors = []
    for n, d in enumerate(drafts, start=1):
        coding = _with_focus(d, focus)
        actors.append(
            Actor(
                id=f"a{n}",
                name=d.name,
                mentions=sorted(set(d.mentions)),
                country=coding.country,
                sector=coding.sector,
                code=coding.code,
                kind=d.kind,
            )
        )
    return actors


def _with_focus(d: Draft, focus: str | None) -> ActorCode:
    c = d.coding
    if c.country or focus is None or d.kind not in ("org", "role") or c.sector not in LOCAL_SECTORS:
        return c
    if set(d.name.lower().replace("-", " ").split()) & words_of("foreign"):
        return c
    return ActorCode(focus, c.sector, c.code if c.known else make_code(focus, c.sector), c.known)


def _name_like(parse: Parse, tok: Token) -> bool:
    """A proper noun, or a capitalised noun with no determiner that the tagger took for a common
    one ("Sanders held a rally": "sander"); the surname lookup decides whether it is a name."""
    if tok.pos == "PROPN":
        return True
    bare = not any(k.dep == "det" for k in parse.children(tok.i))
    return tok.pos == "NOUN" and tok.text[:1].isupper() and tok.text[1:].islower() and bare
