"""A page of rows as the client asked for it: JSON, CSV or GeoJSON.

JSON carries the page in ``items`` with ``total``, ``limit``, ``offset`` and the ``next`` offset
(null on the last page); CSV and GeoJSON carry the same in headers (``X-Total-Count`` and a
``Link`` to the next page), so a spreadsheet or a GIS opens the body as it is.  GeoJSON places
each row at its place's coordinates (``lat``/``lon``, or an incident's ``place_lat``/``place_lon``;
longitude first, RFC 7946), or at no point when it has none.  A list in a CSV cell (an alert's
incidents) is written as its items joined by "; ".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from eventwire.serve.params import Format, Page


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=_plain)


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(_plain(v)) for v in value)
    return _plain(value)


def _csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """CSV with the rows' own keys as its header (``columns`` when there is no row)."""
    out = io.StringIO()
    header = list(rows[0]) if rows else list(columns)
    writer = csv.DictWriter(out, fieldnames=header, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def _point(row: dict[str, Any]) -> tuple[Any, Any, tuple[str, str]]:
    """(lat, lon) of a row and the keys they came from."""
    for keys in (("lat", "lon"), ("place_lat", "place_lon")):
        if keys[0] in row:
            return row.get(keys[0]), row.get(keys[1]), keys
    return None, None, ("lat", "lon")


def _geojson(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    features = []
    for row in rows:
        lat, lon, keys = _point(row)
        geometry = (
            {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        )
        properties = {k: _plain(v) for k, v in row.items() if k not in keys}
        features.append({"type": "Feature", "geometry": geometry, "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def page_response(
    request: Request,
    rows: Sequence[dict[str, Any]],
    total: int | None,
    page: Page,
    fmt: Format,
    columns: Sequence[str],
) -> Response:
    """``rows``, one page of ``total``, in the format asked for.

    Where counting every row would cost more than the page (actors, articles), ``total`` is None
    and ``rows`` holds one row past the page, which says whether another page follows.
    """
    more = len(rows) > page.limit if total is None else page.offset + page.limit < total
    rows = rows[: page.limit]
    following = page.offset + page.limit if more else None
    headers = {} if total is None else {"X-Total-Count": str(total)}
    if following is not None:
        headers["Link"] = f'<{request.url.include_query_params(offset=following)}>; rel="next"'
    if fmt is Format.csv:
        return Response(_csv(rows, columns), media_type="text/csv; charset=utf-8", headers=headers)
    if fmt is Format.geojson:
        return Response(_json(_geojson(rows)), media_type="application/geo+json", headers=headers)
    body = {"items": rows, "total": total, "limit": page.limit, "offset": page.offset, "next": following}
    return Response(_json(body), media_type="application/json", headers=headers)


def list_response(
    rows: Sequence[dict[str, Any]], fmt: Format, columns: Sequence[str], **extra: Any
) -> Response:
    """A whole bounded list (counts by place, by period) in the format asked for; ``extra`` keys go
    beside ``items`` in JSON."""
    if fmt is Format.csv:
        return Response(_csv(rows, columns), media_type="text/csv; charset=utf-8")
    if fmt is Format.geojson:
        return Response(_json(_geojson(rows)), media_type="application/geo+json")
    return json_response({**extra, "items": rows})


def json_response(data: Any, status: int = 200) -> Response:
    """Any answer as JSON (dates as ISO strings)."""
    return Response(_json(data), status_code=status, media_type="application/json")
