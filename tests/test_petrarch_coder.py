"""The PETRARCH dictionary semantics: actor n-grams, compound parties, and the unit-test floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate.petrarch import predict, score_petrarch, triples
from eventwire.model import Actor, Article, Event, Party, Span

#: a little below what the coder reaches; raise it as the coder improves
EXACT_MATCH_FLOOR = 0.75


def test_compound_code_gives_one_triple_per_member() -> None:
    article = Article(
        id="x",
        text="The Shire restored ties with Lorien.",
        actors=[
            Actor(id="a1", name="The Shire", mentions=[(0, 9)], code="FRO/BIL"),
            Actor(id="a2", name="Lorien", mentions=[(29, 35)], code="ELR"),
        ],
        events=[
            Event(
                id="e1",
                type="COOPERATE",
                cameo="064",
                source=Party(actor="a1"),
                target=Party(actor="a2"),
                evidence=Span(start=0, end=36),
            )
        ],
    )
    assert triples(article) == {("FRO", "ELR", "064"), ("BIL", "ELR", "064")}


@pytest.mark.gold
@pytest.mark.model
def test_petrarch_unittest_floor(gold_dir: Path) -> None:
    folder = gold_dir / "petrarch2_unittest"
    records = [json.loads(line) for line in (folder / "records.jsonl").open(encoding="utf-8")]
    scores = score_petrarch(records, predict(records, folder / "dictionaries"))
    assert scores["exact_match"] >= EXACT_MATCH_FLOOR
