"""A stored corpus as the Python API hands it out: ``eventwire.open(db)``.

Every listing returns rows (a list of dicts) by default, or, on request, a pandas,
polars or Arrow frame built by DuckDB from the same query (those libraries are
optional: ``pip install eventwire[frames]``).

>>> import eventwire, tempfile, pathlib
>>> db = pathlib.Path(tempfile.mkdtemp()) / "news.duckdb"
>>> with eventwire.open(db, create=True) as store:
...     store.add(eventwire.process(["Police arrested two protesters in Minsk on Sunday."],
...                                 published="2020-08-10"))
...     rows = store.events(type="COERCE")
...     [(r["type"], r["date"], r["arrested"]) for r in rows]
[('COERCE', '2020-08-09', 2)]
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from eventwire import __version__
from eventwire.config import Config
from eventwire.errors import UsageError
from eventwire.model import Article
from eventwire.report import Reports
from eventwire.store.incidents import IncidentFilter, incidents_query, mentions_query, stories_query
from eventwire.store.queries import EventFilter, Summary, Values, events_query, page_clause, summary
from eventwire.store.series import AlertBy, By, Period, alerts, series_query
from eventwire.store.writer import Store
from eventwire.stories.assign import Assigner
from eventwire.stories.state import load

As = Literal["rows", "pandas", "polars", "arrow"]

_ACTORS_SQL = """
SELECT a.name, a.code, a.country, a.sector, a.kind,
       count(DISTINCT a.article_id) AS articles, count(m.article_id) AS mentions
FROM actors a
LEFT JOIN mentions m ON m.article_id = a.article_id AND m.actor_id = a.actor_id
WHERE (? IS NULL OR contains(lower(a.name), lower(?)) OR contains(lower(a.code), lower(?)))
  AND (? IS NULL OR a.country = upper(?))
