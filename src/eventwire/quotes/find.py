"""Direct quotes and reported speech, each with its speaker resolved to an actor.

A speaker's actor is the one whose mention lies under the speaker's head word: the coreference
stage (:mod:`eventwire.coref`) has already made "he" and "the ministry" mentions of the actors
they stand for, so a quote's speaker and an event's party never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.coref.spans import MentionIndex
from eventwire.model import Actor, Quote, Speaker
from eventwire.parse import Parse
from eventwire.quotes.attribution import (
    announced_attribution,
    colon_attribution,
    colon_clause_attribution,
    direct_attribution,
    indirect_claims,
)
from eventwire.quotes.claims import Attribution, Claim
from eventwire.quotes.labels import labelled_claims, layout_attribution
from eventwire.quotes.lexicon import double_quote_marks
from eventwire.quotes.marks import Paragraph, QuotedRanges, Segment, find_segments, paragraphs
from eventwire.quotes.surface import surface_attribution


def find_quotes(text: str, parse: Parse | None, actors: Sequence[Actor]) -> list[Quote]:
    """Direct quotes (words inside quote marks, without the marks; ``direct=True``) and indirect
    speech ("X said that ...", "according to X, ..."; ``direct=False``), each with a speaker
    resolved to the mention that names it and the cue ("said", "wrote", "according to")."""
    segments = find_segments(text)
    quoted = QuotedRanges(segments)
    paras = paragraphs(text)
    claims = _direct_claims(text, parse, segments, quoted, paras)
    claims += labelled_claims(text, paras, quoted)
    if parse is not None:
        claims += indirect_claims(text, parse, quoted, paras)
    claims = _without_repeats(claims)
    claims.sort(key=lambda c: (c.start, c.end, not c.direct))
    claims = _said_on(text, claims)
    index = MentionIndex(actors)
    return [_quote(text, claim, index) for claim in claims]


def _said_on(text: str, claims: list[Claim]) -> list[Claim]:
    """A quoted sentence with no speaker of its own, right after a sentence of reported speech in
    its paragraph, goes on in the reporter's source's words ("Trump isn't a conservative, he said.
    "He's a liberal!"")."""
    out = list(claims)
    for k in range(1, len(out)):
        claim, before = out[k], out[k - 1]
        if claim.direct and claim.attribution is None and _goes_on(text, before, claim):
            out[k] = replace(claim, attribution=before.attribution)
    return out


#: what ends a sentence
_SENTENCE_ENDS = ".?!"


def _goes_on(text: str, before: Claim, quote: Claim) -> bool:
    """``quote`` is a whole sentence that follows, in the same paragraph, the sentence of the
    attributed reported claim ``before``."""
    if before.direct or before.attribution is None or before.end > quote.start:
        return False
    gap = text[before.end : quote.start].rstrip()
    opened = gap[:-1].rstrip() if gap[-1:] in _openers() else ""
    # the quote's own last word mark, or the one right after its closing mark; read within the quote
    # (a slice of the text up to it would copy the article once per quote)
    last = text[quote.start : quote.end].rstrip()[-1:]
    whole = last in _SENTENCE_ENDS or text[quote.end : quote.end + 1] in _SENTENCE_ENDS
    ends = sum(gap.count(c) for c in _SENTENCE_ENDS)
    return "\n" not in gap and ends == 1 and opened[-1:] in _SENTENCE_ENDS and whole


def _openers() -> frozenset[str]:
    """The marks that open a quotation: the double ones of the table, and a single one."""
    return frozenset(double_quote_marks()) | {"‘", "'"}


def _without_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim for one stretch of words: reported speech that overlaps a direct quote, or lies
    inside a longer reported claim ("X said [Y plans [to run]]"), repeats what is already there."""
    direct = [c for c in claims if c.direct]
    reported = [c for c in claims if not c.direct]
    kept = [
        c
        for k, c in enumerate(reported)
        if not any(d.start < c.end and c.start < d.end for d in direct)
        and not any(_holds(o, c, j < k) for j, o in enumerate(reported) if j != k)
    ]
    return direct + kept


def _holds(outer: Claim, inner: Claim, earlier: bool) -> bool:
    """``outer`` spans ``inner`` and more (or the same words, found first)."""
    same = (outer.start, outer.end) == (inner.start, inner.end)
    return outer.start <= inner.start and inner.end <= outer.end and (earlier or not same)


def _direct_claims(
    text: str, parse: Parse | None, segments: list[Segment], quoted: QuotedRanges, paras: list[Paragraph]
) -> list[Claim]:
    found = {id(seg): _attribute(text, parse, seg, paras[seg.paragraph], quoted) for seg in segments}
    reported = [seg for seg in segments if seg.standalone]
    claims: list[Claim] = []
    previous: tuple[Segment, Attribution] | None = None
    for seg in reported:
        attribution = found[id(seg)] or _chain_attribution(seg, segments, found)
        if attribution is None and previous is not None and _continues(text, paras, previous[0], seg):
            attribution = previous[1]
        if attribution is not None:
            previous = (seg, attribution)
        claims.append(Claim(seg.start, seg.end, True, attribution))
    return claims


def _attribute(
    text: str, parse: Parse | None, seg: Segment, para: Paragraph, quoted: QuotedRanges
) -> Attribution | None:
    if not seg.standalone:
        return None
    found = layout_attribution(text, seg)
    if found is None and parse is not None:
        found = (
            colon_clause_attribution(text, parse, seg, para)
            or direct_attribution(parse, seg, para, quoted)
            or colon_clause_attribution(text, parse, seg, para, paragraph_before=True)
            or announced_attribution(text, parse, seg, para, quoted)
            or colon_attribution(text, parse, seg)
        )
    return found or surface_attribution(text, seg, para)


def _chain_attribution(
    seg: Segment, segments: list[Segment], found: dict[int, Attribution | None]
) -> Attribution | None:
    """A quote running over paragraphs has one speaker, named in any of its passages."""
    return next((a for s in segments if s.chain == seg.chain and (a := found[id(s)]) is not None), None)


def _continues(text: str, paras: list[Paragraph], previous: Segment, seg: Segment) -> bool:
    """An unattributed quote goes on from the last speaker's quote in the same paragraph,
    or when it opens the paragraph right after that quote's."""
    if seg.paragraph == previous.paragraph:
        return True
    para = paras[seg.paragraph]
    return seg.paragraph == previous.paragraph + 1 and text[para.start : seg.outer_start].strip() == ""


def _quote(text: str, claim: Claim, index: MentionIndex) -> Quote:
    attribution = claim.attribution
    speaker = Speaker()
    if attribution is not None and attribution.speaker is not None:
        m = attribution.speaker
        actor = index.naming(m.start, m.end, m.head_start, m.head_end)
        speaker = Speaker(actor=actor, text=text[m.start : m.end], start=m.start, end=m.end)
    cue = attribution.cue if attribution is not None else None
    return Quote(
        text=text[claim.start : claim.end],
        start=claim.start,
        end=claim.end,
        speaker=speaker,
        direct=claim.direct,
        cue=cue,
    )
