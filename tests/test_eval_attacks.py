"""eval/data/wikinews_attacks: the annotators' lines become WikiEvents-style records, and the built
halves point into their texts."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import load_script

SET_DIR = Path(__file__).resolve().parent.parent / "eval" / "data" / "wikinews_attacks"
TEXT = "Gunmen shot two guards in Kabul.\n\nPolice arrested Ali Khan on Monday. He denied the attack."
SENTS = [(0, 32), (34, 68), (69, 90)]


def load() -> ModuleType:
    return load_script(SET_DIR / "build" / "build.py", "attacks_build")


def test_a_line_gives_class_trigger_and_roles_with_offsets() -> None:
    build = load()
    event = build.parse_line("1 | ATTACK | shot | Gunmen | two guards", TEXT, SENTS, "t")
    assert event["type"] == "Conflict.Attack.Unspecified"
    assert TEXT[slice(*event["trigger"])] == "shot"
    roles = {a["role"]: [TEXT[s:e] for s, e in a["spans"]] for a in event["arguments"]}
    assert roles == {"Attacker": ["Gunmen"], "Target": ["two guards"]}


def test_a_pronoun_carries_every_mention_of_its_antecedent() -> None:
    build = load()
    event = build.parse_line("3 | ATTACK | attack | - | - ", TEXT, SENTS, "t")
    assert event["arguments"] == []
    event = build.parse_line("2 | ARREST | arrested | Police | Ali Khan", TEXT, SENTS, "t")
    assert [a["role"] for a in event["arguments"]] == ["Jailer", "Detainee"]
    spans = build.locate(TEXT, SENTS[2], "He => Ali Khan", "t")
    assert [TEXT[s:e] for s, e in spans] == ["He", "Ali Khan"]


@pytest.mark.parametrize(
    "line", ["1 | ATTACK | shoot | Gunmen | -", "1 | BOMB | shot | - | -", "9 | ATTACK | shot | - | -"]
)
def test_a_span_not_in_its_sentence_or_a_bad_class_stops_the_build(line: str) -> None:
    with pytest.raises(SystemExit):
        load().parse_line(line, TEXT, SENTS, "t")


@pytest.mark.parametrize("half", ["dev", "test"])
def test_every_built_span_indexes_its_text(half: str) -> None:
    path = SET_DIR / "local" / f"{half}.jsonl"
    if not path.is_file():
        pytest.skip(f"{path.name} is not built: make evaldata WIKINEWS=DIR (see eval/data/README.md)")
    build = load()
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for event in rec["events"]:
            assert event["type"] in build.CLASSES.values()
            assert rec["text"][slice(*event["trigger"])] == event["trigger_text"]
            for arg in event["arguments"]:
                assert rec["text"][slice(*arg["spans"][0])] == arg["text"]
