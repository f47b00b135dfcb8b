"""Rules written on polnear_events round 26 and the other dev texts, and on sentences written to
probe the coder: declining to "weigh in" or to "go into specifics" is declining to comment (CAMEO
011, a public statement), not a REJECT; who rebuts, refutes or deflects a criticism did not make
it; "turned down requests" rejects them (CAMEO 12), as declining them does, and "lashed out at"
criticises (CAMEO 111), as "hit out at" does; praise of a thing that is no party's, with no one
praised ("hailed the record streak of job growth"), is an opinion, not an endorsement; trading
barbs or charges criticises, a reprimand is a rebuke, and a backing is an endorsement, whose "of"
names who backs; and a demand read off "must" ("X said Y must ...") is kept below the article
floor.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.config import active
from eventwire.events.stance import DEMAND_CONFIDENCE
from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at, at_word

pytestmark = pytest.mark.model

PUBLISHED = "2016-03-02"

#: (sentence, trigger): words that name no act
NOTHING = [
    ("The senator declined to weigh in on the debate over encryption, saying only that she hoped for a deal.",
     "declined"),
    ("While declining to go into specifics, Tamargo insisted she had given Trump good advice.", "declining"),
    ("The governor refused to get into the details of the plan.", "refused"),
    ("Obama hailed the record streak of private-sector job growth on Friday.", "hailed"),
    ("The minister praised the new railway line.", "praised"),
    ("The man lashed out at officers with a knife.", "lashed"),
    ("The DJ turned down the volume.", "turned"),
    ("The company traded shares of its rival on Monday.", "traded"),
    ("The two armies traded attacks across the border.", "traded"),
    ("Her lead was largely because of backing from 74% of African-American likely voters.", "backing"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


#: (sentence, trigger, (type, source, target)): the acts beside them
ACTS = [
    ("The mayor refused to go into the city hall.", "refused", ("REJECT", "The mayor", "")),
    ("The State Department turned down requests for additional security.", "turned",
     ("REJECT", "The State Department", "")),
    ("The senator turned down the invitation.", "turned", ("REJECT", "The senator", "")),
    ("The leading Republican candidates lashed out at President Obama in a debate.", "lashed",
     ("ACCUSE", "The leading Republican candidates", "President Obama")),
    ("Davis lashed out at the GOP nominee on Facebook.", "lashed", ("ACCUSE", "Davis", "the GOP nominee")),
    ("The president hit out at the city's Democratic mayor Muriel Bowser on Twitter.", "hit",
     ("ACCUSE", "The president", "the city's Democratic mayor Muriel Bowser")),
    ("Mr. Putin praised the efforts of Secretary of State John Kerry.", "praised",
     ("SUPPORT", "Mr. Putin", "the efforts of Secretary of State John Kerry")),
    ("Westmacott praised Obama's presidency in an interview.", "praised",
     ("SUPPORT", "Westmacott", "Obama's presidency")),
    ("Republican Secretary of State Jon Husted applauded the ruling.", "applauded",
     ("SUPPORT", "Republican Secretary of State Jon Husted", "")),
    ("Trump welcomed the news that Kasich would quit.", "welcomed", ("SUPPORT", "Trump", "")),
    ("The two have traded barbs about racism and minority voters.", "traded", ("ACCUSE", "The two", "")),
    ("Clinton traded insults with Trump during the debate.", "traded", ("ACCUSE", "Clinton", "Trump")),
    ("The report prompted a rare public reprimand from the party chairman.", "reprimand",
     ("ACCUSE", "the party chairman", "")),
    ("Cruz also earned the backing of two of the state's congressional Republicans.", "backing",
     ("SUPPORT", "the state's congressional Republicans", "Cruz")),
    ("The rebels, with the backing of Iran, took the town.", "backing", ("SUPPORT", "Iran", "")),
    ("Rubio has rung up major endorsements from establishment Republicans.", "endorsements",
     ("SUPPORT", "establishment Republicans", "Rubio")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


@pytest.mark.parametrize(
    ("text", "word", "subject"),
    [
        ("Sanders has begun to rebut that criticism.", "criticism", "Sanders"),
        ("The minister refuted the accusations on Monday.", "accusations", "The minister"),
        ("The governor deflected the attacks.", "attacks", "The governor"),
    ],
)
def test_who_answers_a_criticism_did_not_make_it(
    spacy_backend: SpacyBackend, text: str, word: str, subject: str
) -> None:
    """The subject of "rebut", "refute", "deflect" answers the act its object names: it is not that
    act's source (the act may still be coded, from no one named)."""
    article = analyse(spacy_backend, text, published=PUBLISHED)
    sources = [e.source.text for e in article.events if at_word(article, e, word)]
    assert subject not in sources, sources


def test_turned_down_in_the_passive_names_whom(spacy_backend: SpacyBackend) -> None:
    """'He was turned down': his request was; he is the target."""
    assert_act(
        spacy_backend,
        "Stevens requested more security personnel, but he was turned down.",
        "turned",
        PUBLISHED,
        ("REJECT", "", "he"),
    )


#: an article long enough to be judged as a whole (``events.political_sentences``), about politics
ARTICLE = " ".join(
    [
        "The foreign minister said Libya must hand over the suspects.",
        "The United Nations Security Council met in New York on Monday.",
        "The president of France spoke with the prime minister of Italy.",
        "The ministers of Egypt and Tunisia travelled to Tripoli.",
        "The army of Libya said it would hold talks with the government.",
        "Officials of the European Union said sanctions were discussed.",
        "The Senate of the United States voted on the budget.",
        "The parliament of Libya adjourned until Thursday.",
    ]
)


def test_a_demand_read_off_must_is_below_the_article_floor(spacy_backend: SpacyBackend) -> None:
    """'X said Y must ...' is a statement of what Y should do; the guidelines code a request only
    where the asking is named. A single sentence keeps the demand, at DEMAND_CONFIDENCE; a whole
    article drops it."""
    sentence = analyse(spacy_backend, "The foreign minister said Libya must hand over the suspects.")
    [demand] = [e for e in sentence.events if at_word(sentence, e, "must")]
    assert (demand.type, demand.confidence) == ("REQUEST", DEMAND_CONFIDENCE)
    assert active().events.min_confidence_other_types > DEMAND_CONFIDENCE
    article = analyse(spacy_backend, ARTICLE, published=PUBLISHED)
    assert len(article.parse.sents) >= active().events.political_sentences
    assert not [e for e in article.events if at_word(article, e, "must")]


def test_a_kind_of_act_that_may_happen_is_no_act(spacy_backend: SpacyBackend) -> None:
    """'Tax audits and FBI investigations could create obstacles': a bare plural that may do
    something is a kind of act, as in the simple present ("officials are removed"); an act in
    particular under the same modal ("could follow the bombings") happened and stays."""
    lead = "The senator spoke on Monday. "
    generic = lead + "Tax audits and FBI investigations could create obstacles for the front-runners."
    assert_no_event_at(spacy_backend, generic, "investigations", PUBLISHED)
    particular = lead + "More attacks could follow the bombings in Jakarta by Islamist militants last week."
    article = analyse(spacy_backend, particular, published=PUBLISHED)
    assert [e.type for e in article.events if at_word(article, e, "bombings")] == ["ASSAULT"]
