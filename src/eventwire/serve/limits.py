"""What one client may ask of the server: bodies up to a size, requests at a rate.

Both are plain ASGI middleware, so that a request over a limit is answered (413, 429) before any
endpoint reads it.  A body is measured as it arrives, not only by its Content-Length, so a
chunked upload cannot slip past; the rate is a token bucket per client address (``burst``
requests at once, ``rate`` more each second), applied to the API under ``/v1`` only: the
dashboard's files are not counted.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from http import HTTPStatus
from typing import Any

from eventwire.serve.problems import PROBLEM_JSON

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


async def _send_problem(
    send: Send, scope: Scope, status: int, detail: str, headers: dict[str, str] | None = None
) -> None:
    body = json.dumps(
        {
            "type": "about:blank",
            "title": HTTPStatus(status).phrase,
            "status": status,
            "detail": detail,
            "instance": scope.get("path", ""),
        }
    ).encode()
    raw = [(b"content-type", PROBLEM_JSON.encode()), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413 problem details."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _detail(self) -> str:
        return f"the request body is over the limit of {self.max_bytes:,} bytes"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _send_problem(send, scope, 413, self._detail())
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise _TooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except _TooLarge:
            if started:
                raise
            await _send_problem(send, scope, 413, self._detail())


class RateLimit:
    """A token bucket per client address for paths under ``/v1``; ``rate`` 0 turns it off."""

    def __init__(
        self, app: ASGIApp, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.app = app
        self.rate = rate
        self.burst = burst
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # client -> (tokens, when)
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """Take a token for ``client``: 0 when granted, else the seconds until one is free."""
        now = self.clock()
        with self._lock:
            tokens, when = self._buckets.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - when) * self.rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                return 0.0
            self._buckets[client] = (tokens, now)
            if len(self._buckets) > 10_000:  # forget idle clients rather than grow without end
                self._buckets = {c: b for c, b in self._buckets.items() if now - b[1] < 60}
            return (1.0 - tokens) / self.rate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.rate <= 0 or not str(scope.get("path", "")).startswith("/v1"):
            await self.app(scope, receive, send)
            return
        client = scope.get("client") or ("unknown", 0)
        wait = self.take(str(client[0]))
        if wait > 0:
            retry = str(max(1, round(wait + 0.5)))
            detail = (
                f"over the limit of {self.rate:g} requests a second (bursts of {self.burst}); retry later"
            )
            await _send_problem(send, scope, 429, detail, {"Retry-After": retry})
            return
        await self.app(scope, receive, send)
