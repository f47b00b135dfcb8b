"""Support pledged, offered or given in someone's defence; the subject of verbs the parser hangs on
an appositive; talks that only date another act; what a speaker says his own state must do; a
prohibition in force; a campaign's attack on a rival over what is theirs; a person's own rally;
an assault on a protester.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring cases it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import assert_act, assert_no_event_at

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
    (
        "President Barack Obama said Iran must release the prisoners.",
        "must",
        "REQUEST",
        "President Barack Obama",
        "Iran",
    ),
    ("Obama met Hollande in Paris during the summit.", "met", "CONSULT", "Obama", "Hollande"),
    ("Turkey banned the PKK in 1993.", "banned", "COERCE", "Turkey", "the PKK"),
    (
        "The Clinton campaign attacked Sanders over his votes on guns.",
        "attacked",
        "ACCUSE",
        "The Clinton campaign",
        "Sanders",
    ),
    ("Jets attacked the convoy over the weekend.", "attacked", "ASSAULT", "Jets", "the convoy"),
    ("A man attacked his neighbour over his dog.", "attacked", "ASSAULT", "A man", "his neighbour"),
    ("Guards assaulted a protester outside the embassy.", "assaulted", "ASSAULT", "Guards", "a protester"),
    ("Navalny's rally against Putin drew thousands.", "rally", "PROTEST", "Navalny's", "Putin"),
]

#: (sentence, word): the word names no act there
NO_ACT = [
    ("During Obama's visit to Turkey, Erdogan repeated his request for the cleric's extradition.", "visit"),
    ("It became apparent to me during the discussions with Reince that the rules mattered.", "discussions"),
    ("President Barack Obama said the United States must act to control gun violence.", "must"),
    ("The PKK is banned in Turkey.", "banned"),
    ("The group remains outlawed in Germany.", "outlawed"),
    ("Giuliani and Sessions wore the hats at Trump's rally in Phoenix.", "rally"),
]


@pytest.mark.parametrize(("text", "word", "kind", "source", "target"), EVENTS)
def test_the_act_and_its_parties(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str, source: str, target: str
) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, (kind, source, target))


@pytest.mark.parametrize(("text", "word"), NO_ACT)
def test_no_act(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)
