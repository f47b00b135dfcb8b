"""Score casualty counts on the golden sentences of ``tests/data/casualties.jsonl``.

Each line is a sentence and its expected totals per field; the system's total
for a field is the sum over the sentence's events.  Reported: exact match of
all four fields per sentence, and per field precision/recall/F1 of the
(sentence, count) pairs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from eventwire.config import Config
from eventwire.evaluate.metrics import prf
from eventwire.evaluate.runs import code_records
from eventwire.events.casualties import FIELDS


def score_casualties(records: Sequence[Mapping[str, Any]], config: Config | None = None) -> dict[str, Any]:
    rows = [{"id": f"c{n}", "text": r["text"]} for n, r in enumerate(records)]
    articles = code_records(rows, config=config)
    exact = 0
    tally = {f: [0, 0, 0] for f in FIELDS}  # correct, found, gold
    for row, rec in zip(rows, records, strict=True):
        got = _totals(articles.get(row["id"]))
        exact += all(got[f] == rec.get(f) for f in FIELDS)
        for f in FIELDS:
            tally[f][0] += got[f] is not None and got[f] == rec.get(f)
            tally[f][1] += got[f] is not None
            tally[f][2] += rec.get(f) is not None
    scores: dict[str, Any] = {"sentences": len(records), "exact_match": round(exact / len(records), 4)}
    scores.update({f: prf(*tally[f]) for f in FIELDS})
    return scores


def _totals(article: Any) -> dict[str, int | None]:
    events = article.events if article is not None else []
    out: dict[str, int | None] = {}
    for f in FIELDS:
        values = [getattr(e, f) for e in events if getattr(e, f) is not None]
        out[f] = sum(values) if values else None
    return out
