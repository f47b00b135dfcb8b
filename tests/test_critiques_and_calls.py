"""Criticism in other words, calls held with someone, hacking, and acts not told as done.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring senses it must leave alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.model import Article
from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_no_event_at, event_at, party_text

pytestmark = pytest.mark.model

PUBLISHED = "2016-03-09"


def _one(backend: SpacyBackend, text: str, word: str) -> tuple[Article, dict[str, Any]]:
    article = analyse(backend, text, published=PUBLISHED)
    events = event_at(article, word)
    assert len(events) == 1, [(e.type, e.trigger) for e in article.events]
    return article, events[0]


def _parties(article: Article, event: dict[str, Any]) -> tuple[str, str]:
    return party_text(article, event["source"] or {}), party_text(article, event["target"] or {})


#: (sentence, trigger, source words, target words): criticism said with other words
CRITICISM = [
    ("The senator gave a blistering critique of the governor's budget.", "critique", "senator", "governor"),
    ("Canova has repeatedly ripped Wasserman Schultz on social media.", "ripped", "Canova", "Schultz"),
    ("The mayor was sharply critical of the police chief.", "critical", "mayor", "chief"),
    ("Kunin, who has been critical of Sanders, spoke on Friday.", "critical", "Kunin", "Sanders"),
    ("The candidate insulted the judge at a rally.", "insulted", "candidate", "judge"),
]


@pytest.mark.parametrize(("text", "word", "source", "target"), CRITICISM)
def test_criticism_in_other_words(
    spacy_backend: SpacyBackend, text: str, word: str, source: str, target: str
) -> None:
    article, event = _one(spacy_backend, text, word)
    assert event["type"] == "ACCUSE"
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
    ],
)
def test_other_senses_and_standing_stances_are_no_criticism(
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


#: (sentence, trigger, source words, target words): a call or a meeting held with someone
CALLS = [
    ("Senior aides held frequent calls with their counterparts.", "calls", "aides", "counterparts"),
    ("Pelosi aired her concerns during a conference call with Democratic lawmakers.", "call", "Pelosi",
     "lawmakers"),
    ("The minister said at a meeting with his French counterpart that talks would go on.", "meeting",
     "minister", "counterpart"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "source", "target"), CALLS)
def test_calls_and_meetings_held_with_someone(
    spacy_backend: SpacyBackend, text: str, word: str, source: str, target: str
) -> None:
    article, event = _one(spacy_backend, text, word)
    assert event["type"] == "CONSULT"
    found_source, found_target = _parties(article, event)
    assert source in found_source
    assert target in found_target


def test_a_close_call_is_no_call_held(spacy_backend: SpacyBackend) -> None:
    assert_no_event_at(spacy_backend, "The mayor had a close call with a speeding truck.", "call", PUBLISHED)


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


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He has been able to appeal to a certain group of folks who feel left out.", "appeal"),
        ("The senator refused to speak to reporters as she left.", "refused"),
    ],
)
def test_attracting_an_audience_and_refusing_reporters_are_no_events(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


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


#: (sentence, trigger, type, target words): meals with someone, clamoring, force built and used
MORE = [
    (
        "The senator countered with a breakfast with the mayor the next morning.",
        "breakfast",
        "CONSULT",
        "mayor",
    ),
    ("Eastern members have clamored for a permanent deployment of troops.", "clamored", "REQUEST", ""),
    ("The Germans announced they are expanding their army.", "expanding", "MOBILIZE", "army"),
    ("The 2011 military action against Libya did not work.", "action", "ASSAULT", "Libya"),
    ("The rebels deposed the king in 1958.", "deposed", "COERCE", "king"),
]


@pytest.mark.parametrize(("text", "word", "kind", "target"), MORE)
def test_meals_clamour_and_force(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str, target: str
) -> None:
    article, event = _one(spacy_backend, text, word)
    assert event["type"] == kind
    assert target in _parties(article, event)[1]


def test_expanding_a_sales_force_is_no_mobilisation(spacy_backend: SpacyBackend) -> None:
    assert_no_event_at(
        spacy_backend, "The company is expanding its sales force in Asia.", "expanding", PUBLISHED
    )
