"""``eventwire eval``: which sets and halves a run scores, skipped halves, result files and the table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.cli import main
from eventwire.config import Config
from eventwire.errors import UsageError
from eventwire.evaluate import harness
from eventwire.evaluate.harness import SETS, GoldSet, Job, plan, records_of, table

DEVELOPMENT_SETS = {
    "ordinary_news",
    "polnear_events",
    "wikinews_attacks",
    "wikievents_train",
    "wikinews_timex",
    "wikinews_places",
    "polnear",
}


def test_every_development_set_and_wikievents_is_registered() -> None:
    assert DEVELOPMENT_SETS | {"wikievents_dev"} <= set(SETS)
    assert {name for name, spec in SETS.items() if spec.splits} == DEVELOPMENT_SETS
    assert SETS["polnear"].splits == ("dev",)  # PolNeAR's test compartment is reserved


def test_all_scores_every_whole_set_and_every_half() -> None:
    labels = [job.label for job in plan("all")]
    assert {"plover_gsr", "wikievents_dev", "polnear_dev"} <= set(labels)
    for name in DEVELOPMENT_SETS - {"polnear"}:
        assert f"{name}_dev" in labels and f"{name}_test" in labels
    assert "polnear_test" not in labels and "ordinary_news" not in labels


def test_a_set_gives_its_halves_and_a_half_can_be_named_alone() -> None:
    assert [j.label for j in plan("ordinary_news")] == ["ordinary_news_dev", "ordinary_news_test"]
    assert plan("wikinews_places_test") == [Job("wikinews_places", "test")]
    assert plan("geovirus") == [Job("geovirus")]
    with pytest.raises(UsageError, match="unknown gold set"):
        plan("polnear_test")
    with pytest.raises(UsageError, match="ordinary_news_dev"):
        plan("nope")


def _fake(path: Path, config: Config) -> dict[str, Any]:
    return {"score": 0.25, "read": path.name}


def _fake_sets(tmp_path: Path) -> dict[str, GoldSet]:
    home = tmp_path / "fake"
    (home / "local").mkdir(parents=True)
    (home / "local" / "dev.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "gold" / "whole").mkdir(parents=True)
    halves = GoldSet(_fake, ("score",), home=home, splits=("dev", "test"), build="make evaldata FAKE=DIR")
    return {"fake": halves, "whole": GoldSet(_fake, ("score",))}


def test_a_half_that_is_not_built_is_no_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(harness, "SETS", _fake_sets(tmp_path))
    assert records_of(Job("fake", "test"), tmp_path / "gold") is None
    assert records_of(Job("fake", "dev"), tmp_path / "gold") == tmp_path / "fake" / "local" / "dev.jsonl"
    with pytest.raises(UsageError, match="no such folder"):
        records_of(Job("whole"), tmp_path / "elsewhere")


def test_eval_all_scores_what_is_built_and_skips_the_rest_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(harness, "SETS", _fake_sets(tmp_path))
    out = tmp_path / "results"
    assert main(["eval", "all", "--gold", str(tmp_path / "gold"), "--out", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    skipped = [line for line in printed if "skipped" in line]
    assert len(skipped) == 1 and skipped[0].startswith("fake_test ")
    assert "local/test.jsonl is not built" in skipped[0] and "make evaldata FAKE=DIR" in skipped[0]
    assert any(line.startswith("fake_dev ") and "0.250" in line for line in printed)
    assert any(line.startswith("whole ") and "0.250" in line for line in printed)
    dev = json.loads((out / "fake_dev.json").read_text(encoding="utf-8"))
    assert (dev["split"], dev["read"], dev["score"]) == ("dev", "dev.jsonl", 0.25)
    test = json.loads((out / "fake_test.json").read_text(encoding="utf-8"))
    assert test["split"] == "test" and "make evaldata FAKE=DIR" in test["skipped"]
    assert json.loads((out / "whole.json").read_text(encoding="utf-8"))["read"] == "whole"


def test_the_table_has_a_row_per_headline_figure() -> None:
    job = Job("ordinary_news", "test")
    rows = table({job: {"precision": 0.5, "confident": {"recall": 0.25}, "seconds": 2.0}})
    assert "ordinary_news_test" in rows and "confident.recall" in rows and "0.250" in rows
    assert len(rows.splitlines()) == 4  # header, two figures, seconds
