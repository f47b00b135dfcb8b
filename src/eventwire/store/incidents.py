"""Incidents and stories as a store holds them: one row per real-world event, one per story.

An incident is the set of event mentions that share ``events.incident`` (an event stored by an
older eventwire, without one, is an incident of its own).  Its row counts them as GDELT does:

- ``mentions``: event mentions in all articles (one article gives an incident one mention);
- ``articles``: distinct articles that mention it;
- ``sources``: distinct outlets, an outlet being the host of an article's URL (``www.`` off);
  an article without a URL counts as an outlet of its own (``outlets`` lists the hosts).

``in_lead`` says whether a mention stands in its article's first paragraph (GDELT's
IsRootEvent); ``first_added`` is when the first mention was stored.

Its type, actors, place, date and counts are those of one representative mention: the most
sure mention of the type most mentions give (then the earliest article), so that a row is one
coherent report rather than a mix of fields.  Where reports disagree the row also gives the
range: ``date_lo``..``date_hi`` over every mention's date, and ``fatalities_min``..``_max``
(likewise injured, kidnapped, arrested), so that 13 vs 14 killed reads 13..14.

This module is the one home of incident rows: they are grouped from the flat event rows
(``eventwire.store.queries.EVENT_ROWS``), which the library builds from the store's tables and
an HTTP server keeps in memory (``eventwire.serve.index``, with the incident rows beside them),
so that ``eventwire incidents``, exports, series, alerts and ``/v1/incidents`` count alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from eventwire.errors import UsageError
from eventwire.model import CASUALTY_FIELDS
from eventwire.store.queries import EVENT_ROWS, EventFilter, bound, event_source, page_clause, where_clause

#: Counts an event may carry; an incident gives each as the representative's and as a range.
COUNTS = CASUALTY_FIELDS

#: The incident an event row reports: its own, or, for an event stored without one (by an older
#: eventwire, or written without assigning), an incident of its own.
INCIDENT_KEY = "coalesce(incident, 'ev-' || article_id || '/' || event_id)"

#: The table of incident rows (INCIDENT_ROWS) that a server keeps beside its event rows ``ev``.
INCIDENT_TABLE = "inc"

#: The keys of a mention row (one per event, with its actors, place and article), in order, and
#: how each is read from the flat event rows (eventwire.store.queries.EVENT_ROWS) where it differs.
MENTION_COLUMNS = (
    "incident", "story", "article_id", "pos", "event_id", "type", "mode", "cameo", "quad_class",
    "goldstein", "date", "date_lo", "date_hi", "modality", "confidence", *COUNTS,
    "source_name", "source_code", "source_country", "source_sector", "source_text",
    "target_name", "target_code", "target_country", "target_sector", "target_text",
    "place", "place_country", "place_lat", "place_lon", "place_geonameid", "place_feature",
    "evidence_text", "evidence_start", "title", "url", "published", "processed_at", "lead", "outlet",
)  # fmt: skip
_FROM_EVENT_ROWS = {
    "incident": INCIDENT_KEY,
    "place_lat": "lat",
    "place_lon": "lon",
    "published": "published_day",
}
_MENTIONS = (
    "SELECT "
    + ", ".join(f"{_FROM_EVENT_ROWS[c]} AS {c}" if c in _FROM_EVENT_ROWS else c for c in MENTION_COLUMNS)
    + " FROM ev"
)

#: One row per event mention of a store (keys: MENTION_COLUMNS).
MENTIONS_SQL = f"WITH ev AS ({EVENT_ROWS})\n{_MENTIONS}"

#: The keys of an incident row, in display order.  ``first_day``..``last_day`` are the days its
#: reports span (an undated report on the day it was published); ``article_id`` and ``event_id``
#: name the representative mention.
INCIDENT_COLUMNS = (
    "incident",
    "story",
    "type",
    "mode",
    "cameo",
    "quad_class",
    "goldstein",
    "modality",
    "confidence",
    "date",
    "date_lo",
    "date_hi",
    "day",
    "first_day",
    "last_day",
    "source_name",
    "source_code",
    "source_country",
    "source_sector",
    "source_text",
    "target_name",
    "target_code",
    "target_country",
    "target_sector",
    "target_text",
    "place",
    "place_country",
    "place_lat",
    "place_lon",
    "place_geonameid",
    "place_feature",
    *COUNTS,
    *(f"{count}_{end}" for count in COUNTS for end in ("min", "max")),
    "mentions",
    "articles",
    "sources",
    "first_seen",
    "last_seen",
    "outlets",
    "first_article",
    "first_url",
    "first_added",
    "in_lead",
    "article_id",
    "event_id",
    "evidence_text",
)

# The one day an incident is counted on (series, alerts, exports): its representative's date when
# that names a day; else the day of that report when it falls inside the date ("this month");
# else the first day of the date ("March 2003"); undated, the day of that report.
_DAY = """CASE WHEN r.date_lo = r.date_hi THEN r.date_lo
            WHEN r.published BETWEEN r.date_lo AND r.date_hi THEN r.published
            ELSE coalesce(r.date_lo, r.published) END AS day"""
_SELECTED = {"date_lo": "c.date_lo", "date_hi": "c.date_hi", "day": _DAY}

_RANGES = ",\n       ".join(f"min({c}) AS {c}_min, max({c}) AS {c}_max" for c in COUNTS)

# The steps from event rows (``ev``) to incident rows, as CTEs: mentions, the type most of them
# give, each incident's mentions ranked (the first stands for it), and its counts over all.
_GROUPING = f"""m AS ({_MENTIONS}),
typed AS (
    SELECT incident, type, count(*) AS n, max(confidence) AS sure FROM m GROUP BY incident, type
), best AS (
    SELECT incident, arg_max(type, (n, sure, type)) AS type FROM typed GROUP BY incident
), ranked AS (
    SELECT m.*, row_number() OVER (
        PARTITION BY m.incident
        ORDER BY (m.type = b.type) DESC, m.confidence DESC, m.published NULLS LAST, m.article_id, m.pos
    ) AS rank
    FROM m JOIN best b USING (incident)
), counted AS (
    SELECT incident, count(*) AS mentions, count(DISTINCT article_id) AS articles,
           count(DISTINCT coalesce(outlet, 'article:' || article_id)) AS sources,
           min(date_lo) AS date_lo, max(date_hi) AS date_hi,
           min(coalesce(date_lo, published)) AS first_day, max(coalesce(date_hi, published)) AS last_day,
           min(published) AS first_seen, max(published) AS last_seen,
           arg_min(article_id, (published, article_id)) AS first_article,
           arg_min(url, (published, article_id)) AS first_url,
           string_agg(DISTINCT outlet, '; ' ORDER BY outlet) AS outlets,
           min(processed_at) AS first_added, bool_or(lead) AS in_lead,
       {_RANGES}
    FROM m GROUP BY incident
)"""
_GROUPED = f"""SELECT {", ".join(_SELECTED.get(k, k) for k in INCIDENT_COLUMNS)}
FROM ranked r JOIN counted c USING (incident)
WHERE r.rank = 1"""

#: One row per incident (keys: INCIDENT_COLUMNS) from a table ``ev`` of flat event rows: what a
#: server keeps as INCIDENT_TABLE.
INCIDENT_ROWS = f"WITH {_GROUPING}\n{_GROUPED}"

#: One row per incident of a store (keys: INCIDENT_COLUMNS).
INCIDENTS_SQL = f"WITH ev AS ({EVENT_ROWS}),\n{_GROUPING}\n{_GROUPED}"

#: Orders of an incident listing: first seen first (the command line's), or the latest first.
IncidentOrder = Literal["oldest", "newest"]
_ORDERS: dict[str, str] = {
    "oldest": " ORDER BY first_seen NULLS LAST, coalesce(date_lo, first_seen) NULLS LAST, incident",
    "newest": " ORDER BY last_day DESC NULLS LAST, incident",
}


def incident_source(table: str | None) -> str:
    """The start of a question over ``inc`` (incident rows) and ``ev`` (event rows): CTEs built
    from the store's tables, or nothing when ``table`` is ``ev``: a server's table of event rows,
    beside which it keeps the incident rows as the table ``inc``."""
    if table is None:
        return f"WITH ev AS ({EVENT_ROWS}),\n{_GROUPING},\n{INCIDENT_TABLE} AS ({_GROUPED})\n"
    return event_source(table)


STORIES_SQL = """
WITH ev AS (
    SELECT a.story, count(*) AS events,
           count(DISTINCT coalesce(e.incident, 'ev-' || e.article_id || '/' || e.event_id)) AS incidents
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE a.story IS NOT NULL GROUP BY a.story
)
SELECT a.story, count(*) AS articles, count(a.duplicate_of) AS copies,
       coalesce(any_value(ev.incidents), 0) AS incidents, coalesce(any_value(ev.events), 0) AS events,
       min(a.published) AS first_published, max(a.published) AS last_published,
       arg_min(a.id, (coalesce(k.seq, 9223372036854775807), a.id)) AS first_article,
       arg_min(a.title, (coalesce(k.seq, 9223372036854775807), a.id)) AS title,
       arg_min(a.url, (coalesce(k.seq, 9223372036854775807), a.id)) AS url
