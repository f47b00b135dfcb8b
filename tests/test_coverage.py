"""Whom PLOVER covers (eventwire.events.coverage): a company's act toward no political actor is
no event; toward a government or an IGO it is."""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The company apologized for its website being inaccessible.",
        "The company apologized to its customers on Monday.",
    ],
)
def test_a_company_toward_private_parties_is_no_event(spacy_backend: SpacyBackend, text: str) -> None:
    assert analyse(spacy_backend, text).events == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Google agreed to pay a fine to the European Commission.", "AGREE"),
        ("Shell signed a deal with Nigeria.", "SUPPORT"),
        ("The company sued the Ministry of Health.", "ACCUSE"),
    ],
)
def test_a_company_toward_a_political_actor(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    assert kind in {e.type for e in analyse(spacy_backend, text).events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("China and Russia have pledged funds for the reconstruction.", "pledged"),
        ("California outlawed the death penalty in 1972.", "outlawed"),
        ("Authorities seized 126 skins and two live jackals.", "seized"),
    ],
)
def test_a_thing_is_no_target(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    art = analyse(spacy_backend, text)
    events = [e for e in art.events if e.trigger and art.text[e.trigger.start : e.trigger.end] == word]
    assert events and all(e.target.text is None for e in events)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Gunmen attacked a checkpoint in Kirkuk.", "a checkpoint"),  # attacks on places are coded
        ("We finished the last round of dialogue with the international coalition.", "coalition"),
    ],
)
def test_places_attacked_and_groups_stay_targets(spacy_backend: SpacyBackend, text: str, target: str) -> None:
    art = analyse(spacy_backend, text)
    assert any(target in (e.target.text or "") for e in art.events)
