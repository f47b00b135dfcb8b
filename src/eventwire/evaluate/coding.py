"""Run sentences of a gold set through the same path users run (``process_inputs``)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from eventwire.model import Article, Event
from eventwire.runner import Options, process_inputs


def code_records(
    records: Iterable[Mapping[str, Any]],
    date_field: str | None = None,
    backend: str = "spacy",
    dictionaries: Path | None = None,
) -> dict[str, Article]:
    """Articles keyed by record id: each record's ``text`` processed as one article."""
    done: dict[str, Article] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "records.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for rec in records:
                line = {"id": rec["id"], "text": rec["text"]}
                if date_field and rec.get(date_field):
                    line["published"] = str(rec[date_field])[:10]
                out.write(json.dumps(line) + "\n")
        options = Options(backend=backend, batch_size=64, dictionaries=dictionaries)
        process_inputs([str(path)], options, lambda a: done.__setitem__(a.id, a), lambda f: None)
    return done


def main_event(article: Article | None) -> Event | None:
    """The sentence's main event: the most confident asserted one."""
    if article is None:
        return None
    asserted = [e for e in article.events if e.modality == "asserted"]
    return max(asserted, key=lambda e: e.confidence, default=None)
