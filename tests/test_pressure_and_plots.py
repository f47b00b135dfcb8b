"""Criticism told as coming under fire, pressure to act, plots, stances and wars fought in.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring senses it must leave alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.model import Article
from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_no_event_at, one_event_at, party_text

pytestmark = pytest.mark.model

PUBLISHED = "2016-03-09"


def _one(backend: SpacyBackend, text: str, word: str) -> tuple[Article, dict[str, Any]]:
    return one_event_at(backend, text, word, PUBLISHED)


#: (sentence, source words, target words): coming under fire in words is criticism
CRITICISM = [
    ("The senator came under fire from Democrats over his remarks.", "Democrats", "senator"),
    ("The minister has come under fire for his handling of the crisis.", "", "minister"),
    ("The minister came under fire from critics over the handling of the crisis.", "critics", "minister"),
    ("The company has come under fire for its labour practices.", "", "company"),
]


@pytest.mark.parametrize(("text", "source", "target"), CRITICISM)
def test_coming_under_fire_in_words_is_criticism(
    spacy_backend: SpacyBackend, text: str, source: str, target: str
) -> None:
    article, event = _one(spacy_backend, text, "fire")
    assert event["type"] == "ACCUSE"
    assert target in party_text(article, event["target"] or {})
    if source:
        assert source in party_text(article, event["source"] or {})


#: coming under fire from armed men, or fire of a kind, is shooting, also over a time
SHOOTING = [
    "The convoy came under fire from militants near the border.",
    "The base came under heavy mortar fire over the weekend.",
    "The base came under fire over the weekend.",
]


@pytest.mark.parametrize("text", SHOOTING)
def test_coming_under_gunfire_stays_an_attack(spacy_backend: SpacyBackend, text: str) -> None:
    _, event = _one(spacy_backend, text, "fire")
    assert event["type"] == "ASSAULT"


#: (sentence, trigger, target words): pressing, pressuring or lobbying someone to act asks it
PRESSURE = [
    ("Watchdog groups pressed Congress to offset the costs.", "pressed", "Congress"),
    ("Democrats are pressuring Sanders to rein in his supporters.", "pressuring", "Sanders"),
    ("The president lobbied other countries to reach a deal.", "lobbied", "countries"),
]


@pytest.mark.parametrize(("text", "word", "target"), PRESSURE)
def test_pressure_to_act_is_a_request(spacy_backend: SpacyBackend, text: str, word: str, target: str) -> None:
    article, event = _one(spacy_backend, text, word)
    assert event["type"] == "REQUEST"
    assert target in party_text(article, event["target"] or {})


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police pressed ahead with the investigation.", "pressed"),
        ("The group lobbied for the bill for months.", "lobbied"),
        ("He pressed the button twice.", "pressed"),
    ],
)
def test_pressing_on_or_for_a_thing_is_no_request(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


#: (sentence, trigger): a plan, a hearsay, a stance held on an act: the act is not told as done
NOT_DONE = [
    ("Immigrants had plotted to kill Americans.", "kill"),
    ("He was sanctioned over a plot to kill the ambassador.", "kill"),
    ("The contractor has been moving the migrants and supposedly releasing them there.", "releasing"),
    ("He said his position on banning Muslims has gotten bigger.", "banning"),
    ("The senator's stance on deporting immigrants hardened.", "deporting"),
]


@pytest.mark.parametrize(("text", "word"), NOT_DONE)
def test_plans_hearsay_and_stances_are_uncertain(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    _, event = _one(spacy_backend, text, word)
    assert event["modality"] == "uncertain"


def test_conspiring_in_an_attack_and_a_position_of_doing_stay_told_as_done(
    spacy_backend: SpacyBackend,
) -> None:
    _, event = _one(
        spacy_backend, "Rebels ambushed the convoy; two officers conspired in the ambush.", "ambushed"
    )
    assert event["modality"] == "asserted"
    text = "The governor was in the awkward position of arresting his own aide."
    _, event = _one(spacy_backend, text, "arresting")
    assert event["modality"] == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "He left his job to fight on the frontlines of the conflict in the Horn of Africa.",
        "He went to Syria to fight in the civil war.",
    ],
)
def test_fighting_in_a_war_is_a_situation(spacy_backend: SpacyBackend, text: str) -> None:
    assert_no_event_at(spacy_backend, text, "fight", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It is host to an anti-Houthi coalition fighting the Houthis.", "fighting"),
        ("The US had been allied with Kurdish groups in fighting ISIS.", "fighting"),
        ("The group has been fighting the Colombian state for more than five decades.", "fighting"),
    ],
)
def test_fighting_as_a_campaign_under_way_is_a_situation(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("When a flight attendant arrived, he fought her and bit her thumb.", "fought"),
        ("Troops are fighting rebels in the north.", "fighting"),
        ("Government forces fought rebels near Aleppo on Monday.", "fought"),
    ],
)
def test_fighting_done_is_an_assault(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    _, event = _one(spacy_backend, text, word)
    assert event["type"] == "ASSAULT"


def test_fighting_an_enemy_stays_an_attack(spacy_backend: SpacyBackend) -> None:
    article, event = _one(spacy_backend, "Rebels fought government troops in the north on Monday.", "fought")
    assert event["type"] == "ASSAULT"
    assert "troops" in party_text(article, event["target"] or {})


@pytest.mark.parametrize(
    "text",
    [
        "Trump surged in the polls on his campaign platform of deporting illegal aliens.",
        "The question of arresting him divided the cabinet.",
    ],
)
def test_an_act_a_programme_or_question_is_of_is_uncertain(spacy_backend: SpacyBackend, text: str) -> None:
    word = "deporting" if "deporting" in text else "arresting"
    _, event = _one(spacy_backend, text, word)
    assert event["modality"] == "uncertain"


def test_fighting_a_thing_is_no_attack(spacy_backend: SpacyBackend) -> None:
    assert_no_event_at(
        spacy_backend, "Their promises to fight global warming were broken.", "fight", PUBLISHED
    )


def test_a_journalist_resigning_or_a_newspaper_investigating_is_no_event(spacy_backend: SpacyBackend) -> None:
    text = (
        "Breitbart News reporter Michelle Fields said the manager grabbed her arm. Fields and two other"
        " Breitbart employees resigned in protest."
    )
    assert_no_event_at(spacy_backend, text, "resigned", PUBLISHED)
    text = "The New York Times investigated the senator's finances for a year."
    assert_no_event_at(spacy_backend, text, "investigated", PUBLISHED)


def test_an_official_resigning_and_the_police_investigating_stay_events(spacy_backend: SpacyBackend) -> None:
    _, event = _one(spacy_backend, "The minister resigned on Monday.", "resigned")
    assert event["type"] == "RETREAT"
    _, event = _one(spacy_backend, "The FBI investigated the senator's finances for a year.", "investigated")
    assert event["type"] == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        ("The Justice Department opened an investigation into Governor Cuomo.", "investigation", "Cuomo"),
        ("The rebels launched an attack against the army base.", "attack", "base"),
    ],
)
def test_the_phrase_after_an_act_noun_object_is_its_target(
    spacy_backend: SpacyBackend, text: str, word: str, target: str
) -> None:
    article, event = _one(spacy_backend, text, word)
    assert target in party_text(article, event["target"] or {})


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The government promised a crackdown on protesters.", "THREATEN"),
        ("The president promised sanctions against Russia.", "THREATEN"),
        ("The minister promised aid to the flood victims.", "AGREE"),
    ],
)
def test_a_promise_of_harm_named_by_a_noun_is_a_threat(
    spacy_backend: SpacyBackend, text: str, kind: str
) -> None:
    _, event = _one(spacy_backend, text, "promised")
    assert event["type"] == kind


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Syrian government forces pounded rebel positions in Aleppo overnight.", "pounded", "ASSAULT"),
        ("Senate Minority Leader Harry Reid has been pounding Trump as a con artist.", "pounding", "ACCUSE"),
        ("The Democratic nominee attacked her opponent as a fraud and a scam artist.", "attacked", "ACCUSE"),
        ("Rebels attacked the town as part of a wider offensive.", "attacked", "ASSAULT"),
        ("Donald Trump is the Republican nominee. Mr. Trump has attacked loopholes.", "attacked", "ACCUSE"),
        ("President Obama spoke on Monday. Obama attacked the airbase with missiles.", "attacked", "ASSAULT"),
        (
            "Russian President Vladimir Putin spoke on Monday. Putin attacked Ukraine's energy grid.",
            "attacked",
            "ASSAULT",
        ),
    ],
)
def test_pounding_and_attacking_in_words_or_with_force(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str
) -> None:
    _, event = _one(spacy_backend, text, word)
    assert event["type"] == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Waves pounded the coast as the storm made landfall.", "pounded"),
        ("They are pounding on the wall.", "pounding"),
        ("Lynch agreed to a 30-minute interview for The Washington Post.", "agreed"),
    ],
)
def test_pounding_things_and_agreeing_with_the_press_are_no_events(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


def test_the_one_under_fire_in_an_aside_is_the_target(spacy_backend: SpacyBackend) -> None:
    text = "Donald Trump, under fire over his taxes, is casting himself as a champion of the little guy."
    article, event = _one(spacy_backend, text, "fire")
    assert event["type"] == "ACCUSE"
    assert "Trump" in party_text(article, event["target"] or {})


CAMPAIGN = "The campaign said the candidate would win the primary. Voters in the caucus liked the nominee. "


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Trump is promising lower taxes and better jobs.", False),
        ("China, Iran and Russia have pledged funds.", True),
        ("The president promised a meeting with the rebels.", True),
    ],
)
def test_a_campaign_promise_of_an_outcome_is_no_agreement(
    spacy_backend: SpacyBackend, text: str, coded: bool
) -> None:
    article = analyse(spacy_backend, CAMPAIGN + text, published=PUBLISHED)
    agreements = [e for e in article.events if e.type == "AGREE" and e.evidence.start >= len(CAMPAIGN)]
    assert bool(agreements) is coded, [(e.type, e.trigger) for e in article.events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He spoke against the majestic bronze backdrop of the museum.", "spoke"),
        ("The polls illustrate the strength of Trump's anti-establishment appeal.", "appeal"),
        ("But it would also capture the essential greatness of the United States.", "capture"),
    ],
)
def test_backdrops_appeal_and_greatness_are_other_senses(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Assistant U.S. Attorney Mark Frazier is prosecuting this case on behalf of the government.",
            "prosecuting",
        ),
        ("The lawyer filed a lawsuit on behalf of the families.", "filed"),
    ],
)
def test_on_whose_behalf_is_no_target(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    article, event = _one(spacy_backend, text, word)
    target = party_text(article, event["target"] or {})
    assert "government" not in target and "families" not in target


def test_aiding_a_thing_is_no_aid(spacy_backend: SpacyBackend) -> None:
    text = "This concentration of power was aided by a feuding opposition."
    assert_no_event_at(spacy_backend, text, "aided", PUBLISHED)
    _, event = _one(spacy_backend, "The United States aided the rebels with weapons.", "aided")
    assert event["type"] == "AID"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Few had voted, a silent protest of Maduro's power grab.", "", "grab"),
        ("A protest of students blocked the road on Monday.", "students", ""),
    ],
)
def test_a_protest_of_a_thing_is_against_it(
    spacy_backend: SpacyBackend, text: str, source: str, target: str
) -> None:
    article, event = _one(spacy_backend, text, "protest")
    source_words = party_text(article, event["source"] or {})
    assert "grab" not in source_words and source in source_words
    assert target in party_text(article, event["target"] or {})


def test_what_someone_deserves_is_not_done(spacy_backend: SpacyBackend) -> None:
    _, event = _one(spacy_backend, "They all deserve to be rejected.", "rejected")
    assert event["modality"] == "uncertain"


def test_sanctioning_a_plan_approves_it(spacy_backend: SpacyBackend) -> None:
    text = "The army council sanctioned the proposal of its chief of staff."
    assert_no_event_at(spacy_backend, text, "sanctioned", PUBLISHED)
    _, event = _one(
        spacy_backend, "The United States sanctioned five Russian officials on Monday.", "sanctioned"
    )
    assert event["type"] == "SANCTION"
