"""Stable article ids and publication dates in one form."""

from __future__ import annotations

import hashlib
import re
import time
from datetime import datetime
from email.utils import parsedate_to_datetime

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def stable_id(content: str) -> str:
    """The same decoded content always gets the same id."""
    return "ew-" + hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def normalise_date(value: object) -> str | None:
    """'YYYY-MM-DD' from an ISO date or datetime, an RFC-822 date or a time.struct_time; else None."""
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%d", value)
    if not isinstance(value, str) or not value.strip():
        return None
    match = _ISO_DATE.match(value)
    if match:
        return _valid(*match.groups())
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.strftime("%Y-%m-%d")


def _valid(year: str, month: str, day: str) -> str | None:
    try:
        return datetime(int(year), int(month), int(day)).strftime("%Y-%m-%d")
    except ValueError:
        return None
