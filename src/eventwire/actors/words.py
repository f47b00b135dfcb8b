"""The actors stage's small word lists (``data/words.tsv``)."""

from __future__ import annotations

from functools import cache

from eventwire.datafiles import rows


@cache
def _table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for kind, word in rows("eventwire.actors", "words.tsv"):
        table.setdefault(kind, set()).add(word.strip().lower())
    return {kind: frozenset(words) for kind, words in table.items()}


def words_of(kind: str) -> frozenset[str]:
    """The words of one list: affiliation, foreign, edge, orgword, sector."""
    return _table().get(kind, frozenset())
