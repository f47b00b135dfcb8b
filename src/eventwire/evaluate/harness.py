"""``eventwire eval SET``: score the engine on a gold set, write JSON, print a table.

Each set has a runner that reads ``GOLD/SET/records.jsonl``, runs the engine
and returns a flat dict of scores (nested dicts allowed); the harness writes
``OUT/SET.json`` and prints the headline figures.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from eventwire.config import Config
from eventwire.errors import UsageError

Runner = Callable[[Path, Config], dict[str, Any]]


def _read(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def run_plover(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.plover import calibration, predict_with_events, score_plover

    records = _read(folder / "records.jsonl")
    main, every = predict_with_events(records, config)
    return {**score_plover(records, main), "calibration": calibration(records, every)}


def run_petrarch(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.petrarch import predict, score_petrarch

    records = _read(folder / "records.jsonl")
    return score_petrarch(records, predict(records, folder / "dictionaries", config))


def run_tempeval(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.tempeval import eventwire_finder, score_tempeval

    scores = score_tempeval(_read(folder / "records.jsonl"), eventwire_finder(config.backend))
    scores.pop("errors", None)
    return scores


def run_geovirus(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.geovirus import load_records, score_geovirus, spacy_finder

    records = load_records(folder / "records.jsonl")
    return score_geovirus(records, spacy_finder(records, config.backend))


def run_casualties(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.casualties import score_casualties

    return score_casualties(_read(folder / "casualties.jsonl"), config)


def run_quotes(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.quotes import score_quotes

    return score_quotes(_read(folder / "quotes_demo.jsonl"), config)


def run_ecbplus(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.ecbplus import score_ecbplus

    return score_ecbplus(_read(folder / "records.jsonl"), config)


def run_copies(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.copies import demo_originals, score_copies

    return score_copies(demo_originals(folder / "article.txt"), config)


SETS: dict[str, Runner] = {
    "plover_gsr": run_plover,
    "petrarch2_unittest": run_petrarch,
    "tempeval3_test": run_tempeval,
    "geovirus": run_geovirus,
    "casualties": run_casualties,
    "quotes": run_quotes,
    "ecbplus_subset": run_ecbplus,
    "copies": run_copies,
}
#: sets kept in this repository (tests/data), not in the shared gold folder
LOCAL_SETS = {"casualties": Path("tests") / "data", "quotes": Path("tests") / "data"}
#: sets whose folder in the gold folder has another name (copies: the seed and the demo corpus)
GOLD_FOLDERS = {"copies": "seed"}
HEADLINES = {
    "plover_gsr": (
        "accuracy",
        "macro_f1",
        "no_event_rate",
        "calibration.precision_all",
        "calibration.precision_confident",
    ),
    "petrarch2_unittest": ("exact_match", "triples.precision", "triples.recall", "triples.f1"),
    "tempeval3_test": ("strict.f1", "relaxed.f1", "value.f1"),
    "geovirus": ("precision", "recall", "f1", "accuracy_161km"),
    "casualties": ("exact_match", "fatalities.f1", "injured.f1", "kidnapped.f1", "arrested.f1"),
    "quotes": ("recall", "speaker_accuracy", "speaker_accuracy_found", "direct_accuracy"),
    "ecbplus_subset": ("bcubed.f1", "bcubed.precision", "bcubed.recall", "pairwise.f1", "same_kind_merged"),
    "copies": ("pairwise.f1", "pairwise.precision", "copies_found", "originals_joined_count"),
}


def evaluate(name: str, gold: Path, out: Path, config: Config | None = None) -> dict[str, Any]:
    if name not in SETS:
        raise UsageError(f"unknown gold set {name!r} (one of: {', '.join(SETS)}, all)")
    folder = LOCAL_SETS.get(name, gold / GOLD_FOLDERS.get(name, name))
    if not folder.is_dir():
        raise UsageError(f"{folder}: no such folder (is the gold folder beside the checkout?)")
    began = time.monotonic()
    scores = SETS[name](folder, config or Config())
    scores["seconds"] = round(time.monotonic() - began, 1)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return scores


def headline(name: str, scores: dict[str, Any]) -> list[tuple[str, float]]:
    rows = []
    for key in HEADLINES[name]:
        value: Any = scores
        for part in key.split("."):
            value = value.get(part, {}) if isinstance(value, dict) else {}
        if isinstance(value, int | float):
            rows.append((key, float(value)))
    return rows


def table(results: dict[str, dict[str, Any]]) -> str:
    lines = [f"{'set':<20} {'metric':<32} {'score':>7}"]
    for name, scores in results.items():
        for key, value in headline(name, scores):
            lines.append(f"{name:<20} {key:<32} {value:7.3f}")
        lines.append(f"{name:<20} {'seconds':<32} {scores.get('seconds', 0):7.1f}")
    return "\n".join(lines)
