"""find_times: recognise, normalise, and keep the longest non-overlapping expressions."""

from __future__ import annotations

import re
from bisect import bisect_left

from eventwire.model import TimeExpr
from eventwire.parse import Parse
from eventwire.times.anaphora import resolve_anaphora
from eventwire.times.calendar import parse_anchor
from eventwire.times.clocks import dated_clocks
from eventwire.times.context import Context
from eventwire.times.lexicon import lexicon
from eventwire.times.normalise import normalise
from eventwire.times.recognise import Candidate, find_candidates, rules

_WORD_BEFORE_STOP = re.compile(r"(?<![.\w])([A-Za-z]+)\.$")
#: When two rules find spans of the same length, the earlier rule wins.
_RULE_ORDER = {kind: k for k, (kind, _) in enumerate(rules())}


class _Taken:
    """Non-overlapping spans kept sorted, so that an overlap check is a binary search."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # spans starting before ``end``: only the last may reach in
        return k > 0 and self.ends[k - 1] > start

    def add(self, start: int, end: int) -> None:
        k = bisect_left(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)


def find_times(text: str, published: str | None, parse: Parse | None = None) -> list[TimeExpr]:
    """Every date, time, duration and set expression in text, normalised to a
    TIMEX3 value against ``published`` (YYYY-MM-DD; when None only what the
    text fixes by itself), sorted by offset and non-overlapping."""
    ctx = Context(text=text, anchor=parse_anchor(published), parse=parse)
    found: list[TimeExpr] = []
    taken = _Taken()
    for cand in sorted(find_candidates(text), key=_preference):
        if taken.overlaps(cand.start, cand.end):
            continue
        timex = normalise(cand, ctx)
        if timex is not None:
            kind, value = timex
            start, end = trimmed(text, cand)
            found.append(TimeExpr(text=text[start:end], start=start, end=end, type=kind, value=value))
            taken.add(start, end)
    return dated_clocks(resolve_anaphora(sorted(found, key=lambda t: t.start)), text, ctx.anchor)


def _preference(cand: Candidate) -> tuple[int, int, int]:
    return (-cand.length, _RULE_ORDER[cand.kind], cand.start)


def trimmed(text: str, cand: Candidate) -> tuple[int, int]:
    """The candidate's span without outer whitespace or a trailing comma."""
    start, end = cand.start, cand.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    last_word = _WORD_BEFORE_STOP.search(text, start, end)
    if last_word and not is_abbreviation(last_word.group(1)):
        end -= 1  # "in July." leaves its full stop out; "Dec." and "p.m." keep theirs
    return start, end


def is_abbreviation(word: str) -> bool:
    lower = word.lower()
    return len(lower) <= 4 and lower in lexicon().months and lower not in {"may", "june", "july"}
