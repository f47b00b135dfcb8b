"""Page clutter: whole short lines that match a boilerplate pattern, and a trailing run of link-like lines."""

from __future__ import annotations

import re

from eventwire.clean.data_files import reasoned_patterns
from eventwire.clean.draft import Draft

#: Longer lines are story text whatever words they contain (cookie notices run to ~60 words).
MAX_WORDS = 70
#: A trailing line this short without final punctuation reads as a link or a label, not a paragraph.
MAX_TAIL_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def boilerplate_reason(line: str) -> str | None:
    """Why a line is boilerplate, or None when it is (or may be) story text."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > MAX_WORDS:
        return None
    for pattern, reason in reasoned_patterns("boilerplate.tsv"):
        if pattern.fullmatch(stripped):
            return reason
    return None


def remove_boilerplate(draft: Draft) -> None:
    """Drop every boilerplate line, then the tail of short link-like lines after the last real paragraph."""
    keep: dict[tuple[int, int], bool] = {}
    for i, lines in enumerate(draft.paragraphs):
        for j, line in enumerate(lines):
            reason = boilerplate_reason(line)
            if reason is not None:
                draft.drop(line, reason)
                keep[i, j] = False
    draft.keep_lines(keep)
    _remove_tail(draft)


def _remove_tail(draft: Draft) -> None:
    # Only whole trailing paragraphs of label-like lines go, and never the last paragraph standing.
    while len(draft.paragraphs) > 1 and all(_is_label(line) for line in draft.paragraphs[-1]):
        for line in draft.paragraphs.pop():
            draft.drop(line, "boilerplate tail")


def _is_label(line: str) -> bool:
    words = line.split()
    return len(words) <= MAX_TAIL_WORDS and not _SENTENCE_END.search(line) and not _is_quote_end(line)


def _is_quote_end(line: str) -> bool:
    return line.rstrip().endswith(("”", '"')) and len(line.split()) > 3
