"""Criticism in other words, calls held with someone, hacking, and acts not told as done.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring senses it must leave alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.model import Article
from eventwire.nlp import SpacyBackend
from tests.helpers import assert_no_event_at, one_event_at, party_text

pytestmark = pytest.mark.model

PUBLISHED = "2016-03-09"


def _one(backend: SpacyBackend, text: str, word: str) -> tuple[Article, dict[str, Any]]:
    return one_event_at(backend, text, word, PUBLISHED)


def _parties(article: Article, event: dict[str, Any]) -> tuple[str, str]:
    return party_text(article, event["source"] or {}), party_text(article, event["target"] or {})


#: (sentence, trigger, type, source words, target words): criticism said in other words, calls and
#: meals held with someone, clamour, force built and used
TYPED = [
    ("The senator critiqued the governor's budget in a long speech.", "critiqued", "ACCUSE", "senator",
     "governor"),
    ("Canova has often ripped Wasserman Schultz online.", "ripped", "ACCUSE", "Canova", "Schultz"),
    ("The mayor was sharply critical of the police chief.", "critical", "ACCUSE", "mayor", "chief"),
    ("Kunin, who has been critical of Sanders, spoke on Friday.", "critical", "ACCUSE", "Kunin", "Sanders"),
    ("The candidate insulted the judge at a rally.", "insulted", "ACCUSE", "candidate", "judge"),
    ("Senior aides held calls with their counterparts.", "calls", "CONSULT", "aides", "counterparts"),
    ("Pelosi aired her concerns during a conference call with Democratic lawmakers.", "call", "CONSULT",
     "Pelosi", "lawmakers"),
    ("The minister said at a meeting with his French counterpart that talks would go on.", "meeting",
     "CONSULT", "minister", "counterpart"),
    ("The senator countered with a breakfast with the mayor the next morning.", "breakfast", "CONSULT", "",
     "mayor"),
    ("Eastern members have clamored for a permanent deployment of troops.", "clamored", "REQUEST", "members",
     ""),
    ("The Germans announced they are expanding their army.", "expanding", "MOBILIZE", "", "army"),
    ("The 2011 military action against Libya did not work.", "action", "ASSAULT", "", "Libya"),
    ("The rebels deposed the king in 1958.", "deposed", "COERCE", "rebels", "king"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "kind", "source", "target"), TYPED)
def test_acts_said_in_other_words(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str, source: str, target: str
) -> None:
    article, event = _one(spacy_backend, text, word)
    assert event["type"] == kind
    found_source, found_target = _parties(article, event)
    assert source in found_source
    assert target in found_target


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The storm ripped the roof off the house.", "ripped"),
        ("He ripped up the contract.", "ripped"),
        ("It is critical that the bridge is repaired.", "critical"),
        ("The patient is in critical condition.", "critical"),
        ("The Church is critical of the new fashion.", "critical"),  # a stance held, in the present
        ("The film critic wrote a critique of the new novel.", "critique"),
        ("The mayor had a close call with a speeding truck.", "call"),
        ("The company is expanding its sales force in Asia.", "expanding"),
        # attracting an audience asks nothing of it; declining to speak to reporters refuses no party
        ("He has been able to appeal to a certain group of folks who feel left out.", "appeal"),
        ("The senator refused to speak to reporters as she left.", "refused"),
    ],
)
def test_other_senses_and_standing_stances_are_no_acts(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


def test_the_copula_carries_negation_and_doubt(spacy_backend: SpacyBackend) -> None:
    _, event = _one(spacy_backend, "The senator was not critical of the president.", "critical")
    assert event["modality"] == "negated"
    _, event = _one(spacy_backend, "The senator would be critical of the president.", "critical")
    assert event["modality"] == "uncertain"


def test_supportive_and_vouching_are_support(spacy_backend: SpacyBackend) -> None:
    article, event = _one(spacy_backend, "The governor has been vouching for Trump.", "vouching")
    assert event["type"] == "SUPPORT"
    assert "Trump" in _parties(article, event)[1]
    _, event = _one(spacy_backend, "The union was supportive of the mayor.", "supportive")
    assert event["type"] == "SUPPORT"


#: (sentence, trigger): hacking and cyber attacks are COERCE in the mode "cyber"
CYBER = [
    ("The suspected Russian hackers who struck the DNC released the files.", "struck"),
    ("Hackers attacked the committee's computer network.", "attacked"),
    ("A cyber attack on the ministry was carried out by a foreign state.", "attack"),
    ("Russia hacked the DNC last summer.", "hacked"),
]


@pytest.mark.parametrize(("text", "word"), CYBER)
def test_hacking_is_cyber_coercion(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    _, event = _one(spacy_backend, text, word)
    assert (event["type"], event["mode"]) == ("COERCE", "cyber")


def test_an_armed_attack_stays_an_assault(spacy_backend: SpacyBackend) -> None:
    _, event = _one(spacy_backend, "Gunmen attacked the police station, killing four officers.", "attacked")
    assert event["type"] == "ASSAULT"


#: (sentence, trigger, modality): acts not told as done, and one that is
MODALITY = [
    ("It becomes harder for the Republicans to attack Obama as a job killer.", "attack", "uncertain"),
    ("It is difficult for the army to attack the rebels in winter.", "attack", "uncertain"),
    ("It was inappropriate for Ginsburg to criticize Trump.", "criticize", "asserted"),
    ("Allies want Germany to do more and to broaden deployments overseas.", "deployments", "uncertain"),
    ("We ought to respect the fact that he apologized.", "apologized", "asserted"),
]


@pytest.mark.parametrize(("text", "word", "modality"), MODALITY)
def test_acts_wished_judged_or_given_as_fact(
    spacy_backend: SpacyBackend, text: str, word: str, modality: str
) -> None:
    _, event = _one(spacy_backend, text, word)
    assert event["modality"] == modality


def test_an_appeal_for_something_stays_a_request(spacy_backend: SpacyBackend) -> None:
    _, event = _one(spacy_backend, "The mayor appealed to residents to stay indoors.", "appealed")
    assert event["type"] == "REQUEST"


def test_a_rival_of_the_source_is_the_target(spacy_backend: SpacyBackend) -> None:
    article, event = _one(spacy_backend, "Mike Huckabee praised his former opponent.", "praised")
    assert "opponent" in _parties(article, event)[1]
    article, event = _one(spacy_backend, "The governor announced his resignation.", "announced")
    assert not _parties(article, event)[1]


def test_regretting_ones_words_is_a_concession(spacy_backend: SpacyBackend) -> None:
    _, event = _one(spacy_backend, "Senator Warren regrets her insults of Donald Trump.", "regrets")
    assert event["type"] == "CONCEDE"
