"""Reading the lines of a PETRARCH/TABARI dictionary file: comments out, positions kept."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import DictionaryError

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True)
class Line:
    """One meaningful line: its 1-based number, text without comment, and indentation."""

    number: int
    text: str
    indented: bool


def read_text(path: Path) -> str:
    """The file's text; undecodable bytes are read as Latin-1 (old dictionaries are not UTF-8)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DictionaryError(f"{path.name}: cannot read: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def strip_comment(text: str, markers: str = "#") -> str:
    """``text`` without its trailing comment (from the first marker outside ``[...]`` on)."""
    depth = 0
    for i, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(0, depth - 1)
        elif char in markers and depth == 0:
            return text[:i].rstrip()
    return text.rstrip()


def meaningful_lines(text: str, markers: str = "#") -> Iterator[Line]:
    """Lines that carry content: blank lines, comments and ``<!-- ... -->`` blocks skipped."""
    in_block = False
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if in_block:
            in_block = "-->" not in stripped
            continue
        if stripped.startswith("<!"):
            in_block = "-->" not in stripped
            continue
        body = strip_comment(raw, markers)
        if body.strip():
            yield Line(number, body.strip(), raw[:1] in (" ", "\t"))


def error(path: Path, line: Line, problem: str) -> DictionaryError:
    """A DictionaryError that names the file and line."""
    return DictionaryError(f"{path.name}:{line.number}: {problem}: {line.text[:60]!r}")


def split_codes(text: str) -> tuple[str, list[str]]:
    """The text before the first ``[`` and the contents of every ``[...]`` on the line."""
    first = text.find("[")
    head = text if first < 0 else text[:first]
    return head.strip(), [code.strip() for code in _CODE.findall(text)]


def phrase_words(phrase: str) -> str:
    """A dictionary phrase (``UNITED_STATES_``) as plain lower-case words (``united states``)."""
    return " ".join(phrase.replace("_", " ").lower().split())


class LineReader:
    """Base of the dictionary readers: a bad line raises when strict, else is counted and skipped."""

    def __init__(self, path: Path, strict: bool) -> None:
        self.path, self.strict = path, strict
        self.skipped = 0

    def bad(self, line: Line, problem: str) -> None:
        if self.strict:
            raise error(self.path, line, problem)
        self.skipped += 1
