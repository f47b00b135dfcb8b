"""Incidents listed from their reports: the flat event rows grouped by the incident they report.

This is how the HTTP API lists incidents fast, from the event rows a server keeps in memory
(:mod:`eventwire.serve.index`) with every filter of event listings.

An incident is one real-world event however many articles report it; each stored event (a
mention) names its incident once eventwire assigns them (``events.incident``).  A listing keeps
the incidents one of whose mentions passes the filter, and describes each from all its
mentions: the most reported type, parties and place, the days they span, how many mentions,
articles and outlets (hosts of the articles' URLs; an article without one is its own) report
it, and the range of the fatalities they give (13 vs 14 killed), with the most confident
mention as its evidence.  Mentions, articles
and sources (outlets) are counted as ``eventwire.store.incidents`` counts them, GDELT's way.
These questions need an ``incident`` column among the flat rows (see :func:`has_incidents`).
"""

from __future__ import annotations

from eventwire.store.queries import EventFilter, event_source, page_clause, where_clause

#: The keys of every row ``incidents_query`` returns, in display order.
INCIDENT_COLUMNS = (
    "incident",
    "type",
    "quad_class",
    "first_day",
    "last_day",
    "source",
    "target",
    "place",
    "place_country",
    "lat",
    "lon",
    "mentions",
    "articles",
    "sources",
    "fatalities_min",
    "fatalities_max",
    "goldstein",
    "article_id",
    "event_id",
    "evidence_text",
)

#: The incident an event row reports: its own, or, for an event stored without one (by an older
#: eventwire), an incident of its own (as eventwire.store.incidents counts them).
INCIDENT_KEY = "coalesce(incident, 'ev-' || article_id || '/' || event_id)"

#: An outlet counted once however many of its articles report an incident; an article without a
#: URL counts as an outlet of its own.
_OUTLET = "coalesce(outlet, 'article:' || article_id)"

_GROUPED = f"""
SELECT {INCIDENT_KEY} AS incident, mode(type) AS type, mode(quad_class) AS quad_class,
       min(day_lo) AS first_day, max(day_hi) AS last_day,
       mode(coalesce(source_code, source_name)) AS source, mode(coalesce(target_code, target_name)) AS target,
       mode(place) AS place, mode(place_country) AS place_country,
       arg_max(lat, confidence) FILTER (WHERE lat IS NOT NULL) AS lat,
       arg_max(lon, confidence) FILTER (WHERE lat IS NOT NULL) AS lon,
       count(*) AS mentions, count(DISTINCT article_id) AS articles, count(DISTINCT {_OUTLET}) AS sources,
       min(fatalities) AS fatalities_min, max(fatalities) AS fatalities_max,
       round(avg(goldstein), 2) AS goldstein,
       arg_max(article_id, confidence) AS article_id, arg_max(event_id, confidence) AS event_id,
       arg_max(evidence_text, confidence) AS evidence_text
FROM ev
"""


def _kept(f: EventFilter) -> tuple[str, list[object]]:
    """`` WHERE`` keeping the mentions of incidents one of whose mentions passes the filter."""
    where, params = where_clause(f)
    if not where:
        return "", params
    return f" WHERE {INCIDENT_KEY} IN (SELECT {INCIDENT_KEY} FROM ev{where})", params


def incidents_query(
    f: EventFilter, limit: int | None = None, offset: int = 0, table: str | None = None
) -> tuple[str, list[object]]:
    """The SQL listing incidents, the latest first (keys of a row: INCIDENT_COLUMNS)."""
    where, params = _kept(f)
    page, page_params = page_clause(limit, offset)
    sql = (
        f"{event_source(table)}{_GROUPED}{where} GROUP BY {INCIDENT_KEY}"
        f" ORDER BY last_day DESC NULLS LAST, incident{page}"
    )
    return sql, params + page_params


def incidents_count_query(f: EventFilter, table: str | None = None) -> tuple[str, list[object]]:
    """The SQL counting the incidents a filter keeps (one row, key ``n``)."""
    where, params = where_clause(f)
    return f"{event_source(table)}SELECT count(DISTINCT {INCIDENT_KEY}) AS n FROM ev{where}", params


def has_incidents(columns: set[str]) -> bool:
    """Whether flat event rows with these columns can answer incident questions."""
    return "incident" in columns
