"""Which actor names a stretch of text: actor mentions indexed by where they start.

The resolver records every answer in the actors' mentions, so a consumer asks only this: the
quote finder for the actor of a speaker mention, the resolver for the mention over a word.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.model import Actor


@dataclass(frozen=True, slots=True)
class Mentioned:
    start: int
    end: int
    actor: str


class MentionIndex:
    """The mentions of a list of actors, sorted by start; lookups are binary searches."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self._mentions = sorted(
            (Mentioned(s, e, a.id) for a in actors for s, e in a.mentions if s < e),
            key=lambda m: (m.start, m.end),
        )
        self._starts = [m.start for m in self._mentions]
        self._longest = max((m.end - m.start for m in self._mentions), default=0)

    def overlapping(self, start: int, end: int) -> list[Mentioned]:
        """Mentions that share a character with [start, end)."""
        first = bisect_left(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        return [m for m in self._mentions[first:last] if m.end > start]

    def naming(self, start: int, end: int, head_start: int, head_end: int) -> str | None:
        """The actor a phrase names: the one whose mention lies under its head word, else any
        mention inside the phrase; the shortest such mention when several do."""
        found = self.overlapping(head_start, head_end) or self.overlapping(start, end)
        return min(found, key=lambda m: m.end - m.start).actor if found else None
