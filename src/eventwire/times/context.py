"""What the normaliser may look at around a candidate: the text, the anchor, the parse."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.parse import Parse
from eventwire.times.calendar import Tense
from eventwire.times.tense import tense_of

_WORD_BEFORE = re.compile(r"([\w.#'’-]+)[^\w\n]*$")
_WORD_AFTER = re.compile(r"^[^\w\n]*([\w'’-]+)")
#: Entity labels under which a date word is part of a name ("Sunday Times").
NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW", "GPE", "LOC"})


@dataclass(frozen=True)
class Context:
    text: str
    anchor: date | None
    parse: Parse | None

    def tense(self, start: int, end: int) -> Tense:
        return tense_of(self.text, start, end, self.parse)

    def day_tense(self, start: int, end: int) -> Tense:
        """The tense for a day named without a year or week ("until October 14", "on Friday").

        After "until" the day bounds a stretch that may run past the clause's own time
        ("suspended until October 14"), so the nearest such day is taken instead."""
        if self.word_before(start).lower() in _UNTIL:
            return "none"
        return self.tense(start, end)

    def word_before(self, start: int) -> str:
        m = _WORD_BEFORE.search(self.text[max(0, start - 40) : start])
        return m.group(1) if m else ""

    def word_after(self, end: int) -> str:
        m = _WORD_AFTER.search(self.text[end : end + 40])
        return m.group(1) if m else ""

    def sentence_initial(self, start: int) -> bool:
        before = self.text[max(0, start - 4) : start].rstrip(" \t\"'“‘(")
        return not before or before[-1] in ".!?\n:;—"

    def in_name(self, start: int, end: int) -> bool:
        """True when the span lies inside a named entity that is not a date."""
        if self.parse is None:
            return False
        return any(
            e.label in NAME_LABELS
            and e.start_char <= start
            and end <= e.end_char
            and e.end_char - e.start_char > end - start
            for e in self.parse.ents
        )

    def looks_like_name(self, start: int, end: int) -> bool:
        """A capitalised date word glued to a capitalised word mid-sentence: "Sunday Times".

        Not after a preposition: "on Sunday Presidents met" names a day."""
        if (
            self.word_before(start).lower() in _DATE_PREPOSITIONS
            or self.entity_label(start, end) in _TIME_LABELS
        ):
            return False
        after = self.text[end : end + 2]
        glued = self.text[end - 1 : end].isalpha() and after[:1] == " " and after[1:2].isupper()
        glued = glued and self.word_after(end).lower() not in _TIME_WORDS
        return self.in_name(start, end) or (glued and not self.sentence_initial(start))

    def entity_label(self, start: int, end: int) -> str:
        """The label of the parse's entity overlapping the span ("DATE", "CARDINAL"), or ""."""
        if self.parse is None:
            return ""
        return next((e.label for e in self.parse.ents if e.start_char < end and start < e.end_char), "")

    def dep_at(self, start: int) -> str:
        if self.parse is None:
            return ""
        tok = self.parse.token_at_char(start)
        return tok.dep if tok is not None else ""

    def pos_at(self, start: int) -> str:
        if self.parse is None:
            return ""
        tok = self.parse.token_at_char(start)
        return tok.tag if tok is not None else ""


_UNTIL = frozenset({"until", "till", "til", "through", "thru"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
_DATE_PREPOSITIONS = frozenset(
    {
        "on",
        "since",
        "until",
        "till",
        "by",
        "from",
        "before",
        "after",
        "in",
        "last",
        "next",
        "this",
        "early",
        "late",
    }
)
_TIME_WORDS = frozenset(
    {"morning", "afternoon", "evening", "night", "gmt", "utc", "et", "edt", "est", "bst", "cet", "local"}
)
