"""A rally a politician will hold, a space probe, a passive subject its verb names, a filibuster and a
bill voted down or blocked, pushing for something, a speech interrupted, someone fired from a post,
a demand of whoever holds an office, idioms of attacking in words, begging and petitioning, sit-ins,
pickets and walkouts, harm in an accident, troubles warned of, an article misparsed as a party,
and words in their other senses (rules from the dev texts: polnear_events rounds 1-19; and from
sentences written to probe the coder).

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2019-01-20"

#: (sentence, trigger): a rally a politician will hold is a campaign's; a trip or a bid ended or launched,
#: an issue grappled with, a town hall meeting, one's own speech interrupted, someone fired from a
#: post and a filibuster ended are no political act; "a president must" asks no one
NOTHING = [
    ("Sanders will hold a rally in Portland on Friday.", "rally"),
    ("Obama made the comments just before ending a three-day trip to Vietnam.", "ending"),
    ("Since launching his White House bid, Trump has taken a firm stance on trade.", "launching"),
    ("Congress grappled with the ethics of biotechnology.", "grappled"),
    ("Obama told a townhall meeting with young leaders that the election was a mess.", "meeting"),
    ("Clinton held a town hall meeting with voters in Iowa.", "meeting"),
    ("He interrupted his speech to greet a veteran.", "interrupted"),
    ("The president fired the defense minister.", "fired"),
    ("The police chief was fired by the mayor on Tuesday.", "fired"),
    ("The majority voted to end the filibuster and passed the bill.", "filibuster"),
    ("NASA launched a probe to study the sun.", "probe"),
    ("The photographer took shots of the crowd.", "took"),
    ("Gunmen took shots at the convoy.", "took"),
    ("The chef roasted a chicken.", "roasted"),
    ("Vandals trashed the hotel room.", "trashed"),
    ("He walked out of the store with a bag.", "walked"),
    ("I beg to differ.", "beg"),
    ("The hospital warned of a shortage of beds.", "warned"),
    ("Relatives lamented the loss of life.", "lamented"),
    ("The mayor lamented that the city had no money.", "lamented"),
    ("The candidate has chafed at making the changes his aides asked for.", "chafed"),
    ("The central bank warned of a recession next year.", "warned"),
    ("They begged the question of whether the campaign was managed at all.", "begged"),
    ("The Chinese probe landed on the far side of the moon.", "probe"),
]

#: (sentence, trigger, type): what the same words still code: a group's rally, a rally against
#: someone or to protest, a meeting of parties, firing on someone or firing weapons
KEPT = [
    ("Thousands of workers held a rally outside parliament.", "rally", "PROTEST"),
    ("Navalny held a rally against Putin in Moscow.", "rally", "PROTEST"),
    ("She held a rally to protest the new law.", "rally", "PROTEST"),
    ("The mayor held a meeting with union leaders at city hall.", "meeting", "CONSULT"),
    ("Police fired on the protesters.", "fired", "ASSAULT"),
    ("Troops fired rubber bullets at the crowd.", "fired", "ASSAULT"),
    ("Russia ended its blockade of the port.", "ended", "RETREAT"),
    ("Congress launched a probe into NASA's spending.", "probe", "ACCUSE"),
    ("Iran warned of a crushing response.", "warned", "THREATEN"),
]

#: (sentence, trigger, (type, source, target)): a bill blocked or voted down and a filibuster are
#: refusals, pushing for something asks for it, a demand to know is a demand, protesters interrupting
#: a speech disrupt it, and a politician "taking on" protesters criticises them
ACTS = [
    (
        "Senate Democrats blocked a $1.1 billion funding package.",
        "blocked",
        ("REJECT", "Senate Democrats", ""),
    ),
    (
        "The state legislature voted down a religious-liberties bill.",
        "voted",
        ("REJECT", "The state legislature", ""),
    ),
    (
        "Seven Democrats kept up a filibuster aimed at killing the bill.",
        "filibuster",
        ("REJECT", "Seven Democrats", ""),
    ),
    ("Republicans filibustered the nomination.", "filibustered", ("REJECT", "Republicans", "")),
    ("Democrats have pushed for new negotiations.", "pushed", ("REQUEST", "Democrats", "")),
    ("Activists clamored for his resignation.", "clamored", ("REQUEST", "Activists", "")),
    (
        "The activist demanded to know whether Clinton would forsake the donations.",
        "demanded",
        ("REQUEST", "The activist", ""),
    ),
    ("Protesters interrupted her speech, shouting slogans.", "interrupted", ("PROTEST", "Protesters", "")),
    (
        "Hillary Clinton aggressively took on protesters loyal to her opponent.",
        "took",
        ("ACCUSE", "Hillary Clinton", "protesters"),
    ),
]

#: (sentence, trigger, (type, source, target)): idioms of attacking someone in words, and an office
#: holder's attack on another with no weapon about
WORDS = [
    ("Republicans took shots at the White House.", "took", ("ACCUSE", "Republicans", "the White House")),
    ("Rubio took a shot at Trump during the debate.", "took", ("ACCUSE", "Rubio", "Trump")),
    (
        "Sanders went after Clinton's environmental record.",
        "went",
        ("ACCUSE", "Sanders", "Clinton's environmental record"),
    ),
    ("The senator laid into the governor on Tuesday.", "laid", ("ACCUSE", "The senator", "the governor")),
    ("The senator sniped at the governor on Tuesday.", "sniped", ("ACCUSE", "The senator", "the governor")),
    ("The senator trashed the governor's plan.", "trashed", ("ACCUSE", "The senator", "the governor's plan")),
    ("The senator assailed the governor on Tuesday.", "assailed", ("ACCUSE", "The senator", "the governor")),
    ("The senator tore into the governor on Tuesday.", "tore", ("ACCUSE", "The senator", "the governor")),
    ("The guards attacked the governor with knives.", "attacked", ("ASSAULT", "The guards", "the governor")),
    *[
        (
            f"The senator {verb} the governor's decision.",
            verb.split()[0],
            ("ACCUSE", "The senator", "the governor's decision"),
        )
        for verb in (
            "scoffed at",
            "sneered at",
            "grumbled about",
            "fumed over",
            "bristled at",
            "chafed at",
            "lamented",
        )
    ],
]


#: (sentence, trigger, (type, source, target)): begging and petitioning ask; a sit-in, a die-in, a
#: picket and walking off the job protest
ASKING_AND_PROTESTING = [
    ("The senator begged the governor to resign.", "begged", ("REQUEST", "The senator", "the governor")),
    (
        "The senator petitioned the court to halt the law.",
        "petitioned",
        ("REQUEST", "The senator", "the court"),
    ),
    (
        "Hundreds of students staged a sit-in outside the ministry.",
        "sit-in",
        ("PROTEST", "Hundreds of students", ""),
    ),
    ("Activists staged a die-in at the climate summit.", "die-in", ("PROTEST", "Activists", "")),
    ("Activists picketed the embassy on Friday.", "picketed", ("PROTEST", "Activists", "the embassy")),
    ("Workers walked off the job at the plant on Monday.", "walked", ("PROTEST", "Workers", "")),
    ("Teachers staged a walkout on Monday.", "walkout", ("PROTEST", "Teachers", "")),
]


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event_in_another_sense(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


def test_a_passive_subject_named_by_its_verb_is_one_act(spacy_backend: SpacyBackend) -> None:
    """'Sanctions were imposed': the verb's trigger names the noun, one act as in the active voice."""
    text = "Sanctions were imposed on Iran by the European Union."
    article, event = one_event_at(spacy_backend, text, "imposed", PUBLISHED)
    assert (event["type"], event["source"].get("text")) == ("SANCTION", "the European Union")
    assert [e.type for e in article.events] == ["SANCTION"]


