"""The Wikinews time and place sets scored with the TempEval and GeoVirus scorers; no engine."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.wikinews import moved, score_places, score_timex
from eventwire.model import Article, Place, TimeExpr

TEXT = "Floods hit Manila on Monday. Two days later the rain stopped in Cebu."
ROOT = Path(__file__).resolve().parent.parent


def at(words: str, text: str = TEXT) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def timex(words: str, value: str, kind: str = "DATE", text: str = TEXT) -> dict[str, Any]:
    start, end = at(words, text)
    return {"start": start, "end": end, "text": words, "type": kind, "value": value}


def found_time(words: str, value: str, kind: str = "DATE") -> TimeExpr:
    start, end = at(words)
    return TimeExpr(text=words, start=start, end=end, type=kind, value=value)  # type: ignore[arg-type]


def toponym(words: str, lat: float, lon: float, text: str = TEXT) -> dict[str, Any]:
    start, end = at(words, text)
    return {"start": start, "end": end, "text": words, "lat": lat, "lon": lon}


def found_place(words: str, lat: float | None, lon: float | None) -> Place:
    start, end = at(words)
    return Place(id=words, text=words, start=start, end=end, name=words, lat=lat, lon=lon)


def test_times_are_scored_as_tempeval_does() -> None:
    rec = {
        "id": "w1",
        "text": TEXT,
        "dct": "2019-08-14",
        "timex": [timex("Monday", "2019-08-12"), timex("Two days later", "2019-08-14")],
    }
    times = [found_time("Monday", "2019-08-12"), found_time("Two days", "P2D", "DURATION")]
    scores = score_timex([rec], {"w1": Article(id="w1", text=TEXT, times=times)})
    assert scores["relaxed"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scores["strict"]["recall"] == 0.5 and scores["value"]["recall"] == 0.5
    assert scores["type_accuracy"] == 0.5 and scores["documents"] == 1


def test_places_are_scored_as_geovirus_does() -> None:
    rec = {
        "id": "w1",
        "text": TEXT,
        "toponyms": [toponym("Manila", 14.6, 121.0), toponym("Cebu", 10.3, 123.9)],
    }
    places = [
        found_place("Manila", 14.6, 121.0),
        found_place("Cebu", None, None),
        found_place("Floods", 0, 0),
    ]
    scores = score_places([rec], {"w1": Article(id="w1", text=TEXT, places=places)})
    assert (scores["matched"], scores["predicted"], scores["gold"]) == (2, 3, 2)
    assert scores["recall"] == 1.0 and scores["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["accuracy_161km"] == 0.5  # Cebu has no coordinates


def test_gold_spans_move_onto_the_cleaned_text_and_lost_ones_match_nothing() -> None:
    raw = "FLOODS\n\n" + TEXT.replace("on Monday", "on  Monday")
    rec = {
        "id": "w1",
        "text": raw,
        "timex": [timex("Monday", "2019-08-12", text=raw), timex("FLOODS", "X", text=raw)],
    }
    gold, lost = moved(rec, Article(id="w1", text=TEXT), "timex")
    assert gold["text"] == TEXT and lost == 1
    assert (gold["timex"][0]["start"], gold["timex"][0]["end"]) == at("Monday")
    scores = score_timex(
        [rec], {"w1": Article(id="w1", text=TEXT, times=[found_time("Monday", "2019-08-12")])}
    )
    assert scores["value"]["recall"] == 0.5 and scores["value"]["precision"] == 1.0


@pytest.mark.parametrize(
    ("folder", "field", "dev"), [("wikinews_timex", "timex", 251), ("wikinews_places", "toponyms", 263)]
)
def test_the_built_dev_halves_hold_the_counts_of_their_readmes(folder: str, field: str, dev: int) -> None:
    path = ROOT / "eval" / "data" / folder / "local" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"eval/data/{folder}/local is not built (see eval/data/{folder}/README.md)")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    scorer = score_timex if field == "timex" else score_places
    scores = scorer(records, {})
    assert scores["gold"] == dev and scores["gold_spans_unaligned"] == 0
