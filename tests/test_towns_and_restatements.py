"""Towns the parser misses before an act's noun, one act told twice, warnings that threaten no act,
and courts that overturn or side.

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
    ("text", "word", "source"),
    [
        # a town of the gazetteer that the parser tagged as no place says where, not who
        ("The Manbij bombing killed 12 people.", "bombing", None),
        # a group, a country, a person the actor dictionary knows: who
        ("The Taliban bombing killed 12 people.", "bombing", "Taliban"),
        ("A U.S. drone strike killed 12 people.", "strike", "U.S."),
        ("An Obama airstrike killed 12 people.", "airstrike", "Obama"),
    ],
)
def test_a_town_before_an_act_is_where(
    spacy_backend: SpacyBackend, text: str, word: str, source: str | None
) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert (event["source"] or {}).get("text") == source


@pytest.mark.parametrize(
    ("text", "kept", "folded", "type_"),
    [
        ("Rep. Peter Welch is supporting Sen. Bernie Sanders, giving Sanders his first endorsement.",
         "supporting", "giving", "SUPPORT"),
        ("The president met the prime minister on Monday, holding talks on trade.", "met", "holding",
         "CONSULT"),
        ("Protesters marched through the city, protesting the election results.", "marched", "protesting",
         "PROTEST"),
    ],
)  # fmt: skip
def test_a_participle_that_tells_the_act_again_is_one_event(
    spacy_backend: SpacyBackend, text: str, kept: str, folded: str, type_: str
) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert [e.type for e in article.events] == [type_]
    _, event = one_event_at(spacy_backend, text, kept, PUBLISHED)
    assert event["type"] == type_
    assert_no_event_at(spacy_backend, text, folded, PUBLISHED)


def test_a_participle_of_another_type_stays(spacy_backend: SpacyBackend) -> None:
    article = analyse(
        spacy_backend, "The senator criticized the governor, demanding his resignation.", PUBLISHED
    )
    assert sorted(e.type for e in article.events) == ["ACCUSE", "REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The United States had been warned by Russia that he might be an Islamic militant.",
        "The agency was warned about the gunman Omar Mateen in 2014.",
    ],
)
def test_a_warning_of_what_someone_is_threatens_nothing(spacy_backend: SpacyBackend, text: str) -> None:
    assert_no_event_at(spacy_backend, text, "warned", PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The bloc warned that it was ready to act against the government.",
        "Obama warned Russia about its actions in Ukraine.",
    ],
)
def test_a_warning_of_an_act_stays_a_threat(spacy_backend: SpacyBackend, text: str) -> None:
    _, event = one_event_at(spacy_backend, text, "warned", PUBLISHED)
    assert event["type"] == "THREATEN"


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("The appeals court overturned a lower court ruling on Tuesday.", "overturned", "REJECT"),
        ("The appeals court reversed the judgment of the district court.", "reversed", "REJECT"),
        ("The Supreme Court overturned the fraud convictions of the two aides.", "overturned", "CONCEDE"),
        ("The judge sided with the state of Ohio.", "sided", "SUPPORT"),
    ],
)
def test_what_courts_do_to_rulings_and_parties(
    spacy_backend: SpacyBackend, text: str, word: str, type_: str
) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["type"] == type_
