"""Rules written on polnear_events round 21 and the other dev texts, and on sentences written to
probe the coder: a capacity held is no act done, a document cited is no new act, a kind of act told
as a trend is none, states carried in a primary are not occupied, and more verbs of criticism and
refusal, harsh or kind words, a dare, a challenge to a debate and a telephone conversation; a
crowd's cheers are no praise, a thing criticised is its owner's, and a weapon sets the mode of force
only.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-03-02"

#: (sentence, trigger): a suit or an inquiry cited for what it says, an interview granted, states
#: carried by a candidate, something shown or recognised as a fact, a trend, a stance held, and a
#: question put are no acts
NOTHING = [
    ("The policies have a disparate impact on minorities, the lawsuit says.", "lawsuit"),
    ("The inquiry found virtually nothing new about her actions.", "inquiry"),
    ("Bob agreed to talk on the condition that his last name not be used.", "agreed"),
    ("The official agreed to speak on condition of anonymity.", "agreed"),
    ("His rival, Hillary Clinton, captured Virginia, Georgia, Arkansas, Texas and Tennessee.", "captured"),
    ("The comment highlighted the silence Democrats have demonstrated amid the calls.", "demonstrated"),
    ("The engineers demonstrated the new system to the board.", "demonstrated"),
    ("Bush had been soundly rejected by an electorate he no longer recognized.", "recognized"),
    ("The acceleration of terrorist attacks on soft targets worried the organisers.", "attacks"),
    ("Terrorist attacks have risen sharply worldwide.", "attacks"),
    ("Mass shootings are becoming an almost-everyday occurrence in this country.", "shootings"),
    ("The shooting of police nationally, and the fact that crime rose, worried the organisers.", "shooting"),
    ("The audience was stacked with activists who were also opposed to Sen. Ted Cruz.", "opposed"),
    ("\u201cMr. Trump, you said earlier today that the party broke its pledge,\u201d Boyle asked Trump.",
     "asked"),
    ("Sanders asked rhetorically, shaking his head.", "asked"),
    ("The activists placed throughout the hall cheered loudly for Sen. Marco Rubio.", "cheered"),
    ("Voters cheer when he talks about spoiling the party.", "cheer"),
    ("Trump escalated his attacks on Cruz on Saturday.", "escalated"),
    ("He ignored the facts.", "ignored"),
    ("The company demonstrated its new phone.", "demonstrated"),
    ("No one dared to speak.", "dared"),
    ("In other words, the plan failed.", "words"),
    ("The network withdrew its reporters from the field.", "withdrew"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


#: (sentence, trigger, (type, source, target)): the acts beside them that stay acts, and the new
#: verbs of criticism and refusal
ACTS = [
    ("A lawsuit filed Friday by the party says the state violated the law.", "filed",
     ("ACCUSE", "the party", "")),
    ("Islamic State fighters captured Ramadi.", "captured", ("ASSAULT", "Islamic State fighters", "Ramadi")),
    ("Protests became violent on Sunday.", "Protests", ("PROTEST", "", "")),
    ("Biden rubbished the claims of his rival.", "rubbished", ("ACCUSE", "Biden", "")),
    ("Cruz chided the media for the little game.", "chided", ("ACCUSE", "Cruz", "the media")),
    ("Trump inveighed against politicians.", "inveighed", ("ACCUSE", "Trump", "politicians")),
    ("Sanders ignored her call to apologize.", "ignored", ("REJECT", "Sanders", "")),
    ("The governor resisted calls to resign.", "resisted", ("REJECT", "The governor", "")),
    ("Senator Bernie Sanders protested the ruling on Tuesday.", "protested",
     ("ACCUSE", "Senator Bernie Sanders", "")),
    ("Cruz and Lee protested the ruling.", "protested", ("PROTEST", "Cruz", "")),
    ("The superdelegates declaring support for the senator pushed her total up.", "declaring",
     ("SUPPORT", "The superdelegates", "senator")),
    ("Pence had harsh words for Clinton.", "words", ("ACCUSE", "Pence", "Clinton")),
    ("Mr. Trump offered some kind words about Mr. Bush.", "words", ("SUPPORT", "Mr. Trump", "Mr. Bush")),
    ("Putin dared the Turks to try it again.", "dared", ("THREATEN", "Putin", "the Turks")),
    ("Clinton challenged Sanders to a debate in New York.", "challenged", ("REQUEST", "Clinton", "Sanders")),
    ("Trump and Erdogan held a telephone conversation on Monday.", "conversation", ("CONSULT", "Trump", "")),
    ("The senator blasted Trump's ties to Russia.", "blasted", ("ACCUSE", "The senator", "Trump's")),
    ("The US lifted its sanctions on Iran.", "lifted", ("RETREAT", "The US", "Iran")),
    ("Secretary of State Jon Husted applauded the ruling.", "applauded",
     ("SUPPORT", "Secretary of State Jon Husted", "")),
    ("Britain's withdrawal from the European Union will hurt trade.", "withdrawal",
     ("SANCTION", "Britain's", "the European Union")),
    ("He wants to complete the withdrawal of the United Kingdom from the European Union.", "withdrawal",
     ("SANCTION", "the United Kingdom", "the European Union")),
    ("The withdrawal of US troops from Syria began on Monday.", "withdrawal",
     ("RETREAT", "US troops", "Syria")),
    ("The judge denied the motion.", "denied", ("REJECT", "The judge", "")),
    ("A motion for a roll-call vote on the rules has since been denied.", "denied", ("REJECT", "", "")),
    ("Juan Zarate also questioned Trump's logic.", "questioned", ("ACCUSE", "Juan Zarate", "Trump's logic")),
    ("State Department officials concurred with the inspector general.", "concurred",
     ("AGREE", "State Department officials", "the inspector general")),
    ("The judges doled out fines to the protesters on Monday.", "doled",
     ("SANCTION", "The judges", "protesters")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Protesters will march on Sunday.", False),
        ("The union will strike next week.", True),
    ],
)
def test_an_announced_demonstration_threatens_nothing(
    spacy_backend: SpacyBackend, text: str, threat: bool
) -> None:
    """The PLOVER manual's THREATEN 'restrict' takes in strikes and boycotts, not demonstrations."""
    article = analyse(spacy_backend, text, published=PUBLISHED)
    assert ("THREATEN" in {e.type for e in article.events}) is threat
    assert ("PROTEST", "uncertain") in {(e.type, e.modality) for e in article.events}


#: (sentence, trigger, field, value): a capacity held is no act done, a state not recognised stays a
#: negated recognition, a request turned down was made, and a weapon sets the mode of force only
FIELDS = [
    ("Gun manufacturers should be able to be sued.", "sued", "modality", "uncertain"),
    ("The governor is able to pardon him.", "pardon", "modality", "uncertain"),
    ("Police were able to arrest him.", "arrest", "modality", "asserted"),
    ("He was not able to endorse Trump.", "endorse", "modality", "negated"),
    ("Kosovo, which Serbia has never recognized, declared independence in 2008.", "recognized",
     "modality", "negated"),
    ("The government rejected their demands.", "demands", "modality", "asserted"),
    ("For several days Iran denied the accusation.", "accusation", "modality", "negated"),
    ("The UN called for an inquiry into the drone strikes.", "called", "mode", None),
    ("A court sentenced the man who flew a drone over the prison.", "sentenced", "mode", "convict"),
    ("A drone strike killed two militants.", "strike", "mode", "aerial"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "field", "want"), FIELDS)
def test_the_field(spacy_backend: SpacyBackend, text: str, word: str, field: str, want: str | None) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event[field] == want
