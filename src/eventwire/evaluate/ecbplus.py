"""Score story grouping on the ECB+ subset: B-cubed and pairwise F1 of ``story`` against the gold
subtopics, and how many pairs of documents about two happenings of one kind were merged.

The 232 documents go through ``eventwire.pipe`` in the order of the gold file (the engine the
users run: copies, stories and incidents are assigned as the articles come), and each
article's ``story`` is its predicted cluster.  Every topic holds two subtopics of the same kind
(two earthquakes, two jewel heists in Paris): ``same_kind_merged`` is the share of the
cross-subtopic pairs within a topic that share a story.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

from eventwire.config import Config


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against the gold one."""
    by_pred, by_gold = _members(predicted), _members(gold)
    items = sorted(gold)
    precision = recall = 0.0
    for item in items:
        mine, theirs = by_pred[predicted[item]], by_gold[gold[item]]
        shared = len(mine & theirs)
        precision += shared / len(mine)
        recall += shared / len(theirs)
    p, r = precision / len(items), recall / len(items)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4)}


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """Precision, recall and F1 over the pairs of items put together."""
    pred_pairs = _pairs(predicted)
    gold_pairs = _pairs(gold)
    both = len(pred_pairs & gold_pairs)
    p = both / len(pred_pairs) if pred_pairs else 1.0
    r = both / len(gold_pairs) if gold_pairs else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4)}


def same_kind_merged(
    predicted: Mapping[str, str], subtopic: Mapping[str, str], topic: Mapping[str, str]
) -> float:
    """Share of the pairs of one topic but different subtopics that share a predicted cluster."""
    merged = total = 0
    for a, b in combinations(sorted(subtopic), 2):
        if topic[a] == topic[b] and subtopic[a] != subtopic[b]:
            total += 1
            merged += predicted[a] == predicted[b]
    return round(merged / total, 4) if total else 0.0


def _members(clusters: Mapping[str, str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for item, cluster in clusters.items():
        found[cluster].add(item)
    return found


def _pairs(clusters: Mapping[str, str]) -> set[tuple[str, str]]:
    return {pair for members in _members(clusters).values() for pair in combinations(sorted(members), 2)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def predict_stories(records: Sequence[Mapping[str, Any]], config: Config | None = None) -> dict[str, str]:
    """Each record's story, from the engine run over the records in order."""
    import eventwire

    items = [{"id": r["id"], "text": r["text"], "url": r.get("url")} for r in records]
    return {a.id: a.story or a.id for a in eventwire.pipe(items, config=config)}


def score_stories(records: Sequence[Mapping[str, Any]], predicted: Mapping[str, str]) -> dict[str, Any]:
    """The scores of predicted stories against the records' subtopics."""
    gold = {r["id"]: r["subtopic"] for r in records}
    topic = {r["id"]: r["topic"] for r in records}
    found = {i: predicted.get(i, f"missing:{i}") for i in gold}
    return {
        "documents": len(gold),
        "subtopics": len(set(gold.values())),
        "stories": len(set(found.values())),
        "bcubed": bcubed(found, gold),
        "pairwise": pairwise(found, gold),
        "same_kind_merged": same_kind_merged(found, gold, topic),
    }


def score_ecbplus(records: Sequence[Mapping[str, Any]], config: Config | None = None) -> dict[str, Any]:
    return score_stories(records, predict_stories(records, config))
