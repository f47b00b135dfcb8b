"""ontology.tables.longest: passing over words no phrase begins with finds what the full search finds."""

from __future__ import annotations

import pytest

from eventwire.lookup import key
from eventwire.ontology.tables import first_words, longest

TABLE = {key(p): p for p in ("The Hague", "al-Qaeda", "United States", "Islamic State", "Hamas")}


@pytest.mark.parametrize(
    "words",
    [
        ["The", "Hague", "court"],
        ["al", "-", "Qaeda", "fighters"],
        ["the", "United", "States", "said"],
        ["Hamas", "said"],
        ["Police", "said"],
        ["", "x"],
    ],
)
def test_the_first_word_filter_changes_nothing(words: list[str]) -> None:
    starts = first_words(TABLE)
    for at in range(len(words)):
        assert longest(TABLE, words, at, 4, starts) == longest(TABLE, words, at, 4)


def test_a_word_no_phrase_begins_with_is_passed_over() -> None:
    assert "police" not in first_words(TABLE) and "al" in first_words(TABLE)
