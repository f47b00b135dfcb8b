"""Questions put with a wh-word, things torn away, executing with no one executed, support
rescinded, a wish to act, words of asking and criticism the lexicon lacked, heat taken, a clash's
other side, one of a people, places struck, workers' strikes, "shot dead", a state's blockade and
water cannon (rules from the dev texts: polnear_events rounds 1-18, wikievents_train dev; and from sentences
written to probe the coder).

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at, event_at, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2019-01-20"

#: (sentence, trigger): a question put is no request, though an adverb opens it or its wh-word is
#: the object; a thing torn away is no criticism; executing no one carries something out; a
#: position rejected is an opinion held
NO_EVENT = [
    ("Ted Cruz, when asked specifically what about the plan is wrong, responded that it fails.", "asked"),
    ("The senator was once asked which of her enemies she was most proud of.", "asked"),
    ("Trump supporters ripped them away and began shouting.", "ripped"),
    ("Protesters tore the sign off the wall.", "tore"),
    ("His opponents are ditching the insults that only Trump seems capable of executing.", "executing"),
    ("They completely reject the kinds of positions that he has taken.", "reject"),
]

#: (sentence, trigger, type): what it must leave alone: a request names what it asks for, ripping a
#: person or a plan apart is criticism, and a state executing prisoners kills them
KEPT = [
    ("The governor asked the president for federal aid.", "asked", "REQUEST"),
    ("He asked Congress to approve the funds.", "asked", "REQUEST"),
    ("Sanders ripped Clinton over her speeches.", "ripped", "ACCUSE"),
    ("Iran executed three men on Monday.", "executed", "ASSAULT"),
    ("Parliament rejected the proposal on Tuesday.", "rejected", "REJECT"),
    ("The regime is accused of executing dissidents.", "executing", "ASSAULT"),
]


#: (sentence, trigger, type, modality): support rescinded is no longer given, and a wish to act is no act
MODALITY = [
    (
        "Sen. Mark Kirk rescinded his endorsement of the nominee on Tuesday.",
        "endorsement",
        "SUPPORT",
        "negated",
    ),
    ("Beijing is keen to meet the new president.", "meet", "CONSULT", "uncertain"),
    ("No one is eager to attack him at all.", "attack", "ASSAULT", "uncertain"),
]


@pytest.mark.parametrize(("text", "word", "kind", "modality"), MODALITY)
def test_what_is_rescinded_or_wished(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str, modality: str
) -> None:
    events = event_at(analyse(spacy_backend, text, published=PUBLISHED), word)
    assert [e["modality"] for e in events if e["type"] == kind] == [modality]


#: (sentence, trigger, (type, source, target)): words of asking and of criticism the core lexicon lacked
WORDS = [
    (
        "On Thursday, the governor called upon the residents of the city to stay home.",
        "called",
        ("REQUEST", "the governor", "the residents of the city"),
    ),
    (
        "The mayor implored the protesters to go home on Sunday.",
        "implored",
        ("REQUEST", "The mayor", "the protesters"),
    ),
    ("The party solicited donations from the companies.", "solicited", ("REQUEST", "The party", "companies")),
    (
        "The senator lit into the governor at a debate in August.",
        "lit",
        ("ACCUSE", "The senator", "the governor"),
    ),
    (
        "The minister reaffirmed his country's support for Ukraine.",
        "reaffirmed",
        ("SUPPORT", "The minister", "Ukraine"),
    ),
]


#: (sentence, trigger, (type, source, target)): heat or flak taken from someone is their criticism
TAKEN = [
    (
        "The company has taken heat from a civil rights group over its donations.",
        "heat",
        ("ACCUSE", "a civil rights group", "The company"),
    ),
    (
        "The senator has faced heat from conservatives for the vote.",
        "heat",
        ("ACCUSE", "conservatives", "The senator"),
    ),
]


#: (sentence, trigger, (type, source, target)): a clash's other side comes after "with" or "and", never
#: the issue or the place after "over" or "on"; battling insurgents is fighting them
SIDES = [
    ("The two candidates clashed on immigration.", "clashed", ("ASSAULT", "The two candidates", "")),
    ("Farmers and herders clashed over grazing land.", "clashed", ("ASSAULT", "Farmers", "herders")),
    ("Protesters clashed with police on Sunday.", "clashed", ("ASSAULT", "Protesters", "police")),
    (
        "Government forces battled insurgents near the border on Monday.",
        "battled",
        ("ASSAULT", "Government forces", "insurgents"),
    ),
]


#: (sentence, trigger, (type, source, target)): one of a people under "a" or "an" is someone, not a
#: make; a verb the tagger takes for a plural noun is still coded
#: water cannon is a crowd-control weapon: what it is used on, or to disperse, is the target
WEAPONS = [
    (
        "The police used water cannon to disperse the protesters.",
        "used",
        ("ASSAULT", "The police", "protesters"),
    ),
]

PEOPLE = [
    ("A Briton stabbed a police officer.", "stabbed", ("ASSAULT", "A Briton", "a police officer")),
    ("An Iraqi killed a police officer.", "killed", ("ASSAULT", "An Iraqi", "a police officer")),
    ("A Frenchman killed a police commander.", "killed", ("ASSAULT", "A Frenchman", "a police commander")),
    (
        "The general threatened to arrest the protesters.",
        "threatened",
        ("THREATEN", "The general", "protesters"),
    ),
    (
        "A Frenchman of Moroccan origin stabs a police commander to death outside his home.",
        "stabs",
        ("ASSAULT", "A Frenchman", "a police commander"),
    ),
]


#: (sentence, trigger, target): a place struck is struck, whatever it holds or makes; "struck oil" and
#: "struck a gold mine" find it
STRUCK = [
    ("A Ukrainian drone struck an oil depot in Russia.", "struck", "an oil depot"),
    ("A missile struck a water treatment plant.", "struck", "a water treatment plant"),
]


@pytest.mark.parametrize(("text", "word", "target"), STRUCK)
def test_a_place_struck_is_struck(spacy_backend: SpacyBackend, text: str, word: str, target: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert (event["type"], event["target"].get("text")) == ("ASSAULT", target)


#: (sentence, trigger, type): striking with no one struck, among workers or by a union, is a labour
#: strike; striking someone or something, or an armed party striking, is an attack
STRIKES = [
    ("Dock workers struck for a third day.", "struck", "PROTEST"),
    ("The teachers' union struck on Monday over pay.", "struck", "PROTEST"),
    ("Militants struck at dawn, killing four soldiers.", "struck", "ASSAULT"),
    ("Workers said a drone struck the factory.", "struck", "ASSAULT"),
]


#: (sentence, target, fatalities): "shot dead" before a number: the dead are the people counted
SHOT_DEAD = [
    ("Gunmen shot dead four police officers at a checkpoint in Peshawar.", "four police officers", 4),
    ("Police shot dead two suspects.", "two suspects", 2),
    ("Soldiers shot dead a protester.", "a protester", 1),
]


@pytest.mark.parametrize(("text", "target", "dead"), SHOT_DEAD)
def test_shot_dead_counts_the_dead(spacy_backend: SpacyBackend, text: str, target: str, dead: int) -> None:
    _, event = one_event_at(spacy_backend, text, "shot", PUBLISHED)
    assert (event["target"].get("text"), event["fatalities"]) == (target, dead)


#: (sentence, trigger, type): a state blocking access restricts; a crowd blocking roads protests
BLOCKADES = [
    ("Russia blocked access to Twitter.", "blocked", "COERCE"),
    ("Thousands of farmers blocked highways in protest against the new law.", "blocked", "PROTEST"),
    ("Protesters blocked access to the port.", "blocked", "PROTEST"),
]


#: sentences that must give no event at the word: the tables' neighbours
NOTHING = [
    *NO_EVENT,
    ("Protesters lit candles in the square.", "lit"),
    ("Residents escaped the heat in the park.", "heat"),
    ("The summer heat killed crops.", "heat"),
    ("The cyclist was struck by a Volvo XC90 on Monday.", "struck"),
    ("The company struck oil in the North Sea.", "struck"),
    ("Prospectors struck a gold mine.", "struck"),
]


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event_in_another_sense(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


@pytest.mark.parametrize(("text", "word", "kind"), [*KEPT, *STRIKES, *BLOCKADES])
def test_the_type(spacy_backend: SpacyBackend, text: str, word: str, kind: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["type"] == kind


@pytest.mark.parametrize(("text", "word", "want"), [*WORDS, *TAKEN, *SIDES, *PEOPLE, *WEAPONS])
def test_who_did_it_to_whom(
    spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]
) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


@pytest.mark.parametrize("title", ["general", "marshal", "marine", "warlord", "sultan", "oligarch"])
def test_a_title_is_someone(spacy_backend: SpacyBackend, title: str) -> None:
    text = f"The {title} threatened to arrest the protesters."
    _, event = one_event_at(spacy_backend, text, "threatened", PUBLISHED)
    assert (event["type"], event["source"].get("text")) == ("THREATEN", f"The {title}")
