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
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.store.queries import bound, page_clause

#: Counts an event may carry; an incident gives each as the representative's and as a range.
COUNTS = ("fatalities", "injured", "kidnapped", "arrested")

#: One row per event mention, with its actors and place folded in (an extractor may list an
#: actor or a place once per mention; the first row of each id stands for it).
MENTIONS_SQL = r"""
WITH act AS (
    SELECT article_id, actor_id, arg_min(name, pos) AS name, arg_min(code, pos) AS code,
           arg_min(country, pos) AS country, arg_min(sector, pos) AS sector
    FROM actors GROUP BY article_id, actor_id
), plc AS (
    SELECT article_id, place_id, arg_min(name, pos) AS name, arg_min(country, pos) AS country,
           arg_min(lat, pos) AS lat, arg_min(lon, pos) AS lon, arg_min(geonameid, pos) AS geonameid,
           arg_min(feature, pos) AS feature
    FROM places GROUP BY article_id, place_id
)
SELECT coalesce(e.incident, 'ev-' || e.article_id || '/' || e.event_id) AS incident,
       a.story, e.article_id, e.pos, e.event_id, e.type, e.mode, e.cameo, e.quad_class, e.goldstein,
       e.date, e.date_lo, e.date_hi, e.modality, e.confidence,
       e.fatalities, e.injured, e.kidnapped, e.arrested,
       s.name AS source_name, s.code AS source_code, s.country AS source_country,
       s.sector AS source_sector, e.source_text,
       t.name AS target_name, t.code AS target_code, t.country AS target_country,
       t.sector AS target_sector, e.target_text,
       p.name AS place, p.country AS place_country, p.lat AS place_lat, p.lon AS place_lon,
       p.geonameid AS place_geonameid, p.feature AS place_feature,
       e.evidence_text, e.evidence_start, a.title, a.url, a.published, a.processed_at,
       e.evidence_start < coalesce(nullif(strpos(a.text, chr(10) || chr(10)), 0), length(a.text) + 1) AS lead,
       nullif(regexp_extract(lower(a.url), '^[a-z][a-z0-9+.-]*://(?:www\.)?([^/:?#]+)', 1), '') AS outlet
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN act s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
LEFT JOIN act t ON t.article_id = e.article_id AND t.actor_id = e.target_actor
LEFT JOIN plc p ON p.article_id = e.article_id AND p.place_id = e.place_id
"""

#: The keys of an incident row, in display order.
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

INCIDENTS_SQL = f"""
WITH m AS ({MENTIONS_SQL}),
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
           min(published) AS first_seen, max(published) AS last_seen,
           arg_min(article_id, (published, article_id)) AS first_article,
           arg_min(url, (published, article_id)) AS first_url,
           string_agg(DISTINCT outlet, '; ' ORDER BY outlet) AS outlets,
           min(processed_at) AS first_added, bool_or(lead) AS in_lead,
       {_RANGES}
    FROM m GROUP BY incident
)
SELECT {", ".join(_SELECTED.get(k, k) for k in INCIDENT_COLUMNS)}
FROM ranked r JOIN counted c USING (incident)
WHERE r.rank = 1
"""

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


def incidents_query(
    f: IncidentFilter = IncidentFilter(), limit: int | None = None, offset: int = 0
) -> tuple[str, list[object]]:
    """The SQL of an incident listing (keys of a row: INCIDENT_COLUMNS), first seen first."""
    where, params = _where(f)
    sql = f"SELECT * FROM ({INCIDENTS_SQL})" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY first_seen NULLS LAST, coalesce(date_lo, first_seen) NULLS LAST, incident"
    page, more = page_clause(limit, offset)
    return sql + page, [*params, *more]


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
) -> tuple[str, list[object]]:
    """The SQL of a story listing: articles, copies, incidents, events, first and last dates and
    the title of the article that began it; the most reported first."""
    where: list[str] = []
    params: list[object] = []
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
