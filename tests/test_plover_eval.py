"""Quality floors of the event coder on ../shared/gold (PLOVER types, PETRARCH triples).

Floors sit a little below the scores reached, so that a change that makes
event coding worse fails here.  Scores are written by `make eval`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate.plover import calibration, predict_with_events, score_plover

pytestmark = [pytest.mark.model, pytest.mark.gold]

#: reached: accuracy 0.742, macro-F1 0.708 (2026-12-01), after the lexicon rows written for one
#: plover_gsr sentence each were removed (issue 11; 0.783 / 0.752 with them; 0.758 / 0.720 without
#: them) and the rules drawn up on the ordinary-news dev half were added (unsupported events,
#: conviction as SANCTION).  Issue 11 lets the macro-F1 floor go down to 0.70, no lower.
PLOVER_ACCURACY_FLOOR = 0.72
PLOVER_MACRO_F1_FLOOR = 0.70


def test_plover_gsr_type_accuracy_and_macro_f1_hold(gold_dir: Path) -> None:
    path = gold_dir / "plover_gsr" / "records.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    main, every = predict_with_events(records)
    scores = score_plover(records, main)
    assert scores["accuracy"] >= PLOVER_ACCURACY_FLOOR, scores["accuracy"]
    assert scores["macro_f1"] >= PLOVER_MACRO_F1_FLOOR, scores["macro_f1"]
    # Confidence is fitted on the ordinary-news dev half, not here (it was tuned here until
    # 2026-12-01: 0.605 for all events, 0.721 at >= 0.5). Out of its domain it still separates them:
    # 0.620 for all events, 0.781 at >= 0.5.
    calibrated = calibration(records, every)
    assert calibrated["precision_confident"] >= calibrated["precision_all"] + 0.08, calibrated
