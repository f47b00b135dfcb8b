"""``eventwire eval SET``: score the engine on a gold set, write JSON, print a table.

Each set has a runner that reads its records, runs the engine and returns a
dict of scores; the harness writes ``OUT/LABEL.json`` and prints the headline
figures.  A whole set (``GOLD/SET/records.jsonl``, or a file of this
repository) is scored as it is, under its own name.  A development set of
``eval/data`` comes in halves (``dev``, ``test``) that ``make evaldata``
builds into the git-ignored ``eval/data/SET/local/HALF.jsonl``; each half is
a row of its own, ``SET_HALF`` (``ordinary_news_dev``, ``ordinary_news_test``).
The test halves are scored for reporting only: tune on dev.  A half that is
not built is not an error: its row says ``skipped:`` and how to build it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.config import Config
from eventwire.errors import UsageError
from eventwire.evaluate.records import read_jsonl
from eventwire.evaluate.runs import code_records

#: (the set's folder, or one half's records file; the configuration) -> scores
Runner = Callable[[Path, Config], dict[str, Any]]
DATA = Path("eval") / "data"


def run_plover(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.plover import calibration, predict_with_events, score_plover

    records = read_jsonl(folder / "records.jsonl")
    main, every = predict_with_events(records, config)
    return {**score_plover(records, main), "calibration": calibration(records, every)}


def run_petrarch(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.petrarch import predict, score_petrarch

    records = read_jsonl(folder / "records.jsonl")
    return score_petrarch(records, predict(records, folder / "dictionaries", config))


def run_tempeval(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.tempeval import eventwire_finder, score_tempeval

    scores = score_tempeval(read_jsonl(folder / "records.jsonl"), eventwire_finder(config.backend))
    scores.pop("errors", None)
    return scores


def run_geovirus(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.geovirus import score_geovirus, spacy_finder

    records = read_jsonl(folder / "records.jsonl")
    return score_geovirus(records, spacy_finder(records, config.backend))


def run_casualties(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.casualties import score_casualties

    return score_casualties(read_jsonl(folder / "casualties.jsonl"), config)


def run_quotes(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.quotes import score_quotes

    return score_quotes(read_jsonl(folder / "quotes_demo.jsonl"), config)


def run_ordinary(path: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.ordinary import score_ordinary

    records = read_jsonl(path)
    return score_ordinary(records, code_records(records, date_field="published", config=config))


def run_wikievents(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.wikievents import score_wikievents

    records = read_jsonl(folder / "records.jsonl")
    return score_wikievents(records, code_records(records, config=config))


def run_wikievents_half(path: Path, config: Config) -> dict[str, Any]:
    """A half of a set annotated and scored as wikievents_dev is (``wikinews_attacks``)."""
    from eventwire.evaluate.wikievents import score_wikievents

    records = read_jsonl(path)
    return score_wikievents(records, code_records(records, date_field="published", config=config))


def run_wikinews_timex(path: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.wikinews import score_timex

    records = read_jsonl(path)
    return score_timex(records, code_records(records, date_field="dct", config=config))


def run_wikinews_places(path: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.wikinews import score_places

    records = read_jsonl(path)
    return score_places(records, code_records(records, date_field="published", config=config))


def run_polnear(path: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.polnear import score_polnear

    records = read_jsonl(path)
    return score_polnear(records, code_records(records, date_field="published", config=config))


def run_ecbplus(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.ecbplus import score_ecbplus

    return score_ecbplus(read_jsonl(folder / "records.jsonl"), config)


def run_copies(folder: Path, config: Config) -> dict[str, Any]:
    from eventwire.evaluate.copies import demo_originals, score_copies

    return score_copies(demo_originals(folder / "article.txt"), config)


@dataclass(frozen=True)
class GoldSet:
    """A set ``eventwire eval`` scores: how, which figures head the table, and where it lies."""

    runner: Runner
    headline: tuple[str, ...]
    #: a folder of this repository holding the set; None: the gold folder's SET
    home: Path | None = None
    #: halves built into HOME/local/HALF.jsonl; none: a whole set
    splits: tuple[str, ...] = ()
    #: how to build the halves (``make evaldata`` and the copy of the source it needs)
    build: str = ""
    #: the gold folder's folder the set reads, when it is not named SET
    gold_folder: str | None = None


def _halves(
    name: str,
    runner: Runner,
    headline: tuple[str, ...],
    build: str = "",
    splits: tuple[str, ...] = ("dev", "test"),
) -> GoldSet:
    """A development set of eval/data: its halves are built into eval/data/NAME/local/."""
    return GoldSet(runner, headline, home=DATA / name, splits=splits, build=build or _WIKINEWS)


ORDINARY_HEADLINE = (
    "precision",
    "recall",
    "f1",
    "no_event_with_event_rate",
    "source_accuracy",
    "target_accuracy",
    "confident.precision",
    "confident.recall",
)
WIKIEVENTS_HEADLINE = (
    "events.precision",
    "events.recall",
    "events.f1",
    "arguments.precision",
    "arguments.recall",
    "arguments.f1",
)
_WIKINEWS = "make evaldata WIKINEWS=DIR (DIR: a clone or git directory of github.com/vanatteveldt/wikinews)"
_WIKIEVENTS_TRAIN = (
    "make evaldata WIKIEVENTS_TRAIN=DIR (DIR: a clone or git directory of github.com/mc2259/gen-arg)"
)
_POLNEAR = "make evaldata POLNEAR=DIR (DIR: a clone or git directory of github.com/networkdynamics/PolNeAR)"
SETS: dict[str, GoldSet] = {
    "plover_gsr": GoldSet(
        run_plover,
        (
            "accuracy",
            "macro_f1",
            "no_event_rate",
            "calibration.precision_all",
            "calibration.precision_confident",
        ),
    ),
    "petrarch2_unittest": GoldSet(
        run_petrarch, ("exact_match", "triples.precision", "triples.recall", "triples.f1")
    ),
    "tempeval3_test": GoldSet(run_tempeval, ("strict.f1", "relaxed.f1", "value.f1")),
    "geovirus": GoldSet(run_geovirus, ("precision", "recall", "f1", "accuracy_161km")),
    "casualties": GoldSet(
        run_casualties,
        ("exact_match", "fatalities.f1", "injured.f1", "kidnapped.f1", "arrested.f1"),
        home=Path("tests") / "data",
    ),
    "quotes": GoldSet(
        run_quotes,
        ("recall", "speaker_accuracy", "speaker_accuracy_found", "direct_accuracy"),
        home=Path("tests") / "data",
    ),
    "ecbplus_subset": GoldSet(
        run_ecbplus, ("bcubed.f1", "bcubed.precision", "bcubed.recall", "pairwise.f1", "same_kind_merged")
    ),
    # reworded copies of the demo corpus (in the package) and of the seed (gold/seed)
    "copies": GoldSet(
        run_copies,
        ("pairwise.f1", "pairwise.precision", "copies_found", "originals_joined_count"),
        gold_folder="seed",
    ),
    "wikievents_dev": GoldSet(run_wikievents, WIKIEVENTS_HEADLINE),
    "ordinary_news": _halves("ordinary_news", run_ordinary, ORDINARY_HEADLINE),
    # the same layout and scoring on US political news of 2015-2016 (PolNeAR's train texts)
    "polnear_events": _halves("polnear_events", run_ordinary, ORDINARY_HEADLINE, build=_POLNEAR),
    # every mention of an attack, arrest or protest in whole Wikinews articles, as wikievents_dev
    "wikinews_attacks": _halves("wikinews_attacks", run_wikievents_half, WIKIEVENTS_HEADLINE),
    # WikiEvents' own train split (not the reserved test split, not the public dev floor), halved
    "wikievents_train": _halves(
        "wikievents_train", run_wikievents_half, WIKIEVENTS_HEADLINE, build=_WIKIEVENTS_TRAIN
    ),
    "wikinews_timex": _halves(
        "wikinews_timex",
        run_wikinews_timex,
        ("strict.f1", "relaxed.f1", "value.precision", "value.recall", "value.f1"),
    ),
    "wikinews_places": _halves(
        "wikinews_places", run_wikinews_places, ("precision", "recall", "f1", "accuracy_161km")
    ),
    "polnear": _halves(
        "polnear",
        run_polnear,
        ("speaker.precision", "speaker.recall", "speaker.f1", "speaker_accuracy", "content.f1"),
        build=_POLNEAR,
        splits=("dev",),  # PolNeAR's test compartment is reserved: never converted
    ),
}


@dataclass(frozen=True)
class Job:
    """One row of the table: a whole set, or one half of a development set."""

    name: str
    split: str | None = None

    @property
    def label(self) -> str:
        return self.name if self.split is None else f"{self.name}_{self.split}"


def jobs_of(name: str) -> list[Job]:
    """The rows of one set: the set itself, or each of its halves."""
    halves = SETS[name].splits
    return [Job(name, half) for half in halves] if halves else [Job(name)]


def plan(name: str) -> list[Job]:
    """The rows ``eventwire eval NAME`` scores: ``all``, a set (every half) or one half (SET_HALF)."""
    if name == "all":
        return [job for one in SETS for job in jobs_of(one)]
    if name in SETS:
        return jobs_of(name)
    halves = {job.label: job for one in SETS if SETS[one].splits for job in jobs_of(one)}
    if name in halves:
        return [halves[name]]
    known = [*SETS, *(label for label in halves)]
    raise UsageError(f"unknown gold set {name!r} (one of: {', '.join(known)}, all)")


def records_of(job: Job, gold: Path) -> Path | None:
    """The folder or file the job's runner reads; None for a half that is not built here."""
    spec = SETS[job.name]
    folder = spec.home or gold / (spec.gold_folder or job.name)
    if job.split is None:
        if not folder.is_dir():
            raise UsageError(f"{folder}: no such folder (is the gold folder beside the checkout?)")
        return folder
    path = folder / "local" / f"{job.split}.jsonl"
    return path if path.is_file() else None


