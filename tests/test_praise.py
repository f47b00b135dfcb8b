"""Praise, complaints, concessions and court sentences in their own words, and the act noun a participle
after it names.

Sentences written for this test (no gold set was read to write them or the rules): each word has
its political sense, coded, and its other senses, not coded.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_no_event_at, event_at, party_text

pytestmark = pytest.mark.model

#: (sentence, trigger word, PLOVER type, words of the target)
CODED = [
    ("The senator applauded the governor for her response to the flood.", "applauded", "SUPPORT", "governor"),
    ("Union leaders hailed the president's decision on Monday.", "hailed", "SUPPORT", "president"),
    ("The chancellor lauded Prime Minister Rutte for his leadership.", "lauded", "SUPPORT", "Rutte"),
    ("Foreign governments cheered on the reforms of the new premier.", "cheered", "SUPPORT", ""),
    ("The mayor credited Chief Ramos for the drop in crime.", "credited", "SUPPORT", "Ramos"),
    ("The party gave its support to the governor's reelection bid.", "gave", "SUPPORT", "governor"),
    ("A federal judge granted the group's request for more time.", "granted", "CONCEDE", ""),
    ("The court imposed a ten-year sentence on the former minister.", "imposed", "SANCTION", "minister"),
    ("The annexation of Crimea by Russia drew sanctions from Europe.", "annexation", "COERCE", "Crimea"),
    ("Complaints from the senator grew louder on Monday.", "Complaints", "ACCUSE", ""),
    ("There were complaints about the governor after the flood.", "complaints", "ACCUSE", ""),
]

#: the same words in senses that praise, yield or sentence no one
NOT_CODED = [
    ("The senator hails from a small town in Ohio.", "hails"),
    ("The minister hailed a taxi outside the ministry.", "hailed"),
    ("Her colleagues cheered her up after the defeat.", "cheered"),
    ("The crowd cheered as the governor arrived.", "cheered"),
    ("The bank credited the payment to the ministry's account.", "credited"),
]


@pytest.mark.parametrize(("text", "word", "kind", "target"), CODED)
def test_praise_and_concession_are_coded(
    spacy_backend: SpacyBackend, text: str, word: str, kind: str, target: str
) -> None:
    article = analyse(spacy_backend, text, published="2016-03-09")
    events = [e for e in event_at(article, word) if e["type"] == kind]
    assert events, [(e.type, e.trigger) for e in article.events]
    if target:
        assert target in party_text(article, events[0]["target"] or {})


@pytest.mark.parametrize(("text", "word"), NOT_CODED)
def test_their_other_senses_are_not(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, "2016-03-09")


def test_a_participle_naming_its_act_noun_codes_the_act_once(spacy_backend: SpacyBackend) -> None:
    """'a lawsuit brought by X against Y': one accusation, X's, against Y; the lawsuit is the act
    the verb's trigger names, neither a second event nor the target."""
    text = "The ruling came in a lawsuit brought against the State Department by Judicial Watch."
    article = analyse(spacy_backend, text, published="2016-03-09")
    assert not event_at(article, "lawsuit")
    [brought] = event_at(article, "brought")
    assert brought["type"] == "ACCUSE"
    assert "Judicial Watch" in party_text(article, brought["source"] or {})
    assert "State Department" in party_text(article, brought["target"] or {})


def test_without_a_preposition_the_act_noun_is_no_target(spacy_backend: SpacyBackend) -> None:
    text = "The ruling came in a lawsuit brought by Judicial Watch to obtain the records."
    article = analyse(spacy_backend, text, published="2016-03-09")
    [brought] = event_at(article, "brought")
    assert not (brought["target"] or {}).get("text")
