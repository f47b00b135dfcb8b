"""Calendar arithmetic against an anchor date, and TIMEX3 value formatting."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "future", "none"]


def parse_anchor(published: str | None) -> date | None:
    """The publication date as a date; None when absent or not YYYY-MM-DD."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def day_value(day: date) -> str:
    return day.isoformat()


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_date(anchor: date, weekday: int, relation: str, tense: Tense) -> date:
    """The date of an ISO weekday (1 = Monday) named relative to the anchor.

    "last" is the nearest such day before the anchor, "next" the nearest after;
    otherwise the tense decides: a past-tense report means the most recent one
    (the anchor itself included: "said Thursday" in a Thursday paper), a future
    one the coming one, and without a tense the nearest within three days.
    """
    diff = weekday - anchor.isoweekday()  # -6..6
    back = diff if diff <= 0 else diff - 7  # 0..-6: on or before
    ahead = diff if diff >= 0 else diff + 7  # 0..6: on or after
    if relation in {"last", "past", "previous"}:
        return anchor + timedelta(days=back if back < 0 else -7)
    if relation in {"next", "coming"}:
        return anchor + timedelta(days=ahead if ahead > 0 else 7)
    if tense == "past":
        return anchor + timedelta(days=back)
    if tense == "future":
        return anchor + timedelta(days=ahead)
    return anchor + timedelta(days=back if -back <= ahead else ahead)


def month_year(anchor: date, month: int, relation: str, tense: Tense) -> int:
    """The year of a month named without one ("in July", "last May")."""
    if relation in {"last", "past", "previous"}:
        return anchor.year if month < anchor.month else anchor.year - 1
    if relation in {"next", "coming"}:
        return anchor.year if month > anchor.month else anchor.year + 1
    if relation == "this":
        return anchor.year
    if tense == "past":
        return anchor.year if month <= anchor.month else anchor.year - 1
    if tense == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    return nearest_year(anchor, month, 15)


def day_year(anchor: date, month: int, day: int, tense: Tense) -> int:
    """The year of a month-day named without one ("Dec. 31"), by tense, else the nearest."""
    this_year = safe_date(anchor.year, month, day)
    if this_year is None:
        return anchor.year
    if tense == "past":
        return anchor.year if this_year <= anchor else anchor.year - 1
    if tense == "future":
        return anchor.year if this_year >= anchor else anchor.year + 1
    return nearest_year(anchor, month, day)


def nearest_year(anchor: date, month: int, day: int) -> int:
    candidates = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if safe_date(y, month, day)]
    return min(candidates, key=lambda y: abs((safe_date(y, month, day) or anchor) - anchor).days)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def season_year(anchor: date, months: tuple[int, int], relation: str, tense: Tense) -> int:
    """The year of a season: "last summer" is the latest summer already over (or under way)."""
    first, last = months
    started = anchor.month >= first or (last > 12 and anchor.month <= last - 12)
    over = anchor.month > last if last <= 12 else False
    if relation in {"last", "past", "previous"}:
        return anchor.year if over else anchor.year - 1
    if relation in {"next", "coming"}:
        return anchor.year if not started else anchor.year + 1
    if relation == "this" or tense == "none":
        return anchor.year
    if tense == "past":
        return anchor.year if started else anchor.year - 1
    return anchor.year if not over else anchor.year + 1
