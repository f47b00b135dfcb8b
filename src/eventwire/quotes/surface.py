"""Speakers of direct quotes found from the words beside the marks, without a parse.

The fallback when no parse is at hand or the parse finds no speech verb:
"“...,” said X", "“...,” X said", "X said: “...”", "“...,” he told reporters".
"""

from __future__ import annotations

import re
from functools import cache

from eventwire.config import active
from eventwire.coref.words import pronouns, speech_verbs
from eventwire.quotes.claims import Attribution, SpeakerMention
from eventwire.quotes.marks import Paragraph, Segment

#: A capitalised word, or abbreviations ("Gen.", "U.S."); a full stop after a longer word ends a sentence.
_WORD = r"(?:(?:[A-Z][a-z]{0,3}\.)+|[A-Z][\w’'-]*)"
NAME = rf"(?:{_WORD}\s+){{0,4}}{_WORD}"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    forms = sorted((f for f, lemma in speech_verbs().forms.items() if f != lemma), key=len, reverse=True)
    verb = r"(?P<cue>" + "|".join(map(re.escape, forms)) + r")\b"
    subjects = "|".join(p for p, info in pronouns().items() if info.case == "subject")
    who = rf"(?P<who>(?:[Tt]he\s+)?{NAME}|(?i:{subjects})\b|[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)"
    verb_first = re.compile(rf"\s*,?\s*{verb}\s+{who}")
    who_first = re.compile(rf"\s*,?\s*{who}\s+{verb}")
    before = re.compile(rf"{who}\s+{verb}(?:\s+\w+){{0,3}}?\s*[:,]?\s*$")
    return verb_first, who_first, before


def surface_attribution(text: str, seg: Segment, para: Paragraph) -> Attribution | None:
    verb_first, who_first, before = _patterns()
    after_end = min(para.end, seg.outer_end + active().quotes.surface_window_chars)
    for pattern in (verb_first, who_first):
        m = pattern.match(text, seg.outer_end, after_end)
        if m is not None:
            return _attribution(m)
    m = before.search(
        text, max(para.start, seg.outer_start - active().quotes.surface_window_chars), seg.outer_start
    )
    return _attribution(m) if m is not None else None


def _attribution(m: re.Match[str]) -> Attribution:
    start, end = m.span("who")
    head_start = start + len(re.sub(r"\S+$", "", m.group("who")))
    return Attribution(m.group("cue"), SpeakerMention(start, end, head_start, end))
