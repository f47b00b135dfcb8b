"""Discard phrases: text that marks a sentence (or a whole story) as not to be coded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Discard:
    """One phrase; ``story`` discards the whole story, ``whole_word`` forbids stem matches."""

    phrase: str
    story: bool
    whole_word: bool


@dataclass(frozen=True)
class Discards:
    entries: tuple[Discard, ...]

    @cached_property
    def _patterns(self) -> list[tuple[re.Pattern[str], Discard]]:
        out = []
        for entry in self.entries:
            tail = r"\b" if entry.whole_word else ""
            out.append((re.compile(r"(?<!\w)" + re.escape(entry.phrase) + tail, re.IGNORECASE), entry))
        return out

    def match(self, text: str) -> Discard | None:
        """The first discard phrase found in ``text``, or None."""
        return next(iter(self.matches(text)), None)

    def matches(self, text: str) -> list[Discard]:
        """Every discard phrase found in ``text``."""
        return [entry for pattern, entry in self._patterns if pattern.search(text)]
