"""Passives joined under one subject and auxiliary share the agent the last of them names."""

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