FROM articles a
LEFT JOIN story_keys k ON k.article_id = a.id
LEFT JOIN ev ON ev.story = a.story
WHERE a.story IS NOT NULL
GROUP BY a.story
"""

#: The keys of a story row, in display order.
STORY_COLUMNS = (
    "story", "articles", "copies", "incidents", "events", "first_published", "last_published",
    "first_article", "title", "url",
)  # fmt: skip


@dataclass(frozen=True)
class IncidentFilter:
    """What an incident listing keeps (every field given must hold)."""

    type: str | None = None
    actor: str | None = None  # part of a source or target name or code
    country: str | None = None  # ISO alpha-3 of the source, the target or the place
    since: str | None = None  # YYYY[-MM[-DD]]: the incident's date range starts on or after it
    until: str | None = None
    story: str | None = None
    min_mentions: int | None = None


def _where(f: IncidentFilter) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if f.type:
        where.append("type = ?")
        params.append(f.type.strip().upper())
    if f.actor:
        where.append(
            "contains(lower(concat_ws(chr(31), source_name, source_code, target_name, target_code)), ?)"
        )
        params.append(f.actor.strip().lower())
    if f.country:
        where.append("(source_country = ? OR target_country = ? OR place_country = ?)")
        params += [f.country.strip().upper()] * 3
    if f.since:
        where.append("coalesce(date_lo, first_seen) >= ?")
        params.append(bound(f.since, "since")[0])
    if f.until:
        where.append("coalesce(date_hi, first_seen) <= ?")
        params.append(bound(f.until, "until")[1])
    if f.story:
        where.append("story = ?")
        params.append(f.story)
    if f.min_mentions is not None:
        where.append("mentions >= ?")
        params.append(f.min_mentions)
    return where, params


def _kept(f: IncidentFilter, reports: EventFilter | None) -> tuple[str, list[object]]:
    """`` WHERE`` over incident rows: ``f`` on each incident as a whole, and ``reports`` (the
    filters of event listings) keeping the incidents one of whose mentions passes it."""
    where, params = _where(f)
    if reports is not None:
        chosen, more = where_clause(reports)
        if chosen:
            where.append(f"incident IN (SELECT {INCIDENT_KEY} FROM ev{chosen})")
            params += more
    return (" WHERE " + " AND ".join(where) if where else ""), params


def kept_incidents(
    f: IncidentFilter = IncidentFilter(), reports: EventFilter | None = None, table: str | None = None
) -> tuple[str, list[object]]:
    """The SQL of the incident rows a listing keeps, in no order (keys of a row: INCIDENT_COLUMNS);
    ``reports``: see ``_kept``; ``table="ev"``: read a server's tables (see ``incident_source``)."""
    where, params = _kept(f, reports)
    return f"{incident_source(table)}SELECT * FROM {INCIDENT_TABLE}{where}", params


