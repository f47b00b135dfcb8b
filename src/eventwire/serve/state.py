"""What a running server holds: its settings, the store, the in-memory event index, one writer.

The store is opened once for the server's life: read-only when writes are off (other processes
may then read it too), for writing when a token turns them on.  Reads go through cursors of
their own, one per request; writes are one at a time, and refresh the index and the cached
summary when they are done.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.config import Config
from eventwire.model import Article
from eventwire.pipeline import Failure
from eventwire.serve.index import EventIndex, IndexReader
from eventwire.store import Store
from eventwire.store.queries import Summary, summary
from eventwire.store.view import EventStore

#: The environment variable whose value, when set, turns writes on and is the bearer token they need.
TOKEN_ENV = "EVENTWIRE_TOKEN"


@dataclass(frozen=True)
class ServeSettings:
    """How a server behaves; every limit has a default fit for one analyst on a laptop."""

    db: Path
    token: str | None = None  # writes are off without one
    max_body_bytes: int = 5 * 1024 * 1024
    default_page: int = 50
    max_page: int = 1000
    rate: float = 50.0  # requests a second per client, after a burst; 0: no limit
    burst: int = 200
    config: Config = field(default_factory=Config)  # how POSTed articles are processed

    @classmethod
    def from_env(cls, db: Path, **options: Any) -> ServeSettings:
        """Settings with the write token taken from the environment (TOKEN_ENV), if set and not blank."""
        token = os.environ.get(TOKEN_ENV, "").strip() or None
        return cls(db=db, token=token, **options)


class ServedStore:
    """The store behind a server, and the index of its events."""

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self.store = Store(settings.db, read_only=settings.token is None, wait_s=settings.config.store.wait_s)
        self.index = EventIndex()
        self._write_lock = threading.Lock()
        self._summary: Summary | None = None
        try:
            self.index.load(self.store)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self.index.close()
        self.store.close()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """The store on a cursor of this request's own."""
        with self.store.reader() as reader:
            yield reader

    @contextmanager
    def view(self) -> Iterator[EventStore]:
        """The library's queries over the store (as ``eventwire.open`` gives them, with the server's
        settings), read through this request's own cursor."""
        with self.reading() as reader:
            yield EventStore(self.settings.db, store=reader, config=self.settings.config)

    @contextmanager
    def events(self) -> Iterator[IndexReader]:
        """The in-memory event rows (table ``ev``) on a cursor of this request's own."""
        with self.index.reader() as reader:
            yield reader

    def summary(self) -> Summary:
        """The store's summary, computed once per write (it scans every table)."""
        cached = self._summary
        if cached is None:
            with self.reading() as reader:
                cached = self._summary = summary(reader)
        return cached

    def write(self, articles: Sequence[Article]) -> list[Failure]:
        """Store articles as the library stores them (one run; an article of a stored id replaced),
        then refresh the index; the articles that could not be stored (the store's failures table
        says why)."""
        ids = [a.id for a in articles]
        with self._write_lock:
            EventStore(self.settings.db, store=self.store).add(articles)
            stored = {r["id"] for r in self.store.fetch("SELECT id FROM articles WHERE id = ANY(?)", [ids])}
            self.index.refresh(self.store, ids)
            self._summary = None
        reason = "could not store the article (the store's failures table says why)"
        return [Failure(a.source or a.id, "store", reason, a.id) for a in articles if a.id not in stored]
