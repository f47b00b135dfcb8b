"""Score CAMEO triples on ``petrarch2_unittest`` with its own fictional-world dictionaries.

A record is correct when the set of (source code, target code, CAMEO code)
triples of its asserted events equals the expected set (empty for records
that expect no event).  Scored on the ``active`` records, as PETRARCH's own
validation run does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from eventwire.config import Config
from eventwire.evaluate.metrics import prf
from eventwire.evaluate.runs import code_records
from eventwire.model import Article

Triple = tuple[str, str, str]


def triples(article: Article | None) -> set[Triple]:
    if article is None:
        return set()
    codes = {a.id: a.code or "" for a in article.actors}
    out: set[Triple] = set()
    for ev in article.events:
        if ev.modality != "asserted" or not ev.cameo:
            continue
        sources = _codes(codes.get(ev.source.actor or "", ""))
        targets = _codes(codes.get(ev.target.actor or "", ""))
        out.update((src, tgt, ev.cameo) for src in sources for tgt in targets)
    return out


def _codes(code: str) -> list[str]:
    """A compound actor's codes: the dictionary writes a group as 'FRO/BIL/SAM'."""
    return code.split("/") if code else [code]


def predict(
    records: Sequence[Mapping[str, Any]], dictionaries: Path, config: Config | None = None
) -> dict[str, set[Triple]]:
    """Triples per record, coded as PETRARCH codes, with the set's own dictionaries."""
    settings = (config or Config()).model_copy(update={"coder": "petrarch", "dictionaries": dictionaries})
    articles = code_records(records, date_field="date", config=settings)
    return {r["id"]: triples(articles.get(r["id"])) for r in records}


def expected(record: Mapping[str, Any]) -> set[Triple]:
    return {(e["source"], e["target"], e["code"]) for e in record["expected"]}


def score_petrarch(
    records: Sequence[Mapping[str, Any]], predicted: Mapping[str, set[Triple]]
) -> dict[str, Any]:
    active = [r for r in records if r.get("active", True)]
    exact = tp = found = gold = 0
    field_hits = {"source": 0, "target": 0, "cameo_root": 0}
    aligned = 0
    for rec in active:
        want, got = expected(rec), predicted.get(rec["id"], set())
        exact += want == got
        tp += len(want & got)
        found += len(got)
        gold += len(want)
        for w in want:
            best = _closest(w, got)
            aligned += 1
            if best is not None:
                field_hits["source"] += best[0] == w[0]
                field_hits["target"] += best[1] == w[1]
                field_hits["cameo_root"] += best[2][:2] == w[2][:2]
    return {
        "records": len(active),
        "exact_match": round(exact / len(active), 4) if active else 0.0,
        "triples": prf(tp, found, gold),
        "field_accuracy": {k: round(v / aligned, 4) if aligned else 0.0 for k, v in field_hits.items()},
    }


def _closest(want: Triple, got: set[Triple]) -> Triple | None:
    """The predicted triple that agrees with the expected one in the most fields."""
    return max(
        got,
        key=lambda g: (g[2] == want[2], g[2][:2] == want[2][:2], g[0] == want[0], g[1] == want[1]),
        default=None,
    )
