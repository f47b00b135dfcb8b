"""RSS and Atom feeds: one article per entry that has content or a summary."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser

from eventwire.errors import InputError, one_line
from eventwire.pipeline import Failure
from eventwire.read.rawdoc import RawDoc, make_doc


def read_feed(name: str, text: str) -> Iterator[RawDoc | Failure]:
    """Articles from a feed's entries; sources are `name#entry-number`."""
    parsed = feedparser.parse(text)
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = "feed has no entries"
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            reason = (
                f"broken feed: {one_line(problem) if isinstance(problem, BaseException) else 'unparseable'}"
            )
        yield Failure(name, "read", reason)
        return
    for number, entry in enumerate(entries, start=1):
        source = f"{name}#{number}"
        try:
            yield _entry_doc(source, entry)
        except InputError as exc:
            yield Failure(source, "read", one_line(exc))


def _entry_doc(source: str, entry: Any) -> RawDoc:
    body, mime = _entry_body(entry)
    if not body.strip():
        raise InputError("feed entry has no content or summary")
    return make_doc(
        source,
        body,
        "html" in mime,
        id=entry.get("id"),
        title=entry.get("title"),
        url=entry.get("link"),
        published=entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published"),
    )


def _entry_body(entry: Any) -> tuple[str, str]:
    """The longest of the entry's content blocks and summary, and its MIME type."""
    candidates = [(c.get("value") or "", c.get("type") or "text/html") for c in entry.get("content") or []]
    summary = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", summary.get("type") or "text/html"))
    return max(candidates, key=lambda pair: len(pair[0]))
