"""Carry gold spans from a record's text onto the text the engine returns.

The engine cleans what it reads (whitespace collapsed, a repeated headline,
a credit line or a dateline taken off), so ``Article.text`` can differ from a
gold record's ``text``, and gold offsets then point at the wrong words.  The
two texts are aligned word by word (``difflib`` over whitespace-separated
words, which is fast on long articles and exact on the words cleaning keeps),
and a gold span is moved onto the article's text through the words it covers.
A span whose words cleaning removed has no counterpart (``None``): it can be
missed, never found.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from difflib import SequenceMatcher

_WORD = re.compile(r"\S+")
#: where a span with no counterpart is put for scorers that need integers: it overlaps nothing
NOWHERE = (-1, -1)


class SpanMap:
    """Maps ``[start, end)`` spans of ``source`` onto ``target``, word by word."""

    def __init__(self, source: str, target: str) -> None:
        self.identity = source == target
        self.lost = 0  # spans that had no counterpart, for the results
        if self.identity:
            return
        words = [(m.start(), m.end()) for m in _WORD.finditer(source)]
        theirs = [m.start() for m in _WORD.finditer(target)]
        matcher = SequenceMatcher(
            None, [source[s:e] for s, e in words], _WORD.findall(target), autojunk=False
        )
        #: the source words that have a counterpart, in order, and where each starts in target
        self._words: list[tuple[int, int]] = []
        self._to: list[int] = []
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size):
                self._words.append(words[a + k])
                self._to.append(theirs[b + k])
        self._starts = [s for s, _ in self._words]
        self._ends = [e for _, e in self._words]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The span's counterpart in the target: from its first kept word to its last."""
        if self.identity:
            return (start, end)
        first = bisect_right(self._ends, start)  # the first kept word ending after start
        last = bisect_left(self._starts, end) - 1  # the last kept word starting before end
        if first > last:
            self.lost += 1
            return None
        (s0, _), (s1, e1) = self._words[first], self._words[last]
        return (self._to[first] + max(0, start - s0), self._to[last] + min(end, e1) - s1)

    def place(self, start: int, end: int) -> tuple[int, int]:
        """As :meth:`span`, with :data:`NOWHERE` for a span that has no counterpart."""
        return self.span(start, end) or NOWHERE


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two ``[start, end)`` spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def covers(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    """Whether ``outer`` holds ``inner`` whole (an empty span is held by nothing)."""
    return inner[0] < inner[1] and outer[0] <= inner[0] and inner[1] <= outer[1]


def occurrences(text: str, words: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Every span of ``text[start:end]`` that is ``words`` exactly (none for empty words)."""
    if not words:
        return []
    stop = len(text) if end is None else end
    found, at = [], text.find(words, start, stop)
    while at >= 0:
        found.append((at, at + len(words)))
        at = text.find(words, at + 1, stop)
    return found


def one_to_one(candidates: Iterable[tuple[tuple[float, ...], int, int]]) -> list[tuple[int, int]]:
    """Pairs (gold, found) taken greedily, best rank first, each side used once.

    ``candidates`` are ``(rank, gold index, found index)``; a lower rank is better,
    and ties go to the earlier gold, then the earlier found item.
    """
    pairs: list[tuple[int, int]] = []
    golds: set[int] = set()
    founds: set[int] = set()
    for _, g, f in sorted(candidates):
        if g not in golds and f not in founds:
            pairs.append((g, f))
            golds.add(g)
            founds.add(f)
    return pairs
