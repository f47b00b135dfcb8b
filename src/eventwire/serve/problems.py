"""Errors as problem details (RFC 9457): ``application/problem+json`` naming what was wrong.

Every error the API returns, from a bad filter to an unknown path or an oversized body, has the
same form: ``type`` (``about:blank``: the status says it all), ``title`` (the status's phrase),
``status``, ``detail`` (one line a user can act on) and, where one parameter is at fault,
``parameter`` and ``invalid_params`` (each ``{"name", "in", "reason"}``), so a client can point at
the field of its form.  Tracebacks never leave the server.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.errors import EventwireError, UsageError

PROBLEM_JSON = "application/problem+json"

#: The library's names of filters that the API spells otherwise.
_PARAMETER_NAMES = {"text": "q"}

_log = logging.getLogger("eventwire.serve")


class Problem(Exception):
    """An error to answer with: its status, one line of detail and the parameter at fault, if any."""

    def __init__(
        self,
        status: int,
        detail: str,
        parameter: str | None = None,
        where: str = "query",
        headers: dict[str, str] | None = None,
    ) -> None:
        if parameter is not None and not detail.startswith(f"{parameter}:"):
            detail = f"{parameter}: {detail}"  # the detail names what it is about, read alone
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.parameter = parameter
        self.where = where
        self.headers = headers or {}


def problem_response(problem: Problem, request: Request | None = None) -> JSONResponse:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(problem.status).phrase,
        "status": problem.status,
        "detail": problem.detail,
    }
    if request is not None:
        body["instance"] = request.url.path
    if problem.parameter is not None:
        body["parameter"] = problem.parameter
        body["invalid_params"] = [{"name": problem.parameter, "in": problem.where, "reason": problem.detail}]
    return JSONResponse(body, status_code=problem.status, media_type=PROBLEM_JSON, headers=problem.headers)


def _usage_problem(exc: UsageError) -> Problem:
    """A library UsageError as a 400, its option's name (``--type: ...``) turned into the parameter's."""
    parameter = _PARAMETER_NAMES.get(exc.parameter or "", exc.parameter)
    detail = str(exc)
    if exc.parameter:
        for prefix in (f"--{exc.parameter.replace('_', '-')}: ", f"--{exc.parameter}: "):
            detail = detail.removeprefix(prefix)
    return Problem(400, detail, parameter)


def _validation_problem(exc: RequestValidationError) -> Problem:
    """FastAPI's check of a parameter's type or range, as a 400 naming the parameter."""
    first = exc.errors()[0]
    location = [str(part) for part in first.get("loc", ())]
    where = location[0] if location else "query"
    parameter = location[-1] if len(location) > 1 else where
    message = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
    given = first.get("input")
    shown = f" (got {given!r})" if isinstance(given, str | int | float) and len(repr(given)) < 80 else ""
    status = 422 if where == "body" else 400
    return Problem(status, f"{message}{shown}", parameter, where)


def install(app: FastAPI) -> None:
    """Answer every error of ``app`` with problem details."""

    async def on_problem(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, Problem)
        return problem_response(exc, request)

    async def on_usage(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, UsageError)
        return problem_response(_usage_problem(exc), request)

    async def on_eventwire(request: Request, exc: Exception) -> JSONResponse:
        return problem_response(Problem(422, str(exc)), request)

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return problem_response(_validation_problem(exc), request)

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).description
        return problem_response(Problem(exc.status_code, detail, headers=dict(exc.headers or {})), request)

    async def on_error(request: Request, exc: Exception) -> JSONResponse:
        _log.exception("%s %s failed", request.method, request.url.path)
        return problem_response(Problem(500, "the server failed on this request; its log says why"), request)

    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(UsageError, on_usage)
    app.add_exception_handler(EventwireError, on_eventwire)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_error)
