"""A title line at the top of a text: short, no final full stop, followed by a blank line."""

from __future__ import annotations

import re

from eventwire.clean.dateline import find_dateline
from eventwire.clean.draft import Draft

#: Headlines are rarely longer than this; a longer first line is a paragraph.
MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 200
_NO_TITLE_END = re.compile(r"[.,;:]$")
_HAS_LETTERS = re.compile(r"[^\W\d_]{2}")
# A first line that is only a date ("Monday, August 3, 2020") is a date stamp, not a headline.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_OR_DAY = rf"{_MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE_WORD = rf"(?:{_MONTH_OR_DAY}|\d{{1,4}}(?:st|nd|rd|th)?|[/:.\-]|\d{{1,2}}:\d{{2}}|[AP]M|GMT|UTC)"
_DATE_ONLY = re.compile(rf"{_DATE_WORD}(?:[\s,]+{_DATE_WORD})*")
_HAS_DIGIT = re.compile(r"\d")


def take_title(draft: Draft, given: str | None) -> str | None:
    """The title line's text when the first paragraph is one; it leaves the body.

    When the input gave a title, a first line repeating it still leaves the body, and the given
    title is kept; a first line that differs from a given title stays in the body.
    """
    if len(draft.paragraphs) < 2 or len(draft.paragraphs[0]) != 1:
        return given
    line = draft.paragraphs[0][0]
    if given is not None and _same(line, given):
        draft.paragraphs.pop(0)
        draft.drop(line, "title")
        return given
    if given is None and looks_like_title(line):
        draft.paragraphs.pop(0)
        draft.drop(line, "title")
        return line
    return given


def looks_like_title(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= MAX_TITLE_WORDS
        and len(line) <= MAX_TITLE_CHARS
        and not _NO_TITLE_END.search(line)
        and bool(_HAS_LETTERS.search(line))
        and find_dateline(line + " X") is None
        and not (_HAS_DIGIT.search(line) and _DATE_ONLY.fullmatch(line))
    )


def _same(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()

    return squash(a) == squash(b)
