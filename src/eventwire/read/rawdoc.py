"""RawDoc: one article as read from an input, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.errors import InputError
from eventwire.read.ids import normalise_date, stable_id


@dataclass(frozen=True)
class RawDoc:
    source: str  # the input's name for messages: "notes/a.html", "dump.jsonl:17", "feed.xml#3", "-"
    text: str | None = None  # decoded plain text, or None
    html: str | None = None  # decoded HTML, or None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # "YYYY-MM-DD" when the input says
    warnings: tuple[str, ...] = ()


def make_doc(
    source: str,
    body: str,
    is_html: bool,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: object = None,
    warnings: tuple[str, ...] = (),
) -> RawDoc:
    """A RawDoc with a stable id when the input has none; raises InputError for an empty body."""
    if not body.strip():
        raise InputError("empty file" if ":" not in source and "#" not in source else "empty article")
    return RawDoc(
        source=source,
        text=None if is_html else body,
        html=body if is_html else None,
        id=id or stable_id(body),
        title=(title or "").strip() or None,
        url=(url or "").strip() or None,
        published=normalise_date(published),
        warnings=warnings,
    )
