"""Counts of the events a filter keeps: over time by QuadClass, by place, by dyad, by type.

What a dashboard draws is counted in DuckDB, never by shipping events to the page.  Every
question reads the flat event rows (``ev``: :data:`eventwire.store.queries.EVENT_ROWS`), built
from the store's tables or kept as a table by a server; filters are those of event listings, and
nothing a user types is formatted into SQL (intervals and limits are looked up or bound).
"""

from __future__ import annotations

from eventwire.errors import UsageError
from eventwire.store.incidents import INCIDENT_KEY
from eventwire.store.queries import EventFilter, event_source, where_clause

#: The periods a timeline counts by: each a fixed SQL expression over the event's day.
INTERVALS = {
    "day": "day_lo",
    "week": "date_trunc('week', day_lo)",
    "month": "date_trunc('month', day_lo)",
    "year": "date_trunc('year', day_lo)",
}

# Events are counted once where they are reported, not again where a later mention names them
# (refers_to).  Each count also says how many incidents its events report (an incident whose reports give
# different days or places counts once in each period or place it is in).
_MEASURES = (
    "count(*) FILTER (WHERE refers_to IS NULL) AS events, sum(fatalities) AS fatalities,"
    f" count(DISTINCT {INCIDENT_KEY}) AS incidents"
)


def _limited(limit: int, name: str = "limit") -> list[object]:
    if limit < 1:
        raise UsageError(f"--{name}: must be 1 or more, not {limit}", name)
    return [limit]


def _where(f: EventFilter, extra: str) -> tuple[str, list[object]]:
    where, params = where_clause(f)
    return (f"{where} AND {extra}" if where else f" WHERE {extra}"), params


def timeline_query(
    f: EventFilter, interval: str = "month", table: str | None = None
) -> tuple[str, list[object]]:
    """Events per period and QuadClass (rows: period, quad_class, events, fatalities,
    incidents), oldest first."""
    if interval not in INTERVALS:
        raise UsageError(f"--interval: must be one of {', '.join(INTERVALS)}, not {interval!r}", "interval")
    where, params = _where(f, "day_lo IS NOT NULL")
    period = INTERVALS[interval]
    sql = (
        f"{event_source(table)}SELECT CAST({period} AS DATE) AS period, quad_class, {_MEASURES}"
        f" FROM ev{where} GROUP BY ALL ORDER BY period, quad_class NULLS LAST"
    )
    return sql, params


def places_query(f: EventFilter, limit: int = 500, table: str | None = None) -> tuple[str, list[object]]:
    """Events per geocoded place (rows: place, place_country, lat, lon, events,
    fatalities, incidents), most first."""
    where, params = _where(f, "lat IS NOT NULL AND lon IS NOT NULL")
    sql = (
        f"{event_source(table)}SELECT place, place_country, lat, lon, {_MEASURES}"
        f" FROM ev{where} GROUP BY ALL ORDER BY events DESC, place LIMIT ?"
    )
    return sql, params + _limited(limit)


def dyads_query(f: EventFilter, limit: int = 100, table: str | None = None) -> tuple[str, list[object]]:
    """Events per (source, target) pair of actor codes, else names (rows: source, target, events,
    fatalities, incidents, goldstein: the mean score), most first."""
    where, params = _where(
        f, "coalesce(source_code, source_name) IS NOT NULL AND coalesce(target_code, target_name) IS NOT NULL"
    )
    sql = (
        f"{event_source(table)}SELECT coalesce(source_code, source_name) AS source,"
        f" coalesce(target_code, target_name) AS target, {_MEASURES},"
        " round(avg(goldstein), 2) AS goldstein"
        f" FROM ev{where} GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?"
    )
    return sql, params + _limited(limit)


def types_query(f: EventFilter, table: str | None = None) -> tuple[str, list[object]]:
    """Events per PLOVER type and QuadClass (rows: type, quad_class, events, fatalities,
    incidents), most first."""
    where, params = where_clause(f)
    sql = (
        f"{event_source(table)}SELECT type, quad_class, {_MEASURES}"
        f" FROM ev{where} GROUP BY ALL ORDER BY events DESC, type"
    )
    return sql, params
