"""Incidents, stories, series and alerts: what needs eventwire to know copies and stories.

An incident is one real-world event however many articles report it; a story groups the
articles about one happening; series and alerts count incidents over time.  Incidents are
listed from the store's events grouped by their ``incident`` (:mod:`eventwire.store.incident_rows`)
when the store's events name one.  Where what an endpoint needs is missing (this eventwire does
not assign stories and incidents yet), it answers 501 Not Implemented as problem details saying
what is missing: the API never counts copies and calls them incidents, and the dashboard shows
events (reports) instead, labelled as such.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from eventwire.serve.formats import page_response
from eventwire.serve.index import TABLE
from eventwire.serve.params import Filter, Format, Paged, Served
from eventwire.serve.problems import Problem
from eventwire.store.incident_rows import INCIDENT_COLUMNS, incidents_count_query, incidents_query

router = APIRouter(prefix="/v1")

_MISSING = (
    "{what} need{s} eventwire to assign incidents and stories to the articles it stores, which this"
    " version does not do yet; /v1/events lists the events (one per report) meanwhile"
)


def _not_yet(what: str, plural: bool = True) -> Problem:
    return Problem(501, _MISSING.format(what=what, s="" if plural else "s"))


@router.get("/incidents", tags=["incidents"], summary="Incidents: one real-world event, all its reports")
def incidents(
    request: Request, served: Served, f: Filter, page: Paged, format: Format = Format.json
) -> Response:
    """Incidents one of whose reports passes the filters (those of /v1/events), the latest first,
    each described from all its reports (mentions, articles, outlets, fatalities min-max)."""
    if not served.incidents_known():
        raise _not_yet("incidents")
    with served.events() as ev:
        total = int(ev.fetch(*incidents_count_query(f, table=TABLE))[0]["n"])
        rows = ev.fetch(*incidents_query(f, page.limit, page.offset, table=TABLE))
    return page_response(request, rows, total, page, format, INCIDENT_COLUMNS)


@router.get("/stories", tags=["incidents"], summary="Stories: the articles about one happening")
def stories() -> Response:
    raise _not_yet("stories")


@router.get("/series", tags=["incidents"], summary="Counts of incidents over time")
def series() -> Response:
    raise _not_yet("series of incidents")


@router.get("/alerts", tags=["incidents"], summary="Spikes of material conflict against their history")
def alerts() -> Response:
    raise _not_yet("alerts", plural=True)
