"""Score quotes and their speakers on hand-checked quotes of the demo corpus.

``tests/data/quotes_demo.jsonl`` holds, per line, a demo article id, a
distinctive part of a quote, whether it is direct, and a distinctive part of
the speaker's name as the article gives it (checked by reading the article).
The articles go through ``eventwire.pipe``; a gold quote is found when a
system quote contains its text, and its speaker is right when the speaker
mention or its actor's name contains the expected speaker.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from eventwire.config import Config
from eventwire.evaluate.records import demo_articles
from eventwire.evaluate.runs import code_records
from eventwire.model import Article, Quote


def score_quotes(records: Sequence[Mapping[str, Any]], config: Config | None = None) -> dict[str, Any]:
    wanted = {r["article"] for r in records}
    articles = [a for a in demo_articles() if a["id"] in wanted]
    coded = code_records(articles, date_field="published", config=config)
    found = speaker_ok = direct_ok = 0
    misses = []
    for rec in records:
        article = coded.get(rec["article"])
        quote = _find(article, rec["quote"])
        if quote is None or article is None:
            misses.append(f"not found: {rec['quote']!r}")
            continue
        found += 1
        direct_ok += quote.direct == rec["direct"]
        if _speaker_matches(article, quote, rec["speaker"]):
            speaker_ok += 1
        else:
            misses.append(f"speaker of {rec['quote']!r}: {quote.speaker.text!r}, want {rec['speaker']!r}")
    n = len(records)
    return {
        "quotes": n,
        "recall": round(found / n, 4) if n else 0.0,
        "speaker_accuracy": round(speaker_ok / n, 4) if n else 0.0,
        "speaker_accuracy_found": round(speaker_ok / found, 4) if found else 0.0,
        "direct_accuracy": round(direct_ok / found, 4) if found else 0.0,
        "misses": misses,
    }


def _find(article: Article | None, part: str) -> Quote | None:
    if article is None:
        return None
    return next((q for q in article.quotes if part in q.text), None)


def _speaker_matches(article: Article, quote: Quote, want: str) -> bool:
    names = [quote.speaker.text or ""]
    actor = next((a for a in article.actors if a.id == quote.speaker.actor), None)
    if actor is not None:
        names.append(actor.name)
    return any(want.lower() in name.lower() for name in names)