def incidents_query(
    f: IncidentFilter = IncidentFilter(),
    limit: int | None = None,
    offset: int = 0,
    *,
    reports: EventFilter | None = None,
    order: IncidentOrder = "oldest",
    table: str | None = None,
) -> tuple[str, list[object]]:
    """The SQL of an incident listing (keys of a row: INCIDENT_COLUMNS), first seen first, or
    with ``order="newest"`` the latest first."""
    if order not in _ORDERS:
        raise UsageError(f"--order: must be one of {', '.join(_ORDERS)}, not {order!r}", "order")
    sql, params = kept_incidents(f, reports, table)
    page, more = page_clause(limit, offset)
    return f"{sql}{_ORDERS[order]}{page}", params + more


def incidents_count_query(
    f: IncidentFilter = IncidentFilter(), *, reports: EventFilter | None = None, table: str | None = None
) -> tuple[str, list[object]]:
    """The SQL counting the incidents a listing keeps (one row, key ``n``)."""
    where, params = _kept(f, reports)
    return f"{incident_source(table)}SELECT count(*) AS n FROM {INCIDENT_TABLE}{where}", params


def mentions_query(incident: str) -> tuple[str, list[object]]:
    """The SQL of one incident's mentions, article by article."""
    sql = f"SELECT * FROM ({MENTIONS_SQL}) WHERE incident = ? ORDER BY published NULLS LAST, article_id, pos"
    return sql, [incident]


def stories_query(
    since: str | None = None,
    until: str | None = None,
    min_articles: int | None = None,
    limit: int | None = None,
    offset: int = 0,
    story: str | None = None,
) -> tuple[str, list[object]]:
    """The SQL of a story listing: articles, copies, incidents, events, first and last dates and
    the title of the article that began it; the most reported first (``story``: that one only)."""
    where: list[str] = []
    params: list[object] = []
    if story is not None:
        where.append("story = ?")
        params.append(story)
    if since:
        where.append("last_published >= ?")
        params.append(bound(since, "since")[0])
    if until:
        where.append("first_published <= ?")
        params.append(bound(until, "until")[1])
    if min_articles is not None:
        where.append("articles >= ?")
        params.append(min_articles)
    sql = f"SELECT * FROM ({STORIES_SQL})" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY articles DESC, first_published NULLS LAST, story"
    page, more = page_clause(limit, offset)
    return sql + page, [*params, *more]
