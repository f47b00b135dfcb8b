"""Loading the built-in knowledge tables (TSV files in ``data/``), each once."""

from __future__ import annotations

import dataclasses
import itertools
from functools import cache

from eventwire.datafiles import records
from eventwire.ontology.discards import Discard, Discards
from eventwire.ontology.types import ActorRecord, AgentInfo, CameoInfo, CodeSpan
from eventwire.ontology.verbs import Pattern, VerbBlock, VerbForm, regular_forms

PACKAGE = "eventwire.ontology"


def _none(value: str | None) -> str | None:
    return value or None


@cache
def cameo_table() -> dict[str, CameoInfo]:
    out = {}
    for row in records(PACKAGE, "cameo.tsv"):
        goldstein = float(row["goldstein"]) if row["goldstein"] else None
        quad = int(row["quad_class"]) if row["quad_class"] else None
        out[row["code"]] = CameoInfo(
            row["code"],
            row["name"],
            goldstein,
            quad,
            _none(row["plover"]),
            _none(row["mode"]),
            _none(row["context"]),
            _none(row["plover_fallback"]),
        )
    return out


@cache
def plover_codes() -> dict[str, str]:
    """PLOVER type -> its representative CAMEO code (plover.tsv)."""
    return {row["type"]: row["cameo"] for row in records(PACKAGE, "plover.tsv")}


@cache
def agent_rows() -> tuple[AgentInfo, ...]:
    """The agent phrases: the hand-written agents_extra.tsv first, so that a phrase it gives again
    supersedes Phoenix's (a bare "spokesman" speaks for a government more often than for a news
    organisation), as actors_extra.tsv does for named actors."""
    table = itertools.chain(records(PACKAGE, "agents_extra.tsv"), records(PACKAGE, "agents.tsv"))
    return tuple(
        AgentInfo(row["code"], row["code"][:3], row["phrase"], row["prefix"] == "1") for row in table
    )


def _spans(text: str) -> tuple[CodeSpan, ...]:
    spans = []
    for part in filter(None, text.split("|")):
        code, _, dates = part.partition("@")
        start, _, end = dates.partition("..")
        spans.append(CodeSpan(code, start or None, end or None))
    return tuple(spans)


def _actor(row: dict[str, str]) -> ActorRecord:
    aliases = tuple(filter(None, row["aliases"].split("|")))
    return ActorRecord(row["name"], aliases, _none(row["code"]), _spans(row["spans"]), row["kind"])


def _names(record: ActorRecord) -> set[str]:
    return {record.name, *record.aliases}


@cache
def actor_rows() -> tuple[ActorRecord, ...]:
    """Named actors; a hand-written record (actors_extra.tsv) supersedes the Phoenix records it names.

    The superseded records' other names become aliases of the newer record, so
    "Obama" finds the record whose dates run past 2014.
    """
    extra = [_actor(row) for row in records(PACKAGE, "actors_extra.tsv")]
    owner = {name: index for index, record in enumerate(extra) for name in _names(record)}
    aliases: dict[int, set[str]] = {}
    kept = []
    for record in map(_actor, records(PACKAGE, "actors.tsv")):
        hits = {owner[name] for name in _names(record) if name in owner}
        if len(hits) == 1:
            aliases.setdefault(hits.pop(), set()).update(_names(record))
        else:
            kept.append(record)
    merged = [
        dataclasses.replace(record, aliases=tuple(sorted(set(record.aliases) | aliases.get(i, set()))))
        for i, record in enumerate(extra)
    ]
    return (*merged, *kept)


def _pattern(text: str) -> Pattern:
    return tuple(text.split()) or ("*",)


def _verb(row: dict[str, str]) -> VerbForm:
    lemma = row["lemma"]
    forms = (lemma, *regular_forms(lemma), *row["forms"].split())
    return VerbForm(lemma, _none(row["particle"]), tuple(row["before"].split()), forms, _none(row["code"]))


@cache
def verb_blocks() -> tuple[VerbBlock, ...]:
    """The verb blocks: verbs.tsv gives their verbs, verb_patterns.tsv their patterns."""
    verbs: dict[str, list[VerbForm]] = {}
    codes: dict[str, str] = {}
    for row in records(PACKAGE, "verbs.tsv"):
        verbs.setdefault(row["block"], []).append(_verb(row))
        codes[row["block"]] = row["block_code"]
    patterns: dict[str, list[tuple[Pattern, str]]] = {}
    for row in records(PACKAGE, "verb_patterns.tsv"):
        patterns.setdefault(row["block"], []).append((_pattern(row["pattern"]), row["code"]))
    return tuple(
        VerbBlock(codes[block], tuple(forms), tuple(patterns.get(block, ())))
        for block, forms in verbs.items()
    )


@cache
def extra_verb_blocks() -> tuple[VerbBlock, ...]:
    """Hand-written verbs (verbs_extra.tsv), one block per row, placed before the dictionary's."""
    blocks = []
    for row in records(PACKAGE, "verbs_extra.tsv"):
        lemma = row["lemma"]
        verb = VerbForm(
            lemma, _none(row["particle"]), (), (lemma, *regular_forms(lemma), *row["forms"].split())
        )
        pattern = _pattern(row["pattern"])
        if pattern == ("*",):
            blocks.append(VerbBlock(row["cameo"], (verb,)))
        else:
            blocks.append(VerbBlock("---", (verb,), ((pattern, row["cameo"]),), bare=False))
    return tuple(blocks)


@cache
def synsets() -> dict[str, tuple[Pattern, ...]]:
    out: dict[str, list[Pattern]] = {}
    for row in records(PACKAGE, "synsets.tsv"):
        out.setdefault(row["synset"], []).append(_pattern(row["member"]))
    return {name: tuple(members) for name, members in out.items()}


@cache
def noun_blocks() -> tuple[VerbBlock, ...]:
    """Event nouns as one-verb blocks: the noun is ``*`` in its pattern."""
    blocks = []
    for row in records(PACKAGE, "nouns.tsv"):
        noun = VerbForm(row["lemma"], None, (), (row["lemma"], *row["forms"].split()), None)
        blocks.append(VerbBlock("---", (noun,), ((_pattern(row["pattern"]), row["cameo"]),), bare=False))
    return tuple(blocks)


@cache
def discard_rows() -> Discards:
    return Discards(
        tuple(
            Discard(row["phrase"], row["story"] == "1", row["whole_word"] == "1")
            for row in records(PACKAGE, "discards.tsv")
        )
    )
