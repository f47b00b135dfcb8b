"""Score sentence-level PLOVER events on ``eval/data/ordinary_news`` (precision on ordinary news).

Each engine event belongs to the gold sentence that holds its trigger's start
(else its evidence's start).  Scored, for asserted engine events and again for
those with confidence >= 0.5:

- events: a gold event is matched one to one by an engine event of the same
  sentence and type, engine triggers that overlap the gold trigger first (and
  asserted gold events before uncertain ones).  Recall is over asserted gold
  events; an asserted engine event matched to an uncertain gold event (a plan,
  forecast or demand stated as done) is a false positive, counted apart as a
  ``modality_error``;
- ``no_event_with_event_rate``: the share of sentences with no gold event at
  all that get an engine event;
- source and target accuracy on matched events (asserted gold), over those
  matches: the engine's party is right when (a) its span overlaps the gold
  span: its words where they occur inside the event's evidence (else their
  occurrence nearest to it), or any mention the engine merged into its actor;
  or (b) its name matches the gold party's name: the party's words or its
  actor's name, and the gold span's words (the antecedent's, for a pronoun),
  lower-cased, without a leading "the", "a" or "an", one holding the other as
  whole words ("Judge Bernard Schwartz" and "Schwartz").  A gold null party
  is right only when the engine gives none;
- per-type precision, recall and F1, and precision by confidence bin.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.evaluate.align import SpanMap, one_to_one, overlaps
from eventwire.evaluate.metrics import prf
from eventwire.evaluate.parties import gives_party, party_spans
from eventwire.evaluate.runs import article_of
from eventwire.model import Article, Event
from eventwire.model import Span as TextSpan

#: the confidence a user keeps events above (as in ``plover``)
CONFIDENT = 0.5
#: lower edges of the calibration bins (the last bin holds 1.0)
BIN_EDGES = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
ROLES = ("source", "target")

Span = tuple[int, int]


@dataclass(frozen=True)
class Gold:
    """One gold event in the article's coordinates; a party of None is a gold null party."""

    type: str
    sentence: int
    trigger: Span | None
    asserted: bool
    source: GoldParty | None
    target: GoldParty | None


@dataclass(frozen=True)
class GoldParty:
    """A gold source or target: where it stands (none when cleaning lost it) and the name it gives."""

    spans: list[Span]
    name: str


@dataclass(frozen=True)
class Found:
    """One asserted engine event and the gold sentence it belongs to (None: outside them all)."""

    event: Event
    sentence: int | None


def score_ordinary(records: Sequence[Mapping[str, Any]], articles: Mapping[str, Article]) -> dict[str, Any]:
    """All figures of the set; ``articles`` are the engine's, by record id (a missing one found nothing)."""
    tallies = {"all": Counter[str](), "confident": Counter[str]()}
    bins: Counter[str] = Counter()
    lost = 0
    for rec in records:
        article = article_of(rec, articles)
        golds, sentences, found, spans = read_article(rec, article)
        lost += spans.lost
        for name, floor in (("all", 0.0), ("confident", CONFIDENT)):
            kept = [f for f in found if f.event.confidence >= floor]
            tallies[name].update(tally(article, golds, sentences, kept, bins if name == "all" else None))
    out = summary(tallies["all"])
    out["confident"] = summary(tallies["confident"])
    out["calibration"] = calibration(bins)
    out["articles"] = len(records)
    out["gold_spans_unaligned"] = lost
    return out


def read_article(
    rec: Mapping[str, Any], article: Article
) -> tuple[list[Gold], list[bool], list[Found], SpanMap]:
    """Gold events, whether each gold sentence has one, asserted engine events, and the span map."""
    spans = SpanMap(rec["text"], article.text)
    golds: list[Gold] = []
    where: list[tuple[int, int, int]] = []  # (start, end, sentence) of the sentences kept by cleaning
    for number, sent in enumerate(rec["sentences"]):
        span = spans.span(sent["start"], sent["end"])
        if span is not None:
            where.append((*span, number))
        golds += [_gold(ev, number, spans) for ev in sent["events"]]
    # a mention that only names an earlier event again is not coded (the guidelines, section 2)
    reports = [ev for ev in article.events if ev.modality == "asserted" and ev.refers_to is None]
    found = [Found(ev, _sentence_of(ev.anchor(), where)) for ev in reports]
    return golds, [bool(sent["events"]) for sent in rec["sentences"]], found, spans


def _gold(ev: Mapping[str, Any], sentence: int, spans: SpanMap) -> Gold:
    trigger = spans.span(ev["trigger"]["start"], ev["trigger"]["end"])
    return Gold(
        type=ev["type"],
        sentence=sentence,
        trigger=trigger,
        asserted=ev["modality"] == "asserted",
        source=_gold_party(ev, "source", spans),
        target=_gold_party(ev, "target", spans),
    )


def _gold_party(ev: Mapping[str, Any], role: str, spans: SpanMap) -> GoldParty | None:
    part = ev.get(role)
    if part is None:
        return None
    where = spans.span(part["start"], part["end"])
    return GoldParty([where] if where else [], ev.get(f"{role}_antecedent") or part["text"])


