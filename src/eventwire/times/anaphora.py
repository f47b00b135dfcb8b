"""Expressions dated by an earlier date in the text: "the same day", "that year", "the next morning".

The normaliser gives them a placeholder value (``ANAPHOR+1:day``); once every
expression is found, each placeholder takes the nearest earlier expression
precise enough for its unit, or is dropped when there is none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.model import TimeExpr
from eventwire.times.calendar import month_value, shift_month, week_value
from eventwire.times.lexicon import lexicon

PREFIX = "ANAPHOR"
_PLACEHOLDER = re.compile(rf"^{PREFIX}([+-]\d+):(\w+)$")
_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)(?!\d)")
_YEAR = re.compile(r"^(\d{4})(?!\d)")


def anaphor_value(shift: int, unit: str) -> str:
    return f"{PREFIX}{shift:+d}:{unit}"


def resolve_anaphora(found: list[TimeExpr]) -> list[TimeExpr]:
    """Found expressions in text order, placeholders replaced by dates or dropped."""
    out: list[TimeExpr] = []
    for timex in found:
        m = _PLACEHOLDER.match(timex.value)
        if m is None:
            out.append(timex)
            continue
        value = resolve_one(int(m.group(1)), m.group(2), [t.value for t in reversed(out)])
        if value is not None:
            out.append(timex.model_copy(update={"value": value}))
    return out


def resolve_one(shift: int, unit: str, earlier: list[str]) -> str | None:
    for value in earlier:
        resolved = shifted(value, shift, unit)
        if resolved is not None:
            return resolved
    return None


def shifted(value: str, shift: int, unit: str) -> str | None:
    """``value`` moved by ``shift`` units, when it is precise enough for the unit."""
    day = _DAY.match(value)
    if unit in {"day", "week"} or unit in lexicon().day_parts:
        return day_shifted(day, shift, unit) if day else None
    month = _MONTH.match(value)
    if unit == "month":
        return month_value(*shift_month(int(month.group(1)), int(month.group(2)), shift)) if month else None
    year = _YEAR.match(value)
    return str(int(year.group(1)) + shift) if year else None


def day_shifted(day: re.Match[str], shift: int, unit: str) -> str:
    anchor = date(int(day.group(1)), int(day.group(2)), int(day.group(3)))
    if unit == "week":
        return week_value(anchor + timedelta(weeks=shift))
    moved = (anchor + timedelta(days=shift)).isoformat()
    if unit == "day":
        return moved
    return f"{moved}T{lexicon().day_parts[unit]}"
