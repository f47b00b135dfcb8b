"""Gold spans carried onto the engine's cleaned text, and the matching helpers the scorers share."""

from __future__ import annotations

from eventwire.evaluate.align import NOWHERE, SpanMap, covers, occurrences, one_to_one, overlaps


def test_same_text_maps_every_span_to_itself() -> None:
    spans = SpanMap("Police arrested him.", "Police arrested him.")
    assert spans.identity
    assert spans.span(7, 15) == (7, 15)


def test_collapsed_white_space_and_a_removed_headline_move_spans_onto_the_cleaned_words() -> None:
    source = "Big News.\n\nPolice  arrested\nJohn Smith's brother on Monday."
    target = "Police arrested John Smith's brother on Monday."
    spans = SpanMap(source, target)
    for words in ("Police", "arrested", "John Smith", "brother on Monday", "Smith's", "Monday."):
        start = source.index(words)
        mapped = spans.span(start, start + len(words))
        assert mapped is not None and target[mapped[0] : mapped[1]] == words, words
    # a span across the collapsed white space keeps its words
    mapped = spans.span(source.index("Police"), source.index("arrested") + len("arrested"))
    assert mapped is not None and target[mapped[0] : mapped[1]] == "Police arrested"
    # the headline is gone: its span has no counterpart, and is counted
    assert spans.span(0, 8) is None and spans.place(0, 8) == NOWHERE
    assert spans.lost == 2


def test_a_span_inside_a_word_keeps_its_offset_within_the_word() -> None:
    spans = SpanMap("a  Tsarnaev's bag", "a Tsarnaev's bag")
    assert spans.span(3, 11) == (2, 10)


def test_nowhere_overlaps_nothing() -> None:
    assert not overlaps(NOWHERE, (0, 100))
    assert not covers((0, 100), NOWHERE)


def test_overlap_and_cover() -> None:
    assert overlaps((0, 5), (4, 9)) and not overlaps((0, 5), (5, 9))
    assert covers((0, 9), (2, 5)) and covers((2, 5), (2, 5)) and not covers((3, 9), (2, 5))
    assert not covers((0, 9), (3, 3))  # an empty span is held by nothing


def test_occurrences_within_a_window() -> None:
    text = "he said he would, he said"
    assert occurrences(text, "he said") == [(0, 7), (18, 25)]
    assert occurrences(text, "he", 3, 17) == [(8, 10)]
    assert occurrences(text, "") == []


def test_one_to_one_takes_the_best_rank_first_and_uses_each_side_once() -> None:
    candidates = [((1,), 0, 0), ((0,), 1, 0), ((0,), 0, 1), ((2,), 1, 1)]
    assert sorted(one_to_one(candidates)) == [(0, 1), (1, 0)]
    # ties go to the earlier gold
    assert one_to_one([((0,), 1, 0), ((0,), 0, 0)]) == [(0, 0)]
