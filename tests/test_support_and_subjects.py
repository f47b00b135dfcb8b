"""Support pledged, offered or given in someone's defence; the subject of verbs the parser hangs on
an appositive.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring cases it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-02-10"

#: (sentence, word, PLOVER type, source, target)
EVENTS = [
    (
        "The senator pledged his support to Senator Cruz on Sunday.",
        "pledged",
        "SUPPORT",
        "The senator",
        "Senator Cruz",
    ),
    (
        "On Sunday, Senator Jeff Sessions offered his endorsement.",
        "offered",
        "SUPPORT",
        "Senator Jeff Sessions",
        "",
    ),
    ("China pledged $50 million in aid to Haiti.", "pledged", "AGREE", "China", "Haiti"),
    (
        "Donald Trump once defended Bill Clinton against allegations of scandal.",
        "defended",
        "SUPPORT",
        "Donald Trump",
        "Bill Clinton",
    ),
    (
        "Zimmerman, then a neighborhood watch volunteer, shot and killed Trayvon in February 2012.",
        "killed",
        "ASSAULT",
        "Zimmerman",
        "Trayvon",
    ),
    ("Police arrested the gunmen and seized their weapons.", "seized", "COERCE", "Police", "their weapons"),
]


@pytest.mark.parametrize(("text", "word", "kind", "source", "target"), EVENTS)
def test_the_act_and_its_parties(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str, source: str, target: str
) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    parties = (event["source"].get("text") or "", event["target"].get("text") or "")
    assert (event["type"], *parties) == (kind, source, target)
