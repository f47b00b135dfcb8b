"""The web app: the HTTP API under ``/v1``, its OpenAPI docs at ``/docs``, and the dashboard at ``/``.

Everything it serves is in the package: the dashboard's files and the front-end libraries it
uses (``static/vendor``, each with its licence), and Swagger UI for the docs, so that it works
on a laptop with no network.  ``create_app`` opens the store at once (a missing or foreign file
fails there, not on the first request) and closes it when the app shuts down.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

import eventwire.serve.problems as problems
import eventwire.serve.read as read
import eventwire.serve.stories as stories
import eventwire.serve.write as write
from eventwire import __version__
from eventwire.serve.formats import json_response
from eventwire.serve.limits import BodyLimit, RateLimit
from eventwire.serve.state import ServedStore, ServeSettings

STATIC = Path(str(resources.files("eventwire.serve").joinpath("static")))

_DESCRIPTION = """Events coded by eventwire from the news in one store: who did what to whom,
when and where, every field traced to the words of its article.

Listings take the filters of `eventwire events` and come as JSON, CSV or GeoJSON, a page at a
time. Errors are problem details (RFC 9457) naming the parameter at fault. Writing
(`POST /v1/articles`) needs the server's token as a bearer token, and is off without one."""


def create_app(settings: ServeSettings) -> FastAPI:
    """The app serving ``settings.db``."""
    served = ServedStore(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        served.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description=_DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.served = served
    problems.install(app)
    for module in (read, stories, write):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _pages(app, settings)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RateLimit, rate=settings.rate, burst=settings.burst)
    return app


def _pages(app: FastAPI, settings: ServeSettings) -> None:
    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="eventwire API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/v1", tags=["summary"], summary="What this server offers")
    def index() -> object:
        return json_response(
            {
                "version": __version__,
                "writes": settings.token is not None,
                "max_page": settings.max_page,
                "max_body_bytes": settings.max_body_bytes,
                "docs": "/docs",
                "openapi": app.openapi_url,
            }
        )
