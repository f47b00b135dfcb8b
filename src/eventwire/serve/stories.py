"""Incidents, stories, series and alerts: what needs eventwire to know copies and stories.

An incident is one real-world event however many articles report it; a story groups the
articles about one happening; series and alerts count incidents over time.  This eventwire does
not assign them yet, and the API will not count copies and call them incidents: until it does,
these endpoints answer 501 Not Implemented as problem details saying what is missing, and the
dashboard shows events (reports) instead, labelled as such.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from eventwire.serve.problems import Problem

router = APIRouter(prefix="/v1")

_MISSING = (
    "{what} need{s} eventwire to assign incidents and stories to the articles it stores, which this"
    " version does not do yet; /v1/events lists the events (one per report) meanwhile"
)


def _not_yet(what: str, plural: bool = True) -> Problem:
    return Problem(501, _MISSING.format(what=what, s="" if plural else "s"))


@router.get("/incidents", tags=["incidents"], summary="Incidents: one real-world event, all its reports")
def incidents() -> Response:
    raise _not_yet("incidents")


@router.get("/stories", tags=["incidents"], summary="Stories: the articles about one happening")
def stories() -> Response:
    raise _not_yet("stories")


@router.get("/series", tags=["incidents"], summary="Counts of incidents over time")
def series() -> Response:
    raise _not_yet("series of incidents")


@router.get("/alerts", tags=["incidents"], summary="Spikes of material conflict against their history")
def alerts() -> Response:
    raise _not_yet("alerts", plural=True)
