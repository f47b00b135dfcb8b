"""Loading the cleaner's word lists and pattern tables, once per process."""

from __future__ import annotations

import functools
import re

from eventwire.datafiles import lines


def _lines(name: str) -> list[str]:
    return lines("eventwire.clean", name)


@functools.cache
def word_set(name: str) -> frozenset[str]:
    """A one-word-a-line list, lower-cased."""
    return frozenset(line.strip().lower() for line in _lines(name))


@functools.cache
def whole_token_patterns(name: str) -> re.Pattern[str]:
    """A one-regex-a-line list, compiled into one pattern that must match a whole token."""
    return re.compile("|".join(f"(?:{line.strip()})" for line in _lines(name)))


@functools.cache
def reasoned_patterns(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A TSV of (regex, reason) rows; each regex must match a whole line, case-insensitively."""
    rows = []
    for line in _lines(name):
        pattern, reason = line.split("\t", 1)
        rows.append((re.compile(pattern.strip(), re.IGNORECASE), reason.strip()))
    return tuple(rows)