def _sentence_of(at: int, where: list[tuple[int, int, int]]) -> int | None:
    k = bisect_right([start for start, _, _ in where], at) - 1
    return where[k][2] if k >= 0 and where[k][0] <= at < where[k][1] else None


def _span(part: TextSpan | None) -> Span | None:
    return None if part is None else (part.start, part.end)


def match(golds: Sequence[Gold], found: Sequence[Found]) -> list[tuple[int, int]]:
    """(gold, found) pairs: same sentence and type, trigger overlaps first, asserted gold first."""
    candidates = []
    for g, gold in enumerate(golds):
        for f, item in enumerate(found):
            if item.sentence == gold.sentence and item.event.type == gold.type:
                trigger = _span(item.event.trigger)
                touch = trigger is not None and gold.trigger is not None and overlaps(trigger, gold.trigger)
                candidates.append(((int(not touch), int(not gold.asserted)), g, f))
    return one_to_one(candidates)


def tally(
    article: Article,
    golds: Sequence[Gold],
    sentences: Sequence[bool],
    found: Sequence[Found],
    bins: Counter[str] | None = None,
) -> Counter[str]:
    """Counts of one article: matches, misses, false positives, parties, by type and by bin."""
    counts: Counter[str] = Counter()
    pairs = match(golds, found)
    right = {f for g, f in pairs if golds[g].asserted}
    for g, f in pairs:
        if golds[g].asserted:
            for role in ROLES:
                counts[f"{role}_right"] += party_right(article, found[f].event, role, getattr(golds[g], role))
        else:
            counts["modality_errors"] += 1
    for f, item in enumerate(found):
        counts[f"found:{item.event.type}"] += 1
        counts[f"matched:{item.event.type}"] += f in right
        if bins is not None:
            label = confidence_bin(item.event.confidence)
            bins[f"{label}:events"] += 1
            bins[f"{label}:matched"] += f in right
    for gold in golds:
        counts[f"gold:{gold.type}"] += gold.asserted
        counts["gold_uncertain"] += not gold.asserted
    with_event = {item.sentence for item in found}
    quiet = [k for k, has in enumerate(sentences) if not has]
    counts["sentences"] += len(sentences)
    counts["no_event_sentences"] += len(quiet)
    counts["no_event_with_event"] += sum(k in with_event for k in quiet)
    return counts


def party_right(article: Article, event: Event, role: str, gold: GoldParty | None) -> bool:
    """The rule for sources and targets (see the module's docstring)."""
    party = getattr(event, role)
    if gold is None:
        return not gives_party(party)
    if any(overlaps(mine, theirs) for mine in party_spans(article, event, party) for theirs in gold.spans):
        return True
    names = [party.text or "", *(a.name for a in article.actors if a.id == party.actor)]
    return any(names_match(name, gold.name) for name in names)


def names_match(one: str, other: str) -> bool:
    """Lower-cased, a leading article off, one name holds the other as whole words (neither empty)."""
    a, b = _words(one), _words(other)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return any(long[k : k + len(short)] == short for k in range(len(long) - len(short) + 1))


def _words(name: str) -> list[str]:
    words = re.findall(r"\w+", name.lower())
    return words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words


def confidence_bin(confidence: float) -> str:
    low = max(edge for edge in BIN_EDGES if edge <= max(confidence, 0.0))
    return f"{low:.1f}-{low + 0.1:.1f}"


def summary(counts: Counter[str]) -> dict[str, Any]:
    types = sorted({key.split(":", 1)[1] for key in counts if ":" in key})
    per_type = {t: prf(counts[f"matched:{t}"], counts[f"found:{t}"], counts[f"gold:{t}"]) for t in types}
    matched = sum(counts[f"matched:{t}"] for t in types)
    found = sum(counts[f"found:{t}"] for t in types)
    gold = sum(counts[f"gold:{t}"] for t in types)
    quiet = counts["no_event_sentences"]
    return {
        **prf(matched, found, gold),
        "gold_events": gold,
        "found": found,
        "matched": matched,
        "modality_errors": counts["modality_errors"],
        "gold_uncertain": counts["gold_uncertain"],
        "sentences": counts["sentences"],
        "no_event_sentences": quiet,
        "no_event_with_event_rate": round(counts["no_event_with_event"] / quiet, 4) if quiet else 0.0,
        "source_accuracy": round(counts["source_right"] / matched, 4) if matched else 0.0,
        "target_accuracy": round(counts["target_right"] / matched, 4) if matched else 0.0,
        "per_type": per_type,
    }


def calibration(bins: Counter[str]) -> dict[str, dict[str, float]]:
    """Precision of asserted engine events by confidence bin (bins with no event left out)."""
    labels = sorted({key.split(":")[0] for key in bins})
    return {
        label: {
            "events": bins[f"{label}:events"],
            "precision": round(bins[f"{label}:matched"] / bins[f"{label}:events"], 4),
        }
        for label in labels
        if bins[f"{label}:events"]
    }
