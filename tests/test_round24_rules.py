"""Rules written on polnear_events round 24 and the other dev texts, and on sentences written to
probe the coder: supporting a named person (not in the simple present, not in a past relative
clause that describes the supporter), a former habit ("used to"), a poll's share of people
holding a stance, a relative clause on a description said of a name ("Trump is a bully who
pledged ..."), an occasion as no target even where the actors' stage names it ("the Boston
Marathon bombing"), "as opposed to" as a compound preposition, an act set against the one done
("instead of", "rather than", "as opposed to") as not done, and a definite act named as a topic
("over his attacks", "about the bombing") and one told in the present perfect in a clause of time
or contrast ("while she has dropped her attacks") as done.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-03-02"

#: (sentence, trigger): words that name no act
NOTHING = [
    ("The group spent its money on ads praising him, as opposed to ads about his rivals.", "opposed"),
    ("The trade deal was opposed by 42 percent of the Republicans surveyed in the poll.", "opposed"),
    ("A majority of voters opposed the plan, the survey found.", "opposed"),
    ("Beck, who supported Sen. Ted Cruz, said Trump was wrong.", "supported"),
    ("While he does support Clinton, he disagrees with the anti-war crowd.", "support"),
    ("Both sides support the rebels.", "support"),
    ("House Republican Thomas Massie used to support Rand Paul.", "support"),
    ("The two leaders used to meet every month in Geneva.", "meet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


#: (sentence, trigger, (type, source, target)): who did it
ACTS = [
    ("Senator Smith is the Republican who endorsed Cruz on Monday.", "endorsed",
     ("SUPPORT", "Senator Smith", "Cruz")),
    ("Arizona will be the fifth state that Elias is suing over voting rules.", "suing",
     ("ACCUSE", "Elias", "Arizona")),
    ("It was the senator who endorsed Cruz on Monday.", "endorsed", ("SUPPORT", "the senator", "Cruz")),
    ("The winner was Ted Cruz, who endorsed Rubio on Monday.", "endorsed", ("SUPPORT", "Ted Cruz", "Rubio")),
    ("The senators opposed the trade deal on Monday.", "opposed", ("REJECT", "The senators", "")),
    ("In the 2010 Senate election, Pate supported Charlie Crist against Rubio.", "supported",
     ("SUPPORT", "Pate", "Charlie Crist")),
    ("Host Bill Maher, who is supporting Sanders, asked about the emails.", "supporting",
     ("SUPPORT", "Host Bill Maher", "Sanders")),
    ("Both of his GOP senators strongly supported him.", "supported", ("SUPPORT", "his GOP senators", "him")),
    ("The rebels used drones to attack the base on Monday.", "attack", ("ASSAULT", "The rebels", "the base")),
    ("Police recovered the gun he used to kill the guard.", "kill", ("ASSAULT", "he", "the guard")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


#: (sentence, trigger, modality): an act set against the one done is not done
MODALITIES = [
    ("The governor praised the protesters instead of arresting them.", "arresting", "negated"),
    ("The senators chose to praise Obama rather than attacking him.", "attacking", "negated"),
    ("The group ran ads for Bush, as opposed to attacking his rivals.", "attacking", "negated"),
    ("The governor praised the protesters and then arrested them.", "arrested", "asserted"),
    ("The senator will seek to move past the turmoil over his attacks on the judge.", "attacks", "asserted"),
    ("Officials may answer questions about the bombing of the embassy next week.", "bombing", "asserted"),
    ("Iran would retaliate over an attack on its embassy.", "attack", "uncertain"),
    ("While she has dropped her attacks on Sanders, her campaign plans to reprint the editorial.", "attacks",
     "asserted"),
    ("While Clinton has condemned the proposal, her aides are expected to praise it.", "condemned",
     "asserted"),
    ("While Clinton will have condemned the proposal, her aides are expected to praise it.", "condemned",
     "uncertain"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), MODALITIES)
def test_the_modality(spacy_backend: SpacyBackend, text: str, word: str, want: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["modality"] == want


def test_a_named_occasion_is_no_target(spacy_backend: SpacyBackend) -> None:
    """'The Boston Marathon bombing': the marathon is where the people hit were, no party, though
    the actors' stage finds a name for it (with a country, from Boston, and no sector)."""
    text = (
        "Officials say the two suspects in Monday's Boston Marathon bombing are legal U.S. residents. "
        "The Boston Marathon bombing was one of the bloodiest terrorist attacks in the United States "
        "since 2001."
    )
    article = analyse(spacy_backend, text, PUBLISHED)
    bombings = [e for e in article.events if article.text[e.trigger.start : e.trigger.end] == "bombing"]
    assert len(bombings) == 2
    assert all(e.target.text is None for e in bombings)
    assert bombings[0].source.text == "the two suspects"
