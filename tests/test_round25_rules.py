"""Rules written on polnear_events round 25 and the other dev texts, and on sentences written to
probe the coder: a stance read off an act that is not asserted ("will meet": an AGREE beside the
uncertain CONSULT) carries a quarter of the act's confidence, the share of such stances that were
events of the guidelines on the dev sets; the names of news networks ("NBC", "MSNBC") are media,
whose studio a politician visits for an interview, not for talks; a known name the tagger read as
a verb where the parser made it a subject ("Trump subsequently defended ...") is a name; and a
policy or practice in general opposed ("opposed an increase to the minimum wage", "opposed
hacking") is an opinion held, not a REJECT.

Sentences written for this test (no gold set was read to write them or the rules): each rule's
case, and the neighbouring readings it must leave alone.
"""

from __future__ import annotations

import pytest

from eventwire.config import active
from eventwire.events.stance import STANCE_SHARE, as_stance, stance_beside
from eventwire.nlp import SpacyBackend
from eventwire.ontology import actor_for
from tests.helpers import analyse, assert_act, assert_no_event_at, at_word

pytestmark = pytest.mark.model

PUBLISHED = "2016-03-02"

#: (sentence, trigger): words that name no act
NOTHING = [
    ("After the candidates unanimously opposed an increase to the federal minimum wage, O'Malley spoke.",
     "opposed"),
    ("A spokesman repeated that China opposed hacking and acted against it.", "opposed"),
    ("The senators oppose federal intervention in local schools.", "oppose"),
    ("He opposes raising taxes on the middle class.", "opposes"),
    ("Sen. Bernie Sanders visited NBC's \"Today\" to talk about his remarks on Clinton.", "visited"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), NOTHING)
def test_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, PUBLISHED)


#: (sentence, trigger, (type, source, target)): a proposal, a party's act, an act in particular
ACTS = [
    ("Bolsonaro opposed Macron's statement on Monday.", "opposed",
     ("REJECT", "Bolsonaro", "Macron's statement")),
    ("The lawyers opposed a request to question her under oath.", "opposed", ("REJECT", "The lawyers", "")),
    ("The rebels opposed the ceasefire on Monday.", "opposed", ("REJECT", "The rebels", "")),
    ("Senator Smith visited Kabul on Monday.", "visited", ("CONSULT", "Senator Smith", "Kabul")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), ACTS)
def test_the_act(spacy_backend: SpacyBackend, text: str, word: str, want: tuple[str, str, str]) -> None:
    assert_act(spacy_backend, text, word, PUBLISHED, want)


def test_a_stance_beside_an_act_carries_a_quarter_of_its_confidence(spacy_backend: SpacyBackend) -> None:
    """'Netanyahu will meet with Trump, officials said': the meeting is told, uncertain; the intent
    read off it (CAMEO 036, PLOVER AGREE) is coded beside it, but so unsure that a whole article
    drops it below the floor of types other than attacks, arrests and protests."""
    text = (
        "Israeli Prime Minister Benjamin Netanyahu will meet with Donald Trump when the Republican "
        "front-runner arrives in Israel later this month, Israeli officials said Wednesday."
    )
    article = analyse(spacy_backend, text, PUBLISHED)
    at_meet = {e.type: e for e in article.events if at_word(article, e, "meet")}
    assert at_meet["CONSULT"].modality == "uncertain"
    assert at_meet["AGREE"].modality == "asserted"
    assert at_meet["AGREE"].confidence == round(at_meet["CONSULT"].confidence * STANCE_SHARE, 2)
    assert at_meet["AGREE"].confidence < active().events.min_confidence_other_types


def test_a_stance_that_is_the_act_itself_keeps_the_acts_confidence(spacy_backend: SpacyBackend) -> None:
    """'Offered a ceasefire': where the stance is the act's own type, the act is recoded as made
    (``as_stance``: a little less sure than the act); only a stance beside the act takes the share."""
    text = "Israeli Prime Minister Benjamin Netanyahu will meet with Donald Trump later this month."
    article = analyse(spacy_backend, text, PUBLISHED)
    consult = next(e for e in article.events if e.type == "CONSULT")
    assert as_stance(consult, "AGREE", "x").confidence == round(max(0.05, consult.confidence - 0.05), 2)
    assert stance_beside(consult, "AGREE", "x").confidence == round(consult.confidence * STANCE_SHARE, 2)


