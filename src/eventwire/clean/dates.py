"""Publication dates printed on a page ("Posted: Sep. 6, 2019 | Wire reports") when its markup has none."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_LABEL = r"(?:posted|published|updated|last updated|date)\s*(?:on)?\s*:?\s*(?:[A-Za-z]+day,?\s+)?"
_PRINTED = (
    re.compile(_LABEL + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})", re.IGNORECASE),
    re.compile(_LABEL + r"(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})", re.IGNORECASE),
    re.compile(_LABEL + r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", re.IGNORECASE),
)


def printed_date(page_text: str) -> str | None:
    """'YYYY-MM-DD' from the first labelled date ("Posted: ...", "Published on ...") in a page's text."""
    for pattern in _PRINTED:
        for match in pattern.finditer(page_text):
            found = _as_date(match.group("year"), match.group("month"), match.group("day"))
            if found is not None:
                return found
    return None


def _as_date(year: str, month: str, day: str) -> str | None:
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
    if month_number is None:
        return None
    try:
        return date(int(year), month_number, int(day)).isoformat()
    except ValueError:
        return None
