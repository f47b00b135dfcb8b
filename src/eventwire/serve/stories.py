"""Incidents, stories, series and alerts: what needs eventwire to know copies and stories.

An incident is one real-world event however many articles report it; a story groups the
articles about one happening; series and alerts count incidents over time.  Each endpoint is the
library's question (:mod:`eventwire.store.incidents`, :mod:`eventwire.store.series`, as
``eventwire incidents``, ``stories``, ``series`` and ``alerts`` ask it): incidents, series and
alerts over the incident rows the server keeps in memory (:mod:`eventwire.serve.index`), with
the filters of /v1/events keeping the incidents one of whose reports passes them; stories over
the store itself.  A store whose articles were written without stories (by a writer that does not
assign them) lists no story, and each of its events is an incident of its own.
"""

from __future__ import annotations

from typing import Annotated, get_args

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response

from eventwire.serve.formats import json_response, page_response
from eventwire.serve.index import TABLE
from eventwire.serve.params import MAX_FILTER_CHARS, Filter, Format, Paged, Served, TableFormat
from eventwire.serve.problems import Problem
from eventwire.store.incidents import (
    INCIDENT_COLUMNS,
    STORY_COLUMNS,
    IncidentFilter,
    IncidentOrder,
    incidents_count_query,
    incidents_query,
)
from eventwire.store.queries import page_clause
from eventwire.store.series import SERIES_COLUMNS, AlertBy, By, Period, series_query
from eventwire.store.series import alerts as find_alerts

router = APIRouter(prefix="/v1")

ALERT_COLUMNS = ("key", "period", "count", "median", "mad", "score", "incidents")

_Day = Annotated[str | None, Query(max_length=MAX_FILTER_CHARS)]
_Story = Annotated[str | None, Query(max_length=500, description="only this story's incidents")]
_AtLeast = Annotated[int | None, Query(ge=1, le=1_000_000)]


@router.get("/incidents", tags=["incidents"], summary="Incidents: one real-world event, all its reports")
def incidents(
    request: Request,
    served: Served,
    f: Filter,
    page: Paged,
    story: _Story = None,
    min_mentions: Annotated[_AtLeast, Query(description="only incidents reported this often")] = None,
    order: Annotated[IncidentOrder, Query(description="latest first, or first seen first")] = "newest",
    format: Format = Format.json,
) -> Response:
    """Incidents one of whose reports passes the filters (those of /v1/events), each described by
    its most representative report and counted over all of them (mentions, articles, outlets,
    fatalities min-max): the rows of ``eventwire incidents``."""
    chosen = IncidentFilter(story=story, min_mentions=min_mentions)
    with served.events() as ev:
        total = int(ev.fetch(*incidents_count_query(chosen, reports=f, table=TABLE))[0]["n"])
        sql, params = incidents_query(chosen, page.limit, page.offset, reports=f, order=order, table=TABLE)
        rows = ev.fetch(sql, params)
    return page_response(request, rows, total, page, format, INCIDENT_COLUMNS)


@router.get("/stories", tags=["incidents"], summary="Stories: the articles about one happening")
def stories(
    request: Request,
    served: Served,
    page: Paged,
    since: Annotated[_Day, Query(description="stories told on or after YYYY[-MM[-DD]]")] = None,
    until: Annotated[_Day, Query(description="stories begun on or before YYYY[-MM[-DD]]")] = None,
    min_articles: Annotated[_AtLeast, Query(description="only stories this many articles tell")] = None,
    format: TableFormat = TableFormat.json,
) -> Response:
    """Stories, the most reported first: articles, copies, incidents and events, first and last
    publication dates, the title of the article that began each (``eventwire stories``).
    ``total`` is null; ``next`` says whether more follow."""
    with served.view() as store:
        rows = store.stories(
            since=since, until=until, min_articles=min_articles, limit=page.limit + 1, offset=page.offset
        )
    return page_response(request, rows, None, page, Format(format.value), STORY_COLUMNS)


@router.get("/stories/{story_id}", tags=["incidents"], summary="One story with its articles")
def story(
    served: Served, story_id: Annotated[str, PathParam(max_length=500, description="the story's id")]
) -> Response:
    """The story's row as /v1/stories gives it, with ``items``: its articles in the order they
    joined it (each with the article it copies, if any).  /v1/incidents?story= lists its incidents."""
    with served.view() as store:
        found = store.stories(story=story_id)
        articles = store.story_articles(story_id) if found else []
    if not found:
        raise Problem(404, f"no story with id {story_id!r} is stored", "story_id", "path")
    return json_response({**found[0], "items": articles})


@router.get("/series", tags=["incidents"], summary="Counts of incidents over time")
def series(
    request: Request,
    served: Served,
    f: Filter,
    page: Paged,
    by: Annotated[By, Query(description=f"count per {', '.join(get_args(By))}")] = "country",
    period: Annotated[Period, Query(description="per day, ISO week or month")] = "week",
    format: TableFormat = TableFormat.json,
) -> Response:
    """Incidents, their mentions, Goldstein sums and QuadClass mix (q1-q4) per key and period,
    oldest period first (``eventwire series``), over the incidents one of whose reports passes the
    filters.  ``total`` is null; ``next`` says whether more follow."""
    sql, params = series_query(by, period, reports=f, table=TABLE)
    more_sql, more = page_clause(page.limit + 1, page.offset)
    with served.events() as ev:
        rows = ev.fetch(sql + more_sql, params + more)
    return page_response(request, rows, None, page, Format(format.value), SERIES_COLUMNS)


@router.get("/alerts", tags=["incidents"], summary="Spikes of material conflict against their history")
def alerts(
    request: Request,
    served: Served,
    f: Filter,
    page: Paged,
    by: Annotated[AlertBy, Query(description="per country or dyad")] = "country",
    period: Annotated[Period, Query(description="per day, ISO week or month")] = "week",
    format: TableFormat = TableFormat.json,
) -> Response:
    """Periods whose material conflict (QuadClass 4 incidents) for a country or dyad stands out
    from its own preceding periods (median and MAD; the server's settings ``alerts.*``), latest
    first, with the incidents behind each (``eventwire alerts``); the filters keep the incidents
    one of whose reports passes them, the history included."""
    settings = served.settings.config.alerts
    with served.events() as ev:
        found = find_alerts(ev, by, period, settings, reports=f, table=TABLE)
    rows = [a.as_row() for a in found[page.offset : page.offset + page.limit]]
    return page_response(request, rows, len(found), page, Format(format.value), ALERT_COLUMNS)
