"""The word lists of the time grammar, loaded once from ``data/lexicon.json``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from eventwire.datafiles import json_data


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, str]
    clock_units: frozenset[str]
    seasons: dict[str, str]
    season_months: dict[str, tuple[int, int]]
    day_parts: dict[str, str]
    day_words: dict[str, int]
    references: dict[str, str]
    set_adverbs: dict[str, str]
    range_modifiers: tuple[str, ...]
    duration_modifiers: tuple[str, ...]
    time_zones: tuple[str, ...]
    year_prepositions: frozenset[str]
    count_nouns: frozenset[str]
    not_year_after: frozenset[str]
    count_words_before: frozenset[str]
    season_licensors: frozenset[str]
    month_licensors: frozenset[str]
    irregular_past_verbs: frozenset[str]
    prospective_verbs: frozenset[str]
    frozen_participles: frozenset[str]


@cache
def lexicon() -> Lexicon:
    raw: dict[str, Any] = json_data("eventwire.times", "lexicon.json")
    return Lexicon(
        months=raw["months"],
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        weekdays=raw["weekdays"],
        numbers=raw["numbers"],
        vague_numbers=tuple(raw["vague_numbers"]),
        ordinals=raw["ordinals"],
        units=raw["units"],
        clock_units=frozenset(raw["clock_units"]),
        seasons=raw["seasons"],
        season_months={k: (v[0], v[1]) for k, v in raw["season_months"].items()},
        day_parts=raw["day_parts"],
        day_words=raw["day_words"],
        references=raw["references"],
        set_adverbs=raw["set_adverbs"],
        range_modifiers=tuple(raw["range_modifiers"]),
        duration_modifiers=tuple(raw["duration_modifiers"]),
        time_zones=tuple(raw["time_zones"]),
        year_prepositions=frozenset(raw["year_prepositions"]),
        count_nouns=frozenset(raw["count_nouns_after_numbers"]),
        not_year_after=frozenset(raw["not_year_after"]),
        count_words_before=frozenset(raw["count_words_before"]),
        season_licensors=frozenset(raw["season_licensors"]),
        month_licensors=frozenset(raw["month_licensors"]),
        irregular_past_verbs=frozenset(raw["irregular_past_verbs"]),
        prospective_verbs=frozenset(raw["prospective_verbs"]),
        frozen_participles=frozenset(raw["frozen_participles"]),
    )


def alternation(words: object) -> str:
    """A regex alternation of words, longest first so that "sept" wins over "sep"."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def number_value(words: str) -> int | None:
    """The value of a count written in digits or words: "18", "two", "twenty-five", "a dozen"."""
    words = re.sub(r"\s+", " ", words.strip().lower())
    if re.fullmatch(r"\d+", words):
        return int(words)
    numbers = lexicon().numbers
    if words in numbers:
        return numbers[words]
    parts = re.split(r"[- ]", words)
    if parts and all(p in numbers for p in parts):
        return sum(numbers[p] for p in parts)
    return None


def plural(unit: str) -> str:
    consonant_y = unit.endswith("y") and unit[-2:-1] not in set("aeiou")
    return unit[:-1] + "ies" if consonant_y else unit + "s"


def singular(unit: str) -> str:
    """The lexicon's unit for a written one: "Centuries" → "century", "years" → "year"."""
    unit = unit.lower()
    if unit.endswith("ies"):
        return unit[:-3] + "y"
    return unit[:-1] if unit.endswith("s") and unit[:-1] in lexicon().units else unit
