"""Rules written on polnear_events round 28 (dev once round 29 took over) and the other dev rounds,
and on sentences written to probe the coder: escorting someone off or out of a place expels them
(CAMEO 174), escorting someone to a place does not; an "-ing" form under an article with no object
of its own is a noun ("after the police shooting of a black man sparked protests"); an adjective
with no article names no party ("a pace of killing unknown to most Americans"), and the pace or
rate of a kind of act, or a share of it written with "%", counts it rather than telling one; what
a noun after the verb is about is its topic, not whom the verb's act is done to ("called for
information about the shooting of X"), while what the verb itself is about may be ("complained
about the actor"); calling up the Guard or reservists musters them (PLOVER MOBILIZE), calling up
one's brother does not; questioning a party's reliance, role, conduct or move is criticism (CAMEO
111); the name of a law ("the Equal Rights Amendment") is a thing, no party, and an attack on a
law is made in words.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import assert_act, assert_no_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-09-26"

#: (sentence, trigger, (type, source, target))
ACTS = [
    # escorted off or out of a place: expelled
    ("Green Party presidential candidate Jill Stein was escorted off the premises of Hofstra University"
     " on Monday.", "escorted", ("COERCE", "", "Green Party presidential candidate Jill Stein")),
    ("Security escorted the protesters out of the rally.", "escorted",
     ("COERCE", "Security", "the protesters")),
    # a gerund under an article is a noun
    ("Nearly a week after the police shooting of a black man sparked violent protests, the city"
     " remains tense.", "shooting", ("ASSAULT", "police", "a black man")),
    ("The killing of the journalist shocked the nation.", "killing", ("ASSAULT", "", "the journalist")),
    # what the verb itself is about may be its target; a noun's topic is not
    ("The senator complained to the president about the Iran deal.", "complained",
     ("ACCUSE", "The senator", "the president")),
    ("Small groups of protesters continued to call for more information about the fatal shooting of"
     " Keith Lamont Scott.", "call", ("REQUEST", "Small groups of protesters", "")),
    # calling up forces musters them
    ("The governor called up the National Guard.", "called",
     ("MOBILIZE", "The governor", "the National Guard")),
    # questioning a party's conduct is criticism; questioning a person is an inquiry
    ("Critics questioned the move.", "questioned", ("ACCUSE", "Critics", "")),
    ("Police questioned the driver.", "questioned", ("ACCUSE", "Police", "the driver")),
    # a law by name is no party, and is attacked only in words
    ("She called for the ratification of the Equal Rights Amendment.", "called", ("REQUEST", "She", "")),
    ("Republicans attacked the Affordable Care Act.", "attacked", ("ACCUSE", "Republicans", "")),
    # people counted by an adjective stay the party
    ("The police arrested several at the rally.", "arrested", ("COERCE", "The police", "several")),
    ("Soldiers shot the wounded.", "shot", ("ASSAULT", "Soldiers", "the wounded")),
]  # fmt: skip


#: (sentence, trigger): words that name no act
NOTHING = [
    ("It is a pace of killing unknown to most Americans and a source of national shame.", "killing"),
    ("The rate of killing has doubled since January.", "killing"),
    ("In 2009, 42% of the strikes have taken place in North Waziristan.", "strikes"),
    ("Police escorted the president to the stadium.", "escorted"),
    ("He called up his brother.", "called"),
    ("The super PAC backing Hillary Clinton is using some of its muscle.", "backing"),
]


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)
