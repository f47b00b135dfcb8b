"""Finding the spans that cover or lie inside a stretch of text without scanning them all.

An extractor that asks, for each of an article's events, which actor mention covers a word or
which time expression lies in a clause would scan every span each time: quadratic in the length
of the article.  A :class:`SpanIndex` keeps the spans sorted by start and answers with binary
searches; :func:`index_of` builds one per list of spans and keeps the last few, so that the
many questions asked of one article's lists share one index.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

#: how many lists' indexes are kept (a stage asks of one article's lists at a time)
_KEPT = 8


class SpanIndex:
    """Spans (start, end) by start; each answer lists the spans' positions in their first order."""

    def __init__(self, spans: Sequence[tuple[int, int]], labels: Sequence[str] = ()) -> None:
        #: what each span stands for, by position (an actor's id for a mention), when given
        self.labels = list(labels)
        order = sorted(range(len(spans)), key=lambda n: spans[n])
        self._spans = [spans[n] for n in order]
        self._order = order
        self._starts = [s for s, _ in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)
        self._lengths = [e - s for s, e in spans]

    def length(self, position: int) -> int:
        """The length of the span at ``position`` (in the first order)."""
        return self._lengths[position]

    def covering(self, start: int, end: int) -> list[int]:
        """Positions of the spans that hold [start, end) whole."""
        first = bisect_left(self._starts, end - self._longest - 1)
        last = bisect_right(self._starts, start)
        return sorted(self._order[k] for k in range(first, last) if self._spans[k][1] >= end)

    def inside(self, start: int, end: int) -> list[int]:
        """Positions of the spans that lie whole within [start, end)."""
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return sorted(self._order[k] for k in range(first, last) if self._spans[k][1] <= end)


_INDEXES: OrderedDict[int, tuple[Any, SpanIndex]] = OrderedDict()


def index_of(owner: Any, make: Callable[[], SpanIndex]) -> SpanIndex:
    """The index ``make()`` builds of spans that ``owner`` (a list of an article, never changed in
    place) determines.

    Kept by the owner's identity, with the owner itself, so that its id is not reused while kept.
    """
    key = id(owner)
    kept = _INDEXES.get(key)
    if kept is not None and kept[0] is owner:
        _INDEXES.move_to_end(key)
        return kept[1]
    index = make()
    _INDEXES[key] = (owner, index)
    while len(_INDEXES) > _KEPT:
        _INDEXES.popitem(last=False)
    return index
