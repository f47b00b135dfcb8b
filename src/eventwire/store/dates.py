"""Partial ISO dates ("2020", "2020-03", "2020-03-14") as day ranges.

Event dates in the contract may be a year or a month.  To compare them with a
query's bounds sensibly, a partial date stands for every day it can mean:
"2020" is 2020-01-01..2020-12-31.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_bounds(value: str | None) -> tuple[date, date] | None:
    """The first and last day ``value`` can mean, or None when it is not a (partial) ISO date."""
    match = _PARTIAL_DATE.fullmatch(value.strip()) if value else None
    if match is None:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None  # the pattern always captures the year
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        exact = date(year, month, day)
    except ValueError:  # month 13, day 31 of a short month, year 0
        return None
    return exact, exact


def full_date(value: str | None) -> date | None:
    """``value`` as a date when it names exactly one day (the ``published`` column)."""
    bounds = date_bounds(value)
    if bounds is None or bounds[0] != bounds[1]:
        return None
    return bounds[0]
