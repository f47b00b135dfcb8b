"""Capturing: a suspect or a fugitive is arrested (CAMEO 173), soldiers or a town are taken by
force (181, 192), and a camera's capture is a recording, no act."""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import assert_no_event_at, types_at

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police captured the second suspect on Friday night.", "COERCE"),
        ("Rebels captured two soldiers near the border.", "ASSAULT"),
        ("The army captured the town.", "ASSAULT"),
    ],
)
def test_what_is_captured_says_which_act(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    assert types_at(spacy_backend, text, "captured") == [kind]


def test_captured_on_television_is_no_act(spacy_backend: SpacyBackend) -> None:
    assert_no_event_at(
        spacy_backend, "The suspect was captured on closed circuit television.", "captured", "2021-12-09"
    )
