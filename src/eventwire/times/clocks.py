"""Date the clock times that name no day of their own ("at 3:30 a.m.", "the 5 p.m. update").

A news story gives the day of an event once and then its hours: "A fire yesterday morning
destroyed 200 homes. ... The fire broke out at around 3:30am." The day of such a clock time
is, in this order of preference, a date written right beside it ("on Tuesday at 3 p.m.",
"10 a.m. on March 3"), the nearest day-precise expression in its own sentence ("at 7:37 p.m.
local time (1137 UTC) on Wednesday"), the last day-precise expression before it in the text
(the day the narrative is at), and only then the publication date.
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.model import TimeExpr

UNDATED = "XXXX-XX-XX"
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")
_GAP_DATE_CLOCK = re.compile(r"^,?\s*(?:at|from|by|around|until|before|after)?\s*$")
_GAP_CLOCK_DATE = re.compile(r"^,?\s*(?:on)?\s*$")
#: Where a sentence ends: a stop, a question or exclamation mark before a capital, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n")


def dated_clocks(found: list[TimeExpr], text: str, anchor: date | None) -> list[TimeExpr]:
    """``found`` (in text order) with every undated clock time given its day, where one is known."""
    out = list(found)
    for k, timex in enumerate(out):
        if timex.type != "TIME" or not timex.value.startswith(UNDATED + "T"):
            continue
        day = (
            _day_beside(out, k, text)
            or _day_in_sentence(out, k, text)
            or _day_before(out, k)
            or (anchor.isoformat() if anchor else None)
        )
        if day is not None:
            out[k] = timex.model_copy(update={"value": day + timex.value[len(UNDATED) :]})
    return out


def _day_of(timex: TimeExpr) -> str | None:
    m = _DAY.match(timex.value)
    return m.group(1) if m else None


def _day_beside(found: list[TimeExpr], k: int, text: str) -> str | None:
    """ "on Tuesday at 3 p.m.", "10 a.m. on March 3": a date with at most a preposition between."""
    clock = found[k]
    before = found[k - 1] if k > 0 else None
    after = found[k + 1] if k + 1 < len(found) else None
    if before is not None and _GAP_DATE_CLOCK.match(text[before.end : clock.start]) and _day_of(before):
        return _day_of(before)
    if after is not None and _GAP_CLOCK_DATE.match(text[clock.end : after.start]) and _day_of(after):
        return _day_of(after)
    return None


def _day_in_sentence(found: list[TimeExpr], k: int, text: str) -> str | None:
    """The day of the nearest day-precise expression in the clock time's own sentence."""
    clock = found[k]
    start, end = sentence_bounds(text, clock.start, clock.end)
    near = [
        (min(abs(t.start - clock.end), abs(clock.start - t.end)), day)
        for j, t in enumerate(found)
        if j != k and start <= t.start and t.end <= end and (day := _day_of(t)) is not None
    ]
    return min(near)[1] if near else None


def _day_before(found: list[TimeExpr], k: int) -> str | None:
    return next((day for t in reversed(found[:k]) if (day := _day_of(t)) is not None), None)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, by stops and line breaks outside the span."""
    first = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        first = m.end()
    after = _SENTENCE_END.search(text, end)
    return first, after.start() + 1 if after else len(text)
