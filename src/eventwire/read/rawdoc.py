"""RawDoc: one article as read from an input, before cleaning.

Whatever the input held, a RawDoc holds only strings that can be written anywhere: a lone
surrogate (JSON's "\\ud800", or a Python string) is replaced by U+FFFD and a NUL character is
dropped, each with a warning, so that one odd record can never make a later write fail.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import eventwire.read.limits as limits
from eventwire.errors import InputError
from eventwire.read.ids import normalise_date, stable_id
from eventwire.read.names import short_repr

_SURROGATE = re.compile("[\ud800-\udfff]")


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

    @property
    def article_id(self) -> str:
        """The id its article gets: the input's own, else one the content decides."""
        return self.id or stable_id(self.html if self.html is not None else self.text or "")


def make_doc(
    source: str,
    body: str,
    is_html: bool,
    *,
    id: object = None,
    title: object = None,
    url: object = None,
    published: object = None,
    warnings: tuple[str, ...] = (),
) -> RawDoc:
    """A RawDoc with a stable id when the input has none.

    Raises InputError for an empty or over-long body and for an id that is not a string or a
    number; a title, URL or date it cannot use is dropped with a warning.
    """
    notes = list(warnings)
    body = _writable(body, "text", notes)
    _check_size(source, body, is_html)
    return RawDoc(
        source=source,
        text=None if is_html else body,
        html=body if is_html else None,
        id=_id(id, notes) or stable_id(body),
        title=_optional_text(title, "title", notes),
        url=_optional_text(url, "url", notes),
        published=_date(published, notes),
        warnings=tuple(notes),
    )


def _check_size(source: str, body: str, is_html: bool) -> None:
    if not body.strip():
        raise InputError("empty file" if ":" not in source and "#" not in source else "empty article")
    what, limit = ("page", limits.max_article_bytes()) if is_html else ("article", limits.max_article_chars())
    if len(body) > limit:
        raise InputError(
            f"{what} is {len(body)} characters, over the {limit}-character limit for one article"
        )


def _writable(value: str, what: str, notes: list[str]) -> str:
    """The string with lone surrogates replaced and NUL characters dropped, each noted."""
    first = _SURROGATE.search(value)
    if first is not None:
        value = _SURROGATE.sub("\ufffd", value)
        notes.append(f"lone surrogate {first.group()!r} in the {what} replaced by U+FFFD")
    if "\x00" in value:
        notes.append(f"{value.count(chr(0))} NUL character(s) dropped from the {what}")
        value = value.replace("\x00", "")
    return value


def _json_kind(value: object) -> str:
    names = {list: "array", tuple: "array", dict: "object", bool: "boolean"}
    return f"a JSON {names[type(value)]}" if type(value) in names else f"a {type(value).__name__}"


def _id(value: object, notes: list[str]) -> str | None:
    """The input's own id: a string, or a number written in decimal; anything else is refused."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return _writable(value, "id", notes)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    raise InputError(f"id is {_json_kind(value)} ({short_repr(value)}), not a string or a number")


def _optional_text(value: object, what: str, notes: list[str]) -> str | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if value is not None and not isinstance(value, str):
        notes.append(f"{what} is {_json_kind(value)} ({short_repr(value)}), not a string; ignored")
        return None
    if not value:
        return None
    return _writable(value, what, notes).strip() or None


def _date(value: object, notes: list[str]) -> str | None:
    if value is None or value == "":
        return None
    date = normalise_date(value)
    if date is None:
        notes.append(f"published value {short_repr(value)} is not a date; ignored")
    return date
