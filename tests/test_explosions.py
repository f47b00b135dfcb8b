"""Attacks told in whole documents: a bomb going off, told again without the word bomb ("the
explosion", "one of them exploded"), exchanges of fire ("a shootout with police"), the sites struck,
and tolls of zero ("no one was injured"); KAIROS' Conflict.Attack, CAMEO 183 and 193."""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_no_event_at, event_at

pytestmark = pytest.mark.model

TOLD_AFTER_A_BOMB = [
    ("A bomb was found near the station on Monday. The explosion killed three people.", "explosion"),
    ("Police said a suicide bomber struck the market. The blast wounded 40 people.", "blast"),
    ("Police found two bombs in the bags. One of them exploded, injuring 29 people.", "exploded"),
    ("Officers defused a bomb at the port. A second one went off an hour later.", "went"),
    ("The bombings shook the city. Investigators said the detonation was heard for miles.", "detonation"),
    # an attack or terrorism told before: the explosion is the attack's
    ("Militants claimed the attack on the base. A second explosion was heard an hour later.", "explosion"),
    ("Police called it an act of terrorism. The blast wounded 12 people.", "blast"),
]


@pytest.mark.parametrize(("text", "word"), TOLD_AFTER_A_BOMB)
def test_an_explosion_after_a_bomb_is_an_attack(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    events = event_at(analyse(spacy_backend, text), word)
    assert [e["type"] for e in events] == ["ASSAULT"], events


NO_BOMB = [
    ("An explosion at the chemical plant killed three workers on Monday.", "explosion"),
    ("A gas explosion destroyed two houses in the village.", "explosion"),
    ("A bomb squad was called. The gas tank exploded before they arrived.", "exploded"),
    ("The fireworks went off at midnight over the harbour.", "went"),
    # an attack in another sense tells of no attack
    ("The manager died of a heart attack. An explosion at the plant was heard for miles.", "explosion"),
]


@pytest.mark.parametrize(("text", "word"), NO_BOMB)
def test_an_explosion_with_no_bomb_is_no_attack(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, "2021-12-09")


def test_what_explodes_is_not_who_attacked(spacy_backend: SpacyBackend) -> None:
    text = "Police found two bombs in the bags. One of them exploded, injuring 29 people."
    [event] = event_at(analyse(spacy_backend, text), "exploded")
    assert event["source"]["text"] is None and event["injured"] == 29


def test_the_bomber_who_detonates_a_vest_is_the_source(spacy_backend: SpacyBackend) -> None:
    [event] = event_at(analyse(spacy_backend, "The bomber detonated his vest near the gate."), "detonated")
    assert event["source"]["text"] == "The bomber"


def test_the_bomber_who_explodes_is_the_source(spacy_backend: SpacyBackend) -> None:
    text = "A suicide car bomber exploded in a heavily fortified area of central Kabul."
    [event] = event_at(analyse(spacy_backend, text), "exploded")
    assert event["source"]["text"] == "A suicide car bomber"


@pytest.mark.parametrize("word", ["shootout", "gunfight", "firefight"])
def test_an_exchange_of_fire_is_an_attack(spacy_backend: SpacyBackend, word: str) -> None:
    text = f"The suspect was killed in a {word} with police on Friday."
    assert "ASSAULT" in {e["type"] for e in event_at(analyse(spacy_backend, text), word)}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Police said the bomb went off at noon, wounding two.", "went off"),
        ("Troops blew up the bridge on Monday.", "blew up"),
    ],
)
def test_a_phrasal_verb_is_one_trigger(spacy_backend: SpacyBackend, text: str, phrase: str) -> None:
    article = analyse(spacy_backend, text)
    spans = [article.text[e.trigger.start : e.trigger.end] for e in article.events if e.trigger]
    assert phrase in spans, spans


@pytest.mark.parametrize(
    "text",
    [
        "He planted two bombs that exploded near the finish line.",
        "Two pressure-cooker bombs packed with shrapnel exploded near the finish line.",
        "Police said a bomb was found. Two pressure cookers exploded near the finish line.",
        "Police said a bomb was found. The vehicle exploded at the gate.",
    ],
)
def test_a_bomb_or_its_carrier_exploding_is_an_attack(spacy_backend: SpacyBackend, text: str) -> None:
    assert [e["type"] for e in event_at(analyse(spacy_backend, text), "exploded")] == ["ASSAULT"]


def test_a_named_site_before_an_attack_is_what_was_struck_not_who_struck(spacy_backend: SpacyBackend) -> None:
    text = "Police arrested a man over the Manchester Arena bombing."
    [event] = event_at(analyse(spacy_backend, text), "bombing")
    assert event["source"]["text"] is None and "Arena" in str(event["target"]["text"])


