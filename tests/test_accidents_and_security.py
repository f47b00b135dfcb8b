"""Explosions that no one set off, roads that police close, and words glued before a noun phrase.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring cases it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_no_event_at, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2019-01-20"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Six people were injured in the explosion at the factory. The plant was closed.", "injured"),
        ("The explosion killed three workers at the chemical plant. It was closed.", "killed"),
    ],
)
def test_an_explosion_in_an_article_of_no_bomb_is_an_accident(
    spacy_backend: SpacyBackend, text: str, word: str
) -> None:
    assert not analyse(spacy_backend, text, published=PUBLISHED).events
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


def test_a_lone_sentence_of_an_explosion_keeps_its_event(spacy_backend: SpacyBackend) -> None:
    _, event = one_event_at(
        spacy_backend, "Fifteen people were injured in the explosion.", "injured", PUBLISHED
    )
    assert event["type"] == "ASSAULT"


def test_an_explosion_in_an_article_of_a_bomb_is_an_attack(spacy_backend: SpacyBackend) -> None:
    text = "A bomb went off in the market on Monday. The blast killed three people."
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert [e.type for e in article.events] == ["ASSAULT", "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Police blocked roads leading to the parliament.",
        "Thousands of police began a manhunt, blocking streets in the neighborhood.",
        "Soldiers barricaded the streets around the palace.",
    ],
)
def test_roads_closed_by_police_or_soldiers_are_no_protest(spacy_backend: SpacyBackend, text: str) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert "PROTEST" not in [e.type for e in article.events]


@pytest.mark.parametrize(
    "text",
    ["Protesters blocked roads leading to the parliament.", "Farmers blocked the highway with tractors."],
)
def test_roads_blocked_by_others_are_a_protest(spacy_backend: SpacyBackend, text: str) -> None:
    _, event = one_event_at(spacy_backend, text, "blocked", PUBLISHED)
    assert (event["type"], event["mode"]) == ("PROTEST", "obstruct")


def test_a_word_before_the_determiner_names_no_one(spacy_backend: SpacyBackend) -> None:
    text = "Abstract The Oklahoma City bombing on April 19, 1995 was a watershed moment in American history."
    _, event = one_event_at(spacy_backend, text, "bombing", PUBLISHED)
    assert event["source"] is None or event["source"].get("text") is None


@pytest.mark.parametrize(
    "text",
    [
        "A pedestrian was struck by a car on Main Street.",
        "A bus hit a cyclist near the station.",
        "The driver struck a group of motorcycles, killing seven.",
        "He was driving a pickup truck erratically and struck a group of motorcycles, killing seven.",
        "The driver struck a group of motorcycles, killing seven and injuring three more.",
    ],
)
def test_a_vehicle_that_hits_someone_is_a_crash(spacy_backend: SpacyBackend, text: str) -> None:
    assert not analyse(spacy_backend, text, published=PUBLISHED).events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A drone struck a car carrying militants.", "struck"),
        ("Rebels struck a police convoy, killing seven.", "struck"),
        ("A rocket hit a bus in Kabul, killing seven.", "hit"),
        ("Fifteen civilians were killed when their vehicle hit a roadside bomb.", "hit"),
        ("A man attacked people on the bridge. His vehicle hit two tourists.", "hit"),
    ],
)
def test_a_vehicle_struck_in_war_is_attacked(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["type"] == "ASSAULT"


def test_a_legend_of_a_map_tells_no_act(spacy_backend: SpacyBackend) -> None:
    """'██ Syrian opposition & Turkish occupation': a map's colour key copied with the page."""
    text = (
        "██ Syrian Arab Republic\n\n██ Syrian opposition & Turkish occupation\n\n"
        "Turkish troops attacked Kurdish forces."
    )
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert [e.type for e in article.events] == ["ASSAULT"]
    assert article.text[article.events[0].trigger.start : article.events[0].trigger.end] == "attacked"
