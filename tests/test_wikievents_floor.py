"""Quality floor on ../shared/gold/wikievents_dev (attacks, arrests and protests in whole news
documents), scored as its README says.  Floors sit a little below the scores reached, so that a
change that makes event coding worse on whole documents fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.evaluate.harness import run_wikievents

pytestmark = [pytest.mark.model, pytest.mark.gold]

#: reached: events F1 0.651, arguments F1 0.308 (2026-12-05, 847f565; 0.654 and 0.306 at f00a361); issue 11
#: asks for 0.65 and 0.45.
#: The events floor is the issue's bar itself: a change that costs two matched events fails here.
EVENTS_F1_FLOOR = 0.65
ARGUMENTS_F1_FLOOR = 0.30


def test_wikievents_dev_event_and_argument_f1_hold(gold_dir: Path) -> None:
    folder = gold_dir / "wikievents_dev"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent: the public gold sets live in ../shared/gold")
    scores = run_wikievents(folder, Config())
    assert scores["events"]["f1"] >= EVENTS_F1_FLOOR, scores["events"]
    assert scores["arguments"]["f1"] >= ARGUMENTS_F1_FLOOR, scores["arguments"]
