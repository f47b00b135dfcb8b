"""Casualty counts, on a golden file of sentences written for the tests (tests/data/casualties.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.events.casualties import FIELDS
from eventwire.nlp import SpacyBackend
from tests.helpers import analyse

GOLDEN = Path(__file__).parent / "data" / "casualties.jsonl"
CASES = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]


def totals(spacy_backend: SpacyBackend, text: str) -> dict[str, int | None]:
    art = analyse(spacy_backend, text, published="2022-06-01", until="events")
    out: dict[str, int | None] = {}
    for field in FIELDS:
        values = [getattr(e, field) for e in art.events if getattr(e, field) is not None]
        out[field] = sum(values) if values else None
    return out


def test_golden_file_covers_every_form() -> None:
    assert len(CASES) >= 30
    assert {f for case in CASES for f in FIELDS if case.get(f)} == set(FIELDS)


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c["form"] for c in CASES])
def test_casualty_counts(spacy_backend: SpacyBackend, case: dict[str, object]) -> None:
    got = totals(spacy_backend, str(case["text"]))
    want = {field: case.get(field) for field in FIELDS}
    assert got == want


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Rebels killed 12 soldiers on Monday. The rebels killed 12 soldiers in the raid, the army said.",
            12,
        ),
        # a toll of one is restated only of the same person: two people killed one by one are two
        ("Police shot a gunman dead on Monday. The gunmen had killed a police officer on Sunday night.", 2),
        ("A police officer was killed in Leeds on Monday. The police officer was killed by a gunman.", 1),
    ],
)
def test_a_restated_toll_is_not_counted_twice(spacy_backend: SpacyBackend, text: str, dead: int) -> None:
    art = analyse(spacy_backend, text, published="2022-06-01", until="events")
    assert sum(e.fatalities or 0 for e in art.events) == dead


@pytest.mark.model
def test_counts_are_traceable_to_the_evidence(spacy_backend: SpacyBackend) -> None:
    art = analyse(spacy_backend, "Police opened fire on the crowd, killing four protesters.", until="events")
    counted = [e for e in art.events if e.fatalities]
    assert counted and all("four" in art.text[e.evidence.start : e.evidence.end] for e in counted)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("At least 63 people were killed in the blast.", "At least 63 people"),
        ("The attack killed up to 40 people.", "up to 40 people"),
    ],
)
def test_a_toll_s_words_keep_their_quantifier(spacy_backend: SpacyBackend, text: str, victims: str) -> None:
    """'At least 63 people', not 'least 63 people': the 'at' of a quantifier is no preposition."""
    [event] = [e for e in analyse(spacy_backend, text).events if e.type == "ASSAULT"]
    assert event.target.text == victims


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The death toll from Sunday's bombing rose to 45, officials said.", 45),
        ("The attack, which had a death toll of 12, shocked the city.", 12),
        ("The death toll in the bombing is 30.", 30),
        ("The bombing took a heavy toll on the city.", None),  # no death toll, no figure
    ],
)
def test_a_death_toll_counts_the_dead_of_its_act(
    spacy_backend: SpacyBackend, text: str, dead: int | None
) -> None:
    [event] = [e for e in analyse(spacy_backend, text).events if e.type == "ASSAULT"]
    assert event.fatalities == dead
