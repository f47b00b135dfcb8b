"""Run sentences of a gold set through the same path users run (``eventwire.pipe``)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from typing import Any

from eventwire.api import pipe
from eventwire.config import Config
from eventwire.model import Article, Event
from eventwire.pipeline import Failure

#: failures printed at most per scored set (the rest are counted)
SHOWN_FAILURES = 3


def code_records(
    records: Iterable[Mapping[str, Any]], date_field: str | None = None, config: Config | None = None
) -> dict[str, Article]:
    """Articles keyed by record id: each record's ``text`` processed as one article.

    A record that cannot be processed is left out (its sentence then counts as coded with nothing);
    failures are said on standard error, so that a broken stage is never read as a low score.
    """
    items = [_item(rec, date_field) for rec in records]
    settings = config or Config()
    failures: list[Failure] = []
    out = {a.id: a for a in pipe(items, config=settings, batch_size=64, on_failure=failures.append)}
    for failure in failures[:SHOWN_FAILURES]:
        print(f"eventwire eval: {failure.line()}", file=sys.stderr)
    if len(failures) > SHOWN_FAILURES:
        print(f"eventwire eval: {len(failures)} failures in all", file=sys.stderr)
    return out


def _item(rec: Mapping[str, Any], date_field: str | None) -> dict[str, str]:
    item = {"id": str(rec["id"]), "text": rec["text"]}
    if date_field and rec.get(date_field):
        item["published"] = str(rec[date_field])[:10]
    return item


def main_event(article: Article | None) -> Event | None:
    """The sentence's main event: the most salient asserted one (the most confident of equals)."""
    if article is None:
        return None
    asserted = [e for e in article.events if e.modality == "asserted"]
    return max(asserted, key=lambda e: e.salience, default=None)


def article_of(rec: Mapping[str, Any], articles: Mapping[str, Article]) -> Article:
    """The engine's article for a gold record; one that found nothing when the engine gave none."""
    return articles.get(str(rec["id"])) or Article(id=str(rec["id"]), text=rec["text"])
