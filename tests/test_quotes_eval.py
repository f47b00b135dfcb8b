"""Speaker attribution on 45 hand-checked quotes of the bundled demo corpus (tests/data/quotes_demo.jsonl).

The expected speakers were read off the articles by a person, not taken from
the engine's output.  Floors sit a little below the scores reached.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate.quotes import score_quotes

pytestmark = pytest.mark.model

GOLDEN = Path(__file__).parent / "data" / "quotes_demo.jsonl"
#: reached: recall 0.978, speaker accuracy 0.733, direct/indirect accuracy 0.864 (2026-11-25)
RECALL_FLOOR = 0.95
SPEAKER_FLOOR = 0.70
DIRECT_FLOOR = 0.82


def test_golden_quotes_are_found_and_attributed() -> None:
    records = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(records) >= 40
    scores = score_quotes(records)
    assert scores["recall"] >= RECALL_FLOOR, scores["misses"]
    assert scores["speaker_accuracy"] >= SPEAKER_FLOOR, scores["misses"]
    assert scores["direct_accuracy"] >= DIRECT_FLOOR, scores
