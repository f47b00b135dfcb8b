"""Series and alerts over incidents: counts by country, actor or dyad and by day, week or month.

Everything is counted by incident (``eventwire.store.incidents``), never by mention, so that a
bombing twelve outlets report counts once.  An incident falls on its ``day``, and is keyed by

- ``country``: where it happened, the place's country, else the target's, else the source's;
- ``actor``: its source and its target (an incident counts once under each), by code, else name;
- ``dyad``: source -> target, by code, else name (``?`` for a side nobody named);
- ``type``: its PLOVER type; ``quad_class``: its QuadClass (1-4).

A series row: ``period`` (the first day of the day, ISO week or month), ``key``, ``incidents``,
``mentions`` (their sum), ``goldstein`` (the sum of the incidents' Goldstein scores) and the
QuadClass mix ``q1`` .. ``q4`` (verbal and material cooperation, verbal and material conflict).

An alert flags a period whose count of material conflict (QuadClass 4) for a country or dyad
stands out from the same key's own preceding periods: the robust score
``(count - median) / (1.4826 x MAD)`` over the ``alerts.history`` periods before it (periods
without incidents count as zero; the scale is never below one incident, so that a quiet
history does not make every small count a spike) reaches ``alerts.threshold`` and the count is
at least ``alerts.min_incidents``.  Only periods with a whole history in the store are judged.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal, get_args

from eventwire.config import AlertsSettings
from eventwire.errors import UsageError
from eventwire.store.incidents import IncidentFilter, kept_incidents
from eventwire.store.queries import EventFilter, Fetcher

Period = Literal["day", "week", "month"]
By = Literal["country", "actor", "dyad", "type", "quad_class"]
#: What alerts may be keyed by: a place or a pair of actors, whose history means something.
AlertBy = Literal["country", "dyad"]

SERIES_COLUMNS = ("period", "key", "incidents", "mentions", "goldstein", "q1", "q2", "q3", "q4")

_SIDE = "coalesce(nullif({side}_code, ''), nullif({side}_name, ''), nullif({side}_text, ''))"
_KEYS = {
    "country": ["coalesce(place_country, target_country, source_country)"],
    "actor": [_SIDE.format(side="source"), _SIDE.format(side="target")],
    "dyad": [
        " || ' -> ' || ".join(f"coalesce({_SIDE.format(side=side)}, '?')" for side in ("source", "target"))
    ],
    "type": ["type"],
    "quad_class": ["CAST(quad_class AS VARCHAR)"],
}
#: No filter: every incident.
EVERY = IncidentFilter()
_DEFAULT_ALERTS = AlertsSettings()


def _checked(by: str, period: str, allowed: tuple[str, ...] = get_args(By)) -> None:
    if by not in allowed:
        raise UsageError(f"--by: must be one of {', '.join(allowed)}, not {by!r}", "by")
    if period not in get_args(Period):
        raise UsageError(f"--period: must be one of {', '.join(get_args(Period))}, not {period!r}", "period")


def _keyed(by: By, period: Period, kept: tuple[str, list[object]]) -> tuple[str, list[object]]:
    """One row per kept incident and key: ``period``, ``key`` and the incident's own columns."""
    _checked(by, period)
    sql, params = kept
    keyed = " UNION ".join(f"SELECT *, {expr} AS key FROM i" for expr in _KEYS[by])  # once per key
    return (
        f"WITH i AS ({sql}), k AS ({keyed})"
        f" SELECT date_trunc('{period}', day)::DATE AS period, * FROM k"
        " WHERE key IS NOT NULL AND day IS NOT NULL",
        params,
    )


def series_query(
    by: By,
    period: Period,
    f: IncidentFilter = EVERY,
    reports: EventFilter | None = None,
    table: str | None = None,
) -> tuple[str, list[object]]:
    """The SQL of a series (keys of a row: SERIES_COLUMNS), by period, then most incidents first.

    ``reports`` keeps the incidents one of whose mentions passes the filters of event listings;
    ``table="ev"`` reads a server's tables (``eventwire.store.incidents.incident_source``)."""
    sql, params = _keyed(by, period, kept_incidents(f, reports, table))
    quads = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))
    return (
        f"SELECT period, key, count(*) AS incidents, sum(mentions) AS mentions,"
        f" round(coalesce(sum(goldstein), 0), 2) AS goldstein, {quads}"
        f" FROM ({sql}) GROUP BY period, key ORDER BY period, incidents DESC, key",
        params,
    )


