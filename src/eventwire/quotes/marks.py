"""Quoted passages found from the quote marks alone, before any parsing.

Double marks (straight, curly, guillemets, low-high) delimit quotes; single
curly marks delimit a quote only outside a double one (British style), since
inside one they nest.  A paragraph that opens a quote without closing it ends
the quote at the paragraph's end; when the next paragraph opens with a mark,
the two passages are one quote running over paragraphs (the news convention)
and share a ``chain``.  Scare quotes, one or two words inside a sentence, are
kept as ranges (so no speaker is taken from inside them) but not reported;
so are names and titles in marks mid-sentence (“Operation Desert Storm”).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from eventwire.config import active
from eventwire.quotes.lexicon import double_quote_marks

_SINGLE = re.compile(r"‘(?=\S)((?:[^‘’\n]|’(?=\w))*?\S)’(?!\w)")
_WORD = re.compile(r"\w+")
_EDGE_JUNK = " \t\r\n,;"
_SENTENCE_OPENERS = ".!?:;—–-"


@dataclass(frozen=True)
class Segment:
    start: int  # the quoted words, without marks or edge commas
    end: int
    outer_start: int  # the opening mark
    outer_end: int  # after the closing mark (or the paragraph's end when it never closes)
    paragraph: int
    chain: int  # passages of one quote running over paragraphs share a chain
    standalone: bool  # a quotation in its own right, not a scare-quoted word


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines of the text, each a paragraph."""
    return [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def find_segments(text: str) -> list[Segment]:
    segments: list[Segment] = []
    chain = -1
    continues = False
    for k, para in enumerate(paragraphs(text)):
        doubles = _double_spans(text, para)
        spans = sorted(doubles + _single_spans(text, para, doubles))
        for n, (open_at, close_end, closed) in enumerate(spans):
            if not (n == 0 and continues and text[para.start : open_at].strip() == ""):
                chain += 1
            segment = _segment(text, para, k, chain, open_at, close_end, closed)
            if segment is not None:
                segments.append(segment)
        continues = bool(spans) and not spans[-1][2]
    return segments


def _double_spans(text: str, para: Paragraph) -> list[tuple[int, int, bool]]:
    """(opening mark, end, closed?) for each double-quoted passage of the paragraph."""
    marks = double_quote_marks()
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    closers: frozenset[str] = frozenset()
    for i in range(para.start, para.end):
        ch = text[i]
        closes = ch in closers and not _opens_word(text, i, para.end)
        if open_at is not None and (closes or _typed_as_opening(text, i, para.end, open_at)):
            spans.append((open_at, i + 1, True))
            open_at = None
        elif ch in marks and _can_open(text, i, para.end):
            if open_at is not None:  # a new quote opens before the last one closed
                spans.append((open_at, i, False))
            open_at, closers = i, marks[ch]
    if open_at is not None:
        spans.append((open_at, para.end, False))
    return spans


def _typed_as_opening(text: str, i: int, stop: int, open_at: int) -> bool:
    """The open quote's own opening mark, typed again where a closing one belongs: after a word or
    a comma and before a space or the paragraph's end ('here,“ said'), it closes the quote."""
    if text[i] != text[open_at] or text[i - 1].isspace():
        return False
    return i + 1 >= stop or text[i + 1].isspace()


def _opens_word(text: str, i: int, stop: int) -> bool:
    """A straight mark after a space and before a word opens a quote; it does not close one."""
    return text[i] == '"' and i > 0 and text[i - 1].isspace() and i + 1 < stop and text[i + 1].isalnum()


def _can_open(text: str, i: int, stop: int) -> bool:
    """A mark that also closes quotes (", ”, “, ») opens one only right before a word; « and „ may be
    followed by a space (French style)."""
    if i + 1 >= stop:
        return False
    return not text[i + 1].isspace() or text[i] not in _closing_marks()


@cache
def _closing_marks() -> frozenset[str]:
    return frozenset().union(*double_quote_marks().values())


def _single_spans(
    text: str, para: Paragraph, doubles: list[tuple[int, int, bool]]
) -> list[tuple[int, int, bool]]:
    """British-style ‘quotes’ that do not sit inside a double-quoted passage."""
    out: list[tuple[int, int, bool]] = []
    for m in _SINGLE.finditer(text, para.start, para.end):
        if not any(s <= m.start() < e for s, e, _ in doubles):
            out.append((m.start(), m.end(), True))
    return out


def _segment(
    text: str, para: Paragraph, k: int, chain: int, open_at: int, close_end: int, closed: bool
) -> Segment | None:
    start, end = open_at + 1, close_end - 1 if closed else close_end
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    if start >= end:
        return None
    standalone = _is_quotation(text, para, open_at, start, close_end - 1 if closed else end)
    return Segment(start, end, open_at, close_end, k, chain, standalone)


def _is_quotation(text: str, para: Paragraph, open_at: int, start: int, inner_end: int) -> bool:
    """Long enough to be a quotation, or a short utterance that opens a sentence ("“No,” he said")."""
    before = text[para.start : open_at].rstrip()
    opens_sentence = not before or before[-1] in _SENTENCE_OPENERS
    words = _WORD.findall(text, start, inner_end)
    if len(words) >= active().quotes.min_quote_words:  # fewer, mid-sentence: a scare quote
        return opens_sentence or not _is_title(words)
    ends_utterance = text[start:inner_end].rstrip()[-1:] in {",", ".", "!", "?"}
    return ends_utterance and opens_sentence


def _is_title(words: list[str]) -> bool:
    """“Operation Desert Storm”: a name or title in marks, not a quotation."""
    return all(w[0].isupper() or w[0].isdigit() for w in words)


class QuotedRanges:
    """Where the quote marks are, to tell quoted words from the narrator's."""

    def __init__(self, segments: list[Segment]) -> None:
        spans = sorted((s.outer_start, s.outer_end) for s in segments)
        self._starts = [s for s, _ in spans]
        self._spans = spans

    def contains(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return any(s <= pos < e for s, e in self._spans[max(0, k - 2) : k + 1])

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """The quoted range that holds all of [start, end), if one does."""
        k = bisect_right(self._starts, start) - 1
        for s, e in self._spans[max(0, k - 2) : k + 1]:
            if s <= start and end <= e:
                return s, e
        return None
