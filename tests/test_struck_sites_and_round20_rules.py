"""Where an attack's noun says it struck, and the rules written on polnear_events round 20 and the
other dev texts (rounds 1-20, wikievents_train dev) and on sentences written to probe the coder.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2019-01-20"

#: (sentence, trigger, (type, source, target)): a building or a gathering where an attack's noun says
#: it happened is what it struck; a town is only where; the harmed, when named, come first
WHO_TO_WHOM = [
    ("A suicide bomber triggered an explosion outside the restaurant.", "explosion",
     ("ASSAULT", "A suicide bomber", "the restaurant")),
    ("The ELN claimed to have carried out the car bomb attack at a police academy in Bogota.", "attack",
     ("ASSAULT", "The ELN", "a police academy")),
    ("There was a bombing in a crowded market in Kabul.", "bombing", ("ASSAULT", "", "a crowded market")),
    ("The attack in Kabul killed five.", "attack", ("ASSAULT", "", "five")),
    ("The attack outside the academy injured at least 68 others.", "attack",
     ("ASSAULT", "", "at least 68 others")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), WHO_TO_WHOM)
def test_who_did_it_to_whom(
    spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]
) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


#: (sentence, trigger, (type, source, target)): pressing for something, announcing one's support,
#: declining an invitation and backing out of a debate are acts; one person's protest of something is
#: criticism, a crowd's stays a protest
ACTS = [
    ("The president pressed for a new trade deal.", "pressed", ("REQUEST", "The president", "")),
    ("Rubio announced his support for Trump last month.", "announced", ("SUPPORT", "Rubio", "Trump")),
    ("The governor declined the network's debate invitation.", "declined",
     ("REJECT", "The governor", "the network's debate invitation")),
    ("Clinton backed out of the debate.", "backed", ("REJECT", "Clinton", "")),
    ("The minister accepted their recommendation.", "accepted", ("AGREE", "The minister", "")),
    ("The senator protested the ruling.", "protested", ("ACCUSE", "The senator", "")),
    ("Thousands protested the ruling in the capital.", "protested", ("PROTEST", "Thousands", "")),
    ("Lawmakers protested the decision.", "protested", ("PROTEST", "Lawmakers", "")),
    ("She was protesting Mr. Trump inside one of his own rallies.", "protesting",
     ("PROTEST", "She", "Mr. Trump")),
    ("Iran agreed with the EU on a ceasefire.", "agreed", ("AGREE", "Iran", "the EU")),
    ("The senator was sharply critical of the president on Tuesday.", "critical",
     ("ACCUSE", "The senator", "the president")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


#: (sentence, trigger): a button pressed, a refusal to name something, a view shared or held for years
#: are no acts
NOTHING = [
    ("He pressed the button for the lift.", "pressed"),
    ("The White House refused to call the shooting terrorism.", "refused"),
    ("He declined to call it a crime.", "declined"),
    ("The minister refused to describe the talks as a failure.", "refused"),
    ("They agree with him on the issues.", "agree"),
    ("Most voters agree with Sanders on most issues.", "agree"),
    ("The company declined to comment.", "declined"),
    ("Todd asked the real estate mogul.", "asked"),
    ("The White House was refusing to call the slaughter as terrorism.", "refusing"),
    (
        "The minister told reporters that the government must reevaluate our strategy.",
        "must",
    ),
]


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


def test_refusing_to_call_a_vote_stays_a_refusal(spacy_backend: SpacyBackend) -> None:
    _, event = one_event_at(spacy_backend, "They refused to call a vote on the bill.", "refused", PUBLISHED)
    assert event["type"] == "REJECT"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Cameron argued against British withdrawal from the European Union.", "SANCTION"),
        ("He argued for a withdrawal of troops.", "RETREAT"),
    ],
)
def test_an_act_argued_over_is_not_reported_as_done(
    spacy_backend: SpacyBackend, text: str, kind: str
) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    kinds = {(e.type, e.modality) for e in article.events}
    assert kinds == {(kind, "uncertain")}, kinds


#: (sentence, trigger, (type, source, target)): whom a refusal is toward, whom a complaint is about,
#: who shot someone "in the back", and a deal reached (AGREE)
PARTIES = [
    ("Trump refused to endorse Ryan.", "refused", ("REJECT", "Trump", "Ryan")),
    ("Trump's refusal to endorse Ryan was seen as payback.", "refusal", ("REJECT", "Trump's", "Ryan")),
    ("Their resignations, which Prime Minister Charles Michel refused to accept, were offered.", "refused",
     ("REJECT", "Prime Minister Charles Michel", "")),
    ("Sanders complained that Democratic Party officials were trying to protect Clinton.", "complained",
     ("ACCUSE", "Sanders", "Democratic Party officials")),
    ("The senator complained that the hearing was too short.", "complained", ("ACCUSE", "The senator", "")),
    ("He was stabbed in the neck by a prisoner.", "stabbed", ("ASSAULT", "a prisoner", "He")),
    ("The governor reached a deal with lawmakers.", "reached", ("AGREE", "The governor", "lawmakers")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), PARTIES)
def test_the_parties(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("He asked forgiveness.", "REQUEST"),
        ("Police asked residents to stay indoors.", "REQUEST"),
        ("The senator said the government must act.", "REQUEST"),
    ],
)
def test_asking_for_something_stays_a_request(spacy_backend: SpacyBackend, text: str, want: str) -> None:
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert want in {e.type for e in article.events}


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("A slice of Hollywood is tweeting support for President Obama.", "tweeting", "SUPPORT"),
        ("Trump continued to question Cruz's temperament.", "question", "ACCUSE"),
        ("Iran signed a deal with Russia.", "signed", "SUPPORT"),
        ("Only 27 nations have ratified the agreement.", "ratified", "SUPPORT"),
        ("The US suspended flights to Beijing.", "suspended", "SANCTION"),
    ],
)
def test_the_type(spacy_backend: SpacyBackend, text: str, word: str, want: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["type"] == want


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Apple reached a deal with Samsung.", "reached"),
        ("Apple signed a deal with Samsung.", "signed"),
        ("Apple sued Samsung over patents.", "sued"),
        ("The airline suspended flights to Beijing.", "suspended"),
    ],
)
def test_a_firms_business_is_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


def test_a_name_read_as_a_common_noun_is_a_persons(spacy_backend: SpacyBackend) -> None:
    """'Sanders' and 'Trump' tagged as the nouns "sanders" and "trump" are the names the actor
    dictionary knows: proper nouns and person entities in the parse."""
    parse = spacy_backend.parse_many(["Sanders has won states with open primaries."])[0]
    word = parse.tokens[0]
    assert (word.pos, word.lemma, word.ent_type) == ("PROPN", "Sanders", "PERSON")
    assert [(e.label, e.text) for e in parse.ents if e.start == 0] == [("PERSON", "Sanders")]
