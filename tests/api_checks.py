"""Checks shared by the HTTP API's tests: problem details, and a listing fetched page by page."""

from __future__ import annotations

from typing import Any

#: Strings that would do harm if formatted into SQL: every filter must refuse them or match nothing.
INJECTIONS = [
    "'; DROP TABLE events; --",
    "' OR '1'='1",
    "1 OR 1=1",
    "ASSAULT' UNION SELECT * FROM articles --",
    '"); DELETE FROM articles; --',
    "%' --",
    "\\'; COPY events TO '/tmp/x.csv'; --",
]


def problem(response: Any, status: int, parameter: str | None) -> dict[str, Any]:
    """The body of a problem-details answer of ``status`` naming ``parameter`` (None: no parameter)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    if parameter is not None:
        assert body["parameter"] == parameter, body
        assert body["invalid_params"][0]["name"] == parameter
        assert parameter in body["detail"]
    return body


def every_page(client: Any, path: str, limit: int = 1000, **params: Any) -> tuple[list[dict[str, Any]], Any]:
    """Every row of a listing, page by page as a client follows ``next``; and the last ``total``."""
    rows: list[dict[str, Any]] = []
    offset: int | None = 0
    total = None
    while offset is not None:
        got = client.get(path, params={**params, "limit": limit, "offset": offset})
        assert got.status_code == 200, got.text
        body = got.json()
        assert body["offset"] == offset and len(body["items"]) <= limit
        rows += body["items"]
        total, offset = body["total"], body["next"]
    return rows, total