def test_a_named_occasion_before_an_attack_is_neither_who_struck_nor_whom(
    spacy_backend: SpacyBackend,
) -> None:
    """'the Boston Marathon bombing': a race is no actor; the people there are struck, unnamed."""
    text = "Police arrested a man over the Boston Marathon bombing."
    [event] = event_at(analyse(spacy_backend, text), "bombing")
    assert event["source"]["text"] is None and event["target"]["text"] is None


def test_a_group_before_an_attack_is_still_who_struck(spacy_backend: SpacyBackend) -> None:
    [event] = event_at(analyse(spacy_backend, "A Hamas attack killed two soldiers."), "attack")
    assert event["source"]["text"] == "Hamas"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A bomb exploded at the market. No one was injured.", "injured"),
        ("No soldiers were wounded, the army said.", "wounded"),
    ],
)
def test_no_one_harmed_is_a_toll_of_zero_not_an_act(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert_no_event_at(spacy_backend, text, word, "2021-12-09")


def test_a_toll_someone_suffered_is_still_coded(spacy_backend: SpacyBackend) -> None:
    assert [e["type"] for e in event_at(analyse(spacy_backend, "Five people were injured."), "injured")] == [
        "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("The shrine bombing was linked to terrorism.", "shrine"),
        ("The Glasgow pub bombings killed two.", "pub"),
    ],
)
def test_a_site_before_an_attack_is_its_target(spacy_backend: SpacyBackend, text: str, site: str) -> None:
    [event] = event_at(analyse(spacy_backend, text), "bombing" if "bombing " in text else "bombings")
    assert event["target"]["text"] == site and event["source"]["text"] is None


def test_a_weapon_before_an_attack_is_no_target(spacy_backend: SpacyBackend) -> None:
    [event] = event_at(analyse(spacy_backend, "A car bombing killed five."), "bombing")
    assert event["target"]["text"] == "five"


def test_a_named_bridge_or_station_before_an_attack_is_not_who_struck(spacy_backend: SpacyBackend) -> None:
    text = "The man behind the Kelso Station attack was named on Friday."
    [event] = event_at(analyse(spacy_backend, text), "attack")
    assert event["source"]["text"] != "Kelso Station"
    assert event["target"]["text"] == "Kelso Station"


@pytest.mark.parametrize(
    ("text", "word", "target"),
    [
        ("A teenager tried to blow up a homemade bomb at a village school.", "blow", "a village school"),
        ("The bomber detonated his vest at the checkpoint.", "detonated", "the checkpoint"),
    ],
)
def test_the_bomb_set_off_is_no_target_the_place_it_struck_is(
    spacy_backend: SpacyBackend, text: str, word: str, target: str
) -> None:
    [event] = event_at(analyse(spacy_backend, text), word)
    assert event["target"]["text"] == target


def test_survivors_of_a_blast_are_not_the_blast(spacy_backend: SpacyBackend) -> None:
    [event] = event_at(analyse(spacy_backend, "Gunmen shot survivors of the blast."), "shot")
    assert event["target"]["text"] == "survivors of the blast"


@pytest.mark.parametrize(("text", "word"), [("Two died after a shootout with police.", "shootout")])
def test_the_other_side_of_a_shootout_is_a_party(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    [event] = event_at(analyse(spacy_backend, text), word)
    assert event["target"]["text"] == "police"


def test_who_did_a_series_of_attacks_did_each(spacy_backend: SpacyBackend) -> None:
    text = "The killing sparked a series of bombings and shootings by loyalists."
    article = analyse(spacy_backend, text)
    for word in ("bombings", "shootings"):
        [event] = event_at(article, word)
        assert event["source"]["text"] == "loyalists"


@pytest.mark.parametrize(
    ("text", "words", "target"),
    [
        ("Police reported arrests and killings of activists.", ("arrests", "killings"), "activists"),
        (
            "There were shootings and bombings of police stations.",
            ("shootings", "bombings"),
            "police stations",
        ),
    ],
)
def test_a_phrase_after_joined_acts_is_theirs(
    spacy_backend: SpacyBackend, text: str, words: tuple[str, ...], target: str
) -> None:
    """The parser hangs the "of" on the first of the joined nouns; it follows the last."""
    article = analyse(spacy_backend, text)
    for word in words:
        [event] = event_at(article, word)
        assert event["target"]["text"] == target


@pytest.mark.parametrize(
    ("text", "target", "dead"),
    [
        ("Five soldiers died when their vehicle hit a landmine.", "their vehicle", 5),
        ("A convoy struck a roadside bomb near Kandahar, killing three soldiers.", "A convoy", 3),
    ],
)
def test_what_runs_into_a_bomb_is_what_it_struck(
    spacy_backend: SpacyBackend, text: str, target: str, dead: int
) -> None:
    """A vehicle that hits a mine did not attack it: the vehicle was struck, by no one named."""
    [event] = analyse(spacy_backend, text).events
    assert (event.source.text, event.target.text, event.fatalities) == (None, target, dead)