@pytest.mark.parametrize("name", ["NBC", "MSNBC", "CBS", "ABC", "PBS", "Breitbart", "HuffPost", "Telemundo"])
def test_news_networks_are_media(name: str) -> None:
    actor = actor_for(name, "2016-03-02")
    assert actor is not None
    assert actor.sector == "MED"


def test_a_name_read_as_a_verb_that_heads_a_subject_is_a_name(spacy_backend: SpacyBackend) -> None:
    """'Trump subsequently defended the incident': the tagger reads "Trump" as a verb, the parser
    makes it the subject; the actor dictionary knows the name, so it is a person's name."""
    parse = spacy_backend.parse_many(
        ["Trump subsequently defended the incident, calling the protester rude."]
    )[0]
    first = parse.tokens[0]
    assert (first.pos, first.tag, first.ent_type) == ("PROPN", "NNP", "PERSON")
    assert first.dep == "nsubj"
    verb = spacy_backend.parse_many(["They trump the rules every time."])[0].tokens[1]
    assert verb.pos == "VERB"


def _arrests(spacy_backend: SpacyBackend, second: str) -> list[tuple[str, str | None]]:
    text = f"Police arrested the accused in the neighborhood of Strickland Street. {second}"
    article = analyse(spacy_backend, text, "2019-03-17")
    return [(e.id, e.refers_to) for e in article.events if e.type == "COERCE"]


def test_a_mention_with_a_pronoun_and_a_recent_day_refers_back(spacy_backend: SpacyBackend) -> None:
    """'After his arrest on Friday': "his" names whom the report calls "the accused", and Friday
    falls in the days before the article's date, which dates the report; "on Friday" is a time,
    not a party the mention names."""
    second = "After his arrest on Friday, Brenton stayed in the central police station overnight."
    (report, _), (_, refers_to) = _arrests(spacy_backend, second)
    assert refers_to == report


@pytest.mark.parametrize(
    "second",
    [
        "After his arrest in 2012, Brenton was released on bail.",
        "After the arrest of his brother, Brenton stayed in the central police station overnight.",
    ],
)
def test_a_mention_of_another_time_or_party_is_an_act_of_its_own(
    spacy_backend: SpacyBackend, second: str
) -> None:
    """An arrest years before, or of someone the report does not name, is not the reported one."""
    (report, _), (_, refers_to) = _arrests(spacy_backend, second)
    assert refers_to != report


#: (sentence, trigger, modality): a "why" question takes its act as done, unless asked with a modal
QUESTIONS = [
    ("Why did the inspector general issue the subpoenas?", "subpoenas", "asserted"),
    ("Why did the army attack the village?", "attack", "asserted"),
    ("Did the army attack the village?", "attack", "uncertain"),
    ("Why would Russia invade Ukraine?", "invade", "uncertain"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), QUESTIONS)
def test_the_modality_of_a_question(spacy_backend: SpacyBackend, text: str, word: str, want: str) -> None:
    article = analyse(spacy_backend, text, PUBLISHED)
    assert {e.modality for e in article.events if at_word(article, e, word)} == {want}


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("The bureau is investigating the Clinton Foundation.", "Clinton Foundation", "NGO"),
        ("The U. S. Federal Bureau of Investigation is asking the public for help.",
         "Federal Bureau of Investigation", "COP"),
        ("Ayatollah Ali Khamenei said the US Congress was wrong.", "US Congress", "GOV"),
    ],
)  # fmt: skip
def test_a_proper_noun_before_a_bodys_name_makes_another_body(
    spacy_backend: SpacyBackend, text: str, name: str, sector: str
) -> None:
    """'The Clinton Foundation' is not the Chicago gang the Phoenix dictionary also calls
    "Foundation" (USAREB); a country ("US Congress") or an abbreviation ("U. S.") before a name
    leaves it the body it names."""
    article = analyse(spacy_backend, text, PUBLISHED, until="actors")
    actors = {a.name: a.sector for a in article.actors}
    assert actors.get(name) == sector
    assert "REB" not in actors.values()


def test_the_bureau_is_someone_who_acts(spacy_backend: SpacyBackend) -> None:
    """'The bureau is investigating the foundation': a bureau is a body of people (as an agency or
    an office), not a thing that cannot act."""
    text = "We now know that the bureau is also investigating the Clinton Foundation."
    assert_act(
        spacy_backend, text, "investigating", PUBLISHED, ("ACCUSE", "the bureau", "the Clinton Foundation")
    )
