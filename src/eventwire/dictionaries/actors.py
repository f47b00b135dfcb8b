"""Reader of PETRARCH/TABARI actor dictionaries (``*.actors.txt``).

A record is a primary phrase with an optional ``[CODE]``, synonyms on ``+``
lines, and date restrictions on indented ``[CODE <date]``, ``[CODE >date]``,
``[CODE date-date]`` lines.  Dates are YYMMDD or YYYYMMDD and inclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.dictionaries.lines import (
    Line,
    LineReader,
    meaningful_lines,
    phrase_words,
    read_text,
    split_codes,
)
from eventwire.errors import DictionaryError
from eventwire.ontology.types import ActorRecord, CodeSpan

_RESTRICTION = re.compile(
    r"^(?P<code>[^\s<>]+)?\s*(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<a>\d+)\s*-\s*(?P<b>\d+))?$"
)


def parse_date(digits: str) -> str | None:
    """YYMMDD or YYYYMMDD as an ISO date (two-digit years up to 30 are 20xx); None when invalid."""
    if len(digits) == 6:
        year = int(digits[:2])
        digits = f"{2000 + year if year <= 30 else 1900 + year}{digits[2:]}"
    if len(digits) != 8:
        return None
    month, day = int(digits[4:6]), int(digits[6:])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"


def parse_restriction(content: str) -> CodeSpan | None:
    """``HOBGOV 19950601 - 19990815`` as a CodeSpan; None when it does not parse."""
    match = _RESTRICTION.match(content.strip())
    if match is None or match["code"] is None:
        return None
    if match["op"]:
        date = parse_date(match["d"])
        if date is None:
            return None
        return (
            CodeSpan(match["code"], end=date) if match["op"] == "<" else CodeSpan(match["code"], start=date)
        )
    if match["a"]:
        start, end = parse_date(match["a"]), parse_date(match["b"])
        return None if start is None or end is None else CodeSpan(match["code"], start, end)
    return CodeSpan(match["code"])


@dataclass
class _Pending:
    names: list[str]
    code: str | None = None
    spans: list[CodeSpan] = field(default_factory=list)

    def record(self) -> ActorRecord:
        codes = [self.code or "", *(span.code for span in self.spans)]
        if all(len(code) == 3 for code in codes if code):
            kind = "country"
        else:
            kind = "person" if any(s.start or s.end for s in self.spans) else "org"
        return ActorRecord(self.names[0], tuple(self.names[1:]), self.code, tuple(self.spans), kind)


class _ActorReader(LineReader):
    def __init__(self, path: Path, strict: bool) -> None:
        super().__init__(path, strict)
        self.records: list[ActorRecord] = []
        self.pending: _Pending | None = None

    def flush(self) -> None:
        if self.pending is not None and (self.pending.code is not None or self.pending.spans):
            self.records.append(self.pending.record())
            self.pending = None

    def feed(self, line: Line) -> None:
        text = line.text
        if text.startswith("["):
            self.restriction(line)
        elif text.startswith("+"):
            self.alias(line)
        else:
            self.primary(line)

    def primary(self, line: Line) -> None:
        head, codes = split_codes(line.text)
        name = phrase_words(head)
        if not name:
            return self.bad(line, "actor line without a name")
        self.flush()
        if self.pending is None:
            self.pending = _Pending([name])
        else:  # a name without code runs on into the next record, as TABARI reads it
            self.pending.names.insert(0, name)
        return self.codes(line, codes)

    def codes(self, line: Line, codes: list[str]) -> None:
        """Codes written on a name line: a bare ``[CODE]`` is the default, dated ones restrictions."""
        assert self.pending is not None
        for raw in codes:
            span = parse_restriction(raw)
            if span is None:
                self.bad(line, "unreadable code or date restriction")
            elif span.start is None and span.end is None:
                self.pending.code = self.pending.code or span.code
            else:
                self.pending.spans.append(span)

    def alias(self, line: Line) -> None:
        head, codes = split_codes(line.text[1:])
        if self.pending is None:
            return self.bad(line, "synonym before any actor")
        if phrase_words(head):
            self.pending.names.append(phrase_words(head))
        return self.codes(line, codes)

    def restriction(self, line: Line) -> None:
        _, codes = split_codes(line.text)
        if self.pending is None:
            return self.bad(line, "code line before any actor")
        span = parse_restriction(codes[0]) if codes else None
        if span is None:
            return self.bad(line, "unreadable code or date restriction")
        self.pending.spans.append(span)
        return None


def read_actors(path: Path, *, strict: bool = True) -> list[ActorRecord]:
    """Every actor record in ``path``.

    A malformed line raises DictionaryError naming file and line, or is skipped when not ``strict``.
    """
    reader = _ActorReader(path, strict)
    for line in meaningful_lines(read_text(path), markers="#;"):
        reader.feed(line)
    reader.flush()
    if reader.pending is not None and strict:
        raise DictionaryError(f"{path.name}: actor {reader.pending.names[0]!r} has no code")
    return reader.records