GROUP BY a.name, a.code, a.country, a.sector, a.kind
ORDER BY mentions DESC, a.name
"""

_STORY_ARTICLES_SQL = """
SELECT a.id, a.title, a.url, a.published_text AS published, a.source, a.duplicate_of
FROM articles a LEFT JOIN story_keys k ON k.article_id = a.id
WHERE a.story = ?
ORDER BY k.seq NULLS LAST, a.id
"""

_ARTICLES_SQL = """
SELECT a.id, a.title, a.url, a.published_text AS published, a.source, a.duplicate_of, a.story,
       (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
FROM articles a
ORDER BY a.published NULLS LAST, a.id
"""


class EventStore:
    """Queries over one eventwire store (a DuckDB file); read-only unless opened with ``create``."""

    def __init__(
        self, path: Path, create: bool = False, store: Store | None = None, config: Config | None = None
    ) -> None:
        """``store``: a Store already open to read through (a server's reader on a cursor of its
        own), which the EventStore does not close; else the file is opened here.  ``config``: the
        settings of stories, incidents and alerts (defaults otherwise)."""
        self.path = path
        self.config = config or Config()
        self._owned = store is None
        self._store = store if store is not None else Store(path, read_only=not create)

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._owned:
            self._store.close()

    def events(
        self,
        *,
        type: Values = None,
        actor: str | None = None,
        country: Values = None,
        since: str | None = None,
        until: str | None = None,
        article: str | None = None,
        min_confidence: float | None = None,
        quad_class: Values = None,
        place: str | None = None,
        text: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        order: str = "oldest",
        as_: As = "rows",
    ) -> Any:
        """Stored events matching every filter given, oldest article first (``order="newest"``: the
        latest events first).

        ``type`` is a PLOVER type, ``country`` an ISO alpha-3 code of the source or target,
        ``quad_class`` 1-4 (each of them one value, or several as a list or separated by commas),
        ``since``/``until`` YYYY[-MM[-DD]] (an event is kept when its whole date lies inside),
        ``actor`` part of a name or code, ``place`` part of a place's name, ``text`` part of the
        evidence or the title.  Unknown types, countries or dates raise UsageError.
        """
        chosen = EventFilter(
            type, actor, country, since, until, article, min_confidence, quad_class, place, text
        )
        return self._rows(*events_query(chosen, limit, offset, order), as_)

    def actors(
        self,
        *,
        name: str | None = None,
        country: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        as_: As = "rows",
    ) -> Any:
        """Actors by name/code and country, with the articles and mentions that name them."""
        sql, params = _limited(_ACTORS_SQL, [name, name, name, country, country], limit, offset)
        return self._rows(sql, params, as_)

    def incidents(
        self,
        *,
        type: str | None = None,
        actor: str | None = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        story: str | None = None,
        min_mentions: int | None = None,
        limit: int | None = None,
        offset: int = 0,
        as_: As = "rows",
    ) -> Any:
        """Real-world events, one row per incident however many reports mention it (the keys of a
        row: ``eventwire.store.incidents.INCIDENT_COLUMNS``), first seen first.

        Filters as :meth:`events`, ``country`` also matching the place; ``story`` keeps one
        story's incidents, ``min_mentions`` the ones reported at least that often.
        """
        chosen = IncidentFilter(type, actor, country, since, until, story, min_mentions)
        return self._rows(*incidents_query(chosen, limit, offset), as_)

    def mentions(self, incident: str, *, as_: As = "rows") -> Any:
        """The event mentions of one incident, one row per article that reports it."""
        return self._rows(*mentions_query(incident), as_)

    def stories(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        min_articles: int | None = None,
        story: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        as_: As = "rows",
    ) -> Any:
        """Stories, the most reported first: their articles, copies, incidents and events, first
        and last publication dates and the title of the article that began each (``story``: that
        one only)."""
        return self._rows(*stories_query(since, until, min_articles, limit, offset, story), as_)

    def story_articles(self, story: str, *, as_: As = "rows") -> Any:
        """The articles of one story, in the order they were assigned to it."""
        return self._rows(_STORY_ARTICLES_SQL, [story], as_)

    def series(
        self,
        *,
        by: By = "country",
        period: Period = "week",
        type: str | None = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        as_: As = "rows",
    ) -> Any:
        """Counts of incidents, their mentions, Goldstein sums and QuadClass mix per country, actor,
        dyad, type or QuadClass (``by``) and per day, week or month (``period``); the keys of a row:
        ``eventwire.store.series.SERIES_COLUMNS``.  Filters as :meth:`incidents`."""
        chosen = IncidentFilter(type=type, country=country, since=since, until=until)
        return self._rows(*series_query(by, period, chosen), as_)

    def alerts(
        self,
        *,
        by: AlertBy = "country",
        period: Period = "week",
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        """Spikes of material conflict per country or dyad against its own history (settings
        ``alerts.*``), latest first, each with the incidents behind it (rows: key, period,
        count, median, mad, score, incidents)."""
        chosen = IncidentFilter(since=since, until=until)
        return [a.as_row() for a in alerts(self._store, by, period, self.config.alerts, chosen)]

    def articles(self, *, limit: int | None = None, offset: int = 0, as_: As = "rows") -> Any:
        """Stored articles with their counts of events and quotes, oldest first."""
        return self._rows(*_limited(_ARTICLES_SQL, [], limit, offset), as_)

    def article(self, article_id: str) -> Article | None:
        """One stored article with everything extracted from it, or None."""
        return self._store.load_article(article_id)

    def reports(self, article: Article) -> Reports:
        """How many articles tell the article's story, and how many mention each of its incidents."""
        told = self._store.fetch("SELECT count(*) AS n FROM articles WHERE story = ?", [article.story])
        incidents = [e.incident for e in article.events if e.incident]
        rows = self._store.fetch(
            "SELECT incident, count(*) AS n FROM events WHERE incident = ANY(?) GROUP BY incident",
            [incidents],
        )
        return Reports(int(told[0]["n"]) if article.story else 0, {r["incident"]: int(r["n"]) for r in rows})

    def summary(self, top: int = 10) -> Summary:
        return summary(self._store, top=top)

    def sql(self, query: str, params: Sequence[object] = (), as_: As = "rows") -> Any:
        """Any read-only SQL over the store's tables, with bound parameters."""
        return self._rows(query, list(params), as_)

    def add(self, articles: Sequence[Article]) -> None:
        """Store articles (replacing any stored under the same id) as one run.  Their copies,
        stories and incidents are assigned again against what the store holds, as a run that
        writes to it would assign them."""
        assigned, state = load(Assigner(self.config), self._store).assign(articles)
        run_id = self._store.begin_run({"api": "EventStore.add"}, __version__)
        failures = self._store.write_articles(assigned, run_id, state)
        self._store.end_run(run_id, len(articles) - len(failures), len(failures))

    def _rows(self, sql: str, params: list[object], as_: As) -> Any:
        if as_ == "rows":
            return self._store.fetch(sql, params)
        relation = self._store.relation(sql, params)
        try:
            if as_ == "pandas":
                return relation.df()
            if as_ == "polars":
                return relation.pl()
            if as_ == "arrow":
                return relation.to_arrow_table()
        except ImportError as exc:
            raise UsageError(f"as_={as_!r} needs {exc.name}: pip install eventwire[frames]") from None
        raise UsageError(f"as_ must be rows, pandas, polars or arrow, not {as_!r}")


def _limited(sql: str, params: list[object], limit: int | None, offset: int = 0) -> tuple[str, list[object]]:
    page, page_params = page_clause(limit, offset)
    return sql + page, [*params, *page_params]
