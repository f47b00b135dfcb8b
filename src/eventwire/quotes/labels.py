"""Speakers named by the layout rather than by a verb: a signature and a transcript label.

'“Mr. Trump embodies ...” ― Sonya Herridge' signs a quote with a dash and a name after it;
an interview transcript opens each turn with the speaker in capitals, 'PENCE: Well, look, ...'.
Both are standard layouts of news pages (reader voices, epigraphs, published transcripts).
"""

from __future__ import annotations

import re

from eventwire.config import active
from eventwire.quotes.claims import Attribution, Claim, SpeakerMention
from eventwire.quotes.marks import Paragraph, QuotedRanges, Segment
from eventwire.quotes.surface import NAME

#: a dash and a name right after a closing mark: "” ― Sonya Herridge", "" -- Sen. John Smith"
_LINE_NAME = NAME.replace(r"\s+", r"[ \t]+")  # a name that stays on its line
_SIGNATURE = re.compile(rf"[ \t]*(?:[―—–]|--)[ \t]*(?P<who>{_LINE_NAME})")
#: a speaker label in capitals opening a turn: "PENCE:", "CHRIS WALLACE:", "MR. TRUMP:"
_LABEL = re.compile(r"[ \t]*[\"“]?[ \t]*(?P<who>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,2}):[ \t]+(?=\S)")
#: capitalised words that head a line but name no speaker
_NOT_SPEAKERS = frozenset(
    {"UPDATE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "WATCH", "PHOTO", "PHOTOS", "VIDEO", "READ MORE",
     "RELATED", "CORRECTION", "CLARIFICATION", "BREAKING", "EXCLUSIVE", "SOURCE", "SOURCES", "UPDATED",
     "Q", "A", "AP", "FAQ", "TRANSCRIPT", "ADVERTISEMENT"}
)  # fmt: skip


def layout_attribution(text: str, seg: Segment) -> Attribution | None:
    """The speaker a quote's layout names: a signature after it, or a label opening it."""
    signature = _SIGNATURE.match(text, seg.outer_end)
    if signature is not None:
        return _attribution(signature, "―")
    label = _label(text, seg.outer_start, seg.end)
    return _attribution(label, ":") if label is not None else None


def labelled_claims(text: str, paras: list[Paragraph], quoted: QuotedRanges) -> list[Claim]:
    """Transcript turns outside quote marks: 'PENCE: Well, look, ...' reports the rest of its line."""
    claims: list[Claim] = []
    for para in paras:
        label = _label(text, para.start, para.end)
        if label is None or quoted.contains(label.end()):
            continue
        words = text[label.end() : para.end].split()
        if len(words) >= active().quotes.min_reported_words:
            claims.append(Claim(label.end(), para.end, False, _attribution(label, ":")))
    return claims


def _label(text: str, start: int, end: int) -> re.Match[str] | None:
    m = _LABEL.match(text, start, end)
    return m if m is not None and m.group("who").strip() not in _NOT_SPEAKERS else None


def _attribution(m: re.Match[str], cue: str) -> Attribution:
    start, end = m.span("who")
    last = m.group("who").rsplit(None, 1)[-1]
    return Attribution(cue, SpeakerMention(start, end, end - len(last), end))
