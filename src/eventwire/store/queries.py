"""Questions asked of a store: event listings with filters, and a corpus summary.

Filters are fixed SQL fragments with bound parameters; nothing a user types is
formatted into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pycountry

from eventwire.errors import UsageError
from eventwire.ontology import plover_types
from eventwire.store.dates import date_bounds
from eventwire.store.writer import Store

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
_EVENTS_SQL = """
WITH act AS (
    SELECT article_id, actor_id, arg_min(name, pos) AS name, arg_min(code, pos) AS code,
           arg_min(country, pos) AS country
    FROM actors GROUP BY article_id, actor_id
), plc AS (
    SELECT article_id, place_id, arg_min(name, pos) AS name, arg_min(country, pos) AS country
    FROM places GROUP BY article_id, place_id
)
SELECT e.article_id, a.title, a.published_text AS published, e.event_id, e.type, e.mode, e.cameo,
       e.quad_class, e.goldstein, e.date,
       s.name AS source_name, s.code AS source_code, s.country AS source_country, e.source_text,
       t.name AS target_name, t.code AS target_code, t.country AS target_country, e.target_text,
       p.name AS place, p.country AS place_country,
       e.fatalities, e.injured, e.kidnapped, e.arrested, e.modality, e.confidence,
       e.evidence_start, e.evidence_end, e.evidence_text
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN act s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
LEFT JOIN act t ON t.article_id = e.article_id AND t.actor_id = e.target_actor
LEFT JOIN plc p ON p.article_id = e.article_id AND p.place_id = e.place_id
"""

_ORDER = " ORDER BY a.published NULLS LAST, e.article_id, e.pos"

# chr(31) (unit separator) keeps a search from matching across two fields.
_ACTOR_TEXT = "lower(concat_ws(chr(31), s.name, s.code, e.source_text, t.name, t.code, e.target_text))"


def bound(value: str, name: str) -> tuple[Any, Any]:
    bounds = date_bounds(value)
    if bounds is None:
        raise UsageError(f"--{name}: {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return bounds


@dataclass(frozen=True)
class EventFilter:
    """Which stored events a listing keeps; every filter given must hold."""

    type: str | None = None
    actor: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    article: str | None = None
    min_confidence: float | None = None

    def checked(self) -> EventFilter:
        """The filter with its values normalised, or a UsageError naming the first bad one."""
        return replace(
            self,
            type=_event_type(self.type),
            country=_country(self.country),
            min_confidence=_confidence(self.min_confidence),
        )


def _event_type(value: str | None) -> str | None:
    if value is None:
        return None
    kind = value.strip().upper()
    valid = (*plover_types(), "OTHER")
    if kind not in valid:
        raise UsageError(f"--type: unknown event type {value!r}; valid types: {', '.join(valid)}")
    return kind


def _country(value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if pycountry.countries.get(alpha_3=code) is None and code not in NON_ISO_COUNTRIES:
        raise UsageError(
            f"--country: {value!r} is no ISO 3166 alpha-3 country code (such as IRQ, USA, GBR, PSE)"
        )
    return code


def _confidence(value: float | None) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise UsageError(f"--min-confidence: {value} is not between 0 and 1")
    return value


def _filters(f: EventFilter) -> tuple[list[str], list[object]]:
    """WHERE fragments and their parameters, in step."""
    where: list[str] = []
    params: list[object] = []
    if f.type:
        where.append("e.type = ?")
        params.append(f.type)
    if f.actor:
        where.append(f"contains({_ACTOR_TEXT}, ?)")
        params.append(f.actor.strip().lower())
    if f.country:
        where.append("(s.country = ? OR t.country = ?)")
        params += [f.country] * 2
    # An event's date is a range ("2020" is the whole year): it is kept when the range lies
    # inside [since, until], so that a query for a day or a month does not return events known
    # only to the year.  Undated events fall back on the article's publication date, which is
    # what an undated news event most likely means.
    if f.since:
        where.append("coalesce(e.date_lo, a.published) >= ?")
        params.append(bound(f.since, "since")[0])
    if f.until:
        where.append("coalesce(e.date_hi, a.published) <= ?")
        params.append(bound(f.until, "until")[1])
    if f.article:
        where.append("e.article_id = ?")
        params.append(f.article)
    if f.min_confidence is not None:
        where.append("e.confidence >= ?")
        params.append(f.min_confidence)
    return where, params


def events_query(f: EventFilter, limit: int | None = None) -> tuple[str, list[object]]:
    """The SQL of an event listing and its bound parameters (keys of a row: EVENT_COLUMNS)."""
    where, params = _filters(f.checked())
    sql = _EVENTS_SQL + (" WHERE " + " AND ".join(where) if where else "") + _ORDER
    if limit is not None:
        if limit < 1:
            raise UsageError(f"--limit: must be 1 or more, not {limit}")
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


def query_events(store: Store, *, limit: int | None = None, **filters: Any) -> list[dict[str, object]]:
    """Stored events matching every filter given (the fields of EventFilter), oldest article first.

    Rows are keyed by EVENT_COLUMNS.
    """
    return store.fetch(*events_query(EventFilter(**filters), limit))


# --- summary ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """What a store holds, at a glance."""

    n_articles: int
    n_events: int
    n_quotes: int
    n_failures: int  # outstanding failures: the latest processing of each failed input
    events_by_type: dict[str, int] = field(default_factory=dict)  # most frequent first
    languages: dict[str, int] = field(default_factory=dict)  # articles by language, most first
    top_dyads: dict[tuple[str, str], int] = field(default_factory=dict)  # (source, target) actor codes/names
    top_actors: list[tuple[str, str | None, int]] = field(default_factory=list)  # name, code, mentions
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # latest run: source, stage, error
    latest_run: str | None = None


def _count(store: Store, table: str) -> int:
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


def summary(store: Store, top: int = 10) -> Summary:
    """Counts, events by type, the ``top`` dyads (actor codes, else names) and actors, latest failures."""
    by_type = store.fetch("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type")
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
    return Summary(
        n_articles=_count(store, "articles"),
        n_events=_count(store, "events"),
        n_quotes=_count(store, "quotes"),
        n_failures=_count(store, "failures"),
        events_by_type={str(r["type"]): int(r["n"]) for r in by_type},
        languages={str(r["language"]): int(r["n"]) for r in languages},
        top_dyads={(str(r["source"]), str(r["target"])): int(r["n"]) for r in dyads},
        top_actors=[(str(r["name"]), r["code"], int(r["n"])) for r in actors],
        failures=[(str(r["source"]), str(r["stage"]), str(r["error"])) for r in failures],
        latest_run=latest_run,
    )