def series(
    store: Fetcher, by: By = "country", period: Period = "week", f: IncidentFilter = EVERY
) -> list[dict[str, Any]]:
    """Counts of incidents, Goldstein sums and QuadClass mix per key and period."""
    return store.fetch(*series_query(by, period, f))


@dataclass(frozen=True)
class Alert:
    """One spike: a key's material conflict in one period against its own history."""

    key: str
    period: date
    count: int
    median: float
    mad: float
    score: float
    incidents: tuple[str, ...]

    def as_row(self) -> dict[str, Any]:
        return {**self.__dict__, "incidents": list(self.incidents)}


def alerts(
    store: Fetcher,
    by: AlertBy = "country",
    period: Period = "week",
    settings: AlertsSettings = _DEFAULT_ALERTS,
    f: IncidentFilter = EVERY,
    reports: EventFilter | None = None,
    table: str | None = None,
) -> list[Alert]:
    """Periods whose material conflict spikes against the key's own history, latest first
    (``reports`` and ``table`` as for ``series_query``)."""
    _checked(by, period, get_args(AlertBy))
    sql, params = _keyed(by, period, kept_incidents(f, reports, table))
    first, counted = _conflict_counts(store, sql, params)
    if not counted:
        return []
    calendar = periods(first, max(p for _, p in counted), period)
    spikes = []
    for key in sorted({k for k, _ in counted}):
        counts = [counted.get((key, p), 0) for p in calendar]
        for t in range(settings.history, len(calendar)):
            if counts[t] < settings.min_incidents:
                continue  # too few to raise an alert, whatever the history (the common case)
            judged = _judge(counts[t - settings.history : t], counts[t], settings)
            if judged is not None:
                spikes.append((key, calendar[t], counts[t], *judged))
    behind = _incidents_behind(store, sql, params, [(key, day) for key, day, *_ in spikes])
    out = [Alert(*spike, behind[spike[0], spike[1]]) for spike in spikes]
    return sorted(out, key=lambda a: (a.period, a.score, a.key), reverse=True)


def _conflict_counts(
    store: Fetcher, sql: str, params: list[object]
) -> tuple[date, dict[tuple[str, date], int]]:
    """The first period of any incident (where the history begins), and the count of material
    conflict per key and period that has any (the grouping set () gives the first period)."""
    rows = store.fetch(
        "SELECT key, period, count(*) FILTER (WHERE quad_class = 4) AS n, min(period) AS first"
        f" FROM ({sql}) GROUP BY GROUPING SETS ((key, period), ())",
        params,
    )
    first = next(r["first"] for r in rows if r["key"] is None)
    return first, {(r["key"], r["period"]): r["n"] for r in rows if r["key"] is not None and r["n"]}


def _incidents_behind(
    store: Fetcher, sql: str, params: list[object], pairs: list[tuple[str, date]]
) -> dict[tuple[str, date], tuple[str, ...]]:
    """The incidents of material conflict of each (key, period) pair, sorted."""
    if not pairs:
        return {}
    rows = store.fetch(
        f"SELECT key, period, list(incident ORDER BY incident) AS incidents FROM ({sql})"
        " JOIN (SELECT unnest(?::VARCHAR[]) AS key, unnest(?::DATE[]) AS period) USING (key, period)"
        " WHERE quad_class = 4 GROUP BY key, period",
        [*params, [k for k, _ in pairs], [p for _, p in pairs]],
    )
    return {(r["key"], r["period"]): tuple(r["incidents"]) for r in rows}


def _judge(history: list[int], count: int, settings: AlertsSettings) -> tuple[float, float, float] | None:
    """(median, MAD, score) when ``count`` is a spike against ``history``, else None."""
    if count < settings.min_incidents:
        return None
    median = statistics.median(history)
    mad = statistics.median(abs(x - median) for x in history)
    score = (count - median) / max(1.4826 * mad, 1.0)
    return (median, mad, round(score, 2)) if score >= settings.threshold else None


def periods(first: date, last: date, period: Period) -> list[date]:
    """Every period start from ``first`` to ``last`` (both period starts)."""
    out = [first]
    while out[-1] < last:
        out.append(_next(out[-1], period))
    return out


def _next(start: date, period: Period) -> date:
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)
