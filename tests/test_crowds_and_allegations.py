"""Crowds that storm or occupy a place protest; whom an allegation is made against; a thing that
triggers an act does not do it.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring cases it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_no_event_at, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-02-10"

#: (sentence, word, PLOVER type, PLOVER mode): the act the word names
KINDS = [
    ("Protesters stormed the parliament building in Baghdad on Sunday.", "stormed", "PROTEST", "riot"),
    ("The parliament was stormed by angry protesters.", "stormed", "PROTEST", "riot"),
    ("Hundreds of students occupied the administration building.", "occupied", "PROTEST", "obstruct"),
    ("A mob torched a police station.", "torched", "PROTEST", "riot"),
    ("Soldiers stormed the compound.", "stormed", "ASSAULT", None),
    ("Israeli troops occupied the West Bank.", "occupied", "ASSAULT", "occupy"),
]

#: (sentence, word, source, target): who alleges and against whom
ALLEGATIONS = [
    (
        "Democrats charged that the White House had obstructed the inquiry.",
        "charged",
        "Democrats",
        "the White House",
    ),
    ("Critics alleged that Obama had overstepped his authority.", "alleged", "Critics", "Obama"),
    ("The opposition alleged that fraud took place in three provinces.", "alleged", "The opposition", ""),
    # a body named by a role noun is someone too
    (
        "The opposition alleged that the government rigged the vote.",
        "alleged",
        "The opposition",
        "the government",
    ),
]


@pytest.mark.parametrize(("text", "word", "kind", "mode"), KINDS)
def test_the_act_and_its_type(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str, mode: str
) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert (event["type"], event["mode"]) == (kind, mode)


@pytest.mark.parametrize(("text", "word", "source", "target"), ALLEGATIONS)
def test_whom_an_allegation_is_against(
    spacy_backend: SpacyBackend, text: str, word: str, source: str, target: str
) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    parties = (event["source"].get("text") or "", event["target"].get("text") or "")
    assert (event["type"], *parties) == ("ACCUSE", source, target)


def test_a_fee_charged_is_no_allegation(spacy_backend: SpacyBackend) -> None:
    assert_no_event_at(spacy_backend, "The company charged that fee to its customers.", "charged", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        ("The ruling triggered protests across the country.", "protests", ""),
        ("The verdict ignited protests in Minneapolis.", "protests", ""),
        ("A suicide bomber triggered an explosion at the checkpoint.", "explosion", "A suicide bomber"),
    ],
)
def test_who_does_what_is_triggered(spacy_backend: SpacyBackend, text: str, word: str, source: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert (event["source"].get("text") or "") == source


@pytest.mark.parametrize(
    ("text", "word", "kind", "source", "target"),
    [
        ("The court ordered him detained.", "detained", "COERCE", "The court", "him"),
        (
            "The commander ordered the prisoners executed.",
            "executed",
            "ASSAULT",
            "The commander",
            "the prisoners",
        ),
        ("The judge ordered the journalists jailed.", "jailed", "SANCTION", "The judge", "the journalists"),
        (
            "Judge Paul Kellar ordered the accused remain in custody until April 5.",
            "custody",
            "COERCE",
            "Judge Paul Kellar",
            "the accused",
        ),
    ],
)
def test_an_act_done_to_someone_that_is_ordered_is_the_orderers(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str, source: str, target: str
) -> None:
    """'The court ordered him detained': the detention is the court's, and the order is no REQUEST of
    its own; a move ordered of one's own forces stays theirs ("ordered the troops withdrawn")."""
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert (event["type"], event["source"].get("text"), event["target"].get("text")) == (kind, source, target)
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert "REQUEST" not in [e.type for e in article.events]
