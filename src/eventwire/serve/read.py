"""The API's read endpoints: events and their counts, actors, articles with their evidence, summary.

Each is a thin call into the library: event listings and counts are
:mod:`eventwire.store.queries` and :mod:`eventwire.store.aggregates` pointed at the server's
in-memory event rows; actors, articles and the summary are :class:`eventwire.store.view.EventStore`
over the store itself.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response

from eventwire.evidence import article_spans
from eventwire.serve.formats import json_response, list_response, page_response
from eventwire.serve.index import TABLE
from eventwire.serve.params import Filter, Format, Paged, Served
from eventwire.serve.problems import Problem
from eventwire.store.aggregates import INTERVALS, dyads_query, places_query, timeline_query, types_query
from eventwire.store.queries import EVENT_COLUMNS, ORDERS, Summary, count_query, events_query

router = APIRouter(prefix="/v1")

Interval = Literal["day", "week", "month", "year"]
Order = Literal["newest", "oldest"]
assert set(get_args(Interval)) == set(INTERVALS) and set(get_args(Order)) == set(ORDERS)

_ACTOR_COLUMNS = ("name", "code", "country", "sector", "kind", "articles", "mentions")
_ARTICLE_COLUMNS = ("id", "title", "url", "published", "source", "events", "quotes")


@router.get("/events", tags=["events"], summary="Events, filtered and paged (JSON, CSV or GeoJSON)")
def events(
    request: Request,
    served: Served,
    f: Filter,
    page: Paged,
    order: Annotated[
        Literal["newest", "oldest"], Query(description="latest events first, or oldest")
    ] = "newest",
    format: Format = Format.json,
) -> Response:
    with served.events() as ev:
        total = int(ev.fetch(*count_query(f, table=TABLE))[0]["n"])
        rows = ev.fetch(*events_query(f, page.limit, page.offset, order, table=TABLE))
    return page_response(request, rows, total, page, format, EVENT_COLUMNS)


@router.get("/events/timeline", tags=["events"], summary="Events per period and QuadClass")
def timeline(
    served: Served, f: Filter, interval: Interval = "month", format: Format = Format.json
) -> Response:
    with served.events() as ev:
        rows = ev.fetch(*timeline_query(f, interval, TABLE))
    columns = ("period", "quad_class", "events", "fatalities", "incidents")
    return list_response(rows, format, columns, interval=interval)


@router.get("/events/places", tags=["events"], summary="Events per geocoded place, most first")
def places(
    served: Served,
    f: Filter,
    limit: Annotated[int, Query(ge=1, le=5000, description="places at most")] = 500,
    format: Format = Format.json,
) -> Response:
    with served.events() as ev:
        rows = ev.fetch(*places_query(f, limit, TABLE))
    columns = ("place", "place_country", "lat", "lon", "events", "fatalities", "incidents")
    return list_response(rows, format, columns)


@router.get("/events/dyads", tags=["events"], summary="Events per source and target actor, most first")
def dyads(
    served: Served, f: Filter, limit: Annotated[int, Query(ge=1, le=1000, description="dyads at most")] = 100
) -> Response:
    with served.events() as ev:
        rows = ev.fetch(*dyads_query(f, limit, TABLE))
    return json_response({"items": rows})


@router.get("/events/types", tags=["events"], summary="Events per PLOVER type and QuadClass")
def types(served: Served, f: Filter) -> Response:
    with served.events() as ev:
        rows = ev.fetch(*types_query(f, TABLE))
    return json_response({"items": rows})


@router.get("/actors", tags=["actors"], summary="Actors by name or code and country, most mentioned first")
def actors(
    request: Request,
    served: Served,
    page: Paged,
    name: Annotated[str | None, Query(max_length=200, description="part of the name or code")] = None,
    country: Annotated[str | None, Query(max_length=3, description="ISO alpha-3 country")] = None,
    format: Format = Format.json,
) -> Response:
    """``total`` is null (counting every actor costs more than a page); ``next`` says whether more follow."""
    with served.view() as store:
        rows = store.actors(name=name, country=country, limit=page.limit + 1, offset=page.offset)
    return page_response(request, rows, None, page, format, _ACTOR_COLUMNS)


@router.get("/articles", tags=["articles"], summary="Stored articles with their counts, oldest first")
def articles(request: Request, served: Served, page: Paged, format: Format = Format.json) -> Response:
    """``total`` is null; ``next`` says whether more follow."""
    with served.view() as store:
        rows = store.articles(limit=page.limit + 1, offset=page.offset)
    return page_response(request, rows, None, page, format, _ARTICLE_COLUMNS)


@router.get("/articles/{article_id}", tags=["articles"], summary="One article with every field's evidence")
def article(
    served: Served, article_id: Annotated[str, PathParam(max_length=500, description="the article's id")]
) -> Response:
    """The article in the JSON form of CONTRACT.md, with ``spans``: for each event, the offsets of
    its evidence, trigger, source, target, date and place words; for each quote, its words and its
    speaker's."""
    with served.view() as store:
        found = store.article(article_id)
    if found is None:
        raise Problem(404, f"no article with id {article_id!r} is stored", "article_id", "path")
    return json_response({**found.to_json_dict(), "spans": article_spans(found)})


def _summary_json(s: Summary) -> dict[str, Any]:
    out = asdict(s)
    out["top_dyads"] = [{"source": a, "target": b, "events": n} for (a, b), n in s.top_dyads.items()]
    out["top_actors"] = [{"name": n, "code": c, "mentions": k} for n, c, k in s.top_actors]
    out["failures"] = [{"source": a, "stage": b, "error": c} for a, b, c in s.failures]
    return out


@router.get("/summary", tags=["summary"], summary="What the store holds, at a glance")
def summary(served: Served) -> Response:
    return json_response(_summary_json(served.summary()))
