"""Acts ruled out or only within reach ("too weak to", "enough to"), acts answered that were done,
retorts and names that are no acts, polls and described stances that are no deeds, contests that
are no fights, expulsions, challenges, reasons and circumstances, and news organisations' own
affairs.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring cases it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import assert_no_event_at, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-02-10"

#: (sentence, word): the word names no act there
NO_ACT = [
    ("The move was met with fury.", "met"),
    ("The anchor asked when Trump shot back that the journalist had not been called on.", "shot"),
    ('Trump attacked Romney, calling him, among other things, "a failed candidate."', "calling"),
    ("A 54% majority of independents endorse continuing federal spending for the group.", "endorse"),
    ("Sixty percent of voters back the plan, the poll found.", "back"),
    ("Grayson then quickly lost endorsements, staffers and a campaign consultant.", "endorsements"),
    ("Lewandowski was dismissed on Monday as Trump's campaign manager.", "dismissed"),
    ("Wealthy conservatives are paying for last-ditch efforts to wound Donald J. Trump.", "wound"),
    ("The groups are raising more money to fight Mr. Trump.", "fight"),
    ("Sanders clobbered Clinton in New Hampshire.", "clobbered"),
    ("The immigration bill, opposed by House Republicans, never became law.", "opposed"),
    ("Wilson backed Proposition 226, a measure strongly opposed by unions.", "opposed"),
    ("The surprisingly robust jobs report cheered Democrats hoping to keep the White House.", "cheered"),
    ("He resigned in 2018, resigning in protest at the Brexit agreement.", "protest"),
    ("NBC News reported Sanders was aided by the support of younger voters.", "aided"),
    (
        "His moderate politics have clashed with the stances of national leaders such as Bernie Sanders.",
        "clashed",
    ),
    ("In regard of clashing economic zone claims, he noted the agreement infringes on rights.", "clashing"),
    ("Media outlets from CNN to BBC hailed the report as new evidence.", "hailed"),
    ("The new law poses a challenge to farmers.", "challenge"),
]

#: (sentence, word, PLOVER type): the act the word names
KINDS = [
    ("The decision was met with protests across the country.", "protests", "PROTEST"),
    ("The visit was greeted with protests in Seoul.", "protests", "PROTEST"),
    ("The army retook the town last year in an offensive supported by Iran.", "supported", "COOPERATE"),
    ("CNN sued the Trump administration over the press pass.", "sued", "ACCUSE"),
    ("The rebels fired back at the soldiers.", "fired", "ASSAULT"),
    ("Obama called Merkel on Tuesday, the White House said.", "called", "CONSULT"),
    ("A majority of the Senate endorsed the treaty.", "endorsed", "SUPPORT"),
    ("Most of his competitors called for a bigger military effort.", "called", "REQUEST"),
    ("Clinton won the endorsement of the union.", "endorsement", "SUPPORT"),
    ("Trump dismissed Wisconsin Gov. Scott Walker as an ineffective leader.", "dismissed", "ACCUSE"),
    # a demand dismissed is refused (a report dismissed is denied, no event: test_senses)
    ("The minister dismissed the opposition's demand as politically motivated.", "dismissed", "REJECT"),
    ("The coalition came to Iraq to fight ISIS.", "fight", "ASSAULT"),
    ("Soldiers fought the gunman for an hour.", "fought", "ASSAULT"),
    ("When a flight attendant arrived to subdue him, he fought her and bit her thumb.", "fought", "ASSAULT"),
    ("A man wounded Gabrielle Giffords with a gun on Saturday.", "wounded", "ASSAULT"),
    ("A gunman wounded Gabrielle Giffords on Saturday.", "wounded", "ASSAULT"),
    ("Clinton's lawyers opposed a request in a civil lawsuit on Tuesday.", "opposed", "REJECT"),
    ("The mayor cheered Clinton at the rally in Ohio.", "cheered", "SUPPORT"),
    ("Opposition lawmakers walked out in protest at the ruling.", "protest", "PROTEST"),
    ("The rebels were aided by Iran.", "aided", "AID"),
    ("The party challenged the constitutionality of the law.", "challenged", "ACCUSE"),
    ("The opposition filed a legal challenge on Monday.", "challenge", "ACCUSE"),
]

#: (sentence, word, modality): how the act the word names is told
MODALITIES = [
    ("The police were too weak to arrest the gang leaders.", "arrest", "negated"),
    ("The army was strong enough to attack the rebels.", "attack", "uncertain"),
    ("He said the accord did not go far enough to demand action from China.", "demand", "uncertain"),
    ("The police arrested the gang leaders on Monday.", "arrested", "asserted"),
    ("Lam did not accede to protesters' demands for a new investigation.", "demands", "asserted"),
    (
        "The Queen said she will comply with the request of Prime Minister Boris Johnson.",
        "request",
        "asserted",
    ),
    ("The protesters did not make any demands.", "demands", "negated"),
    ("He will file a lawsuit against the company.", "file", "uncertain"),
]


@pytest.mark.parametrize(("text", "word"), NO_ACT)
def test_no_act(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


@pytest.mark.parametrize(("text", "word", "kind"), KINDS)
def test_the_act_and_its_type(spacy_backend: SpacyBackend, text: str, word: str, kind: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["type"] == kind


@pytest.mark.parametrize(("text", "word", "modality"), MODALITIES)
def test_the_act_and_its_modality(spacy_backend: SpacyBackend, text: str, word: str, modality: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["modality"] == modality


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Donald Trump threw the reporter Jorge Ramos out of a news conference.", "threw"),
        ("Security guards kicked the protesters out of the rally.", "kicked"),
    ],
)
def test_throwing_someone_out_expels_them(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert (event["type"], event["cameo"]) == ("COERCE", "174")


def test_landing_a_round_on_someone_is_firing_on_them(spacy_backend: SpacyBackend) -> None:
    text = "Police fired and landed a live round on a protester yesterday."
    _, event = one_event_at(spacy_backend, text, "landed", PUBLISHED)
    assert (event["type"], event["target"]["text"]) == ("ASSAULT", "a protester")