def test_a_demand_of_whoever_holds_an_office_is_no_request(spacy_backend: SpacyBackend) -> None:
    text = "Clinton says a president must be ready to make decisions on the first day."
    assert_no_event_at(spacy_backend, text, "must", PUBLISHED)


@pytest.mark.parametrize(("text", "word", "kind"), KEPT)
def test_the_type(spacy_backend: SpacyBackend, text: str, word: str, kind: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["type"] == kind


@pytest.mark.parametrize(("text", "word", "want"), [*ACTS, *WORDS, *ASKING_AND_PROTESTING])
def test_who_did_it_to_whom(
    spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]
) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


def test_a_rally_in_a_campaign_story_is_the_campaigns(spacy_backend: SpacyBackend) -> None:
    """A person of no known sector holding a rally in election coverage is a candidate; the same
    rally in a story of a protest stays a protest."""
    campaign = (
        "Tom Jones won the primary in Oregon on Tuesday. His campaign said the election was far from "
        "over and that voters wanted change. He has a rally planned for Thursday evening in Portland."
    )
    protest = (
        "Tom Jones led a protest against the mine in Oregon on Tuesday. Activists said the company was "
        "polluting the river. He has a rally planned for Thursday evening in Portland."
    )
    assert_no_event_at(spacy_backend, campaign, "rally", PUBLISHED)
    _, event = one_event_at(spacy_backend, protest, "rally", PUBLISHED)
    assert event["type"] == "PROTEST"


#: (article, want): harm told by a vehicle's or a building's mishap is no attack, unless the
#: article speaks of a bomb or an attack; slamming into something is crashing into it
ACCIDENTS = [
    (
        "The road was quiet on Sunday morning. Police said the driver was killed when his car hit a "
        "tree. The crash is under investigation.",
        [],
    ),
    (
        "Two people died on Monday. They were killed when their bus plunged into a ravine near the "
        "town. Rescue workers recovered the bodies.",
        [],
    ),
    (
        "Officials said three soldiers were killed when their vehicle hit a roadside bomb. The army "
        "blamed militants.",
        ["ASSAULT"],
    ),
]


@pytest.mark.parametrize(("text", "want"), ACCIDENTS)
def test_harm_in_an_accident_is_no_attack(spacy_backend: SpacyBackend, text: str, want: list[str]) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert [e.type for e in article.events if e.type == "ASSAULT"] == want


def test_slamming_into_something_is_a_crash(spacy_backend: SpacyBackend) -> None:
    text = "Twelve people were killed when a truck slammed into a crowd at a market."
    assert_no_event_at(spacy_backend, text, "slammed", PUBLISHED)


def test_an_article_alone_is_no_party(spacy_backend: SpacyBackend) -> None:
    """'A shoot-out killed two people', parsed with "A" for the subject: the article names no one."""
    article = analyse(spacy_backend, "A shoot-out killed two people.", published=PUBLISHED)
    assert [e.source.text for e in article.events] == [None]
