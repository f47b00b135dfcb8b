"""Score sentence-level PLOVER event types on ``plover_gsr`` (accuracy, macro-F1, per type).

The predicted type of a sentence is the type of its main event (the most
confident asserted one); a sentence with none counts as "no event".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from eventwire.config import Config
from eventwire.evaluate.metrics import prf
from eventwire.evaluate.runs import code_records, main_event
from eventwire.ontology import plover_types

NO_EVENT = "NONE"
#: the confidence a user keeps events above
CONFIDENT = 0.5


def predict(records: Sequence[Mapping[str, Any]], config: Config | None = None) -> dict[str, str]:
    return predict_with_events(records, config)[0]


def predict_with_events(
    records: Sequence[Mapping[str, Any]], config: Config | None = None
) -> tuple[dict[str, str], dict[str, list[tuple[str, float]]]]:
    """Main-event type per record, and every asserted event's (type, confidence)."""
    articles = code_records(records, config=config)
    main, every = {}, {}
    for rec in records:
        article = articles.get(rec["id"])
        event = main_event(article)
        main[rec["id"]] = event.type if event is not None else NO_EVENT
        asserted = [e for e in article.events if e.modality == "asserted"] if article else []
        every[rec["id"]] = [(e.type, e.confidence) for e in asserted]
    return main, every


def calibration(
    records: Sequence[Mapping[str, Any]], events: Mapping[str, list[tuple[str, float]]]
) -> dict[str, Any]:
    """Share of asserted events whose type is the sentence's gold type, for all events and above 0.5.

    Each gold sentence codes one event, so this is a lower bound on precision; what
    matters is that keeping confidence >= 0.5 raises it.
    """
    gold = {r["id"]: r["event_type"] for r in records}
    pairs = [(gold[i] == t, c) for i, evs in events.items() for t, c in evs]
    kept = [ok for ok, c in pairs if c >= CONFIDENT]
    return {
        "events": len(pairs),
        "precision_all": round(sum(ok for ok, _ in pairs) / len(pairs), 4) if pairs else 0.0,
        "events_confident": len(kept),
        "precision_confident": round(sum(kept) / len(kept), 4) if kept else 0.0,
    }


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
