"""Whitespace: one form for line ends, spaces and paragraphs (blank-line separated); and one form for a
double quotation mark typed as two characters."""

from __future__ import annotations

import itertools
import re

# Non-breaking and typographic spaces become plain spaces; zero-width characters and soft hyphens go.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_RUNS = re.compile(r" {2,}")
#: A double quotation mark typed as two single ones: ''so'' in archive and wire copy (the New York
#: Times' own archive text), ``so'' in TeX and treebank text. Four or more in a row are left alone.
_TWO_MARKS = re.compile(r"(?<![`'])(?:``|'')(?![`'])")
#: Three in a row are a single mark and a double one: a quote inside a quote that ends (or opens)
#: with it ("go back to your country,''' said Mr. Regalado").
_CLOSING_THREE = re.compile(r"(?<=[^\s'])'''(?!['\w])")
_OPENING_THREE = re.compile(r"(?<![\w'])'''(?=\w)")
_BLANK = re.compile(r"\n\s*\n")
_LINE_END = re.compile(r"[.!?:;\"”’)]$")
_LIST_ITEM = re.compile(r"(?:\d{1,3}[.)]|[-•*–])\s")
#: Hard-wrapped text has lines at least this long; a shorter line ends where the writer ended it.
_MIN_WRAPPED_LINE = 40


def normalise(text: str) -> str:
    """Line ends as \\n, single spaces, no space at line ends, paragraphs separated by one blank line;
    a double quotation mark typed as two single ones becomes one (") so that quotes are found, and
    three single ones a single and a double."""
    text = _OPENING_THREE.sub("\"'", _CLOSING_THREE.sub("'\"", text))
    text = _TWO_MARKS.sub('"', text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    text = _RUNS.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    return _BLANK.sub("\n\n", "\n".join(lines)).strip()


def paragraphs(text: str) -> list[list[str]]:
    """Normalised text as paragraphs of lines.

    A text with no blank line at all but several lines is taken to hold one paragraph a line
    (the common form of scraped text); otherwise blank lines separate paragraphs.
    """
    text = normalise(text)
    if not text:
        return []
    if "\n\n" not in text:
        return [[line] for line in text.split("\n")]
    return [block.split("\n") for block in text.split("\n\n")]


def join(paras: list[list[str]]) -> str:
    """Paragraphs back to text, blank-line separated; hard wraps inside a paragraph undone."""
    return "\n\n".join(_join_lines(lines) for lines in paras if lines)


def _join_lines(lines: list[str]) -> str:
    out = lines[0]
    for before, after in itertools.pairwise(lines):
        out += ("\n" if _deliberate_break(before, after) else " ") + after
    return out


def _deliberate_break(before: str, after: str) -> bool:
    """A line break the writer meant (end of a sentence, a list, a short line), not a hard wrap."""
    return len(before) < _MIN_WRAPPED_LINE or bool(_LINE_END.search(before) or _LIST_ITEM.match(after))
