"""``POST /v1/articles``: process news and store it, as ``eventwire process --db`` does.

Writes are off unless the server was started with a token in its environment
(``EVENTWIRE_TOKEN``); with one, a request must carry it as a bearer token.  The body is text
(``text/plain``), a page (``text/html``), or JSON in the JSONL form of the contract (``text`` or
``html``, optional ``id``, ``title``, ``url``, ``published``): one object, or a list of at most
MAX_ITEMS.  Processing is the library's (:func:`eventwire.process`, the configuration the server
was given), storing the store writer's (one run per request, an article of a stored id replaced).
"""

from __future__ import annotations

import hmac
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from eventwire.api import process
from eventwire.pipeline import Failure
from eventwire.serve.formats import json_response
from eventwire.serve.params import Served
from eventwire.serve.problems import Problem
from eventwire.serve.state import TOKEN_ENV, ServedStore

router = APIRouter(prefix="/v1")

#: Articles one request may hold.
MAX_ITEMS = 100

_BODY_KINDS = {"text/plain": "text", "text/html": "html"}


def require_token(request: Request, served: Served) -> None:
    """Let the request write only when writes are on and it carries the server's token."""
    token = served.settings.token
    if token is None:
        raise Problem(
            403, f"writes are off: start the server with {TOKEN_ENV} set to a secret to turn them on"
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Problem(
            401,
            "writing needs the server's token as a bearer token (Authorization: Bearer TOKEN)",
            headers={"WWW-Authenticate": 'Bearer realm="eventwire"'},
        )
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Problem(401, "the token is wrong", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


def _items(body: bytes, content_type: str, meta: dict[str, str | None]) -> tuple[list[dict[str, Any]], bool]:
    """The inputs a body holds, and whether it was a list (answered with a list)."""
    kind = content_type.split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Problem(400, "the body is not UTF-8", "body", "body") from None
    if kind in _BODY_KINDS:
        given = {k: v for k, v in meta.items() if v is not None}
        return [{**given, _BODY_KINDS[kind]: text}], False
    if kind != "application/json":
        raise Problem(415, "send text/plain, text/html or application/json", "Content-Type", "header")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Problem(400, f"the body is not JSON: {exc.msg} at line {exc.lineno}", "body", "body") from None
    listed = isinstance(data, list)
    records = data if listed else [data]
    if not records or len(records) > MAX_ITEMS or not all(isinstance(r, dict) for r in records):
        raise Problem(400, f"send one JSON object or a list of 1 to {MAX_ITEMS} of them", "body", "body")
    return records, listed


def _process_and_store(served: ServedStore, items: list[dict[str, Any]], published: str | None) -> Any:
    failed: list[Failure] = []
    articles = process(items, published=published, config=served.settings.config, on_failure=failed.append)
    failed += served.write(articles)
    stored = [a for a in articles if a.id not in {f.article_id for f in failed}]
    return stored, failed


@router.post(
    "/articles",
    tags=["articles"],
    summary="Process and store articles (needs the write token)",
    status_code=201,
    dependencies=[Depends(require_token)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"type": "object"}},
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    },
)
async def post_articles(
    request: Request,
    served: Served,
    published: Annotated[
        str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="date for inputs that carry none")
    ] = None,
    id: Annotated[
        str | None, Query(max_length=500, description="the article's id (text or HTML body)")
    ] = None,
    title: Annotated[str | None, Query(max_length=1000, description="its title (text or HTML body)")] = None,
    url: Annotated[str | None, Query(max_length=2000, description="its URL (text or HTML body)")] = None,
) -> Response:
    """One input gives its article (CONTRACT.md form); a JSON list gives
    ``{"articles": [...], "failures": [...]}``.  An input that cannot be processed is a 422."""
    items, listed = _items(
        await request.body(), request.headers.get("content-type", ""), {"id": id, "title": title, "url": url}
    )
    stored, failed = await run_in_threadpool(_process_and_store, served, items, published)
    if not listed:
        if failed or not stored:
            reason = failed[0].line().removeprefix("error: ") if failed else "no article in it"
            raise Problem(422, f"the input could not be processed: {reason}", "body", "body")
        return json_response(stored[0].to_json_dict(), 201)
    body = {"articles": [a.to_json_dict() for a in stored], "failures": [f.line() for f in failed]}
    return json_response(body, 201 if stored else 422)
