"""eval/data/wikievents_train/build/build.py: detokenizing WikiEvents' tokens and placing triggers
whose indices point at the first occurrence of their words."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from tests.helpers import load_script

SCRIPT = Path(__file__).resolve().parent.parent / "eval" / "data" / "wikievents_train" / "build" / "build.py"


def load() -> ModuleType:
    return load_script(SCRIPT, "wikievents_train_build")


def test_detokenize_glues_punctuation_clitics_and_hyphens_and_keeps_offsets() -> None:
    build = load()
    tokens = [
        "Thailand",
        "’",
        "s",
        "rush",
        "-",
        "hour",
        "crowds",
        ",",
        "“",
        "Get",
        "out",
        "!",
        "”",
        "at",
        "3",
        ":",
        "45",
    ]
    text, spans = build.detokenize(tokens)
    assert text == "Thailand’s rush-hour crowds, “Get out!” at 3:45"
    assert all(text[s:e] == tok for tok, (s, e) in zip(tokens, spans, strict=True))


def test_straight_quotes_open_and_close() -> None:
    text, _ = load().detokenize(["He", "said", '"', "no", '"', "."])
    assert text == 'He said "no".'


def test_a_repeated_trigger_is_placed_where_its_arguments_stand() -> None:
    build = load()
    tokens = [
        "A",
        "bombing",
        "hit",
        "Kabul",
        ".",
        "Police",
        "said",
        "the",
        "bombing",
        "in",
        "Herat",
        "killed",
        "two",
        ".",
    ]
    first = tokens.index("bombing")
    mentions = [
        {
            "trigger": {"start_idx": first, "end_idx": first + 1},
            "arguments": [{"role": "Place", "text": "Kabul"}],
        },
        {
            "trigger": {"start_idx": first, "end_idx": first + 1},
            "arguments": [{"role": "Place", "text": "Herat"}],
        },
    ]
    placed, choices = build.place_triggers(tokens, mentions)
    assert placed == [(1, 2), (8, 9)] and choices == 0


def test_an_argument_is_every_whole_word_occurrence_of_its_text() -> None:
    build = load()
    assert build.occurrences("Rahami fled. Police shot Rahami, not Rahamis.", "Rahami") == [[0, 6], [25, 31]]
