"""Rules written on polnear_events round 23 and the other dev texts, and on sentences written to
probe the coder: doubt voiced about someone ("questioned whether", "questioned his veracity"), one
person siding with a camp, someone's appeal as their attraction, a meeting inside a family,
pressing someone for something, the one a call asks, defending another's words, reluctance to
act, a meeting the subject came from, a title's gender, being allied as a state, a weapon's own
phrase naming no user, a foundation as a party, and an act given as done by a verb of telling or
judging or by a phrase of time or concession.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_act, assert_no_event_at, at_word, one_event_at

pytestmark = pytest.mark.model

PUBLISHED = "2016-03-02"

#: (sentence, trigger): a stance taken by one person, an attraction, a family dinner, a thing
#: pressed and a question about oneself or about what happened are no acts
NOTHING = [
    ("When the vote came, Warren sided with the banks.", "sided"),
    ("Critics faulted her for siding with the unions.", "siding"),
    ("The senator, whose appeal rests on his plain talk, stayed home.", "appeal"),
    ("Her appeal would transcend party lines, her manager said.", "appeal"),
    ("On Sunday the governor met his sister for lunch in Albany.", "met"),
    ("She pressed the button for the elevator.", "pressed"),
    ("Some residents are questioning whether their homes could be rebuilt.", "questioning"),
    ("The blast led investigators to question whether it was an accident.", "question"),
    ("Britain had long been allied with the Gulf states.", "allied"),
    ("In an interview with CNN, the senator spoke about the plan.", "spoke"),
    ("A super PAC allied with the speaker ran the ads.", "allied"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


#: (sentence, trigger, (type, source, target)): the acts beside them that stay acts
ACTS = [
    ("Democrats questioned whether the senator had paid his taxes.", "questioned",
     ("ACCUSE", "Democrats", "")),
    ("The mayor questioned the police chief's veracity.", "questioned",
     ("ACCUSE", "The mayor", "the police chief's veracity")),
    ("A federal judge sided with the Democrats on Monday.", "sided",
     ("SUPPORT", "A federal judge", "the Democrats")),
    ("Russia sided with Iran in the dispute.", "sided", ("SUPPORT", "Russia", "Iran")),
    ("His appeal was rejected by the Supreme Court.", "rejected", ("REJECT", "the Supreme Court", "")),
    ("Putin met his Chinese counterpart in Beijing.", "met", ("CONSULT", "Putin", "his Chinese counterpart")),
    ("Activists pressed the governor for a pardon.", "pressed", ("REQUEST", "Activists", "governor")),
    ("The senator defended Trump's description of the protesters.", "defended",
     ("SUPPORT", "The senator", "Trump's")),
    ("Emerging from a meeting with Chancellor Merkel, Macron said the talks went well.", "meeting",
     ("CONSULT", "Macron", "Chancellor Merkel")),
    ("After talks with Putin, Erdogan told reporters that progress was made.", "talks",
     ("CONSULT", "Erdogan", "Putin")),
    ("The senator is calling for Japan to take a larger role in the region.", "calling",
     ("REQUEST", "The senator", "Japan")),
    ("Russia allied with Iran in 2015.", "allied", ("COOPERATE", "Russia", "Iran")),
    ("Six commuters were killed by a bomb blast on a train.", "blast", ("ASSAULT", "", "Six commuters")),
    ("Mourners honored the commuters killed by a bomb blast.", "killed", ("ASSAULT", "", "the commuters")),
    ("Still, the foundation is under investigation for fraud.", "investigation",
     ("ACCUSE", "", "the foundation")),
    ("The soldiers were killed by an Israeli airstrike.", "airstrike",
     ("ASSAULT", "Israeli", "The soldiers")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


#: (sentence, trigger, modality): reluctance leaves an act to come, unwillingness refuses it; a
#: definite act a verb of telling or judging takes is given as done, an indefinite one is not
MODALITIES = [
    ("Many delegates remain reluctant to endorse the nominee.", "endorse", "uncertain"),
    ("The government refused to condemn the attack on the embassy.", "attack", "asserted"),
    ("Officials are hesitant to link the bombing to terrorism.", "bombing", "asserted"),
    ("The ministry is unlikely to call the shooting an act of terrorism.", "shooting", "asserted"),
    ("Iran would condemn an attack on its embassy.", "attack", "uncertain"),
    ("The president may order the strikes next week.", "strikes", "uncertain"),
    ("Despite weeks of protests by farmers, the state did not drop it.", "protests", "asserted"),
    ("The army did not retaliate after the bombing of the embassy.", "bombing", "asserted"),
    ("The army will retaliate after an attack on its soldiers.", "attack", "uncertain"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), MODALITIES)
def test_the_modality(spacy_backend: SpacyBackend, text: str, word: str, want: str) -> None:
    _, event = one_event_at(spacy_backend, text, word, PUBLISHED)
    assert event["modality"] == want


def test_unwillingness_refuses(spacy_backend: SpacyBackend) -> None:
    """'Unwilling to negotiate': the talks are not held, and their refusal is an act."""
    article = analyse(spacy_backend, "The rebels were unwilling to negotiate with the government.", PUBLISHED)
    assert {(e.type, e.modality) for e in article.events} == {("CONSULT", "negated"), ("REJECT", "asserted")}


def test_his_is_not_a_woman_named_with_mrs(spacy_backend: SpacyBackend) -> None:
    """'Mr. Sanders ... Mrs. Clinton's positions ... his attacks': "his" is Sanders, not the nearer
    name, which "Mrs." makes a woman's; a politician's attacks with no one hurt are words."""
    text = (
        "Mr. Sanders has been drawing contrasts with Mrs. Clinton's positions on trade, "
        "but his attacks have not been effective."
    )
    article = analyse(spacy_backend, text, published=PUBLISHED)
    attacks = [e for e in article.events if article.text[e.trigger.start : e.trigger.end] == "attacks"]
    assert len(attacks) == 1
    names = {a.id: a.name for a in article.actors}
    assert names[attacks[0].source.actor or ""] == "Sanders"
    assert attacks[0].type == "ACCUSE"


@pytest.mark.parametrize(
    ("text", "word", "named_only"),
    [
        ("The bombings in Madrid reshaped the election campaign.", "bombings", True),
        ("The attack in Kabul raised new questions about security.", "attack", True),
        ("The bombing in Madrid killed twelve people.", "bombing", False),
        ("The attack in Kabul began at dawn.", "attack", False),
    ],
)
def test_an_act_named_as_a_cause_is_a_mention(
    spacy_backend: SpacyBackend, text: str, word: str, named_only: bool
) -> None:
    """'The attacks in Paris reframed the contest': the clause tells what they changed, so the noun
    names an act told elsewhere (``refers_to``), unless its sentence tells its toll or its happening."""
    article = analyse(spacy_backend, text, published=PUBLISHED)
    (event,) = [e for e in article.events if at_word(article, e, word)]
    assert (event.refers_to is not None) is named_only
