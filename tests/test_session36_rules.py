"""Rules written on polnear_events round 29 (dev once round 30 took over) and the other dev rounds,
and on sentences written to probe the coder: refusing to disclose or reveal records or papers
refuses a demand for them (CAMEO 12), while declining to discuss or to comment stays no refusal; a
criticism verb of the $criticised rows ("blasted", "ripped") takes a body or people named by a
proper noun as its object, not a place named (an ad "targeting Iowa" aims at its voters), and a
team beaten by a score is no party criticised ("roasted the Red Sox 12-2"); looting
money is theft or fraud, no seizure, while looting shops stays one; a promise of a hostile act ("promised
a veto") is no agreement, and vowing revenge or retaliation threatens (CAMEO 130); a finite verb
right after a noun the parser joined to the object before it, with no "and" of its own, has that
noun as its subject ("... mishandled the investigation and Democrats accused the GOP"); breaching,
infiltrating or targeting computer systems or networks is coercion in PLOVER's mode cyber, while an
ad targeting a candidate stays criticism; turning or handing over records, e-mails or findings
shares information (CAMEO 064); whom a request asks to act is the object before its infinitive,
named or not ("told his aides not to speak of Clinton's email": the aides, not Clinton); a critique
delivered or made is criticism (CAMEO 111), a critique named as a kind of argument is none;
immunity received is granted (CAMEO 080), immunity one has is no act.

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
    # a refusal to disclose records
    ("The governor has refused to disclose his tax returns.", "refused", ("REJECT", "The governor", "")),
    ("The senator refused to release the documents.", "refused", ("REJECT", "The senator", "")),
    # a criticism of a body by name
    ("Democrats blasted the Oversight Committee for its handling of the hearing.", "blasted",
     ("ACCUSE", "Democrats", "the Oversight Committee")),
    ("The senator ripped Oversight on Friday.", "ripped", ("ACCUSE", "The senator", "Oversight")),
    ("Republicans blasted the president over the deal.", "blasted",
     ("ACCUSE", "Republicans", "president")),
    # looting in unrest stays a seizure
    ("Rioters looted shops in the city center.", "looted", ("PROTEST", "Rioters", "")),
    # vowing revenge threatens; pledging aid agrees
    ("Iran pledged retaliation against Israel.", "pledged", ("THREATEN", "Iran", "Israel")),
    ("The militants vowed revenge.", "vowed", ("THREATEN", "The militants", "")),
    ("The donors pledged aid to the refugees.", "pledged", ("AGREE", "The donors", "the refugees")),
    # a promise of harm stays a threat
    ("The militants vowed attacks on the capital.", "vowed", ("THREATEN", "The militants", "")),
    # the subject of a verb the parser joined to an earlier clause
    ("Republicans said the department mishandled the investigation and Democrats accused the GOP of"
     " stoking the issue.", "accused", ("ACCUSE", "Democrats", "the GOP")),
    ("The police arrested the men and women protested outside.", "protested", ("PROTEST", "women", "")),
    # a security breach of computer systems is coercion (cyber)
    ("Officials said hackers have targeted the election systems of several states.", "targeted",
     ("COERCE", "hackers", "several states")),
    ("Russian hackers breached the computer network of the Democratic National Committee.", "breached",
     ("COERCE", "Russian hackers", "the Democratic National Committee")),
    # turning records over to investigators shares information
    ("The State Department turned the emails over to Judicial Watch.", "turned",
     ("COOPERATE", "The State Department", "Judicial Watch")),
    # whom a request asks to act is the object before the infinitive
    ("The staffer told his aides not to speak of Clinton's email.", "told",
     ("REQUEST", "The staffer", "his aides")),
    ("Clinton asked her supporters to vote for Obama.", "asked", ("REQUEST", "Clinton", "her supporters")),
    # a critique delivered is criticism
    ("The senator delivered a blistering critique of the governor.", "critique",
     ("ACCUSE", "The senator", "the governor")),
    # immunity received is granted
    ("Several of the senator's aides received partial immunity in the inquiry.", "immunity",
     ("CONCEDE", "", "the senator's aides")),
    # asking with something asked for stays a request
    ("The senator asked for help.", "asked", ("REQUEST", "The senator", "")),
]  # fmt: skip


#: (sentence, trigger): words that name no act
NOTHING = [
    ("He refused to discuss potential appointees.", "refused"),
    ("The spokesman declined to comment on the report.", "declined"),
    ("They systematically looted millions of dollars from the investors.", "looted"),
    ("The administration has promised a veto.", "promised"),
    ("The rebels pledged a boycott of the election.", "pledged"),
    ("A Republican group aired an ad targeting Iowa.", "targeting"),
    ("The Yankees roasted the Red Sox 12-2 on Saturday.", "roasted"),
    ("Wealthy donors handed over $25 million to the group.", "handed"),
    ("This is a social critique of the elitists.", "critique"),
    ("Clinton has disputed both critiques.", "critiques"),
    ("The driver, who has diplomatic immunity, left the country.", "immunity"),
]


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)
