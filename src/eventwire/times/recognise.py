"""Find candidate time expressions in text with a small regular grammar.

Each rule names a kind of expression and captures its parts; the normaliser
(:mod:`eventwire.times.normalise`) turns a candidate into a TIMEX3 value or
rejects it.  The word lists come from ``data/lexicon.json``; the rules here are
only the shapes English news writes dates, times and durations in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from eventwire.times.lexicon import alternation, lexicon, plural


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str
    parts: dict[str, str]

    @property
    def length(self) -> int:
        return self.end - self.start


#: words one of which every match of a rule contains (its rare literal words): a text with none of
#: them is not scanned by that rule at all, which saves most of the scans of these rules
NEEDS = {
    "ago": ("ago",),
    "century": ("century",),
    "quarter": ("quarter",),
    "age": ("-old",),
    "clock_utc": ("utc", "gmt"),
    "noon": ("noon", "midday", "midnight"),
    "set_times": ("once", "twice", "thrice", "times"),
}


def find_candidates(text: str) -> Iterator[Candidate]:
    folded = text.casefold()  # as the rules' IGNORECASE matches: "ſ" is an "s"
    for kind, pattern in rules():
        if kind in NEEDS and not any(word in folded for word in NEEDS[kind]):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                parts = {k: v for k, v in m.groupdict().items() if v is not None}
                yield Candidate(m.start(), m.end(), kind, parts)


@cache
def rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Every expression starts a word (or an apostrophe, "'90s"): saying so up front lets the
    # engine skip the middle of words, which makes the scan about three times faster.
    word_start = r"(?<!\w)(?=[\w'’])"
    return tuple(
        (kind, re.compile(f"{word_start}(?:{src})", re.IGNORECASE)) for kind, src in rule_sources().items()
    )


@cache
def amount_pattern() -> re.Pattern[str]:
    """One count and unit of a compound length, both captured: "59 minutes", "two years"."""
    w = words()
    return re.compile(rf"({w['number']}|\d+(?:\.\d+)?)[\s-]+({w['units']}|{w['unit']})\b", re.IGNORECASE)


def rule_sources() -> dict[str, str]:
    return {**date_rules(), **relative_rules(), **duration_rules(), **clock_rules(), **set_rules()}


def fragments() -> dict[str, str]:
    """Pieces the rules share: a year, a day of the month, a month name, modifiers."""
    w = words()
    return {
        "year": r"(?<![\d,.$£€#/:])(?P<year>1[5-9]\d\d|20\d\d)(?![\d%]|[,.]\d)",
        "day": r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "month": rf"(?P<month>{w['month']})\b\.?",
        "wd_prefix": rf"(?:\b(?P<wd>{w['weekday']}),?\s+)?",
        # "3 p.m. Tuesday", "0300 UTC Monday morning", "1922 UTC yesterday": the day a clock time is on
        "wd_suffix": rf"(?:,?\s+(?:on\s+)?(?:(?P<wd2>{w['weekday']})|(?P<dw2>today|yesterday|tomorrow))\b"
        rf"(?:\s+(?:{w['day_part']})\b)?)?",
        "dw_prefix": r"(?:\b(?P<dw>today|yesterday|tomorrow)\s+at\s+)?",
        "mod": rf"(?:(?P<mod>{w['range_mod']})[\s-]+)?",
        "dmod": rf"(?:(?P<dmod>{w['duration_mod']})\s+)?",
        "count": rf"(?P<num>{w['number']}|\d+(?:\.\d+)?)[\s-]+(?P<unit>{w['units']}|{w['unit']})\b",
        "amount": rf"(?:{w['number']}|\d+(?:\.\d+)?)[\s-]+(?:{w['units']}|{w['unit']})\b",
        # "a 44-year-old" is one age expression (a duration, as TimeML marks ages); "44 years old"
        # is the length "44 years" before the adjective
        "not_age": r"(?!-olds?\b)",
        # "January of this year", "September 20 of last year": the year, said after the month
        "of_year": r"(?:\s+of\s+(?P<ofyear>last|this|next)\s+year\b)",
        "zone": rf"(?:\s*(?P<tz>{w['zone']})\b)?",
    }


def date_rules() -> dict[str, str]:
    f, w = fragments(), words()
    year, day, month, mod = f["year"], f["day"], f["month"], f["mod"]
    return {
        "iso": r"\b(?P<year>\d{4})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<m>[0-5]\d))?\b",
        "ymd": r"(?<![\d/])(?P<year>\d{4})/(?P<mon>[01]?\d)/(?P<day>[0-3]?\d)(?![\d/])",
        "numeric": r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d{2})"
        r"(?![\d/]|\.\d)",
        "month_day": rf"{f['wd_prefix']}\b{month}\s+{day}\b(?!,\d|\.\d|\d)(?:,?\s+{year}\b|{f['of_year']})?",
        "day_month": rf"{f['wd_prefix']}(?<![\d,.$])\b{day}(?:\s+of)?\s+{month}(?:,?\s+{year}\b)?",
        "month_year": rf"{mod}\b{month},?\s+(?:of\s+)?{year}\b",
        "month": rf"{mod}(?:(?P<rel>last|next|this|past|coming)\s+)?\b{month}{f['of_year']}?",
        "year": rf"{mod}(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?{year}\b(?P<plural>'?s\b)?",
        "year_tail": r"(?<=[12]\d\d\d[-–])(?P<tail>\d\d)\b(?![-–]?\d)",
        "decade": rf"{mod}(?:the\s+)?(?:(?P<d4>1[5-9]\d0|20\d0)|['’](?P<d2>\d0))['’]?s\b",
        "century": rf"{mod}(?:the\s+)?(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<nw>{w['ordinal']}))"
        r"[\s-]+century\b",
        "season": rf"{mod}(?:(?P<rel>last|this|next|past|coming|the)\s+)?\b(?P<season>{w['season']})\b"
        rf"(?:\s+(?:of\s+)?{year}\b)?",
        "quarter": r"(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter\b"
        rf"(?:\s+of\s+(?:{year}|(?P<rel>this|last|next)\s+year))?",
        "quarter_code": rf"\b(?P<q>Q[1-4])\b(?:\s+{year})?",
    }


def relative_rules() -> dict[str, str]:
    f, w = fragments(), words()
    return {
        # "the same day", "that year", "the following week": dated by the date mentioned before them
        "anaphor": rf"(?:the\s+(?P<rel>same|following)|(?P<that>that))\s+(?P<unit>day|week|month|year|"
        rf"{w['day_part']})\b",
        "anaphor_day": rf"the\s+(?P<rel>next|previous|preceding)\s+(?P<unit>day|{w['day_part']})\b",
        "relative": rf"{f['mod']}(?:(?P<rel>{w['relation']})\s+)?(?P<unit>week|month|year|weekend|decade|"
        r"century|quarter|fiscal\s+year)\b(?!-)",
        "ago": rf"{f['dmod']}(?:{f['count']}|(?P<vague>{w['vague']})\s+(?P<vunit>{w['units']})|"
        rf"(?P<bare>{w['units']}))\s+ago\b",
        "weekday": rf"(?:(?P<rel>last|next|this|coming|past|previous)\s+)?\b(?P<wd>{w['weekday']})"
        rf"(?P<plural>s)?\b(?:\s+(?P<part>{w['day_part']})\b)?",
        "day_word": rf"\b(?P<dw>today|yesterday|tomorrow|tonight)\b(?:\s+(?P<part>{w['day_part']})\b)?",
        "part_of_day": rf"\b(?P<rel>this|last)\s+(?P<part>{w['day_part']})\b",
        "reference": rf"\b(?P<ref>{w['reference']})\b",
    }


def duration_rules() -> dict[str, str]:
    f, w = fragments(), words()
    return {
        "duration": rf"{f['dmod']}(?:(?P<the>the)\s+(?:(?P<rel>{w['span_rel']})\s+)?)?"
        rf"\b{f['count']}{f['not_age']}(?:-long\b)?",
        "age": rf"\b(?P<num>{w['number']}|\d+)[\s-]+(?P<unit>{w['units']}|{w['unit']})-olds?\b",
        # "1 hour 59 minutes 40.2 seconds", "two years and six months": one length
        "duration_compound": rf"{f['dmod']}\b(?P<amounts>{f['amount']}"
        rf"(?:(?:,\s*|\s+and\s+|\s+){f['amount']})+){f['not_age']}",
        "duration_vague": rf"(?:(?P<the>the)\s+)?(?:(?P<rel>{w['span_rel']}|recent)\s+)?"
        rf"\b(?P<vague>{w['vague']})\s+(?P<unit>{w['units']})\b{f['not_age']}",
        "duration_bare": r"(?:(?P<rel>recent|past|coming|next|last|previous)\s+)?"
        rf"\b(?P<unit>{w['units']})\b{f['not_age']}",
    }


def clock_rules() -> dict[str, str]:
    f = fragments()
    return {
        "clock": rf"{f['dw_prefix']}{f['wd_prefix']}(?<![\d:.])\b(?P<h>1[0-2]|0?\d)(?:[:.](?P<m>[0-5]\d))?"
        rf"\s*(?P<ampm>[ap])\.?\s?m\b\.?{f['zone']}{f['wd_suffix']}",
        "clock24": rf"{f['dw_prefix']}(?<![\d:.])\b(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)(?![:\d]|\.\d)"
        rf"{f['zone']}{f['wd_suffix']}",
        # "1700 UTC", "0617 GMT": four digits are a clock time only with a universal zone after them
        "clock_utc": rf"{f['dw_prefix']}(?<![\d:.,$£€#/-])\b(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*"
        rf"(?P<tz>UTC|GMT)\b{f['wd_suffix']}",
        "noon": r"\b(?P<word>noon|midday|midnight)\b",
    }


def set_rules() -> dict[str, str]:
    w = words()
    every = rf"{w['units']}|{w['unit']}|{w['weekday']}|{w['season']}|{w['day_part']}"
    return {
        "set_every": rf"\b(?P<which>every|each|per)\s+(?:(?P<other>other)\s+)?"
        rf"(?:(?P<num>{w['number']}|\d+)\s+)?(?P<what>{every})s?\b",
        "set_times": rf"\b(?P<freq>once|twice|thrice|(?:{w['number']}|\d+)\s+times)\s+(?:a|an|per|every)\s+"
        rf"(?P<unit>{w['unit']})\b",
        "set_adverb": rf"\b(?P<adverb>{w['set_adverb']})\b",
    }


@cache
def words() -> dict[str, str]:
    lex = lexicon()
    return {
        "month": alternation(lex.months),
        "weekday": alternation(lex.weekdays),
        "number": r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
        r"(?:one|two|three|four|five|six|seven|eight|nine)|" + alternation(lex.numbers) + ")",
        "vague": alternation(lex.vague_numbers),
        "ordinal": alternation(lex.ordinals),
        "unit": alternation(lex.units),
        "units": alternation(plural(u) for u in lex.units),
        "season": alternation(lex.seasons),
        "day_part": alternation(lex.day_parts),
        "reference": alternation(lex.references),
        "set_adverb": alternation(lex.set_adverbs),
        "range_mod": alternation(lex.range_modifiers),
        "duration_mod": alternation(lex.duration_modifiers),
        # "January of this year", "September 20 of last year": the year, said after the month
        "of_year": r"(?:\s+of\s+(?P<ofyear>last|this|next)\s+year\b)",
        "zone": alternation(lex.time_zones),
        "relation": r"this\s+past|this\s+coming|this|last|next|the\s+last|the\s+past|the\s+next|"
        r"the\s+coming|the\s+following|the\s+previous|past|coming|previous|current|the\s+current|the|that",
        "span_rel": r"past|last|next|coming|following|previous|first|final|latest|same",
    }
