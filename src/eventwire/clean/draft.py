"""The cleaner's working state: paragraphs of lines and what has been taken out of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.model import Removed

Paragraphs = list[list[str]]


@dataclass
class Draft:
    paragraphs: Paragraphs
    removed: list[Removed] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)

    def drop(self, text: str, reason: str) -> None:
        self.removed.append(Removed(text=text, reason=reason))

    def keep_lines(self, keep: dict[tuple[int, int], bool]) -> None:
        """Remove the lines marked False in `keep` (by paragraph and line index), and empty paragraphs."""
        self.paragraphs = [
            [line for j, line in enumerate(lines) if keep.get((i, j), True)]
            for i, lines in enumerate(self.paragraphs)
        ]
        self.paragraphs = [lines for lines in self.paragraphs if lines]
