"""Score quotes on PolNeAR's dev split (``eval/data/polnear``: who said what in US political news).

The rules are the set's README's ("What it tests, and how to score it"):

1. content: an engine quote matches a gold attribution when its ``[start, end)``
   overlaps the attribution's content (any of its pieces), one to one, largest
   overlap first.  Precision over engine quotes, recall over attributions; again
   for direct quotes (engine quotes marked ``direct`` against attributions whose
   content is all in quote marks), and the accuracy of ``direct`` on matched pairs;
2. speaker: on matched pairs whose gold source is not null, the engine's speaker
   is right when its mention overlaps the gold source (any piece), or when the
   gold source is a pronoun and a mention of the speaker's actor overlaps it;
   ``speaker_accuracy`` is over those pairs (a quote with no speaker is wrong,
   and counted apart);
3. cue: on matched pairs with a gold cue, right when the engine's ``cue`` occurs
   in the gold cue's text (case-insensitive).

Speaker precision, recall and F1 put who and what together: a right answer is
a matched pair with a gold source whose speaker is right; recall is over
attributions with a source, precision over engine quotes other than those
matched to an attribution without a source (where no speaker can be judged).

Gold spans are moved onto the engine's cleaned text first; a span cleaning took
off (a headline repeated as the first line) has no counterpart and is missed.
Only the dev split is read here; PolNeAR's test compartment is reserved.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from eventwire.evaluate.align import SpanMap, one_to_one, overlaps
from eventwire.evaluate.metrics import prf
from eventwire.evaluate.parties import actor_mentions
from eventwire.evaluate.runs import article_of
from eventwire.model import Article, Quote

Span = tuple[int, int]

#: gold sources for which a mention of the speaker's actor elsewhere counts (the README's rule)
PRONOUNS = frozenset({"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "who"})


def pieces(part: Mapping[str, Any] | None, spans: SpanMap) -> list[Span]:
    """A gold role's pieces (its fragments, else its span), moved onto the article's text."""
    if part is None:
        return []
    raw = part.get("fragments") or [(part["start"], part["end"])]
    mapped = [spans.span(s, e) for s, e in raw]
    return [m for m in mapped if m is not None]


def score_polnear(records: Sequence[Mapping[str, Any]], articles: Mapping[str, Article]) -> dict[str, Any]:
    """All figures of the split; ``articles`` are the engine's, by record id (a missing one found nothing)."""
    counts: Counter[str] = Counter()
    for rec in records:
        article = article_of(rec, articles)
        counts.update(score_article(rec, article))
    return {
        "articles": len(records),
        "attributions": counts["attributions"],
        "with_source": counts["with_source"],
        "quotes": counts["quotes"],
        "matched": counts["matched"],
        "content": prf(counts["matched"], counts["quotes"], counts["attributions"]),
        "content_direct": prf(counts["direct_matched"], counts["direct_quotes"], counts["direct_gold"]),
        "direct_accuracy": _share(counts["direct_right"], counts["matched"]),
        "speaker": prf(
            counts["speaker_right"], counts["quotes"] - counts["on_no_source"], counts["with_source"]
        ),
        "speaker_accuracy": _share(counts["speaker_right"], counts["matched_with_source"]),
        "matched_with_source": counts["matched_with_source"],
        "matched_without_speaker": counts["no_speaker"],
        "cue_accuracy": _share(counts["cue_right"], counts["matched_with_cue"]),
        "gold_spans_unaligned": counts["lost"],
    }


def score_article(rec: Mapping[str, Any], article: Article) -> Counter[str]:
    """Counts of one article (see the module's docstring for the rules)."""
    spans = SpanMap(rec["text"], article.text)
    golds = rec["attributions"]
    contents = [pieces(a["content"], spans) for a in golds]
    sources = [pieces(a["source"], spans) for a in golds]
    quotes = list(article.quotes)
    pairs = match(contents, quotes)
    counts: Counter[str] = Counter(
        attributions=len(golds),
        with_source=sum(a["source"] is not None for a in golds),
        quotes=len(quotes),
        matched=len(pairs),
        direct_gold=sum(a["quote_marks"] == "all" for a in golds),
        direct_quotes=sum(q.direct for q in quotes),
    )
    for g, q in pairs:
        counts.update(judge(golds[g], sources[g], quotes[q], article))
    counts["lost"] += spans.lost
    return counts


def match(contents: Sequence[Sequence[Span]], quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    """(attribution, quote) pairs: the quote overlaps the content, largest overlap first."""
    candidates = []
    for g, content in enumerate(contents):
        for q, quote in enumerate(quotes):
            shared = sum(max(0, min(quote.end, e) - max(quote.start, s)) for s, e in content)
            if shared:
                candidates.append(((-shared,), g, q))
    return one_to_one(candidates)


def judge(gold: Mapping[str, Any], source: Sequence[Span], quote: Quote, article: Article) -> Counter[str]:
    """What one matched pair scores: direct, speaker, cue (``source``: the gold source's pieces)."""
    direct = gold["quote_marks"] == "all"
    counts: Counter[str] = Counter(
        direct_right=quote.direct == direct, direct_matched=direct and quote.direct
    )
    if gold["source"] is None:
        counts["on_no_source"] += 1
    else:
        counts["matched_with_source"] += 1
        counts["no_speaker"] += quote.speaker.start is None and quote.speaker.actor is None
        counts["speaker_right"] += speaker_right(gold["source"], source, quote, article)
    if gold["cue"] is not None:
        cue = (quote.cue or "").lower()
        counts["matched_with_cue"] += 1
        counts["cue_right"] += bool(cue) and cue in gold["cue"]["text"].lower()
    return counts


def speaker_right(source: Mapping[str, Any], where: Sequence[Span], quote: Quote, article: Article) -> bool:
    """The speaker's mention overlaps the gold source; or, for a pronoun, a mention of its actor does."""
    speaker = quote.speaker
    mine: list[Span] = []
    if speaker.start is not None and speaker.end is not None:
        mine.append((speaker.start, speaker.end))
    if source["text"].strip().lower() in PRONOUNS:
        mine += actor_mentions(article, speaker.actor)
    return any(overlaps(a, b) for a in mine for b in where)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0
