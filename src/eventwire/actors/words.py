"""The actors stage's small word lists (``data/words.tsv``)."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def _table() -> dict[str, frozenset[str]]:
    text = resources.files("eventwire.actors").joinpath("data", "words.tsv").read_text(encoding="utf-8")
    table: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, word = line.split("\t")
            table.setdefault(kind, set()).add(word.strip().lower())
    return {kind: frozenset(words) for kind, words in table.items()}


def words_of(kind: str) -> frozenset[str]:
    """The words of one list: affiliation, foreign, edge, orgword, sector."""
    return _table().get(kind, frozenset())