def not_built(job: Job) -> str:
    """The one line a skipped half gets: what is missing and how to build it."""
    spec = SETS[job.name]
    missing = f"{spec.home}/local/{job.split}.jsonl is not built"
    return f"{missing}; build it with: {spec.build}; see eval/data/README.md"


def evaluate(job: Job, gold: Path, out: Path, config: Config | None = None) -> dict[str, Any]:
    """Score one row (a job of :func:`plan`) and write ``OUT/LABEL.json``; a half not built is skipped."""
    source = records_of(job, gold)
    if source is None:
        scores: dict[str, Any] = {"skipped": not_built(job)}
    else:
        began = time.monotonic()
        scores = SETS[job.name].runner(source, config or Config())
        scores["seconds"] = round(time.monotonic() - began, 1)
    if job.split is not None:
        scores["split"] = job.split
    out.mkdir(parents=True, exist_ok=True)
    text = json.dumps(scores, indent=2, sort_keys=True) + "\n"
    (out / f"{job.label}.json").write_text(text, encoding="utf-8")
    return scores


def headline(name: str, scores: dict[str, Any]) -> list[tuple[str, float]]:
    rows = []
    for key in SETS[name].headline:
        value: Any = scores
        for part in key.split("."):
            value = value.get(part, {}) if isinstance(value, dict) else {}
        if isinstance(value, int | float):
            rows.append((key, float(value)))
    return rows


def table(results: dict[Job, dict[str, Any]]) -> str:
    """The headline rows of each result; a skipped half is one row saying how to build it."""
    lines = [f"{'set':<24} {'metric':<32} {'score':>7}"]
    for job, scores in results.items():
        if "skipped" in scores:
            lines.append(f"{job.label:<24} skipped: {scores['skipped']}")
            continue
        for key, value in headline(job.name, scores):
            lines.append(f"{job.label:<24} {key:<32} {value:7.3f}")
        lines.append(f"{job.label:<24} {'seconds':<32} {scores.get('seconds', 0):7.1f}")
    return "\n".join(lines)
