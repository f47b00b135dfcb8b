"""Wishes and pushes, 'neither', words offered, charges of a crime, criticism railed or voiced, and
backers described (rules from polnear_events round 16 and the other dev rounds).

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring senses it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.events.lexicon import object_sets, triggers
from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at, event_at, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-03-09"

#: (sentence, trigger, modality): the reading of the act's clause
MODALITY = [
    # a conjunct shares the infinitive of its first verb: not done either
    ("The man expressed a desire to try, convict and shoot the senator.", "shoot", "uncertain"),
    ("The group has the ability to disrupt the army and threaten the government.", "threaten", "uncertain"),
    # a wish or a push for an act is no act
    ("The governor wishes to meet the president next month.", "meet", "uncertain"),
    ("The senator is pushing fellow Democrats to reject the debt deal.", "reject", "uncertain"),
    # a typographic apostrophe reads as the plain one: "didn’t", "who’d" (had), "he’s going to"
    ("He didn\u2019t endorse Trump.", "endorse", "negated"),
    ("Collins, who\u2019d previously endorsed Jeb Bush in the race, backed Trump.", "endorsed", "asserted"),
    ("He\u2019s going to go after her in the debate.", "go", "uncertain"),
    # an act of someone ranked by it is done, whatever negates the ranking; a capacity denied is not
    ("He was not the first senator to endorse Clinton.", "endorse", "asserted"),
    ("He is not able to endorse Trump.", "endorse", "negated"),
    # words offered are said: done
    ("The senator offered a strident defense of John Smith on Tuesday.", "defense", "asserted"),
    ("The minister offered an apology to the victims.", "apology", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "modality"), MODALITY)
def test_the_clause_tells_whether_the_act_is_done(
    spacy_backend: SpacyBackend, text: str, word: str, modality: str
) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["modality"] == modality


def test_aid_offered_is_not_yet_given(spacy_backend: SpacyBackend) -> None:
    article = analyse(spacy_backend, "The mayor offered aid to the flood victims.", published=PUBLISHED)
    aid = [e for e in event_at(article, "aid") if e["type"] == "AID"]
    assert [e["modality"] for e in aid] == ["uncertain"]


#: (sentence, trigger): a "neither" hung on the verb negates it, and its conjunct
NEITHER = [
    ("The president did not fire the aide on Tuesday, and neither apologized.", "apologized"),
    ("The senator neither apologized nor resigned.", "resigned"),
]


@pytest.mark.parametrize(("text", "word"), NEITHER)
def test_neither_negates_the_act(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    kinds = {(e["type"], e["modality"]) for e in event_at(article, word)}
    assert kinds & {("CONCEDE", "negated"), ("RETREAT", "negated")}, kinds
    assert not kinds & {("CONCEDE", "asserted"), ("RETREAT", "asserted")}, kinds


#: (sentence, trigger, (type, source words, target words))
TYPED = [
    ("Trump railed at Obama on Tuesday.", "railed", ("ACCUSE", "Trump", "Obama")),
    ("The secretary voiced his disapproval of the ruling.", "voiced", ("ACCUSE", "The secretary", "")),
    ("Congress voted to compensate the victims.", "compensate", ("AID", "Congress", "the victims")),
    (
        "The senator offered a strident defense of John Smith.",
        "defense",
        ("SUPPORT", "The senator", "John Smith"),
    ),
    ("The aide faces one misdemeanor count of battery.", "count", ("ACCUSE", "", "The aide")),
    ("The mayor faces charges of fraud.", "charges", ("ACCUSE", "", "The mayor")),
    ("A group that backed Bush last week ran ads.", "backed", ("SUPPORT", "A group", "Bush")),
    # idioms of attacking someone in words
    ("Trump went after Hillary Clinton on Tuesday.", "went", ("ACCUSE", "Trump", "Hillary Clinton")),
    ("Clinton called out Donald Trump for his remarks.", "called", ("ACCUSE", "Clinton", "Donald Trump")),
    ("Sanders hammered Clinton over her speeches.", "hammered", ("ACCUSE", "Sanders", "Clinton")),
    ("Rubio jabbed back at Trump.", "jabbed", ("ACCUSE", "Rubio", "Trump")),
    ("Trump groused about the rules.", "groused", ("ACCUSE", "Trump", "")),
    # calling out troops mobilises them: no criticism
    (
        "The governor called out the National Guard for the floods.",
        "called",
        ("MOBILIZE", "The governor", "the National Guard"),
    ),
    # an ad targeting a candidate attacks them in words, for whoever made it
    (
        "Two outside groups have released online ads targeting Clinton on immigration.",
        "targeting",
        ("ACCUSE", "Two outside groups", "Clinton"),
    ),
]


@pytest.mark.parametrize(("text", "word", "want"), TYPED)
def test_the_act_and_its_parties(
    spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]
) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


def test_ripping_an_agreement_is_criticism(spacy_backend: SpacyBackend) -> None:
    _, event = one_event_at(spacy_backend, "Sanders ripped the agreement in a letter.", "ripped", PUBLISHED)
    assert event["type"] == "ACCUSE"


#: (sentence, trigger): no act at the word
NO_EVENT = [
    # a backer described by what it backs: who it is, not what it did
    ("Donors gave money to an outside group backing Marco Rubio.", "backing"),
    ("A super PAC that supports Clinton ran ads.", "supports"),
    # a charge or a count of no crime
    ("He is in charge of the ministry.", "charge"),
    ("The clerk finished a count of the ballots.", "count"),
    # hammering out a deal works it out; garnering delegates wins them
    ("The two sides hammered out a deal.", "hammered"),
    ("Clinton garnered most the convention's pledged delegates after winning primaries.", "garnered"),
    # winning a state by a share of the vote, comparing positions, competing for a nomination
    ("In 2008, she swept Arkansas with 70 percent of the primary vote over Obama.", "swept"),
    ("Trump was contrasting his position on waterboarding with that of Sen. Cruz.", "contrasting"),
    ("Trump and a dozen others battle it out for the Republican nomination.", "battle"),
    # targeting voters, or a state's voters, is aiming a campaign at them
    ("The campaign is targeting young voters.", "targeting"),
    ("The group responded to an ad targeting Iowa.", "targeting"),
]


def test_a_sexual_assault_stays_an_assault(spacy_backend: SpacyBackend) -> None:
    text = (
        "A woman who has accused former Governor John Smith of rape said on Sunday that Smith was trying"
        " to strike up a date with her weeks after he had sexually assaulted her."
    )
    _, event = one_event_at(spacy_backend, text, "assaulted", PUBLISHED)
    assert event["type"] == "ASSAULT"


@pytest.mark.parametrize(("text", "word"), NO_EVENT)
def test_no_act(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


def test_a_named_object_set_stands_for_its_words() -> None:
    criticised = object_sets()["criticised"]
    assert {"@person", "record", "agreement"} <= criticised
    for lemma in ("blast", "rip", "hammer", "target"):
        rows = [t for t in triggers()[("V", lemma)] if t.plover == "ACCUSE" and not t.prep]
        assert rows, lemma
        assert all(t.objects == criticised for t in rows), lemma
    assert not any(w.startswith("$") for trigs in triggers().values() for t in trigs for w in t.objects)
