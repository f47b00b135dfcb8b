"""Score times and places on the project's Wikinews sets with the TempEval and GeoVirus scorers.

``eval/data/wikinews_timex`` has the record schema of ``tempeval3_test`` and
``eval/data/wikinews_places`` that of ``geovirus``; here the articles go
through the engine as users run it (``eventwire.pipe``), and the gold spans
are moved onto the text the engine returns before the existing scorers match
them (for these sets the two texts are the same today).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from eventwire.evaluate.align import SpanMap
from eventwire.evaluate.geovirus import score_geovirus
from eventwire.evaluate.runs import article_of
from eventwire.evaluate.tempeval import Tally, score_document, summary
from eventwire.model import Article

Record = dict[str, Any]


def moved(rec: Mapping[str, Any], article: Article, field: str) -> tuple[Record, int]:
    """The record on the article's text, its ``field`` spans moved; and how many spans were lost."""
    spans = SpanMap(rec["text"], article.text)
    items = []
    for item in rec[field]:
        start, end = spans.place(item["start"], item["end"])
        items.append({**item, "start": start, "end": end})
    return {**rec, "text": article.text, field: items}, spans.lost


def score_timex(records: Sequence[Mapping[str, Any]], articles: Mapping[str, Article]) -> dict[str, Any]:
    """TempEval-3 strict and relaxed extent and value P/R/F1 of the engine's ``times``."""
    total, lost = Tally(), 0
    for rec in records:
        article = article_of(rec, articles)
        gold, missing = moved(rec, article, "timex")
        tally, _ = score_document(gold["timex"], list(article.times))
        total.add(tally)
        lost += missing
    return {"documents": len(records), **summary(total), "gold_spans_unaligned": lost}


def score_places(records: Sequence[Mapping[str, Any]], articles: Mapping[str, Article]) -> dict[str, Any]:
    """GeoVirus' toponym P/R/F1 and accuracy@161km of the engine's ``places``."""
    golds, lost = [], 0
    found: dict[str, Article] = {}
    for rec in records:
        article = article_of(rec, articles)
        gold, missing = moved(rec, article, "toponyms")
        golds.append(gold)
        found[rec["id"]] = article
        lost += missing
    scores: dict[str, Any] = dict(score_geovirus(golds, lambda rec: found[rec["id"]].places))
    return {"documents": len(records), **scores, "gold_spans_unaligned": lost}
