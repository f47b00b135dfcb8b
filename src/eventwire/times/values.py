"""TIMEX3 value strings: durations, clock times, relative units, numeric dates."""

from __future__ import annotations

from datetime import date, timedelta

from eventwire.times.calendar import month_value, safe_date, shift_month, week_value
from eventwire.times.lexicon import lexicon

#: "the past week", "the next decade": a stretch of time, not a calendar unit.
SPAN_RELATIONS = frozenset({"the past", "the next", "the coming", "the following", "past"})
OFFSETS = {
    "this": 0, "current": 0, "the current": 0, "the": 0, "": 0,
    "last": -1, "the last": -1, "this past": -1, "this coming": 1, "previous": -1, "the previous": -1,
    "next": 1, "coming": 1,
}  # fmt: skip
#: Units whose multiples TIMEX3 writes in another unit.
SCALED = {
    "decade": (10, "Y"),
    "century": (100, "Y"),
    "fortnight": (2, "W"),
    "quarter": (3, "M"),
    "night": (1, "D"),
}


def duration_value(n: float, unit: str) -> str:
    """ "P2Y", "PT5H", "P10Y" (a decade), "P1.5Y"."""
    lex = lexicon()
    factor, code = SCALED.get(unit, (1, lex.units.get(unit, "D")))
    amount = n * factor
    text = str(int(amount)) if float(amount).is_integer() else f"{amount:g}"
    prefix = "PT" if unit in lex.clock_units else "P"
    return f"{prefix}{text}{code}"


def compound_duration(amounts: list[tuple[float, str]]) -> str | None:
    """ "PT1H59M40.2S" for 1 hour 59 minutes 40.2 seconds, "P2Y6M": units from the largest down,
    each once; None when they are not (then the words are not one length)."""
    lex = lexicon()
    order = ["year", "month", "week", "day", "hour", "minute", "second"]
    units = [unit for _, unit in amounts]
    if any(u not in order for u in units) or [order.index(u) for u in units] != sorted(
        {order.index(u) for u in units}
    ):
        return None
    date_part = "".join(f"{_amount(n)}{lex.units[u]}" for n, u in amounts if u not in lex.clock_units)
    time_part = "".join(f"{_amount(n)}{lex.units[u]}" for n, u in amounts if u in lex.clock_units)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def _amount(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def vague_duration(unit: str) -> str:
    """ "PXY" for "years", "PTXH" for "hours", "PXDE" for "decades"."""
    code = lexicon().units.get(unit, "D")
    if unit == "night":
        code = "D"
    return f"PTX{code}" if unit in lexicon().clock_units else f"PX{code}"


def clock_value(day: str, hour: int, minute: int) -> str:
    return f"{day}T{hour:02d}:{minute:02d}"


def expand_year(digits: str) -> int:
    """Two-digit years: 00-49 are this century, 50-99 the last."""
    if len(digits) == 4:
        return int(digits)
    short = int(digits)
    return 2000 + short if short < 50 else 1900 + short


def pick_numeric_reading(a: int, b: int, year: int, day_first: bool, anchor: date | None) -> date | None:
    """Read a/b as month/day (or day/month when day_first); when both readings
    are valid and there is an anchor, the one nearer the anchor wins, because a
    news story mostly dates things close to its own publication."""
    first = safe_date(year, b, a) if day_first else safe_date(year, a, b)
    second = safe_date(year, a, b) if day_first else safe_date(year, b, a)
    if first is None or second is None or anchor is None:
        return first or second
    return min((first, second), key=lambda d: abs((d - anchor).days))


def relative_value(unit: str, rel: str, anchor: date | None) -> tuple[str, str] | None:
    """ "this week" → 2021-W49, "last year" → 2020, "the past week" → P1W."""
    if rel in SPAN_RELATIONS:
        return "DURATION", duration_value(1, unit.replace("fiscal year", "year"))
    if anchor is None or rel not in OFFSETS:
        return None
    value = calendar_unit(unit, OFFSETS[rel], anchor)
    return ("DATE", value) if value else None


def calendar_unit(unit: str, offset: int, anchor: date) -> str | None:
    if unit == "week":
        return week_value(anchor + timedelta(weeks=offset))
    if unit == "weekend":
        return week_value(anchor + timedelta(weeks=offset)) + "-WE"
    if unit == "month":
        return month_value(*shift_month(anchor.year, anchor.month, offset))
    if unit in {"year", "fiscal year"}:
        return str(anchor.year + offset)
    if unit == "decade":
        return str(anchor.year // 10 + offset)
    if unit == "century":
        return f"{anchor.year // 100 + offset:02d}"
    if unit == "quarter":
        year, month = shift_month(anchor.year, anchor.month, 3 * offset)
        return f"{year}-Q{(month + 2) // 3}"
    return None
