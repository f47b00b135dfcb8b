"""Indexes that keep stages near-linear give the answers a full scan gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventwire.nlp import FakeBackend
from eventwire.spans import SpanIndex, index_of
from eventwire.times.find import _Taken

SPANS = st.lists(
    st.tuples(st.integers(0, 200), st.integers(1, 30)).map(lambda p: (p[0], p[0] + p[1])), max_size=40
)


@given(SPANS, st.integers(0, 230), st.integers(0, 40))
def test_span_index_answers_as_a_scan(spans: list[tuple[int, int]], start: int, width: int) -> None:
    end = start + width
    index = SpanIndex(spans)
    assert index.covering(start, end) == [n for n, (s, e) in enumerate(spans) if s <= start and end <= e]
    assert index.inside(start, end) == [n for n, (s, e) in enumerate(spans) if start <= s and e <= end]


def test_index_of_builds_once_per_list() -> None:
    built: list[int] = []
    owner = [(0, 4)]

    def make() -> SpanIndex:
        built.append(1)
        return SpanIndex(owner)

    assert index_of(owner, make) is index_of(owner, make)
    assert len(built) == 1


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(1, 10)), max_size=30))
def test_taken_spans_answer_overlaps_as_a_scan(candidates: list[tuple[int, int]]) -> None:
    taken, kept = _Taken(), []
    for start, width in candidates:
        end = start + width
        scan = any(start < e and s < end for s, e in kept)
        assert taken.overlaps(start, end) == scan
        if not scan:
            taken.add(start, end)
            kept.append((start, end))


@given(st.integers(0, 60), st.integers(0, 20))
def test_tokens_overlapping_answers_as_a_scan(start: int, width: int) -> None:
    parse = FakeBackend().parse("Rebels shelled the town. Police arrested 12 men in Basra on Monday.")
    end = start + width
    expected = [t for t in parse.tokens if t.start < end and start < t.end]
    assert parse.tokens_overlapping(start, end) == expected
