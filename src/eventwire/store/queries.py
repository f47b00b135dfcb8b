"""Questions asked of a store: event listings with filters, and a corpus summary.

Filters are fixed SQL fragments with bound parameters; nothing a user types is
formatted into SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import pycountry

from eventwire.errors import UsageError
from eventwire.ontology import plover_types
from eventwire.store.dates import date_bounds


class Fetcher(Protocol):
    """What a question needs of a store: rows of bound SQL (a Store, or a reader on its own cursor)."""

    def fetch(self, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]: ...


#: Country codes that CAMEO and the actor dictionaries use beside ISO 3166 (Kosovo).
NON_ISO_COUNTRIES = frozenset({"XKX", "KSV"})

#: The keys of every row ``query_events`` returns, in display order.
EVENT_COLUMNS = (
    "article_id",
    "title",
    "published",
    "event_id",
    "type",
    "mode",
    "cameo",
    "quad_class",
    "goldstein",
    "date",
    "source_name",
    "source_code",
    "source_country",
    "source_text",
    "target_name",
    "target_code",
    "target_country",
    "target_text",
    "place",
    "place_country",
    "lat",
    "lon",
    "fatalities",
    "injured",
    "kidnapped",
    "arrested",
    "modality",
    "confidence",
    "evidence_start",
    "evidence_end",
    "evidence_text",
)

# Actors and places are folded to one row per id first: an extractor may list
# the same place id once per mention, which must not repeat the event.
_FOLDED = """
WITH act AS (
    SELECT article_id, actor_id, arg_min(name, pos) AS name, arg_min(code, pos) AS code,
           arg_min(country, pos) AS country, arg_min(sector, pos) AS sector
    FROM actors GROUP BY article_id, actor_id
), plc AS (
    SELECT article_id, place_id, arg_min(name, pos) AS name, arg_min(country, pos) AS country,
           arg_min(lat, pos) AS lat, arg_min(lon, pos) AS lon, arg_min(geonameid, pos) AS geonameid,
           arg_min(feature, pos) AS feature
    FROM places GROUP BY article_id, place_id
    UNION ALL  -- the dateline's place, where an event whose clause names no place is put (id 'dl')
    SELECT id, dateline_place ->> '$.id', dateline_place ->> '$.name', dateline_place ->> '$.country',
           CAST(dateline_place ->> '$.lat' AS DOUBLE), CAST(dateline_place ->> '$.lon' AS DOUBLE),
           CAST(dateline_place ->> '$.geonameid' AS BIGINT), dateline_place ->> '$.feature'
    FROM articles WHERE dateline_place IS NOT NULL
), jnt AS (
    -- the actors coordinated with an event's source or target ("China, Iran and Russia pledged"),
    -- so that the actor filter finds the event under each of them
    SELECT e.article_id, e.event_id, string_agg(lower(concat_ws(chr(31), j.name, j.code)), chr(31)) AS text
    FROM events e,
         unnest(coalesce(from_json(e.source_joint, '["VARCHAR"]'), []::VARCHAR[])
                || coalesce(from_json(e.target_joint, '["VARCHAR"]'), []::VARCHAR[])) AS u(actor_id)
    JOIN act j ON j.article_id = e.article_id AND j.actor_id = u.actor_id
    GROUP BY e.article_id, e.event_id
)
"""

# pos, published_day, day_lo and day_hi are helpers for ordering and date filters: the day an
# event counts on is its own date's first day, else its article's publication date.  outlet is
# the host of the article's URL (www. dropped), by which reports from one outlet are counted once;
# lead says whether the evidence begins in the article's first paragraph.  The *_text columns are
# what the actor, place and word filters search, lower-cased once (so a server's table of these
# rows searches in a few milliseconds); chr(31) (the unit separator) keeps a search from matching
# across two fields.  incident, story and duplicate_of are what eventwire assigns (NULL in rows
# stored without them); every store of schema 4 has their columns.  refers_to (schema 6) marks a
# mention that only names an earlier event of its article again: counts of events leave it out.
_EVENT_ROWS_SELECT = r"""
SELECT e.article_id, a.title, a.published_text AS published, e.event_id, e.type, e.mode, e.cameo,
       e.quad_class, e.goldstein, e.date,
       s.name AS source_name, s.code AS source_code, s.country AS source_country, e.source_text,
       t.name AS target_name, t.code AS target_code, t.country AS target_country, e.target_text,
       p.name AS place, p.country AS place_country, p.lat, p.lon,
       e.fatalities, e.injured, e.kidnapped, e.arrested, e.modality, e.confidence,
       e.evidence_start, e.evidence_end, e.evidence_text,
       e.pos, a.published AS published_day, e.date_lo, e.date_hi,
       coalesce(e.date_lo, a.published) AS day_lo, coalesce(e.date_hi, a.published) AS day_hi,
       s.sector AS source_sector, t.sector AS target_sector, p.geonameid AS place_geonameid,
       p.feature AS place_feature, a.url, a.processed_at,
       e.evidence_start < coalesce(nullif(strpos(a.text, chr(10) || chr(10)), 0), length(a.text) + 1) AS lead,
       nullif(regexp_extract(lower(a.url), '^[a-z][a-z0-9+.-]*://(?:www\.)?([^/:?#]+)', 1), '') AS outlet,
       concat_ws(chr(31),
                 lower(concat_ws(chr(31), s.name, s.code, e.source_text, t.name, t.code, e.target_text)),
                 jn.text) AS actor_text,
       lower(concat_ws(chr(31), p.name, p.country)) AS place_text,
       lower(concat_ws(chr(31), e.evidence_text, a.title)) AS search_text,
       e.incident, a.story, a.duplicate_of, e.refers_to
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN act s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
LEFT JOIN act t ON t.article_id = e.article_id AND t.actor_id = e.target_actor
LEFT JOIN plc p ON p.article_id = e.article_id AND p.place_id = e.place_id
LEFT JOIN jnt jn ON jn.article_id = e.article_id AND jn.event_id = e.event_id
"""

#: One flat row per stored event, with its article, parties and place joined in: what every event
#: and incident question reads (as the CTE ``ev``, or as a table of that name that a server keeps
#: in memory).
EVENT_ROWS = _FOLDED + _EVENT_ROWS_SELECT


#: Orders of a listing: the oldest article first (the command line's), or the latest events first.
ORDERS = {
    "oldest": " ORDER BY published_day NULLS LAST, article_id, pos",
    "newest": " ORDER BY day_lo DESC NULLS LAST, article_id, pos",
}

#: A filter of several values: one value, or several given as a sequence or separated by commas.
Values = str | int | tuple[str, ...] | list[str] | None


def bound(value: str, name: str) -> tuple[Any, Any]:
    bounds = date_bounds(value)
    if bounds is None:
        raise UsageError(f"--{name}: {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD", name)
    return bounds


@dataclass(frozen=True)
class EventFilter:
    """Which stored events a listing keeps; every filter given must hold.

    ``type``, ``country`` and ``quad_class`` take one value or several (a sequence, or a string
    separated by commas) and keep an event that has any of them; ``place`` and ``text`` are parts
    of a place's name and of the evidence or the title, matched without regard to case.
    """

    type: Values = None
    actor: str | None = None
    country: Values = None
    since: str | None = None
    until: str | None = None
    article: str | None = None
    min_confidence: float | None = None
    quad_class: Values = None
    place: str | None = None
    text: str | None = None

    def checked(self) -> EventFilter:
        """The filter with its values normalised, or a UsageError naming the first bad one."""
        return replace(
            self,
            type=_listed(self.type, _event_type),
            country=_listed(self.country, _country),
            quad_class=_listed(self.quad_class, _quad_class),
            min_confidence=_confidence(self.min_confidence),
        )


def _listed(value: Values, check: Callable[[str], str]) -> tuple[str, ...] | None:
    """Each value of a several-valued filter, checked; None when none is given."""
    if value is None:
        return None
    items = (
        value.split(",")
        if isinstance(value, str)
        else [str(v) for v in ([value] if isinstance(value, int) else value)]
    )
    checked = tuple(dict.fromkeys(check(item) for item in items if item.strip()))
    return checked or None


def _event_type(value: str) -> str:
    kind = value.strip().upper()
    valid = (*plover_types(), "OTHER")
    if kind not in valid:
        raise UsageError(f"--type: unknown event type {value!r}; valid types: {', '.join(valid)}", "type")
    return kind


def _country(value: str) -> str:
    code = value.strip().upper()
    if pycountry.countries.get(alpha_3=code) is None and code not in NON_ISO_COUNTRIES:
        raise UsageError(
            f"--country: {value!r} is no ISO 3166 alpha-3 country code (such as IRQ, USA, GBR, PSE)",
            "country",
        )
    return code


def _quad_class(value: str) -> str:
    if value.strip() not in ("1", "2", "3", "4"):
        raise UsageError(
            f"--quad-class: {value!r} is no QuadClass; use 1 (verbal cooperation), 2 (material"
            " cooperation), 3 (verbal conflict) or 4 (material conflict)",
            "quad_class",
        )
    return value.strip()


def _confidence(value: float | None) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise UsageError(f"--min-confidence: {value} is not between 0 and 1", "min_confidence")
    return value


def _chosen(value: Values) -> list[str]:
    """The values of a several-valued filter that has been checked (a tuple by then)."""
    return [str(v) for v in value] if isinstance(value, tuple | list) else [str(value)]


def _contains(column: str, value: str | None, where: list[str], params: list[object]) -> None:
    if value and value.strip():
        where.append(f"contains({column}, ?)")
        params.append(value.strip().lower())


def event_filters(f: EventFilter) -> tuple[list[str], list[object]]:
    """WHERE fragments over EVENT_ROWS and their parameters, in step (``f`` already checked)."""
    where: list[str] = []
    params: list[object] = []
    if f.type:
        where.append("type = ANY(?)")
        params.append(_chosen(f.type))
    if f.quad_class:
        where.append("quad_class = ANY(?)")
        params.append([int(q) for q in _chosen(f.quad_class)])
    _contains("actor_text", f.actor, where, params)
    if f.country:
        where.append("(source_country = ANY(?) OR target_country = ANY(?))")
        params += [_chosen(f.country)] * 2
    _contains("place_text", f.place, where, params)
    _contains("search_text", f.text, where, params)
    # An event's date is a range ("2020" is the whole year): it is kept when the range lies
    # inside [since, until], so that a query for a day or a month does not return events known
    # only to the year.  Undated events fall back on the article's publication date, which is
    # what an undated news event most likely means.
    if f.since:
        where.append("day_lo >= ?")
        params.append(bound(f.since, "since")[0])
    if f.until:
        where.append("day_hi <= ?")
        params.append(bound(f.until, "until")[1])
    if f.article:
        where.append("article_id = ?")
        params.append(f.article)
    if f.min_confidence is not None:
        where.append("confidence >= ?")
        params.append(f.min_confidence)
    return where, params


def event_source(table: str | None) -> str:
    """The start of a question over ``ev``: the CTE built from the store's tables, or nothing when
    ``table`` names a table of flat event rows (EVENT_ROWS) that stands in for it."""
    if table is None:
        return f"WITH ev AS ({EVENT_ROWS})\n"
    if table != "ev":
        raise ValueError(f"the table of flat event rows must be called ev, not {table!r}")
    return ""


def where_clause(f: EventFilter) -> tuple[str, list[object]]:
    """`` WHERE ...`` (or nothing) for the filter, checked, and its bound parameters."""
    where, params = event_filters(f.checked())
    return (" WHERE " + " AND ".join(where) if where else ""), params


def page_clause(limit: int | None, offset: int = 0) -> tuple[str, list[object]]:
    """`` LIMIT ? OFFSET ?`` for a page, or a UsageError naming the bad bound."""
    sql, params = "", []
    if limit is not None:
        if limit < 1:
            raise UsageError(f"--limit: must be 1 or more, not {limit}", "limit")
        sql, params = " LIMIT ?", [limit]
    if offset:
        if offset < 0:
            raise UsageError(f"--offset: must be 0 or more, not {offset}", "offset")
        sql, params = sql + " OFFSET ?", [*params, offset]
    return sql, list(params)


def events_query(
    f: EventFilter, limit: int | None = None, offset: int = 0, order: str = "oldest", table: str | None = None
) -> tuple[str, list[object]]:
    """The SQL of an event listing and its bound parameters (keys of a row: EVENT_COLUMNS).

    ``table="ev"`` reads a table of flat event rows instead of joining the store's tables.
    """
    if order not in ORDERS:
        raise UsageError(f"--order: must be one of {', '.join(ORDERS)}, not {order!r}", "order")
    where, params = where_clause(f)
    page, page_params = page_clause(limit, offset)
    columns = ", ".join(EVENT_COLUMNS)
    sql = f"{event_source(table)}SELECT {columns} FROM ev{where}{ORDERS[order]}{page}"
    return sql, params + page_params


def count_query(f: EventFilter, table: str | None = None) -> tuple[str, list[object]]:
    """The SQL counting the events a filter keeps (one row, key ``n``)."""
    where, params = where_clause(f)
    return f"{event_source(table)}SELECT count(*) AS n FROM ev{where}", params


def query_events(store: Fetcher, *, limit: int | None = None, **filters: Any) -> list[dict[str, object]]:
    """Stored events matching every filter given (the fields of EventFilter), oldest article first.

    Rows are keyed by EVENT_COLUMNS.
    """
    return store.fetch(*events_query(EventFilter(**filters), limit))


# --- summary ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """What a store holds, at a glance."""

    n_articles: int
    n_events: int  # events reported: mentions that only name an act told before are left out
    n_quotes: int
    n_failures: int  # outstanding failures: the latest processing of each failed input
    events_by_type: dict[str, int] = field(default_factory=dict)  # most frequent first
    languages: dict[str, int] = field(default_factory=dict)  # articles by language, most first
    top_dyads: dict[tuple[str, str], int] = field(default_factory=dict)  # (source, target) actor codes/names
    top_actors: list[tuple[str, str | None, int]] = field(default_factory=list)  # name, code, mentions
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # latest run: source, stage, error
    latest_run: str | None = None
    n_references: int = 0  # mentions that only name an act told before (refers_to set)


#: the events that report an act: not the mentions that only name one told before
_REPORTS = "events WHERE refers_to IS NULL"


def _event_counts(store: Fetcher) -> tuple[int, int]:
    """(events reported, mentions that only name an act told before)."""
    row = store.fetch("SELECT count(*) FILTER (WHERE refers_to IS NULL) AS r, count(*) AS n FROM events")[0]
    return int(row["r"]), int(row["n"]) - int(row["r"])


def _count(store: Fetcher, table: str) -> int:
    return int(store.fetch(f"SELECT count(*) AS n FROM {table}")[0]["n"])


_DYADS_SQL = """
WITH act AS (
    SELECT article_id, actor_id, arg_min(name, pos) AS name, arg_min(code, pos) AS code
    FROM actors GROUP BY article_id, actor_id
), labelled AS (
    SELECT coalesce(s.code, s.name) AS source, coalesce(t.code, t.name) AS target
    FROM events e
    LEFT JOIN act s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
    LEFT JOIN act t ON t.article_id = e.article_id AND t.actor_id = e.target_actor
)
SELECT source, target, count(*) AS n FROM labelled
WHERE source IS NOT NULL AND target IS NOT NULL
GROUP BY source, target ORDER BY n DESC, source, target LIMIT ?
"""

_ACTORS_SQL = """
SELECT a.name, a.code, count(m.article_id) AS n
FROM actors a LEFT JOIN mentions m ON m.article_id = a.article_id AND m.actor_id = a.actor_id
GROUP BY a.name, a.code ORDER BY n DESC, a.name, a.code NULLS FIRST LIMIT ?
"""


def summary(store: Fetcher, top: int = 10) -> Summary:
    """Counts, events by type, the ``top`` dyads (actor codes, else names) and actors, latest failures."""
    by_type = store.fetch(f"SELECT type, count(*) AS n FROM {_REPORTS} GROUP BY type ORDER BY n DESC, type")
    dyads = store.fetch(_DYADS_SQL, [top])
    actors = store.fetch(_ACTORS_SQL, [top])
    languages = store.fetch(
        "SELECT coalesce(language, 'unknown') AS language, count(*) AS n FROM articles"
        " GROUP BY 1 ORDER BY n DESC, 1"
    )
    latest = store.fetch("SELECT id FROM runs ORDER BY started DESC, id DESC LIMIT 1")
    latest_run = str(latest[0]["id"]) if latest else None
    failures = store.fetch(
        'SELECT source, stage, error FROM failures WHERE run_id = ? ORDER BY "at", rowid', [latest_run]
    )
    reports, references = _event_counts(store)
    return Summary(
        n_articles=_count(store, "articles"),
        n_events=reports,
        n_references=references,
        n_quotes=_count(store, "quotes"),
        n_failures=_count(store, "failures"),
        events_by_type={str(r["type"]): int(r["n"]) for r in by_type},
        languages={str(r["language"]): int(r["n"]) for r in languages},
        top_dyads={(str(r["source"]), str(r["target"])): int(r["n"]) for r in dyads},
        top_actors=[(str(r["name"]), r["code"], int(r["n"])) for r in actors],
        failures=[(str(r["source"]), str(r["stage"]), str(r["error"])) for r in failures],
        latest_run=latest_run,
    )
