"""Who did an act, read through coordination and phrases: passives joined under one subject and
auxiliary share their agent; who took part in an attack or was behind it did it."""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, event_at

pytestmark = pytest.mark.model


def test_joined_passives_share_their_agent(spacy_backend: SpacyBackend) -> None:
    text = "Mr Hayes was arrested and questioned by West Midlands Police about the bombings."
    [event] = event_at(analyse(spacy_backend, text), "arrested")
    assert event["source"]["text"] == "West Midlands Police" and event["target"]["text"] == "Mr Hayes"


def test_a_joined_clause_with_its_own_auxiliary_keeps_its_agent(spacy_backend: SpacyBackend) -> None:
    text = "The aide was arrested in May and has been interviewed by the agency since."
    [event] = event_at(analyse(spacy_backend, text), "arrested")
    assert event["source"]["text"] is None


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        ("His lawyers admitted he participated in the bombings.", "bombings", "he"),
        ("Three men took part in the attack on the base.", "attack", "Three men"),
        ("The group behind the pub bombings has apologised.", "bombings", "The group"),
        ("Police say two brothers were behind the drone attack.", "attack", "two brothers"),
    ],
)
def test_who_took_part_in_or_was_behind_an_attack_did_it(
    spacy_backend: SpacyBackend, text: str, word: str, source: str
) -> None:
    [event] = event_at(analyse(spacy_backend, text), word)
    assert event["source"]["text"] == source


def test_who_was_hurt_in_an_attack_did_not_do_it(spacy_backend: SpacyBackend) -> None:
    [event] = event_at(analyse(spacy_backend, "He was injured in the attack."), "attack")
    assert event["source"]["text"] is None and event["target"]["text"] == "He"
