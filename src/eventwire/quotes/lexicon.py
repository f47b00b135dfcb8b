"""The knowledge only the quote finder reads: frame verbs and quote marks.

Each table lives in ``data/`` (see ``data/README.md`` for sources) and is read
once per process.  The speech verbs and pronouns, which the coreference resolver
reads as well, live in :mod:`eventwire.coref.words`.
"""

from __future__ import annotations

from functools import cache

from eventwire.datafiles import rows


def _rows(name: str) -> list[list[str]]:
    return rows("eventwire.quotes", name)


@cache
def frame_verbs() -> frozenset[str]:
    """Verbs that report speech only in a bare frame beside a quote ("“...,” she continued")."""
    return frozenset(row[0].strip().lower() for row in _rows("frame_verbs.tsv"))


@cache
def double_quote_marks() -> dict[str, frozenset[str]]:
    """Opening double mark -> the marks that may close it."""
    return {row[0]: frozenset(row[1]) for row in _rows("quote_marks.tsv")}


@cache
def content_verbs() -> dict[str, frozenset[str]]:
    """Verb lemma -> the complements that carry what it attributes to its subject: ``clause``,
    ``inf``, ``object``, ``predicate``, or a preposition ("for" of "called for")."""
    return {
        row[0].strip().lower(): frozenset(k.strip() for k in row[1].split(","))
        for row in _rows("content_verbs.tsv")
    }
