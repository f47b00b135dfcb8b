"""Score sentence-level PLOVER event types on ``plover_gsr`` (accuracy, macro-F1, per type).

The predicted type of a sentence is the type of its main event (the most
confident asserted one); a sentence with none counts as "no event".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from eventwire.evaluate.coding import code_records, main_event
from eventwire.evaluate.metrics import prf
from eventwire.ontology import plover_types

NO_EVENT = "NONE"


def predict(records: Sequence[Mapping[str, Any]], backend: str = "spacy") -> dict[str, str]:
    articles = code_records(records, backend=backend)
    out = {}
    for rec in records:
        event = main_event(articles.get(rec["id"]))
        out[rec["id"]] = event.type if event is not None else NO_EVENT
    return out


def score_plover(records: Sequence[Mapping[str, Any]], predicted: Mapping[str, str]) -> dict[str, Any]:
    gold = {r["id"]: r["event_type"] for r in records}
    pairs = [(gold[i], predicted.get(i, NO_EVENT)) for i in gold]
    confusion = Counter(pairs)
    per_type = {t: _type_scores(t, pairs) for t in plover_types()}
    present = [t for t in plover_types() if any(g == t for g, _ in pairs)]
    return {
        "records": len(pairs),
        "accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 4) if pairs else 0.0,
        "macro_f1": round(sum(per_type[t]["f1"] for t in present) / len(present), 4) if present else 0.0,
        "no_event_rate": round(sum(p == NO_EVENT for _, p in pairs) / len(pairs), 4) if pairs else 0.0,
        "per_type": per_type,
        "confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
    }


def _type_scores(t: str, pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    tp = sum(g == t and p == t for g, p in pairs)
    found = sum(p == t for _, p in pairs)
    gold = sum(g == t for g, _ in pairs)
    return prf(tp, found, gold)
