"""Who took part in a meeting, and departures a vote decides.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring cases it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_no_event_at, at_word, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2019-07-08"


def test_who_speaks_in_a_meeting_with_someone_took_part(spacy_backend: SpacyBackend) -> None:
    text = "Zelensky said in a meeting with Honcharuk that he would give him a chance."
    _, event = one_event_at(spacy_backend, text, "meeting", PUBLISHED)
    assert (event["source"] or {}).get("text") == "Zelensky"
    assert (event["target"] or {}).get("text") == "Honcharuk"


def test_a_departure_a_vote_decides_is_still_to_come(spacy_backend: SpacyBackend) -> None:
    text = "Trump hailed Britain's vote to leave the European Union as fantastic."
    _, event = one_event_at(spacy_backend, text, "leave", PUBLISHED)
    assert (event["type"], event["modality"]) == ("SANCTION", "uncertain")
    article = analyse(
        spacy_backend, "Britons voted in a 2016 referendum to leave the EU.", published=PUBLISHED
    )
    assert not [e for e in article.events if at_word(article, e, "leave") and e.modality == "asserted"]


def test_what_a_body_does_by_its_vote_is_done(spacy_backend: SpacyBackend) -> None:
    text = "The House voted to hold the attorney general in contempt of Congress."
    _, event = one_event_at(spacy_backend, text, "hold", PUBLISHED)
    assert event["modality"] == "asserted"


def test_a_departure_done_is_asserted(spacy_backend: SpacyBackend) -> None:
    _, event = one_event_at(spacy_backend, "Britain left the European Union in January.", "left", PUBLISHED)
    assert (event["type"], event["modality"]) == ("SANCTION", "asserted")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In February 2013 Dzhokhar Tsarnaev visits Silva and borrows the Ruger pistol.", "visits"),
        ("The group was visiting to celebrate a birthday in Koszalin.", "visiting"),
    ],
)
def test_a_visit_between_private_people_is_no_meeting(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


def test_a_politicians_visit_abroad_is_a_meeting(spacy_backend: SpacyBackend) -> None:
    _, event = one_event_at(
        spacy_backend, "The German chancellor visited Beijing on Monday.", "visited", PUBLISHED
    )
    assert event["type"] == "CONSULT"


@pytest.mark.parametrize(
    ("text", "kind", "guest"),
    [
        ("Obama welcomed world leaders to the White House for a working dinner.", "CONSULT", "world leaders"),
        ("Xi welcomed Putin to Beijing on Monday.", "CONSULT", "Putin"),
        ("Merkel welcomed the decision.", "SUPPORT", None),
    ],
)
def test_welcoming_guests_to_a_place_hosts_them(
    spacy_backend: SpacyBackend, text: str, kind: str, guest: str | None
) -> None:
    _, event = one_event_at(spacy_backend, text, "welcomed", PUBLISHED)
    assert event["type"] == kind
    assert (event["target"] or {}).get("text") == guest


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        ("Leaders met at the Elysee Palace on Monday.", None),
        ("Leaders met at the White House on Monday.", None),
        ("Trump met at the White House with Macron.", "Macron"),
        ("Obama met with officials at the Pentagon.", "officials"),
    ],
)
def test_where_parties_meet_is_no_party_to_the_meeting(
    spacy_backend: SpacyBackend, text: str, guest: str | None
) -> None:
    _, event = one_event_at(spacy_backend, text, "met", PUBLISHED)
    assert (event["target"] or {}).get("text") == guest


def test_what_is_fired_at_is_still_the_target(spacy_backend: SpacyBackend) -> None:
    _, event = one_event_at(spacy_backend, "Rebels fired at the White House.", "fired", PUBLISHED)
    assert (event["target"] or {}).get("text") == "the White House"
