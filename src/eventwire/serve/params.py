"""Query parameters shared by the API's listings: event filters, pages and output formats.

The filters are the library's (:class:`eventwire.store.queries.EventFilter`), spelt as the
command line spells them; a filter of several values (type, country, quad_class) takes them
separated by commas or as the parameter repeated.  Types and ranges are checked here (a 400
naming the parameter); values are checked by the library, which names the parameter too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Query, Request

from eventwire.serve.problems import Problem
from eventwire.serve.state import ServedStore
from eventwire.store.queries import EventFilter

#: The longest text a filter may hold: enough for any name or phrase, not a denial of service.
MAX_FILTER_CHARS = 200


class Format(StrEnum):
    json = "json"
    csv = "csv"
    geojson = "geojson"


class TableFormat(StrEnum):
    """The formats of rows that have no place to put on a map (stories, series, alerts)."""

    json = "json"
    csv = "csv"


_Text = Annotated[str | None, Query(max_length=MAX_FILTER_CHARS)]
_Many = Annotated[list[str] | None, Query(max_length=MAX_FILTER_CHARS)]


def served(request: Request) -> ServedStore:
    """The store this app serves."""
    store: ServedStore = request.app.state.served
    return store


def _joined(values: list[str] | None) -> str | None:
    return ",".join(values) if values else None


def event_filter(
    type: Annotated[_Many, Query(description="PLOVER type(s), e.g. ASSAULT or ASSAULT,COERCE")] = None,
    quad_class: Annotated[_Many, Query(description="QuadClass(es) 1-4, e.g. 3,4 for conflict")] = None,
    actor: Annotated[_Text, Query(description="part of the source's or target's name or code")] = None,
    country: Annotated[_Many, Query(description="ISO alpha-3 country of the source or target")] = None,
    place: Annotated[_Text, Query(description="part of the place's name")] = None,
    since: Annotated[_Text, Query(description="events on or after YYYY[-MM[-DD]]")] = None,
    until: Annotated[_Text, Query(description="events on or before YYYY[-MM[-DD]]")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="at least this sure")] = None,
    q: Annotated[_Text, Query(description="words in the evidence or the article's title")] = None,
    article: Annotated[_Text, Query(description="only this article's events")] = None,
) -> EventFilter:
    """The filter a request asks for, checked (a bad value is a 400 naming its parameter)."""
    return EventFilter(
        type=_joined(type),
        actor=actor,
        country=_joined(country),
        since=since,
        until=until,
        article=article,
        min_confidence=min_confidence,
        quad_class=_joined(quad_class),
        place=place,
        text=q,
    ).checked()


Filter = Annotated[EventFilter, Depends(event_filter)]


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def page(
    request: Request,
    limit: Annotated[
        int | None, Query(ge=1, description="rows per page (at most the server's page size)")
    ] = None,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")] = 0,
) -> Page:
    """The page a request asks for, within the server's page size."""
    settings = served(request).settings
    if limit is not None and limit > settings.max_page:
        raise Problem(400, f"at most {settings.max_page} rows a page, not {limit}", "limit")
    return Page(limit or settings.default_page, offset)


Paged = Annotated[Page, Depends(page)]
Served = Annotated[ServedStore, Depends(served)]
